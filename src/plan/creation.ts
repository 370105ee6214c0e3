// What a missing stream needs: the next step of ensure, the CreateStream request, the settings that
// must follow it (and the pending mark that says so), and the rows a creation shows. Pure.
import type { CreateStreamCommandInput, StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { DriftItem } from '../model/plan.js';
import type { DeclaredSettings, DesiredSpec } from '../model/spec.js';
import { PENDING_TAG } from '../model/tags.js';
import { count } from '../shared/show.js';
import { showEncryption } from './stream-changes.js';

export type Step =
  | { kind: 'done' }
  | { kind: 'create' }
  /** CREATING, UPDATING, DELETING (or a status this version does not know): poll again later. */
  | { kind: 'wait'; status: string };

export function nextStep(stream: StreamDescriptionSummary | undefined): Step {
  if (!stream) return { kind: 'create' };
  if (stream.StreamStatus === 'ACTIVE') return { kind: 'done' };
  return { kind: 'wait', status: stream.StreamStatus ?? 'UNKNOWN' };
}

/** CreateStream for a missing stream: PROVISIONED with 1 shard unless declared otherwise. */
export function createRequest(spec: DeclaredSettings & { streamName: string }, extraTags: Record<string, string> = {}): CreateStreamCommandInput {
  const mode = spec.streamMode ?? 'PROVISIONED';
  const tags = { ...extraTags, ...spec.tags };
  return {
    StreamName: spec.streamName,
    ...(mode === 'PROVISIONED' ? { ShardCount: spec.shardCount ?? 1 } : {}),
    StreamModeDetails: { StreamMode: mode },
    ...(Object.keys(tags).length > 0 ? { Tags: tags } : {}),
    ...(spec.maxRecordSizeKiB !== undefined ? { MaxRecordSizeInKiB: spec.maxRecordSizeKiB } : {}),
    ...(mode === 'ON_DEMAND' && spec.warmThroughputMiBps !== undefined ? { WarmThroughputMiBps: spec.warmThroughputMiBps } : {}),
    ...(mode === 'ON_DEMAND' && spec.recordDistribution !== undefined ? { RecordDistributionStrategy: spec.recordDistribution } : {}),
  };
}

/** The settings that follow CreateStream (each puts the stream in UPDATING once it is ACTIVE). */
export function followUps(spec: DeclaredSettings): DeclaredSettings {
  return {
    retentionHours: spec.retentionHours,
    encryption: spec.encryption,
    shardLevelMetrics: spec.shardLevelMetrics,
    consumers: spec.consumers,
    resourcePolicy: spec.resourcePolicy,
    readerAccountIds: spec.readerAccountIds,
  };
}

/** The follow-up settings a new stream would not have by itself (the start of the PENDING_TAG value), '' if none. */
export function pendingValue(spec: DeclaredSettings): string {
  const pending: string[] = [];
  if (spec.retentionHours !== undefined && spec.retentionHours !== 24) pending.push('retention-hours');
  if (spec.encryption?.type === 'KMS') pending.push('encryption');
  if (spec.shardLevelMetrics?.length) pending.push('shard-level-metrics');
  if (spec.consumers?.length) pending.push('consumers');
  if (spec.resourcePolicy) pending.push('resource-policy');
  if (spec.readerAccountIds) pending.push('reader-account-ids');
  return pending.join(' ');
}

/**
 * A creation counts as unfinished (a re-run applies its follow-ups whatever on-drift says) only for this
 * long after it, or in a re-run of the same workflow run. Past that, a mark left behind (a run cancelled
 * after its last follow-up, a RemoveTagsFromStream denied) must not make a later change made behind the
 * action's back look like "finishing the creation": drift is drift again.
 */
export const UNFINISHED_FOR_MS = 24 * 3600_000;

/** The PENDING_TAG value: what is still to be applied, when the creation happened, and by which workflow run. */
/** A time as the mark and its warnings write it: ISO 8601 UTC to the second. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function pendingMark(spec: DeclaredSettings, at: number, runId?: string): string {
  const since = isoSeconds(at);
  return [pendingValue(spec), `since=${since}`, ...(runId && /^\d+$/.test(runId) ? [`run=${runId}`] : [])].join(' ');
}

export interface PendingMark {
  /** The settings that were still to be applied. */
  settings: string[];
  /** When the creation happened (epoch ms); undefined in a mark without a time (older versions). */
  since?: number;
  runId?: string;
}

export function parsePendingMark(value: string): PendingMark {
  const mark: PendingMark = { settings: [] };
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const since = /^since=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/.exec(word);
    const run = /^run=(\d{1,20})$/.exec(word);
    if (since) mark.since = Date.parse(since[1]);
    else if (run) mark.runId = run[1];
    else mark.settings.push(word);
  }
  return mark;
}

/** Whether a mark still means "an unfinished creation": made by this workflow run, or less than a day ago. */
export function isUnfinished(mark: PendingMark, now: number, runId?: string, streamCreated?: number): boolean {
  if (runId !== undefined && mark.runId === runId) return true;
  // A time ahead of this runner's clock by more than a few minutes is not a creation that happened.
  const age = mark.since === undefined ? NaN : now - mark.since;
  // The tag's time can be rewritten by anyone who may tag the stream; its creation time (AWS's clock)
  // cannot: an old stream is no unfinished creation, whatever its tag says.
  const young = streamCreated === undefined || now - streamCreated < UNFINISHED_FOR_MS + CLOCK_SKEW_MS;
  return young && age > -CLOCK_SKEW_MS && age < UNFINISHED_FOR_MS;
}

/** Why a mark does not count as an unfinished creation, in the words of the warning. */
export function staleReason(mark: PendingMark, now: number): string {
  if (mark.since === undefined) return 'It has no time (an older version of the action wrote it), so';
  if (mark.since - now > CLOCK_SKEW_MS) return 'Its time is in the future, so';
  return `That is more than ${UNFINISHED_FOR_MS / 3600_000} h ago (or the stream is), so`;
}

/** How far runners' clocks may disagree. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A stream created less than a day ago (or of unknown age) may carry a mark that still counts. */
export function mayCarryLiveMark(stream: StreamDescriptionSummary, now: number): boolean {
  const created = stream.StreamCreationTimestamp?.getTime();
  return created === undefined || now - created < UNFINISHED_FOR_MS + CLOCK_SKEW_MS;
}

export function describeCreate(req: CreateStreamCommandInput, declared: Record<string, string> = {}): string {
  const parts = [req.StreamModeDetails?.StreamMode === 'ON_DEMAND' ? 'ON_DEMAND' : `PROVISIONED, ${count(req.ShardCount ?? 1, 'shard')}`];
  // Declared tags and the action's own (provenance, the pending mark) apart: the plan's table shows the first.
  const keys = Object.keys(req.Tags ?? {});
  const mine = keys.filter((k) => Object.prototype.hasOwnProperty.call(declared, k)).length;
  const provenance = keys.filter((k) => k !== PENDING_TAG && !Object.prototype.hasOwnProperty.call(declared, k)).length;
  if (mine) parts.push(count(mine, 'declared tag'));
  if (provenance) parts.push(count(provenance, 'provenance tag'));
  if (req.MaxRecordSizeInKiB) parts.push(`max record ${req.MaxRecordSizeInKiB} KiB`);
  if (req.WarmThroughputMiBps) parts.push(`warm throughput ${req.WarmThroughputMiBps} MiB/s`);
  if (req.RecordDistributionStrategy) parts.push(`record distribution ${req.RecordDistributionStrategy}`);
  return parts.join(', ');
}

/**
 * The calls a creation makes: CreateStream (tags go in it), one per setting it does not take, one per
 * consumer, and one policy per resource: the stream, and with reader-account-ids each consumer too.
 */
export function creationSteps(rows: DriftItem[]): string[] {
  const steps = ['CreateStream', ...rows.filter((r) => r.action !== 'CreateStream' && r.action !== 'none' && !r.blocked).map((r) => r.action)];
  const consumers = rows.filter((r) => r.setting.startsWith('consumers.')).length;
  if (rows.some((r) => r.setting === 'reader-account-ids')) for (let i = 0; i < consumers; i++) steps.push('PutResourcePolicy');
  return steps;
}

/** What a dry run on a missing stream would create: every declared setting, current unset. */
export function creationRows(spec: DesiredSpec): DriftItem[] {
  const rows: DriftItem[] = [{ setting: 'stream', current: 'absent', desired: 'present', action: 'CreateStream' }];
  const add = (setting: string, desired: string | number | undefined, action: string): void => {
    if (desired !== undefined) rows.push({ setting, current: null, desired, action });
  };
  add('stream-mode', spec.streamMode ?? 'PROVISIONED', 'CreateStream');
  if ((spec.streamMode ?? 'PROVISIONED') === 'PROVISIONED') add('shard-count', spec.shardCount ?? 1, 'CreateStream');
  add('max-record-size-kib', spec.maxRecordSizeKiB, 'CreateStream');
  for (const [k, v] of Object.entries(spec.tags ?? {})) add(`tags.${k}`, v, 'CreateStream');
  // A new stream keeps 24 h and has no metrics: declaring those costs no call after CreateStream.
  add('retention-hours', spec.retentionHours, spec.retentionHours === 24 ? 'CreateStream' : 'IncreaseStreamRetentionPeriod');
  if (spec.encryption) add('encryption', showEncryption(spec.encryption), spec.encryption.type === 'KMS' ? 'StartStreamEncryption' : 'none');
  if (spec.shardLevelMetrics)
    add('shard-level-metrics', spec.shardLevelMetrics.join(',') || 'NONE', spec.shardLevelMetrics.length ? 'EnableEnhancedMonitoring' : 'CreateStream');
  if (spec.streamMode === 'ON_DEMAND') add('warm-throughput-mibps', spec.warmThroughputMiBps, 'CreateStream');
  if (spec.streamMode === 'ON_DEMAND') add('record-distribution', spec.recordDistribution, 'CreateStream');
  for (const name of spec.consumers ?? []) add(`consumers.${name}`, 'ACTIVE', 'RegisterStreamConsumer');
  if (spec.resourcePolicy) add('resource-policy', 'declared policy', 'PutResourcePolicy');
  if (spec.readerAccountIds) add('reader-account-ids', `read for ${spec.readerAccountIds.join(', ')}`, 'PutResourcePolicy');
  return rows;
}
