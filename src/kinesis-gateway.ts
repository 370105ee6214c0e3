// The Kinesis calls the action makes: each one bounded by the deadline and cancellation, counted, and
// logged at debug level (operation, stream, outcome, duration; never request headers or credentials).
import { DescribeStreamSummaryCommand, type KinesisClient, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { classify, errorName } from './aws-errors.js';
import type { Clock } from './clock.js';
import { CALL_TIMEOUT_MS } from './kinesis-client.js';

export type Debug = (message: string) => void;

/** How a call names its stream: by name until the ARN is known, then by ARN. */
export type StreamRef = { StreamName: string } | { StreamARN: string };

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

  /** The stream's summary, or undefined when it does not exist. */
  async describe(streamName: string, ref: StreamRef = { StreamName: streamName }): Promise<StreamDescriptionSummary | undefined> {
    try {
      const out = await this.call('DescribeStreamSummary', streamName, (abortSignal) =>
        this.client.send(new DescribeStreamSummaryCommand(ref), { abortSignal }),
      );
      return out.StreamDescriptionSummary;
    } catch (err) {
      if (err instanceof KinesisCallError && classify(err.awsError) === 'not-found') return undefined;
      throw err;
    }
  }

  /** Any call: `send` gets the abort signal to pass to client.send. Errors become KinesisCallError. */
  async call<T>(operation: string, streamName: string, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const started = this.clock.now();
    this.calls++;
    try {
      const out = await send(this.callSignal());
      this.debug(`${operation} ${streamName}: ok in ${Math.round(this.clock.now() - started)} ms`);
      return out;
    } catch (err) {
      this.debug(`${operation} ${streamName}: ${errorName(err)} in ${Math.round(this.clock.now() - started)} ms`);
      throw new KinesisCallError(operation, err);
    }
  }
}
