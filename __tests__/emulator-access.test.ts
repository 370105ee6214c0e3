// Emulator level: consumers, resource policies, warm throughput and the quota pre-check, with the real
// stages against kinesis-local (which implements RegisterStreamConsumer, resource policies,
// UpdateStreamWarmThroughput and DescribeLimits; limits set with SHARD_LIMIT).
import { describe, expect, it } from '@jest/globals';
import { DescribeStreamConsumerCommand, GetResourcePolicyCommand } from '@aws-sdk/client-kinesis';
import { summaryOf, useKinesisLocal } from './support/emulator.js';
import { isMutating, runInProcess } from './support/in-process.js';

const emulator = useKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300 });
const limited = useKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300, env: { SHARD_LIMIT: '10' } });
const run = (name: string, spec: Parameters<typeof runInProcess>[1] = {}, on = emulator) => runInProcess(on.endpoint, { streamName: name, ...spec });
const mutations = (r: { ops: string[] }) => r.ops.filter(isMutating);

const policyOf = async (arn: string) => JSON.parse((await emulator.client.send(new GetResourcePolicyCommand({ ResourceARN: arn }))).Policy ?? '{}');
const principals = (doc: { Statement: Array<{ Principal: { AWS: string | string[] } }> }) => [doc.Statement[0].Principal.AWS].flat().sort();

describe('a new ON_DEMAND stream with 2 consumers, a reader account and warm throughput, in one step', () => {
  const declared = { streamMode: 'ON_DEMAND' as const, warmThroughputMiBps: 50, consumers: ['app', 'audit'], readerAccountIds: ['111122223333'] };

  it('is created with both consumers ACTIVE, their ARNs, the read policy and the warm throughput target', async () => {
    const r = await run('acc-new', declared);
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ happened: 'created', created: true });
    const arns = r.result?.consumerArns ?? {};
    expect(Object.keys(arns)).toEqual(['app', 'audit']);
    for (const name of ['app', 'audit']) {
      expect(arns[name]).toMatch(new RegExp(`:stream/acc-new/consumer/${name}:\\d+$`));
      const d = await emulator.client.send(new DescribeStreamConsumerCommand({ ConsumerARN: arns[name]! }));
      expect(d.ConsumerDescription?.ConsumerStatus).toBe('ACTIVE');
      // Each declared consumer gets the read policy too (SubscribeToShard is authorised on the consumer).
      const consumerPolicy = await policyOf(arns[name]!);
      expect(principals(consumerPolicy)).toEqual(['arn:aws:iam::111122223333:root']);
      expect(consumerPolicy.Statement[0].Action).toContain('kinesis:SubscribeToShard');
    }
    const s = await summaryOf(emulator.client, 'acc-new');
    expect(s).toMatchObject({ StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'ON_DEMAND' }, WarmThroughput: { TargetMiBps: 50 } });
    const policy = await policyOf(s!.StreamARN!);
    expect(principals(policy)).toEqual(['arn:aws:iam::111122223333:root']);
    expect(policy.Statement[0].Action).toEqual(expect.arrayContaining(['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards']));
    expect(policy.Statement[0].Resource).toBe(s!.StreamARN);
    // The pending mark came off once everything was applied.
    expect(r.ops.at(-1)).toBe('RemoveTagsFromStream');
  });

  it('a re-run with the same inputs finds nothing to do, and no mutating call', async () => {
    const r = await run('acc-new', { ...declared, onDrift: 'update' });
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ happened: 'found', changed: false, drift: [] });
    expect(Object.values(r.result?.consumerArns ?? {})).toEqual([expect.any(String), expect.any(String)]);
    expect(mutations(r)).toEqual([]);
  });

  describe('one more consumer and another reader account', () => {
    const more = { ...declared, consumers: ['app', 'audit', 'search'], readerAccountIds: ['111122223333', '444455556666'] };

    it('report: lists both (and the consumers\u2019 policies), changes nothing', async () => {
      const r = await run('acc-new', more);
      expect(r.result).toMatchObject({ happened: 'drift reported', changed: false });
      expect(r.result?.drift.map((d) => d.setting)).toEqual([
        'consumers.search',
        'reader-account-ids.consumer.search',
        'reader-account-ids',
        'reader-account-ids.consumer.app',
        'reader-account-ids.consumer.audit',
      ]);
      expect(r.result?.drift.find((d) => d.setting === 'reader-account-ids')?.current).toBe('differs: +Statement.Principal.AWS arn:aws:iam::444455556666:root');
      expect(r.result?.consumerArns).toMatchObject({ search: null });
      // One annotation for the five differences (GitHub shows 10 a step and drops the rest).
      expect(r.warnings).toEqual([expect.stringMatching(/^Stream "acc-new" differs from the workflow in 5 settings: consumers\.search: current unset/)]);
      expect(mutations(r)).toEqual([]);
    });

    it('dry run with update: says what it would do, changes nothing', async () => {
      const r = await run('acc-new', { ...more, onDrift: 'update', dryRun: true });
      expect(r.result).toMatchObject({ happened: 'dry run' });
      expect(r.info.join('\n')).toMatch(/would change 5 settings in 4 steps \(RegisterStreamConsumer, PutResourcePolicy ×3\)/);
      expect(mutations(r)).toEqual([]);
    });

    it('fail: fails naming both, changes nothing', async () => {
      const r = await run('acc-new', { ...more, onDrift: 'fail' });
      expect(r.failure).toMatch(/on-drift: fail.*consumers\.search: current unset, declared ACTIVE.*reader-account-ids: current differs/);
      expect(mutations(r)).toEqual([]);
    });

    it('update: registers the consumer, then writes the policies; a re-run finds nothing to do', async () => {
      const r = await run('acc-new', { ...more, onDrift: 'update' });
      expect(r.failure).toBeUndefined();
      expect(r.result).toMatchObject({ happened: 'updated', changed: true });
      expect(mutations(r)).toEqual(['RegisterStreamConsumer', 'PutResourcePolicy', 'PutResourcePolicy', 'PutResourcePolicy', 'PutResourcePolicy']);
      const arns = r.result?.consumerArns ?? {};
      expect(Object.keys(arns)).toEqual(['app', 'audit', 'search']);
      const s = await summaryOf(emulator.client, 'acc-new');
      expect(principals(await policyOf(s!.StreamARN!))).toEqual(['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root']);
      expect(principals(await policyOf(arns.search!))).toEqual(['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root']);

      const again = await run('acc-new', { ...more, onDrift: 'update' });
      expect(again.result).toMatchObject({ happened: 'found', drift: [] });
      expect(mutations(again)).toEqual([]);
    });
  });

  it('warm throughput 50 → 100 under update, compared with the target', async () => {
    const r = await run('acc-new', { streamMode: 'ON_DEMAND', warmThroughputMiBps: 100, onDrift: 'update' });
    expect(r.failure).toBeUndefined();
    expect(r.result?.drift).toEqual([expect.objectContaining({ setting: 'warm-throughput-mibps', current: 50, desired: 100 })]);
    expect(mutations(r)).toEqual(['UpdateStreamWarmThroughput']);
    expect((await summaryOf(emulator.client, 'acc-new'))?.WarmThroughput?.TargetMiBps).toBe(100);
  });
});

describe('resource-policy (inline)', () => {
  it('is attached, and the same policy written another way (key order, a list of one, an account id) is no drift', async () => {
    await run('acc-policy', { shardCount: 1 });
    const arn = (await summaryOf(emulator.client, 'acc-policy'))!.StreamARN!;
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['kinesis:PutRecord', 'kinesis:PutRecords'], Resource: [arn] },
      ],
    };
    const first = await run('acc-policy', { resourcePolicy: policy, onDrift: 'update' });
    expect(first.failure).toBeUndefined();
    expect(mutations(first)).toEqual(['PutResourcePolicy']);

    const sameOtherWay = {
      Statement: [{ Resource: arn, Action: ['kinesis:PutRecords', 'kinesis:PutRecord'], Principal: { AWS: '111122223333' }, Effect: 'Allow' }],
      Version: '2012-10-17',
    };
    const second = await run('acc-policy', { resourcePolicy: sameOtherWay, onDrift: 'fail' });
    expect(second.failure).toBeUndefined();
    expect(second.result?.drift).toEqual([]);
  });
});

describe('quota pre-check (SHARD_LIMIT 10)', () => {
  it('a shard-count increase over the account limit fails before any mutating call, naming the limit', async () => {
    const base = await run('q-base', { shardCount: 4 }, limited);
    expect(base.failure).toBeUndefined();
    const r = await run('q-base', { shardCount: 8, onDrift: 'update' }, limited);
    expect(r.failure).toBe(
      'Stream "q-base": scaling 4 → 8 shards needs room for 12 of this stream\'s shards while old and new overlap, 12 open shards in all, ' +
        "but the account's shard limit is 10 with 4 open in us-east-1 (DescribeLimits), so nothing was changed. " +
        'Lower shard-count, delete unused streams, or ask AWS for a higher shard limit (Service Quotas, Kinesis Data Streams).',
    );
    expect(mutations(r)).toEqual([]);
    expect((await summaryOf(limited.client, 'q-base'))?.OpenShardCount).toBe(4);
  });

  it('a creation that cannot fit fails before CreateStream; one that fits is created', async () => {
    const over = await run('q-new', { shardCount: 7 }, limited);
    expect(over.failure).toMatch(
      /^Stream "q-new": creating it with 7 shards needs 7 more open shards, 11 open shards in all, but the account's shard limit is 10 with 4 open/,
    );
    expect(mutations(over)).toEqual([]);
    expect(await summaryOf(limited.client, 'q-new')).toBeUndefined();
    const fits = await run('q-new', { shardCount: 6 }, limited);
    expect(fits.failure).toBeUndefined();
    expect(fits.ops.filter((op) => op === 'DescribeLimits')).toHaveLength(1);
  });
});
