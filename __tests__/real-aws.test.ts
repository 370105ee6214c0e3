// Unit: behaviour that depends on what real AWS answers, driven by the catalogue of real answers in
// __fixtures__/aws-answers.ts (not by emulator wording), and the races preview environments produce:
// slot limits on create and delete, parallel teardowns, half-finished creations, lost answers, and a
// deadline that holds on every path. All on virtual time against the Kinesis double.
import { describe, expect, it } from '@jest/globals';
import { CreateStreamCommand, DeleteStreamCommand, IncreaseStreamRetentionPeriodCommand, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { classify, isAmbiguous, limitKind } from '../src/aws/errors.js';
import { explain } from '../src/aws/explain.js';
import type { DesiredSpec } from '../src/model/spec.js';
import type { KeyLookup } from '../src/aws/kms.js';
import { PENDING_TAG } from '../src/model/tags.js';
import { reconcile } from '../src/stages/reconcile.js';
import { teardown } from '../src/stages/teardown.js';
import { AWS_ANSWERS, awsAnswer, type AwsAnswer } from '../__fixtures__/aws-answers.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis, type SimOptions } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';

const answer = awsAnswer;
const errorOf = (a: AwsAnswer): Error => awsError(a.type, a.message, a.httpStatus);
const SLOT_TEXT = answer('create-limit-creating-or-deleting').message;

describe('classification by the texts AWS sends', () => {
  // What the action does with each meaning. Daily budgets arrive as "Rate exceeded…" (the same text as
  // throttling, see the fixture's sources), so they can only be treated as throttling.
  const expected: Record<AwsAnswer['meaning'], string> = {
    'stream-slot-limit': 'retryable',
    throttled: 'retryable',
    'daily-budget': 'retryable',
    'hard-quota': 'fatal',
    'not-found': 'not-found',
    'in-use': 'in-use',
    'access-denied': 'access-denied',
    kms: 'fatal',
    credentials: 'fatal',
    invalid: 'fatal',
    server: 'retryable',
  };
  it.each(AWS_ANSWERS.flatMap((a) => a.operations.map((op) => [a.id, op, a] as const)))('%s on %s', (_id, op, a) => {
    // Denied KMS keys are reported by type; KMS throttling is retried.
    const want = a.type === 'KMSThrottlingException' ? 'retryable' : a.type === 'AccessDeniedException' ? 'access-denied' : expected[a.meaning];
    expect(classify(errorOf(a), op)).toBe(want);
  });

  it('tells the slot limit from throttling and quotas by text', () => {
    expect(limitKind(SLOT_TEXT)).toBe('stream-slots');
    expect(limitKind(answer('throttle-rate-exceeded-for-stream').message)).toBe('throttled');
    expect(limitKind(answer('create-shard-quota').message)).toBe('hard-quota');
    expect(limitKind(answer('on-demand-stream-count-limit').message)).toBe('hard-quota');
    expect(limitKind('Something AWS never said before')).toBe('unknown');
  });

  it('an unknown LimitExceeded text waits for a slot on CreateStream/DeleteStream, and fails elsewhere', () => {
    const odd = awsError('LimitExceededException', 'A limit we have not seen');
    expect(classify(odd, 'CreateStream')).toBe('retryable');
    expect(classify(odd, 'DeleteStream')).toBe('retryable');
    expect(classify(odd, 'UpdateShardCount')).toBe('fatal');
  });

  it('server errors leave the outcome unknown; limits and refused connections do not', () => {
    expect(isAmbiguous(errorOf(answer('internal-failure')))).toBe(true);
    expect(isAmbiguous(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isAmbiguous(errorOf(answer('create-limit-creating-or-deleting')))).toBe(false);
    expect(isAmbiguous(errorOf(answer('throttle-rate-exceeded-for-stream')))).toBe(false);
    expect(isAmbiguous(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
  });

  it('a host that does not resolve is fatal with the host and the inputs to check; EAI_AGAIN is retried', () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND kinesis.us-eest-1.amazonaws.com'), {
      code: 'ENOTFOUND',
      hostname: 'kinesis.us-eest-1.amazonaws.com',
    });
    expect(classify(notFound)).toBe('fatal');
    expect(explain(notFound, { operation: 'DescribeStreamSummary', streamName: 'orders', region: 'us-eest-1' })).toBe(
      'Cannot resolve the Kinesis endpoint host "kinesis.us-eest-1.amazonaws.com" (ENOTFOUND) on DescribeStreamSummary: check the "endpoint-url" input ' +
        '(or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and the "region" input (now us-eest-1).',
    );
    expect(classify(Object.assign(new Error('getaddrinfo EAI_AGAIN x'), { code: 'EAI_AGAIN' }))).toBe('retryable');
  });

  it('a hard quota says which one and what to do', () => {
    const line = explain(errorOf(answer('create-shard-quota')), { operation: 'CreateStream', streamName: 'orders', region: 'us-east-1' });
    expect(line).toMatch(/would exceed an account quota: This request would exceed the shard limit .* ask AWS for a higher shard quota/);
  });
});

/** Several runs on one virtual clock and one simulated account. */
function account(sim: SimOptions = {}) {
  const clock = new FakeClock();
  // AWS's default quotas in us-east-1: 500 shards (200 in most regions), 50 on-demand streams.
  const kinesis = simulateKinesis(clock, { createMs: 3000, deleteMs: 2000, updateMs: 1000, limits: { ShardLimit: 500, OnDemandStreamCountLimit: 50 }, ...sim });
  const run = (spec: Partial<DesiredSpec>, cancel = new AbortController().signal, keys?: KeyLookup) => {
    const { ctx, info, warnings } = recordedRun(kinesis.client, clock, spec, cancel);
    const full = ctx.spec;
    const provenance = async () => ({ 'github:repository': 'octo/repo' });
    const result = (full.state === 'absent' ? teardown(ctx) : reconcile(ctx, { provenance, keys })).then(
      (r) => ({ ok: !r.failure, r, error: r.failure, ctx, info, warnings }),
      (e: Error) => ({ ok: false, r: undefined, error: e.message, ctx, info, warnings }),
    );
    return result;
  };
  return { clock, kinesis, run };
}

describe('the 5-streams CREATING-or-DELETING limit, as AWS words it', () => {
  it('8 parallel creates on 8 names, then 8 parallel teardowns: all succeed', async () => {
    const a = account({ slots: { limit: 5, message: SLOT_TEXT } });
    const names = Array.from({ length: 8 }, (_, i) => `s${i}`);
    const created = await Promise.all(names.map((n) => a.run({ streamName: n })));
    expect(created.map((c) => c.error)).toEqual(names.map(() => undefined));
    expect(created.every((c) => c.r?.created)).toBe(true);
    // Someone had to wait for a slot, and said so once per wait.
    const waited = created.filter((c) => c.info.some((l) => /limit of 5 streams CREATING or DELETING.*waiting for a slot/.test(l)));
    expect(waited.length).toBeGreaterThan(0);
    for (const c of waited) expect(c.info.filter((l) => /waiting for a slot/.test(l))).toHaveLength(1);

    const gone = await Promise.all(names.map((n) => a.run({ streamName: n, state: 'absent' })));
    expect(gone.map((g) => g.error)).toEqual(names.map(() => undefined));
    expect(gone.map((g) => g.r?.deleted)).toEqual(names.map(() => true));
    expect(a.kinesis.streams.size).toBe(0);
    expect(a.kinesis.calls.filter((c) => c === 'DeleteStream').length).toBeGreaterThan(8); // some were refused a slot
  });

  it('a slot that never frees up: the timeout names the wait and the last answer', async () => {
    const a = account({ slots: { limit: 0, message: SLOT_TEXT } });
    const c = await a.run({ timeoutSeconds: 30 });
    expect(c.error).toMatch(
      new RegExp(
        /^Timed out after \d+\.\d s waiting for stream "orders" in us-east-1 to get a free CREATING\/DELETING slot for CreateStream; /.source +
          /last status: not found\. Last error: LimitExceededException: This request would have exceed the limit .* Limit: 5\. /.source +
          /Raise the "timeout-seconds" input \(now 30\)\.$/.source,
      ),
    );
    // Backed off: a slot wait of 30 s is not a hammering loop.
    expect(a.kinesis.count('CreateStream')).toBeLessThan(10);
  });
});

describe('teardown races', () => {
  it('two teardowns of one stream at once both succeed; one deleted it', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, createdAt: 5 });
    const [x, y] = await Promise.all([a.run({ state: 'absent' }), a.run({ state: 'absent' })]);
    expect([x.error, y.error]).toEqual([undefined, undefined]);
    expect([x.r?.deleted, y.r?.deleted].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(a.kinesis.streams.has('orders')).toBe(false);
  });

  it('two teardowns per stream on 4 streams at once: 8 of 8 succeed', async () => {
    const a = account({ slots: { limit: 5, message: SLOT_TEXT } });
    const names = ['p1', 'p2', 'p3', 'p4'];
    for (const n of names) a.kinesis.streams.set(n, { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, createdAt: 5 });
    const runs = await Promise.all(names.flatMap((n) => [a.run({ streamName: n, state: 'absent' }), a.run({ streamName: n, state: 'absent' })]));
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    for (const n of names) expect(runs.filter((r) => r.ctx.spec.streamName === n && r.r?.deleted).length).toBeGreaterThanOrEqual(1);
  });

  it('a stream re-created while the teardown waits ends it with deleted=true, leaving the new one alone', async () => {
    const a = account({ deleteMs: 2000 });
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, createdAt: 5 });
    a.kinesis.fault = (op) => {
      // Once our stream is gone, another run re-creates the name at once.
      const old = a.kinesis.streams.get('orders');
      if (op === 'DescribeStreamSummary' && old?.createdAt === 5 && old.status === 'DELETING' && a.clock.now() >= old.until) {
        a.kinesis.streams.set('orders', { status: 'CREATING', until: a.clock.now() + 60_000, mode: 'PROVISIONED', shards: 1, createdAt: a.clock.now() });
      }
      return undefined;
    };
    const t = await a.run({ state: 'absent', timeoutSeconds: 60 });
    expect(t.error).toBeUndefined();
    expect(t.r).toMatchObject({ deleted: true, happened: 'deleted' });
    expect(t.warnings.join('\n')).toMatch(/A new stream "orders" \(CREATING\) was created after the old one was deleted; it was left alone/);
    expect(a.clock.now()).toBeLessThan(10_000);
  });
});

describe('a creation that fails half-way', () => {
  it('outputs what is known, marks the stream, and a re-run finishes the declared creation whatever on-drift', async () => {
    const a = account();
    const kmsDenied = answer('kms-access-denied-doc');
    a.kinesis.fault = (op) => (op === 'StartStreamEncryption' ? errorOf(kmsDenied) : undefined);
    const spec: Partial<DesiredSpec> = { retentionHours: 48, encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' }, tags: { team: 'data' } };
    const first = await a.run(spec);
    expect(first.ok).toBe(false);
    expect(first.error).toMatch(/^KMS refused StartStreamEncryption/);
    // What main.ts hands to the outputs of a failed run.
    expect(first.ctx.record.created).toBe(true);
    expect(first.ctx.stream.lastSeen?.StreamARN).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
    // What is still due, and when the creation happened (a mark older than a day is no longer "unfinished").
    expect(a.kinesis.streams.get('orders')?.tags).toMatchObject({ [PENDING_TAG]: 'retention-hours encryption since=2026-12-01T12:00:00Z', team: 'data' });

    a.kinesis.fault = undefined;
    const again = await a.run(spec); // on-drift: report (the default)
    expect(again.error).toBeUndefined();
    expect(again.warnings).toEqual([]);
    expect(again.info.join('\n')).toMatch(/created by an earlier run that did not apply every declared setting .*: finishing the creation/);
    expect(a.kinesis.streams.get('orders')).toMatchObject({ retention: 48, encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' } });
    expect(a.kinesis.streams.get('orders')?.tags).not.toHaveProperty([PENDING_TAG]);
    expect(again.r).toMatchObject({ happened: 'found', changed: true });

    // Finished: a third run is quiet and changes nothing.
    const before = a.kinesis.calls.length;
    const third = await a.run(spec);
    expect(third.r).toMatchObject({ happened: 'found', changed: false });
    expect(a.kinesis.calls.slice(before)).toEqual(['DescribeStreamSummary', 'ListTagsForStream']);
  });

  it('a stream without the mark keeps the drift policy: report only', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: { team: 'data' } });
    const r = await a.run({ retentionHours: 48 });
    expect(r.r?.happened).toBe('drift reported');
    expect(a.kinesis.streams.get('orders')?.retention).toBeUndefined();
  });

  it('a role that may not list tags just skips the check', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    a.kinesis.fault = (op) => (op === 'ListTagsForStream' ? errorOf(answer('access-denied-describe-stream-summary')) : undefined);
    const r = await a.run({ retentionHours: 48 });
    expect(r.error).toBeUndefined();
    expect(r.r?.happened).toBe('drift reported');
  });
});

describe('ambiguous failures are observed before they are retried', () => {
  it('CreateStream answering 500 every time while the stream exists: adopted with one CreateStream', async () => {
    const a = account();
    a.kinesis.afterEffect = (op) => (op === 'CreateStream' ? errorOf(answer('internal-failure')) : undefined);
    const r = await a.run({});
    expect(r.error).toBeUndefined();
    expect(r.r?.happened).toBe('adopted');
    expect(a.kinesis.count('CreateStream')).toBe(1);
  });

  it('CreateStream failing with 500 before taking effect is looked at, then sent again', async () => {
    const a = account();
    let n = 0;
    a.kinesis.fault = (op) => (op === 'CreateStream' && n++ < 2 ? errorOf(answer('internal-failure')) : undefined);
    const r = await a.run({});
    expect(r.r).toMatchObject({ happened: 'created', created: true });
    const ops = a.kinesis.calls;
    // Each failed CreateStream is followed by a DescribeStreamSummary before the next one.
    const creates = ops.flatMap((op, i) => (op === 'CreateStream' ? [i] : []));
    expect(creates).toHaveLength(3);
    for (let i = 1; i < creates.length; i++) expect(ops.slice(creates[i - 1] + 1, creates[i])).toContain('DescribeStreamSummary');
  });

  it('a DeleteStream whose answer is lost is not sent twice', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, createdAt: 5 });
    a.kinesis.afterEffect = (op) => (op === 'DeleteStream' ? errorOf(answer('service-unavailable')) : undefined);
    const r = await a.run({ state: 'absent' });
    expect(r.r).toMatchObject({ deleted: true });
    expect(a.kinesis.count('DeleteStream')).toBe(1);
  });

  it('a follow-up change whose answer is lost is not sent twice', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    let lost = false;
    a.kinesis.afterEffect = (op) => (op === 'IncreaseStreamRetentionPeriod' && !lost ? ((lost = true), errorOf(answer('internal-failure'))) : undefined);
    // The sim has no afterEffect hook for updates: emulate it with a fault that applies the change first.
    a.kinesis.fault = (op) => {
      if (op !== 'IncreaseStreamRetentionPeriod' || lost) return undefined;
      lost = true;
      Object.assign(a.kinesis.streams.get('orders')!, { retention: 48, status: 'UPDATING', until: a.clock.now() + 1000 });
      return errorOf(answer('internal-failure'));
    };
    const r = await a.run({ retentionHours: 48, onDrift: 'update' });
    expect(r.error).toBeUndefined();
    expect(a.kinesis.count('IncreaseStreamRetentionPeriod')).toBe(1);
    expect(a.kinesis.streams.get('orders')?.retention).toBe(48);
  });
});

describe('the deadline holds on every path', () => {
  it('an endpoint that pages tags forever is cut off after a few pages', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    let page = 0;
    a.kinesis.mock.on(ListTagsForStreamCommand).callsFake(async () => ({ Tags: [{ Key: `k${page++}`, Value: 'v' }], HasMoreTags: true }));
    const r = await a.run({ tags: { team: 'data' }, timeoutSeconds: 3 });
    expect(r.error).toMatch(/ListTagsForStream for stream "orders" still had more tags after 5 pages/);
    expect(page).toBe(5);
  });

  it('no call starts past the deadline, even when every call answers at once', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    // Each answer takes 1 s of (virtual) time and says "more".
    a.kinesis.mock.on(ListTagsForStreamCommand).callsFake(async () => {
      a.clock.advance(1000);
      return { Tags: [], HasMoreTags: false };
    });
    a.kinesis.mock.on(IncreaseStreamRetentionPeriodCommand).callsFake(async () => {
      a.clock.advance(4000);
      throw errorOf(answer('throttle-rate-exceeded-for-stream'));
    });
    const r = await a.run({ retentionHours: 48, onDrift: 'update', timeoutSeconds: 3 });
    expect(r.error).toMatch(
      new RegExp(
        /^Timed out after [3-5]\.\d s waiting for stream "orders" in us-east-1 to get IncreaseStreamRetentionPeriod through; /.source +
          /last status: ACTIVE\. Last error: LimitExceededException: Rate exceeded/.source,
      ),
    );
  });

  it('cancelled while CreateStream is in flight: says the stream may exist', async () => {
    const a = account();
    const cancel = new AbortController();
    a.kinesis.mock.on(CreateStreamCommand).callsFake(async () => {
      cancel.abort(new Error('received SIGINT'));
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    });
    const r = await a.run({}, cancel.signal);
    expect(r.error).toMatch(
      /^Cancelled after 0\.0 s: CreateStream for stream "orders" was in flight: the stream may exist and will finish creating on its own\.$/,
    );
  });

  it('cancelled while DeleteStream is in flight: says so', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    const cancel = new AbortController();
    a.kinesis.mock.on(DeleteStreamCommand).callsFake(async () => {
      cancel.abort(new Error('received SIGTERM'));
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    });
    const r = await a.run({ state: 'absent' }, cancel.signal);
    expect(r.error).toMatch(/DeleteStream for stream "orders" was in flight/);
  });
});

describe('addressing and smaller API rules', () => {
  it('after the first DescribeStreamSummary every call names the stream by ARN', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: {} });
    await a.run({ retentionHours: 48, tags: { team: 'data' }, onDrift: 'update' });
    const inputs = a.kinesis.mock.calls().map((c) => c.args[0].input as Record<string, unknown>);
    expect(inputs[0]).toEqual({ StreamName: 'orders' });
    for (const input of inputs.slice(1)) {
      expect(input.StreamARN).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
      expect(input.StreamName).toBeUndefined();
    }
  });

  it('counts the tags a stream has toward the 50 before adding', async () => {
    const a = account();
    const held = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`t${i}`, 'x']));
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: held });
    const r = await a.run({ tags: { a: '1', b: '2' }, onDrift: 'update' });
    expect(r.error).toMatch(/cannot be brought to the declared settings.*the stream has 49 tags and 2 new ones would pass the limit of 50/);
    expect(a.kinesis.count('AddTagsToStream')).toBe(0);
  });

  it('never sends StopStreamEncryption without a key id', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, encryption: { type: 'KMS' } });
    const r = await a.run({ encryption: { type: 'NONE' }, onDrift: 'update' });
    expect(r.error).toMatch(/KeyId is empty/);
    expect(a.kinesis.count('StopStreamEncryption')).toBe(0);
  });
});

describe('KMS keys named two ways', () => {
  const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const ALIAS = 'alias/orders-key';
  const encrypted = (a: ReturnType<typeof account>) =>
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, encryption: { type: 'KMS', keyId: KEY_ARN } });

  it('an alias of the key the stream uses is no drift: nothing is re-encrypted', async () => {
    const a = account();
    encrypted(a);
    const lookups: string[] = [];
    const keys: KeyLookup = async (ref) => (lookups.push(ref), KEY_ARN);
    const r = await a.run({ encryption: { type: 'KMS', keyId: ALIAS }, onDrift: 'update' }, undefined, keys);
    expect(r.r).toMatchObject({ happened: 'found', drift: [] });
    expect(a.kinesis.count('StartStreamEncryption')).toBe(0);
    expect(lookups.sort()).toEqual([ALIAS, KEY_ARN].sort());
  });

  it('an alias of another key is drift', async () => {
    const a = account();
    encrypted(a);
    const keys: KeyLookup = async (ref) => (ref === ALIAS ? 'arn:aws:kms:us-east-1:123456789012:key/other' : KEY_ARN);
    const r = await a.run({ encryption: { type: 'KMS', keyId: ALIAS }, onDrift: 'update' }, undefined, keys);
    expect(r.r?.happened).toBe('updated');
    expect(a.kinesis.count('StartStreamEncryption')).toBe(1);
  });

  it('when kms:DescribeKey is refused the comparison is unknown, said once, and not drift', async () => {
    const a = account();
    encrypted(a);
    const r = await a.run({ encryption: { type: 'KMS', keyId: ALIAS }, onDrift: 'fail' }, undefined, async () => undefined);
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([
      expect.stringMatching(/^Cannot tell whether KMS key "alias\/orders-key" \(declared\) is the key the stream uses .*kms:DescribeKey was refused/),
    ]);
    expect(a.kinesis.count('StartStreamEncryption')).toBe(0);
  });
});

describe('the wait adapts to the account', () => {
  it('a throttled DescribeStreamSummary halves the poll rate instead of retrying faster', async () => {
    const plain = account({ createMs: 20_000 });
    await plain.run({});
    const throttled = account({ createMs: 20_000 });
    let n = 0;
    throttled.kinesis.fault = (op) => (op === 'DescribeStreamSummary' && n++ >= 4 && n <= 8 ? errorOf(answer('throttle-rate-exceeded-for-stream')) : undefined);
    const r = await throttled.run({});
    expect(r.error).toBeUndefined();
    // Fewer polls in all than without throttling, though five of them were refused.
    expect(throttled.kinesis.count('DescribeStreamSummary')).toBeLessThan(plain.kinesis.count('DescribeStreamSummary'));
    // No gap after a throttle is shorter than the 1-s schedule.
    expect(Math.min(...throttled.clock.sleeps.slice(5))).toBeGreaterThanOrEqual(950);
  });

  it('warns up front when a rescale cannot fit in timeout-seconds, naming the input', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    const r = await a.run({ shardCount: 64, onDrift: 'update', timeoutSeconds: 600 });
    expect(r.error).toBeUndefined();
    expect(r.warnings[0]).toMatch(
      new RegExp(
        /^Stream "orders": 6 UpdateShardCount steps .* can take about 12 min on AWS, /.source +
          /more than the 600 s left of "timeout-seconds" \(600\)\. .*raise "timeout-seconds" to about \d+/.source,
      ),
    );
  });
});

describe('KMS keys without kms:DescribeKey', () => {
  it('two different aliases are drift (applied under update), not "unknown"', async () => {
    const a = account();
    a.kinesis.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' } });
    const r = await a.run({ encryption: { type: 'KMS', keyId: 'alias/team-key' }, onDrift: 'update' }, undefined, async () => undefined);
    expect(r.warnings).toEqual([]);
    expect(a.kinesis.streams.get('orders')?.encryption).toEqual({ type: 'KMS', keyId: 'alias/team-key' });
  });
});
