// Emulator level: declared settings, drift policies and dry run against kinesis-local.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ListTagsForStreamCommand, DescribeStreamSummaryCommand } from '@aws-sdk/client-kinesis';
import { useKinesisLocal } from './support/emulator.js';
import { runInProcess } from './support/in-process.js';

const emulator = useKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300 });

const server = async (name: string) => (await emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary!;
const serverTags = async (name: string) =>
  Object.fromEntries(((await emulator.client.send(new ListTagsForStreamCommand({ StreamName: name }))).Tags ?? []).map((t) => [t.Key, t.Value]));
const run = (name: string, spec: Parameters<typeof runInProcess>[1] = {}) => runInProcess(emulator.endpoint, { streamName: name, ...spec });

describe('a new stream with every setting', () => {
  it('shows all of them on the server, plus the provenance tags', async () => {
    const r = await run('set-all', {
      shardCount: 2,
      retentionHours: 48,
      encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' },
      tags: { team: 'data', env: 'ci' },
      shardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'],
      maxRecordSizeKiB: 2048,
      provenanceTags: true,
    });
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ happened: 'created', created: true });
    const s = await server('set-all');
    expect(s).toMatchObject({
      StreamStatus: 'ACTIVE',
      OpenShardCount: 2,
      RetentionPeriodHours: 48,
      EncryptionType: 'KMS',
      KeyId: 'alias/aws/kinesis',
      MaxRecordSizeInKiB: 2048,
    });
    expect(s.EnhancedMonitoring?.[0].ShardLevelMetrics).toEqual(['IncomingBytes', 'OutgoingBytes']);
    expect(await serverTags('set-all')).toEqual({ team: 'data', env: 'ci', 'github:repository': 'octo/repo', 'github:run-id': '42' });
  });
});

describe('an existing 2-shard stream', () => {
  beforeAll(async () => {
    await run('drift', { shardCount: 2 });
  });

  it('shard-count 4 alone warns, changes nothing, and names the shard count in drift', async () => {
    const r = await run('drift', { shardCount: 4 });
    expect(r.result).toMatchObject({ happened: 'drift reported', changed: false });
    expect(r.result?.drift).toEqual([expect.objectContaining({ setting: 'shard-count', current: 2, desired: 4 })]);
    expect(r.warnings).toHaveLength(1);
    expect((await server('drift')).OpenShardCount).toBe(2);
  });

  it('only stream-name: no warning', async () => {
    const r = await run('drift');
    expect(r.warnings).toEqual([]);
    expect(r.result?.drift).toEqual([]);
  });

  it('on-drift fail: fails naming the shard count', async () => {
    const r = await run('drift', { shardCount: 4, onDrift: 'fail' });
    expect(r.failure).toMatch(/on-drift: fail.*shard-count: current 2, declared 4/);
  });

  it('on-drift update + dry run: changes nothing', async () => {
    const r = await run('drift', { shardCount: 8, retentionHours: 72, onDrift: 'update', dryRun: true });
    expect(r.result).toMatchObject({ happened: 'dry run', changed: false });
    expect(await server('drift')).toMatchObject({ OpenShardCount: 2, RetentionPeriodHours: 24 });
  });

  it('on-drift update: shard-count 8 and retention 72 leave 8 shards and 72 hours', async () => {
    const r = await run('drift', { shardCount: 8, retentionHours: 72, onDrift: 'update' });
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ happened: 'updated', changed: true });
    expect(await server('drift')).toMatchObject({ OpenShardCount: 8, RetentionPeriodHours: 72 });
  });

  it('scales 8 → 2 and lowers retention (with a warning)', async () => {
    const r = await run('drift', { shardCount: 2, retentionHours: 24, onDrift: 'update' });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(/records older than 24 h become unreadable/)]);
    expect(await server('drift')).toMatchObject({ OpenShardCount: 2, RetentionPeriodHours: 24 });
  });

  it('switches to ON_DEMAND and back to PROVISIONED with a shard count', async () => {
    expect((await run('drift', { streamMode: 'ON_DEMAND', onDrift: 'update' })).failure).toBeUndefined();
    expect((await server('drift')).StreamModeDetails?.StreamMode).toBe('ON_DEMAND');
    expect((await run('drift', { streamMode: 'PROVISIONED', shardCount: 4, onDrift: 'update' })).failure).toBeUndefined();
    expect(await server('drift')).toMatchObject({ StreamModeDetails: { StreamMode: 'PROVISIONED' }, OpenShardCount: 4 });
  });

  it('turns encryption on, changes the key, and turns it off', async () => {
    await run('drift', { encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' }, onDrift: 'update' });
    expect(await server('drift')).toMatchObject({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    await run('drift', { encryption: { type: 'KMS', keyId: 'alias/team-key' }, onDrift: 'update' });
    expect((await server('drift')).KeyId).toBe('alias/team-key');
    const off = await run('drift', { encryption: { type: 'NONE' }, onDrift: 'update' });
    expect(off.failure).toBeUndefined();
    expect((await server('drift')).EncryptionType).toBe('NONE');
  });

  it('enables and disables shard-level metrics, sets record size and tags without removing others', async () => {
    await run('drift', { shardLevelMetrics: ['IncomingBytes', 'IteratorAgeMilliseconds'], maxRecordSizeKiB: 4096, tags: { a: '1' }, onDrift: 'update' });
    const r = await run('drift', { shardLevelMetrics: ['IteratorAgeMilliseconds'], tags: { b: '2' }, onDrift: 'update' });
    expect(r.failure).toBeUndefined();
    const s = await server('drift');
    expect(s.EnhancedMonitoring?.[0].ShardLevelMetrics).toEqual(['IteratorAgeMilliseconds']);
    expect(s.MaxRecordSizeInKiB).toBe(4096);
    expect(await serverTags('drift')).toMatchObject({ a: '1', b: '2' });
  });
});

describe('dry run on a missing stream', () => {
  it('creates nothing', async () => {
    const r = await run('never-created', { dryRun: true, shardCount: 2 });
    expect(r.result?.happened).toBe('dry run');
    // DescribeStreamSummary, then the quota pre-check a real run would make (DescribeLimits).
    expect(r.ops).toEqual(['DescribeStreamSummary', 'DescribeLimits']);
    await expect(server('never-created')).rejects.toThrow(/not found/);
  });
});
