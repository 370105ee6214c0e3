// Makes the stream exist and be ACTIVE: observe → plan → apply (create) → wait, looping until ACTIVE,
// a fatal error, the deadline, or cancellation. Every retry and sleep stays inside the deadline.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import { classify, errorName, explain, isConnectionRefused, redact } from './aws-errors.js';
import type { Clock } from './clock.js';
import type { DesiredSpec } from './desired-spec.js';
import { KinesisCallError, type KinesisGateway } from './kinesis-gateway.js';
import { createRequest, describeCreate, nextStep } from './plan.js';
import { backoffDelay, CREATE_LIMIT_BACKOFF, ERROR_BACKOFF, pollOffset } from './poll-schedule.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface EnsureDeps {
  gateway: KinesisGateway;
  clock: Clock;
  log: Log;
  /** Aborts when the runner cancels the step. */
  cancel: AbortSignal;
  /** Clock time at which the step's budget ends. */
  deadline: number;
}

/** found: it was ACTIVE already; created: this run's CreateStream made it; adopted: someone else's create. */
export type Outcome = 'found' | 'created' | 'adopted';

export interface EnsureResult {
  stream: StreamDescriptionSummary;
  outcome: Outcome;
  /** Time spent from the first call until ACTIVE was seen. */
  elapsedMs: number;
}

/** Consecutive "connection refused" answers after which the endpoint is taken to be wrong. */
const REFUSED_LIMIT = 3;

export async function ensureStream(spec: DesiredSpec, deps: EnsureDeps): Promise<EnsureResult> {
  const { gateway, clock, log, cancel, deadline } = deps;
  const name = spec.streamName;
  const start = clock.now();
  let outcome: Outcome = 'found';
  let lastStatus = 'not yet seen';
  let lastError: unknown;
  let waitStart = start;
  let polls = 0;
  let errorsInRow = 0;
  let refusedInRow = 0;
  let finalPollDone = false;
  let createInFlight = false;

  const seconds = (): string => ((clock.now() - start) / 1000).toFixed(1);

  const cancelled = (): ActionError => {
    const what = createInFlight
      ? `CreateStream for stream "${name}" was in flight: the stream may exist and will finish creating on its own`
      : lastStatus === 'not yet seen' || lastStatus === 'not found'
        ? `stream "${name}" was ${lastStatus}; nothing was left in progress`
        : `stream "${name}" is still ${lastStatus}; it will finish on its own`;
    return new ActionError(`Cancelled after ${seconds()} s: ${what}.`);
  };

  const timedOut = (): ActionError => {
    const last = lastError ? ` Last error: ${errorName(lastError)}: ${redact(String((lastError as Error).message ?? lastError)).slice(0, 200)}.` : '';
    return new ActionError(
      `Timed out after ${seconds()} s waiting for stream "${name}" in ${spec.region} to become ACTIVE; ` +
        `last status: ${lastStatus}.${last} Raise the "timeout-seconds" input (now ${spec.timeoutSeconds}).`,
    );
  };

  /** Sleeps until `at`, but never past the deadline: one last poll happens at the deadline itself. */
  const pauseUntil = async (at: number, finalPollAllowed: boolean): Promise<void> => {
    if (at >= deadline) {
      if (finalPollDone || !finalPollAllowed) throw timedOut();
      finalPollDone = true;
      at = deadline;
    }
    try {
      await clock.sleep(at - clock.now(), cancel);
    } catch (err) {
      if (cancel.aborted) throw cancelled();
      throw err;
    }
  };

  /** A retryable error is counted and logged; anything else ends the run with one line. */
  const absorb = (err: unknown): number => {
    if (cancel.aborted) throw cancelled();
    if (!(err instanceof KinesisCallError)) throw err;
    const aws = err.awsError;
    if (classify(aws) !== 'retryable') {
      throw new ActionError(explain(aws, { operation: err.operation, streamName: name, region: spec.region }));
    }
    refusedInRow = isConnectionRefused(aws) ? refusedInRow + 1 : 0;
    if (refusedInRow >= REFUSED_LIMIT) {
      throw new ActionError(
        `Cannot reach the Kinesis endpoint: connection refused ${REFUSED_LIMIT} times in a row (${redact(String((aws as Error).message))}). ` +
          'Check the "endpoint-url" input or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL.',
      );
    }
    lastError = aws;
    errorsInRow++;
    log.debug(`${err.operation} will be retried (${errorName(aws)}, ${errorsInRow} in a row)`);
    return errorsInRow;
  };

  const create = async (recreating: boolean): Promise<'created' | 'adopted'> => {
    const req = createRequest(spec);
    log.info(
      `Stream "${name}" ${recreating ? 'finished deleting' : `not found in ${spec.region}`}: creating it (${describeCreate(req)}).`,
    );
    let attempt = 0;
    for (;;) {
      createInFlight = true;
      try {
        const result = await gateway.create(req);
        createInFlight = false;
        errorsInRow = 0;
        if (result === 'created') {
          lastStatus = 'CREATING';
          return 'created';
        }
        log.info(
            attempt > 0
              ? `Stream "${name}" exists now: an earlier CreateStream of this run took effect though its answer was lost, or another run created it. Adopting it.`
              : `Stream "${name}" was created by someone else meanwhile: adopting it.`,
        );
        return 'adopted';
      } catch (err) {
        createInFlight = false;
        attempt = absorb(err);
        const cause = (err as KinesisCallError).awsError;
        const limited = errorName(cause) === 'LimitExceededException';
        const delay = backoffDelay(attempt, limited ? CREATE_LIMIT_BACKOFF : ERROR_BACKOFF, clock.random);
        log.info(
          limited
            ? `CreateStream throttled or at the account's limit of 5 streams creating at once: retrying in ${(delay / 1000).toFixed(1)} s.`
            : `CreateStream failed with ${errorName(cause)}: retrying in ${(delay / 1000).toFixed(1)} s.`,
        );
        await pauseUntil(clock.now() + delay, false);
      }
    }
  };

  for (;;) {
    let stream: StreamDescriptionSummary | undefined;
    try {
      stream = await gateway.describe(name);
      errorsInRow = 0;
      refusedInRow = 0;
    } catch (err) {
      const attempt = absorb(err);
      const next = Math.max(waitStart + pollOffset(polls++, clock.random), clock.now() + backoffDelay(attempt, ERROR_BACKOFF, clock.random));
      await pauseUntil(next, true);
      continue;
    }

    const step = nextStep(stream);
    if (step.kind === 'done') {
      const s = stream as StreamDescriptionSummary;
      if (outcome === 'found' && lastStatus === 'not yet seen') {
        log.info(`Found stream "${name}": ACTIVE, ${s.StreamModeDetails?.StreamMode ?? 'PROVISIONED'}, ${s.OpenShardCount ?? '?'} open shard(s).`);
      } else {
        log.info(`Stream "${name}" is ACTIVE after ${seconds()} s.`);
      }
      return { stream: s, outcome, elapsedMs: clock.now() - start };
    }

    if (step.kind === 'create') {
      const recreating = lastStatus === 'DELETING';
      lastStatus = 'not found';
      outcome = await create(recreating);
      waitStart = clock.now();
      polls = 0;
      if (outcome === 'adopted') continue; // it may well be ACTIVE already: look at once
      log.info(`Waiting for stream "${name}" to become ACTIVE (timeout ${spec.timeoutSeconds} s).`);
    } else if (step.status !== lastStatus) {
      log.info(
        step.status === 'DELETING'
          ? `Stream "${name}" is DELETING: waiting until it is gone, then creating it again.`
          : `Stream "${name}" is ${step.status}: waiting for ACTIVE (timeout ${spec.timeoutSeconds} s).`,
      );
      lastStatus = step.status;
    }
    await pauseUntil(waitStart + pollOffset(polls++, clock.random), true);
  }
}
