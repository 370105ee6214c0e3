// Resource policies as data: the standard read policy for reader accounts, and the comparison of a
// declared policy with the one attached. AWS may hand a policy back reformatted (key order, a list of
// one turned into a string, an account id turned into its root ARN), so both sides are normalised
// before they are compared; only a real difference is drift. Pure.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';

/** What a reader account may do on the stream (DescribeStream: Lambda's event source mapping asks for it). */
export const STREAM_READ_ACTIONS = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards',
];
/** ...and on each declared enhanced fan-out consumer (a consumer has its own resource policy). */
export const CONSUMER_READ_ACTIONS = ['kinesis:DescribeStreamConsumer', 'kinesis:SubscribeToShard'];

/** aws, aws-cn, aws-us-gov...: from the stream's ARN, so principals are written for the same partition. */
export const partitionOf = (arn: string): string => /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws';

/** The standard read policy for `accounts` on one resource (the stream, or a consumer). */
export function readPolicy(resourceArn: string, accounts: string[], actions: string[]): Record<string, unknown> {
  const partition = partitionOf(resourceArn);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadFromAccounts',
        Effect: 'Allow',
        Principal: { AWS: accounts.map((id) => `arn:${partition}:iam::${id}:root`) },
        Action: actions,
        Resource: resourceArn,
      },
    ],
  };
}

/**
 * One form for equal policies: lists of one become the value, lists of strings are sorted and
 * deduplicated (order means nothing in Action, Resource or Principal), a bare account id principal
 * becomes its root ARN; statements keep their order. Keys are sorted when printed (canonicalJson).
 */
export function normalizePolicy(doc: unknown, partition: string): unknown {
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((x) => walk(x, key));
      const strings = items.every((x) => typeof x === 'string') ? [...new Set(items as string[])].sort() : items;
      return strings.length === 1 ? strings[0] : strings;
    }
    if (v !== null && typeof v === 'object') {
      // Null prototype: a "__proto__" member is data like any other, not a prototype to drop.
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
      return out;
    }
    if (key === 'AWS' && typeof v === 'string' && /^\d{12}$/.test(v)) return `arn:${partition}:iam::${v}:root`;
    return v;
  };
  return walk(doc);
}

/** The policy text GetResourcePolicy gave, as a document; undefined when there is none ("{}" on AWS). */
export function attachedPolicy(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const doc = JSON.parse(text) as unknown;
    if (doc !== null && typeof doc === 'object' && Object.keys(doc).length === 0) return undefined;
    return doc;
  } catch {
    return text; // Not JSON: differs from any declared policy, and is shown as such.
  }
}

export function samePolicy(a: unknown, b: unknown, partition: string): boolean {
  return canonicalJson(normalizePolicy(a, partition)) === canonicalJson(normalizePolicy(b, partition));
}

/** A short, stable name for a policy's content, for the plan's fingerprint and the summary. */
export function policyDigest(doc: unknown, partition: string): string {
  if (doc === undefined) return 'none';
  return `sha256:${createHash('sha256')
    .update(canonicalJson(normalizePolicy(doc, partition)))
    .digest('hex')
    .slice(0, 16)}`;
}

/** "+Statement.Principal.AWS arn:…:root; -…" for at most `max` leaves that differ (then "and N more"). */
export function policyDiff(current: unknown, desired: unknown, partition: string, max = 3): string {
  if (current === undefined) return 'no policy attached';
  const a = leaves(normalizePolicy(current, partition));
  const b = leaves(normalizePolicy(desired, partition));
  // Sorted: the same two policies give the same text whatever key order AWS returned (the plan compares it).
  const diffs = [...[...b].filter((x) => !a.has(x)).map((x) => `+${x}`), ...[...a].filter((x) => !b.has(x)).map((x) => `-${x}`)].sort();
  if (diffs.length === 0) return 'differs';
  return diffs.slice(0, max).join('; ') + (diffs.length > max ? `; and ${diffs.length - max} more` : '');
}

/** "path value" for every leaf (list items share their list's path). */
function leaves(v: unknown, path = ''): Set<string> {
  const out = new Set<string>();
  const add = (x: unknown, p: string): void => {
    if (Array.isArray(x)) x.forEach((y, i) => add(y, typeof y === 'object' && y !== null ? `${p}[${i}]` : p));
    else if (x !== null && typeof x === 'object') for (const [k, y] of Object.entries(x)) add(y, p ? `${p}.${k}` : k);
    else out.add(`${p} ${String(x)}`);
  };
  add(v, path);
  return out;
}
