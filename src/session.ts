// One run's budget and bookkeeping: the deadline, cancellation, the polling schedule, retries of
// calls that a retry can fix, and the one-line messages for timeouts and cancellation. Every stage
// that calls Kinesis (ensure, apply, teardown, observe) goes through a Session, so none can overrun
// the deadline, and it remembers what it saw so that a failed run still reports it.
import type { DescribeLimitsOutput, StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import { classify, errorName, explain, isAmbiguous, isConnectionRefused, isSlotWait, limitKind, redact, retryReason, type ErrorKind } from './aws-errors.js';
import type { Clock } from './clock.js';
import type { DesiredSpec } from './desired-spec.js';
import { KinesisCallError, type KinesisGateway, type StreamRef } from './kinesis-gateway.js';
import type { PlanDocument } from './plan-document.js';
import { backoffDelay, ERROR_BACKOFF, nextProgressMark, PollPacer, STREAM_SLOT_BACKOFF } from './poll-schedule.js';

export type { Log } from './log.js';
import type { Log } from './log.js';

export interface SessionDeps {
  gateway: KinesisGateway;
  clock: Clock;
  log: Log;
  /** Aborts when the runner cancels the step. */
  cancel: AbortSignal;
  /** Clock time at which the step's budget ends. */
  deadline: number;
}

/** What a mutating call came to. */
export type Sent<T> =
  | { kind: 'ok'; value: T }
  /** An error kind the caller listed in `tolerate` (an answer, not a failure). */
  | { kind: 'refused'; error: ErrorKind }
  /** The answer was lost (5xx, reset, no answer) but `observe` shows the call took effect. */
  | { kind: 'took effect' };

export interface SendOptions {
  /** Error kinds that are an answer (returned as 'refused'), not a failure. */
  tolerate?: ErrorKind[];
  /**
   * Called after an error that leaves the outcome unknown, before the call is sent again: true when
   * the stream shows the call took effect. Without it an unknown outcome is simply retried.
   */
  observe?: () => Promise<boolean>;
}

/**
 * Calls with a per-stream daily budget. AWS refuses them past it with LimitExceededException, in a
 * text not documented and possibly the same "Rate exceeded" as a passing throttle; a throttle clears
 * in a few seconds even for a matrix of jobs, so a refusal that keeps coming back, every try for at
 * least 30 s and at least 6 times, is taken to be the budget, and said so, instead of being retried
 * until the timeout.
 */
const DAILY_BUDGETS: Record<string, string> = {
  UpdateShardCount: '10 scalings (UpdateShardCount) per stream per rolling 24 hours',
  UpdateStreamMode: '2 capacity-mode switches per stream per rolling 24 hours',
};
const BUDGET_REFUSALS = 6;
const BUDGET_WINDOW_MS = 30_000;

/** Consecutive "connection refused" answers after which the endpoint is taken to be wrong. */
const REFUSED_LIMIT = 3;

export class Session {
  readonly start: number;
  /** Last status seen (or 'not found'), for timeout and cancellation messages. */
  lastStatus = 'not yet seen';
  /** The stream as last seen, for outputs when the run fails half-way. */
  lastSeen: StreamDescriptionSummary | undefined;
  /** What the current wait is for, as in "waiting for stream X to <goal>". */
  goal = 'become ACTIVE';
  /** Set by the stages: what this run did, reported even when it fails afterwards. */
  created = false;
  deleted = false;
  /** The plan this run made before any mutating call (the `plan` output), and whether it was the reviewed one. */
  plan: PlanDocument | undefined;
  reviewed = false;
  /** DescribeLimits, read at most once per run (quota.ts). */
  limits: DescribeLimitsOutput | 'unknown' | undefined;
  private inFlight: string | undefined;
  private arn: string | undefined;
  private lastError: unknown;
  private refusedInRow = 0;
  private finalPoll: 'unused' | 'due' | 'spent' = 'unused';
  private waitStart: number;
  /** When the last DescribeStreamSummary of this wait was sent (undefined: none yet). */
  private lastPollAt: number | undefined;
  /** DescribeStreamSummary calls in this wait ("checks" in progress lines). */
  private polls = 0;
  private progressAt = nextProgressMark(0);
  private readonly pacer: PollPacer;

  constructor(
    readonly spec: DesiredSpec,
    readonly deps: SessionDeps,
  ) {
    this.start = deps.clock.now();
    this.waitStart = this.start;
    this.pacer = new PollPacer(deps.clock.random);
  }

  get name(): string {
    return this.spec.streamName;
  }

  get log(): Log {
    return this.deps.log;
  }

  get gateway(): KinesisGateway {
    return this.deps.gateway;
  }

  /** How later calls address the stream: by ARN once known (AWS recommends it; cross-account access needs it). */
  get ref(): StreamRef {
    return this.arn ? { StreamARN: this.arn } : { StreamName: this.name };
  }

  seconds(): string {
    return ((this.deps.clock.now() - this.start) / 1000).toFixed(1);
  }

  /** "3.6 s, 7 API calls": the run so far, for final lines. */
  tally(): string {
    const calls = this.gateway.calls;
    return `${this.seconds()} s, ${calls} API call${calls === 1 ? '' : 's'}`;
  }

  /** Seconds left of the step's budget. */
  secondsLeft(): number {
    return Math.max(0, Math.round((this.deps.deadline - this.deps.clock.now()) / 1000));
  }

  /** Starts a new wait: the polling schedule begins again from its short first gaps. */
  restartWait(goal = 'become ACTIVE'): void {
    this.goal = goal;
    this.waitStart = this.deps.clock.now();
    this.lastPollAt = undefined;
    this.polls = 0;
    this.progressAt = nextProgressMark(0);
  }

  /**
   * DescribeStreamSummary, at once or at the next slot of the polling schedule. Retryable errors are
   * retried inside the deadline; undefined means the stream does not exist.
   */
  async describe(when: 'now' | 'next-poll'): Promise<StreamDescriptionSummary | undefined> {
    if (when === 'next-poll') await this.pauseUntil(this.nextPollAt(), true);
    for (let attempt = 1; ; attempt++) {
      this.checkBudget(true);
      this.lastPollAt = this.deps.clock.now();
      this.polls++;
      try {
        const stream = await this.gateway.describe(this.name, this.ref);
        this.pacer.answered();
        this.refusedInRow = 0;
        this.lastStatus = stream?.StreamStatus ?? 'not found';
        // Gone: keep the ARN it had (no status), so outputs can still name it.
        this.lastSeen =
          stream ?? (this.lastSeen?.StreamARN ? ({ StreamARN: this.lastSeen.StreamARN, StreamName: this.name } as StreamDescriptionSummary) : undefined);
        if (stream?.StreamARN) this.arn = stream.StreamARN;
        if (when === 'next-poll') this.progress();
        return stream;
      } catch (err) {
        this.absorb(err, 'DescribeStreamSummary');
        // The account's own signal that polling is too fast for everyone sharing it: slow down.
        const aws = (err as KinesisCallError).awsError;
        if (errorName(aws) === 'LimitExceededException' && limitKind(String((aws as Error).message ?? '')) === 'throttled') this.pacer.throttled();
        const backoff = this.deps.clock.now() + backoffDelay(attempt, ERROR_BACKOFF, this.deps.clock.random);
        await this.pauseUntil(Math.max(this.nextPollAt(), backoff), true);
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
   * Polls `read` on the same schedule as the stream (short gaps first, then 1 s, then 5 % of the wait)
   * until `done` holds: e.g. a consumer becoming ACTIVE. `read` goes through call(), inside the deadline.
   */
  async waitFor<T>(goal: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    this.restartWait(goal);
    for (;;) {
      await this.pauseUntil(this.nextPollAt(), false);
      this.lastPollAt = this.deps.clock.now();
      this.polls++;
      const value = await read();
      if (done(value)) return value;
      this.progress();
    }
  }

  /**
   * A read other than DescribeStreamSummary: retried inside the deadline; any other error ends the
   * run, but for the kinds in `tolerate` (then undefined: e.g. an optional check that is denied).
   */
  async call<T>(operation: string, send: (signal: AbortSignal) => Promise<T>, tolerate: ErrorKind[] = []): Promise<T | undefined> {
    const sent = await this.send(operation, send, { mutation: false, tolerate });
    return sent.kind === 'ok' ? sent.value : undefined;
  }

  /** A read whose refusal the caller tells apart (which kind): like call(), answering a Sent. */
  async read<T>(operation: string, send: (signal: AbortSignal) => Promise<T>, tolerate: ErrorKind[]): Promise<Sent<T>> {
    return this.send(operation, send, { mutation: false, tolerate });
  }

  /**
   * A call that changes the stream. Throttling and slot limits are retried with backoff; an error
   * that leaves the outcome unknown is observed before the call is sent again, so a call that took
   * effect is never sent twice blindly.
   */
  async mutate<T>(operation: string, send: (signal: AbortSignal) => Promise<T>, opts: SendOptions = {}): Promise<Sent<T>> {
    return this.send(operation, send, { ...opts, mutation: true });
  }

  private async send<T>(operation: string, send: (signal: AbortSignal) => Promise<T>, opts: SendOptions & { mutation: boolean }): Promise<Sent<T>> {
    const goal = this.goal;
    const logged = new Set<string>();
    let limitRefusals = 0;
    let firstRefusal = 0;
    for (let attempt = 1; ; attempt++) {
      this.checkBudget(false);
      if (opts.mutation) this.inFlight = operation;
      let aws: unknown;
      try {
        const value = await this.gateway.call(operation, this.name, send);
        this.inFlight = undefined;
        this.refusedInRow = 0;
        this.goal = goal;
        return { kind: 'ok', value };
      } catch (err) {
        const inFlight = this.inFlight;
        this.inFlight = undefined;
        // Cancelled while the call was out: it may still take effect, and the message must say so.
        if (this.deps.cancel.aborted) throw this.cancelled(inFlight);
        const kind = err instanceof KinesisCallError ? classify(err.awsError, operation) : undefined;
        if (kind && opts.tolerate?.includes(kind)) {
          this.goal = goal;
          return { kind: 'refused', error: kind };
        }
        this.absorb(err, operation);
        aws = (err as KinesisCallError).awsError;
      }
      if (DAILY_BUDGETS[operation]) {
        // Only refusals in a row count: any other answer starts the count again.
        if (errorName(aws) !== 'LimitExceededException') limitRefusals = 0;
        else if (limitRefusals++ === 0) firstRefusal = this.deps.clock.now();
        if (limitRefusals >= BUDGET_REFUSALS && this.deps.clock.now() - firstRefusal >= BUDGET_WINDOW_MS) {
          throw this.overBudget(operation, aws, firstRefusal, limitRefusals);
        }
      }
      const slot = isSlotWait(aws, operation);
      this.goal = slot ? `get a free CREATING/DELETING slot for ${operation}` : `get ${operation} through`;
      if (opts.mutation && opts.observe && isAmbiguous(aws)) {
        this.log.info(`${operation} for stream "${this.name}" got no clear answer (${errorName(aws)}): looking at the stream before sending it again.`);
        if (await opts.observe()) {
          this.goal = goal;
          return { kind: 'took effect' };
        }
      }
      const delay = backoffDelay(attempt, slot ? STREAM_SLOT_BACKOFF : ERROR_BACKOFF, this.deps.clock.random);
      // One line per kind of trouble; the repeats go to the debug log.
      const reason = retryReason(operation, aws);
      const line = slot
        ? `${operation} for stream "${this.name}": the account is at its limit of 5 streams CREATING or DELETING in ${this.spec.region}; waiting for a slot (until the timeout).`
        : `${operation} ${reason}: retrying with backoff.`;
      if (logged.has(reason)) this.log.debug(`${operation} ${reason}: retry ${attempt} in ${(delay / 1000).toFixed(1)} s`);
      else this.log.info(line);
      logged.add(reason);
      await this.pauseUntil(this.deps.clock.now() + delay, false);
    }
  }

  /** A retryable error is remembered; anything else ends the run with one line. */
  private absorb(err: unknown, operation: string): void {
    if (this.deps.cancel.aborted) throw this.cancelled();
    if (!(err instanceof KinesisCallError)) throw err;
    const aws = err.awsError;
    if (classify(aws, operation) !== 'retryable') {
      throw new ActionError(explain(aws, { operation: err.operation, streamName: this.name, region: this.spec.region }));
    }
    this.refusedInRow = isConnectionRefused(aws) ? this.refusedInRow + 1 : 0;
    if (this.refusedInRow >= REFUSED_LIMIT) {
      throw new ActionError(
        `Cannot reach the Kinesis endpoint: connection refused ${REFUSED_LIMIT} times in a row (${redact(String((aws as Error).message))}). ` +
          'Check the "endpoint-url" input or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL.',
      );
    }
    this.lastError = aws;
    this.log.debug(`${err.operation} will be retried (${errorName(aws)})`);
  }

  /** Before each call: stop on cancellation, and never start a call past the deadline (but the last poll). */
  private checkBudget(isPoll: boolean): void {
    if (this.deps.cancel.aborted) throw this.cancelled();
    if (this.deps.clock.now() < this.deps.deadline) return;
    if (isPoll && this.finalPoll === 'due') {
      this.finalPoll = 'spent';
      return;
    }
    throw this.timedOut();
  }

  /** Sleeps until `at`, never past the deadline: one last poll may happen at the deadline itself. */
  private async pauseUntil(at: number, finalPollAllowed: boolean): Promise<void> {
    const { clock, cancel, deadline } = this.deps;
    if (at >= deadline) {
      if (this.finalPoll !== 'unused' || !finalPollAllowed) throw this.timedOut();
      this.finalPoll = 'due';
      at = deadline;
    }
    try {
      await clock.sleep(at - clock.now(), cancel);
    } catch (err) {
      if (cancel.aborted) throw this.cancelled();
      throw err;
    }
  }

  cancelled(inFlight = this.inFlight): ActionError {
    const s = this.lastStatus;
    const what = inFlight
      ? inFlight === 'CreateStream'
        ? `CreateStream for stream "${this.name}" was in flight: the stream may exist and will finish creating on its own`
        : inFlight === 'DeleteStream'
          ? `DeleteStream for stream "${this.name}" was in flight: the stream may be deleted, on its own`
          : `${inFlight} for stream "${this.name}" was in flight: the change may still be applied, on its own`
      : s === 'not yet seen' || s === 'not found' || s === 'ACTIVE'
        ? `stream "${this.name}" was ${s}; nothing was left in progress`
        : `stream "${this.name}" is still ${s}; it will finish on its own`;
    return new ActionError(`Cancelled after ${this.seconds()} s: ${what}.`);
  }

  private overBudget(operation: string, aws: unknown, since: number, refusals: number): ActionError {
    const seconds = ((this.deps.clock.now() - since) / 1000).toFixed(0);
    const text = redact(String((aws as Error).message ?? '')).slice(0, 200);
    return new ActionError(
      `${operation} for stream "${this.name}" was refused ${refusals} times in a row over ${seconds} s (LimitExceededException${text ? `: ${text}` : ''}): ` +
        `most likely the daily budget of ${DAILY_BUDGETS[operation]}, not a passing throttle. AWS does not say when it frees up: ` +
        'a slot frees 24 hours after the oldest change of the last day. Nothing more was changed; run again later.',
    );
  }

  timedOut(): ActionError {
    const e = this.lastError;
    const name = e === undefined ? '' : errorName(e);
    const last =
      e === undefined
        ? ''
        : name === 'AbortError' || name === 'TimeoutError'
          ? ' Last error: a call got no answer in time (the endpoint hangs or the network is slow).'
          : ` Last error: ${name}: ${redact(String((e as Error).message ?? e))
              .slice(0, 200)
              .replace(/\.$/, '')}.`;
    return new ActionError(
      `Timed out after ${this.seconds()} s waiting for stream "${this.name}" in ${this.spec.region} to ${this.goal}; ` +
        `last status: ${this.lastStatus}.${last} Raise the "timeout-seconds" input (now ${this.spec.timeoutSeconds}).`,
    );
  }

  /** The next poll: one gap of the schedule after the last one (or after the wait began). */
  private nextPollAt(): number {
    const last = this.lastPollAt ?? this.waitStart;
    return last + this.pacer.nextGap(last - this.waitStart);
  }

  /** A line every 10 s, then every 30 s, while a wait goes on (each poll itself is a debug line). */
  private progress(): void {
    const waited = this.deps.clock.now() - this.waitStart;
    if (waited < this.progressAt) return;
    this.progressAt = nextProgressMark(waited);
    if (this.lastStatus === 'ACTIVE' || this.lastStatus === 'not found') return;
    this.log.info(
      `Stream "${this.name}": still ${this.lastStatus} after ${Math.floor(waited / 1000)} s (${this.polls} checks), waiting to ${this.goal}; ` +
        `timeout in ${this.secondsLeft()} s.`,
    );
  }
}
