// Plans what a deploy job needs beside the stream's own settings: the declared enhanced fan-out
// consumers (registered if missing, never deregistered; their declared tags), and the resource policies
// (the inline one, or the standard read policy for reader accounts on the stream and each consumer). Pure.
import { MAX_CONSUMERS, MAX_TAGS } from '../model/kinesis.js';
import type { DriftItem, Value } from '../model/plan.js';
import type { DeclaredSettings } from '../model/spec.js';
import {
  attachedPolicy,
  CONSUMER_READ_ACTIONS,
  partitionOf,
  policyDiff,
  policyDigest,
  readPolicy,
  samePolicy,
  STREAM_READ_ACTIONS,
} from './resource-policy.js';

export interface ConsumerSeen {
  name: string;
  arn: string;
  /** CREATING, ACTIVE or DELETING. */
  status: string;
}

export interface AccessSeen {
  /** Every consumer registered on the stream (undefined: not looked at, none declared). */
  consumers?: ConsumerSeen[];
  /** GetResourcePolicy's text per resource ARN (undefined: none attached). */
  policies: Map<string, string | undefined>;
  /** ListTagsForResource per declared consumer's ARN (only with consumer-tags). */
  consumerTags?: Map<string, Record<string, string>>;
}

export type AccessChange =
  | { op: 'RegisterStreamConsumer'; name: string }
  | { op: 'PutResourcePolicy'; resourceArn: string; policy: string; setting: string }
  | { op: 'TagResource'; resourceArn: string; tags: Record<string, string>; consumer: string };

export interface AccessPlan {
  drift: DriftItem[];
  changes: AccessChange[];
  /** Declared consumers that exist but are not ACTIVE yet (wait for them before any policy). */
  creating: string[];
  /** Every consumer CREATING on the stream, declared or not (AWS allows 5 at once per stream). */
  creatingOnStream: number;
  /** Declared consumers still DELETING (a name can be registered again once they are gone). */
  deleting: string[];
  /** Current values for the plan's fingerprint (plan/observed.ts). */
  observed: Record<string, Value>;
}

export const declaresAccess = (s: DeclaredSettings): boolean => s.consumers !== undefined || s.resourcePolicy !== undefined || s.readerAccountIds !== undefined;

/** The resources whose policy the workflow declares, with the document each should have. */
export function declaredPolicies(
  spec: DeclaredSettings,
  streamArn: string,
  consumers: ConsumerSeen[] = [],
): Array<{ setting: string; resourceArn: string; doc: unknown; desired: string }> {
  const out: Array<{ setting: string; resourceArn: string; doc: unknown; desired: string }> = [];
  const ids = spec.readerAccountIds;
  if (spec.resourcePolicy)
    out.push({
      setting: 'resource-policy',
      resourceArn: streamArn,
      doc: spec.resourcePolicy,
      desired: `declared policy (${policyDigest(spec.resourcePolicy, partitionOf(streamArn))})`,
    });
  if (ids) {
    out.push({
      setting: 'reader-account-ids',
      resourceArn: streamArn,
      doc: readPolicy(streamArn, ids, STREAM_READ_ACTIONS),
      desired: `read for ${ids.join(', ')}`,
    });
    for (const name of spec.consumers ?? []) {
      const c = live(consumers, name);
      if (c)
        out.push({
          setting: `reader-account-ids.consumer.${name}`,
          resourceArn: c.arn,
          doc: readPolicy(c.arn, ids, CONSUMER_READ_ACTIONS),
          desired: `read for ${ids.join(', ')}`,
        });
    }
  }
  return out;
}

/** A consumer of that name that is not on its way out. */
const live = (consumers: ConsumerSeen[], name: string): ConsumerSeen | undefined => consumers.find((c) => c.name === name && c.status !== 'DELETING');

export function planAccess(spec: DeclaredSettings, streamArn: string, seen: AccessSeen): AccessPlan {
  const plan: AccessPlan = { drift: [], changes: [], creating: [], creatingOnStream: 0, deleting: [], observed: Object.create(null) };
  const all = seen.consumers ?? [];
  const missing = (spec.consumers ?? []).filter((n) => !live(all, n));
  const held = all.filter((c) => c.status !== 'DELETING').length;
  plan.creatingOnStream = all.filter((c) => c.status === 'CREATING').length;
  for (const name of spec.consumers ?? []) {
    const c = all.find((x) => x.name === name);
    plan.observed[`consumers.${name}`] = c?.status ?? null;
    if (c?.status === 'CREATING') plan.creating.push(name);
    if (c?.status === 'DELETING') plan.deleting.push(name);
    if (!missing.includes(name)) continue;
    const item: DriftItem = { setting: `consumers.${name}`, current: c?.status ?? null, desired: 'ACTIVE', action: 'RegisterStreamConsumer' };
    if (held + missing.length > MAX_CONSUMERS) {
      item.action = 'none';
      item.blocked = `the stream has ${held} consumers and ${missing.length} more would pass the limit of ${MAX_CONSUMERS}; deregister unused ones`;
    } else {
      plan.changes.push({ op: 'RegisterStreamConsumer', name });
    }
    plan.drift.push(item);
    if (spec.readerAccountIds) {
      plan.drift.push({
        setting: `reader-account-ids.consumer.${name}`,
        current: null,
        desired: `read for ${spec.readerAccountIds.join(', ')}`,
        action: 'PutResourcePolicy once registered',
      });
    }
  }

  planConsumerTags(spec, all, seen.consumerTags, plan);

  const partition = partitionOf(streamArn);
  for (const p of declaredPolicies(spec, streamArn, all)) {
    const current = attachedPolicy(seen.policies.get(p.resourceArn));
    plan.observed[p.setting] = policyDigest(current, partition);
    if (current !== undefined && samePolicy(current, p.doc, partition)) continue;
    plan.drift.push({
      setting: p.setting,
      current: current === undefined ? 'none' : `differs: ${policyDiff(current, p.doc, partition)}`,
      desired: p.desired,
      action: 'PutResourcePolicy',
    });
    plan.changes.push({ op: 'PutResourcePolicy', resourceArn: p.resourceArn, policy: JSON.stringify(p.doc), setting: p.setting });
  }
  return plan;
}

/**
 * The declared consumer tags on each declared consumer that is there (rows `consumer-tags.<consumer>/<key>`:
 * a consumer name has no "/", a key may) (one being registered gets them in
 * RegisterStreamConsumer): a row per key that differs, one TagResource per consumer. An endpoint that
 * dropped them at registration (kinesis-local does) is brought in line the same way.
 */
function planConsumerTags(spec: DeclaredSettings, all: ConsumerSeen[], seen: AccessSeen['consumerTags'], plan: AccessPlan): void {
  if (!spec.consumerTags || !seen) return;
  for (const name of spec.consumers ?? []) {
    const c = live(all, name);
    const current = c ? seen.get(c.arn) : undefined;
    if (!c || !current) continue;
    const add: Record<string, string> = Object.create(null);
    const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(current, key);
    // New keys count toward the consumer's 50 tags with the ones it has (aws: tags do not count).
    const held = Object.keys(current).filter((k) => !/^aws:/i.test(k)).length;
    const full = held + Object.keys(spec.consumerTags).filter((k) => !has(k)).length > MAX_TAGS;
    for (const [key, value] of Object.entries(spec.consumerTags)) {
      plan.observed[`consumer-tags.${name}/${key}`] = has(key) ? current[key] : null;
      if (has(key) && current[key] === value) continue;
      const item: DriftItem = { setting: `consumer-tags.${name}/${key}`, current: has(key) ? current[key] : null, desired: value, action: 'TagResource' };
      if (full && !has(key)) {
        item.action = 'none';
        item.blocked = `consumer "${name}" has ${held} tags and the new ones would pass the limit of ${MAX_TAGS}; remove tags from it or the workflow`;
      } else add[key] = value;
      plan.drift.push(item);
    }
    if (Object.keys(add).length) plan.changes.push({ op: 'TagResource', resourceArn: c.arn, tags: add, consumer: name });
  }
}

/** The consumer-arns output: declared names in input order → ARN (null when not registered). */
export function consumerArns(spec: DeclaredSettings, consumers: ConsumerSeen[] | undefined): Record<string, string | null> | undefined {
  if (!spec.consumers) return undefined;
  const out: Record<string, string | null> = Object.create(null);
  for (const name of spec.consumers) out[name] = live(consumers ?? [], name)?.arn ?? null;
  return out;
}
