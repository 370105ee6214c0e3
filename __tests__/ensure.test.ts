// Unit: the ensure loop (observe → plan → create → wait) against a Kinesis double on virtual time.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { DesiredSpec } from '../src/model/spec.js';
import { ensureStream } from '../src/stages/ensure.js';
import { KinesisGateway } from '../src/aws/gateway.js';
import { createRequest } from '../src/plan/creation.js';
import { createRunContext } from '../src/runtime/context.js';
import { type Log } from '../src/model/log.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis } from '../__fixtures__/kinesis-sim.js';
import { specOf } from '../__fixtures__/spec.js';

function setup(opts: { createMs?: number; random?: number; spec?: Partial<DesiredSpec> } = {}) {
  const clock = new FakeClock(opts.random ?? 0.5);
  const sim = simulateKinesis(clock, { createMs: opts.createMs });
  const lines: string[] = [];
  const log: Log = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    notice: (m) => lines.push(`notice: ${m}`),
    debug: () => undefined,
  };
  const controller = new AbortController();
  const spec = specOf(opts.spec);
  const gateway = new KinesisGateway(
    sim.client,
    clock,
    () => undefined,
    () => controller.signal,
  );
  const go = () => {
    const ctx = createRunContext(spec, { gateway, clock, log, cancel: controller.signal, deadline: clock.now() + spec.timeoutSeconds * 1000 });
    return ensureStream(ctx, async () => createRequest(spec));
  };
  return { clock, sim, lines, controller, go, gateway };
}

let current: ReturnType<typeof setup> | undefined;
afterEach(() => current?.sim.mock.restore());
const make = (...args: Parameters<typeof setup>) => (current = setup(...args));

describe('ensureStream', () => {
  it('takes exactly one call when the stream is already ACTIVE', async () => {
    const t = make();
    t.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 2 });
    const r = await t.go();
    expect(r.how).toBe('found');
    expect(r.stream?.StreamARN).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
    expect(t.sim.calls).toEqual(['DescribeStreamSummary']);
    expect(t.lines.join('\n')).toMatch(/Found stream "orders": ACTIVE, PROVISIONED, 2 open shard/);
  });

  it('creates a missing stream with 1 PROVISIONED shard and waits for ACTIVE', async () => {
    const t = make({ createMs: 3000 });
    const r = await t.go();
    expect(r.how).toBe('created');
    expect(r.stream?.StreamStatus).toBe('ACTIVE');
    const create = t.sim.mock.commandCalls((await import('@aws-sdk/client-kinesis')).CreateStreamCommand)[0];
    expect(create.args[0].input).toEqual({ StreamName: 'orders', ShardCount: 1, StreamModeDetails: { StreamMode: 'PROVISIONED' } });
    // Noticed within 1 s of turning ACTIVE, with one poll a second (+ the dense first second) and the create.
    expect(t.clock.now() - 3000).toBeLessThanOrEqual(1000);
    expect(t.sim.count()).toBeLessThanOrEqual(3 + 6 + 1);
  });

  it('creates ON_DEMAND without a shard count', async () => {
    const t = make({ spec: { streamMode: 'ON_DEMAND' } });
    await t.go();
    const { CreateStreamCommand } = await import('@aws-sdk/client-kinesis');
    expect(t.sim.mock.commandCalls(CreateStreamCommand)[0].args[0].input).toEqual({
      StreamName: 'orders',
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    });
  });

  it.each([6, 8, 16, 20, 40])('notices a %i-s creation at most 1 s late, with at most one poll a second + 6', async (seconds) => {
    for (const random of [0, 0.5, 0.999]) {
      const t = make({ createMs: seconds * 1000, random });
      await t.go();
      expect(t.clock.now() - seconds * 1000).toBeLessThanOrEqual(1000);
      expect(t.sim.count('DescribeStreamSummary')).toBeLessThanOrEqual(Math.ceil(t.clock.now() / 1000) + 6);
      t.sim.mock.restore();
    }
  });

  it('a 75-s creation logs progress at least every 30 s, and the final line has time and calls', async () => {
    const t = make({ createMs: 75_000 });
    await t.go();
    const progress = t.lines.filter((l) => /still CREATING after \d+ s \(\d+ checks\).*timeout in \d+ s/.test(l));
    expect(progress.map((l) => Number(/after (\d+) s/.exec(l)?.[1]))).toEqual([10, 20, 30, 60]);
    expect(t.lines.at(-1)).toMatch(/^Stream "orders" is ACTIVE after 7\d\.\d s\.$/);
  });

  it('adopts a stream that someone else created between describe and create', async () => {
    const t = make();
    t.sim.fault = (op) => {
      if (op === 'CreateStream' && !t.sim.streams.has('orders')) {
        t.sim.streams.set('orders', { status: 'CREATING', until: t.clock.now() + 1000, mode: 'PROVISIONED', shards: 1 });
      }
      return undefined;
    };
    const r = await t.go();
    expect(r.how).toBe('adopted');
    expect(t.lines.join('\n')).toMatch(/created by someone else meanwhile: adopting it/);
  });

  it('adopts, never re-creates, when a CreateStream answer was lost after it took effect', async () => {
    const t = make();
    let lost = false;
    t.sim.afterEffect = () => (lost ? undefined : ((lost = true), awsError('InternalFailure', 'lost', 500)));
    const r = await t.go();
    expect(r.how).toBe('adopted');
    // The lost answer is followed by a look at the stream, not by a second CreateStream.
    expect(t.sim.count('CreateStream')).toBe(1);
    expect(t.sim.streams.size).toBe(1);
    expect(t.lines.join('\n')).toMatch(/answer was lost/);
  });

  it('waits for a DELETING stream to vanish, then creates it again', async () => {
    const t = make();
    t.sim.streams.set('orders', { status: 'DELETING', until: 2000, mode: 'PROVISIONED', shards: 1 });
    const r = await t.go();
    expect(r.how).toBe('created');
    expect(t.sim.count('CreateStream')).toBe(1);
    expect(t.lines.join('\n')).toMatch(/DELETING: waiting until it is gone[\s\S]*finished deleting: creating it/);
  });

  it('waits out CREATING and UPDATING without creating', async () => {
    for (const status of ['CREATING', 'UPDATING'] as const) {
      const t = make();
      t.sim.streams.set('orders', { status, until: 1000, mode: 'PROVISIONED', shards: 1 });
      const r = await t.go();
      expect(r.how).toBe('found');
      expect(t.sim.count('CreateStream')).toBe(0);
      t.sim.mock.restore();
    }
  });

  it.each([
    ['throttling', () => awsError('LimitExceededException', 'Rate exceeded for stream orders')],
    ['a 500', () => awsError('InternalFailure', 'boom', 500)],
    ['a 503', () => awsError('ServiceUnavailable', 'busy', 503)],
    ['a connection reset', () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a call timeout', () => Object.assign(new Error('Request aborted'), { name: 'AbortError' })],
  ])('retries DescribeStreamSummary after %s', async (_label, fault) => {
    const t = make();
    t.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    t.sim.fault = (_op, n) => (n < 3 ? fault() : undefined);
    const r = await t.go();
    expect(r.how).toBe('found');
    expect(t.sim.count()).toBe(4);
    // Backed off between attempts, growing.
    expect(t.clock.sleeps.length).toBe(3);
    expect(t.clock.sleeps[2]).toBeGreaterThan(t.clock.sleeps[0]);
  });

  it('backs off and retries CreateStream at the 5-streams-CREATING limit', async () => {
    const t = make();
    let refused = 0;
    t.sim.fault = (op) =>
      op === 'CreateStream' && refused++ < 3 ? awsError('LimitExceededException', 'Limit for streams being created concurrently exceeded') : undefined;
    const r = await t.go();
    expect(r.how).toBe('created');
    expect(t.sim.count('CreateStream')).toBe(4); // 3 refused, then accepted
    expect(t.lines.join('\n')).toMatch(/at its limit of 5 streams CREATING or DELETING in us-east-1; waiting for a slot/);
  });

  it('fails at once on AccessDenied, naming the IAM action', async () => {
    const t = make();
    t.sim.fault = (op) =>
      op === 'CreateStream'
        ? awsError('AccessDeniedException', 'User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: kinesis:CreateStream')
        : undefined;
    await expect(t.go()).rejects.toThrow(/^Access denied: the AWS identity may not call kinesis:CreateStream on stream "orders" in us-east-1/);
    expect(t.sim.calls).toEqual(['DescribeStreamSummary', 'CreateStream']);
  });

  it('fails at once on a hard shard quota', async () => {
    const t = make();
    t.sim.fault = (op) => (op === 'CreateStream' ? awsError('LimitExceededException', 'This request would exceed the shard limit for the account') : undefined);
    await expect(t.go()).rejects.toThrow(/would exceed an account quota/);
    expect(t.sim.count('CreateStream')).toBe(1);
  });

  it('gives up on an endpoint that refuses connections 3 times in a row', async () => {
    const t = make();
    t.sim.fault = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    await expect(t.go()).rejects.toThrow(/connection refused 3 times in a row.*endpoint-url/);
    expect(t.sim.count()).toBe(3);
  });

  it('times out at the deadline with the status, the seconds waited and the input to raise', async () => {
    const t = make({ createMs: 3_600_000, spec: { timeoutSeconds: 3 } });
    await expect(t.go()).rejects.toThrow(
      new RegExp(
        /^Timed out after 3\.0 s waiting for stream "orders" in us-east-1 to become ACTIVE; last status: CREATING\. /.source +
          /Raise the "timeout-seconds" input \(now 3\)\.$/.source,
      ),
    );
    // Never slept past the deadline, and polled once more at the deadline itself.
    expect(t.clock.now()).toBe(3000);
  });

  it('times out while throttled, naming the last error', async () => {
    const t = make({ spec: { timeoutSeconds: 10 } });
    t.sim.fault = () => awsError('LimitExceededException', 'Rate exceeded');
    await expect(t.go()).rejects.toThrow(/Timed out after 10\.0 s .*Last error: LimitExceededException: Rate exceeded/);
    expect(t.clock.now()).toBeLessThanOrEqual(10_000);
  });

  it('stops when cancelled and says what was left in progress', async () => {
    const t = make();
    t.clock.onSleep = () => {
      if (t.sim.count() >= 3) t.controller.abort(new Error('SIGINT'));
    };
    await expect(t.go()).rejects.toThrow(/^Cancelled after \d+\.\d s: stream "orders" is still CREATING; it will finish on its own\.$/);
  });
});

describe('call budget', () => {
  it('is a whole number of ms, capped, and ends shortly after the deadline', async () => {
    const { callBudgetMs, callSignal, CALL_GRACE_MS } = await import('../src/aws/gateway.js');
    expect(callBudgetMs(0, 3_600_000)).toBe(10_000);
    expect(callBudgetMs(2508.123, 3000)).toBe(Math.round(3000 + CALL_GRACE_MS - 2508.123));
    expect(callBudgetMs(9999, 3000)).toBe(200);
    const cancel = new AbortController();
    const signal = callSignal(cancel.signal, callBudgetMs(1.5, 3000.25));
    expect(signal.aborted).toBe(false);
    cancel.abort(new Error('SIGINT'));
    expect(signal.aborted).toBe(true);
  });
});
