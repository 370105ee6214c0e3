// The tags the action itself reads or writes on a stream, and the rule that makes a value fit a tag.

/**
 * Tag the action puts on a stream it creates while settings that CreateStream cannot take
 * (retention, encryption, metrics) are still to be applied; removed once they are. A later run that
 * finds it finishes the creation the workflow declared, whatever on-drift says.
 */
export const PENDING_TAG = 'ensure-kinesis-data-stream:pending';

/** The provenance tag that says which repository created a stream (inputs/provenance.ts). */
export const OWNER_TAG = 'github:repository';

const NOT_ALLOWED = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;

/** Makes a value fit AWS tag rules: allowed characters only, at most 256 characters. */
export function tagValue(value: string): string {
  return value.replace(NOT_ALLOWED, '_').slice(0, 256);
}

/** When a stream made with time-to-live is done with: ISO 8601 UTC to the second. A sweep deletes it after that. */
export const EXPIRES_TAG = 'ensure-kinesis-data-stream:expires-at';

/** The pull request a stream was made for (provenance in a pull_request run): a sweep deletes it once the PR is closed. */
export const PR_TAG = 'github:pull-request';

/**
 * delete-at-job-end: a mark unique to the step, put in CreateStream's tags, so that its post step can
 * tell its own stream from one another job created under the name when the main step never saw it.
 * It goes with the stream at job end.
 */
export const JOB_TAG = 'ensure-kinesis-data-stream:job';
