// Parsers for the declared stream settings (tags, metrics, encryption, ranges). Pure; each returns a
// value or pushes one line per problem naming the input, the value and the rule.
import { ALL_METRICS, DEFAULT_KMS_KEY, MAX_TAGS } from '../model/kinesis.js';
import type { Encryption } from '../model/spec.js';
import { show } from '../shared/show.js';

export type Problems = string[];

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function bad(problems: Problems, input: string, value: string, rule: string): void {
  problems.push(`Input "${input}" is ${show(value)}: ${rule}.`);
}

/** A whole number in [min, max], or undefined (unset or invalid). */
export function parseWhole(problems: Problems, input: string, value: string, min: number, max: number, unit = ''): number | undefined {
  if (value === '') return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) {
    bad(problems, input, value, `it must be a whole number${unit} from ${min} to ${max}`);
    return undefined;
  }
  return n;
}

export function parseBoolean(problems: Problems, input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  bad(problems, input, value, 'it must be true or false');
  return fallback;
}

export function parseChoice<T extends string>(problems: Problems, input: string, value: string, choices: readonly T[]): T | undefined {
  if (value === '') return undefined;
  const norm = value.toUpperCase().replace(/-/g, '_');
  const found = choices.find((c) => c.toUpperCase() === norm);
  if (!found) bad(problems, input, value, `it must be ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`);
  return found;
}

/**
 * `key=value` per line; blank lines ignored; the first `=` splits. AWS tag rules checked. Keys live in
 * a Map and the result has no prototype, so keys such as `constructor` or `__proto__` are plain tags.
 */
export function parseTags(problems: Problems, value: string, input = 'tags', holder = 'a stream'): Record<string, string> | undefined {
  if (value === '') return undefined;
  const seen = new Map<string, { value: string; line: number }>();
  let ok = true;
  for (const [i, rawLine] of value.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    const where = `line ${i + 1}`;
    if (eq < 0) {
      bad(problems, input, line, `${where} needs the form key=value`);
      ok = false;
      continue;
    }
    const key = line.slice(0, eq).trim();
    const val = line.slice(eq + 1).trim();
    const rules: string[] = [];
    if (key.length < 1 || key.length > 128) rules.push('a key of 1-128 characters');
    if (val.length > 256) rules.push('a value of at most 256 characters');
    if (!TAG_CHARS.test(key) || !TAG_CHARS.test(val)) rules.push('only letters, digits, spaces and _ . : / = + - @');
    if (/^aws:/i.test(key)) rules.push('no key starting with "aws:" (reserved by AWS)');
    if (/^ensure-kinesis-data-stream:/i.test(key)) rules.push('no key starting with "ensure-kinesis-data-stream:" (the action\'s own tags; see time-to-live)');
    const earlier = seen.get(key);
    if (earlier) rules.push(`a key given only once (it is already on line ${earlier.line})`);
    if (rules.length) {
      bad(problems, input, line, `${where} (key ${show(key)}) needs ${rules.join(', ')}`);
      ok = false;
      continue;
    }
    seen.set(key, { value: val, line: i + 1 });
  }
  if (seen.size > MAX_TAGS) {
    problems.push(`Input "${input}" has ${seen.size} tags: ${holder} takes at most ${MAX_TAGS}.`);
    ok = false;
  }
  if (!ok) return undefined;
  // No prototype: `__proto__` becomes an own key and no inherited name (constructor, toString) reads as a tag.
  const tags = Object.create(null) as Record<string, string>;
  for (const [key, { value: val }] of seen) tags[key] = val;
  return tags;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3600_000, d: 86_400_000 };
/** time-to-live's ceiling: a year. */
const MAX_TTL_MS = 365 * UNIT_MS.d;

/** A whole number of minutes, hours or days ("90m", "12h", "7d"), at most 365 days. */
export function parseDuration(problems: Problems, input: string, value: string): { text: string; ms: number } | undefined {
  if (value === '') return undefined;
  const m = /^(\d{1,6})\s*([mhd])$/i.exec(value);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2].toLowerCase()] : NaN;
  if (!(ms >= UNIT_MS.m && ms <= MAX_TTL_MS)) {
    bad(problems, input, value, 'it must be a whole number of minutes, hours or days such as 90m, 12h or 7d, from 1m to 365d');
    return undefined;
  }
  // One spelling in the plan's fingerprint: 12H and 12h are the same time to live.
  return { text: value.replace(/\s+/g, '').toLowerCase(), ms };
}

/** Comma- or newline-separated metric names, ALL, or NONE. Returns the full set wanted (NONE → []). */
export function parseMetrics(problems: Problems, value: string): string[] | undefined {
  if (value === '') return undefined;
  const input = 'shard-level-metrics';
  const names = value
    .split(/[,\r\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) {
    bad(problems, input, value, 'the list has no metric names; name the metrics to enable, or use ALL, or NONE to turn metrics off');
    return undefined;
  }
  const isNone = (n: string): boolean => /^none$/i.test(n);
  const isAll = (n: string): boolean => /^all$/i.test(n);
  if (names.some(isNone)) {
    if (names.every(isNone)) return [];
    bad(problems, input, value, 'NONE cannot be combined with other names; use NONE alone to turn metrics off');
    return undefined;
  }
  if (names.some(isAll)) {
    if (!names.every(isAll)) bad(problems, input, value, 'ALL cannot be combined with other names');
    return [...ALL_METRICS];
  }
  const wanted = new Set<string>();
  for (const n of names) {
    const known = ALL_METRICS.find((m) => m.toLowerCase() === n.toLowerCase());
    if (known) wanted.add(known);
    else bad(problems, input, n, `it must be one of ${ALL_METRICS.join(', ')}, ALL or NONE`);
  }
  return ALL_METRICS.filter((m) => wanted.has(m));
}

/** An alias name, a key id (GUID or multi-Region mrk-), or a key or alias ARN. */
const KMS_KEY = new RegExp(
  String.raw`^(alias\/[a-zA-Z0-9/_-]{1,250}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|` +
    String.raw`arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[a-zA-Z0-9-]+|alias\/[a-zA-Z0-9/_-]+))$`,
);

/** `encryption-type` and `kms-key-id` together: a key alone implies KMS; KMS alone uses alias/aws/kinesis. */
export function parseEncryption(problems: Problems, typeValue: string, keyValue: string): Encryption | undefined {
  const type = parseChoice(problems, 'encryption-type', typeValue, ['NONE', 'KMS'] as const);
  if (keyValue !== '' && !KMS_KEY.test(keyValue)) {
    bad(problems, 'kms-key-id', keyValue, 'it must be a KMS key id, key ARN, alias name (alias/...) or alias ARN');
    return undefined;
  }
  if (type === 'NONE') {
    if (keyValue !== '') problems.push(`Input "kms-key-id" (${show(keyValue)}) cannot be used with encryption-type NONE: remove one of them.`);
    return { type: 'NONE' };
  }
  if (type === 'KMS' || keyValue !== '') return { type: 'KMS', keyId: keyValue || DEFAULT_KMS_KEY };
  return undefined;
}
