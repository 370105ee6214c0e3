// Calls with a per-stream daily budget. AWS refuses them past it with LimitExceededException, in a
// text not documented and possibly the same "Rate exceeded" as a passing throttle; a throttle clears
// in a few seconds even for a matrix of jobs, so a refusal that keeps coming back, every try for at
// least 30 s and at least 6 times, is taken to be the budget, and said so, instead of being retried
// until the timeout. Pure: the caller feeds it each answer and the time.

export const DAILY_BUDGETS: Record<string, string> = {
  UpdateShardCount: '10 scalings (UpdateShardCount) per stream per rolling 24 hours',
  UpdateStreamMode: '2 capacity-mode switches per stream per rolling 24 hours',
};
export const BUDGET_REFUSALS = 6;
export const BUDGET_WINDOW_MS = 30_000;

/** LimitExceeded answers in a row to one call, and when the first of them came. */
export interface RefusalStreak {
  refusals: number;
  since: number;
}

export const NO_STREAK: RefusalStreak = { refusals: 0, since: 0 };

/** The streak after one more failed try: only refusals in a row count, any other answer starts again. */
export function nextStreak(streak: RefusalStreak, limitExceeded: boolean, now: number): RefusalStreak {
  if (!limitExceeded) return NO_STREAK;
  return streak.refusals === 0 ? { refusals: 1, since: now } : { refusals: streak.refusals + 1, since: streak.since };
}

/** The daily budget `operation` has spent, when the streak says so (undefined: keep retrying). */
export function spentBudget(operation: string, streak: RefusalStreak, now: number): string | undefined {
  const budget = DAILY_BUDGETS[operation];
  if (!budget) return undefined;
  return streak.refusals >= BUDGET_REFUSALS && now - streak.since >= BUDGET_WINDOW_MS ? budget : undefined;
}
