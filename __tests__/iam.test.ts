// Docs: the README's IAM table against the calls the code really makes. Each feature runs against the
// Kinesis double; the recorded operations (plus the permissions a call implies, e.g. CreateStream with
// tags needs kinesis:AddTagsToStream) must all be listed in that feature's row or the base "ensure" /
// "teardown" row. Not a hand-kept list: a new call in the code fails this test until the README says it.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DesiredSpec } from '../src/model/spec.js';
import { reconcile } from '../src/stages/reconcile.js';
import { teardown } from '../src/stages/teardown.js';
import { sweep } from '../src/lifecycle/sweep.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { simulateKinesis, type SimStream } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';
import { firstTable, section } from './support/docs-consistency.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const table = firstTable(section(readme, 'IAM permissions') ?? '');
const rowOf = (feature: string): string => {
  const row = table?.rows.find((r) => r[0].startsWith(feature));
  if (!row) throw new Error(`README IAM table has no row starting "${feature}"`);
  return row[1];
};

let sim: ReturnType<typeof simulateKinesis> | undefined;
afterEach(() => sim?.mock.restore());

/** The IAM actions one run needs, from the calls it made. */
async function actionsFor(spec: Partial<DesiredSpec>, existing?: Partial<SimStream>, fault?: (op: string) => Error | undefined): Promise<string[]> {
  const clock = new FakeClock();
  sim = simulateKinesis(clock, { createMs: 1000, updateMs: 1000, deleteMs: 1000 });
  if (existing) sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 2, ...existing });
  sim.fault = fault;
  const { ctx } = recordedRun(sim.client, clock, spec);
  const full = ctx.spec;
  const stage = full.sweep
    ? sweep(ctx, { repository: 'o/r', pullRequest: async () => 'unknown' })
    : full.state === 'absent'
      ? teardown(ctx)
      : reconcile(ctx, { provenance: async () => ({ 'github:repository': 'o/r' }) });
  await stage.catch(() => undefined);
  const actions = new Set<string>();
  for (const call of sim.mock.calls()) {
    const command = call.args[0] as unknown as { constructor: { name: string }; input: Record<string, unknown> };
    const op = command.constructor.name.replace(/Command$/, '');
    actions.add(`kinesis:${op}`);
    // Implied by AWS: tags in CreateStream are authorised as kinesis:AddTagsToStream too.
    if (op === 'CreateStream' && command.input.Tags) actions.add('kinesis:AddTagsToStream');
    // And consumer tags in RegisterStreamConsumer as kinesis:TagResource on the consumer.
    if (op === 'RegisterStreamConsumer' && command.input.Tags) actions.add('kinesis:TagResource');
  }
  return [...actions].sort();
}

const KMS = { type: 'KMS' as const, keyId: 'alias/aws/kinesis' };
const cases: Array<[string, Partial<DesiredSpec>, Partial<SimStream> | undefined, string[]]> = [
  ['ensure (every', { shardCount: 2 }, undefined, ['ensure (every']],
  ['tags at creation', { tags: { team: 'data' }, provenanceTags: true }, undefined, ['ensure (every']],
  ['settings at creation', { retentionHours: 48, encryption: KMS, shardLevelMetrics: ['IncomingBytes'] }, undefined, ['ensure (every']],
  ['comparing tags', { tags: { team: 'data' } }, { tags: { team: 'data' } }, ['ensure (every']],
  ['`on-drift: update` of mode / shards', { shardCount: 4, streamMode: 'PROVISIONED', onDrift: 'update' }, {}, ['ensure (every']],
  ['`on-drift: update` of mode / shards', { streamMode: 'ON_DEMAND', onDrift: 'update' }, {}, ['ensure (every']],
  ['`on-drift: update` of retention', { retentionHours: 48, onDrift: 'update' }, {}, ['ensure (every', 'settings at creation']],
  ['`on-drift: update` of retention', { retentionHours: 24, onDrift: 'update' }, { retention: 48 }, ['ensure (every', 'settings at creation']],
  ['encryption', { encryption: KMS, onDrift: 'update' }, {}, ['ensure (every', 'settings at creation']],
  // A differing follow-up setting on an existing stream also looks for the pending tag (optional).
  ['encryption', { encryption: { type: 'NONE' }, onDrift: 'update' }, { encryption: { type: 'KMS', keyId: 'k' } }, ['ensure (every', 'settings at creation']],
  [
    'shard-level metrics',
    { shardLevelMetrics: ['IncomingBytes'], onDrift: 'update' },
    { metrics: ['OutgoingBytes'] },
    ['ensure (every', 'settings at creation'],
  ],
  ['max record size', { maxRecordSizeKiB: 2048, onDrift: 'update' }, {}, ['ensure (every']],
  ['`on-drift: update` of tags', { tags: { team: 'data' }, onDrift: 'update' }, {}, ['ensure (every']],
  ['teardown', { state: 'absent' }, {}, []],
  [
    'a sweep',
    { streamName: 'ord*', state: 'absent', sweep: true },
    { tags: { 'github:repository': 'o/r', 'ensure-kinesis-data-stream:expires-at': '2000-01-01T00:00:00Z' } },
    [],
  ],
  [
    '`time-to-live` on an existing stream',
    { timeToLive: { text: '1d', ms: 86_400_000 } },
    { tags: { 'ensure-kinesis-data-stream:expires-at': '2000-01-01T00:00:00Z' } },
    ['ensure (every'],
  ],
  ['teardown', { state: 'absent' }, { channels: [{ name: 'to-lake', status: 'ACTIVE' }] }, []],
  [
    'teardown of a stream with channels',
    { state: 'absent', enforceChannelDeletion: true },
    { channels: [{ name: 'to-lake', status: 'ACTIVE' }] },
    ['teardown'],
  ],
  ['warm throughput', { streamMode: 'ON_DEMAND', warmThroughputMiBps: 100, onDrift: 'update' }, { mode: 'ON_DEMAND', warm: 50 }, ['ensure (every']],
  ['record distribution', { streamMode: 'ON_DEMAND', recordDistribution: 'AUTO', onDrift: 'update' }, { mode: 'ON_DEMAND' }, ['ensure (every']],
  ['consumers', { consumers: ['app'], onDrift: 'update' }, {}, ['ensure (every', 'settings at creation']],
  ['consumers', { consumers: ['app'] }, undefined, ['ensure (every', 'settings at creation']],
  ['consumers', { consumers: ['app'], provenanceTags: true, onDrift: 'update' }, {}, ['ensure (every', 'settings at creation']],
  [
    'consumer tags',
    { consumers: ['app'], consumerTags: { team: 'data' }, onDrift: 'update' },
    { consumerList: [{ name: 'app', status: 'ACTIVE', until: 0, createdAt: 1 }] },
    ['ensure (every', 'consumers', 'settings at creation'],
  ],
  ['access', { readerAccountIds: ['111122223333'], consumers: ['app'], onDrift: 'update' }, {}, ['ensure (every', 'consumers', 'settings at creation']],
  ['access', { resourcePolicy: { Statement: [] }, onDrift: 'update' }, {}, ['ensure (every', 'settings at creation']],
];

describe('README IAM table covers every call the code makes', () => {
  it.each(cases)('%s (%j)', async (feature, spec, existing, also) => {
    const needed = await actionsFor(spec, existing);
    const listed = [feature, ...also].map(rowOf).join(' ');
    const missing = needed.filter((a) => !listed.includes(`\`${a}\``));
    expect(missing).toEqual([]);
  });

  it('a re-run that finishes a half-done creation is covered by "settings at creation"', async () => {
    const needed = await actionsFor(
      { retentionHours: 48 },
      {
        // A stream created an hour ago (wall time, as AWS gives it) by a run that did not finish.
        createdAt: FakeClock.EPOCH - 3600_000,
        tags: { 'ensure-kinesis-data-stream:pending': 'retention-hours since=2026-12-01T11:00:00Z' },
      },
    );
    expect(needed).toEqual(expect.arrayContaining(['kinesis:ListTagsForStream', 'kinesis:RemoveTagsFromStream', 'kinesis:IncreaseStreamRetentionPeriod']));
    const listed = [rowOf('settings at creation'), rowOf('ensure (every')].join(' ');
    expect(needed.filter((a) => !listed.includes(`\`${a}\``))).toEqual([]);
  });

  it("the quick start's copy-paste policy allows exactly the calls the quick start makes, DescribeLimits on *", async () => {
    const text = (section(readme, 'IAM permissions') ?? '').split('### Least privilege for the quick start')[1]?.split('### ')[0] ?? '';
    const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(text)?.[1] ?? '{}') as { Statement: Array<{ Action: string | string[]; Resource: string }> };
    const allowed = (resource: string): string[] => policy.Statement.filter((st) => st.Resource === resource).flatMap((st) => [st.Action].flat());
    // stream-name + shard-count, provenance tags on (the default): a creation.
    const needed = await actionsFor({ shardCount: 2, provenanceTags: true });
    const onStream = allowed('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
    // DescribeLimits is account-level: IAM takes it only on "*".
    expect(allowed('*')).toEqual(['kinesis:DescribeLimits']);
    expect([...onStream, ...allowed('*')].sort()).toEqual(needed);
  });

  it('the least-privilege JSON policies list what their features need', () => {
    const policies = [...(section(readme, 'IAM permissions') ?? '').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
    const ensure = policies.find((p) => p.includes('EnsureStreams')) ?? '';
    for (const a of [
      'kinesis:DescribeStreamSummary',
      'kinesis:CreateStream',
      'kinesis:AddTagsToStream',
      'kinesis:ListTagsForStream',
      'kinesis:RemoveTagsFromStream',
    ]) {
      expect(ensure).toContain(a);
    }
    const settings = policies.find((p) => p.includes('ReconcileSettings')) ?? '';
    for (const a of [
      'kinesis:IncreaseStreamRetentionPeriod',
      'kinesis:StartStreamEncryption',
      'kinesis:EnableEnhancedMonitoring',
      'kinesis:UpdateMaxRecordSize',
    ]) {
      expect(settings).toContain(a);
    }
  });
});
