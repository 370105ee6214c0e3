// What a run did, as handed to the report stage.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { SweepRow } from './lifetime.js';
import type { DriftItem } from './plan.js';

export type Happened =
  | 'found'
  | 'created'
  | 'adopted'
  | 'updated'
  | 'drift reported'
  | 'dry run'
  | 'deleted'
  | 'already absent'
  /** A post step that found a stream this job did not create (adopted, or made anew by someone): left alone. */
  | 'kept'
  /** Stopped by an error; the fields hold what was known then. */
  | 'failed';

export interface RunOutcome {
  happened: Happened;
  /** The stream as last seen; undefined when it does not exist (absent, or a dry run's creation). */
  stream?: StreamDescriptionSummary;
  created: boolean;
  changed: boolean;
  deleted: boolean;
  /** Differences from the declared settings (the `drift` output). */
  drift: DriftItem[];
  /** Rows of the summary table: the drift, or the settings applied at creation. */
  rows: DriftItem[];
  /** The consumer-arns output: declared consumer → ARN (null: not registered); undefined when none declared. */
  consumerArns?: Record<string, string | null>;
  /** The API calls the plan makes (a plan, a drift report) or made (an apply), in order: one per step. */
  steps?: string[];
  /** A teardown: what goes with the stream (the summary says so at the top). */
  deletion?: Deletion;
  /** The stream could not be read (e.g. access denied): its status is UNKNOWN, not ABSENT. */
  unread?: boolean;
  /** Set when the run must fail after reporting (e.g. on-drift: fail). */
  failure?: string;
  /** A sweep (stream-name pattern): every matching stream, with its verdict. */
  sweep?: SweepRow[];
}

/** What a deletion loses: the records (kept for `retentionHours`) and the consumers deregistered with it. */
export interface Deletion {
  retentionHours?: number;
  consumers: number;
  /** Their names, when the run could list them. */
  consumerNames?: string[];
  /** The channels (delivery to S3) deleted before it: their names, or their number when they could not be listed. */
  channels?: { count: number; names?: string[] };
}

export function outcome(happened: Happened, fields: Partial<RunOutcome> = {}): RunOutcome {
  return { happened, created: false, changed: false, deleted: false, drift: [], rows: [], ...fields };
}
