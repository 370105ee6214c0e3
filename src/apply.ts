// Carries out planned changes one by one, in order, waiting for ACTIVE after each one that puts the
// stream in UPDATING, all inside the run's deadline.
import {
  AddTagsToStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  DisableEnhancedMonitoringCommand,
  EnableEnhancedMonitoringCommand,
  IncreaseStreamRetentionPeriodCommand,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  UpdateMaxRecordSizeCommand,
  UpdateShardCountCommand,
  UpdateStreamModeCommand,
  UpdateStreamWarmThroughputCommand,
  type MetricsName,
  type StreamDescriptionSummary,
} from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import type { DeclaredSettings } from './desired-spec.js';
import { driftLine, expectedMs, planChanges, type Change } from './plan.js';
import type { Sent, Session } from './session.js';

export function describeChange(c: Change, stream: StreamDescriptionSummary): string {
  switch (c.op) {
    case 'UpdateStreamMode':
      return `switching mode ${stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED'} → ${c.mode}`;
    case 'UpdateShardCount':
      return `scaling ${stream.OpenShardCount} → ${c.target} shards`;
    case 'UpdateStreamWarmThroughput':
      return `warm throughput ${stream.WarmThroughput?.TargetMiBps ?? 'unset'} → ${c.mibps} MiB/s`;
    case 'IncreaseStreamRetentionPeriod':
    case 'DecreaseStreamRetentionPeriod':
      return `retention ${c.from} h → ${c.hours} h`;
    case 'StartStreamEncryption':
      return `encrypting with KMS key ${c.keyId}`;
    case 'StopStreamEncryption':
      return 'turning encryption off';
    case 'EnableEnhancedMonitoring':
      return `enabling shard-level metrics ${c.metrics.join(', ')}`;
    case 'DisableEnhancedMonitoring':
      return `disabling shard-level metrics ${c.metrics.join(', ')}`;
    case 'UpdateMaxRecordSize':
      return `max record size ${stream.MaxRecordSizeInKiB ?? 1024} → ${c.kib} KiB`;
    case 'AddTagsToStream':
      return `tagging ${Object.entries(c.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`;
  }
}

/**
 * Brings the stream to the declared settings one change at a time, re-planning from the stream as it
 * is after each one: a change another run made meanwhile is not made twice, and a stream that turned
 * busy (ResourceInUse) is waited out and looked at again rather than sent the same call blindly.
 */
export async function converge(
  session: Session,
  stream: StreamDescriptionSummary,
  spec: DeclaredSettings,
  tags?: Record<string, string>,
): Promise<{ stream: StreamDescriptionSummary; applied: Change[] }> {
  let current = stream;
  let currentTags = tags;
  const applied: Change[] = [];
  const first = planChanges(spec, current, currentTags).changes;
  const limit = first.length + 3;
  warnIfTooLong(session, first);
  for (let round = 0; ; round++) {
    const { changes, drift } = planChanges(spec, current, currentTags);
    const change = changes[0];
    if (!change) return { stream: current, applied };
    if (round >= limit) {
      throw new ActionError(
        `Stream "${session.name}" did not take the declared settings after ${applied.length} change(s): ${drift.map(driftLine).join('; ')}. Something else may be changing it.`,
      );
    }
    session.log.info(`Stream "${session.name}" (${applied.length + 1}/${applied.length + changes.length}): ${describeChange(change, current)} (${change.op}).`);
    if (change.op === 'DecreaseStreamRetentionPeriod') {
      session.log.warning(
        `Lowering retention of stream "${session.name}" from ${change.from} h to ${change.hours} h: records older than ${change.hours} h become unreadable.`,
      );
    }
    const sent = await send(session, change, async () => {
      // The answer was lost: the change took effect if the stream is busy or no longer needs it.
      const now = await session.describe('now');
      if (!now || now.StreamStatus !== 'ACTIVE') return true;
      const key = JSON.stringify(change);
      return !planChanges(spec, now, currentTags).changes.some((c) => JSON.stringify(c) === key);
    });
    if (sent.kind === 'refused') {
      // ResourceInUse: not ACTIVE (yet); wait, then re-plan from what the stream is then.
      session.restartWait(`become ACTIVE before ${change.op}`);
      current = await session.untilActive();
      continue;
    }
    applied.push(change);
    if (change.op === 'AddTagsToStream') {
      // Tagging leaves the stream ACTIVE: no need to look again.
      currentTags = { ...currentTags, ...change.tags };
    } else {
      session.restartWait(`become ACTIVE after ${change.op}`);
      current = await session.untilActive();
    }
  }
}

/** Before a change that cannot fit in what is left of timeout-seconds: say so up front, with the input to raise. */
function warnIfTooLong(session: Session, changes: Change[]): void {
  // The estimates are AWS's; an emulator (endpoint-url) takes the time it is configured to take.
  if (session.spec.endpointUrl) return;
  const needS = Math.ceil(expectedMs(changes) / 1000);
  const left = session.secondsLeft();
  if (needS <= left) return;
  const scalings = changes.filter((c) => c.op === 'UpdateShardCount').length;
  const others = changes.length - scalings;
  const what =
    scalings > 1
      ? `${scalings} UpdateShardCount steps (each at most doubles or halves)${others ? ` and ${others} other change(s)` : ''}`
      : `${changes.length} change(s)`;
  const suggest = Math.ceil((session.spec.timeoutSeconds - left + needS * 1.5) / 60) * 60;
  session.log.warning(
    `Stream "${session.name}": ${what} can take about ${Math.ceil(needS / 60)} min on AWS, more than the ${left} s left of "timeout-seconds" (${session.spec.timeoutSeconds}). ` +
      `Each step that starts is finished by AWS even if this run times out; raise "timeout-seconds" to about ${suggest} to see them through.`,
  );
}

/** Sends one change, addressed by ARN; 'refused' when the stream was busy (not ACTIVE). */
function send(session: Session, c: Change, observe: () => Promise<boolean>): Promise<Sent<unknown>> {
  const { client } = session.gateway;
  const ref = session.ref;
  // Tagging is idempotent and invisible to DescribeStreamSummary: resending it is the check.
  const opts = { tolerate: ['in-use' as const], observe: c.op === 'AddTagsToStream' ? undefined : observe };
  const call = <T>(fn: (abortSignal: AbortSignal) => Promise<T>): Promise<Sent<unknown>> => session.mutate(c.op, fn, opts);
  switch (c.op) {
    case 'UpdateStreamMode':
      return call((abortSignal) =>
        client.send(new UpdateStreamModeCommand({ StreamARN: arnOf(session), StreamModeDetails: { StreamMode: c.mode } }), { abortSignal }),
      );
    case 'UpdateShardCount':
      return call((abortSignal) =>
        client.send(new UpdateShardCountCommand({ ...ref, TargetShardCount: c.target, ScalingType: 'UNIFORM_SCALING' }), { abortSignal }),
      );
    case 'UpdateStreamWarmThroughput':
      return call((abortSignal) => client.send(new UpdateStreamWarmThroughputCommand({ ...ref, WarmThroughputMiBps: c.mibps }), { abortSignal }));
    case 'IncreaseStreamRetentionPeriod':
      return call((abortSignal) => client.send(new IncreaseStreamRetentionPeriodCommand({ ...ref, RetentionPeriodHours: c.hours }), { abortSignal }));
    case 'DecreaseStreamRetentionPeriod':
      return call((abortSignal) => client.send(new DecreaseStreamRetentionPeriodCommand({ ...ref, RetentionPeriodHours: c.hours }), { abortSignal }));
    case 'StartStreamEncryption':
      return call((abortSignal) => client.send(new StartStreamEncryptionCommand({ ...ref, EncryptionType: 'KMS', KeyId: c.keyId }), { abortSignal }));
    case 'StopStreamEncryption':
      return call((abortSignal) => client.send(new StopStreamEncryptionCommand({ ...ref, EncryptionType: 'KMS', KeyId: c.keyId }), { abortSignal }));
    case 'EnableEnhancedMonitoring':
      return call((abortSignal) =>
        client.send(new EnableEnhancedMonitoringCommand({ ...ref, ShardLevelMetrics: c.metrics as MetricsName[] }), { abortSignal }),
      );
    case 'DisableEnhancedMonitoring':
      return call((abortSignal) =>
        client.send(new DisableEnhancedMonitoringCommand({ ...ref, ShardLevelMetrics: c.metrics as MetricsName[] }), { abortSignal }),
      );
    case 'UpdateMaxRecordSize':
      return call((abortSignal) => client.send(new UpdateMaxRecordSizeCommand({ StreamARN: arnOf(session), MaxRecordSizeInKiB: c.kib }), { abortSignal }));
    case 'AddTagsToStream':
      return call((abortSignal) => client.send(new AddTagsToStreamCommand({ ...ref, Tags: c.tags }), { abortSignal }));
  }
}

/** UpdateStreamMode and UpdateMaxRecordSize take only an ARN (the stream has been described by then). */
function arnOf(session: Session): string | undefined {
  const ref = session.ref;
  return 'StreamARN' in ref ? ref.StreamARN : undefined;
}
