// Unit: reconcile (drift policies, dry run, settings after creation) and teardown, against the
// Kinesis double on virtual time.
import { afterEach, describe, expect, it } from '@jest/globals';
import { IncreaseStreamRetentionPeriodCommand, ResourceInUseException } from '@aws-sdk/client-kinesis';
import type { DesiredSpec } from '../src/model/spec.js';
import { reconcile } from '../src/stages/reconcile.js';
import { teardown } from '../src/stages/teardown.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsAnswer } from '../__fixtures__/aws-answers.js';
import { awsError, simulateKinesis, type SimStream } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';

let sim: ReturnType<typeof simulateKinesis>;
afterEach(() => sim?.mock.restore());

function setup(spec: Partial<DesiredSpec>, existing?: Partial<SimStream>) {
  const clock = new FakeClock();
  sim = simulateKinesis(clock, { createMs: 1000, updateMs: 2000, deleteMs: 1500 });
  if (existing) sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 2, ...existing });
  const { ctx, info, warnings } = recordedRun(sim.client, clock, spec);
  const provenance = async () => ({ 'github:repository': 'octo/repo' });
  return { clock, info, warnings, ctx, reconcile: () => reconcile(ctx, { provenance }), teardown: () => teardown(ctx) };
}

const mutations = () =>
  sim.calls.filter((c) => !['DescribeStreamSummary', 'ListTagsForStream', 'ListStreamConsumers', 'ListShards', 'DescribeLimits'].includes(c));

describe('ACTIVE means usable: ListShards must answer before the step ends (issue 22)', () => {
  // What AWS answers right after ACTIVE (catalogue entries, with their sources).
  const answered = (id: string) => (): Error => {
    const a = awsAnswer(id);
    return awsError(a.type, a.message, a.httpStatus);
  };
  const notYet = answered('list-shards-not-found-after-active');
  const notActive = answered('list-shards-not-active');

  it('a ListShards that does not know the new stream yet is waited out on the schedule', async () => {
    const t = setup({ shardCount: 1 });
    let refusals = 0;
    sim.fault = (op) => (op === 'ListShards' && refusals < 2 ? [notYet, notActive][refusals++]() : undefined);
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'created' });
    expect(sim.count('ListShards')).toBe(3);
    expect(t.info).toContain('Stream "orders" is ACTIVE but ListShards does not know it yet: waiting until it does.');
  });

  it('one that never does ends at the budget with one line saying so', async () => {
    const t = setup({ shardCount: 1, timeoutSeconds: 20 });
    sim.fault = (op) => (op === 'ListShards' ? notYet() : undefined);
    await expect(t.reconcile()).rejects.toThrow(
      /^Timed out after 20\.\d s waiting for stream "orders" in us-east-1 to answer ListShards; last status: ACTIVE\./,
    );
  });

  it('a stream found ACTIVE is not probed: still one call', async () => {
    const t = setup({ shardCount: 2 }, {});
    await t.reconcile();
    expect(sim.calls).toEqual(['DescribeStreamSummary']);
  });

  it('after an update it waited on, once; tagging alone needs no probe', async () => {
    const t = setup({ retentionHours: 48, onDrift: 'update' }, {});
    await t.reconcile();
    expect(sim.count('ListShards')).toBe(1);
    const u = setup({ tags: { team: 'data' }, onDrift: 'update' }, {});
    await u.reconcile();
    expect(sim.count('ListShards')).toBe(0);
  });
});

describe('reconcile: a new stream', () => {
  it('creates with mode, shards, tags and record size, then applies the rest once ACTIVE', async () => {
    const t = setup({
      shardCount: 2,
      retentionHours: 48,
      encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' },
      tags: { team: 'data', env: 'ci' },
      shardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'],
      maxRecordSizeKiB: 2048,
      provenanceTags: true,
    });
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'created', created: true, changed: false, drift: [] });
    // The pending mark goes on with CreateStream and comes off once the follow-ups are applied.
    expect(mutations()).toEqual(['CreateStream', 'IncreaseStreamRetentionPeriod', 'StartStreamEncryption', 'EnableEnhancedMonitoring', 'RemoveTagsFromStream']);
    expect(sim.streams.get('orders')?.tags).not.toHaveProperty(['ensure-kinesis-data-stream:pending']);
    expect(sim.streams.get('orders')).toMatchObject({
      status: 'ACTIVE',
      shards: 2,
      retention: 48,
      encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' },
      metrics: ['IncomingBytes', 'OutgoingBytes'],
      maxRecordKiB: 2048,
      tags: { team: 'data', env: 'ci', 'github:repository': 'octo/repo' },
    });
    // The summary shows what it was created with (the rows of its dry run) and the calls made.
    expect(r.rows.map((d) => d.setting)).toEqual([
      'stream',
      'stream-mode',
      'shard-count',
      'max-record-size-kib',
      'tags.team',
      'tags.env',
      'retention-hours',
      'encryption',
      'shard-level-metrics',
    ]);
    expect(r.steps).toEqual(['CreateStream', 'IncreaseStreamRetentionPeriod', 'StartStreamEncryption', 'EnableEnhancedMonitoring']);
  });

  it('a run that adopts a stream created a moment ago applies the follow-up settings too, whatever on-drift', async () => {
    const t = setup({ retentionHours: 48, onDrift: 'fail' });
    sim.fault = (op) => {
      if (op === 'CreateStream' && !sim.streams.has('orders')) {
        // Another run's CreateStream landed between our describe and our create.
        sim.streams.set('orders', { status: 'CREATING', until: t.clock.now() + 800, mode: 'PROVISIONED', shards: 1 });
      }
      return undefined;
    };
    const r = await t.reconcile();
    expect(r.failure).toBeUndefined();
    expect(r).toMatchObject({ happened: 'adopted', created: false });
    expect(sim.streams.get('orders')?.retention).toBe(48);
  });

  it('dry run on a stream someone is creating changes nothing either', async () => {
    const t = setup({ retentionHours: 48, dryRun: true }, { status: 'CREATING', until: 600 });
    const r = await t.reconcile();
    expect(r.happened).toBe('dry run');
    expect(mutations()).toEqual([]);
  });

  it('skips provenance tags when provenance-tags is false', async () => {
    const t = setup({ tags: { team: 'data' }, provenanceTags: false });
    await t.reconcile();
    expect(sim.streams.get('orders')?.tags).toEqual({ team: 'data' });
  });

  it('dry run on a missing stream creates nothing and lists what would be created', async () => {
    const t = setup({ dryRun: true, shardCount: 3, retentionHours: 48 });
    const r = await t.reconcile();
    expect(r.happened).toBe('dry run');
    expect(mutations()).toEqual([]);
    expect(r.drift.map((d) => [d.setting, d.desired])).toEqual([
      ['stream', 'present'],
      ['stream-mode', 'PROVISIONED'],
      ['shard-count', 3],
      ['retention-hours', 48],
    ]);
    expect(t.info.join('\n')).toMatch(/Dry run: stream "orders" not found in us-east-1; it would be created \(PROVISIONED, 3 shards\)/);
  });
});

describe('reconcile: an existing stream', () => {
  it('with only stream-name: no drift, no warning, one call', async () => {
    const t = setup({}, {});
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'found', changed: false, drift: [] });
    expect(t.warnings).toEqual([]);
    expect(sim.count()).toBe(1);
  });

  it('on-drift report (default): one warning lists every difference, one notice says how to apply them, nothing changes', async () => {
    const t = setup({ shardCount: 4, retentionHours: 48 }, {});
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'drift reported', changed: false });
    expect(r.drift.map((d) => d.setting)).toEqual(['shard-count', 'retention-hours']);
    expect(t.warnings).toEqual([
      'Stream "orders" differs from the workflow in 2 settings: shard-count: current 2, declared 4; retention-hours: current 24, declared 48. ' +
        'Nothing was changed (on-drift: report).',
    ]);
    expect(t.info).toContain(
      'To apply the 2 differences to stream "orders" (2 settings in 2 steps), set on-drift: update; to have someone approve them first, run a dry ' +
        'run and apply its plan in a gated job (expected-plan).',
    );
    expect(r.steps).toEqual(['UpdateShardCount', 'IncreaseStreamRetentionPeriod']);
    expect(mutations()).toEqual([]);
  });

  it('on-drift fail: fails naming every difference, changes nothing', async () => {
    const t = setup({ shardCount: 4, onDrift: 'fail' }, {});
    const r = await t.reconcile();
    expect(r.failure).toBe(
      'Stream "orders" differs from the workflow in 1 setting (on-drift: fail), so nothing was changed: shard-count: current 2, declared 4.',
    );
    expect(mutations()).toEqual([]);
  });

  it('on-drift update with dry run: plans, changes nothing', async () => {
    const t = setup({ shardCount: 8, onDrift: 'update', dryRun: true }, {});
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'dry run', changed: false });
    expect(t.info.join('\n')).toMatch(/would change 1 setting in 2 steps \(UpdateShardCount ×2\): shard-count: current 2, declared 8\./);
    expect(mutations()).toEqual([]);
  });

  it('on-drift update: scales in steps, waiting for ACTIVE between them, then the rest in order', async () => {
    const t = setup({ shardCount: 8, retentionHours: 72, tags: { team: 'data' }, onDrift: 'update' }, { tags: { other: 'kept' } });
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'updated', changed: true });
    expect(mutations()).toEqual(['UpdateShardCount', 'UpdateShardCount', 'IncreaseStreamRetentionPeriod', 'AddTagsToStream']);
    expect(sim.streams.get('orders')).toMatchObject({ shards: 8, retention: 72, status: 'ACTIVE', tags: { other: 'kept', team: 'data' } });
    expect(r.stream?.OpenShardCount).toBe(8);
  });

  it('warns that lowering retention drops data', async () => {
    const t = setup({ retentionHours: 24, onDrift: 'update' }, { retention: 168 });
    await t.reconcile();
    expect(t.warnings).toEqual([expect.stringMatching(/from 168 h to 24 h: records older than 24 h become unreadable/)]);
  });

  it('switches PROVISIONED → ON_DEMAND and back, keeping the shard count at the switch', async () => {
    const t = setup({ streamMode: 'ON_DEMAND', onDrift: 'update' }, {});
    await t.reconcile();
    expect(sim.streams.get('orders')?.mode).toBe('ON_DEMAND');
    sim.mock.restore();
    const u = setup({ streamMode: 'PROVISIONED', shardCount: 4, onDrift: 'update' }, { mode: 'ON_DEMAND', shards: 2 });
    await u.reconcile();
    expect(mutations()).toEqual(['UpdateStreamMode', 'UpdateShardCount']);
    expect(sim.streams.get('orders')).toMatchObject({ mode: 'PROVISIONED', shards: 4 });
  });

  it('re-plans after a busy answer instead of repeating a change another run already made', async () => {
    const t = setup({ retentionHours: 72, onDrift: 'update' }, {});
    let raced = false;
    sim.fault = (op) => {
      if (op !== 'IncreaseStreamRetentionPeriod' || raced) return undefined;
      raced = true; // another run got there first: the stream is UPDATING to 72 h already
      Object.assign(sim.streams.get('orders')!, { retention: 72, status: 'UPDATING', until: t.clock.now() + 500 });
      return new ResourceInUseException({ message: 'Stream orders is UPDATING', $metadata: {} });
    };
    const r = await t.reconcile();
    expect(r.failure).toBeUndefined();
    expect(mutations()).toEqual(['IncreaseStreamRetentionPeriod']);
    expect(r).toMatchObject({ happened: 'updated', changed: false });
  });

  it('tags again after a busy answer to AddTagsToStream', async () => {
    const t = setup({ tags: { team: 'data' }, onDrift: 'update' }, {});
    let busy = true;
    sim.fault = (op) => {
      if (op !== 'AddTagsToStream' || !busy) return undefined;
      busy = false;
      return new ResourceInUseException({ message: 'Stream orders is UPDATING', $metadata: {} });
    };
    const r = await t.reconcile();
    expect(r.failure).toBeUndefined();
    expect(mutations()).toEqual(['AddTagsToStream', 'AddTagsToStream']);
    expect(sim.streams.get('orders')?.tags).toEqual({ team: 'data' });
  });

  it('gives up with one line when a change never takes effect', async () => {
    const t = setup({ retentionHours: 72, onDrift: 'update' }, {});
    sim.mock.on(IncreaseStreamRetentionPeriodCommand).resolves({});
    const r = t.reconcile();
    await expect(r).rejects.toThrow(
      new RegExp(
        /^Stream "orders" did not take the declared settings after 4 changes: retention-hours: current 24, declared 72\. /.source +
          /Something else may be changing it\.$/.source,
      ),
    );
  });

  it('refuses a blocked change before changing anything', async () => {
    const t = setup({ shardCount: 4, retentionHours: 48, onDrift: 'update' }, { mode: 'ON_DEMAND' });
    const r = await t.reconcile();
    expect(r.failure).toMatch(/^Stream "orders" cannot be brought to the declared settings, so nothing was changed: shard-count: .*ON_DEMAND/);
    expect(mutations()).toEqual([]);
  });

  it('waits out CREATING before comparing', async () => {
    const t = setup({ shardCount: 2 }, { status: 'CREATING', until: 700 });
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'found', drift: [] });
  });
});

describe('teardown', () => {
  it('deletes and waits until the stream is gone', async () => {
    const t = setup({ state: 'absent' }, {});
    const r = await t.teardown();
    expect(r).toMatchObject({ happened: 'deleted', deleted: true });
    expect(r.stream?.StreamARN).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
    expect(sim.streams.has('orders')).toBe(false);
    expect(t.clock.now()).toBeGreaterThanOrEqual(1500);
  });

  it('is a no-op when the stream is already gone', async () => {
    const t = setup({ state: 'absent' });
    const r = await t.teardown();
    expect(r).toMatchObject({ happened: 'already absent', deleted: false });
    expect(sim.calls).toEqual(['DescribeStreamSummary']);
  });

  it('refuses to delete a stream with consumers unless enforce-consumer-deletion', async () => {
    const t = setup({ state: 'absent' }, { consumers: 2 });
    await expect(t.teardown()).rejects.toThrow(
      'Stream "orders" has 2 registered consumers; deleting the stream would deregister them, so nothing was changed. ' +
        'Set the "enforce-consumer-deletion" input to true to delete it anyway.',
    );
    expect(mutations()).toEqual([]);
    sim.mock.restore();
    const u = setup({ state: 'absent', enforceConsumerDeletion: true }, { consumers: 2 });
    expect((await u.teardown()).deleted).toBe(true);
  });

  it('waits out CREATING, then deletes', async () => {
    const t = setup({ state: 'absent' }, { status: 'CREATING', until: 800 });
    const r = await t.teardown();
    expect(r.deleted).toBe(true);
    expect(t.info.join('\n')).toMatch(/is CREATING: waiting for it to settle before deleting it/);
  });

  it('a stream already DELETING is waited out and not reported as deleted by this run', async () => {
    const t = setup({ state: 'absent' }, { status: 'DELETING', until: 900 });
    const r = await t.teardown();
    expect(r).toMatchObject({ happened: 'already absent', deleted: false });
    expect(mutations()).toEqual([]);
  });

  it('dry run deletes nothing', async () => {
    const t = setup({ state: 'absent', dryRun: true }, {});
    const r = await t.teardown();
    expect(r).toMatchObject({ happened: 'dry run', deleted: false });
    expect(sim.streams.get('orders')?.status).toBe('ACTIVE');
  });

  it('times out while DELETING with a line that says so', async () => {
    const t = setup({ state: 'absent', timeoutSeconds: 1 }, {});
    await expect(t.teardown()).rejects.toThrow(/^Timed out after 1\.0 s waiting for stream "orders" in us-east-1 to be deleted; last status: DELETING\./);
  });
});

describe('a stream named by ARN (stream-arn, issue 22)', () => {
  const arn = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';

  it('is adopted by its ARN from the first call', async () => {
    const t = setup({ streamArn: arn, shardCount: 2 }, {});
    const r = await t.reconcile();
    expect(r).toMatchObject({ happened: 'found', created: false });
    expect(r.stream?.StreamARN).toBe(arn);
    const first = sim.mock.calls()[0].args[0].input as { StreamARN?: string; StreamName?: string };
    expect(first).toEqual({ StreamARN: arn });
  });

  it('a missing one fails at once, with no CreateStream, in a dry run too', async () => {
    for (const dryRun of [false, true]) {
      const t = setup({ streamArn: arn, dryRun });
      await expect(t.reconcile()).rejects.toThrow(/^Stream arn:aws:kinesis:us-east-1:123456789012:stream\/orders does not exist, or this role cannot see it/);
      expect(sim.count('CreateStream')).toBe(0);
    }
  });
});
