// Unit: the pull-request comment, in this process against the GitHub REST stand-in on loopback: only
// the token's own comment is edited (the job token's bot, or a personal token's user from GET /user),
// the exchange stops when the step is cancelled, and run() writes the summary before it comments.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { simulateKinesis } from '../__fixtures__/kinesis-sim.js';
import { startGitHubStandIn, type GitHubStandIn } from './support/github-api.js';

jest.unstable_mockModule('@actions/core', () => core);

let github: GitHubStandIn;
let dir: string;
const JOB_TOKEN = 'ghs_unitTestJobToken000000000000000000000';
const PAT = 'ghp_unitTestPersonalToken0000000000000000';
const marker = '<!-- ensure-kinesis-data-stream: stream=orders region=us-east-1 -->';

beforeAll(async () => {
  github = await startGitHubStandIn();
  github.users[PAT] = 'alice';
  dir = mkdtempSync(join(tmpdir(), 'eks-comment-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ number: 9, pull_request: { number: 9 } }));
  // @actions/github reads its context from these when it is first imported (lazily, by the comment).
  Object.assign(process.env, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: github.url });
});
afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
  for (const k of ['GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_API_URL']) delete process.env[k];
});
beforeEach(() => {
  github.comments.length = 0;
  github.requests.length = 0;
  github.hold = false;
});

const { commentOnPullRequest } = await import('../src/report/pr-comment.js');
const lines = { info: [] as string[], warning: [] as string[] };
const log = {
  info: (m: string) => lines.info.push(m),
  warning: (m: string) => lines.warning.push(m),
  notice: (m: string) => lines.info.push(m),
  debug: () => undefined,
};
const post = (token: string, markdown: string, cancel?: AbortSignal) =>
  commentOnPullRequest({ token, stream: 'orders', region: 'us-east-1', markdown, log, run: { runId: '42' }, cancel });

describe('commentOnPullRequest', () => {
  it('job token: leaves a person and another app alone, creates its own, then edits only that', async () => {
    github.comments.push(
      { id: 1, body: `${marker}\nby a person`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `${marker}\nby another app`, user: { login: 'other[bot]', type: 'Bot' } },
    );
    expect(await post(JOB_TOKEN, 'first\n')).toBe('created');
    expect(await post(JOB_TOKEN, 'second\n')).toBe('updated');
    expect(github.comments.map((c) => [c.user.login, c.body.split('\n')[1]])).toEqual([
      ['mallory', 'by a person'],
      ['other[bot]', 'by another app'],
      ['github-actions[bot]', 'second'],
    ]);
    expect(github.requests.some((r) => r.path === '/user')).toBe(false);
  });

  it('personal token: its user (GET /user) is the author it edits', async () => {
    github.comments.push({ id: 3, body: `${marker}\nby bob`, user: { login: 'bob', type: 'User' } });
    expect(await post(PAT, 'one\n')).toBe('created');
    expect(await post(PAT, 'two\n')).toBe('updated');
    expect(github.comments.map((c) => [c.user.login, c.body.split('\n')[1]])).toEqual([
      ['bob', 'by bob'],
      ['alice', 'two'],
    ]);
  });

  it('a token GitHub does not know: a warning, no comment', async () => {
    lines.warning.length = 0;
    expect(await post('ghp_unknown000000000000000000000000000000', 'x\n')).toBe('failed');
    expect(lines.warning).toEqual([expect.stringMatching(/comment-on-pr: the plan was not commented on pull request #9: GitHub answered 401/)]);
  });

  it('cancelled before the comment (during the AWS part): a short try still replaces the old plan', async () => {
    github.comments.push({ id: 1, body: `${marker}\nold plan`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const cancel = new AbortController();
    cancel.abort(new Error('received SIGINT'));
    expect(await post(JOB_TOKEN, 'what this cancelled run knows\n', cancel.signal)).toBe('updated');
    expect(github.comments[0].body).toContain('what this cancelled run knows');
  });

  it('cancelled while GitHub hangs: stops at once and says so', async () => {
    lines.warning.length = 0;
    github.hold = true;
    const cancel = new AbortController();
    const arrived = github.nextRequest();
    const done = post(JOB_TOKEN, 'x\n', cancel.signal);
    await arrived;
    cancel.abort(new Error('received SIGINT'));
    expect(await done).toBe('failed');
    expect(lines.warning).toEqual([expect.stringMatching(/#9: the step was cancelled\. The run itself is not affected\.$/)]);
  });
});

describe('run(): the summary is written before the comment', () => {
  it('the comment sees the summary already on its way to GITHUB_STEP_SUMMARY, and a plan names the account', async () => {
    const { run } = await import('../src/main.js');
    const clock = new FakeClock();
    const sim = simulateKinesis(clock);
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    try {
      core.reset({ 'stream-name': 'orders', 'dry-run': 'true', 'comment-on-pr': 'true', 'github-token': JOB_TOKEN });
      let summariesWhenCommenting = -1;
      await run({
        clock,
        client: sim.client,
        env: { AWS_REGION: 'us-east-1' },
        accounts: { account: async () => '111111111111', close: () => undefined },
        comment: async () => {
          summariesWhenCommenting = core.summaries.length;
          return 'created';
        },
      });
      expect(summariesWhenCommenting).toBe(1);
      expect(JSON.parse(core.outputs.plan).observed).toEqual({ arn: null, created: null, status: 'ABSENT', settings: {}, account: '111111111111' });
    } finally {
      sim.mock.restore();
      delete process.env.GITHUB_STEP_SUMMARY;
    }
  });
});
