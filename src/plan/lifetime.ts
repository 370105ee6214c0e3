// How long a stream lives: its expiry (time-to-live), the pull request it was made for, and whether a
// sweep is done with it. Pure: the clock's time and GitHub's answers are handed in.
import type { SweepRow } from '../model/lifetime.js';
import { EXPIRES_TAG, OWNER_TAG, PR_TAG } from '../model/tags.js';
import { isoSeconds } from './creation.js';

/**
 * A stream-name pattern as a test: * any run of characters, ? one; nothing else is special. Matched
 * without a regular expression, in at most pattern × name steps (a pattern such as *a*a*a*b cannot
 * make a backtracking engine hang the step).
 */
export function globMatcher(pattern: string): (name: string) => boolean {
  const p = pattern.replace(/\*+/g, '*');
  return (name) => {
    let i = 0;
    let j = 0;
    let star = -1;
    let mark = 0;
    while (j < name.length) {
      if (i < p.length && (p[i] === '?' || p[i] === name[j])) {
        i++;
        j++;
      } else if (i < p.length && p[i] === '*') {
        star = i++;
        mark = j;
      } else if (star >= 0) {
        i = star + 1;
        j = ++mark;
      } else return false;
    }
    while (i < p.length && p[i] === '*') i++;
    return i === p.length;
  };
}

/** Every value of a github:repository tag, whatever the case of its key (tag keys are case-sensitive in AWS). */
export function ownersOf(tags: Record<string, string> | undefined): string[] {
  return Object.entries(tags ?? {})
    .filter(([k, v]) => k.toLowerCase() === OWNER_TAG && v !== '')
    .map(([, v]) => v);
}

/** The expires-at value for a stream made (or renewed) now. */
export const expiryFor = (now: number, ttlMs: number): string => isoSeconds(now + ttlMs);

const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The expiry a tag value says, in epoch ms; undefined when it is not one this action writes. */
export function parseExpiry(value: string | undefined): number | undefined {
  if (value === undefined || !ISO_SECONDS.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

export type Renewal =
  /** The tag moves later: `after` replaces `before`. */
  | { kind: 'extend'; before: string; after: string }
  /** Already at or past what this run would set: a lease is never shortened. */
  | { kind: 'keep'; before: string }
  /** The stream has no expiry this action wrote: it is not given one (that would make a sweep delete it). */
  | { kind: 'none' };

/** What time-to-live does to a stream that exists already. */
export function renewal(tags: Record<string, string> | undefined, now: number, ttlMs: number): Renewal {
  const before = tags && Object.prototype.hasOwnProperty.call(tags, EXPIRES_TAG) ? tags[EXPIRES_TAG] : undefined;
  const current = parseExpiry(before);
  if (before === undefined || current === undefined) return { kind: 'none' };
  const after = expiryFor(now, ttlMs);
  return parseExpiry(after)! > current ? { kind: 'extend', before, after } : { kind: 'keep', before };
}

/** The pull request a stream was made for: its github:pull-request tag, else a github:ref of refs/pull/N/… */
export function pullRequestOf(tags: Record<string, string>): number | undefined {
  const tagged = /^[1-9]\d{0,9}$/.exec(tags[PR_TAG] ?? '');
  if (tagged) return Number(tagged[0]);
  const ref = /^refs\/pull\/([1-9]\d{0,9})\//.exec(tags['github:ref'] ?? '');
  return ref ? Number(ref[1]) : undefined;
}

export type PrState = 'open' | 'closed' | 'unknown';

/**
 * Whether a sweep deletes a stream: only one that names this repository in its github:repository tag
 * (GitHub names compare ignoring case) and is done with, because its expiry has passed or GitHub says
 * its pull request is closed. Everything else is kept, and the row says why.
 */
export function sweepVerdict(
  stream: string,
  tags: Record<string, string> | undefined,
  repository: string | undefined,
  now: number,
  prState: (n: number) => PrState | undefined,
): SweepRow {
  if (!tags) return { stream, owner: null, verdict: 'keep', why: 'its tags could not be read' };
  // Any owner tag naming another repository makes it theirs, as the teardown's ownership guard reads it.
  const owners = ownersOf(tags);
  const foreign = repository ? owners.find((o) => o.toLowerCase() !== repository.toLowerCase()) : undefined;
  const owner = foreign ?? owners[0] ?? '';
  const expires = tags[EXPIRES_TAG];
  const n = pullRequestOf(tags);
  const state = n !== undefined ? prState(n) : undefined;
  const row: SweepRow = {
    stream,
    owner,
    ...(expires !== undefined ? { expires } : {}),
    ...(n !== undefined ? { pr: { number: n, state: state ?? 'unknown' } } : {}),
    verdict: 'keep',
    why: '',
  };
  if (!repository) return { ...row, why: 'GITHUB_REPOSITORY is not set, so its owner cannot be compared' };
  if (owner === '') return { ...row, why: `it has no ${OWNER_TAG} tag (not made by this action, or with provenance-tags: false)` };
  if (foreign !== undefined) return { ...row, why: `it belongs to ${foreign}` };
  const expiry = parseExpiry(expires);
  if (expiry !== undefined && expiry <= now) return { ...row, verdict: 'delete', why: `it expired at ${expires}` };
  if (state === 'closed') return { ...row, verdict: 'delete', why: `pull request #${n} is closed` };
  const open = n === undefined ? '' : state === 'open' ? `pull request #${n} is open` : `GitHub did not say whether pull request #${n} is closed`;
  const later = expiry !== undefined ? `it expires at ${expires}` : expires !== undefined ? `its ${EXPIRES_TAG} tag is not a time` : '';
  return { ...row, why: [later, open].filter(Boolean).join('; ') || 'it has no expiry and no pull request' };
}
