// Makes the stream exist and be ACTIVE: observe, create when missing (or adopt what someone else
// created), and wait, until ACTIVE, a fatal error, the deadline or cancellation.
import type { CreateStreamCommandInput, StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { createStream, listShards } from '../aws/operations.js';
import { describeCreate, nextStep } from '../plan/creation.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';
import { count } from '../shared/show.js';

/** How long a stream this run's CreateStream made may stay invisible (not found) before that is a failure. */
export const NOT_VISIBLE_FOR_MS = 30_000;

/**
 * found: it existed already; created: this run's CreateStream made it; adopted: someone else's
 * create (or ours whose answer was lost); planned: dry run on a missing stream, nothing created.
 */
export type Ensured = 'found' | 'created' | 'adopted' | 'planned';

export interface EnsureResult {
  /** Undefined only for 'planned'. */
  stream?: StreamDescriptionSummary;
  how: Ensured;
  /** Being created when this run first looked, by this run or another: follow-up settings are still due. */
  fresh: boolean;
  /** Adopted because CreateStream said the name was taken: certainly someone else's stream. */
  foreign?: boolean;
}

export async function ensureStream(ctx: RunContext, buildCreate: () => Promise<CreateStreamCommandInput>): Promise<EnsureResult> {
  const { spec, log, stream: watch } = ctx;
  const name = spec.streamName;
  let how: Ensured = 'found';
  let previous: string | undefined;
  let adoptions = 0;
  let foreign = false;
  /** When this run's CreateStream came back, until the stream is first seen (undefined otherwise). */
  let acceptedAt: number | undefined;
  let notVisibleSaid = false;
  /** Wall time just before this run's CreateStream (delete-at-job-end remembers it). */
  let createdSince: number | undefined;
  let stream = await watch.describe('now');
  const foundCreating = stream?.StreamStatus === 'CREATING';
  for (;;) {
    // Seen: from here on a missing stream is gone (deleted by someone), and may be created again.
    if (stream) acceptedAt = undefined;
    const step = nextStep(stream);
    if (step.kind === 'done') {
      const s = stream as StreamDescriptionSummary;
      if (previous === undefined) {
        log.info(
          `Found stream "${name}": ACTIVE, ${s.StreamModeDetails?.StreamMode ?? 'PROVISIONED'}, ` +
            `${s.OpenShardCount === undefined ? '? open shards' : count(s.OpenShardCount, 'open shard')}.`,
        );
      } else {
        log.info(`Stream "${name}" is ACTIVE after ${ctx.budget.seconds()} s.`);
        await confirmUsable(ctx);
      }
      // AWS's creation time tells the post step this stream from one made later under the same name.
      if (how === 'created' && spec.deleteAtJobEnd && createdSince !== undefined) {
        ctx.remember({
          stream: name,
          region: spec.region,
          phase: 'created',
          since: createdSince,
          createdAt: s.StreamCreationTimestamp?.getTime(),
          nonce: ctx.nonce,
          account: /^arn:[^:]+:kinesis:[^:]*:(\d{12}):/.exec(s.StreamARN ?? '')?.[1],
        });
      }
      return { stream: s, how, fresh: how !== 'found' || foundCreating, foreign };
    }

    if (step.kind === 'create' && spec.streamArn) {
      // Named by ARN: a stream someone else owns (another account's, through its resource policy). Never created here.
      throw new ActionError(
        `Stream ${spec.streamArn} does not exist, or this role cannot see it, so nothing was done: stream-arn adopts an existing stream; a stream is ` +
          'created by name in its own account (use stream-name there).',
      );
    }
    if (step.kind === 'create' && acceptedAt !== undefined) {
      // This run's CreateStream was accepted: "not found" means "not visible yet" (AWS is eventually
      // consistent), never "create it again" (a second CreateStream would find it taken and adopt it).
      const waited = ctx.budget.clock.now() - acceptedAt;
      if (waited > NOT_VISIBLE_FOR_MS) {
        throw new ActionError(
          `Stream "${name}" is still not found ${Math.round(waited / 1000)} s after this run's CreateStream in ${spec.region}: ` +
            'it may have been deleted meanwhile, or the endpoint does not keep what it creates. Nothing more was sent; run again to look at it anew.',
        );
      }
      if (!notVisibleSaid) log.info(`Stream "${name}" is not visible yet after CreateStream (AWS is eventually consistent): waiting for it.`);
      notVisibleSaid = true;
      watch.assume('CREATING');
      stream = await watch.describe('next-poll');
      continue;
    }

    if (step.kind === 'create') {
      const req = await buildCreate();
      const where = previous === 'DELETING' ? 'finished deleting' : `not found in ${spec.region}`;
      if (spec.dryRun) {
        log.info(`Dry run: stream "${name}" ${where}; it would be created (${describeCreate(req, spec.tags)}). Nothing was changed.`);
        return { how: 'planned', fresh: true };
      }
      log.info(`Stream "${name}" ${where}: creating it (${describeCreate(req, spec.tags)}).`);
      createdSince = ctx.budget.clock.wallTime();
      const made = await create(ctx, req, createdSince);
      how = made === 'created' ? 'created' : 'adopted';
      // Whatever CreateStream came to (made, lost answer that took effect, or the name taken), the name
      // exists now: not found from here on is "not visible yet", never a reason to send it again.
      acceptedAt = ctx.budget.clock.now();
      foreign ||= made === 'taken';
      watch.restartWait();
      previous = 'CREATING';
      if (how === 'created') log.info(`Waiting for stream "${name}" to become ACTIVE (timeout ${spec.timeoutSeconds} s).`);
      // An adopted stream may well be ACTIVE already: look at once (but only once: an endpoint that says
      // "exists" to CreateStream and "not found" to DescribeStreamSummary must not be hammered).
      stream = await watch.describe(how === 'adopted' && adoptions++ === 0 ? 'now' : 'next-poll');
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
    stream = await watch.describe('next-poll');
  }
}

/**
 * CreateStream, retried inside the deadline. A name already taken means adopt, never create twice;
 * an answer lost to a 5xx or a reset is checked with DescribeStreamSummary before sending it again.
 */
async function create(ctx: RunContext, req: CreateStreamCommandInput, since: number): Promise<'created' | 'adopted' | 'taken'> {
  let unclear = false;
  // Before the call: a run cancelled while it is in flight still has its post step look (by creation time).
  const job = { stream: ctx.spec.streamName, region: ctx.spec.region, since, nonce: ctx.nonce };
  if (ctx.spec.deleteAtJobEnd) ctx.remember({ ...job, phase: 'creating' });
  const sent = await ctx.calls.mutate(createStream(req), {
    tolerate: ['in-use'],
    tookEffect: async () => {
      unclear = true;
      return (await ctx.stream.describe('now')) !== undefined;
    },
  });
  if (sent.kind === 'ok') {
    ctx.stream.assume('CREATING');
    ctx.record.noteCreated();
    if (ctx.spec.deleteAtJobEnd) ctx.remember({ ...job, phase: 'created' });
    return 'created';
  }
  // The name was someone else's: nothing of this run's to delete at job end.
  if (!unclear && ctx.spec.deleteAtJobEnd) ctx.remember(undefined);
  const name = ctx.spec.streamName;
  ctx.log.info(
    unclear
      ? `Stream "${name}" exists now: a CreateStream of this run whose answer was lost took effect, or another run created it. Adopting it.`
      : `Stream "${name}" was created by someone else meanwhile: adopting it.`,
  );
  return unclear ? 'adopted' : 'taken';
}

/**
 * Right after a stream turns ACTIVE, AWS may still answer the data plane's first calls with
 * ResourceNotFound or ResourceInUse for a moment (SDK users report ListShards failing after ACTIVE).
 * The outputs promise a stream the next job can use, so ListShards must answer first: tried at once,
 * then on the polling schedule, inside the budget. A stream found ACTIVE is never probed.
 */
export async function confirmUsable(ctx: RunContext): Promise<void> {
  const answers = async (): Promise<boolean> => (await ctx.calls.read(listShards(ctx.stream.currentRef), ['not-found', 'in-use'])).kind === 'ok';
  if (await answers()) return;
  ctx.log.info(`Stream "${ctx.spec.streamName}" is ACTIVE but ListShards does not know it yet: waiting until it does.`);
  await ctx.stream.waitFor('answer ListShards', answers, (ok) => ok);
}
