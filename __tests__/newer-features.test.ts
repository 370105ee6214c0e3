// Unit: the newer stream features of issue 22 (record distribution, channels, consumer tags). Parsing
// and planning are pure; the runs use the Kinesis double on virtual time, answering in the shapes the
// SDK model documents (AWS_NEWER_SUMMARY_FIELDS, AWS_LIST_CHANNELS, with their sources).
import { afterEach, describe, expect, it } from '@jest/globals';
import { ListChannelsCommand, RegisterStreamConsumerCommand, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis, type SimStream } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';
import { rawInputs } from '../__fixtures__/spec.js';
import type { RawInputs } from '../src/inputs/read.js';
import { parseSpec } from '../src/inputs/spec.js';
import type { DesiredSpec } from '../src/model/spec.js';
import { createRequest, creationRows } from '../src/plan/creation.js';
import { observedState, planInputs } from '../src/plan/observed.js';
import { planChanges, recordDistributionOf } from '../src/plan/stream-changes.js';
import { reconcile } from '../src/stages/reconcile.js';
import { teardown } from '../src/stages/teardown.js';
import { explain } from '../src/aws/explain.js';
import { summaryMarkdown } from '../src/report/summary.js';
import { label, whatHappens } from '../src/report/words.js';

const errorsOf = (over: Partial<RawInputs>): string[] => {
  const r = parseSpec(rawInputs(over), {});
  return r.ok ? [] : r.errors;
};
const onDemand = (extra: Partial<StreamDescriptionSummary> = {}): StreamDescriptionSummary =>
  ({ StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'ON_DEMAND' }, OpenShardCount: 4, ...extra }) as StreamDescriptionSummary;
const esc = (s: string): string => s;

let sim: ReturnType<typeof simulateKinesis> | undefined;
afterEach(() => sim?.mock.restore());

/** A run on the double against one stream "orders" (absent when `existing` is undefined). */
async function run(spec: Partial<DesiredSpec>, existing?: Partial<SimStream>) {
  const clock = new FakeClock();
  sim = simulateKinesis(clock, { createMs: 3000, updateMs: 1000, deleteMs: 1000, limits: { ShardLimit: 500, OnDemandStreamCountLimit: 50 } });
  if (existing) sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, ...existing });
  const { ctx, info, warnings } = recordedRun(sim.client, clock, spec);
  const stage =
    spec.state === 'absent' ? teardown(ctx, { repository: 'octo/repo' }) : reconcile(ctx, { provenance: async () => ({ 'github:repository': 'octo/repo' }) });
  try {
    return { r: await stage, error: undefined as string | undefined, info, warnings, sim, plan: ctx.record.plan };
  } catch (e) {
    return { r: undefined, error: (e as Error).message, info, warnings, sim, plan: ctx.record.plan };
  }
}

describe('record-distribution', () => {
  it('input: AUTO or USER_PARTITION_KEY, any case; only with stream-mode ON_DEMAND', () => {
    expect(errorsOf({ 'stream-mode': 'ON_DEMAND', 'record-distribution': 'auto' })).toEqual([]);
    expect(errorsOf({ 'stream-mode': 'ON_DEMAND', 'record-distribution': 'user-partition-key' })).toEqual([]);
    expect(errorsOf({ 'stream-mode': 'ON_DEMAND', 'record-distribution': 'RANDOM' })).toEqual([
      'Input "record-distribution" is "RANDOM": it must be AUTO or USER_PARTITION_KEY.',
    ]);
    expect(errorsOf({ 'record-distribution': 'AUTO' })).toEqual([expect.stringMatching(/^Input "record-distribution" \("AUTO"\) needs stream-mode ON_DEMAND/)]);
  });

  it('an ON_DEMAND stream that does not report it has the default; a provisioned one has none', () => {
    expect(recordDistributionOf(onDemand())).toBe('USER_PARTITION_KEY');
    expect(recordDistributionOf(onDemand({ RecordDistributionStrategy: 'AUTO' }))).toBe('AUTO');
    expect(recordDistributionOf({ ...onDemand(), StreamModeDetails: { StreamMode: 'PROVISIONED' } })).toBeNull();
    // The default declared on a stream that says nothing: no drift, one call stays one call.
    expect(planChanges({ recordDistribution: 'USER_PARTITION_KEY' }, onDemand()).drift).toEqual([]);
  });

  it('drift is one row and one UpdateStreamRecordDistributionStrategy; after a switch to ON_DEMAND it follows the switch', () => {
    const plan = planChanges({ recordDistribution: 'AUTO' }, onDemand({ RecordDistributionStrategy: 'USER_PARTITION_KEY' }));
    expect(plan.drift).toEqual([
      { setting: 'record-distribution', current: 'USER_PARTITION_KEY', desired: 'AUTO', action: 'UpdateStreamRecordDistributionStrategy' },
    ]);
    expect(plan.changes).toEqual([{ op: 'UpdateStreamRecordDistributionStrategy', strategy: 'AUTO' }]);
    const provisioned = { ...onDemand(), StreamModeDetails: { StreamMode: 'PROVISIONED' as const } };
    const switched = planChanges({ streamMode: 'ON_DEMAND', recordDistribution: 'AUTO' }, provisioned);
    expect(switched.changes.map((c) => c.op)).toEqual(['UpdateStreamMode', 'UpdateStreamRecordDistributionStrategy']);
    // Not declared ON_DEMAND, on a provisioned stream: blocked, with the input to add.
    expect(planChanges({ recordDistribution: 'AUTO' }, provisioned).drift[0].blocked).toBe(
      'record distribution is for ON_DEMAND streams; add stream-mode: ON_DEMAND',
    );
  });

  it('the fingerprint reads it; the page says in words that AUTO drops per-key order', () => {
    expect(observedState({ recordDistribution: 'AUTO' }, onDemand()).settings).toEqual({ 'record-distribution': 'USER_PARTITION_KEY' });
    const row = { setting: 'record-distribution', current: 'USER_PARTITION_KEY', desired: 'AUTO', action: 'UpdateStreamRecordDistributionStrategy' };
    expect(whatHappens(row, [row], esc)).toBe('**spread new records evenly, ignoring partition keys: no per-key order**');
    expect(whatHappens({ ...row, current: 'AUTO', desired: 'USER_PARTITION_KEY' }, [row], esc)).toBe('place new records by partition key (per-key order)');
  });

  it('a creation sends it in CreateStream (ON_DEMAND only) and shows it as set at creation', () => {
    const spec = { streamName: 'orders', streamMode: 'ON_DEMAND' as const, recordDistribution: 'AUTO' as const };
    expect(createRequest(spec)).toMatchObject({ StreamModeDetails: { StreamMode: 'ON_DEMAND' }, RecordDistributionStrategy: 'AUTO' });
    expect(creationRows({ ...(spec as DesiredSpec) }).find((r) => r.setting === 'record-distribution')).toMatchObject({ action: 'CreateStream' });
  });

  it('on the double: report names the drift, update applies it with one call and leaves the stream ACTIVE', async () => {
    const existing = { mode: 'ON_DEMAND' as const, shards: 4, placement: 'USER_PARTITION_KEY' as const };
    const reported = await run({ streamMode: 'ON_DEMAND', recordDistribution: 'AUTO' }, existing);
    expect(reported.warnings).toEqual([expect.stringContaining('record-distribution: current USER_PARTITION_KEY, declared AUTO')]);
    expect(reported.sim.count('UpdateStreamRecordDistributionStrategy')).toBe(0);

    const updated = await run({ streamMode: 'ON_DEMAND', recordDistribution: 'AUTO', onDrift: 'update' }, existing);
    expect(updated.error).toBeUndefined();
    expect(updated.r?.steps).toEqual(['UpdateStreamRecordDistributionStrategy']);
    expect(updated.sim.streams.get('orders')?.placement).toBe('AUTO');
  });
});

describe('channels (delivery to S3) and teardown', () => {
  const withChannels = {
    channels: [
      { name: 'to-lake', status: 'ACTIVE' as const },
      { name: 'to-tables', status: 'ACTIVE' as const },
    ],
  };

  it('input: enforce-channel-deletion is true or false; it enters the plan only when true', () => {
    expect(errorsOf({ 'enforce-channel-deletion': 'yes' })).toEqual(['Input "enforce-channel-deletion" is "yes": it must be true or false.']);
    const r = parseSpec(rawInputs({ 'enforce-channel-deletion': 'true' }), {});
    expect(r.ok && r.spec.enforceChannelDeletion).toBe(true);
    expect(r.ok && planInputs(r.spec)['enforce-channel-deletion']).toBe('true');
    const unset = parseSpec(rawInputs({}), {});
    expect(unset.ok && Object.keys(planInputs(unset.spec))).not.toContain('enforce-channel-deletion');
  });

  it('ListChannels denied: the refusal counts them; with enforce-channel-deletion the run says it needs their names, changing nothing', async () => {
    const denied = async (spec: Partial<DesiredSpec>) => {
      const clock = new FakeClock();
      sim = simulateKinesis(clock, {});
      sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, ...withChannels });
      sim.fault = (op) => (op === 'ListChannels' ? awsError('AccessDeniedException', 'not authorized to perform: kinesis:ListChannels') : undefined);
      const { ctx } = recordedRun(sim.client, clock, spec);
      return teardown(ctx, {}).then(
        () => '',
        (e: Error) => e.message,
      );
    };
    expect(await denied({ state: 'absent' })).toMatch(/^Stream "orders" has 2 channels delivering its records; .*deleting them stops/);
    // Needed to delete them: the denial is the failure, naming the action.
    expect(await denied({ state: 'absent', enforceChannelDeletion: true })).toMatch(/^Access denied: .* may not call kinesis:ListChannels/);
    expect(sim!.calls.filter((c) => /^Delete/.test(c))).toEqual([]);
  });

  it('a listing that names none of the channels the stream counts (not caught up yet) changes nothing and says so', async () => {
    const clock = new FakeClock();
    sim = simulateKinesis(clock, {});
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, ...withChannels });
    sim.mock.on(ListChannelsCommand).resolves({ ChannelSummaries: [] });
    const { ctx } = recordedRun(sim.client, clock, { state: 'absent', enforceChannelDeletion: true });
    await expect(teardown(ctx, {})).rejects.toThrow(
      'Stream "orders" counts 2 channels, but ListChannels named none of them (denied, or not caught up yet), so nothing was changed: allow ' +
        'kinesis:ListChannels, or run again.',
    );
    expect(ctx.record.plan?.changes.map((c) => c.setting)).toEqual(['stream', 'channels']);
  });

  it('one channel: the refusal says "it"', async () => {
    const r = await run({ state: 'absent' }, { channels: [{ name: 'to-lake', status: 'ACTIVE' }] });
    expect(r.error).toMatch(/deleting it stops that delivery, .* to delete it first \(what it delivered stays where it is\)\.$/);
  });

  it('a stream with channels is not deleted: the failure names them, nothing is changed, the plan counts them', async () => {
    const r = await run({ state: 'absent' }, withChannels);
    expect(r.error).toBe(
      'Stream "orders" has 2 channels (to-lake, to-tables) delivering its records; AWS deletes no stream with channels, and deleting them stops ' +
        'that delivery, so nothing was changed. Set the "enforce-channel-deletion" input to true to delete them first (what they delivered stays where it is).',
    );
    expect(r.sim.calls.filter((c) => /^(Delete|Update|Create)/.test(c))).toEqual([]);
    expect(r.plan?.observed.settings.channels).toBe(2);
    expect(r.plan?.changes.map((c) => c.setting)).toEqual(['stream', 'channels.to-lake', 'channels.to-tables']);
  });

  it('with enforce-channel-deletion: a dry run lists each channel and changes nothing', async () => {
    const r = await run({ state: 'absent', enforceChannelDeletion: true, dryRun: true }, withChannels);
    expect(r.error).toBeUndefined();
    expect(r.r?.steps).toEqual(['DeleteChannel', 'DeleteChannel', 'DeleteStream']);
    expect(r.r?.rows.map((x) => x.setting)).toEqual(['stream', 'channels.to-lake', 'channels.to-tables']);
    expect(r.sim.count('DeleteChannel')).toBe(0);
    expect(r.info).toContain(
      'Dry run: stream "orders" would be deleted with every record in it (24 h retention), after deleting its 2 channels (to-lake, to-tables). ' +
        'Nothing was changed.',
    );
  });

  it('with enforce-channel-deletion: each channel is deleted, the stream once it counts none, then it is gone', async () => {
    const r = await run({ state: 'absent', enforceChannelDeletion: true }, withChannels);
    expect(r.error).toBeUndefined();
    expect(r.r?.deleted).toBe(true);
    const mutations = r.sim.calls.filter((c) => /^Delete/.test(c));
    expect(mutations).toEqual(['DeleteChannel', 'DeleteChannel', 'DeleteStream']);
    expect(r.sim.streams.has('orders')).toBe(false);
    expect(r.r?.deletion?.channels).toEqual({ count: 2, names: ['to-lake', 'to-tables'] });
  });

  it('a stream without channels (or an endpoint that does not count them) never calls ListChannels', async () => {
    const r = await run({ state: 'absent' }, {});
    expect(r.error).toBeUndefined();
    expect(r.sim.count('ListChannels')).toBe(0);
  });
});

describe('the page of a teardown with channels', () => {
  it('counts each channel as a deletion, says in the CAUTION block that they go first, and the details count them', async () => {
    const r = await run({ state: 'absent', enforceChannelDeletion: true, dryRun: true }, { channels: [{ name: 'to-lake', status: 'ACTIVE' }] });
    const md = summaryMarkdown({ streamName: 'orders', region: 'us-east-1', dryRun: true, result: r.r, plan: r.plan });
    expect(md).toContain('**Plan: 0 to create, 0 to change, 2 to delete.** Dry run: nothing was changed.');
    expect(md).toContain('Its 1 channel is deleted first and stops delivering: to-lake.');
    expect(md).toMatch(/\| channel to-lake \| .* \| \*\*deleted first: its delivery stops \(what it delivered stays\)\*\* \|/);
    expect(md).toContain('- Channels: 1 channel delivering its records');
  });
});

describe('consumer tags', () => {
  it('input: key=value per line with the tag rules; needs consumers', () => {
    expect(errorsOf({ consumers: 'app', 'consumer-tags': 'team=data\ncost-center=42' })).toEqual([]);
    expect(errorsOf({ 'consumer-tags': 'team=data' })).toEqual([
      'Input "consumer-tags" needs "consumers": it tags the consumers the step declares; name them, or remove it.',
    ]);
    expect(errorsOf({ consumers: 'app', 'consumer-tags': 'aws:x=1' })).toEqual([
      'Input "consumer-tags" is "aws:x=1": line 1 (key "aws:x") needs no key starting with "aws:" (reserved by AWS).',
    ]);
  });

  it('a consumer this run registers carries the provenance and declared tags, in RegisterStreamConsumer itself', async () => {
    const r = await run({ consumers: ['app'], consumerTags: { team: 'data' }, provenanceTags: true, onDrift: 'update' }, {});
    expect(r.error).toBeUndefined();
    expect(r.sim.streams.get('orders')?.consumerList?.[0].tags).toEqual({ 'github:repository': 'octo/repo', team: 'data' });
    // On AWS the tags are there from CREATING: no TagResource after.
    expect(r.sim.count('TagResource')).toBe(0);
    expect(r.info).toContain('Stream "orders": registering consumer "app" with 2 tags (RegisterStreamConsumer).');
  });

  it('an existing consumer without the declared tag: one drift row; update tags it with one TagResource, then it matches', async () => {
    const existing = { consumerList: [{ name: 'app', status: 'ACTIVE' as const, until: 0, createdAt: 1, tags: { team: 'old', keep: 'me' } }] };
    const declared = { consumers: ['app'], consumerTags: { team: 'data', owner: 'ops' } };
    const reported = await run(declared, existing);
    expect(reported.r?.drift.map((d) => [d.setting, d.current, d.desired])).toEqual([
      ['consumer-tags.app/team', 'old', 'data'],
      ['consumer-tags.app/owner', null, 'ops'],
    ]);
    expect(reported.plan?.observed.settings['consumer-tags.app/team']).toBe('old');
    const updated = await run({ ...declared, onDrift: 'update' }, existing);
    expect(updated.error).toBeUndefined();
    expect(updated.r?.steps).toEqual(['TagResource']);
    expect(updated.sim.streams.get('orders')?.consumerList?.[0].tags).toEqual({ team: 'data', keep: 'me', owner: 'ops' });
  });

  it('an endpoint that drops tags at registration (kinesis-local) gets them with TagResource once the consumer is ACTIVE', async () => {
    const clock = new FakeClock();
    sim = simulateKinesis(clock, { updateMs: 500 });
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    const drop = sim.streams.get('orders')!;
    sim.afterEffect = (op) => {
      if (op === 'RegisterStreamConsumer') for (const c of drop.consumerList ?? []) delete c.tags;
      return undefined;
    };
    const { ctx } = recordedRun(sim.client, clock, { consumers: ['app'], consumerTags: { team: 'data' }, onDrift: 'update' });
    const r = await reconcile(ctx, { provenance: async () => ({}) });
    expect(r.steps).toEqual(['RegisterStreamConsumer', 'TagResource']);
    expect(drop.consumerList?.[0].tags).toEqual({ team: 'data' });
  });

  it('kinesis:TagResource denied: provenance tags are dropped with a warning; declared consumer-tags fail with both actions named', async () => {
    const denyTagged = (op: string): Error | undefined =>
      op === 'RegisterStreamConsumer' && lastRegisterHadTags ? awsError('AccessDeniedException', 'not authorized to perform: kinesis:TagResource') : undefined;
    let lastRegisterHadTags = false;
    const clock = new FakeClock();
    sim = simulateKinesis(clock, { updateMs: 0 });
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    sim.mock.on(RegisterStreamConsumerCommand).callsFake(async (i: { StreamARN: string; ConsumerName: string; Tags?: Record<string, string> }) => {
      lastRegisterHadTags = i.Tags !== undefined;
      const err = denyTagged('RegisterStreamConsumer');
      if (err) throw err;
      sim!.streams.get('orders')!.consumerList = [{ name: i.ConsumerName, status: 'ACTIVE', until: 0, createdAt: 1 }];
      return { Consumer: { ConsumerName: i.ConsumerName, ConsumerARN: `${i.StreamARN}/consumer/${i.ConsumerName}:1`, ConsumerStatus: 'CREATING' } };
    });
    const quiet = recordedRun(sim.client, clock, { consumers: ['app'], provenanceTags: true, onDrift: 'update' });
    const r = await reconcile(quiet.ctx, { provenance: async () => ({ 'github:repository': 'octo/repo' }) });
    expect(r.consumerArns?.app).toMatch(/consumer\/app:1$/);
    expect(quiet.warnings).toEqual([expect.stringMatching(/^Consumer "app" of stream "orders" is registered without provenance tags: .*kinesis:TagResource/)]);

    sim.streams.get('orders')!.consumerList = [];
    const strict = recordedRun(sim.client, clock, { consumers: ['app'], consumerTags: { team: 'data' }, onDrift: 'update' });
    await expect(reconcile(strict.ctx, { provenance: async () => ({}) })).rejects.toThrow(
      /^Access denied registering consumer "app" of stream "orders" with its tags: .*kinesis:RegisterStreamConsumer and kinesis:TagResource/,
    );
  });

  it('labels read as people say them, a consumer name and a key with dots and slashes kept apart', () => {
    const row = { setting: 'consumer-tags.app.v2/team/a.b', current: null, desired: 'x', action: 'TagResource' };
    expect(whatHappens(row, [row], esc)).toBe('add the tag');
    expect(label(row.setting, esc)).toBe('tag team/a.b of consumer app.v2');
  });
});

describe('consumer tags: the edges', () => {
  it('declared consumer-tags and provenance over 50 drop the provenance with one warning; a busy TagResource is tried again next round', async () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    const r = await run({ consumers: ['app'], consumerTags: many, provenanceTags: true, onDrift: 'update' }, {});
    expect(r.warnings).toEqual(['Provenance tags skipped on consumers: with the declared consumer-tags they would exceed the 50 tags a consumer takes.']);
    expect(Object.keys(r.sim.streams.get('orders')?.consumerList?.[0].tags ?? {})).toHaveLength(50);

    const clock = new FakeClock();
    sim = simulateKinesis(clock, { updateMs: 0 });
    sim.streams.set('orders', {
      status: 'ACTIVE',
      until: 0,
      mode: 'PROVISIONED',
      shards: 1,
      consumerList: [{ name: 'app', status: 'ACTIVE', until: 0, createdAt: 1, tags: {} }],
      consumers: 1,
    });
    let busy = 1;
    sim.fault = (op) => (op === 'TagResource' && busy-- > 0 ? awsError('ResourceInUseException', 'Consumer app is busy') : undefined);
    const { ctx } = recordedRun(sim.client, clock, { consumers: ['app'], consumerTags: { team: 'data' }, onDrift: 'update' });
    const out = await reconcile(ctx, { provenance: async () => ({}) });
    expect(out.steps).toEqual(['TagResource']);
    expect(sim.count('TagResource')).toBe(2);
    expect(sim.streams.get('orders')?.consumerList?.[0].tags).toEqual({ team: 'data' });
  });

  it('an endpoint that does not know a call says so (not an IAM problem)', () => {
    const line = explain(awsError('AccessDeniedException', 'Unable to determine service/operation name to be authorized'), {
      operation: 'ListChannels',
      streamName: 'orders',
      region: 'us-east-1',
    });
    expect(line).toMatch(/^The Kinesis endpoint does not know ListChannels \(AccessDeniedException: an emulator older/);
  });
});
