// Applies the access plan: registers the declared consumers that are missing (at most 5 CREATING at
// once per stream, as AWS allows), waits until every declared consumer is ACTIVE, then attaches the
// declared resource policies (only once the stream and each consumer they name are ACTIVE). Re-plans
// from what it observes after each round, like converge() does for the stream's settings.
import { describeStreamConsumer, putResourcePolicy, registerStreamConsumer } from '../aws/operations.js';
import { CONSUMERS_CREATING_AT_ONCE } from '../model/kinesis.js';
import type { DeclaredSettings } from '../model/spec.js';
import { planAccess, type AccessSeen } from '../plan/access.js';
import { driftLine } from '../plan/stream-changes.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';
import { count } from '../shared/show.js';
import { observeAccess } from './observe.js';

export async function convergeAccess(
  ctx: RunContext,
  spec: DeclaredSettings,
  streamArn: string,
  seen?: AccessSeen,
): Promise<{ seen: AccessSeen; applied: string[] }> {
  const { log, stream: watch, calls } = ctx;
  const name = ctx.spec.streamName;
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
      log.info(`Stream "${name}": registering consumer "${c.name}" (RegisterStreamConsumer).`);
      const sent = await calls.mutate(registerStreamConsumer(streamArn, c.name), {
        // In use: registered meanwhile by another run, or still DELETING; the next round looks again.
        tolerate: ['in-use'],
        tookEffect: async () => (await describeConsumer(ctx, streamArn, c.name)) !== undefined,
      });
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
    // Policies only once no declared consumer is CREATING, so that a consumer's policy has its ARN.
    if (registers.length === 0 && plan.creating.length === 0) {
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
