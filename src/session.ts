// One run's budget and bookkeeping: the deadline, cancellation, the polling schedule, retries of
// calls that a retry can fix, and the one-line messages for timeouts and cancellation. Every stage
// that calls Kinesis (ensure, apply, teardown) goes through a Session, so none can overrun the deadline.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import { classify, errorName, explain, isConnectionRefused, redact, retryReason, type ErrorKind } from './aws-errors.js';
import type { Clock } from './clock.js';
import type { DesiredSpec } from './desired-spec.js';
import { KinesisCallError, type KinesisGateway } from './kinesis-gateway.js';
import { backoffDelay, ERROR_BACKOFF, pollOffset, type Backoff } from './poll-schedule.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface SessionDeps {
  gateway: KinesisGateway;
  clock: Clock;
  log: Log;
  /** Aborts when the runner cancels the step. */
  cancel: AbortSignal;
  /** Clock time at which the step's budget ends. */
  deadline: number;
}

/** Consecutive "connection refused" answers after which the endpoint is taken to be wrong. */
const REFUSED_LIMIT = 3;

export class Session {
  readonly start: number;
  /** Last status seen (or 'not found'), for timeout and cancellation messages. */
  lastStatus = 'not yet seen';
  /** What the current wait is for, as in "waiting for stream X to <goal>". */
  goal = 'become ACTIVE';
  /** A mutating call whose answer has not come yet (for the cancellation message). */
  inFlight: string | undefined;
  private lastError: unknown;
  private errorsInRow = 0;
  private refusedInRow = 0;
  private finalPollDone = false;
  private waitStart: number;
  private polls = 0;

  constructor(
    readonly spec: DesiredSpec,
    readonly deps: SessionDeps,
  ) {
    this.start = deps.clock.now();
    this.waitStart = this.start;
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

  seconds(): string {
    return ((this.deps.clock.now() - this.start) / 1000).toFixed(1);
  }

  /** Starts a new wait: the polling schedule begins again from its short first delay. */
  restartWait(goal = 'become ACTIVE'): void {
    this.goal = goal;
    this.waitStart = this.deps.clock.now();
    this.polls = 0;
  }

  /**
   * DescribeStreamSummary, at once or at the next slot of the polling schedule. Retryable errors are
   * retried inside the deadline; undefined means the stream does not exist.
   */
  async describe(when: 'now' | 'next-poll'): Promise<StreamDescriptionSummary | undefined> {
    if (when === 'next-poll') await this.pauseUntil(this.nextPollAt(), true);
    for (;;) {
      try {
        const stream = await this.gateway.describe(this.name);
        this.errorsInRow = 0;
        this.refusedInRow = 0;
        this.lastStatus = stream?.StreamStatus ?? 'not found';
        return stream;
      } catch (err) {
        const attempt = this.absorb(err);
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
   * A call other than DescribeStreamSummary, retried with backoff while the error is retryable.
   * `mutation`: the call changes the stream (named in the cancellation message while in flight).
   * `tolerate`: error kinds that are an answer, not a failure (the call then returns undefined).
   * `waitWhileBusy`: ResourceInUse means "not ACTIVE yet" (a read just after ACTIVE can be stale):
   * wait for ACTIVE and try again.
   */
  async call<T>(
    operation: string,
    send: (signal: AbortSignal) => Promise<T>,
    opts: { mutation?: boolean; backoff?: (awsError: unknown) => Backoff; waitWhileBusy?: boolean; tolerate?: ErrorKind[] } = {},
  ): Promise<T | undefined> {
    let busy = 0;
    for (;;) {
      if (opts.mutation) this.inFlight = operation;
      try {
        const out = await this.gateway.call(operation, this.name, send);
        this.inFlight = undefined;
        this.errorsInRow = 0;
        return out;
      } catch (err) {
        this.inFlight = undefined;
        const kind = err instanceof KinesisCallError ? classify(err.awsError) : undefined;
        if (kind && opts.tolerate?.includes(kind)) return undefined;
        if (opts.waitWhileBusy && kind === 'in-use' && busy < 3) {
          busy++;
          this.log.info(`${operation}: stream "${this.name}" is busy; waiting for ACTIVE, then trying again.`);
          this.restartWait(`become ACTIVE before ${operation}`);
          await this.untilActive();
          continue;
        }
        const attempt = this.absorb(err);
        const aws = (err as KinesisCallError).awsError;
        const delay = backoffDelay(attempt, opts.backoff?.(aws) ?? ERROR_BACKOFF, this.deps.clock.random);
        this.log.info(`${operation} ${retryReason(operation, aws)}: retrying in ${(delay / 1000).toFixed(1)} s.`);
        await this.pauseUntil(this.deps.clock.now() + delay, false);
      }
    }
  }

  /** A retryable error is counted; anything else ends the run with one line. Returns errors in a row. */
  private absorb(err: unknown): number {
    if (this.deps.cancel.aborted) throw this.cancelled();
    if (!(err instanceof KinesisCallError)) throw err;
    const aws = err.awsError;
    if (classify(aws) !== 'retryable') {
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
    this.errorsInRow++;
    this.log.debug(`${err.operation} will be retried (${errorName(aws)}, ${this.errorsInRow} in a row)`);
    return this.errorsInRow;
  }

  /** Sleeps until `at`, never past the deadline: one last poll may happen at the deadline itself. */
  private async pauseUntil(at: number, finalPollAllowed: boolean): Promise<void> {
    const { clock, cancel, deadline } = this.deps;
    if (at >= deadline) {
      if (this.finalPollDone || !finalPollAllowed) throw this.timedOut();
      this.finalPollDone = true;
      at = deadline;
    }
    try {
      await clock.sleep(at - clock.now(), cancel);
    } catch (err) {
      if (cancel.aborted) throw this.cancelled();
      throw err;
    }
  }

  cancelled(): ActionError {
    const s = this.lastStatus;
    const what = this.inFlight
      ? this.inFlight === 'CreateStream'
        ? `CreateStream for stream "${this.name}" was in flight: the stream may exist and will finish creating on its own`
        : `${this.inFlight} for stream "${this.name}" was in flight: the change may still be applied, on its own`
      : s === 'not yet seen' || s === 'not found' || s === 'ACTIVE'
        ? `stream "${this.name}" was ${s}; nothing was left in progress`
        : `stream "${this.name}" is still ${s}; it will finish on its own`;
    return new ActionError(`Cancelled after ${this.seconds()} s: ${what}.`);
  }

  timedOut(): ActionError {
    const e = this.lastError;
    const name = e === undefined ? '' : errorName(e);
    const last =
      e === undefined
        ? ''
        : name === 'AbortError' || name === 'TimeoutError'
          ? ' Last error: a call got no answer in time (the endpoint hangs or the network is slow).'
          : ` Last error: ${name}: ${redact(String((e as Error).message ?? e)).slice(0, 200)}.`;
    return new ActionError(
      `Timed out after ${this.seconds()} s waiting for stream "${this.name}" in ${this.spec.region} to ${this.goal}; ` +
        `last status: ${this.lastStatus}.${last} Raise the "timeout-seconds" input (now ${this.spec.timeoutSeconds}).`,
    );
  }

  private nextPollAt(): number {
    return this.waitStart + pollOffset(this.polls++, this.deps.clock.random);
  }
}
