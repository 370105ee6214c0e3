// Carries out planned changes one by one, in order, waiting for ACTIVE after each one that puts the
// stream in UPDATING, all inside the run's deadline.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { changeStream } from '../aws/operations.js';
import type { Change } from '../model/plan.js';
import type { DeclaredSettings } from '../model/spec.js';
import { describeChange, driftLine, expectedMs, planChanges } from '../plan/stream-changes.js';
import type { Sent } from '../runtime/caller.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';
import { confirmUsable } from './ensure.js';
import { count } from '../shared/show.js';

/**
 * Brings the stream to the declared settings one change at a time, re-planning from the stream as it
 * is after each one: a change another run made meanwhile is not made twice, and a stream that turned
 * busy (ResourceInUse) is waited out and looked at again rather than sent the same call blindly.
 */
export async function converge(
  ctx: RunContext,
  stream: StreamDescriptionSummary,
  spec: DeclaredSettings,
  tags?: Record<string, string>,
): Promise<{ stream: StreamDescriptionSummary; applied: Change[] }> {
  const { log, stream: watch } = ctx;
  const name = ctx.spec.streamName;
  let current = stream;
  let currentTags = tags;
  const applied: Change[] = [];
  const first = planChanges(spec, current, currentTags).changes;
  const limit = first.length + 3;
  warnIfTooLong(ctx, first);
  for (let round = 0; ; round++) {
    const { changes, drift } = planChanges(spec, current, currentTags);
    const change = changes[0];
    if (!change) {
      // A change it waited on (not tagging, which leaves the stream ACTIVE): the data plane must know the stream again.
      if (applied.some((c) => c.op !== 'AddTagsToStream')) await confirmUsable(ctx);
      return { stream: current, applied };
    }
    if (round >= limit) {
      throw new ActionError(
        `Stream "${name}" did not take the declared settings after ${count(applied.length, 'change')}: ${drift.map(driftLine).join('; ')}. ` +
          'Something else may be changing it.',
      );
    }
    log.info(`Stream "${name}", step ${applied.length + 1} of ${applied.length + changes.length}: ${describeChange(change, current)} (${change.op}).`);
    if (change.op === 'DecreaseStreamRetentionPeriod') {
      log.warning(`Lowering retention of stream "${name}" from ${change.from} h to ${change.hours} h: records older than ${change.hours} h become unreadable.`);
    }
    const sent = await send(ctx, change, async () => {
      // The answer was lost: the change took effect if the stream is busy or no longer needs it.
      const now = await watch.describe('now');
      if (!now || now.StreamStatus !== 'ACTIVE') return true;
      const key = JSON.stringify(change);
      return !planChanges(spec, now, currentTags).changes.some((c) => JSON.stringify(c) === key);
    });
    if (sent.kind === 'refused') {
      // ResourceInUse: not ACTIVE (yet); wait, then re-plan from what the stream is then.
      watch.restartWait(`become ACTIVE before ${change.op}`);
      current = await watch.untilActive();
      continue;
    }
    applied.push(change);
    if (change.op === 'AddTagsToStream') {
      // Tagging leaves the stream ACTIVE: no need to look again.
      currentTags = { ...currentTags, ...change.tags };
    } else {
      watch.restartWait(`become ACTIVE after ${change.op}`);
      current = await watch.untilActive();
    }
  }
}

/** Before a change that cannot fit in what is left of timeout-seconds: say so up front, with the input to raise. */
function warnIfTooLong(ctx: RunContext, changes: Change[]): void {
  const { spec } = ctx;
  // The estimates are AWS's; an emulator (endpoint-url) takes the time it is configured to take.
  if (spec.endpointUrl) return;
  const needS = Math.ceil(expectedMs(changes) / 1000);
  const left = ctx.budget.secondsLeft();
  if (needS <= left) return;
  const scalings = changes.filter((c) => c.op === 'UpdateShardCount').length;
  const others = changes.length - scalings;
  const what =
    scalings > 1
      ? `${scalings} UpdateShardCount steps (each at most doubles or halves)${others ? ` and ${count(others, 'other change')}` : ''}`
      : count(changes.length, 'change');
  const suggest = Math.ceil((spec.timeoutSeconds - left + needS * 1.5) / 60) * 60;
  ctx.log.warning(
    `Stream "${spec.streamName}": ${what} can take about ${Math.ceil(needS / 60)} min on AWS, ` +
      `more than the ${left} s left of "timeout-seconds" (${spec.timeoutSeconds}). ` +
      `Each step that starts is finished by AWS even if this run times out; raise "timeout-seconds" to about ${suggest} to see them through.`,
  );
}

/** Sends one change, addressed by ARN; 'refused' when the stream was busy (not ACTIVE). */
function send(ctx: RunContext, c: Change, tookEffect: () => Promise<boolean>): Promise<Sent<unknown>> {
  // Tagging is idempotent and invisible to DescribeStreamSummary: resending it is the check.
  return ctx.calls.mutate(changeStream(c, ctx.stream.currentRef, ctx.stream.knownArn), {
    tolerate: ['in-use'],
    tookEffect: c.op === 'AddTagsToStream' ? undefined : tookEffect,
  });
}
