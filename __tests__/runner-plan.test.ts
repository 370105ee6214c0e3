// Runner level: reviewed plans, the pull-request comment and the teardown ownership guard, with the
// built dist/index.js on Node 24 as the runner runs it. The plan job's `plan` output is read from
// GITHUB_OUTPUT and passed to the apply job as INPUT_EXPECTED-PLAN, as `needs.plan.outputs.plan` does.
// Kinesis is kinesis-local behind a recording proxy (to count mutating calls); GitHub is a loopback stand-in.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateStreamCommand, UpdateShardCountCommand } from '@aws-sdk/client-kinesis';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { TEST_GITHUB_TOKEN } from '../scripts/run-action.mjs';
import { createKinesisClient } from '../src/aws/client.js';
import { specOf } from '../__fixtures__/spec.js';
import { waitForStatus } from './support/emulator.js';
import { startFakeKinesis, type FakeKinesis } from './support/fake-kinesis.js';
import { startGitHubStandIn, type GitHubStandIn } from './support/github-api.js';
import { isMutating } from './support/in-process.js';
import { runAction, runtimes } from './support/runner.js';

const [{ node }] = runtimes(); // Node 24, what `runs.using: node24` gives
let emulator: KinesisLocal;
let proxy: FakeKinesis;
let github: GitHubStandIn;
let client: ReturnType<typeof createKinesisClient>;
let dir: string;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
  [emulator, github] = await Promise.all([startKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300 }), startGitHubStandIn()]);
  proxy = await startFakeKinesis({ upstream: emulator.endpoint });
  client = createKinesisClient(specOf({ endpointUrl: emulator.endpoint }));
  dir = mkdtempSync(join(tmpdir(), 'eks-event-'));
});
afterAll(async () => {
  client?.destroy();
  rmSync(dir, { recursive: true, force: true });
  await Promise.all([proxy?.close(), emulator?.stop(), github?.close()]);
});

/** Runs the action through the proxy; `mutations` are the mutating calls this run made. */
async function act(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const before = proxy.calls.length;
  const r = await runAction({
    node,
    inputs: { region: 'us-east-1', 'endpoint-url': proxy.endpoint, ...inputs },
    env: { GITHUB_REPOSITORY: 'octo/repo', ...env },
  });
  return {
    ...r,
    mutations: proxy.calls
      .slice(before)
      .map((c) => c.operation)
      .filter(isMutating),
  };
}

describe('plan job → apply job (dist/, Node 24)', () => {
  const declared = { 'shard-count': '4', 'retention-hours': '48', 'on-drift': 'update' };

  it('unchanged stream: the plan output applies, and the summary names the plan', async () => {
    await act({ 'stream-name': 'rp-run-same', 'shard-count': '2' });
    const plan = await act({ 'stream-name': 'rp-run-same', ...declared, 'dry-run': 'true' });
    expect(plan.code).toBe(0);
    expect(plan.mutations).toEqual([]);
    const doc = JSON.parse(plan.outputs.plan);
    expect(doc).toMatchObject({ format: 'ensure-kinesis-data-stream/plan@1', stream: 'rp-run-same', region: 'us-east-1' });
    expect(doc.changes.map((c: { setting: string }) => c.setting)).toEqual(['shard-count', 'retention-hours']);
    expect(plan.summary).toContain(`- Plan: \`${doc.fingerprint.slice(7, 19)}\` (made before any change)`);

    const apply = await act({ 'stream-name': 'rp-run-same', ...declared, 'expected-plan': plan.outputs.plan });
    expect(apply.errors).toEqual([]);
    expect(apply.code).toBe(0);
    expect(apply.outputs).toMatchObject({ changed: 'true', 'shard-count': '4' });
    expect(apply.mutations).toEqual(['UpdateShardCount', 'IncreaseStreamRetentionPeriod']);
    expect(apply.summary).toContain('(the reviewed plan, applied exactly)');
  });

  it('stream changed since the review: refused with one line and 0 mutating calls', async () => {
    await act({ 'stream-name': 'rp-run-moved', 'shard-count': '2' });
    const plan = await act({ 'stream-name': 'rp-run-moved', ...declared, 'dry-run': 'true' });
    await client.send(new UpdateShardCountCommand({ StreamName: 'rp-run-moved', TargetShardCount: 3, ScalingType: 'UNIFORM_SCALING' }));
    await waitForStatus(client, 'rp-run-moved', 'ACTIVE', { missedIf: ['ABSENT'] });

    const apply = await act({ 'stream-name': 'rp-run-moved', ...declared, 'expected-plan': plan.outputs.plan });
    expect(apply.code).toBe(1);
    // Both fingerprints: the one the reviewer approved, and the one a new review would see.
    const reviewed = JSON.parse(plan.outputs.plan).fingerprint.slice(7, 19);
    const now = JSON.parse(apply.outputs.plan).fingerprint.slice(7, 19);
    expect(now).not.toBe(reviewed);
    expect(apply.errors).toEqual([
      `Stream "rp-run-moved" is not as it was when the plan was reviewed (reviewed plan ${reviewed}, the stream now gives ${now}), so nothing was ` +
        'changed: shard-count is 3 now, was 2 when the plan was reviewed. Run the plan job again and review the new plan.',
    ]);
    expect(apply.mutations).toEqual([]);
    // A failed run still reports: the ARN, and the live plan to review next.
    expect(apply.outputs['stream-arn']).toMatch(/:stream\/rp-run-moved$/);
    expect(JSON.parse(apply.outputs.plan).observed.settings['shard-count']).toBe(3);
  });

  it('missing stream: the plan says CreateStream and the apply job creates it', async () => {
    const plan = await act({ 'stream-name': 'rp-run-missing', ...declared, 'dry-run': 'true' });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.outputs.plan).observed.status).toBe('ABSENT');
    const apply = await act({ 'stream-name': 'rp-run-missing', ...declared, 'expected-plan': plan.outputs.plan });
    expect(apply.errors).toEqual([]);
    expect(apply.outputs).toMatchObject({ created: 'true', 'stream-status': 'ACTIVE', 'shard-count': '4' });
  });

  it('a plan from other inputs is refused before any call', async () => {
    const plan = await act({ 'stream-name': 'rp-run-inputs', ...declared, 'dry-run': 'true' });
    const calls = proxy.calls.length;
    const apply = await act({ 'stream-name': 'rp-run-inputs', ...declared, 'shard-count': '8', 'expected-plan': plan.outputs.plan });
    expect(apply.code).toBe(1);
    expect(apply.errors).toEqual([
      'Input "expected-plan" was made with other inputs, so nothing was done: shard-count is 8 here, 4 in the reviewed plan. Use the same inputs in the ' +
        'plan and apply steps, or review a new plan.',
    ]);
    expect(proxy.calls.length).toBe(calls);
  });

  it('an edited plan is refused before any call', async () => {
    const plan = await act({ 'stream-name': 'rp-run-edited', ...declared, 'dry-run': 'true' });
    const edited = plan.outputs.plan.replace('"status":"ABSENT"', '"status":"ACTIVE"');
    const apply = await act({ 'stream-name': 'rp-run-edited', ...declared, 'expected-plan': edited });
    expect(apply.errors).toEqual([expect.stringMatching(/^Input "expected-plan" cannot be used: its fingerprint does not match its content/)]);
    expect(apply.mutations).toEqual([]);
  });
});

const HEAD = '0123abc'.padEnd(40, '9');

describe('pull-request comment (GitHub REST stand-in on loopback)', () => {
  function prEnv(number: number): Record<string, string> {
    const path = join(dir, `event-${number}.json`);
    // GITHUB_SHA is the merge commit GitHub made for the run; the head is what the author pushed.
    writeFileSync(path, JSON.stringify({ action: 'synchronize', number, pull_request: { number, head: { sha: HEAD } } }));
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_SHA: 'f'.repeat(40),
    };
  }

  it('the first run creates one comment, the second edits it; the token is sent and never shown', async () => {
    github.readOnly = false;
    // Someone else's comment that starts with the marker is not taken over (the job token comments as the bot).
    const marker = '<!-- ensure-kinesis-data-stream: stream=rp-comment region=us-east-1 -->';
    github.comments.push({ id: 1, body: `${marker}\nI approve whatever this says`, user: { login: 'mallory', type: 'User' } });
    const inputs = { 'stream-name': 'rp-comment', 'shard-count': '2', 'dry-run': 'true', 'comment-on-pr': 'true' };
    const first = await act(inputs, prEnv(7));
    expect(first.code).toBe(0);
    expect(first.warnings).toEqual([]);
    expect(github.comments).toHaveLength(2);
    const comment = github.comments[1];
    expect(comment.body).toMatch(
      /^<!-- ensure-kinesis-data-stream: stream=rp-comment region=us-east-1 -->\n### Kinesis stream rp-comment · dry run\n\n\*\*Plan: 1 to create, 0 to change/,
    );
    expect(comment.body).toContain('| stream | absent | present | create the stream |');
    expect(comment.body).toContain('<sub>Plan for commit 0123abc · [workflow run 4242](https://github.example/octo/repo/actions/runs/4242)</sub>');

    await act({ 'stream-name': 'rp-comment', 'shard-count': '2' }); // create it, no comment
    const second = await act({ ...inputs, 'shard-count': '4' }, prEnv(7));
    expect(second.code).toBe(0);
    expect(github.comments).toHaveLength(2);
    expect(github.comments[1].id).toBe(comment.id);
    expect(github.comments[1].body).toContain('| shards | 2 | 4 | scale up to 4 shards |');
    expect(github.comments[0].body).toBe(`${marker}\nI approve whatever this says`);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/repo/issues/7/comments',
      'POST /repos/octo/repo/issues/7/comments',
      'GET /repos/octo/repo/issues/7/comments',
      `PATCH /repos/octo/repo/issues/comments/${comment.id}`,
    ]);
    expect(github.requests.every((r) => r.authorization === `token ${TEST_GITHUB_TOKEN}`)).toBe(true);
    for (const run of [first, second]) {
      const shown = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(shown.join('\n')).not.toContain(TEST_GITHUB_TOKEN);
    }
  });

  it('through HTTP_PROXY: @actions/github (the real @actions/http-client the bundle loads first) sends the comment by the proxy', async () => {
    // A CONNECT-only forward proxy that takes any host to the GitHub stand-in: github.test never has to resolve.
    const tunnels: string[] = [];
    const front = createServer((_req, res) => res.writeHead(405).end());
    front.on('connect', (req, socket: Socket) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(new URL(github.url).port), '127.0.0.1', () => socket.write('HTTP/1.1 200 Connection Established\r\n\r\n'));
      upstream.pipe(socket).pipe(upstream);
      const close = (): void => {
        upstream.destroy();
        socket.destroy();
      };
      upstream.on('error', close);
      socket.on('error', close);
    });
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    try {
      github.requests.length = 0;
      const port = new URL(github.url).port;
      const env = {
        ...prEnv(9),
        GITHUB_API_URL: `http://github.test:${port}`,
        HTTP_PROXY: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
        NO_PROXY: '127.0.0.1', // Kinesis (the emulator) directly
      };
      const r = await act({ 'stream-name': 'rp-comment-proxy', 'dry-run': 'true', 'comment-on-pr': 'true' }, env);
      expect(r.code).toBe(0);
      expect(r.warnings).toEqual([]);
      expect(new Set(tunnels)).toEqual(new Set([`github.test:${port}`])); // at least one, and only to GitHub
      expect(github.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
        'GET /repos/octo/repo/issues/9/comments',
        'POST /repos/octo/repo/issues/9/comments',
      ]);
    } finally {
      front.closeAllConnections();
      await new Promise((r) => front.close(r));
    }
  });

  it('without pull-requests: write: one warning, and the run still succeeds', async () => {
    github.readOnly = true;
    github.requests.length = 0;
    const r = await act({ 'stream-name': 'rp-comment-ro', 'dry-run': 'true', 'comment-on-pr': 'true' }, prEnv(8));
    github.readOnly = false;
    expect(r.code).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      expect.stringMatching(/comment-on-pr: the plan was not commented on pull request #8: GitHub answered 403 .*pull-requests: write/),
    ]);
    expect(github.requests.map((q) => q.method)).toEqual(['GET', 'POST']);
  });

  it('outside a pull request it posts nothing', async () => {
    github.requests.length = 0;
    const r = await act(
      { 'stream-name': 'rp-comment-push', 'dry-run': 'true', 'comment-on-pr': 'true' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: github.url },
    );
    expect(r.code).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(r.stdout).toContain('comment-on-pr: this run is not for a pull request (event push)');
    expect(github.requests).toEqual([]);
  });
});

describe('teardown ownership guard (dist/, Node 24)', () => {
  it('refuses a stream tagged github:repository=other/repo unless allow-foreign-delete', async () => {
    await client.send(new CreateStreamCommand({ StreamName: 'rp-foreign', ShardCount: 1, Tags: { 'github:repository': 'other/repo' } }));
    await waitForStatus(client, 'rp-foreign', 'ACTIVE', { missedIf: ['ABSENT'] });
    const refused = await act({ 'stream-name': 'rp-foreign', state: 'absent' });
    expect(refused.code).toBe(1);
    expect(refused.errors).toEqual([
      'Stream "rp-foreign" belongs to repository other/repo (its github:repository tag), not to octo/repo, so nothing was deleted. Set the ' +
        '"allow-foreign-delete" input to true to delete it anyway.',
    ]);
    expect(refused.mutations).toEqual([]);
    expect(refused.outputs).toMatchObject({ deleted: 'false', 'stream-status': 'ACTIVE' });

    const allowed = await act({ 'stream-name': 'rp-foreign', state: 'absent', 'allow-foreign-delete': 'true' });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs).toMatchObject({ deleted: 'true', 'stream-status': 'ABSENT' });
  });
});
