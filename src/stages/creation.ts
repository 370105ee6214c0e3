// What a creation needs beside CreateStream: the tags it is created with (the declared ones, the
// provenance tags and the pending mark, within the 50 a stream takes), what a mark found on a stream
// means (an unfinished creation, or one left behind), and its removal once it has no purpose left.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { changeStream, removeTagsFromStream } from '../aws/operations.js';
import { MAX_TAGS } from '../model/kinesis.js';
import { EXPIRES_TAG, JOB_TAG, PENDING_TAG } from '../model/tags.js';
import { expiryFor, renewal } from '../plan/lifetime.js';
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
  // The step's own mark, for its post step: it goes with the stream.
  if (spec.deleteAtJobEnd && user + Object.keys(mark).length + 1 <= MAX_TAGS) mark = { ...mark, [JOB_TAG]: ctx.nonce };
  // The expiry a sweep goes by: before provenance, which is dropped first when room runs out.
  if (spec.timeToLive && user + Object.keys(mark).length + 1 <= MAX_TAGS) {
    mark = { ...mark, [EXPIRES_TAG]: expiryFor(ctx.budget.clock.wallTime(), spec.timeToLive.ms) };
  } else if (spec.timeToLive) {
    log.warning(`No room for the ${EXPIRES_TAG} tag next to ${user} declared tags: time-to-live is not set, and no sweep will delete the stream.`);
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

/**
 * time-to-live on a stream that exists: its expiry moves later (AddTagsToStream; a dry run only says so),
 * whatever on-drift says: it is the action's own lease, like the pending mark. Never shortened, and never
 * put on a stream that has none (that would make a sweep delete a stream nobody made to expire).
 */
export async function renewExpiry(ctx: RunContext, tags: Record<string, string> | undefined): Promise<void> {
  const { spec, log } = ctx;
  if (!spec.timeToLive) return;
  const next = renewal(tags, ctx.budget.clock.wallTime(), spec.timeToLive.ms);
  const name = spec.streamName;
  if (next.kind === 'none') {
    log.warning(
      `Stream "${name}" has no ${EXPIRES_TAG} tag${tags ? '' : ' (its tags could not be read)'}, so time-to-live (${spec.timeToLive.text}) is not put on it: ` +
        'only a stream created with time-to-live expires, so that a sweep never deletes one made to last.',
    );
    return;
  }
  if (next.kind === 'keep') return ctx.record.noteExpiry(next.before);
  if (spec.dryRun) {
    log.info(`Dry run: the expiry of stream "${name}" would move from ${next.before} to ${next.after} (time-to-live ${spec.timeToLive.text}).`);
    return ctx.record.noteExpiry(next.after, next.before, true);
  }
  log.info(`Stream "${name}": moving its expiry from ${next.before} to ${next.after} (time-to-live ${spec.timeToLive.text}).`);
  const sent = await ctx.calls.mutate(
    changeStream({ op: 'AddTagsToStream', tags: { [EXPIRES_TAG]: next.after } }, ctx.stream.currentRef, ctx.stream.knownArn),
    {
      tolerate: ['in-use'],
    },
  );
  if (sent.kind === 'refused') {
    log.warning(`Stream "${name}" was busy, so its expiry stays ${next.before}; the next run with time-to-live moves it.`);
    return ctx.record.noteExpiry(next.before);
  }
  ctx.record.noteExpiry(next.after, next.before);
}
