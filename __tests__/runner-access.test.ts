// Runner level: the new outputs (consumer-arns) and the access settings with the built dist/index.js
// on Node 24, as the runner runs it, against kinesis-local.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeStreamConsumerCommand, GetResourcePolicyCommand } from '@aws-sdk/client-kinesis';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { createKinesisClient } from '../src/aws/client.js';
import { specOf } from '../__fixtures__/spec.js';
import { runAction, runtimes } from './support/runner.js';

const [{ node }] = runtimes();
let emulator: KinesisLocal;
let client: ReturnType<typeof createKinesisClient>;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
  emulator = await startKinesisLocal({ createMs: 300, updateMs: 300, env: { SHARD_LIMIT: '20' } });
  client = createKinesisClient(specOf({ endpointUrl: emulator.endpoint }));
});
afterAll(async () => {
  client?.destroy();
  await emulator?.stop();
});

const act = (inputs: Record<string, string>) => runAction({ node, inputs: { region: 'us-east-1', 'endpoint-url': emulator.endpoint, ...inputs } });

describe('consumers, reader accounts and warm throughput (dist/, Node 24)', () => {
  it('one step creates an ON_DEMAND stream with 2 ACTIVE consumers, a reader policy and warm throughput; outputs both ARNs', async () => {
    const r = await act({
      'stream-name': 'ra-new',
      'stream-mode': 'ON_DEMAND',
      'warm-throughput-mibps': '50',
      consumers: 'lambda-app\nkcl-app',
      'reader-account-ids': '111122223333',
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['stream-arn']).toBe('arn:aws:kinesis:us-east-1:000000000000:stream/ra-new');
    const arns = JSON.parse(r.outputs['consumer-arns']);
    expect(Object.keys(arns)).toEqual(['lambda-app', 'kcl-app']);
    for (const arn of Object.values(arns) as string[]) {
      expect((await client.send(new DescribeStreamConsumerCommand({ ConsumerARN: arn }))).ConsumerDescription?.ConsumerStatus).toBe('ACTIVE');
    }
    const policy = JSON.parse((await client.send(new GetResourcePolicyCommand({ ResourceARN: r.outputs['stream-arn'] }))).Policy!);
    expect(JSON.stringify(policy)).toContain('arn:aws:iam::111122223333:root');
    expect(r.summary).toContain('| consumer lambda-app | — | ACTIVE | register the consumer (enhanced fan-out, billed) |');
    expect(r.summary).toContain('**Applied: 3 created, 0 changed, 0 deleted.**');
  });

  it('a shard count over the account limit fails before any change, naming the limit', async () => {
    const r = await act({ 'stream-name': 'ra-big', 'shard-count': '64' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          /^Stream "ra-big": creating it with 64 shards needs 64 more open shards, .* /.source +
            /the account's shard limit is 20 with \d+ open in us-east-1 \(DescribeLimits\), so nothing was changed\./.source,
        ),
      ),
    ]);
    expect(r.outputs['stream-status']).toBe('ABSENT');
  });

  it('consumer-arns is {} when no consumers are declared', async () => {
    const r = await act({ 'stream-name': 'ra-plain' });
    expect(r.outputs['consumer-arns']).toBe('{}');
  });
});
