// Observations beyond DescribeStreamSummary: only made when a declared setting needs them.
import { GetResourcePolicyCommand, ListStreamConsumersCommand, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import type { DeclaredSettings } from './desired-spec.js';
import { declaredPolicies, type AccessSeen, type ConsumerSeen } from './plan-access.js';
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

/** ListStreamConsumers answers at most 100 a page and a stream holds 20: a few pages is plenty. */
const MAX_CONSUMER_PAGES = 5;

/** Every consumer registered on the stream (ListStreamConsumers, 5 calls/s per account). */
export async function observeConsumers(session: Session, streamArn: string): Promise<ConsumerSeen[]> {
  const seen: ConsumerSeen[] = [];
  let next: string | undefined;
  for (let page = 1; page <= MAX_CONSUMER_PAGES; page++) {
    const out = await session.call('ListStreamConsumers', (abortSignal) =>
      session.gateway.client.send(new ListStreamConsumersCommand({ StreamARN: streamArn, NextToken: next }), { abortSignal }),
    );
    for (const c of out?.Consumers ?? []) {
      if (c.ConsumerName && c.ConsumerARN) seen.push({ name: c.ConsumerName, arn: c.ConsumerARN, status: c.ConsumerStatus ?? 'UNKNOWN' });
    }
    // kinesis-local hands a token after the last page; a page with no consumers ends the listing too.
    next = out?.NextToken && (out.Consumers?.length ?? 0) > 0 ? out.NextToken : undefined;
    if (!next) break;
  }
  return seen;
}

/** The resource policy attached to `resourceArn` (undefined: none). */
export async function observePolicy(session: Session, resourceArn: string): Promise<string | undefined> {
  // AWS answers "{}" when there is none; kinesis-local answers ResourceNotFoundException ("No resource
  // policy exists for …"). The stream and consumer exist at this point, so not-found means no policy.
  const out = await session.call(
    'GetResourcePolicy',
    (abortSignal) => session.gateway.client.send(new GetResourcePolicyCommand({ ResourceARN: resourceArn }), { abortSignal }),
    ['not-found'],
  );
  return out?.Policy;
}

/** What the declared consumers and policies look like now (only the parts the workflow declares). */
export async function observeAccess(session: Session, spec: DeclaredSettings, streamArn: string): Promise<AccessSeen> {
  const consumers = spec.consumers ? await observeConsumers(session, streamArn) : undefined;
  const policies = new Map<string, string | undefined>();
  for (const p of declaredPolicies(spec, streamArn, consumers)) policies.set(p.resourceArn, await observePolicy(session, p.resourceArn));
  return { consumers, policies };
}
