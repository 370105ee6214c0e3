// The step's budget: its deadline (timeout-seconds) and the runner's cancellation. Every call and every
// pause asks the budget first, so no stage can overrun the deadline or outlive a cancelled step. What
// the budget says when it runs out is the run's own story (what it waited for, the last status seen),
// so the lines come from the run context (messages.ts builds them).
import { ActionError } from '../shared/action-error.js';
import type { Clock } from '../shared/clock.js';

/** The deadline passed: the message says what the run was waiting for. */
export class TimedOut extends ActionError {}
/** The runner cancelled the step: the message says what was left in progress. */
export class Cancelled extends ActionError {}

export interface BudgetLines {
  timedOut(): string;
  /** `inFlight`: the mutating call that was out when the runner cancelled, if any. */
  cancelled(inFlight?: string): string;
}

export class Budget {
  readonly start: number;
  /** One poll may be sent at the deadline itself, so that a stream turning ACTIVE just then is seen. */
  private finalPoll: 'unused' | 'due' | 'spent' = 'unused';

  constructor(
    readonly clock: Clock,
    readonly cancel: AbortSignal,
    /** Clock time at which the step's budget ends. */
    readonly deadline: number,
    private readonly lines: BudgetLines,
  ) {
    this.start = clock.now();
  }

  /** Seconds since the run began, as "3.6". */
  seconds(): string {
    return ((this.clock.now() - this.start) / 1000).toFixed(1);
  }

  /** Seconds left of the step's budget. */
  secondsLeft(): number {
    return Math.max(0, Math.round((this.deadline - this.clock.now()) / 1000));
  }

  /** Before each call: stop on cancellation, and never start a call past the deadline (but the last poll). */
  check(isPoll: boolean): void {
    if (this.cancel.aborted) throw this.cancelled();
    if (this.clock.now() < this.deadline) return;
    if (isPoll && this.finalPoll === 'due') {
      this.finalPoll = 'spent';
      return;
    }
    throw this.timedOut();
  }

  /** Sleeps until `at`, never past the deadline: one last poll may happen at the deadline itself. */
  async pauseUntil(at: number, finalPollAllowed: boolean): Promise<void> {
    const { clock, cancel, deadline } = this;
    if (at >= deadline) {
      if (this.finalPoll !== 'unused' || !finalPollAllowed) throw this.timedOut();
      this.finalPoll = 'due';
      at = deadline;
    }
    try {
      await clock.sleep(at - clock.now(), cancel);
    } catch (err) {
      if (cancel.aborted) throw this.cancelled();
      throw err;
    }
  }

  timedOut(): TimedOut {
    return new TimedOut(this.lines.timedOut());
  }

  cancelled(inFlight?: string): Cancelled {
    return new Cancelled(this.lines.cancelled(inFlight));
  }
}
