// Runner level (issue 21): the built dist/index.js on Node 24 as the runner runs it, the post step
// included (runs.post after runs.main, with the main step's GITHUB_STATE handed over as STATE_*),
// against kinesis-local behind a scripted endpoint and the GitHub stand-in answering pull-request states.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateStreamCommand, DescribeStreamSummaryCommand, ListTagsForStreamCommand, type KinesisClient } from '@aws-sdk/client-kinesis';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { TEST_GITHUB_TOKEN } from '../scripts/run-action.mjs';
import { createKinesisClient } from '../src/aws/client.js';
import { EXPIRES_TAG } from '../src/model/tags.js';
import { specOf } from '../__fixtures__/spec.js';
import { waitForStatus } from './support/emulator.js';
import { startFakeKinesis, type Decide, type FakeKinesis } from './support/fake-kinesis.js';
import { startGitHubStandIn, type GitHubStandIn } from './support/github-api.js';
import { runAction, runtimes } from './support/runner.js';

const [{ node }] = runtimes();
let emulator: KinesisLocal;
let proxy: FakeKinesis;
let github: GitHubStandIn;
let client: KinesisClient;
let dir: string;
let script: Decide | undefined;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
  [emulator, github] = await Promise.all([startKinesisLocal({ createMs: 300, deleteMs: 300, updateMs: 200 }), startGitHubStandIn()]);
  proxy = await startFakeKinesis({ upstream: emulator.endpoint, decide: (call, n) => script?.(call, n) });
  client = createKinesisClient(specOf({ endpointUrl: emulator.endpoint }));
  dir = mkdtempSync(join(tmpdir(), 'eks-throwaway-'));
});
afterAll(async () => {
  client?.destroy();
  rmSync(dir, { recursive: true, force: true });
  await Promise.all([proxy?.close(), emulator?.stop(), github?.close()]);
});

const env = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '4242', GITHUB_WORKFLOW: 'ci' };
const step = (inputs: Record<string, string>, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({ node, ...extra, inputs: { region: 'us-east-1', 'endpoint-url': proxy.endpoint, ...inputs }, env: { ...env, ...extra.env } });

const statusOf = async (name: string): Promise<string> => {
  try {
    return (await client.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary?.StreamStatus ?? '?';
  } catch {
    return 'ABSENT';
  }
};
const tagsOf = async (name: string): Promise<Record<string, string>> =>
  Object.fromEntries(((await client.send(new ListTagsForStreamCommand({ StreamName: name }))).Tags ?? []).map((t) => [t.Key, t.Value]));
async function createStream(name: string, tags?: Record<string, string>): Promise<void> {
  await client.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1, Tags: tags }));
  await waitForStatus(client, name, 'ACTIVE', { missedIf: ['ABSENT'] });
}

describe('delete-at-job-end: the post step', () => {
  it('a stream the job created is gone after the post step; the post step writes its own summary section', async () => {
    const inputs = { 'stream-name': 'tw-job', 'delete-at-job-end': 'true' };
    const main = await step(inputs);
    expect(main.errors).toEqual([]);
    expect(main.outputs.created).toBe('true');
    expect(JSON.parse(main.state['delete-at-job-end'])).toMatchObject({ stream: 'tw-job', phase: 'created', createdAt: expect.any(Number) });
    const post = await step(inputs, { state: main.state });
    expect(post.errors).toEqual([]);
    expect(post.code).toBe(0);
    expect(post.summary).toContain('### Kinesis stream tw-job · deleted at job end');
    expect(await statusOf('tw-job')).toBe('ABSENT');
  });

  it('an adopted stream is kept: the post step says the job did not create it', async () => {
    await createStream('tw-adopted');
    const inputs = { 'stream-name': 'tw-adopted', 'delete-at-job-end': 'true' };
    const main = await step(inputs);
    expect(main.outputs.created).toBe('false');
    const post = await step(inputs, { state: main.state });
    expect(post.stdout).toContain('delete-at-job-end: this job did not create stream "tw-adopted"');
    expect(await statusOf('tw-adopted')).toBe('ACTIVE');
  });

  it('a main step that failed after its CreateStream still has its stream deleted at job end', async () => {
    script = (call) =>
      call.operation === 'IncreaseStreamRetentionPeriod' ? { kind: 'error', status: 400, type: 'AccessDeniedException', message: 'not authorized' } : undefined;
    const inputs = { 'stream-name': 'tw-failed', 'retention-hours': '48', 'delete-at-job-end': 'true' };
    const main = await step(inputs);
    script = undefined;
    expect(main.code).toBe(1);
    expect(main.outputs.created).toBe('true');
    const post = await step(inputs, { state: main.state });
    expect(post.errors).toEqual([]);
    expect(await statusOf('tw-failed')).toBe('ABSENT');
  });

  it('a cancelled main step (SIGINT while it waits for ACTIVE) still has its stream deleted at job end', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let created = false;
    script = (call) => {
      if (call.operation === 'CreateStream') created = true;
      // Every look after CreateStream waits until the main step is gone: it is cancelled mid-wait.
      return created && call.operation === 'DescribeStreamSummary' ? { kind: 'hold', until: released } : undefined;
    };
    const inputs = { 'stream-name': 'tw-cancelled', 'delete-at-job-end': 'true' };
    const main = await step(inputs, {
      onSpawn: (child) => {
        child.stdout?.on('data', (d: Buffer) => {
          if (String(d).includes('Waiting for stream "tw-cancelled" to become ACTIVE')) child.kill('SIGINT');
        });
        child.once('close', () => release());
      },
    });
    script = undefined;
    expect(main.code).toBe(1);
    expect(JSON.parse(main.state['delete-at-job-end'])).toMatchObject({ stream: 'tw-cancelled', phase: 'created' });
    const post = await step(inputs, { state: main.state });
    expect(post.errors).toEqual([]);
    expect(await statusOf('tw-cancelled')).toBe('ABSENT');
  });

  it('without delete-at-job-end the post step does nothing (no call, no line)', async () => {
    const main = await step({ 'stream-name': 'tw-keep' });
    const before = proxy.calls.length;
    const post = await step({ 'stream-name': 'tw-keep' }, { state: main.state });
    expect(post.code).toBe(0);
    expect(proxy.calls.length).toBe(before);
    expect(post.stdout.trim()).toBe('');
  });
});

describe('time-to-live and the sweep (GitHub stand-in answering pull-request states)', () => {
  it('time-to-live tags the new stream and outputs when it expires', async () => {
    const r = await step({ 'stream-name': 'sw-ttl', 'time-to-live': '90m' });
    expect(r.errors).toEqual([]);
    expect(r.outputs['expires-at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect((await tagsOf('sw-ttl'))[EXPIRES_TAG]).toBe(r.outputs['expires-at']);
    expect(Date.parse(r.outputs['expires-at']) - Date.now()).toBeGreaterThan(80 * 60_000);
    expect(r.summary).toContain(`Time to live: the stream expires at ${r.outputs['expires-at']}.`);
  });

  it('a sweep of pv-* deletes exactly the expired and closed-PR streams of this repository; its dry run deletes nothing', async () => {
    const mine = { 'github:repository': 'octo/repo' };
    const past = '2026-01-01T00:00:00Z';
    const future = '2099-01-01T00:00:00Z';
    const streams: Record<string, Record<string, string>> = {
      'pv-expired': { ...mine, [EXPIRES_TAG]: past },
      'pv-closed': { ...mine, 'github:pull-request': '11' },
      'pv-open': { ...mine, 'github:pull-request': '12' },
      'pv-unknown': { ...mine, 'github:ref': 'refs/pull/13/merge' },
      'pv-not-yet': { ...mine, [EXPIRES_TAG]: future },
      'pv-other-repo': { 'github:repository': 'someone/else', [EXPIRES_TAG]: past },
      'pv-untagged': { [EXPIRES_TAG]: past },
      'zz-expired': { ...mine, [EXPIRES_TAG]: past },
    };
    // One at a time: kinesis-local, like AWS, lets only 5 be CREATING at once.
    for (const [name, tags] of Object.entries(streams)) await createStream(name, tags);
    Object.assign(github.pulls, { 11: 'closed', 12: 'open' });
    const event = join(dir, 'schedule.json');
    writeFileSync(event, '{}');
    const sweepEnv = { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: event };
    const inputs = { 'stream-name': 'pv-*', state: 'absent', 'github-token': TEST_GITHUB_TOKEN };

    const dry = await step({ ...inputs, 'dry-run': 'true' }, { env: sweepEnv });
    expect(dry.errors).toEqual([]);
    expect(dry.outputs['deleted-streams']).toBe('[]');
    expect(dry.summary).toContain('**Plan: 0 to create, 0 to change, 2 to delete.** 5 kept. Dry run: nothing was changed.');
    for (const name of Object.keys(streams)) expect(await statusOf(name)).toBe('ACTIVE');

    const r = await step(inputs, { env: sweepEnv });
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.outputs['deleted-streams'])).toEqual(['pv-closed', 'pv-expired']);
    const left = Object.fromEntries(await Promise.all(Object.keys(streams).map(async (n) => [n, await statusOf(n)])));
    expect(left).toEqual({
      'pv-expired': 'ABSENT',
      'pv-closed': 'ABSENT',
      'pv-open': 'ACTIVE',
      'pv-unknown': 'ACTIVE',
      'pv-not-yet': 'ACTIVE',
      'pv-other-repo': 'ACTIVE',
      'pv-untagged': 'ACTIVE',
      'zz-expired': 'ACTIVE',
    });
    expect(r.summary).toContain('| pv-open | octo/repo | — | \\#12 open | keep | pull request \\#12 is open |');
    expect(r.summary).toContain('| pv-unknown | octo/repo | — | \\#13 unknown | keep | GitHub did not say whether pull request \\#13 is closed |');
    expect(r.stdout).toContain('sweep of "pv-*", 2 deleted, 5 kept.');
    // GitHub was asked about this repository's three pull requests, with the token, and nothing else.
    const asked = github.requests.filter((q) => q.path.includes('/pulls/')).map((q) => q.path);
    expect([...new Set(asked)].sort()).toEqual(['/repos/octo/repo/pulls/11', '/repos/octo/repo/pulls/12', '/repos/octo/repo/pulls/13']);
  });
});
