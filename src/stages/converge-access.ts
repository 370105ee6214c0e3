// Applies the access plan: registers the declared consumers that are missing (at most 5 CREATING at
// once per stream, as AWS allows; with their tags), waits until every declared consumer is ACTIVE, then
// tags them and attaches the declared resource policies (only once the stream and each consumer they
// name are ACTIVE). Re-plans from what it observes after each round, like converge() does for settings.
import { describeStreamConsumer, putResourcePolicy, registerStreamConsumer, tagResource } from '../aws/operations.js';
import { CONSUMERS_CREATING_AT_ONCE, MAX_TAGS } from '../model/kinesis.js';
import type { DeclaredSettings } from '../model/spec.js';
import { planAccess, type AccessSeen } from '../plan/access.js';
import { driftLine } from '../plan/stream-changes.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';
import { count } from '../shared/show.js';
import { observeAccess } from './observe.js';

/** Provenance tags for a consumer this run registers (loaded only when one is). */
export type ConsumerProvenance = () => Promise<Record<string, string>>;

export async function convergeAccess(
  ctx: RunContext,
  spec: DeclaredSettings,
  streamArn: string,
  seen?: AccessSeen,
  provenance?: ConsumerProvenance,
): Promise<{ seen: AccessSeen; applied: string[] }> {
  const { log, stream: watch, calls } = ctx;
  const name = ctx.spec.streamName;
  const tagsFor = registrationTags(ctx, spec, provenance);
  /** The calls made, in order (the summary lists them). */
  const applied: string[] = [];
  let current = seen ?? (await observeAccess(ctx, spec, streamArn));
  const limit = (spec.consumers?.length ?? 0) + 6;
  for (let round = 0; ; round++) {
    const plan = planAccess(spec, streamArn, current);
    const registers = plan.changes.filter((c) => c.op === 'RegisterStreamConsumer');
    const puts = plan.changes.filter((c) => c.op === 'PutResourcePolicy');
    if (plan.creating.length === 0 && plan.changes.length === 0 && plan.deleting.length === 0) return { seen: current, applied };
    if (round >= limit) {
      throw new ActionError(
        `Stream "${name}" did not take the declared consumers and policies after ${count(applied.length, 'change')}: ${plan.drift.map(driftLine).join('; ')}.`,
      );
    }
    for (const consumer of plan.deleting) {
      await watch.waitFor(
        `let consumer "${consumer}" finish deregistering`,
        () => describeConsumer(ctx, streamArn, consumer),
        (c) => c?.status !== 'DELETING',
      );
    }
    const room = Math.max(0, CONSUMERS_CREATING_AT_ONCE - plan.creatingOnStream);
    const registered: string[] = [];
    for (const c of registers.slice(0, room)) {
      const tags = await tagsFor.get();
      const withTags = Object.keys(tags).length > 0 ? ` with ${count(Object.keys(tags).length, 'tag')}` : '';
      log.info(`Stream "${name}": registering consumer "${c.name}"${withTags} (RegisterStreamConsumer).`);
      const sent = await register(ctx, streamArn, c.name, tags, spec, tagsFor);
      if (sent.kind !== 'refused') {
        applied.push('RegisterStreamConsumer');
        registered.push(c.name);
      } else {
        // In use: the stream is not ACTIVE (AWS), or the name is taken meanwhile: wait, then look again.
        watch.restartWait('become ACTIVE before RegisterStreamConsumer');
        await watch.untilActive();
      }
    }
    // Other teams' consumers CREATING can fill the 5 slots: wait on the schedule rather than loop.
    if (room === 0 && registers.length > 0 && plan.creating.length === 0) {
      await watch.waitFor(
        'get a free consumer slot (5 CREATING at once per stream)',
        () => observeAccess(ctx, spec, streamArn),
        (a) => planAccess(spec, streamArn, a).creatingOnStream < CONSUMERS_CREATING_AT_ONCE,
      );
    }
    const waiting = [...plan.creating, ...registered];
    for (const consumer of waiting) await untilConsumerActive(ctx, streamArn, consumer);
    // Tags and policies only once no declared consumer is CREATING, so that a consumer's ARN is final.
    if (registers.length === 0 && plan.creating.length === 0) {
      for (const t of plan.changes.filter((c) => c.op === 'TagResource')) {
        log.info(`Stream "${name}": tagging consumer "${t.consumer}" (${Object.keys(t.tags).join(', ')}) (TagResource).`);
        const sent = await calls.mutate(tagResource(t.resourceArn, t.tags), { tolerate: ['in-use'] });
        if (sent.kind !== 'refused') applied.push('TagResource');
      }
      for (const p of puts) {
        log.info(`Stream "${name}": attaching ${policyLabel(p.setting)} (PutResourcePolicy).`);
        const sent = await calls.mutate(putResourcePolicy(p.resourceArn, p.policy), { tolerate: ['in-use'] });
        if (sent.kind === 'refused') {
          watch.restartWait('become ACTIVE before PutResourcePolicy');
          await watch.untilActive();
        } else {
          applied.push('PutResourcePolicy');
        }
      }
    }
    current = await observeAccess(ctx, spec, streamArn);
  }
}

interface RegistrationTags {
  get(): Promise<Record<string, string>>;
  /** kinesis:TagResource was refused: the rest of the run registers untagged (true the first time). */
  drop(): boolean;
}

/**
 * The tags a consumer is registered with: the declared consumer-tags, and the provenance tags when the
 * step writes them (dropped, with a warning, when both would pass the 50 a consumer takes). Read once.
 */
function registrationTags(ctx: RunContext, spec: DeclaredSettings, provenance?: ConsumerProvenance): RegistrationTags {
  let tags: Promise<Record<string, string>> | undefined;
  let dropped = false;
  const get = () =>
    (tags ??= (async () => {
      const declared = spec.consumerTags ?? {};
      const extra = ctx.spec.provenanceTags && provenance ? await provenance() : {};
      if (Object.keys(declared).length + Object.keys(extra).length <= MAX_TAGS) return { ...extra, ...declared };
      ctx.log.warning(`Provenance tags skipped on consumers: with the declared consumer-tags they would exceed the ${MAX_TAGS} tags a consumer takes.`);
      return { ...declared };
    })());
  return {
    get: () => (dropped ? Promise.resolve({}) : get()),
    drop: () => !dropped && (dropped = true),
  };
}

/**
 * RegisterStreamConsumer, with tags when there are any. Tags need kinesis:TagResource as well: when only
 * the action's own provenance tags were refused, the consumer is registered without them (and the step
 * says how to have them); declared consumer-tags are what the workflow asked for, so their refusal fails.
 */
async function register(ctx: RunContext, streamArn: string, consumer: string, tags: Record<string, string>, spec: DeclaredSettings, all: RegistrationTags) {
  const tagged = Object.keys(tags).length > 0;
  const send = (t?: Record<string, string>) =>
    ctx.calls.mutate(registerStreamConsumer(streamArn, consumer, t), {
      // In use: registered meanwhile by another run, or still DELETING; the next round looks again.
      tolerate: t ? ['in-use', 'access-denied'] : ['in-use'],
      tookEffect: async () => (await describeConsumer(ctx, streamArn, consumer)) !== undefined,
    });
  const sent = await send(tagged ? tags : undefined);
  if (sent.kind !== 'refused' || sent.error !== 'access-denied') return sent;
  if (spec.consumerTags) {
    throw new ActionError(
      `Access denied registering consumer "${consumer}" of stream "${ctx.spec.streamName}" with its tags: RegisterStreamConsumer with Tags needs ` +
        'kinesis:RegisterStreamConsumer and kinesis:TagResource on the consumer (…:stream/NAME/consumer/*). Allow both, or remove consumer-tags.',
    );
  }
  // Without tags: a refusal now is RegisterStreamConsumer's own, and fails with its line.
  const untagged = await send(undefined);
  // Said once a run; the other consumers of this run are registered untagged without asking again.
  if (untagged.kind !== 'refused' && all.drop()) {
    ctx.log.warning(
      `Consumer "${consumer}" of stream "${ctx.spec.streamName}" is registered without provenance tags: tagging it needs kinesis:TagResource on ` +
        'the consumer. Allow it to have consumers tagged, or set provenance-tags: false.',
    );
  }
  return untagged;
}

const CONSUMER_POLICY = 'reader-account-ids.consumer.';

function policyLabel(setting: string): string {
  if (setting.startsWith(CONSUMER_POLICY)) return `the read policy to consumer "${setting.slice(CONSUMER_POLICY.length)}"`;
  return setting === 'resource-policy' ? 'the declared resource policy' : 'the read policy for the reader accounts';
}

async function describeConsumer(ctx: RunContext, streamArn: string, consumer: string): Promise<{ status: string } | undefined> {
  const out = await ctx.calls.call(describeStreamConsumer(streamArn, consumer), ['not-found']);
  const d = out?.ConsumerDescription;
  return d ? { status: d.ConsumerStatus ?? 'UNKNOWN' } : undefined;
}

/**
 * DescribeStreamConsumer on the polling schedule until ACTIVE twice in a row (20 calls/s per account):
 * right after the first ACTIVE, a policy on the consumer or a SubscribeToShard can still be refused
 * (aws-cdk #37108), and its ARN is what the next job uses.
 */
export async function untilConsumerActive(ctx: RunContext, streamArn: string, consumer: string): Promise<void> {
  let active = 0;
  const found = await ctx.stream.waitFor(
    `register consumer "${consumer}" (ACTIVE)`,
    () => describeConsumer(ctx, streamArn, consumer),
    (c) => c === undefined || (c.status === 'ACTIVE' ? ++active >= 2 : (active = 0) > 0),
  );
  if (!found)
    throw new ActionError(
      `Consumer "${consumer}" of stream "${ctx.spec.streamName}" disappeared while waiting for it to become ACTIVE (deregistered by someone else?).`,
    );
  ctx.log.info(`Consumer "${consumer}" of stream "${ctx.spec.streamName}" is ACTIVE.`);
}
