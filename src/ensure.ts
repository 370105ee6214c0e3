// Makes the stream exist and be ACTIVE: observe, create when missing (or adopt what someone else
// created), and wait, until ACTIVE, a fatal error, the deadline or cancellation.
import type { CreateStreamCommandInput, StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { errorName } from './aws-errors.js';
import type { KinesisCallError } from './kinesis-gateway.js';
import { describeCreate, nextStep } from './plan.js';
import { backoffDelay, CREATE_LIMIT_BACKOFF, ERROR_BACKOFF } from './poll-schedule.js';
import type { Session } from './session.js';

/**
 * found: it existed already; created: this run's CreateStream made it; adopted: someone else's
 * create (or ours whose answer was lost); planned: dry run on a missing stream, nothing created.
 */
export type Outcome = 'found' | 'created' | 'adopted' | 'planned';

export interface EnsureResult {
  /** Undefined only for 'planned'. */
  stream?: StreamDescriptionSummary;
  outcome: Outcome;
}

export async function ensureStream(session: Session, buildCreate: () => Promise<CreateStreamCommandInput>): Promise<EnsureResult> {
  const { name, spec, log } = session;
  let outcome: Outcome = 'found';
  let previous: string | undefined;
  let stream = await session.describe('now');
  for (;;) {
    const step = nextStep(stream);
    if (step.kind === 'done') {
      const s = stream as StreamDescriptionSummary;
      if (previous === undefined) {
        log.info(`Found stream "${name}": ACTIVE, ${s.StreamModeDetails?.StreamMode ?? 'PROVISIONED'}, ${s.OpenShardCount ?? '?'} open shard(s).`);
      } else {
        log.info(`Stream "${name}" is ACTIVE after ${session.seconds()} s.`);
      }
      return { stream: s, outcome };
    }

    if (step.kind === 'create') {
      const req = await buildCreate();
      const where = previous === 'DELETING' ? 'finished deleting' : `not found in ${spec.region}`;
      if (spec.dryRun) {
        log.info(`Dry run: stream "${name}" ${where}; it would be created (${describeCreate(req)}). Nothing was changed.`);
        return { outcome: 'planned' };
      }
      log.info(`Stream "${name}" ${where}: creating it (${describeCreate(req)}).`);
      outcome = await create(session, req);
      session.restartWait();
      previous = 'CREATING';
      if (outcome === 'created') log.info(`Waiting for stream "${name}" to become ACTIVE (timeout ${spec.timeoutSeconds} s).`);
      // An adopted stream may well be ACTIVE already: look at once.
      stream = await session.describe(outcome === 'adopted' ? 'now' : 'next-poll');
      continue;
    }

    if (step.status !== previous) {
      log.info(
        step.status === 'DELETING'
          ? `Stream "${name}" is DELETING: waiting until it is gone, then creating it again.`
          : `Stream "${name}" is ${step.status}: waiting for ACTIVE (timeout ${spec.timeoutSeconds} s).`,
      );
      previous = step.status;
    }
    stream = await session.describe('next-poll');
  }
}

/** CreateStream, retried inside the deadline; a name already taken means adopt, never create twice. */
async function create(session: Session, req: CreateStreamCommandInput): Promise<'created' | 'adopted'> {
  const { name, log, deps } = session;
  let attempt = 0;
  for (;;) {
    session.inFlight = 'CreateStream';
    try {
      const result = await session.gateway.create(req);
      session.inFlight = undefined;
      if (result === 'created') {
        session.lastStatus = 'CREATING';
        return 'created';
      }
      log.info(
        attempt > 0
          ? `Stream "${name}" exists now: an earlier CreateStream of this run took effect though its answer was lost, or another run created it. Adopting it.`
          : `Stream "${name}" was created by someone else meanwhile: adopting it.`,
      );
      return 'adopted';
    } catch (err) {
      session.inFlight = undefined;
      attempt = session.absorb(err);
      const cause = (err as KinesisCallError).awsError;
      const limited = errorName(cause) === 'LimitExceededException';
      const delay = backoffDelay(attempt, limited ? CREATE_LIMIT_BACKOFF : ERROR_BACKOFF, deps.clock.random);
      log.info(
        limited
          ? `CreateStream throttled or at the account's limit of 5 streams creating at once: retrying in ${(delay / 1000).toFixed(1)} s.`
          : `CreateStream failed with ${errorName(cause)}: retrying in ${(delay / 1000).toFixed(1)} s.`,
      );
      await session.pauseUntil(deps.clock.now() + delay, false);
    }
  }
}
