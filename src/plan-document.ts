// The reviewable plan: what a run saw (the stream's identity, status and the current value of every
// declared setting), the inputs it was given, and the changes it would make, with a fingerprint of the
// first two. A dry run hands it on as the `plan` output; a gated apply job passes it back as
// `expected-plan` and changes nothing unless its own plan, made from the live stream, is the same.
// Pure: no I/O. The fingerprint is a SHA-256 of canonical JSON (sorted keys), so the same state and
// inputs give the same fingerprint on any runner, whatever order AWS listed tags or metrics in.
import { createHash } from 'node:crypto';
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { DeclaredSettings, DesiredSpec } from './desired-spec.js';
import { currentMetrics, showEncryption, type DriftItem, type Value } from './plan.js';
import { canonicalJson } from './canonical-json.js';
import { policyDigest } from './resource-policy.js';
import { show } from './show.js';

export const PLAN_FORMAT = 'ensure-kinesis-data-stream/plan@1';

/** The stream as the plan saw it. Settings hold current values, only for what the inputs declare. */
export interface Observed {
  /** null: the stream did not exist. */
  arn: string | null;
  /** StreamCreationTimestamp (ISO 8601): a stream deleted and created again under the same name differs. */
  created: string | null;
  /** ACTIVE, or ABSENT. */
  status: string;
  settings: Record<string, Value>;
}

/** The inputs that decide what a run does (not dry-run, timeout or where to comment). */
export type PlanInputs = Record<string, Value>;

export interface PlanDocument {
  format: typeof PLAN_FORMAT;
  stream: string;
  region: string;
  /** In the order a run applies them: what the summary table and the `drift` output show. */
  changes: DriftItem[];
  observed: Observed;
  inputs: PlanInputs;
  /** sha256:<hex> of {format, stream, region, observed, inputs}. */
  fingerprint: string;
}

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
  for (const name of spec.consumers ?? []) out[`consumers.${name}`] = 'ACTIVE';
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
    ...declaredValues(spec),
  };
}

/**
 * The current value of each declared setting, with AWS's defaults filled in (a stream that does not
 * report its retention has 24 h), so that "unset" and "default" give the same fingerprint. `extra`
 * carries what else the decision read (tags such as the pending mark or the owner, consumer count).
 */
export function observe(
  spec: DeclaredSettings,
  stream: StreamDescriptionSummary | undefined,
  tags?: Record<string, string>,
  extra: Record<string, Value> = {},
): Observed {
  if (!stream?.StreamStatus) return { arn: null, created: null, status: 'ABSENT', settings: {} };
  const settings: Record<string, Value> = {};
  const declared = declaredValues(spec);
  for (const name of Object.keys(declared)) {
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
    default:
      return null;
  }
}

/** Sorted, so that the order a workflow or AWS lists metrics in does not matter. */
const metricsText = (m: readonly string[]): string => (m.length === 0 ? 'NONE' : [...m].sort().join(','));

export function makePlan(spec: DesiredSpec, observed: Observed, changes: DriftItem[]): PlanDocument {
  const body = { format: PLAN_FORMAT, stream: spec.streamName, region: spec.region, observed, inputs: planInputs(spec) } as const;
  return { ...body, changes: changes.map(cleanRow), fingerprint: fingerprintOf(body) };
}

function cleanRow(d: DriftItem): DriftItem {
  const row: DriftItem = { setting: d.setting, current: d.current, desired: d.desired, action: d.action };
  if (d.blocked) row.blocked = d.blocked;
  return row;
}

export function fingerprintOf(body: Pick<PlanDocument, 'format' | 'stream' | 'region' | 'observed' | 'inputs'>): string {
  const { format, stream, region, observed, inputs } = body;
  return `sha256:${createHash('sha256').update(canonicalJson({ format, stream, region, observed, inputs })).digest('hex')}`;
}

/** The `plan` output: compact, keys in a fixed order (canonical), one line. */
export function planJson(plan: PlanDocument): string {
  return canonicalJson(plan);
}

/** The first 12 hex digits, for people (summary, PR comment, log lines). */
export const shortFingerprint = (f: string): string => f.replace(/^sha256:/, '').slice(0, 12);

const isValue = (v: unknown): v is Value => v === null || typeof v === 'string' || typeof v === 'number';
const isRecordOf = (v: unknown, ok: (x: unknown) => boolean): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(ok);
const isRow = (v: unknown): v is DriftItem =>
  isRecordOf(v, isValue) && typeof v.setting === 'string' && typeof v.action === 'string' && 'current' in v && 'desired' in v;

/**
 * The `expected-plan` input: a plan this action made, unchanged since (its fingerprint must match its
 * content: a plan edited by hand, or cut short by a copy, is refused rather than half-trusted).
 */
export function parsePlan(text: string): { plan: PlanDocument } | { problem: string } {
  let doc: unknown;
  try {
    // Null-prototype objects: a key such as "__proto__" in a tag name stays data.
    doc = JSON.parse(text, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v));
  } catch {
    return { problem: 'it is not JSON; pass the `plan` output of the dry-run step unchanged, e.g. ${{ needs.plan.outputs.plan }}' };
  }
  const d = doc as Partial<PlanDocument> | null;
  if (d === null || typeof d !== 'object' || d.format !== PLAN_FORMAT) {
    return { problem: `it is not a plan made by this action (no "format": "${PLAN_FORMAT}"); pass the \`plan\` output of the dry-run step unchanged` };
  }
  const o = d.observed;
  const shapeOk =
    typeof d.stream === 'string' &&
    typeof d.region === 'string' &&
    typeof d.fingerprint === 'string' &&
    Array.isArray(d.changes) &&
    d.changes.every(isRow) &&
    isRecordOf(d.inputs, isValue) &&
    o !== null &&
    typeof o === 'object' &&
    isValue(o.arn) &&
    isValue(o.created) &&
    typeof o.status === 'string' &&
    isRecordOf(o.settings, isValue);
  if (!shapeOk) return { problem: 'it is a plan of this action with missing or malformed fields; pass the `plan` output unchanged' };
  const plan = d as PlanDocument;
  if (fingerprintOf(plan) !== plan.fingerprint) {
    return { problem: 'its fingerprint does not match its content: it was changed after the dry run made it; pass the `plan` output unchanged' };
  }
  return { plan };
}

/** A value for a message; undefined: the run could not read it (e.g. tags without kinesis:ListTagsForStream). */
const fmt = (v: Value | undefined): string => (v === undefined ? 'not read' : v === null ? 'unset' : typeof v === 'number' ? String(v) : show(v));

/** Differences between the reviewed plan's inputs and this step's, one phrase each ([] when equal). */
export function inputDifferences(reviewed: PlanDocument, spec: DesiredSpec): string[] {
  const out: string[] = [];
  if (reviewed.stream !== spec.streamName) out.push(`stream-name is ${show(spec.streamName)} here, ${show(reviewed.stream)} in the reviewed plan`);
  if (reviewed.region !== spec.region) out.push(`region is ${spec.region} here, ${show(reviewed.region)} in the reviewed plan`);
  const mine = planInputs(spec);
  for (const name of unionKeys(reviewed.inputs, mine)) {
    if (mine[name] !== reviewed.inputs[name])
      out.push(`${name} is ${fmt(mine[name] ?? null)} here, ${fmt(reviewed.inputs[name] ?? null)} in the reviewed plan`);
  }
  return out;
}

/** What moved since the review, one phrase each ([] when the live plan is the reviewed one). */
export function planDifferences(reviewed: PlanDocument, live: PlanDocument): string[] {
  const was = reviewed.observed;
  const now = live.observed;
  const out: string[] = [];
  if (was.arn === null && now.arn !== null) {
    out.push(`the stream exists now (${now.status}), it did not when the plan was reviewed`);
  } else if (was.arn !== null && now.arn === null) {
    out.push(`the stream does not exist now, it was ${was.status} when the plan was reviewed`);
  } else if (was.arn !== now.arn || was.created !== now.created) {
    out.push(`the stream was deleted and created again since the review (created ${now.created ?? 'unknown'} now, ${was.created ?? 'unknown'} then)`);
  } else {
    if (was.status !== now.status) out.push(`status is ${now.status} now, was ${was.status} when the plan was reviewed`);
    for (const name of unionKeys(was.settings, now.settings)) {
      if (was.settings[name] !== now.settings[name]) {
        out.push(`${name} is ${fmt(now.settings[name])} now, was ${fmt(was.settings[name])} when the plan was reviewed`);
      }
    }
  }
  if (out.length === 0 && live.fingerprint !== reviewed.fingerprint) out.push('the state fingerprint differs');
  if (out.length === 0 && canonicalJson(live.changes) !== canonicalJson(reviewed.changes)) {
    const list = (c: DriftItem[]): string => (c.length ? c.map((r) => `${r.setting}: ${r.action}`).join(', ') : 'none');
    out.push(
      `the changes differ (reviewed: ${list(reviewed.changes)}; now: ${list(live.changes)}), although the stream did not: was the plan made by another version of the action, or by a role with other permissions (kms:DescribeKey, kinesis:ListTagsForStream)`,
    );
  }
  return out;
}

const unionKeys = (a: Record<string, unknown>, b: Record<string, unknown>): string[] => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
