// When to poll while a stream is CREATING/UPDATING/DELETING, and how long to back off after errors.
// Pure: no I/O, randomness passed in.
//
// Why this shape: detection lag (how late we notice ACTIVE) against the API budget
// (DescribeStreamSummary allows 20 calls/s per account, shared by every job and consumer).
// - Early polls are dense: emulators and small streams turn ACTIVE in well under a second, and a
//   3-s creation is noticed within ~0.3 s using 5 polls.
// - The table then thins out quickly: a 20-s creation is still noticed within ~1-2 s using 8 polls.
// - Past the table the interval is a quarter of the time waited (lag stays <= 25 %), at least 5 s and
//   at most 15 s: after 10 s of waiting a job polls at most once per 5 s, so 80 parallel jobs stay
//   under 16 calls/s.
// Jitter only ever delays a poll (0-6 %) so the table's guarantees hold while parallel jobs drift apart.

/** Offsets in ms from the start of a wait at which polls happen (before jitter). */
export const POLL_OFFSETS_MS = [250, 700, 1300, 2200, 3300, 7000, 14000, 21000] as const;
export const LATE_MIN_INTERVAL_MS = 5000;
export const LATE_MAX_INTERVAL_MS = 15000;
const JITTER = 0.06;

/** Offset (ms since the wait began) of poll number `n` (0-based). */
export function pollOffset(n: number, random: () => number): number {
  const table = POLL_OFFSETS_MS;
  let offset: number;
  if (n < table.length) {
    offset = table[n];
  } else {
    offset = table[table.length - 1];
    for (let i = table.length; i <= n; i++) offset += lateInterval(offset);
  }
  return offset * (1 + JITTER * random());
}

function lateInterval(elapsedMs: number): number {
  return Math.min(LATE_MAX_INTERVAL_MS, Math.max(LATE_MIN_INTERVAL_MS, elapsedMs / 4));
}

export interface Backoff {
  baseMs: number;
  capMs: number;
}

/** After throttling, 5xx or network errors: exponential, capped, "equal jitter" (half fixed, half random). */
export const ERROR_BACKOFF: Backoff = { baseMs: 300, capMs: 5000 };
/**
 * After CreateStream or DeleteStream hits the 5-streams-CREATING-or-DELETING limit: slots free up as
 * other creations and deletions finish, which takes seconds (emulator) to about a minute (AWS).
 */
export const STREAM_SLOT_BACKOFF: Backoff = { baseMs: 1000, capMs: 8000 };

/** Delay before retry number `attempt` (1-based). */
export function backoffDelay(attempt: number, b: Backoff, random: () => number): number {
  const ceiling = Math.min(b.capMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + (ceiling / 2) * random();
}
