// The stream this run is about: its identity (by name until the ARN is known, then by ARN), how it
// was last seen, and the waits on it. Polls follow the schedule in poll-schedule.ts (short gaps
// first, then 1 s, then 5 % of the wait), slowed down by the account's throttling answers, and never
// past the budget; a wait says where it stands every 10 s, then every 30 s.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { malformedLine, summaryOf, summaryProblem } from '../aws/answers.js';
import { classify, errorName, limitKind } from '../aws/errors.js';
import { KinesisCallError } from '../aws/gateway.js';
import { describeStreamSummary, type StreamRef } from '../aws/operations.js';
import type { Log } from '../model/log.js';
import { ActionError } from '../shared/action-error.js';
import type { Budget } from './budget.js';
import type { Caller } from './caller.js';
import type { EndpointCompat } from './compat.js';
import { progressLine } from './messages.js';
import { backoffDelay, ERROR_BACKOFF, nextProgressMark, PollPacer } from './poll-schedule.js';

export class StreamWatch {
  /** Last status seen (or 'not found'), for timeout and cancellation lines. */
  lastStatus = 'not yet seen';
  /** The stream as last seen, for outputs when the run fails half-way. */
  lastSeen: StreamDescriptionSummary | undefined;
  /** What the current wait is for, as in "waiting for stream X to <goal>". */
  goal = 'become ACTIVE';
  private arn: string | undefined;
  private waitStart: number;
  /** When the last poll of this wait was sent (undefined: none yet). */
  private lastPollAt: number | undefined;
  /** Polls in this wait ("checks" in progress lines). */
  private polls = 0;
  private progressAt = nextProgressMark(0);
  private readonly pacer: PollPacer;

  constructor(
    readonly name: string,
    private readonly budget: Budget,
    private readonly caller: Caller,
    private readonly log: Log,
    private readonly compat: EndpointCompat,
    /** Known from the start when the workflow names the stream by ARN (stream-arn). */
    arn?: string,
  ) {
    this.arn = arn;
    this.waitStart = budget.start;
    this.pacer = new PollPacer(budget.clock.random);
  }

  /** How later calls address the stream: by ARN once known (AWS recommends it; cross-account access needs it). */
  get ref(): StreamRef {
    return this.arn && !this.compat.byName ? { StreamARN: this.arn } : { StreamName: this.name };
  }

  /** The ref as it is when a call is sent (operations read it then: a resend after a fallback to names takes the name). */
  readonly currentRef = (): StreamRef => this.ref;

  /** The ARN, once a describe has shown it. */
  get knownArn(): string | undefined {
    return this.arn;
  }

  /** This run's own call put the stream in `status` (CreateStream → CREATING, DeleteStream → DELETING). */
  assume(status: string): void {
    this.lastStatus = status;
  }

  /** Starts a new wait: the polling schedule begins again from its short first gaps. */
  restartWait(goal = 'become ACTIVE'): void {
    this.goal = goal;
    this.waitStart = this.budget.clock.now();
    this.lastPollAt = undefined;
    this.polls = 0;
    this.progressAt = nextProgressMark(0);
  }

  /**
   * DescribeStreamSummary, at once or at the next slot of the polling schedule. Retryable errors are
   * retried inside the deadline; undefined means the stream does not exist.
   */
  async describe(when: 'now' | 'next-poll'): Promise<StreamDescriptionSummary | undefined> {
    const { budget, caller } = this;
    if (when === 'next-poll') await budget.pauseUntil(this.nextPollAt(), true);
    for (let attempt = 1; ; attempt++) {
      budget.check(true);
      this.lastPollAt = budget.clock.now();
      this.polls++;
      try {
        const stream = await this.summary();
        this.pacer.answered();
        caller.answered();
        this.lastStatus = stream?.StreamStatus ?? 'not found';
        // Gone: keep the ARN it had (no status), so outputs can still name it.
        this.lastSeen =
          stream ?? (this.lastSeen?.StreamARN ? ({ StreamARN: this.lastSeen.StreamARN, StreamName: this.name } as StreamDescriptionSummary) : undefined);
        if (stream?.StreamARN) this.arn = stream.StreamARN;
        if (when === 'next-poll') this.progress();
        return stream;
      } catch (err) {
        // An endpoint that does not take what AWS takes (see compat.ts): ask again, at once, its way.
        if (err instanceof KinesisCallError && this.compat.adapt(err.awsError)) continue;
        caller.absorb(err, 'DescribeStreamSummary');
        // The account's own signal that polling is too fast for everyone sharing it: slow down.
        const aws = (err as KinesisCallError).awsError;
        if (errorName(aws) === 'LimitExceededException' && limitKind(String((aws as Error).message ?? '')) === 'throttled') this.pacer.throttled();
        const backoff = budget.clock.now() + backoffDelay(attempt, ERROR_BACKOFF, budget.clock.random);
        await budget.pauseUntil(Math.max(this.nextPollAt(), backoff), true);
      }
    }
  }

  /** Polls until the stream is ACTIVE (after a change, or while CREATING/UPDATING). */
  async untilActive(): Promise<StreamDescriptionSummary> {
    for (;;) {
      const stream = await this.describe('next-poll');
      if (!stream) throw new ActionError(`Stream "${this.name}" disappeared while waiting for it to ${this.goal} (deleted by someone else?).`);
      if (stream.StreamStatus === 'ACTIVE') return stream;
    }
  }

  /**
   * Polls `read` on the same schedule as the stream until `done` holds: e.g. a consumer becoming
   * ACTIVE. `read` goes through the caller, inside the deadline.
   */
  async waitFor<T>(goal: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    this.restartWait(goal);
    for (;;) {
      await this.budget.pauseUntil(this.nextPollAt(), false);
      this.lastPollAt = this.budget.clock.now();
      this.polls++;
      const value = await read();
      if (done(value)) return value;
      this.progress();
    }
  }

  /** The stream's summary, or undefined when it does not exist. A malformed answer ends the run. */
  private async summary(): Promise<StreamDescriptionSummary | undefined> {
    let out: unknown;
    try {
      out = await this.caller.sendOnce(describeStreamSummary(this.ref));
    } catch (err) {
      if (err instanceof KinesisCallError && classify(err.awsError) === 'not-found') return undefined;
      throw err;
    }
    const problem = summaryProblem(out, this.name);
    if (problem) throw new ActionError(malformedLine('DescribeStreamSummary', this.name, problem));
    return summaryOf(out);
  }

  /** The next poll: one gap of the schedule after the last one (or after the wait began). */
  private nextPollAt(): number {
    const last = this.lastPollAt ?? this.waitStart;
    return last + this.pacer.nextGap(last - this.waitStart);
  }

  /** A line every 10 s, then every 30 s, while a wait goes on (each poll itself is a debug line). */
  private progress(): void {
    const waited = this.budget.clock.now() - this.waitStart;
    if (waited < this.progressAt) return;
    this.progressAt = nextProgressMark(waited);
    if (this.lastStatus === 'ACTIVE' || this.lastStatus === 'not found') return;
    this.log.info(
      progressLine({
        stream: this.name,
        status: this.lastStatus,
        waitedMs: waited,
        polls: this.polls,
        goal: this.goal,
        secondsLeft: this.budget.secondsLeft(),
      }),
    );
  }
}
