// delete-at-job-end: the post step deletes the stream the main step created, and only that one. The
// main step saved what it sent (report/job-state.ts); AWS's creation time tells that stream from one
// adopted, or made anew under the same name by someone else after this job's stream was deleted.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { JobEndState } from '../model/lifetime.js';
import type { DesiredSpec } from '../model/spec.js';
import { JOB_TAG } from '../model/tags.js';
import { isoSeconds } from '../plan/creation.js';

/** How far AWS's clock and the runner's may disagree. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The teardown the post step runs: the main step's stream, in the region and account the main step saw
 * it (a later step may have configured others), its guards, nothing to review or comment.
 */
export function jobEndSpec(spec: DesiredSpec, saved?: JobEndState): DesiredSpec {
  return {
    ...spec,
    ...(saved ? { region: saved.region } : {}),
    ...(saved?.account ? { allowedAccountIds: [saved.account] } : {}),
    state: 'absent',
    dryRun: false,
    expectedPlan: undefined,
    commentOnPr: false,
    allowForeignDelete: false,
    enforceChannelDeletion: false,
    sweep: false,
  };
}

/**
 * Why the stream found is not the one the main step created (undefined: it is). Its creation time when
 * the main step saw it; otherwise (cancelled, or an answer lost while CreateStream was out) the step's
 * own mark in its tags, without which a stream another job made under the name is never deleted.
 */
export function notMine(saved: JobEndState): (s: StreamDescriptionSummary, tags: Record<string, string> | undefined) => string | undefined {
  return (s, tags) => {
    const created = s.StreamCreationTimestamp?.getTime();
    if (saved.createdAt !== undefined) {
      return created === saved.createdAt
        ? undefined
        : `a stream of that name created at ${created === undefined ? 'an unknown time' : isoSeconds(created)} is there, not the one this job ` +
            `created at ${isoSeconds(saved.createdAt)}`;
    }
    if (created !== undefined && created < saved.since - CLOCK_SKEW_MS) return `it was created at ${isoSeconds(created)}, before this job's CreateStream`;
    if (!saved.nonce) return undefined;
    if (!tags) return `its tags could not be read, so it cannot be told from a stream another job created under the name (allow kinesis:ListTagsForStream)`;
    return tags[JOB_TAG] === saved.nonce ? undefined : "it does not carry this step's mark: another job created it under the name";
  };
}

/** How long a stream the main step may have made can stay invisible (AWS is eventually consistent) before it counts as gone. */
export const NOT_VISIBLE_FOR_MS = 30_000;
