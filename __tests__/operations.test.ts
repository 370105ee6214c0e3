// Unit: the operations module is the one place Kinesis commands are built, so its names must be the
// commands' own (they become IAM action names in error lines: "Allow kinesis:<name>") and each input
// must reach the command unchanged. Also the pure daily-budget detector the caller feeds.
import { describe, expect, it } from '@jest/globals';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import * as ops from '../src/aws/operations.js';
import type { Operation } from '../src/aws/operations.js';
import type { Change } from '../src/model/plan.js';
import { BUDGET_REFUSALS, BUDGET_WINDOW_MS, nextStreak, NO_STREAK, spentBudget } from '../src/runtime/daily-budget.js';

const ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';
const byName = { StreamName: 'orders' };

/** The command class name and input that sending `op` hands to the client. */
async function sent(op: Operation<unknown>): Promise<{ command: string; input: unknown }> {
  const client = new KinesisClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIAFAKEFAKEFAKEFAKE', secretAccessKey: 'x' } });
  const mock = mockClient(client);
  mock.onAnyCommand().resolves({});
  try {
    await op.send(client, new AbortController().signal);
    const call = mock.calls()[0];
    const command = call.args[0] as { constructor: { name: string }; input: unknown };
    return { command: command.constructor.name, input: command.input };
  } finally {
    mock.restore();
    client.destroy();
  }
}

describe('operations', () => {
  const cases: Array<[Operation<unknown>, unknown]> = [
    [ops.describeStreamSummary(byName), byName],
    [ops.createStream({ StreamName: 'orders', ShardCount: 2 }), { StreamName: 'orders', ShardCount: 2 }],
    [ops.deleteStream({ StreamARN: ARN }, true), { StreamARN: ARN, EnforceConsumerDeletion: true }],
    [ops.listTagsForStream(byName, 'team'), { StreamName: 'orders', Limit: 50, ExclusiveStartTagKey: 'team' }],
    [ops.removeTagsFromStream({ StreamARN: ARN }, ['k']), { StreamARN: ARN, TagKeys: ['k'] }],
    [ops.listStreamConsumers(ARN, 'tok'), { StreamARN: ARN, NextToken: 'tok' }],
    [ops.describeStreamConsumer(ARN, 'c1'), { StreamARN: ARN, ConsumerName: 'c1' }],
    [ops.registerStreamConsumer(ARN, 'c1'), { StreamARN: ARN, ConsumerName: 'c1' }],
    [ops.getResourcePolicy(ARN), { ResourceARN: ARN }],
    [ops.putResourcePolicy(ARN, '{}'), { ResourceARN: ARN, Policy: '{}' }],
    [ops.describeLimits(), {}],
  ];

  it.each(cases.map(([op, input]) => [op.name, op, input] as const))('%s sends the command of its name, with its input', async (name, op, input) => {
    expect(await sent(op)).toEqual({ command: `${name}Command`, input });
  });

  const changes: Array<[Change, unknown]> = [
    [
      { op: 'UpdateStreamMode', mode: 'ON_DEMAND' },
      { StreamARN: ARN, StreamModeDetails: { StreamMode: 'ON_DEMAND' } },
    ],
    [
      { op: 'UpdateShardCount', target: 4 },
      { StreamARN: ARN, TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' },
    ],
    [
      { op: 'UpdateStreamWarmThroughput', mibps: 100 },
      { StreamARN: ARN, WarmThroughputMiBps: 100 },
    ],
    [
      { op: 'IncreaseStreamRetentionPeriod', hours: 48, from: 24 },
      { StreamARN: ARN, RetentionPeriodHours: 48 },
    ],
    [
      { op: 'DecreaseStreamRetentionPeriod', hours: 24, from: 48 },
      { StreamARN: ARN, RetentionPeriodHours: 24 },
    ],
    [
      { op: 'StartStreamEncryption', keyId: 'alias/aws/kinesis' },
      { StreamARN: ARN, EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    ],
    [
      { op: 'StopStreamEncryption', keyId: 'k' },
      { StreamARN: ARN, EncryptionType: 'KMS', KeyId: 'k' },
    ],
    [
      { op: 'EnableEnhancedMonitoring', metrics: ['IncomingBytes'] },
      { StreamARN: ARN, ShardLevelMetrics: ['IncomingBytes'] },
    ],
    [
      { op: 'DisableEnhancedMonitoring', metrics: ['IncomingBytes'] },
      { StreamARN: ARN, ShardLevelMetrics: ['IncomingBytes'] },
    ],
    [
      { op: 'UpdateMaxRecordSize', kib: 2048 },
      { StreamARN: ARN, MaxRecordSizeInKiB: 2048 },
    ],
    [
      { op: 'AddTagsToStream', tags: { team: 'data' } },
      { StreamARN: ARN, Tags: { team: 'data' } },
    ],
  ];

  it.each(changes.map(([c, input]) => [c.op, c, input] as const))('the change %s sends that command, by ARN', async (name, change, input) => {
    const op = ops.changeStream(change, { StreamARN: ARN }, ARN);
    expect(op.name).toBe(name);
    expect(await sent(op)).toEqual({ command: `${name}Command`, input });
  });

  it('builds a fresh command for every send (a retry never reuses one)', async () => {
    const op = ops.createStream({ StreamName: 'orders' });
    const commands: unknown[] = [];
    const client = { send: (c: unknown) => (commands.push(c), Promise.resolve({})) } as unknown as KinesisClient;
    await op.send(client, new AbortController().signal);
    await op.send(client, new AbortController().signal);
    expect(commands).toHaveLength(2);
    expect(commands[0]).not.toBe(commands[1]);
  });
});

describe('daily budget detector', () => {
  const streakOf = (answers: Array<[boolean, number]>) => answers.reduce((s, [limit, at]) => nextStreak(s, limit, at), NO_STREAK);

  it('counts refusals in a row from the first one, and starts again after any other answer', () => {
    expect(
      streakOf([
        [true, 1000],
        [true, 2000],
        [true, 5000],
      ]),
    ).toEqual({ refusals: 3, since: 1000 });
    expect(
      streakOf([
        [true, 1000],
        [false, 2000],
        [true, 7000],
      ]),
    ).toEqual({ refusals: 1, since: 7000 });
  });

  it('takes the budget to be spent only after enough refusals over long enough, and only for budgeted calls', () => {
    const streak = { refusals: BUDGET_REFUSALS, since: 0 };
    expect(spentBudget('UpdateShardCount', streak, BUDGET_WINDOW_MS)).toMatch(/^10 scalings/);
    expect(spentBudget('UpdateStreamMode', streak, BUDGET_WINDOW_MS)).toMatch(/^2 capacity-mode switches/);
    expect(spentBudget('UpdateShardCount', streak, BUDGET_WINDOW_MS - 1)).toBeUndefined();
    expect(spentBudget('UpdateShardCount', { refusals: BUDGET_REFUSALS - 1, since: 0 }, 10 * BUDGET_WINDOW_MS)).toBeUndefined();
    expect(spentBudget('CreateStream', streak, 10 * BUDGET_WINDOW_MS)).toBeUndefined();
  });
});
