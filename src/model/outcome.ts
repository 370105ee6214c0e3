// What a run did, as handed to the report stage.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
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
  /** Set when the run must fail after reporting (e.g. on-drift: fail). */
  failure?: string;
}

export function outcome(happened: Happened, fields: Partial<RunOutcome> = {}): RunOutcome {
  return { happened, created: false, changed: false, deleted: false, drift: [], rows: [], ...fields };
}
