// Unit: the polling schedule, its adaptation to throttling, progress marks and backoff. Pure, virtual time.
import { describe, expect, it } from '@jest/globals';
import { backoffDelay, ERROR_BACKOFF, gapBound, nextProgressMark, PollPacer, STREAM_SLOT_BACKOFF } from '../src/runtime/poll-schedule.js';

/** Poll times (ms into the wait) until `untilMs`, with a fixed random value. */
function polls(untilMs: number, r: number, pacer = new PollPacer(() => r)): number[] {
  const times: number[] = [];
  let last = 0;
  for (;;) {
    const next = last + pacer.nextGap(last);
    if (next > untilMs) return times;
    times.push(next);
    pacer.answered();
    last = next;
  }
}

/** How late a stream that turns ACTIVE at `activeAt` is noticed, and after how many polls. */
function detection(activeAt: number, r: number): { lag: number; polls: number } {
  const pacer = new PollPacer(() => r);
  let last = 0;
  for (let n = 1; ; n++) {
    last += pacer.nextGap(last);
    if (last >= activeAt) return { lag: last - activeAt, polls: n };
  }
}

const RANDOMS = [0, 0.5, 0.999];

describe('the schedule', () => {
  it('notices ACTIVE within 1 s at any point of the first two minutes', () => {
    for (const r of RANDOMS) {
      for (let at = 100; at <= 120_000; at += 337) expect(detection(at, r).lag).toBeLessThanOrEqual(1000);
    }
  });

  it('past two minutes, within 5 % of the time waited, and never more than 15 s', () => {
    for (const r of RANDOMS) {
      for (const at of [121_000, 150_000, 200_000, 300_000, 600_000, 3_600_000]) {
        const { lag } = detection(at, r);
        expect(lag).toBeLessThanOrEqual(Math.min(15_000, 0.05 * at) + 1);
      }
    }
  });

  it('stays dense at the start: polls at 0.25, 0.5 and 1 s, so a sub-second creation is noticed within 0.5 s', () => {
    expect(polls(1000, 0).slice(0, 3)).toEqual([250, 500, 1000]);
    for (const r of RANDOMS) for (const at of [200, 400, 600, 900]) expect(detection(at, r).lag).toBeLessThanOrEqual(500);
  });

  it('averages at most one poll per second (plus the first second) for any wait of 6-120 s', () => {
    for (const r of RANDOMS) {
      for (const waitS of [6, 10, 20, 40, 60, 120]) expect(polls(waitS * 1000, r).length).toBeLessThanOrEqual(Math.ceil(waitS / 0.95) + 4);
    }
    // With the mean jitter: about one per second, plus the dense first second.
    expect(polls(40_000, 0.5).length).toBeLessThanOrEqual(40 + 6);
  });

  it('polls rarely on long waits: at most 15 s apart and about 5 % of the wait', () => {
    expect(gapBound(120_000)).toBe(6000);
    expect(gapBound(300_000)).toBe(15_000);
    expect(gapBound(3_600_000)).toBe(15_000);
    const late = polls(600_000, 0.999).filter((t) => t > 300_000);
    for (let i = 1; i < late.length; i++) expect(late[i] - late[i - 1]).toBeLessThanOrEqual(15_000);
  });

  it('jitter only ever shortens a gap (so the bounds hold) and spreads parallel jobs', () => {
    const a = new PollPacer(() => 0).nextGap(5000);
    const b = new PollPacer(() => 0.999).nextGap(5000);
    expect(a).toBe(1000);
    expect(b).toBeLessThan(a);
    expect(b).toBeGreaterThanOrEqual(950);
  });
});

describe('adapting to throttling', () => {
  it('halves the rate after each throttle, down to 1/16, and recovers additively', () => {
    const p = new PollPacer(() => 0);
    p.throttled();
    expect(p.nextGap(5000)).toBe(2000);
    p.throttled();
    expect(p.nextGap(5000)).toBe(4000);
    for (let i = 0; i < 10; i++) p.throttled();
    expect(p.rate).toBe(1 / 16);
    // Additive increase: 1/20 of the full rate per answered poll.
    p.answered();
    expect(p.rate).toBeCloseTo(1 / 16 + 1 / 20);
    for (let i = 0; i < 40; i++) p.answered();
    expect(p.rate).toBe(1);
  });

  it('20 jobs throttled together settle under the account limit of 20 calls/s', () => {
    // Each job halves its rate on a throttled second; the sum of rates (calls/s) falls under 20 in a few seconds.
    const jobs = Array.from({ length: 20 }, () => new PollPacer(() => 0.5));
    const rateOf = (p: PollPacer) => 1000 / p.nextGap(5000);
    for (let second = 0; second < 5; second++) {
      const total = jobs.reduce((sum, p) => sum + rateOf(p), 0);
      if (total > 20) jobs.forEach((p) => p.throttled());
    }
    expect(jobs.reduce((sum, p) => sum + rateOf(p), 0)).toBeLessThanOrEqual(20);
  });
});

describe('progress marks', () => {
  it('every 10 s for the first 30 s, then every 30 s', () => {
    const marks: number[] = [];
    let m = nextProgressMark(0);
    while (m <= 150_000) {
      marks.push(m);
      m = nextProgressMark(m);
    }
    expect(marks).toEqual([10_000, 20_000, 30_000, 60_000, 90_000, 120_000, 150_000]);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with equal jitter up to the cap', () => {
    expect(backoffDelay(1, ERROR_BACKOFF, () => 0)).toBe(150);
    expect(backoffDelay(1, ERROR_BACKOFF, () => 0.999)).toBeLessThan(300);
    expect(backoffDelay(3, ERROR_BACKOFF, () => 0)).toBe(600);
    expect(backoffDelay(20, ERROR_BACKOFF, () => 0.999)).toBeLessThanOrEqual(5000);
    expect(backoffDelay(20, ERROR_BACKOFF, () => 0)).toBe(2500);
    expect(backoffDelay(1, STREAM_SLOT_BACKOFF, () => 0)).toBe(500);
  });
});
