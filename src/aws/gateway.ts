// Every Kinesis call goes out here: bounded by the deadline and cancellation (its abort signal),
// counted, and logged at debug level (operation, stream, outcome, duration; never request headers or
// credentials). Errors come back as KinesisCallError, with the operation they came from.
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { Clock } from '../shared/clock.js';
import { CALL_TIMEOUT_MS } from './client.js';
import { errorName } from './errors.js';
import type { Operation } from './operations.js';

export type Debug = (message: string) => void;

/** A call may run this far past the deadline, so that the last poll at the deadline can answer. */
export const CALL_GRACE_MS = 500;

/** How long the next call may take: at most CALL_TIMEOUT_MS, and not much past the deadline. */
export function callBudgetMs(now: number, deadline: number): number {
  return Math.round(Math.min(CALL_TIMEOUT_MS, Math.max(200, deadline + CALL_GRACE_MS - now)));
}

/** Aborts on cancellation or when the call's budget is spent (a hanging connection cannot overrun). */
export function callSignal(cancel: AbortSignal, budgetMs: number): AbortSignal {
  return AbortSignal.any([cancel, AbortSignal.timeout(budgetMs)]);
}

/** An error from a Kinesis call, with the operation it came from (for the IAM action name). */
export class KinesisCallError extends Error {
  constructor(
    readonly operation: string,
    readonly awsError: unknown,
  ) {
    super(`${operation}: ${errorName(awsError)}`);
    this.name = 'KinesisCallError';
  }
}

export class KinesisGateway {
  calls = 0;

  constructor(
    readonly client: KinesisClient,
    private readonly clock: Clock,
    private readonly debug: Debug,
    /** Signal for the next call: aborts on cancellation or when the call has had its time. */
    private readonly callSignal: () => AbortSignal,
  ) {}

  /** Sends one operation about `streamName` (for the debug line). Errors become KinesisCallError. */
  async send<T>(operation: Operation<T>, streamName: string): Promise<T> {
    const started = this.clock.now();
    this.calls++;
    try {
      const out = await operation.send(this.client, this.callSignal());
      this.debug(`${operation.name} ${streamName}: ok in ${Math.round(this.clock.now() - started)} ms`);
      return out;
    } catch (err) {
      this.debug(`${operation.name} ${streamName}: ${errorName(err)} in ${Math.round(this.clock.now() - started)} ms`);
      throw new KinesisCallError(operation.name, err);
    }
  }
}
