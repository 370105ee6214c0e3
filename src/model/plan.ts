// The words of a plan: a change to make, a difference to show, and the reviewable plan document.
// Types only; plan/ computes them, stages/ carry them out, report/ shows them.
import type { RecordDistribution, StreamMode } from './kinesis.js';

/** One call that brings a stream setting to its declared value. */
export type Change =
  | { op: 'UpdateStreamMode'; mode: StreamMode }
  | { op: 'UpdateShardCount'; target: number }
  | { op: 'UpdateStreamWarmThroughput'; mibps: number }
  | { op: 'UpdateStreamRecordDistributionStrategy'; strategy: RecordDistribution }
  | { op: 'IncreaseStreamRetentionPeriod' | 'DecreaseStreamRetentionPeriod'; hours: number; from: number }
  | { op: 'StartStreamEncryption'; keyId: string }
  | { op: 'StopStreamEncryption'; keyId: string }
  | { op: 'EnableEnhancedMonitoring' | 'DisableEnhancedMonitoring'; metrics: string[] }
  | { op: 'UpdateMaxRecordSize'; kib: number }
  | { op: 'AddTagsToStream'; tags: Record<string, string> };

export type Value = string | number | null;

/** A difference between a declared setting and the stream: a row of the summary and the `drift` output. */
export interface DriftItem {
  /** The input's name, or tags.<key>. */
  setting: string;
  current: Value;
  desired: Value;
  /** What `on-drift: update` does about it, for logs and the summary. */
  action: string;
  /** Why it cannot be applied (then nothing is applied under `update`). */
  blocked?: string;
}

export interface Plan {
  drift: DriftItem[];
  /** In the order they must run: mode, warm throughput, record distribution, shards, retention, encryption, metrics, record size, tags. */
  changes: Change[];
}

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
  /**
   * The account a missing stream would be created in (an existing one's ARN names it already): from
   * sts:GetCallerIdentity; null when it was asked and could not be told; absent when not asked (an
   * emulator's endpoint, or a run that is neither a dry run nor an apply of a reviewed plan).
   */
  account?: string | null;
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
