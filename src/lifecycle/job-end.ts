// delete-at-job-end: the post step deletes the stream the main step created, and only that one. The
// main step saved what it sent (report/job-state.ts); AWS's creation time tells that stream from one
// adopted, or made anew under the same name by someone else after this job's stream was deleted.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { JobEndState } from '../model/lifetime.js';
import type { DesiredSpec } from '../model/spec.js';
import { isoSeconds } from '../plan/creation.js';

/** How far AWS's clock and the runner's may disagree. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The teardown the post step runs: the main step's stream, its guards, nothing to review or comment. */
export function jobEndSpec(spec: DesiredSpec): DesiredSpec {
  return {
    ...spec,
    state: 'absent',
    dryRun: false,
    expectedPlan: undefined,
    commentOnPr: false,
    allowForeignDelete: false,
    enforceChannelDeletion: false,
    sweep: false,
  };
}

/** Why the stream found is not the one the main step created (undefined: it is). */
export function notMine(saved: JobEndState): (s: StreamDescriptionSummary) => string | undefined {
  return (s) => {
    const created = s.StreamCreationTimestamp?.getTime();
    if (created === undefined) return undefined;
    if (saved.createdAt !== undefined) {
      return created === saved.createdAt
        ? undefined
        : `a stream of that name created at ${isoSeconds(created)} is there, not the one this job created at ${isoSeconds(saved.createdAt)}`;
    }
    // The main step stopped before it saw its stream: one created well before its CreateStream is not it.
    return created < saved.since - CLOCK_SKEW_MS ? `it was created at ${isoSeconds(created)}, before this job's CreateStream` : undefined;
  };
}
