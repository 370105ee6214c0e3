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
  type MetricsName,
  type StreamDescriptionSummary,
} from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import type { DeclaredSettings } from './desired-spec.js';
import { driftLine, planChanges, type Change } from './plan.js';
import type { Session } from './session.js';

export function describeChange(c: Change, stream: StreamDescriptionSummary): string {
  switch (c.op) {
    case 'UpdateStreamMode':
      return `switching mode ${stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED'} → ${c.mode}`;
    case 'UpdateShardCount':
      return `scaling ${stream.OpenShardCount} → ${c.target} shards`;
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
      return `tagging ${Object.entries(c.tags).map(([k, v]) => `${k}=${v}`).join(', ')}`;
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
  const limit = planChanges(spec, current, currentTags).changes.length + 3;
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
    const sent = await send(session, change, current);
    if (sent === undefined) {
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

/** Sends one change; undefined when the stream was busy (not ACTIVE), so the caller looks again. */
function send(session: Session, c: Change, stream: StreamDescriptionSummary): Promise<unknown> {
  const { client } = session.gateway;
  const StreamName = session.name;
  const StreamARN = stream.StreamARN;
  const call = <T>(fn: (abortSignal: AbortSignal) => Promise<T>): Promise<unknown> =>
    session.call(c.op, fn, { mutation: true, tolerate: ['in-use'] });
  switch (c.op) {
    case 'UpdateStreamMode':
      return call((abortSignal) => client.send(new UpdateStreamModeCommand({ StreamARN, StreamModeDetails: { StreamMode: c.mode } }), { abortSignal }));
    case 'UpdateShardCount':
      return call((abortSignal) =>
        client.send(new UpdateShardCountCommand({ StreamName, TargetShardCount: c.target, ScalingType: 'UNIFORM_SCALING' }), { abortSignal }),
      );
    case 'IncreaseStreamRetentionPeriod':
      return call((abortSignal) => client.send(new IncreaseStreamRetentionPeriodCommand({ StreamName, RetentionPeriodHours: c.hours }), { abortSignal }));
    case 'DecreaseStreamRetentionPeriod':
      return call((abortSignal) => client.send(new DecreaseStreamRetentionPeriodCommand({ StreamName, RetentionPeriodHours: c.hours }), { abortSignal }));
    case 'StartStreamEncryption':
      return call((abortSignal) => client.send(new StartStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: c.keyId }), { abortSignal }));
    case 'StopStreamEncryption':
      return call((abortSignal) => client.send(new StopStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: c.keyId }), { abortSignal }));
    case 'EnableEnhancedMonitoring':
      return call((abortSignal) => client.send(new EnableEnhancedMonitoringCommand({ StreamName, ShardLevelMetrics: c.metrics as MetricsName[] }), { abortSignal }));
    case 'DisableEnhancedMonitoring':
      return call((abortSignal) => client.send(new DisableEnhancedMonitoringCommand({ StreamName, ShardLevelMetrics: c.metrics as MetricsName[] }), { abortSignal }));
    case 'UpdateMaxRecordSize':
      return call((abortSignal) => client.send(new UpdateMaxRecordSizeCommand({ StreamARN, MaxRecordSizeInKiB: c.kib }), { abortSignal }));
    case 'AddTagsToStream':
      return call((abortSignal) => client.send(new AddTagsToStreamCommand({ StreamName, Tags: c.tags }), { abortSignal }));
  }
}
