// Unit: the polling schedule and backoff. Pure, virtual time only.
import { describe, expect, it } from '@jest/globals';
import { backoffDelay, STREAM_SLOT_BACKOFF, ERROR_BACKOFF, pollOffset, POLL_OFFSETS_MS } from '../src/poll-schedule.js';

const offsets = (n: number, r: number) => Array.from({ length: n }, (_, i) => pollOffset(i, () => r));

/** How late a stream that turns ACTIVE at `activeAt` ms is noticed, and after how many polls. */
function detection(activeAt: number, r: number): { lag: number; polls: number } {
  for (let i = 0; ; i++) {
    const t = pollOffset(i, () => r);
    if (t >= activeAt) return { lag: t - activeAt, polls: i + 1 };
  }
}

describe('pollOffset', () => {
  it('starts with a short first delay and never goes backwards', () => {
    for (const r of [0, 0.5, 0.999]) {
      const o = offsets(40, r);
      expect(o[0]).toBeLessThanOrEqual(300);
      for (let i = 1; i < o.length; i++) expect(o[i]).toBeGreaterThan(o[i - 1]);
    }
  });

  it('jitter only delays a poll, by at most 6 %', () => {
    for (let i = 0; i < 20; i++) {
      const plain = pollOffset(i, () => 0);
      expect(pollOffset(i, () => 0.999)).toBeGreaterThanOrEqual(plain);
      expect(pollOffset(i, () => 0.999)).toBeLessThanOrEqual(plain * 1.06);
    }
  });

  it('polls at most once per 4 s once a wait passes 10 s, and at least every 15 s', () => {
    for (const r of [0, 0.999]) {
      const o = offsets(60, r);
      for (let i = 1; i < o.length; i++) {
        if (o[i - 1] >= 10_000) {
          expect(o[i] - o[i - 1]).toBeGreaterThanOrEqual(4000);
          expect(o[i] - o[i - 1]).toBeLessThanOrEqual(15_000 * 1.06 + 1000);
        }
      }
    }
  });

  it('notices a 3-s creation within 0.6 s using 6 polls or fewer', () => {
    for (const r of [0, 0.5, 0.999]) {
      const d = detection(3000, r);
      expect(d.lag).toBeLessThanOrEqual(600);
      expect(d.polls).toBeLessThanOrEqual(6);
    }
  });

  it('notices a 20-s creation within 5 s using 8 polls or fewer', () => {
    for (const r of [0, 0.5, 0.999]) {
      const d = detection(20_000, r);
      expect(d.lag).toBeLessThanOrEqual(5000);
      expect(d.polls).toBeLessThanOrEqual(8);
    }
  });

  it('keeps the detection lag of long waits under a quarter of the time waited (+ table edge)', () => {
    for (const activeAt of [30_000, 60_000, 120_000, 600_000]) {
      expect(detection(activeAt, 0.999).lag).toBeLessThanOrEqual(Math.min(activeAt / 4, 15_000) * 1.06 + activeAt * 0.06);
    }
  });

  it('exposes the table it documents', () => {
    expect(POLL_OFFSETS_MS[0]).toBe(pollOffset(0, () => 0));
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
