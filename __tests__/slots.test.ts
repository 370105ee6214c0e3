// Unit (issue 23): the wait for one of the account's five CREATING-or-DELETING slots. The schedule is
// pure; N jobs then run together on one virtual clock against the Kinesis double with AWS's slot
// limit and its refusal text, and the makespan is compared with the ideal ceil(N/5) × D.
import { afterEach, describe, expect, it } from '@jest/globals';
import { AWS_LIST_STREAMS, awsAnswer } from '../__fixtures__/aws-answers.js';
import { EventClock } from '../__fixtures__/event-clock.js';
import { awsError, simulateKinesis } from '../__fixtures__/kinesis-sim.js';
import { ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { recordedRun } from '../__fixtures__/run-context.js';
import { afterThrottledLook, learn, nextLook, type Busy } from '../src/runtime/slots.js';
import { reconcile } from '../src/stages/reconcile.js';

describe('the schedule (pure)', () => {
  it('learns a creation length from a stream seen CREATING and then not (its age when first seen done)', () => {
    let seen = new Map<string, Busy>();
    let lengths = {};
    ({ seen, lengths } = learn(seen, lengths, [{ name: 'a', status: 'CREATING', createdAt: 1000 }], 5000));
    expect(seen.get('a')).toEqual({ status: 'CREATING', since: 1000, lastSeen: 5000 });
    expect(lengths).toEqual({});
    ({ seen, lengths } = learn(seen, lengths, [{ name: 'a', status: 'ACTIVE', createdAt: 1000 }], 9000));
    expect(lengths).toEqual({ createMs: 8000, createLowMs: 4000 });
    expect(seen.size).toBe(0);
    // DELETING counts from its first sighting; gone later gives a deletion length.
    ({ seen, lengths } = learn(seen, lengths, [{ name: 'b', status: 'DELETING', createdAt: 1 }], 10_000));
    ({ seen, lengths } = learn(seen, lengths, [{ name: 'b', status: 'DELETING', createdAt: 1 }], 12_000));
    ({ seen, lengths } = learn(seen, lengths, [], 13_000));
    expect(lengths).toEqual({ createMs: 8000, createLowMs: 4000, deleteMs: 3000 });
    expect(seen.size).toBe(0);
  });

  it('looks when the oldest busy stream may be done, else one probe from now; never sleeps past 30 s', () => {
    const busy = (since: number): Busy => ({ status: 'CREATING', since, lastSeen: 0 });
    expect(nextLook([busy(0), busy(2000)], {}, 1000, 1000)).toEqual({ at: 2000, predicted: false });
    expect(nextLook([busy(0), busy(2000)], { createMs: 8000 }, 1000, 1000)).toEqual({ at: 8000, predicted: true });
    // Sightings that bracket a creation at 6-8 s: the middle.
    expect(nextLook([busy(0)], { createMs: 8000, createLowMs: 6000 }, 1000, 1000)).toEqual({ at: 7000, predicted: true });
    // Past its predicted end and still busy: look again one probe later, and within 1 s even when the probe has grown.
    expect(nextLook([busy(0)], { createMs: 8000 }, 9000, 500)).toEqual({ at: 9500, predicted: false });
    expect(nextLook([busy(0)], { createMs: 8000 }, 9000, 8000)).toEqual({ at: 10_000, predicted: false });
    expect(nextLook([busy(0)], { createMs: 600_000 }, 1000, 1000)).toEqual({ at: 31_000, predicted: false });
  });
  it('after a throttled look: sends when the last view said a slot frees before the retry, else looks again (soon when overdue)', () => {
    const busy = (since: number): Busy => ({ status: 'CREATING', since, lastSeen: 0 });
    // A creation of ~8 s seen at 0: it frees at 8000; a retry 6 s after 5000 would overshoot it by 3 s.
    expect(afterThrottledLook([busy(0), busy(500)], { createMs: 8000 }, 5000, 6000)).toEqual({ inMs: 3000, send: true });
    // Already past the predicted end (the last view disproved it): look again within 1 s, not send blind.
    expect(afterThrottledLook([busy(0)], { createMs: 8000 }, 9000, 6000)).toEqual({ inMs: 1000, send: false });
    expect(afterThrottledLook([busy(0)], { createMs: 8000 }, 9000, 300)).toEqual({ inMs: 300, send: false });
    // The slot frees after the retry, or nothing is known yet: look again after the retry.
    expect(afterThrottledLook([busy(0)], { createMs: 8000 }, 1000, 2000)).toEqual({ inMs: 2000, send: false });
    expect(afterThrottledLook([busy(0)], {}, 1000, 2000)).toEqual({ inMs: 2000, send: false });
    expect(afterThrottledLook([], { createMs: 8000 }, 1000, 2000)).toEqual({ inMs: 2000, send: false });
  });
});

describe('N jobs, one account, five slots (virtual time)', () => {
  let sim: ReturnType<typeof simulateKinesis> | undefined;
  afterEach(() => sim?.mock.restore());

  async function wave(jobs: number, seconds: number) {
    const clock = new EventClock(7);
    sim = simulateKinesis(clock as never, {
      createMs: seconds * 1000,
      slots: { limit: 5, message: awsAnswer('create-limit-creating-or-deleting').message },
      limits: { ShardLimit: 10_000, OnDemandStreamCountLimit: 50 },
    });
    const runs = Array.from({ length: jobs }, (_, i) => {
      const { ctx } = recordedRun(sim!.client, clock as never, { streamName: `job-${i}`, shardCount: 1, timeoutSeconds: 900 });
      return reconcile(ctx, { provenance: async () => ({}) });
    });
    const results = await clock.run(Promise.all(runs));
    const creates = sim.calls.filter((c) => c === 'CreateStream').length;
    return { makespan: clock.now(), ideal: Math.ceil(jobs / 5) * seconds * 1000, results, refused: creates - jobs };
  }

  it.each([
    [15, 8, 1.2],
    [20, 20, 1.1],
  ])('%i jobs × %i s: every stream created, makespan within ×%f of ideal, about one refusal per job per wave', async (jobs, seconds, bound) => {
    const r = await wave(jobs, seconds);
    expect(r.results.map((x) => x.happened)).toEqual(Array(jobs).fill('created'));
    expect(r.makespan / r.ideal).toBeLessThanOrEqual(bound);
    // Each job that waits loses at most about two races a wave.
    expect(r.refused / jobs / Math.ceil(jobs / 5)).toBeLessThanOrEqual(2);
  });
});

describe('the waiter against what endpoints answer', () => {
  let sim: ReturnType<typeof simulateKinesis> | undefined;
  afterEach(() => sim?.mock.restore());
  const SLOT = () => awsError('LimitExceededException', awsAnswer('create-limit-creating-or-deleting').message);

  it('a ListStreams without summaries (kinesis-local) or refused: the plain backoff, and ListStreams is not asked again', async () => {
    const clock = new EventClock(3);
    sim = simulateKinesis(clock as never, { createMs: 1000 });
    sim.mock.on(ListStreamsCommand).resolves({ StreamNames: ['other'], HasMoreStreams: false });
    let refusals = 0;
    sim.fault = (op) => (op === 'CreateStream' && refusals++ < 3 ? SLOT() : undefined);
    const { ctx, info } = recordedRun(sim.client, clock as never, { shardCount: 1 });
    const r = await clock.run(reconcile(ctx, { provenance: async () => ({}) }));
    expect(r.happened).toBe('created');
    expect(sim.mock.commandCalls(ListStreamsCommand)).toHaveLength(1);
    expect(info.join('\n')).toMatch(/waiting for a slot/);
  });

  it('a throttled ListStreams is looked at again later; a throttled CreateStream widens the spread; a contradiction backs off', async () => {
    const clock = new EventClock(5);
    sim = simulateKinesis(clock as never, { createMs: 1000 });
    let lists = 0;
    let creates = 0;
    sim.fault = (op) => {
      // The throttles as AWS words them: per account for ListStreams, per stream for CreateStream.
      if (op === 'ListStreams' && lists++ === 0) return awsError('LimitExceededException', awsAnswer('throttle-rate-exceeded-for-account').message);
      if (op === 'CreateStream' && creates++ < 3)
        return creates === 2 ? awsError('LimitExceededException', awsAnswer('throttle-rate-exceeded-for-stream').message) : SLOT();
      return undefined;
    };
    const { ctx } = recordedRun(sim.client, clock as never, { shardCount: 1 });
    const r = await clock.run(reconcile(ctx, { provenance: async () => ({}) }));
    expect(r.happened).toBe('created');
    // No stream holds a slot in the listing, yet CreateStream was refused: the waiter trusted the refusal.
    expect(sim.count('ListStreams')).toBeGreaterThanOrEqual(3);
    expect(sim.count('CreateStream')).toBe(4);
  });
});

describe('the waiter reads ListStreams as AWS answers it', () => {
  let sim: ReturnType<typeof simulateKinesis> | undefined;
  afterEach(() => sim?.mock.restore());

  it('five CREATING summaries: it keeps looking (not the blind backoff) until one is done, then sends', async () => {
    const clock = new EventClock(9);
    sim = simulateKinesis(clock as never, { createMs: 1000 });
    const busy = (n: number) =>
      Array.from({ length: 5 }, (_, i) => ({
        name: `other-${i}`,
        status: (i < n ? 'CREATING' : 'ACTIVE') as 'CREATING' | 'ACTIVE',
        createdAt: new Date(clock.wallTime()),
      }));
    let lists = 0;
    sim.mock.on(ListStreamsCommand).callsFake(async () => {
      lists++;
      const { source: _source, ...answer } = AWS_LIST_STREAMS(busy(lists < 3 ? 5 : 4));
      return answer;
    });
    let refused = false;
    sim.fault = (op) =>
      op === 'CreateStream' && !refused
        ? ((refused = true), awsError('LimitExceededException', awsAnswer('create-limit-creating-or-deleting').message))
        : undefined;
    const { ctx } = recordedRun(sim.client, clock as never, { shardCount: 1 });
    const r = await clock.run(reconcile(ctx, { provenance: async () => ({}) }));
    expect(r.happened).toBe('created');
    // Looked until the listing showed a free slot (the third look), then sent once more.
    expect(lists).toBe(3);
    expect(sim.count('CreateStream')).toBe(2);
  });
});
