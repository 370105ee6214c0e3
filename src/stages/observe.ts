// Observe: what the stream has beyond DescribeStreamSummary (tags, consumers, channels, resource
// policies, which KMS key a reference names), read only when a declared setting or a teardown needs it.
import { consumerProblem, malformedLine } from '../aws/answers.js';
import type { KeyLookup } from '../aws/kms.js';
import { getResourcePolicy, listChannels, listStreamConsumers, listTagsForResource, listTagsForStream, type RefSource } from '../aws/operations.js';
import type { Log } from '../model/log.js';
import type { DeclaredSettings, Encryption } from '../model/spec.js';
import { declaredPolicies, type AccessSeen, type ConsumerSeen } from '../plan/access.js';
import { sameKmsKey } from '../plan/stream-changes.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';

/**
 * A stream holds at most 50 tags and a page takes 50, so one page is the rule; a few more are
 * tolerated (tags AWS adds itself), and an endpoint that pages forever cannot hold the run.
 */
export const MAX_TAG_PAGES = 5;

/**
 * All tags of the stream (ListTagsForStream: 5 calls/s per account, so only when tags are needed).
 * `optional`: undefined instead of failing when the role may not list tags. Another stream than the
 * run's own (`ref`, a sweep's) may be gone meanwhile: undefined too.
 */
export async function observeTags(ctx: RunContext, optional = false, ref?: RefSource): Promise<Record<string, string> | undefined> {
  // Null prototype: a tag called "constructor" or "__proto__" is data like any other.
  const tags: Record<string, string> = Object.create(null);
  let start: string | undefined;
  for (let page = 1; ; page++) {
    const out = await ctx.calls.call(
      listTagsForStream(ref ?? ctx.stream.currentRef, start, () => ctx.compat.tagLimit),
      [...(optional ? (['access-denied'] as const) : []), ...(ref ? (['not-found'] as const) : [])],
    );
    if (!out) return undefined;
    const items = out?.Tags ?? [];
    for (const t of items) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
    start = out?.HasMoreTags && items.length > 0 ? items[items.length - 1].Key : undefined;
    if (!start) return tags;
    // Pages of 10 (kinesalite) take five times as many for the same 50 tags.
    if (page >= MAX_TAG_PAGES * Math.ceil(50 / ctx.compat.tagLimit)) {
      throw new ActionError(
        `ListTagsForStream for stream "${ctx.spec.streamName}" still had more tags after ${page} pages (${Object.keys(tags).length} tags); a stream holds ` +
          `at most 50. The endpoint's answers look wrong.`,
      );
    }
  }
}

/** ListStreamConsumers answers at most 100 a page and a stream holds 20: a few pages is plenty. */
const MAX_CONSUMER_PAGES = 5;

/**
 * Every consumer registered on the stream (ListStreamConsumers, 5 calls/s per account). `optional`:
 * undefined instead of failing when the role may not list them.
 */
export async function observeConsumers(ctx: RunContext, streamArn: string, optional = false): Promise<ConsumerSeen[] | undefined> {
  const seen: ConsumerSeen[] = [];
  let next: string | undefined;
  for (let page = 1; page <= MAX_CONSUMER_PAGES; page++) {
    const out = await ctx.calls.call(listStreamConsumers(streamArn, next), optional ? ['access-denied'] : []);
    if (!out && optional) return undefined;
    for (const c of out?.Consumers ?? []) {
      // Their ARNs become the consumer-arns output and policy resources: only well-formed ones.
      const problem = consumerProblem(c, streamArn);
      if (problem) throw new ActionError(malformedLine('ListStreamConsumers', ctx.spec.streamName, problem));
      seen.push({ name: c.ConsumerName as string, arn: c.ConsumerARN as string, status: c.ConsumerStatus as string });
    }
    // kinesis-local hands a token after the last page; a page with no consumers ends the listing too.
    next = out?.NextToken && (out.Consumers?.length ?? 0) > 0 ? out.NextToken : undefined;
    if (!next) break;
  }
  return seen;
}

export interface ChannelSeen {
  name: string;
  arn: string;
  status: string;
}

/** A channel's name goes into the summary and its ARN into DeleteChannel: only well-formed ones. */
const CHANNEL_ARN = /^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:channel\/[\w.-]{1,128}$/;

/**
 * The channels (delivery to S3) of the stream: ListChannels filtered to its ARN, 100 a page, a few
 * pages at most. `optional`: undefined instead of failing when the role may not list them.
 */
export async function observeChannels(ctx: RunContext, streamArn: string, optional = false): Promise<ChannelSeen[] | undefined> {
  const seen: ChannelSeen[] = [];
  let next: string | undefined;
  for (let page = 1; page <= MAX_CONSUMER_PAGES; page++) {
    const out = await ctx.calls.call(listChannels(streamArn, next), optional ? ['access-denied'] : []);
    if (!out && optional) return undefined;
    for (const c of out?.ChannelSummaries ?? []) {
      if (typeof c.ChannelName !== 'string' || !/^[\w.-]{1,128}$/.test(c.ChannelName) || !CHANNEL_ARN.test(c.ChannelARN ?? '')) {
        throw new ActionError(malformedLine('ListChannels', ctx.spec.streamName, 'a channel without a well-formed name and ARN'));
      }
      seen.push({ name: c.ChannelName, arn: c.ChannelARN as string, status: c.ChannelStatus ?? 'UNKNOWN' });
    }
    next = out?.NextToken && (out.ChannelSummaries?.length ?? 0) > 0 ? out.NextToken : undefined;
    if (!next) break;
  }
  return seen;
}

/** The resource policy attached to `resourceArn` (undefined: none). */
export async function observePolicy(ctx: RunContext, resourceArn: string): Promise<string | undefined> {
  // AWS answers "{}" when there is none; kinesis-local answers ResourceNotFoundException ("No resource
  // policy exists for …"). The stream and consumer exist at this point, so not-found means no policy.
  const out = await ctx.calls.call(getResourcePolicy(resourceArn), ['not-found']);
  return out?.Policy;
}

/** What the declared consumers and policies look like now (only the parts the workflow declares). */
export async function observeAccess(ctx: RunContext, spec: DeclaredSettings, streamArn: string): Promise<AccessSeen> {
  const consumers = spec.consumers ? await observeConsumers(ctx, streamArn) : undefined;
  const policies = new Map<string, string | undefined>();
  for (const p of declaredPolicies(spec, streamArn, consumers)) policies.set(p.resourceArn, await observePolicy(ctx, p.resourceArn));
  return { consumers, policies, consumerTags: spec.consumerTags ? await observeConsumerTags(ctx, spec, consumers ?? []) : undefined };
}

/** The tags of each declared consumer that is there (ListTagsForResource by its ARN; a consumer gone meanwhile is skipped). */
async function observeConsumerTags(ctx: RunContext, spec: DeclaredSettings, consumers: ConsumerSeen[]): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  for (const c of consumers.filter((x) => spec.consumers?.includes(x.name) && x.status !== 'DELETING')) {
    const answer = await ctx.calls.call(listTagsForResource(c.arn), ['not-found']);
    if (!answer) continue;
    // Null prototype: a tag called "constructor" is data like any other.
    const tags: Record<string, string> = Object.create(null);
    for (const t of answer.Tags ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
    out.set(c.arn, tags);
  }
  return out;
}

/**
 * The declared encryption as it should be compared with the stream's key: when both name the same key
 * (or KMS cannot tell, which is said once), the stream's own reference, so that no drift is seen. A
 * key's ARN and its alias are one key: comparing the strings would report drift forever, and on-drift:
 * update would re-encrypt on every run (AWS allows 25 key changes a day).
 */
export async function comparableEncryption(
  declared: Encryption | undefined,
  current: { EncryptionType?: string; KeyId?: string },
  lookup: KeyLookup | undefined,
  log: Log,
): Promise<Encryption | undefined> {
  if (declared?.type !== 'KMS' || current.EncryptionType !== 'KMS' || !current.KeyId || sameKmsKey(current.KeyId, declared.keyId)) return declared;
  const [want, have] = lookup ? await Promise.all([lookup(declared.keyId), lookup(current.KeyId)]) : [undefined, undefined];
  if (want && have) return want === have ? { type: 'KMS', keyId: current.KeyId } : declared;
  // Unresolved: two key ids (or ARNs) that differ are different keys, and two different aliases are
  // taken to be (one key can have several, which only KMS can tell). Only an alias against a key is unknown.
  if (isAlias(declared.keyId) === isAlias(current.KeyId)) return declared;
  log.warning(
    `Cannot tell whether KMS key "${declared.keyId}" (declared) is the key the stream uses ("${current.KeyId}"): ` +
      `${lookup ? 'kms:DescribeKey was refused or failed' : 'a custom Kinesis endpoint has no KMS beside it'}; not treated as drift. Allow kms:DescribeKey ` +
      `on both to compare them.`,
  );
  return { type: 'KMS', keyId: current.KeyId };
}

const isAlias = (ref: string): boolean => /(^|:)alias\//.test(ref);
