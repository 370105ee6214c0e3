// What the workflow asked for, once its inputs are parsed (inputs/spec.ts makes it). Types only.
import type { RecordDistribution, StreamMode } from './kinesis.js';
import type { PlanDocument } from './plan.js';

export type DriftPolicy = 'report' | 'update' | 'fail';
export type Encryption = { type: 'NONE' } | { type: 'KMS'; keyId: string };

/** Settings the workflow declared; an undefined one is never compared with an existing stream. */
export interface DeclaredSettings {
  streamMode?: StreamMode;
  shardCount?: number;
  retentionHours?: number;
  encryption?: Encryption;
  /** The full set of shard-level metrics wanted ([] = none). */
  shardLevelMetrics?: string[];
  maxRecordSizeKiB?: number;
  tags?: Record<string, string>;
  /** ON_DEMAND only: the warm throughput target (MiB/s). */
  warmThroughputMiBps?: number;
  /** ON_DEMAND only: how records are placed on shards. */
  recordDistribution?: RecordDistribution;
  /** Enhanced fan-out consumers, in input order (undeclared ones are left alone). */
  consumers?: string[];
  /** Tags every declared consumer carries (only these keys are compared). */
  consumerTags?: Record<string, string>;
  /** Inline resource policy for the stream (parsed JSON). */
  resourcePolicy?: Record<string, unknown>;
  /** Accounts given the standard read policy on the stream and the declared consumers. */
  readerAccountIds?: string[];
}

export interface DesiredSpec extends DeclaredSettings {
  streamName: string;
  /** Given as stream-arn: a stream to adopt (another account's, through its resource policy), never to create. */
  streamArn?: string;
  state: 'present' | 'absent';
  onDrift: DriftPolicy;
  dryRun: boolean;
  provenanceTags: boolean;
  enforceConsumerDeletion: boolean;
  /** state absent: delete the stream's channels (delivery to S3) first; AWS deletes no stream that has any. */
  enforceChannelDeletion: boolean;
  /** state absent: delete a stream whose github:repository tag names another repository. */
  allowForeignDelete: boolean;
  /** stream-name is a glob (* and ?): a sweep of the matching streams this repository is done with (state absent). */
  sweep: boolean;
  /** A sweep deletes at most this many streams per run. */
  maxDeletions: number;
  /** The post step deletes the stream this run created, when the job ends. */
  deleteAtJobEnd: boolean;
  /** time-to-live as given (e.g. "12h"), and in milliseconds. */
  timeToLive?: { text: string; ms: number };
  /** The accounts the run may change streams in (the stream's ARN, else sts:GetCallerIdentity). */
  allowedAccountIds?: string[];
  /** The reviewed plan: change nothing unless the live plan is the same. */
  expectedPlan?: PlanDocument;
  commentOnPr: boolean;
  /** Never logged or echoed (masked with core.setSecret). */
  githubToken: string;
  region: string;
  timeoutSeconds: number;
  endpointUrl?: string;
}
