// What a creation needs beside CreateStream: the tags it is created with (the declared ones, the
// provenance tags and the pending mark, within the 50 a stream takes) and, once every follow-up
// setting is applied, the removal of the pending mark.
import { removeTagsFromStream } from '../aws/operations.js';
import { MAX_TAGS } from '../model/kinesis.js';
import { PENDING_TAG } from '../model/tags.js';
import { pendingValue } from '../plan/creation.js';
import type { RunContext } from '../runtime/context.js';

/** Removes PENDING_TAG once every follow-up setting is applied (removing a missing key is not an error). */
export async function finishCreation(ctx: RunContext, tags: Record<string, string> | undefined): Promise<Record<string, string> | undefined> {
  // The settings are applied either way: a mark left behind only makes the next run look again.
  const sent = await ctx.calls.mutate(removeTagsFromStream(ctx.stream.ref, [PENDING_TAG]), { tolerate: ['access-denied', 'in-use'] });
  if (sent.kind === 'refused') {
    const why =
      sent.error === 'access-denied'
        ? 'kinesis:RemoveTagsFromStream denied: allow it, or remove the tag by hand'
        : 'the stream was busy; the next run removes it';
    ctx.log.warning(`Stream "${ctx.spec.streamName}" has every declared setting, but tag ${PENDING_TAG} could not be removed (${why}).`);
  }
  if (!tags) return tags;
  const rest: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(tags)) if (k !== PENDING_TAG) rest[k] = v;
  return rest;
}

/**
 * User tags, provenance tags, and PENDING_TAG when settings must follow CreateStream. Within the 50
 * tags a stream takes: provenance goes first (with a warning), then the pending mark.
 */
export async function creationTags(ctx: RunContext, provenance: () => Promise<Record<string, string>>): Promise<Record<string, string>> {
  const { spec, log } = ctx;
  const user = Object.keys(spec.tags ?? {}).length;
  const pending = pendingValue(spec);
  let mark: Record<string, string> = pending ? { [PENDING_TAG]: pending } : {};
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
