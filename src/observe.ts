// Observations beyond DescribeStreamSummary: only made when a declared setting needs them.
import { ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import type { Session } from './session.js';

/**
 * A stream holds at most 50 tags and a page takes 50, so one page is the rule; a few more are
 * tolerated (tags AWS adds itself), and an endpoint that pages forever cannot hold the run.
 */
export const MAX_TAG_PAGES = 5;

/**
 * All tags of the stream (ListTagsForStream: 5 calls/s per account, so only when tags are needed).
 * `optional`: undefined instead of failing when the role may not list tags.
 */
export async function observeTags(session: Session, optional = false): Promise<Record<string, string> | undefined> {
  // Null prototype: a tag called "constructor" or "__proto__" is data like any other.
  const tags: Record<string, string> = Object.create(null);
  let start: string | undefined;
  for (let page = 1; ; page++) {
    const out = await session.call(
      'ListTagsForStream',
      (abortSignal) => session.gateway.client.send(new ListTagsForStreamCommand({ ...session.ref, Limit: 50, ExclusiveStartTagKey: start }), { abortSignal }),
      optional ? ['access-denied'] : [],
    );
    if (!out) return undefined;
    const items = out?.Tags ?? [];
    for (const t of items) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
    start = out?.HasMoreTags && items.length > 0 ? items[items.length - 1].Key : undefined;
    if (!start) return tags;
    if (page >= MAX_TAG_PAGES) {
      throw new ActionError(
        `ListTagsForStream for stream "${session.name}" still had more tags after ${page} pages (${Object.keys(tags).length} tags); a stream holds at most 50. The endpoint's answers look wrong.`,
      );
    }
  }
}
