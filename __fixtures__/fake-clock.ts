// A virtual clock: sleep() advances time at once, so waits, backoff and deadlines are tested without
// real sleeping. `random` is fixed (default 0.5) so schedules are reproducible.
import type { Clock } from '../src/shared/clock.js';

export class FakeClock implements Clock {
  time = 0;
  sleeps: number[] = [];
  /** Called before each sleep: lets a test abort (cancel) at a chosen moment. */
  onSleep?: (ms: number) => void;

  constructor(private readonly rnd = 0.5) {}

  now = (): number => this.time;
  random = (): number => this.rnd;
  /** Virtual wall time: 2026-12-01T12:00:00Z at time 0. */
  static readonly EPOCH = Date.UTC(2026, 11, 1, 12);
  wallTime = (): number => FakeClock.EPOCH + this.time;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    this.onSleep?.(ms);
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
  };

  advance(ms: number): void {
    this.time += ms;
  }
}
