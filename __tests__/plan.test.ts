// Unit: the plan — declared vs current settings → drift and ordered changes. Pure, table-driven.
import { describe, expect, it } from '@jest/globals';
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { DeclaredSettings } from '../src/model/spec.js';
import { createRequest, describeCreate, nextStep } from '../src/plan/creation.js';
import { planChanges, sameKmsKey, shardSteps } from '../src/plan/stream-changes.js';

const stream = (over: Partial<StreamDescriptionSummary> = {}): StreamDescriptionSummary => ({
  StreamName: 'orders',
  StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
  StreamStatus: 'ACTIVE',
  StreamModeDetails: { StreamMode: 'PROVISIONED' },
  OpenShardCount: 2,
  RetentionPeriodHours: 24,
  StreamCreationTimestamp: new Date(0),
  EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
  EncryptionType: 'NONE',
  ...over,
});

describe('shardSteps', () => {
  it.each([
    [2, 8, [4, 8]],
    [8, 2, [4, 2]],
    [3, 10, [6, 10]],
    [10, 3, [5, 3]],
    [5, 5, []],
    [1, 3, [2, 3]],
    [7, 4, [4]],
    [1, 10000, [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 10000]],
  ])('%i → %i takes %j (each step within ×2 and ½)', (from, to, steps) => {
    expect(shardSteps(from, to)).toEqual(steps);
    let c = from;
    for (const s of steps) {
      expect(s).toBeLessThanOrEqual(c * 2);
      expect(s).toBeGreaterThanOrEqual(Math.ceil(c / 2));
      c = s;
    }
  });
});

describe('nextStep', () => {
  it.each([
    [undefined, { kind: 'create' }],
    [stream(), { kind: 'done' }],
    [stream({ StreamStatus: 'CREATING' }), { kind: 'wait', status: 'CREATING' }],
    [stream({ StreamStatus: 'DELETING' }), { kind: 'wait', status: 'DELETING' }],
  ])('%#', (s, step) => expect(nextStep(s)).toEqual(step));
});

describe('createRequest', () => {
  it('puts mode, shards, tags and max record size in CreateStream', () => {
    const req = createRequest({ streamName: 'orders', shardCount: 2, tags: { team: 'data' }, maxRecordSizeKiB: 2048 }, { 'github:repository': 'o/r' });
    expect(req).toEqual({
      StreamName: 'orders',
      ShardCount: 2,
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      Tags: { 'github:repository': 'o/r', team: 'data' },
      MaxRecordSizeInKiB: 2048,
    });
    // The declared tags (the plan's table shows them) apart from the action's own.
    expect(describeCreate(req, { team: 'data' })).toBe('PROVISIONED, 2 shards, 1 declared tag, 1 provenance tag, max record 2048 KiB');
    expect(describeCreate({ ...req, Tags: { 'ensure-kinesis-data-stream:pending': 'x' } })).toBe('PROVISIONED, 2 shards, max record 2048 KiB');
  });

  it('lets a declared tag win over a provenance tag of the same key', () => {
    expect(createRequest({ streamName: 'x', tags: { 'github:ref': 'mine' } }, { 'github:ref': 'refs/heads/main' }).Tags).toEqual({ 'github:ref': 'mine' });
  });
});

describe('planChanges', () => {
  const cases: Array<[string, DeclaredSettings, Partial<StreamDescriptionSummary>, string[], string[]]> = [
    ['nothing declared', {}, {}, [], []],
    ['same shard count', { shardCount: 2 }, {}, [], []],
    ['scale up in steps', { shardCount: 8 }, {}, ['shard-count'], ['UpdateShardCount:4', 'UpdateShardCount:8']],
    ['scale down in steps', { shardCount: 2 }, { OpenShardCount: 8 }, ['shard-count'], ['UpdateShardCount:4', 'UpdateShardCount:2']],
    ['to ON_DEMAND', { streamMode: 'ON_DEMAND' }, {}, ['stream-mode'], ['UpdateStreamMode:ON_DEMAND']],
    [
      'to PROVISIONED, then scale',
      { streamMode: 'PROVISIONED', shardCount: 8 },
      { StreamModeDetails: { StreamMode: 'ON_DEMAND' }, OpenShardCount: 4 },
      ['stream-mode', 'shard-count'],
      ['UpdateStreamMode:PROVISIONED', 'UpdateShardCount:8'],
    ],
    ['retention up', { retentionHours: 72 }, {}, ['retention-hours'], ['IncreaseStreamRetentionPeriod:72']],
    ['retention down', { retentionHours: 24 }, { RetentionPeriodHours: 168 }, ['retention-hours'], ['DecreaseStreamRetentionPeriod:24']],
    ['encrypt', { encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' } }, {}, ['encryption'], ['StartStreamEncryption:alias/aws/kinesis']],
    [
      'change key',
      { encryption: { type: 'KMS', keyId: 'alias/b' } },
      { EncryptionType: 'KMS', KeyId: 'alias/a' },
      ['encryption'],
      ['StartStreamEncryption:alias/b'],
    ],
    [
      'same key by ARN',
      { encryption: { type: 'KMS', keyId: 'alias/a' } },
      { EncryptionType: 'KMS', KeyId: 'arn:aws:kms:us-east-1:123456789012:alias/a' },
      [],
      [],
    ],
    ['decrypt', { encryption: { type: 'NONE' } }, { EncryptionType: 'KMS', KeyId: 'alias/a' }, ['encryption'], ['StopStreamEncryption:alias/a']],
    [
      'metrics difference both ways',
      { shardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'] },
      { EnhancedMonitoring: [{ ShardLevelMetrics: ['IncomingBytes', 'IteratorAgeMilliseconds'] }] },
      ['shard-level-metrics'],
      ['EnableEnhancedMonitoring:OutgoingBytes', 'DisableEnhancedMonitoring:IteratorAgeMilliseconds'],
    ],
    [
      'metrics NONE when ALL',
      { shardLevelMetrics: [] },
      { EnhancedMonitoring: [{ ShardLevelMetrics: ['ALL'] }] },
      ['shard-level-metrics'],
      [
        'DisableEnhancedMonitoring:IncomingBytes,IncomingRecords,OutgoingBytes,OutgoingRecords,' +
          'WriteProvisionedThroughputExceeded,ReadProvisionedThroughputExceeded,IteratorAgeMilliseconds',
      ],
    ],
    ['max record size', { maxRecordSizeKiB: 2048 }, {}, ['max-record-size-kib'], ['UpdateMaxRecordSize:2048']],
    ['max record size default', { maxRecordSizeKiB: 1024 }, {}, [], []],
  ];

  it.each(cases)('%s', (_label, declared, current, settings, steps) => {
    const plan = planChanges(declared, stream(current), {});
    expect(plan.drift.map((d) => d.setting)).toEqual(settings);
    expect(plan.drift.every((d) => !d.blocked)).toBe(true);
    expect(
      plan.changes.map((c) => {
        const arg =
          'target' in c
            ? c.target
            : 'mode' in c
              ? c.mode
              : 'hours' in c
                ? c.hours
                : 'keyId' in c
                  ? c.keyId
                  : 'metrics' in c
                    ? c.metrics.join(',')
                    : 'kib' in c
                      ? c.kib
                      : '';
        return `${c.op}:${arg}`;
      }),
    ).toEqual(steps);
  });

  it('orders every kind of change: mode, shards, retention, encryption, metrics, record size, tags', () => {
    const plan = planChanges(
      {
        streamMode: 'PROVISIONED',
        shardCount: 4,
        retentionHours: 48,
        encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' },
        shardLevelMetrics: ['IncomingBytes'],
        maxRecordSizeKiB: 4096,
        tags: { team: 'data' },
      },
      stream({ StreamModeDetails: { StreamMode: 'ON_DEMAND' }, OpenShardCount: 2 }),
      {},
    );
    expect(plan.changes.map((c) => c.op)).toEqual([
      'UpdateStreamMode',
      'UpdateShardCount',
      'IncreaseStreamRetentionPeriod',
      'StartStreamEncryption',
      'EnableEnhancedMonitoring',
      'UpdateMaxRecordSize',
      'AddTagsToStream',
    ]);
  });

  it('compares only declared tag keys and never removes others', () => {
    const plan = planChanges({ tags: { team: 'data', env: 'prod' } }, stream(), { team: 'data', env: 'dev', owner: 'someone' });
    expect(plan.drift).toEqual([{ setting: 'tags.env', current: 'dev', desired: 'prod', action: 'AddTagsToStream' }]);
    expect(plan.changes).toEqual([{ op: 'AddTagsToStream', tags: { env: 'prod' } }]);
  });

  it('adds at most 10 tags per AddTagsToStream call', () => {
    const tags = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`k${i}`, 'v']));
    expect(planChanges({ tags }, stream(), {}).changes.map((c) => Object.keys((c as { tags: object }).tags).length)).toEqual([10, 10, 3]);
  });

  it('blocks a shard count on an ON_DEMAND stream when no mode switch is declared', () => {
    const plan = planChanges({ shardCount: 4 }, stream({ StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    expect(plan.drift[0]).toMatchObject({ setting: 'shard-count', blocked: expect.stringMatching(/ON_DEMAND.*stream-mode: PROVISIONED/) });
    expect(plan.changes).toEqual([]);
  });

  it('blocks scaling that needs more than 10 UpdateShardCount steps in a day', () => {
    const plan = planChanges({ shardCount: 10000 }, stream({ OpenShardCount: 1 }));
    expect(plan.drift[0].blocked).toMatch(/needs 14 UpdateShardCount steps.*10 per 24 h/);
    expect(plan.changes).toEqual([]);
  });
});

describe('sameKmsKey', () => {
  it.each([
    ['alias/a', 'alias/a', true],
    ['arn:aws:kms:us-east-1:123456789012:alias/a', 'alias/a', true],
    ['arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', '1234abcd-12ab-34cd-56ef-1234567890ab', true],
    ['alias/a', 'alias/b', false],
    [undefined, 'alias/a', false],
  ])('%s vs %s', (a, b, same) => expect(sameKmsKey(a, b)).toBe(same));
});
