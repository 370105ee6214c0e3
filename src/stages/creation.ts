// What a creation needs beside CreateStream: the tags it is created with (the declared ones, the
// provenance tags and the pending mark, within the 50 a stream takes), what a mark found on a stream
// means (an unfinished creation, or one left behind), and its removal once it has no purpose left.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { removeTagsFromStream } from '../aws/operations.js';
import { MAX_TAGS } from '../model/kinesis.js';
import { PENDING_TAG } from '../model/tags.js';
import { isoSeconds, isUnfinished, parsePendingMark, pendingMark, pendingValue, staleReason, UNFINISHED_FOR_MS, type PendingMark } from '../plan/creation.js';
import type { RunContext } from '../runtime/context.js';

/** The mark on the stream, if any, and whether it still means an unfinished creation. */
export function markOn(
  ctx: RunContext,
  tags: Record<string, string> | undefined,
  runId?: string,
  stream?: StreamDescriptionSummary,
): { mark: PendingMark; unfinished: boolean } | undefined {
  if (!tags || !Object.prototype.hasOwnProperty.call(tags, PENDING_TAG)) return undefined;
  const mark = parsePendingMark(tags[PENDING_TAG]);
  return { mark, unfinished: isUnfinished(mark, ctx.budget.clock.wallTime(), runId, stream?.StreamCreationTimestamp?.getTime()) };
}

/** Removes PENDING_TAG once every follow-up setting is applied (removing a missing key is not an error). */
export async function finishCreation(ctx: RunContext, tags: Record<string, string> | undefined): Promise<Record<string, string> | undefined> {
  const sent = await ctx.calls.mutate(removeTagsFromStream(ctx.stream.currentRef, [PENDING_TAG]), { tolerate: ['access-denied', 'in-use'] });
  if (sent.kind === 'refused') {
    // The settings are applied either way; the mark left behind expires as a mark after a day.
    const why =
      sent.error === 'access-denied'
        ? 'kinesis:RemoveTagsFromStream denied: allow it, or remove the tag by hand'
        : 'the stream was busy; the next run that finds it removes it';
    const since = tags && Object.prototype.hasOwnProperty.call(tags, PENDING_TAG) ? parsePendingMark(tags[PENDING_TAG]).since : ctx.budget.clock.wallTime();
    const expires = since === undefined ? '' : `; from ${isoSeconds(since + UNFINISHED_FOR_MS)} on it no longer counts as an unfinished creation`;
    ctx.log.warning(
      `Stream "${ctx.spec.streamName}" has every declared setting, but tag ${PENDING_TAG} could not be removed (${why}). It stays on the stream${expires}.`,
    );
  }
  if (!tags) return tags;
  const rest: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(tags)) if (k !== PENDING_TAG) rest[k] = v;
  return rest;
}

/** A mark older than a day whose settings are still not in place: they are drift now; say what stays behind. */
export function staleMarkLine(ctx: RunContext, mark: PendingMark): string {
  const when =
    mark.since === undefined ? 'with no time (an older version of the action)' : `on ${isoSeconds(mark.since)}${mark.runId ? ` (run ${mark.runId})` : ''}`;
  return (
    `Stream "${ctx.spec.streamName}" carries the tag ${PENDING_TAG} of a creation ${when} that did not apply ${mark.settings.join(', ') || 'its settings'}. ` +
    `${staleReason(mark, ctx.budget.clock.wallTime())} they are compared as drift (on-drift: ${ctx.spec.onDrift}), ` +
    'not finished as part of the creation. ' +
    'The tag stays on the stream until the declared settings are in place, then a run removes it.'
  );
}

/**
 * User tags, provenance tags, and PENDING_TAG when settings must follow CreateStream. Within the 50
 * tags a stream takes: provenance goes first (with a warning), then the pending mark.
 */
export async function creationTags(ctx: RunContext, provenance: () => Promise<Record<string, string>>, runId?: string): Promise<Record<string, string>> {
  const { spec, log } = ctx;
  const user = Object.keys(spec.tags ?? {}).length;
  const pending = pendingValue(spec);
  let mark: Record<string, string> = pending ? { [PENDING_TAG]: pendingMark(spec, ctx.budget.clock.wallTime(), runId) } : {};
  if (pending && user + 1 > MAX_TAGS) {
    log.warning(
      `No room for the ${PENDING_TAG} tag next to ${user} declared tags: if this run fails before applying ${pending}, a re-run will only report it as drift.`,
    );
    mark = {};
  }
  const room = MAX_TAGS - user - Object.keys(mark).length;
  if (!spec.provenanceTags) return mark;
  const extra = await provenance();
  if (Object.keys(extra).length > room) {
    log.warning(`Provenance tags skipped: with the ${user} declared tags they would exceed the ${MAX_TAGS} tags a stream takes.`);
    return mark;
  }
  return { ...extra, ...mark };
}
