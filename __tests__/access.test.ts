// Unit: consumers, resource policies, warm throughput, the quota pre-check and the daily budgets.
// Parsing, normalisation and planning are pure; the runs use the Kinesis double on virtual time,
// answering as AWS does (GetResourcePolicy "{}" when none, "Rate exceeded" for a spent budget).
import { afterEach, describe, expect, it } from '@jest/globals';
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { awsAnswer, AWS_NO_RESOURCE_POLICY } from '../__fixtures__/aws-answers.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis, type SimOptions } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';
import { rawInputs, specOf } from '../__fixtures__/spec.js';
import type { DesiredSpec } from '../src/model/spec.js';
import { parseSpec } from '../src/inputs/spec.js';
import type { RawInputs } from '../src/inputs/read.js';
import { parseAccountIds, parseConsumers, parsePolicy } from '../src/inputs/access.js';
import { consumerArns, planAccess, type ConsumerSeen } from '../src/plan/access.js';
import { planChanges } from '../src/plan/stream-changes.js';
import { growthOf, quotaProblem } from '../src/plan/quota.js';
import { reconcile } from '../src/stages/reconcile.js';
import { attachedPolicy, normalizePolicy, policyDiff, readPolicy, samePolicy, STREAM_READ_ACTIONS } from '../src/plan/resource-policy.js';

const ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';
/** The error AWS really sends, from the catalogue of answers (with their sources). */
const awsFixture = (id: string): Error => {
  const a = awsAnswer(id);
  return awsError(a.type, a.message, a.httpStatus);
};
const errorsOf = (over: Partial<RawInputs>): string[] => {
  const r = parseSpec(rawInputs(over), {});
  return r.ok ? [] : r.errors;
};

describe('inputs', () => {
  it('consumers: one per line, in order; bad names, repeats and more than 20 are refused', () => {
    const problems: string[] = [];
    expect(parseConsumers(problems, 'app\n\n  audit  ')).toEqual(['app', 'audit']);
    parseConsumers(problems, 'ok\nbad name!\nok');
    expect(problems).toEqual([
      'Input "consumers" is "bad name!": line 2 must be a consumer name of 1-128 characters of a-z A-Z 0-9 _ . -.',
      'Input "consumers" is "ok": line 3 names a consumer already listed.',
    ]);
    const many: string[] = [];
    parseConsumers(many, Array.from({ length: 21 }, (_, i) => `c${i}`).join('\n'));
    expect(many).toEqual(['Input "consumers" names 21 consumers: a stream takes at most 20.']);
  });

  it('reader-account-ids: 12 digits each, lines or commas, sorted without repeats', () => {
    const problems: string[] = [];
    expect(parseAccountIds(problems, '444455556666, 111122223333\n111122223333')).toEqual(['111122223333', '444455556666']);
    parseAccountIds(problems, '12345');
    expect(problems[0]).toMatch(/^Input "reader-account-ids" is "12345": each entry must be a 12-digit AWS account id/);
  });

  it('resource-policy: a JSON object with a Statement', () => {
    const problems: string[] = [];
    expect(parsePolicy(problems, '{"Statement":[]}')).toEqual({ Statement: [] });
    parsePolicy(problems, '{"Statement": [');
    parsePolicy(problems, '["x"]');
    expect(problems[0]).toMatch(/^Input "resource-policy" is .*: it must be a JSON policy document/);
    expect(problems[1]).toMatch(/it must be a JSON object with a "Statement"/);
  });

  it('warm-throughput-mibps needs stream-mode ON_DEMAND; resource-policy and reader-account-ids exclude each other', () => {
    expect(errorsOf({ 'warm-throughput-mibps': '100' })).toEqual([
      expect.stringMatching(/^Input "warm-throughput-mibps" \("100"\) needs stream-mode ON_DEMAND/),
    ]);
    expect(errorsOf({ 'warm-throughput-mibps': '100', 'stream-mode': 'PROVISIONED' })).toHaveLength(1);
    expect(errorsOf({ 'warm-throughput-mibps': '100', 'stream-mode': 'ON_DEMAND' })).toEqual([]);
    expect(errorsOf({ 'warm-throughput-mibps': '0', 'stream-mode': 'ON_DEMAND' })).toEqual([expect.stringMatching(/from 1 to 10240/)]);
    expect(errorsOf({ 'resource-policy': '{"Statement":[]}', 'reader-account-ids': '111122223333' })).toEqual([
      expect.stringMatching(/^Inputs "resource-policy" and "reader-account-ids" cannot be used together/),
    ]);
  });
});

describe('resource policies compared as normalised documents', () => {
  const declared = readPolicy(ARN, ['111122223333', '444455556666'], STREAM_READ_ACTIONS);

  it('key order, a list of one, list order and an account id for its root ARN are no difference', () => {
    const asAwsMayReturnIt = {
      Statement: [
        {
          Resource: [ARN],
          Action: [...STREAM_READ_ACTIONS].reverse(),
          Principal: { AWS: ['444455556666', 'arn:aws:iam::111122223333:root'] },
          Effect: 'Allow',
          Sid: 'ReadFromAccounts',
        },
      ],
      Version: '2012-10-17',
    };
    expect(samePolicy(asAwsMayReturnIt, declared, 'aws')).toBe(true);
    expect(normalizePolicy({ Principal: { AWS: '111122223333' } }, 'aws-cn')).toEqual({ Principal: { AWS: 'arn:aws-cn:iam::111122223333:root' } });
  });

  it('another account, action or effect is a difference, shown short', () => {
    const one = readPolicy(ARN, ['111122223333'], STREAM_READ_ACTIONS);
    expect(samePolicy(one, declared, 'aws')).toBe(false);
    expect(policyDiff(one, declared, 'aws')).toBe('+Statement.Principal.AWS arn:aws:iam::444455556666:root');
    expect(policyDiff(undefined, declared, 'aws')).toBe('no policy attached');
  });

  it('AWS answers "{}" when no policy is attached: that is no policy', () => {
    expect(attachedPolicy(AWS_NO_RESOURCE_POLICY.Policy)).toBeUndefined();
    expect(attachedPolicy(undefined)).toBeUndefined();
    expect(attachedPolicy(JSON.stringify(declared))).toEqual(declared);
  });

  it('the read policy uses the stream ARN’s partition', () => {
    const cn = readPolicy('arn:aws-cn:kinesis:cn-north-1:123456789012:stream/x', ['111122223333'], STREAM_READ_ACTIONS) as {
      Statement: Array<{ Principal: { AWS: string[] } }>;
    };
    expect(cn.Statement[0].Principal.AWS).toEqual(['arn:aws-cn:iam::111122223333:root']);
  });
});

describe('planAccess', () => {
  const consumer = (name: string, status = 'ACTIVE'): ConsumerSeen => ({ name, arn: `${ARN}/consumer/${name}:1`, status });

  it('registers missing declared consumers, never touches others, and outputs ARNs in input order', () => {
    const spec = { consumers: ['b', 'a'] };
    const plan = planAccess(spec, ARN, { consumers: [consumer('a'), consumer('other')], policies: new Map() });
    expect(plan.changes).toEqual([{ op: 'RegisterStreamConsumer', name: 'b' }]);
    expect(plan.drift).toEqual([{ setting: 'consumers.b', current: null, desired: 'ACTIVE', action: 'RegisterStreamConsumer' }]);
    expect(JSON.stringify(consumerArns(spec, [consumer('a')]))).toBe(`{"b":null,"a":"${ARN}/consumer/a:1"}`);
  });

  it('a consumer CREATING is waited for, not registered again; one DELETING is registered once gone', () => {
    const plan = planAccess({ consumers: ['a', 'b'] }, ARN, { consumers: [consumer('a', 'CREATING'), consumer('b', 'DELETING')], policies: new Map() });
    expect(plan.creating).toEqual(['a']);
    expect(plan.deleting).toEqual(['b']);
    expect(plan.changes).toEqual([{ op: 'RegisterStreamConsumer', name: 'b' }]);
  });

  it('refuses (blocked) consumers that would pass 20 on the stream', () => {
    const held = Array.from({ length: 19 }, (_, i) => consumer(`x${i}`));
    const plan = planAccess({ consumers: ['a', 'b'] }, ARN, { consumers: held, policies: new Map() });
    expect(plan.changes).toEqual([]);
    expect(plan.drift.map((d) => d.blocked)).toEqual([
      'the stream has 19 consumers and 2 more would pass the limit of 20; deregister unused ones',
      'the stream has 19 consumers and 2 more would pass the limit of 20; deregister unused ones',
    ]);
  });

  it('reader accounts: the stream and each declared consumer get the read policy; an equal one is left alone', () => {
    const spec = { consumers: ['a'], readerAccountIds: ['111122223333'] };
    const policies = new Map([[ARN, JSON.stringify(readPolicy(ARN, ['111122223333'], STREAM_READ_ACTIONS))]]);
    const plan = planAccess(spec, ARN, { consumers: [consumer('a')], policies });
    expect(plan.changes).toEqual([
      {
        op: 'PutResourcePolicy',
        resourceArn: `${ARN}/consumer/a:1`,
        policy: expect.stringContaining('kinesis:SubscribeToShard'),
        setting: 'reader-account-ids.consumer.a',
      },
    ]);
  });
});

describe('warm throughput is compared with the target, not the current value', () => {
  const stream = { StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'ON_DEMAND' }, OpenShardCount: 4 } as StreamDescriptionSummary;
  it('warming up (current below target) is no drift', () => {
    expect(planChanges({ warmThroughputMiBps: 100 }, { ...stream, WarmThroughput: { TargetMiBps: 100, CurrentMiBps: 20 } }).drift).toEqual([]);
  });
  it('another target is drift, applied with UpdateStreamWarmThroughput', () => {
    const plan = planChanges({ warmThroughputMiBps: 200 }, { ...stream, WarmThroughput: { TargetMiBps: 100, CurrentMiBps: 100 } });
    expect(plan.changes).toEqual([{ op: 'UpdateStreamWarmThroughput', mibps: 200 }]);
  });
  it('a PROVISIONED stream cannot take it: blocked', () => {
    const plan = planChanges({ warmThroughputMiBps: 200 }, { ...stream, StreamModeDetails: { StreamMode: 'PROVISIONED' } } as StreamDescriptionSummary);
    expect(plan.drift[0].blocked).toMatch(/warm throughput is for ON_DEMAND streams/);
  });
});

describe('quota pre-check (pure)', () => {
  const limits = { ShardLimit: 500, OpenShardCount: 480, OnDemandStreamCount: 50, OnDemandStreamCountLimit: 50 };
  it('a creation over the shard limit names the limit and the count', () => {
    expect(quotaProblem({ kind: 'create', mode: 'PROVISIONED', shards: 30 }, limits, 'orders', 'us-east-1')).toMatch(
      new RegExp(
        /^Stream "orders": creating it with 30 shards needs 30 more open shards, 510 open shards in all, /.source +
          /but the account's shard limit is 500 with 480 open in us-east-1 \(DescribeLimits\)/.source,
      ),
    );
    expect(quotaProblem({ kind: 'create', mode: 'PROVISIONED', shards: 20 }, limits, 'orders', 'us-east-1')).toBeUndefined();
  });
  it('a rescale counts the old and new shards that overlap during each step', () => {
    // 4 → 8 → 16 on a stream of 4: the peak is the 8 → 16 step (24 shards of this stream).
    expect(
      growthOf(
        [
          { op: 'UpdateShardCount', target: 8 },
          { op: 'UpdateShardCount', target: 16 },
        ],
        4,
      ),
    ).toEqual({ kind: 'rescale', from: 4, steps: [8, 16] });
    expect(quotaProblem({ kind: 'rescale', from: 4, steps: [8, 16] }, { ...limits, OpenShardCount: 481 }, 'orders', 'us-east-1')).toMatch(
      new RegExp(
        /^Stream "orders": scaling 4 → 16 shards needs room for 24 of this stream's shards while old and new overlap, /.source +
          /501 open shards in all, but the account's shard limit is 500 with 481 open/.source,
      ),
    );
    expect(quotaProblem({ kind: 'rescale', from: 4, steps: [8, 16] }, { ...limits, OpenShardCount: 480 }, 'orders', 'us-east-1')).toBeUndefined();
    expect(quotaProblem({ kind: 'rescale', from: 4, steps: [8] }, { ...limits, OpenShardCount: 480 }, 'orders', 'us-east-1')).toBeUndefined();
    expect(growthOf([{ op: 'UpdateShardCount', target: 2 }], 4)).toBeUndefined();
  });
  it('ON_DEMAND at the on-demand stream limit', () => {
    expect(growthOf([{ op: 'UpdateStreamMode', mode: 'ON_DEMAND' }], 4)).toEqual({ kind: 'to on-demand' });
    expect(quotaProblem({ kind: 'to on-demand' }, limits, 'orders', 'us-east-1')).toMatch(/has 50 of its limit of 50 on-demand streams/);
  });
});

describe('runs on the double', () => {
  let sim: ReturnType<typeof simulateKinesis> | undefined;
  afterEach(() => sim?.mock.restore());
  function account(opts: SimOptions = {}) {
    const clock = new FakeClock();
    sim = simulateKinesis(clock, { createMs: 3000, updateMs: 1000, limits: { ShardLimit: 500, OnDemandStreamCountLimit: 50 }, ...opts });
    const run = async (spec: Partial<DesiredSpec>) => {
      const { ctx, info, warnings } = recordedRun(sim!.client, clock, spec);
      try {
        const r = await reconcile(ctx, { provenance: async () => ({}) });
        return { r, error: r.failure, info, warnings, clock, plan: ctx.record.plan };
      } catch (e) {
        return { r: undefined, error: (e as Error).message, info, warnings, clock, plan: ctx.record.plan };
      }
    };
    return { run, sim: sim!, clock };
  }

  it('a consumer counts as ACTIVE once DescribeStreamConsumer says so twice in a row (issue 22)', async () => {
    const a = account({ updateMs: 0 });
    a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    const r = await a.run({ consumers: ['app'], onDrift: 'update' });
    expect(r.error).toBeUndefined();
    // ACTIVE at the first look already: one more look before its ARN becomes an output.
    expect(a.sim.count('DescribeStreamConsumer')).toBe(2);
    expect(r.r?.consumerArns?.app).toMatch(/\/consumer\/app:/);
  });

  describe('warm throughput needs the account commitment (DescribeAccountSettings, read once)', () => {
    const warm = { streamMode: 'ON_DEMAND' as const, warmThroughputMiBps: 100 };
    const mutating = (calls: string[]): string[] => calls.filter((c) => !/^(Describe|List|Get)/.test(c));

    it.each(['DISABLED', 'odd<value>'])('commitment %s: refused before CreateStream, saying what to enable and that it costs money', async (status) => {
      const a = account({ commitment: status });
      const r = await a.run(warm);
      expect(r.error).toMatch(
        new RegExp(
          /^Stream "orders": warm-throughput-mibps \(100 MiB\/s\) needs the account's minimum throughput billing commitment \(On-demand /.source +
            /Advantage\), which is (DISABLED|not on) in us-east-1 \(DescribeAccountSettings\), so nothing was changed\. .*billed minimum throughput/.source,
        ),
      );
      expect(mutating(a.sim.calls)).toEqual([]);
    });

    it('a dry run is refused the same way; an update of warm throughput too, before UpdateStreamWarmThroughput', async () => {
      expect((await account({ commitment: 'DISABLED' }).run({ ...warm, dryRun: true })).error).toMatch(/needs the account's minimum throughput/);
      const a = account({ commitment: 'DISABLED' });
      a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'ON_DEMAND', shards: 4 });
      const r = await a.run({ ...warm, onDrift: 'update' });
      expect(r.error).toMatch(/needs the account's minimum throughput billing commitment/);
      expect(mutating(a.sim.calls)).toEqual([]);
    });

    it.each(['ENABLED', 'ENABLED_UNTIL_EARLIEST_ALLOWED_END'])('commitment %s: created, the settings read once', async (status) => {
      const a = account({ commitment: status });
      const r = await a.run(warm);
      expect(r.error).toBeUndefined();
      expect(a.sim.count('DescribeAccountSettings')).toBe(1);
      expect(a.sim.count('CreateStream')).toBe(1);
    });

    it('denied or not answered: said once, and the run goes on (AWS still checks)', async () => {
      const denied = account({ commitment: 'denied' });
      const r = await denied.run(warm);
      expect(r.error).toBeUndefined();
      expect(r.warnings).toEqual([expect.stringMatching(/^Warm throughput pre-check skipped: kinesis:DescribeAccountSettings was denied/)]);
      const silent = account();
      const s = await silent.run(warm);
      expect(s.error).toBeUndefined();
      expect(s.info).toContain(
        'Warm throughput pre-check skipped: DescribeAccountSettings did not say (an emulator, or no answer at once); AWS still checks it.',
      );
    });

    it('not asked when warm throughput is already at its target: the existing-stream path keeps its one call', async () => {
      const a = account({ commitment: 'DISABLED' });
      a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'ON_DEMAND', shards: 4, warm: 100 });
      expect((await a.run(warm)).error).toBeUndefined();
      expect(a.sim.calls).toEqual(['DescribeStreamSummary']);
      expect(a.sim.count('DescribeAccountSettings')).toBe(0);
    });
  });

  it('a spent UpdateShardCount budget ("Rate exceeded" that does not clear) fails in about 10 s naming the budget', async () => {
    const a = account();
    a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 2 });
    a.sim.fault = (op) => (op === 'UpdateShardCount' ? awsFixture('update-shard-count-daily-budget') : undefined);
    const started = a.clock.now();
    const r = await a.run({ shardCount: 4, onDrift: 'update', timeoutSeconds: 600 });
    expect(r.error).toMatch(
      new RegExp(
        /^UpdateShardCount for stream "orders" was refused \d+ times in a row over (3\d|4\d) s /.source +
          /\(LimitExceededException: Rate exceeded for stream orders under account 123456789012\.\): /.source +
          /most likely the daily budget of 10 scalings \(UpdateShardCount\) per stream per rolling 24 hours, not a passing throttle\. /.source +
          /AWS does not say when it frees up/.source,
      ),
    );
    // Backoff 0.3 s doubling to 5 s (equal jitter): 6 refusals take about 10 s, so the 30-s window decides.
    expect(a.sim.count('UpdateShardCount')).toBeGreaterThanOrEqual(8);
    expect(a.sim.count('UpdateShardCount')).toBeLessThanOrEqual(16);
    expect(a.clock.now() - started).toBeLessThan(60_000);
  });

  it('a reviewed plan of a missing stream is refused when someone else creates it just before CreateStream', async () => {
    const a = account();
    const reviewed = (await a.run({ shardCount: 2, onDrift: 'update', dryRun: true })).plan;
    expect(reviewed?.observed.status).toBe('ABSENT');
    a.sim.fault = (op) => {
      if (op === 'CreateStream' && !a.sim.streams.has('orders')) a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 8 });
      return undefined;
    };
    const r = await a.run({ shardCount: 2, onDrift: 'update', expectedPlan: reviewed });
    expect(r.error).toMatch(
      new RegExp(
        /is not as it was when the plan was reviewed \(reviewed plan \w{12}, the stream now gives \w{12}\), so nothing was changed: /.source +
          /the stream exists now \(ACTIVE\), it did not when the plan was reviewed/.source,
      ),
    );
    expect(a.sim.calls.filter((c) => !/^(Describe|List|Get)/.test(c))).toEqual(['CreateStream']);
    expect(a.sim.streams.get('orders')?.shards).toBe(8);
  });

  it('a throttle that clears is still retried through', async () => {
    const a = account();
    a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 2 });
    let refusals = 3;
    a.sim.fault = (op) => (op === 'UpdateStreamMode' && refusals-- > 0 ? awsFixture('throttle-rate-exceeded-for-stream') : undefined);
    const r = await a.run({ streamMode: 'ON_DEMAND', onDrift: 'update' });
    expect(r.error).toBeUndefined();
    expect(a.sim.count('UpdateStreamMode')).toBe(4);
  });

  it('DescribeLimits denied: the pre-check is skipped with one warning and the creation goes on', async () => {
    const a = account({ limits: undefined });
    const r = await a.run({ shardCount: 2 });
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([
      'Quota pre-check skipped: kinesis:DescribeLimits was denied (allow it to have shard and on-demand limits checked before changes).',
    ]);
    expect(r.r?.created).toBe(true);
  });

  it('DescribeLimits throttled (1 call/s per account): skipped after one try, not retried, and the creation goes on', async () => {
    const a = account();
    a.sim.fault = (op) => (op === 'DescribeLimits' ? awsFixture('throttle-rate-exceeded-for-account') : undefined);
    const r = await a.run({ shardCount: 2 });
    expect(r.error).toBeUndefined();
    expect(a.sim.count('DescribeLimits')).toBe(1);
    expect(r.warnings).toEqual([]);
    expect(r.info).toContain(
      'Quota pre-check skipped: DescribeLimits did not answer at once (it allows 1 call per second per account); AWS still enforces the limits.',
    );
  });

  it('a declared consumer another run is registering is waited ACTIVE without changing anything or listing again', async () => {
    const a = account();
    a.sim.streams.set('orders', {
      status: 'ACTIVE',
      until: 0,
      mode: 'PROVISIONED',
      shards: 2,
      consumerList: [{ name: 'app', status: 'CREATING', until: a.clock.now() + 3000, createdAt: 7 }],
    });
    const r = await a.run({ consumers: ['app'], onDrift: 'report' });
    expect(r.error).toBeUndefined();
    expect(r.r?.happened).toBe('found');
    expect(r.r?.consumerArns).toEqual({ app: `${ARN}/consumer/app:7` });
    expect(a.sim.streams.get('orders')?.consumerList?.[0].status).toBe('ACTIVE');
    const calls = a.sim.calls.filter((c) => c !== 'DescribeStreamConsumer');
    expect(calls).toEqual(['DescribeStreamSummary', 'ListStreamConsumers']);
  });

  it('consumers are registered at most 5 at a time and all waited ACTIVE; a re-run is one List call', async () => {
    const a = account();
    a.sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 2 });
    const names = Array.from({ length: 7 }, (_, i) => `c${i}`);
    const r = await a.run({ consumers: names, onDrift: 'update' });
    expect(r.error).toBeUndefined();
    expect(Object.keys(r.r?.consumerArns ?? {})).toEqual(names);
    expect(Object.values(r.r?.consumerArns ?? {}).every((arn) => typeof arn === 'string')).toBe(true);
    expect(a.sim.streams.get('orders')?.consumerList?.every((c) => c.status === 'ACTIVE' || a.clock.now() >= c.until)).toBe(true);
    expect(a.sim.count('RegisterStreamConsumer')).toBe(7);
    const before = a.sim.calls.length;
    const again = await a.run({ consumers: names, onDrift: 'update' });
    expect(again.r?.happened).toBe('found');
    expect(a.sim.calls.slice(before)).toEqual(['DescribeStreamSummary', 'ListStreamConsumers']);
  });

  it('a policy on a new stream goes on once it is ACTIVE, with the stream ARN', async () => {
    const a = account();
    const r = await a.run({ readerAccountIds: ['111122223333'] });
    expect(r.error).toBeUndefined();
    expect(samePolicy(JSON.parse(a.sim.policies.get(ARN)!), readPolicy(ARN, ['111122223333'], STREAM_READ_ACTIONS), 'aws')).toBe(true);
    const order = a.sim.calls.filter((c) => c !== 'DescribeStreamSummary');
    expect(order.indexOf('PutResourcePolicy')).toBeGreaterThan(order.indexOf('CreateStream'));
  });
});

it('consumer-arns keeps input order even for names that look like numbers', async () => {
  const { consumerArnsJson } = await import('../src/report/outputs.js');
  const arns = consumerArns({ consumers: ['b', '2', 'a'] }, [{ name: '2', arn: 'arn2', status: 'ACTIVE' }]);
  expect(consumerArnsJson(arns, ['b', '2', 'a'])).toBe('{"b":null,"2":"arn2","a":null}');
  expect(consumerArnsJson(undefined)).toBe('{}');
});

// The spec fixture still parses every input: a spec with all the new settings round-trips.
it('specOf accepts the new settings', () => {
  expect(specOf({ consumers: ['a'], readerAccountIds: ['111122223333'], warmThroughputMiBps: 5, streamMode: 'ON_DEMAND' }).consumers).toEqual(['a']);
});
