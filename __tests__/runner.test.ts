// Runner level: the built dist/index.js in a child process, as the GitHub runner runs it, under
// Node 24 and the machine's own Node, against kinesis-local (and a fake endpoint for errors).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { startFakeKinesis, type FakeKinesis } from './support/fake-kinesis.js';
import { runAction, runtimes } from './support/runner.js';

const SECRET = 'fake-secret-for-tests';
let fast: KinesisLocal;
let slow: KinesisLocal;
let counting: FakeKinesis;

beforeAll(async () => {
  [fast, slow, counting] = await Promise.all([
    startKinesisLocal({ createMs: 300 }),
    startKinesisLocal({ createMs: 600_000 }),
    startFakeKinesis({}),
  ]);
});
afterAll(async () => {
  await Promise.all([fast?.stop(), slow?.stop(), counting?.close()]);
});

describe.each(runtimes())('dist/index.js on $label', ({ node, label }) => {
  const name = `runner-${label.split(' ')[1].replace(/[^0-9a-z]/gi, '-')}`;

  it('creates the stream (created=true), then adopts it (created=false, same ARN)', async () => {
    const inputs = { 'stream-name': name, region: 'us-east-1', 'endpoint-url': fast.endpoint };
    const first = await runAction({ node, inputs, env: { RUNNER_DEBUG: '1' } });
    expect(first.errors).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.outputs).toEqual({
      'stream-arn': `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`,
      'stream-name': name,
      'stream-status': 'ACTIVE',
      'stream-mode': 'PROVISIONED',
      'shard-count': '1',
      created: 'true',
      changed: 'false',
      deleted: 'false',
      drift: '[]',
    });
    expect(first.summary).toContain('| What happened | created by this run |');
    // Debug logging on: still no credential anywhere.
    expect(first.stdout + first.stderr).not.toContain(SECRET);
    expect(first.stdout + first.stderr).not.toContain('AKIAFAKEFAKEFAKEFAKE');

    const second = await runAction({ node, inputs });
    expect(second.code).toBe(0);
    expect(second.outputs.created).toBe('false');
    expect(second.outputs['stream-arn']).toBe(first.outputs['stream-arn']);
  });

  it('creates an ON_DEMAND stream', async () => {
    const r = await runAction({
      node,
      inputs: { 'stream-name': `${name}-od`, 'stream-mode': 'ON_DEMAND', 'endpoint-url': fast.endpoint },
      env: { AWS_REGION: 'eu-west-1' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'stream-mode': 'ON_DEMAND', created: 'true' });
    expect(r.outputs['stream-arn']).toMatch(/^arn:aws:kinesis:eu-west-1:/);
  });

  it('uses AWS_ENDPOINT_URL_KINESIS when endpoint-url is unset', async () => {
    const r = await runAction({
      node,
      inputs: { 'stream-name': `${name}-env`, 'shard-count': '2' },
      env: { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_KINESIS: fast.endpoint },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['shard-count']).toBe('2');
  });
});

describe('dist/index.js failure paths', () => {
  const [{ node }] = runtimes();

  it('times out on a stream stuck in CREATING, with one line', async () => {
    const r = await runAction({
      node,
      inputs: { 'stream-name': 'stuck', region: 'us-east-1', 'endpoint-url': slow.endpoint, 'timeout-seconds': '3' },
    });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^Timed out after 3\.\d s waiting for stream "stuck" in us-east-1 to become ACTIVE; last status: CREATING\. Raise the "timeout-seconds" input \(now 3\)\.$/);
    expect(r.summary).toContain('**Failed:** Timed out');
  });

  it('fails after one call on AccessDenied, naming the kinesis: action', async () => {
    const denied = await startFakeKinesis({
      decide: () => ({ kind: 'error', status: 400, type: 'AccessDeniedException', message: 'User: arn:aws:sts::1:assumed-role/ci/x is not authorized' }),
    });
    try {
      const r = await runAction({ node, inputs: { 'stream-name': 'denied', region: 'us-east-1', 'endpoint-url': denied.endpoint } });
      expect(r.code).toBe(1);
      expect(denied.count()).toBe(1);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/^Access denied: the AWS identity may not call kinesis:DescribeStreamSummary on stream "denied"/);
    } finally {
      await denied.close();
    }
  });

  it.each([
    [{ 'stream-name': '' }, /^Input "stream-name" is required/],
    [{ 'stream-name': 'has space' }, /^Input "stream-name" is "has space"/],
    [{ 'stream-name': 'n'.repeat(129) }, /\(129 characters\)/],
    [{ 'stream-name': 'straße' }, /^Input "stream-name" is "straße"/],
    [{ 'shard-count': '0' }, /^Input "shard-count" is "0"/],
    [{ 'shard-count': '-1' }, /^Input "shard-count" is "-1"/],
    [{ 'shard-count': 'abc' }, /^Input "shard-count" is "abc"/],
    [{ 'shard-count': '1.5' }, /^Input "shard-count" is "1\.5"/],
    [{ 'stream-mode': 'FAST' }, /^Input "stream-mode" is "FAST"/],
    [{ 'stream-mode': 'ON_DEMAND', 'shard-count': '2' }, /cannot be used with stream-mode ON_DEMAND/],
    [{ 'timeout-seconds': '0' }, /^Input "timeout-seconds" is "0"/],
    [{ 'timeout-seconds': 'abc' }, /^Input "timeout-seconds" is "abc"/],
    [{ region: 'mars' }, /^Input "region" is "mars"/],
    [{ region: '' }, /^No AWS region/],
  ])('refuses %j with a clear line and no API call', async (bad, message) => {
    const before = counting.count();
    const r = await runAction({ node, inputs: { 'stream-name': 'ok', region: 'us-east-1', 'endpoint-url': counting.endpoint, ...bad } });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(counting.count()).toBe(before);
  });

  it('stops on SIGINT during a wait and says what was left in progress', async () => {
    const r = await runAction({
      node,
      inputs: { 'stream-name': 'cancelled', region: 'us-east-1', 'endpoint-url': slow.endpoint },
      onSpawn: (child) => {
        child.stdout?.on('data', (d: Buffer) => {
          if (d.toString().includes('Waiting for stream')) child.kill('SIGINT');
        });
      },
    });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^Cancelled after \d+\.\d s: stream "cancelled" is still CREATING; it will finish on its own\.$/)]);
  });
});
