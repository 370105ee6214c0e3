// Runner level: the built dist/index.js in a child process, as the GitHub runner runs it, under
// Node 24 and the machine's own Node, against kinesis-local (and a fake endpoint for errors).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { createKinesisClient } from '../src/aws/client.js';
import { startFakeKinesis, type FakeKinesis } from './support/fake-kinesis.js';
import { runAction, runtimes } from './support/runner.js';

const SECRET = 'fake-secret-for-tests';
let fast: KinesisLocal;
let slow: KinesisLocal;
let counting: FakeKinesis;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
  [fast, slow, counting] = await Promise.all([startKinesisLocal({ createMs: 300 }), startKinesisLocal({ createMs: 600_000 }), startFakeKinesis({})]);
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
      plan: expect.stringContaining('"format":"ensure-kinesis-data-stream/plan@1"'),
      'consumer-arns': '{}',
      'deleted-streams': '[]',
      'expires-at': '',
    });
    expect(first.summary).toContain('**Applied: 1 created, 0 changed, 0 deleted.**');
    expect(first.summary).toContain('- What happened: created by this run');
    // The last line adds the run up.
    expect(first.stdout.trim().split('\n').pop()).toMatch(/^Done in \d+\.\d s, \d+ API calls: stream "[^"]+" created\.$/);
    // Debug logging on: still no credential anywhere.
    // (The ::add-mask:: command names the secret to the runner, which then hides it everywhere.)
    const shown = (first.stdout + first.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(SECRET);
    expect(first.stdout).toContain(`::add-mask::${SECRET}`);
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

  it('tags a new stream with its provenance, reports drift with annotations, and tears it down', async () => {
    const stream = `${name}-life`;
    const base = { 'stream-name': stream, region: 'us-east-1', 'endpoint-url': fast.endpoint };
    const github = { GITHUB_REPOSITORY: 'octo/kinesis-app', GITHUB_WORKFLOW: 'deploy (main)', GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '1234' };
    const created = await runAction({ node, inputs: { ...base, 'shard-count': '2', tags: 'team=data\nenv=ci' }, env: github });
    expect(created.errors).toEqual([]);
    const client = createKinesisClient({ region: 'us-east-1', endpointUrl: fast.endpoint });
    try {
      const tags = await client.send(new ListTagsForStreamCommand({ StreamName: stream }));
      expect(Object.fromEntries((tags.Tags ?? []).map((t) => [t.Key, t.Value]))).toEqual({
        team: 'data',
        env: 'ci',
        'github:repository': 'octo/kinesis-app',
        'github:workflow': 'deploy _main_',
        'github:ref': 'refs/heads/main',
        'github:run-id': '1234',
      });
    } finally {
      client.destroy();
    }

    const drift = await runAction({ node, inputs: { ...base, 'shard-count': '4' } });
    expect(drift.code).toBe(0);
    expect(drift.outputs).toMatchObject({ changed: 'false', created: 'false', 'shard-count': '2' });
    expect(JSON.parse(drift.outputs.drift)).toEqual([{ setting: 'shard-count', current: 2, desired: 4 }]);
    // One warning for the differences and one notice for how to apply them.
    expect(drift.warnings).toEqual([
      expect.stringMatching(/^::warning::Stream ".*" differs from the workflow in 1 setting: shard-count: current 2, declared 4\./),
    ]);
    expect(drift.stdout).toMatch(/^::notice::To apply the 1 difference to stream ".*" \(1 setting in 1 step\), set on-drift: update;/m);
    expect(drift.summary).toContain('| shards | 2 | 4 | scale up to 4 shards |');

    const fail = await runAction({ node, inputs: { ...base, 'shard-count': '4', 'on-drift': 'fail' } });
    expect(fail.code).toBe(1);
    expect(fail.errors).toEqual([expect.stringMatching(/on-drift: fail.*shard-count: current 2, declared 4/)]);
    expect(JSON.parse(fail.outputs.drift)).toHaveLength(1);

    const updated = await runAction({ node, inputs: { ...base, 'shard-count': '4', 'on-drift': 'update' } });
    expect(updated.errors).toEqual([]);
    expect(updated.outputs).toMatchObject({ changed: 'true', 'shard-count': '4' });

    const gone = await runAction({ node, inputs: { ...base, state: 'absent' } });
    expect(gone.errors).toEqual([]);
    expect(gone.outputs).toMatchObject({ deleted: 'true', 'stream-status': 'ABSENT', 'stream-arn': updated.outputs['stream-arn'] });
    expect(gone.summary).toContain('> [!CAUTION]\n> **Stream');
    expect(gone.summary).toContain('**Applied: 0 created, 0 changed, 1 deleted.**');
    const again = await runAction({ node, inputs: { ...base, state: 'absent' } });
    expect(again.outputs).toMatchObject({ deleted: 'false', 'stream-status': 'ABSENT', 'stream-arn': '' });
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
    expect(r.errors[0]).toMatch(
      new RegExp(
        /^Timed out after 3\.\d s waiting for stream "stuck" in us-east-1 to become ACTIVE; last status: CREATING\. /.source +
          /Raise the "timeout-seconds" input \(now 3\)\.$/.source,
      ),
    );
    expect(r.summary).toContain('**Failed:** Timed out');
  });

  it('a hanging endpoint cannot hold the step past its deadline', async () => {
    const hanging = await startFakeKinesis({ decide: () => ({ kind: 'delay', ms: 60_000 }) });
    try {
      const r = await runAction({ node, inputs: { 'stream-name': 'hang', region: 'us-east-1', 'endpoint-url': hanging.endpoint, 'timeout-seconds': '3' } });
      expect(r.code).toBe(1);
      expect(r.errors).toHaveLength(1);
      // The action's own clock: it gave up within a second of the 3-s budget.
      const waited = Number(/^Timed out after (\d+\.\d) s/.exec(r.errors[0])?.[1]);
      expect(waited).toBeGreaterThanOrEqual(3);
      expect(waited).toBeLessThan(4);
      expect(r.errors[0]).toMatch(/last status: not yet seen\. Last error: a call got no answer in time/);
    } finally {
      await hanging.close();
    }
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
      // One SIGINT once the action says it is waiting (a second one would make it exit at once).
      // The text may arrive split over chunks: look at everything read so far.
      onSpawn: (child) => {
        let seen = '';
        const onData = (d: Buffer) => {
          seen += d.toString();
          if (!seen.includes('Waiting for stream')) return;
          child.stdout?.off('data', onData);
          child.kill('SIGINT');
        };
        child.stdout?.on('data', onData);
      },
    });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^Cancelled after \d+\.\d s: stream "cancelled" is still CREATING; it will finish on its own\.$/)]);
  });
});
