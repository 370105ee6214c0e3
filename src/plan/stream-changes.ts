// Compares the declared settings with the stream as it is, and orders the changes that remove the
// differences (mode, warm throughput, record distribution, shards, retention, encryption, metrics, record size, tags). Pure.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { ALL_METRICS, DEFAULT_RECORD_DISTRIBUTION, MAX_SCALINGS_PER_DAY, MAX_TAGS, TAGS_PER_CALL } from '../model/kinesis.js';
import type { Change, DriftItem, Plan, Value } from '../model/plan.js';
import type { RecordDistribution, StreamMode } from '../model/kinesis.js';
import type { DeclaredSettings, Encryption } from '../model/spec.js';

/** UNIFORM_SCALING targets from `from` to `to`: each at most double and at least half the previous. */
export function shardSteps(from: number, to: number): number[] {
  const steps: number[] = [];
  let c = Math.max(1, from);
  while (c !== to) {
    c = to > c ? Math.min(to, c * 2) : Math.max(to, Math.ceil(c / 2));
    steps.push(c);
  }
  return steps;
}

export function currentMetrics(stream: StreamDescriptionSummary): string[] {
  const names = new Set((stream.EnhancedMonitoring ?? []).flatMap((m) => m.ShardLevelMetrics ?? []));
  return names.has('ALL') ? [...ALL_METRICS] : ALL_METRICS.filter((m) => names.has(m));
}

/**
 * The strategy an ON_DEMAND stream uses: AWS reports it only for ON_DEMAND streams, and an endpoint that
 * does not report it at all (older emulators) has the default. A provisioned stream has none (null).
 */
export function recordDistributionOf(stream: StreamDescriptionSummary): RecordDistribution | null {
  if ((stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED') !== 'ON_DEMAND') return null;
  return stream.RecordDistributionStrategy ?? DEFAULT_RECORD_DISTRIBUTION;
}

/** Key references compare equal by their last part: "alias/x" matches "arn:…:alias/x", "<id>" matches "arn:…:key/<id>". */
export function sameKmsKey(a: string | undefined, b: string): boolean {
  const norm = (k: string): string => k.replace(/^arn:aws[a-z-]*:kms:[^:]*:[^:]*:/, '').replace(/^key\//, '');
  return a !== undefined && norm(a) === norm(b);
}

/** "NONE" or "KMS <key>": how encryption reads in drift rows, the summary and the plan. */
export function showEncryption(e: Encryption): string {
  return e.type === 'NONE' ? 'NONE' : `KMS ${e.keyId}`;
}

const list = (m: string[]): string => (m.length === 0 ? 'NONE' : m.length === ALL_METRICS.length ? 'ALL' : m.join(','));

/** Compares only the declared settings (and only the declared tag keys) with the current stream. */
export function planChanges(spec: DeclaredSettings, stream: StreamDescriptionSummary, currentTags?: Record<string, string>): Plan {
  const drift: DriftItem[] = [];
  const changes: Change[] = [];

  const mode = stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
  let modeAfter: StreamMode = mode;
  if (spec.streamMode && spec.streamMode !== mode) {
    drift.push({ setting: 'stream-mode', current: mode, desired: spec.streamMode, action: `UpdateStreamMode to ${spec.streamMode}` });
    changes.push({ op: 'UpdateStreamMode', mode: spec.streamMode });
    modeAfter = spec.streamMode;
  }

  // The target, not the current value: CurrentMiBps climbs to it while the stream warms, which is not drift.
  const warm = stream.WarmThroughput?.TargetMiBps;
  if (spec.warmThroughputMiBps !== undefined && spec.warmThroughputMiBps !== warm) {
    const item: DriftItem = {
      setting: 'warm-throughput-mibps',
      current: warm ?? null,
      desired: spec.warmThroughputMiBps,
      action: 'UpdateStreamWarmThroughput',
    };
    if (modeAfter !== 'ON_DEMAND') {
      item.action = 'none';
      item.blocked = 'warm throughput is for ON_DEMAND streams; add stream-mode: ON_DEMAND';
    } else {
      changes.push({ op: 'UpdateStreamWarmThroughput', mibps: spec.warmThroughputMiBps });
    }
    drift.push(item);
  }

  // Compared once the stream is (or is about to be) ON_DEMAND; AWS refuses it on a provisioned stream.
  const placement = modeAfter === mode ? recordDistributionOf(stream) : modeAfter === 'ON_DEMAND' ? DEFAULT_RECORD_DISTRIBUTION : null;
  if (spec.recordDistribution !== undefined && spec.recordDistribution !== placement) {
    const item: DriftItem = {
      setting: 'record-distribution',
      current: placement,
      desired: spec.recordDistribution,
      action: 'UpdateStreamRecordDistributionStrategy',
    };
    if (modeAfter !== 'ON_DEMAND') {
      item.action = 'none';
      item.blocked = 'record distribution is for ON_DEMAND streams; add stream-mode: ON_DEMAND';
    } else {
      changes.push({ op: 'UpdateStreamRecordDistributionStrategy', strategy: spec.recordDistribution });
    }
    drift.push(item);
  }

  const open = stream.OpenShardCount ?? 0;
  if (spec.shardCount !== undefined && spec.shardCount !== open) {
    const item: DriftItem = { setting: 'shard-count', current: open, desired: spec.shardCount, action: '' };
    if (modeAfter === 'ON_DEMAND') {
      item.action = 'none';
      item.blocked = 'the stream is ON_DEMAND, which manages its own shards; add stream-mode: PROVISIONED to switch it and set its shard count';
    } else {
      const steps = shardSteps(open, spec.shardCount);
      item.action = `UpdateShardCount ${[open, ...steps].join(' → ')}`;
      if (steps.length > MAX_SCALINGS_PER_DAY) {
        item.blocked =
          `${open} → ${spec.shardCount} needs ${steps.length} UpdateShardCount steps (each at most doubles or halves); AWS allows ` +
          `${MAX_SCALINGS_PER_DAY} per 24 h`;
      } else {
        for (const target of steps) changes.push({ op: 'UpdateShardCount', target });
      }
    }
    drift.push(item);
  }

  const retention = stream.RetentionPeriodHours ?? 24;
  if (spec.retentionHours !== undefined && spec.retentionHours !== retention) {
    const op = spec.retentionHours > retention ? 'IncreaseStreamRetentionPeriod' : 'DecreaseStreamRetentionPeriod';
    drift.push({ setting: 'retention-hours', current: retention, desired: spec.retentionHours, action: op });
    changes.push({ op, hours: spec.retentionHours, from: retention });
  }

  if (spec.encryption) {
    const cur: Encryption = stream.EncryptionType === 'KMS' ? { type: 'KMS', keyId: stream.KeyId ?? '' } : { type: 'NONE' };
    const want = spec.encryption;
    const same = cur.type === want.type && (want.type === 'NONE' || sameKmsKey((cur as { keyId: string }).keyId, want.keyId));
    if (!same) {
      const change: Change =
        want.type === 'KMS' ? { op: 'StartStreamEncryption', keyId: want.keyId } : { op: 'StopStreamEncryption', keyId: (cur as { keyId: string }).keyId };
      const item: DriftItem = { setting: 'encryption', current: showEncryption(cur), desired: showEncryption(want), action: change.op };
      if (change.op === 'StopStreamEncryption' && !change.keyId) {
        // StopStreamEncryption needs the key in use; without it AWS would refuse the call.
        item.blocked = 'the stream does not say which KMS key it uses (KeyId is empty), and StopStreamEncryption needs it';
      } else {
        changes.push(change);
      }
      drift.push(item);
    }
  }

  if (spec.shardLevelMetrics) {
    const cur = currentMetrics(stream);
    const enable = spec.shardLevelMetrics.filter((m) => !cur.includes(m));
    const disable = cur.filter((m) => !spec.shardLevelMetrics!.includes(m));
    if (enable.length || disable.length) {
      const ops: Change[] = [];
      if (enable.length) ops.push({ op: 'EnableEnhancedMonitoring', metrics: enable });
      if (disable.length) ops.push({ op: 'DisableEnhancedMonitoring', metrics: disable });
      drift.push({
        setting: 'shard-level-metrics',
        current: list(cur),
        desired: list(spec.shardLevelMetrics),
        action: ops.map((o) => `${o.op} ${(o as { metrics: string[] }).metrics.join(',')}`).join('; '),
      });
      changes.push(...ops);
    }
  }

  const maxRecord = stream.MaxRecordSizeInKiB ?? 1024;
  if (spec.maxRecordSizeKiB !== undefined && spec.maxRecordSizeKiB !== maxRecord) {
    drift.push({ setting: 'max-record-size-kib', current: maxRecord, desired: spec.maxRecordSizeKiB, action: 'UpdateMaxRecordSize' });
    changes.push({ op: 'UpdateMaxRecordSize', kib: spec.maxRecordSizeKiB });
  }

  if (spec.tags) {
    const add: Record<string, string> = Object.create(null);
    const has = (key: string): boolean => currentTags !== undefined && Object.prototype.hasOwnProperty.call(currentTags, key);
    // New keys count toward the stream's 50 tags with the ones it has (aws: tags do not count).
    const held = Object.keys(currentTags ?? {}).filter((k) => !/^aws:/i.test(k)).length;
    const newKeys = Object.keys(spec.tags).filter((k) => !has(k)).length;
    const full = currentTags !== undefined && held + newKeys > MAX_TAGS;
    for (const [key, value] of Object.entries(spec.tags)) {
      const cur = has(key) ? currentTags![key] : undefined;
      if (cur === value) continue;
      const item: DriftItem = { setting: `tags.${key}`, current: cur ?? null, desired: value, action: 'AddTagsToStream' };
      if (full && cur === undefined) {
        item.action = 'none';
        item.blocked = `the stream has ${held} tags and ${newKeys} new ones would pass the limit of ${MAX_TAGS}; remove tags from the stream or the workflow`;
      } else {
        add[key] = value;
      }
      drift.push(item);
    }
    const keys = Object.keys(add);
    for (let i = 0; i < keys.length; i += TAGS_PER_CALL) {
      changes.push({ op: 'AddTagsToStream', tags: Object.fromEntries(keys.slice(i, i + TAGS_PER_CALL).map((k) => [k, add[k]])) });
    }
  }

  return { drift, changes };
}

/** One line per difference, for warnings, failures and logs. */
export function driftLine(d: DriftItem): string {
  const fmt = (v: Value): string => (v === null ? 'unset' : String(v));
  return `${d.setting}: current ${fmt(d.current)}, declared ${fmt(d.desired)}${d.blocked ? ` (cannot be applied: ${d.blocked})` : ''}`;
}

/**
 * Rough time a change keeps the stream UPDATING on AWS, for the up-front budget check. AWS documents
 * resharding and mode switches as taking "a few minutes" and encryption changes as seconds to a minute;
 * these are deliberately on the slow side, because a warning is cheap and a timeout mid-rescale is not.
 */
const EXPECTED_MS: Record<Change['op'], number> = {
  UpdateStreamMode: 120_000,
  UpdateShardCount: 120_000,
  UpdateStreamWarmThroughput: 60_000,
  // AWS: "takes effect immediately without downtime".
  UpdateStreamRecordDistributionStrategy: 5_000,
  IncreaseStreamRetentionPeriod: 10_000,
  DecreaseStreamRetentionPeriod: 10_000,
  StartStreamEncryption: 30_000,
  StopStreamEncryption: 30_000,
  EnableEnhancedMonitoring: 10_000,
  DisableEnhancedMonitoring: 10_000,
  UpdateMaxRecordSize: 30_000,
  AddTagsToStream: 0,
};

/** Rough total time the changes take on AWS, one after the other. */
export function expectedMs(changes: Change[]): number {
  return changes.reduce((sum, c) => sum + EXPECTED_MS[c.op], 0);
}

/** How a change reads in the log: "scaling 2 → 4 shards", "retention 24 h → 72 h". */
export function describeChange(c: Change, stream: StreamDescriptionSummary): string {
  switch (c.op) {
    case 'UpdateStreamMode':
      return `switching mode ${stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED'} → ${c.mode}`;
    case 'UpdateShardCount':
      return `scaling ${stream.OpenShardCount} → ${c.target} shards`;
    case 'UpdateStreamWarmThroughput':
      return `warm throughput ${stream.WarmThroughput?.TargetMiBps ?? 'unset'} → ${c.mibps} MiB/s`;
    case 'UpdateStreamRecordDistributionStrategy':
      return `record distribution ${recordDistributionOf(stream) ?? 'unset'} → ${c.strategy}`;
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
