// Parsers for what a deploy job needs beside the stream: enhanced fan-out consumers, and who else may
// read it (an inline resource policy, or the accounts for the standard read policy). Pure; one line
// per problem, naming the input, the value and the rule.
import { MAX_CONSUMERS } from '../model/kinesis.js';
import { show } from '../shared/show.js';
import { bad, type Problems } from './settings.js';

const CONSUMER_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** PutResourcePolicy takes a policy of at most 20 KiB. */
const MAX_POLICY_BYTES = 20 * 1024;

const items = (value: string): Array<{ item: string; line: number }> =>
  value
    .split(/\r?\n/)
    .map((l, i) => ({ item: l.trim(), line: i + 1 }))
    .filter((x) => x.item !== '');

/** Consumer names, one per line, in input order (the order of the consumer-arns output). */
export function parseConsumers(problems: Problems, value: string): string[] | undefined {
  if (value === '') return undefined;
  const names: string[] = [];
  for (const { item, line } of items(value)) {
    if (!CONSUMER_NAME.test(item)) bad(problems, 'consumers', item, `line ${line} must be a consumer name of 1-128 characters of a-z A-Z 0-9 _ . -`);
    else if (names.includes(item)) bad(problems, 'consumers', item, `line ${line} names a consumer already listed`);
    else names.push(item);
  }
  if (names.length > MAX_CONSUMERS) problems.push(`Input "consumers" names ${names.length} consumers: a stream takes at most ${MAX_CONSUMERS}.`);
  return names;
}

/** 12-digit AWS account ids, one per line (or comma-separated), sorted and without repeats. */
export function parseAccountIds(problems: Problems, value: string, input = 'reader-account-ids'): string[] | undefined {
  if (value === '') return undefined;
  const ids = new Set<string>();
  for (const id of value
    .split(/[,\r\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (ACCOUNT_ID.test(id)) ids.add(id);
    else bad(problems, input, id, 'each entry must be a 12-digit AWS account id');
  }
  if (ids.size === 0) bad(problems, input, value, 'it names no account id');
  return [...ids].sort();
}

/** An inline IAM policy document: a JSON object with a Statement. Returned as parsed JSON. */
export function parsePolicy(problems: Problems, value: string): Record<string, unknown> | undefined {
  if (value === '') return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch (err) {
    bad(problems, 'resource-policy', value, `it must be a JSON policy document (${(err as Error).message})`);
    return undefined;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !('Statement' in doc)) {
    bad(problems, 'resource-policy', value, 'it must be a JSON object with a "Statement" (an IAM policy document)');
    return undefined;
  }
  if (Buffer.byteLength(value) > MAX_POLICY_BYTES) {
    problems.push(`Input "resource-policy" is ${Buffer.byteLength(value)} bytes (${show(value.slice(0, 20))}…): a resource policy takes at most 20 KiB.`);
    return undefined;
  }
  return doc as Record<string, unknown>;
}
