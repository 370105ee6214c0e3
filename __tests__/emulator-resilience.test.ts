// Emulator level: races, injected faults and teardown against kinesis-local, through a
// fault-injecting proxy on loopback.
import { describe, expect, it } from '@jest/globals';
import { CreateStreamCommand, DescribeStreamSummaryCommand, RegisterStreamConsumerCommand } from '@aws-sdk/client-kinesis';
import { useKinesisLocal, waitForStatus } from './support/emulator.js';
import { startFakeKinesis, type Fault } from './support/fake-kinesis.js';
import { runInProcess } from './support/in-process.js';

// Real CREATING delays so that parallel creations meet the 5-streams-CREATING limit.
const emulator = useKinesisLocal({ createMs: 1000, deleteMs: 500, updateMs: 300 });
// For tests that need a run to find a stream CREATING or DELETING: they wait until the server shows
// that state, then start the run at once; 3 s of it leave a wide margin however loaded the machine.
const windows = useKinesisLocal({ createMs: 3000, deleteMs: 3000, updateMs: 300 });

describe('races', () => {
  it('16 parallel runs on one new name: all succeed, one ARN, exactly one created=true', async () => {
    const runs = await Promise.all(Array.from({ length: 16 }, () => runInProcess(emulator.endpoint, { streamName: 'race-one' })));
    expect(runs.map((r) => r.failure)).toEqual(Array(16).fill(undefined));
    expect(new Set(runs.map((r) => r.result?.stream?.StreamARN)).size).toBe(1);
    expect(runs.filter((r) => r.result?.created)).toHaveLength(1);
  });

  it('8 parallel runs declaring settings on one new name all succeed, even with on-drift: fail', async () => {
    const spec = { streamName: 'race-settings', shardCount: 2, retentionHours: 48, shardLevelMetrics: ['IncomingBytes'], onDrift: 'fail' as const };
    const runs = await Promise.all(Array.from({ length: 8 }, () => runInProcess(emulator.endpoint, spec)));
    expect(runs.map((r) => r.failure)).toEqual(Array(8).fill(undefined));
    expect(runs.filter((r) => r.result?.created)).toHaveLength(1);
    const s = (await emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: 'race-settings' }))).StreamDescriptionSummary;
    expect(s).toMatchObject({ OpenShardCount: 2, RetentionPeriodHours: 48, EnhancedMonitoring: [{ ShardLevelMetrics: ['IncomingBytes'] }] });
  });

  it('8 parallel runs on 8 new names get past the 5-streams-CREATING limit', async () => {
    // The 8 first CreateStreams are held until all 8 have arrived, then reach kinesis-local together:
    // 3 of them meet the limit however slowly each run got there (the 1-s CREATING would not do it
    // alone on a loaded machine). Later calls, the retries among them, pass straight through.
    let creates = 0;
    let allArrived!: () => void;
    const barrier = new Promise<void>((resolve) => (allArrived = resolve));
    const proxy = await startFakeKinesis({
      upstream: emulator.endpoint,
      decide: (call) => {
        if (call.operation !== 'CreateStream' || ++creates > 8) return undefined;
        if (creates === 8) allArrived();
        return { kind: 'hold', until: barrier };
      },
    });
    try {
      const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => runInProcess(proxy.endpoint, { streamName: `race-many-${i}` })));
      expect(runs.map((r) => r.failure)).toEqual(Array(8).fill(undefined));
      expect(runs.every((r) => r.result?.created)).toBe(true);
      // At least one had to back off: only 5 may be CREATING at once.
      expect(runs.some((r) => r.info.some((l) => /limit of 5 streams CREATING or DELETING/.test(l)))).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});

describe('faults', () => {
  it('10 of 10 runs succeed with 30 % of calls failing (throttle, 500, 503, reset, slow)', async () => {
    // Deterministic "random": a fixed pseudo-random sequence, so a failure is reproducible.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const faults: Fault[] = [
      { kind: 'error', status: 400, type: 'LimitExceededException', message: 'Rate exceeded for stream' },
      { kind: 'error', status: 500, type: 'InternalFailure' },
      { kind: 'error', status: 503, type: 'ServiceUnavailable' },
      { kind: 'reset' },
      { kind: 'delay', ms: 1500 },
    ];
    const injected = new Set<Fault>();
    const proxy = await startFakeKinesis({
      upstream: emulator.endpoint,
      decide: () => {
        const fault = rnd() < 0.3 ? faults[Math.floor(rnd() * faults.length)] : undefined;
        if (fault) injected.add(fault);
        return fault;
      },
    });
    try {
      const runs = [];
      for (const batch of [0, 5]) {
        // Five at a time: within the 5-streams-CREATING limit, so only injected faults slow them down.
        runs.push(
          ...(await Promise.all(
            [0, 1, 2, 3, 4].map((i) => runInProcess(proxy.endpoint, { streamName: `faulty-${batch + i}`, shardCount: 2, retentionHours: 48 })),
          )),
        );
      }
      // Every fault kind was injected at least once.
      expect(injected.size).toBe(faults.length);
      expect(runs.map((r) => r.failure)).toEqual(Array(10).fill(undefined));
      for (let i = 0; i < 10; i++) {
        const s = (await emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: `faulty-${i}` }))).StreamDescriptionSummary;
        expect(s).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 2, RetentionPeriodHours: 48 });
      }
    } finally {
      await proxy.close();
    }
    // Two batches one after the other, each inside its runs' own 45-s budget.
  }, 120_000);

  it('a CreateStream whose answer was lost after it took effect is adopted, not re-created', async () => {
    let lost = 0;
    const proxy = await startFakeKinesis({
      upstream: emulator.endpoint,
      decide: (call) => (call.operation === 'CreateStream' && lost++ === 0 ? { kind: 'lose-answer' } : undefined),
    });
    try {
      const r = await runInProcess(proxy.endpoint, { streamName: 'lost-answer' });
      expect(r.failure).toBeUndefined();
      expect(r.result?.stream?.StreamStatus).toBe('ACTIVE');
      // The lost answer is followed by a look at the stream, not by a second CreateStream.
      expect(proxy.count('CreateStream')).toBe(1);
      expect(r.info.join('\n')).toMatch(/answer was lost.*Adopting it/);
    } finally {
      await proxy.close();
    }
  });

  it('a stream found DELETING is re-created (created=true)', async () => {
    await runInProcess(windows.endpoint, { streamName: 'reborn' });
    const del = runInProcess(windows.endpoint, { streamName: 'reborn', state: 'absent' });
    // The teardown run has sent DeleteStream once the server shows DELETING (3 s of it).
    await waitForStatus(windows.client, 'reborn', 'DELETING', { missedIf: ['ABSENT'] });
    // The ensure run starts now and finds it DELETING. Its CreateStream is held until the teardown
    // run has ended: that run must see the old stream gone, never the new one.
    const proxy = await startFakeKinesis({
      upstream: windows.endpoint,
      decide: (call) => (call.operation === 'CreateStream' ? { kind: 'hold', until: del } : undefined),
    });
    try {
      const r = await runInProcess(proxy.endpoint, { streamName: 'reborn' });
      expect(r.failure).toBeUndefined();
      expect(r.info.join('\n')).toMatch(/"reborn" is DELETING/);
      expect(r.result).toMatchObject({ created: true });
      const gone = await del;
      expect(gone.failure).toBeUndefined();
      expect(gone.result?.deleted).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});

describe('teardown', () => {
  it('absent deletes and waits; absent again is a no-op', async () => {
    await runInProcess(emulator.endpoint, { streamName: 'gone' });
    const first = await runInProcess(emulator.endpoint, { streamName: 'gone', state: 'absent' });
    expect(first.result).toMatchObject({ happened: 'deleted', deleted: true });
    await expect(emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: 'gone' }))).rejects.toThrow(/not found/);
    const second = await runInProcess(emulator.endpoint, { streamName: 'gone', state: 'absent' });
    expect(second.result).toMatchObject({ happened: 'already absent', deleted: false });
    expect(second.calls).toBe(1);
  });

  it('guards registered consumers unless enforce-consumer-deletion', async () => {
    const made = await runInProcess(emulator.endpoint, { streamName: 'consumed' });
    await emulator.client.send(new RegisterStreamConsumerCommand({ StreamARN: made.result?.stream?.StreamARN, ConsumerName: 'reader' }));
    const refused = await runInProcess(emulator.endpoint, { streamName: 'consumed', state: 'absent' });
    expect(refused.failure).toMatch(/has 1 registered consumer \(reader\); deleting the stream would deregister it, .*enforce-consumer-deletion/);
    expect((await emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: 'consumed' }))).StreamDescriptionSummary?.StreamStatus).toBe('ACTIVE');
    const forced = await runInProcess(emulator.endpoint, { streamName: 'consumed', state: 'absent', enforceConsumerDeletion: true });
    expect(forced.result?.deleted).toBe(true);
  });

  it('absent while CREATING waits for ACTIVE, then deletes', async () => {
    // Created by someone else (no ensure run racing the teardown); CREATING for 3 s from here.
    await windows.client.send(new CreateStreamCommand({ StreamName: 'young', ShardCount: 1 }));
    await waitForStatus(windows.client, 'young', 'CREATING', { missedIf: ['ACTIVE'] });
    const r = await runInProcess(windows.endpoint, { streamName: 'young', state: 'absent' });
    expect(r.failure).toBeUndefined();
    expect(r.result?.deleted).toBe(true);
    expect(r.info.join('\n')).toMatch(/is CREATING: waiting for it to settle before deleting it/);
    await waitForStatus(windows.client, 'young', 'ABSENT');
  });
});
