// The plan's view of a stream: the current value of every declared setting (AWS defaults filled in),
// and the inputs that decide what a run does. Both go into the plan's fingerprint. Pure.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { Observed, PlanInputs, Value } from '../model/plan.js';
import type { DeclaredSettings, DesiredSpec } from '../model/spec.js';
import { policyDigest } from './resource-policy.js';
import { currentMetrics, recordDistributionOf, showEncryption } from './stream-changes.js';

/** The declared settings as flat name → value pairs, in the form the summary shows them. */
export function declaredValues(spec: DeclaredSettings): Record<string, Value> {
  const out: Record<string, Value> = {};
  if (spec.streamMode !== undefined) out['stream-mode'] = spec.streamMode;
  if (spec.shardCount !== undefined) out['shard-count'] = spec.shardCount;
  if (spec.retentionHours !== undefined) out['retention-hours'] = spec.retentionHours;
  if (spec.encryption !== undefined) out.encryption = showEncryption(spec.encryption);
  if (spec.shardLevelMetrics !== undefined) out['shard-level-metrics'] = metricsText(spec.shardLevelMetrics);
  if (spec.maxRecordSizeKiB !== undefined) out['max-record-size-kib'] = spec.maxRecordSizeKiB;
  for (const [k, v] of Object.entries(spec.tags ?? {})) out[`tags.${k}`] = v;
  if (spec.warmThroughputMiBps !== undefined) out['warm-throughput-mibps'] = spec.warmThroughputMiBps;
  if (spec.recordDistribution !== undefined) out['record-distribution'] = spec.recordDistribution;
  for (const name of spec.consumers ?? []) out[`consumers.${name}`] = 'ACTIVE';
  // One entry for the input (the consumers' current tags are `consumer-tags.<consumer>/<key>`, from the access plan).
  if (spec.consumerTags)
    out['consumer-tags'] = Object.entries(spec.consumerTags)
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join('\n');
  if (spec.resourcePolicy !== undefined) out['resource-policy'] = policyDigest(spec.resourcePolicy, 'aws');
  if (spec.readerAccountIds !== undefined) out['reader-account-ids'] = spec.readerAccountIds.join(',');
  return out;
}

/** Everything in the step's inputs that changes what a run does to the stream. */
export function planInputs(spec: DesiredSpec): PlanInputs {
  return {
    state: spec.state,
    'on-drift': spec.onDrift,
    'provenance-tags': String(spec.provenanceTags),
    'enforce-consumer-deletion': String(spec.enforceConsumerDeletion),
    'allow-foreign-delete': String(spec.allowForeignDelete),
    // Only when set: plans made before the input existed keep their fingerprint.
    ...(spec.enforceChannelDeletion ? { 'enforce-channel-deletion': 'true' } : {}),
    ...(spec.timeToLive ? { 'time-to-live': spec.timeToLive.text } : {}),
    ...(spec.deleteAtJobEnd ? { 'delete-at-job-end': 'true' } : {}),
    ...(spec.allowedAccountIds ? { 'allowed-account-ids': spec.allowedAccountIds.join(',') } : {}),
    ...declaredValues(spec),
  };
}

/** A stream that does not exist, with the account it would be created in when that was asked. */
export function absentState(account?: string | null): Observed {
  return { arn: null, created: null, status: 'ABSENT', settings: {}, ...(account !== undefined ? { account } : {}) };
}

/**
 * The current value of each declared setting, with AWS's defaults filled in (a stream that does not
 * report its retention has 24 h), so that "unset" and "default" give the same fingerprint. `extra`
 * carries what else the decision read (tags such as the pending mark or the owner, consumer count).
 */

export function observedState(
  spec: DeclaredSettings,
  stream: StreamDescriptionSummary | undefined,
  tags?: Record<string, string>,
  extra: Record<string, Value> = {},
): Observed {
  if (!stream?.StreamStatus) return absentState();
  const settings: Record<string, Value> = {};
  const declared = declaredValues(spec);
  for (const name of Object.keys(declared)) {
    // Read by the access plan, per consumer (its `observed`, passed in `extra`).
    if (name === 'consumer-tags') continue;
    if (name.startsWith('tags.')) {
      const key = name.slice(5);
      settings[name] = tags && Object.prototype.hasOwnProperty.call(tags, key) ? tags[key] : null;
    } else {
      settings[name] = currentValue(name, stream);
    }
  }
  Object.assign(settings, extra);
  return {
    arn: stream.StreamARN ?? null,
    created: stream.StreamCreationTimestamp ? new Date(stream.StreamCreationTimestamp).toISOString() : null,
    status: stream.StreamStatus,
    settings,
  };
}

function currentValue(name: string, s: StreamDescriptionSummary): Value {
  switch (name) {
    case 'stream-mode':
      return s.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
    case 'shard-count':
      return s.OpenShardCount ?? 0;
    case 'retention-hours':
      return s.RetentionPeriodHours ?? 24;
    case 'encryption':
      return s.EncryptionType === 'KMS' ? showEncryption({ type: 'KMS', keyId: s.KeyId ?? '' }) : 'NONE';
    case 'shard-level-metrics':
      return metricsText(currentMetrics(s));
    case 'max-record-size-kib':
      return s.MaxRecordSizeInKiB ?? 1024;
    case 'warm-throughput-mibps':
      return s.WarmThroughput?.TargetMiBps ?? null;
    case 'record-distribution':
      return recordDistributionOf(s);
    default:
      return null;
  }
}

/** Sorted, so that the order a workflow or AWS lists metrics in does not matter. */
const metricsText = (m: readonly string[]): string => (m.length === 0 ? 'NONE' : [...m].sort().join(','));
