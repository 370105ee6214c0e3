// A virtual clock many concurrent runs share: sleep() parks a task on a timer, and run() moves time to
// the earliest timer whenever every task is parked (or waiting on the mocked client), so N jobs interleave
// as they would in real time, in milliseconds of real time. `random` is a seeded generator (reproducible).
import type { Clock } from '../src/shared/clock.js';
import { FakeClock } from './fake-clock.js';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export class EventClock implements Clock {
  time = 0;
  #timers: Timer[] = [];
  #seq = 0;
  #seed: number;

  constructor(seed = 1) {
    this.#seed = seed;
  }

  now = (): number => this.time;
  wallTime = (): number => FakeClock.EPOCH + this.time;
  /** mulberry32: the same seed gives the same schedule. */
  random = (): number => {
    let t = (this.#seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      this.#timers.push({ at: this.time + Math.max(0, ms), seq: this.#seq++, resolve });
    });

  /** Runs until `work` settles, moving time from timer to timer when nothing else can go on. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => (settled = true));
    for (let idle = 0; !settled;) {
      await new Promise((r) => setImmediate(r));
      if (settled) break;
      if (this.#timers.length === 0) {
        if (++idle > 1000) throw new Error('EventClock: nothing to wait for, and the work has not settled');
        continue;
      }
      idle = 0;
      this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.#timers.shift()!;
      this.time = Math.max(this.time, next.at);
      next.resolve();
    }
    return done;
  }
}
