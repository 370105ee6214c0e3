// Observations beyond DescribeStreamSummary: only made when a declared setting needs them.
import { ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import type { Session } from './session.js';

/** All tags of the stream (ListTagsForStream: 5 calls/s per account, so only when tags are declared). */
export async function observeTags(session: Session): Promise<Record<string, string>> {
  const tags: Record<string, string> = {};
  let start: string | undefined;
  do {
    const out = await session.call('ListTagsForStream', (abortSignal) =>
      session.gateway.client.send(new ListTagsForStreamCommand({ StreamName: session.name, Limit: 50, ExclusiveStartTagKey: start }), {
        abortSignal,
      }),
    );
    const page = out?.Tags ?? [];
    for (const t of page) if (t.Key) tags[t.Key] = t.Value ?? '';
    start = out?.HasMoreTags && page.length > 0 ? page[page.length - 1].Key : undefined;
  } while (start);
  return tags;
}
