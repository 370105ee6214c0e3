// When to poll while a stream is CREATING/UPDATING/DELETING, and how long to back off after errors.
// Pure: no I/O, randomness passed in.
//
// The schedule from first principles. Lag (how late ACTIVE, or gone, is noticed) is at most the gap
// between two polls, so the gap is the bound:
// - First second: at 0.25, 0.5 and 1 s. Emulators and small streams turn ACTIVE in well under a
//   second, and those 3 polls are the "+ a few" over one call per second.
// - Up to 2 minutes of waiting: every 1 s, so lag <= 1 s where real creations land (4-60 s) and where
//   mode switches and reshards of small streams end.
// - Past 2 minutes: 5 % of the time waited (6 s at 2 min), capped at 15 s (reached at 5 min).
// Jitter shortens each gap by 0-5 % (never lengthens it, so the bounds hold) and spreads parallel
// jobs apart. Average rate: at most 1/0.95 ≈ 1.05 DescribeStreamSummary/s per job in the first two
// minutes (mean 1.03/s), far less later.
//
// Why that rate is fair: DescribeStreamSummary allows 20 calls/s per account. Creations and deletions
// are capped by AWS at 5 streams CREATING or DELETING per account and region, so at most 5 jobs poll
// them at once: about 5 calls/s. Waits on UPDATING have no such cap, so the rate also adapts to the
// account's own answer: after a throttle ("Rate exceeded" on DescribeStreamSummary) the job halves its
// poll rate, and each answered poll adds back 1/20 of the full rate (additive increase, as TCP does),
// so N jobs sharing the account settle near the limit instead of hammering it.

/** Gap between the first polls of a wait (then twice that until the first second is over). */
export const FIRST_SECOND_GAP_MS = 250;
/** Gap between polls for the rest of the first two minutes: the 1-s lag bound. */
export const FAST_GAP_MS = 1000;
/** How long the 1-s bound lasts. */
export const FAST_PHASE_MS = 120_000;
/** Past the fast phase the gap is this share of the time waited ... */
export const LATE_SHARE = 0.05;
/** ... and never more than this. */
export const MAX_GAP_MS = 15_000;
/** Each gap is shortened by up to this share (jitter). */
export const JITTER = 0.05;
/** After throttling the rate halves, down to this share of the schedule's rate. */
export const MIN_RATE = 1 / 16;
/** Each answered poll adds this much rate back (full rate = 1). */
export const RATE_STEP = 1 / 20;

/** The longest gap allowed after a wait has lasted `waitedMs` (the lag bound at that point). */
export function gapBound(waitedMs: number): number {
  if (waitedMs < 2 * FIRST_SECOND_GAP_MS) return FIRST_SECOND_GAP_MS;
  if (waitedMs < 1000) return 2 * FIRST_SECOND_GAP_MS;
  if (waitedMs < FAST_PHASE_MS) return FAST_GAP_MS;
  return Math.min(MAX_GAP_MS, LATE_SHARE * waitedMs);
}

/** The poll rate of one job: the schedule, slowed down by the account's throttling answers. */
export class PollPacer {
  /** Share of the schedule's rate, in [MIN_RATE, 1]. */
  rate = 1;

  constructor(private readonly random: () => number) {}

  /** Delay before the next poll, the previous one having been made `waitedMs` into the wait. */
  nextGap(waitedMs: number): number {
    return (gapBound(waitedMs) / this.rate) * (1 - JITTER * this.random());
  }

  /** DescribeStreamSummary was throttled: halve the rate. */
  throttled(): void {
    this.rate = Math.max(MIN_RATE, this.rate / 2);
  }

  /** A poll was answered: recover slowly. */
  answered(): void {
    this.rate = Math.min(1, this.rate + RATE_STEP);
  }
}

/** When progress lines are due, in ms into a wait: every 10 s for the first 30 s, then every 30 s. */
export function nextProgressMark(waitedMs: number): number {
  if (waitedMs < 30_000) return (Math.floor(waitedMs / 10_000) + 1) * 10_000;
  return (Math.floor(waitedMs / 30_000) + 1) * 30_000;
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
