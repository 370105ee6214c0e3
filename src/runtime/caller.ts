// Sends Kinesis calls inside the budget and decides what an error means for the run: retried with
// backoff (throttling, 5xx, resets, a busy slot), an answer the stage asked for (`tolerate`), a call
// that took effect although its answer was lost (`tookEffect`), or the end of the run with one line.
// Every retry is observed: one log line per kind of trouble, the repeats at debug level.
import { classify, errorName, isAmbiguous, isConnectionRefused, isSlotWait, retryReason, type ErrorKind } from '../aws/errors.js';
import { explain } from '../aws/explain.js';
import { KinesisCallError, type KinesisGateway } from '../aws/gateway.js';
import type { Operation } from '../aws/operations.js';
import type { Log } from '../model/log.js';
import { ActionError } from '../shared/action-error.js';
import type { Budget } from './budget.js';
import type { EndpointCompat } from './compat.js';
import { nextStreak, NO_STREAK, spentBudget } from './daily-budget.js';
import { overBudgetLine, slotWaitLine, unreachableLine } from './messages.js';
import { backoffDelay, ERROR_BACKOFF, STREAM_SLOT_BACKOFF } from './poll-schedule.js';
import type { SlotWaiter } from './slots.js';

/** What a call came to. */
export type Sent<T> =
  | { kind: 'ok'; value: T }
  /** An error kind the caller listed in `tolerate` (an answer, not a failure). */
  | { kind: 'refused'; error: ErrorKind; /** The error's name, e.g. UnknownOperationException. */ name: string }
  /** The answer was lost (5xx, reset, no answer) but `tookEffect` shows the call took effect. */
  | { kind: 'took effect' };

export interface MutateOptions {
  /** Error kinds that are an answer (returned as 'refused'), not a failure. */
  tolerate?: ErrorKind[];
  /**
   * Asked after an error that leaves the outcome unknown, before the call is sent again: true when
   * the stream shows the call took effect. Without it an unknown outcome is simply retried.
   */
  tookEffect?: () => Promise<boolean>;
}

/** Consecutive "connection refused" answers after which the endpoint is taken to be wrong. */
const REFUSED_LIMIT = 3;

export class Caller {
  /** While a call is being retried: what it is trying to do, for the timeout line ("get CreateStream through"). */
  retrying: string | undefined;
  /** The last retryable error, for the timeout line. */
  lastError: unknown;
  private refusedInRow = 0;

  constructor(
    private readonly gateway: KinesisGateway,
    private readonly budget: Budget,
    private readonly log: Log,
    /** The stream and region the calls are about, for the lines. */
    private readonly where: { stream: string; region: string; via?: string },
    private readonly compat?: EndpointCompat,
    /** How a slot refusal is waited out (slots.ts); without it, the plain backoff. */
    private readonly slots?: SlotWaiter,
  ) {}

  /** API calls sent so far (retries included). */
  get count(): number {
    return this.gateway.calls;
  }

  /** Calls that change something sent so far (retries included): 0 means the run changed nothing. */
  get changesSent(): number {
    return this.#changesSent;
  }
  #changesSent = 0;

  /**
   * A read: retried inside the deadline; any other error ends the run, but for the kinds in
   * `tolerate` (then undefined: e.g. an optional check that is denied).
   */
  async call<T>(operation: Operation<T>, tolerate: ErrorKind[] = []): Promise<T | undefined> {
    const sent = await this.send(operation, { tolerate }, false);
    return sent.kind === 'ok' ? sent.value : undefined;
  }

  /** A read whose refusal the caller tells apart (which kind): like call(), answering a Sent. */
  read<T>(operation: Operation<T>, tolerate: ErrorKind[]): Promise<Sent<T>> {
    return this.send(operation, { tolerate }, false);
  }

  /**
   * A call that changes the stream. Throttling and slot limits are retried with backoff; an error
   * that leaves the outcome unknown is checked with `tookEffect` before the call is sent again, so a
   * call that took effect is never sent twice blindly.
   */
  mutate<T>(operation: Operation<T>, opts: MutateOptions = {}): Promise<Sent<T>> {
    return this.send(operation, opts, true);
  }

  /** One call, no retry: the stream watch paces its own polls. Errors come back as KinesisCallError. */
  sendOnce<T>(operation: Operation<T>): Promise<T> {
    return this.gateway.send(operation, this.where.stream);
  }

  /** An answer came: the endpoint is reachable. */
  answered(): void {
    this.refusedInRow = 0;
  }

  /** A retryable error is remembered; anything else ends the run with one line. */
  absorb(err: unknown, operation: string): void {
    if (this.budget.cancel.aborted) throw this.budget.cancelled();
    if (!(err instanceof KinesisCallError)) throw err;
    const aws = err.awsError;
    if (classify(aws, operation) !== 'retryable') {
      throw new ActionError(explain(aws, { operation: err.operation, streamName: this.where.stream, region: this.where.region }));
    }
    this.refusedInRow = isConnectionRefused(aws) ? this.refusedInRow + 1 : 0;
    if (this.refusedInRow >= REFUSED_LIMIT) throw new ActionError(unreachableLine(REFUSED_LIMIT, aws, this.where.via));
    this.lastError = aws;
    this.log.debug(`${err.operation} will be retried (${errorName(aws)})`);
  }

  private async send<T>(operation: Operation<T>, opts: MutateOptions, mutation: boolean): Promise<Sent<T>> {
    const name = operation.name;
    // A call made while another is retrying (a tookEffect check) hands the outer one its line back.
    const outer = this.retrying;
    const done = <S extends Sent<T>>(sent: S): S => {
      this.retrying = outer;
      return sent;
    };
    const logged = new Set<string>();
    let streak = NO_STREAK;
    for (let attempt = 1; ; attempt++) {
      this.budget.check(false);
      let aws: unknown;
      try {
        if (mutation) this.#changesSent++;
        const value = await this.gateway.send(operation, this.where.stream);
        this.refusedInRow = 0;
        return done({ kind: 'ok', value });
      } catch (err) {
        // Cancelled while the call was out: a change may still take effect, and the message must say so.
        if (this.budget.cancel.aborted) throw this.budget.cancelled(mutation ? name : undefined);
        // An endpoint that does not take what AWS takes (see compat.ts): send it again, at once, its way.
        if (err instanceof KinesisCallError && this.compat?.adapt(err.awsError)) continue;
        const kind = err instanceof KinesisCallError ? classify(err.awsError, name) : undefined;
        if (kind && opts.tolerate?.includes(kind)) return done({ kind: 'refused', error: kind, name: errorName((err as KinesisCallError).awsError) });
        this.absorb(err, name);
        aws = (err as KinesisCallError).awsError;
      }
      const now = this.budget.clock.now();
      streak = nextStreak(streak, errorName(aws) === 'LimitExceededException', now);
      const budget = spentBudget(name, streak, now);
      if (budget) {
        const seconds = (now - streak.since) / 1000;
        throw new ActionError(overBudgetLine({ operation: name, stream: this.where.stream, error: aws, seconds, refusals: streak.refusals, budget }));
      }
      const slot = isSlotWait(aws, name);
      // The slot calls' own rate (5 a second per account): many jobs waiting for slots send at once. Their
      // retry goes by the slot waiter's spread, not by this loop's attempt count (slot refusals included).
      const slotRate = !slot && (name === 'CreateStream' || name === 'DeleteStream') && classify(aws, name) === 'retryable' && this.slots !== undefined;
      this.retrying = slot ? `get a free CREATING/DELETING slot for ${name}` : `get ${name} through`;
      if (mutation && opts.tookEffect && isAmbiguous(aws)) {
        this.log.info(`${name} for stream "${this.where.stream}" got no clear answer (${errorName(aws)}): looking at the stream before sending it again.`);
        if (await opts.tookEffect()) return done({ kind: 'took effect' });
      }
      const delay = (slot || slotRate) && this.slots ? 0 : backoffDelay(attempt, slot ? STREAM_SLOT_BACKOFF : ERROR_BACKOFF, this.budget.clock.random);
      // One line per kind of trouble; the repeats go to the debug log.
      const reason = retryReason(name, aws);
      if (logged.has(reason)) this.log.debug(`${name} ${reason}: retry ${attempt} in ${(delay / 1000).toFixed(1)} s`);
      else this.log.info(slot ? slotWaitLine(name, this.where.stream, this.where.region) : `${name} ${reason}: retrying with backoff.`);
      logged.add(reason);
      if (slot && this.slots) await this.slots.wait(attempt);
      else if (slotRate) await this.slots!.throttled();
      else await this.budget.pauseUntil(this.budget.clock.now() + delay, false);
    }
  }
}
