// Runner level: what a reviewer reads is what the action wrote, and what a run leaves behind is true.
// The built dist/index.js on Node 24 as the runner runs it, against kinesis-local behind a scripted
// endpoint (support/fake-kinesis.ts: each test says what the endpoint answers), the GitHub stand-in,
// and a loopback STS. Each block is one item of issue 18, tried the way an attacker or a flaky
// network would.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateStreamCommand,
  IncreaseStreamRetentionPeriodCommand,
  ListTagsForResourceCommand,
  ListTagsForStreamCommand,
  PutResourcePolicyCommand,
} from '@aws-sdk/client-kinesis';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { TEST_GITHUB_TOKEN } from '../scripts/run-action.mjs';
import { createKinesisClient } from '../src/aws/client.js';
import { PENDING_TAG } from '../src/model/tags.js';
import { AWS_ACCOUNT_SETTINGS, AWS_LIST_CHANNELS, awsAnswer } from '../__fixtures__/aws-answers.js';
import { specOf } from '../__fixtures__/spec.js';
import { waitForStatus } from './support/emulator.js';
import { startFakeKinesis, type Decide, type FakeKinesis, type Fault } from './support/fake-kinesis.js';
import { startFakeSts, type FakeSts } from './support/fake-sts.js';
import { startGitHubStandIn, type GitHubStandIn } from './support/github-api.js';
import { isMutating } from './support/in-process.js';
import { runAction, runtimes } from './support/runner.js';

const [{ node }] = runtimes(); // Node 24, what `runs.using: node24` gives
const NOT_VISIBLE = awsAnswer('describe-not-visible-after-create');
let emulator: KinesisLocal;
let proxy: FakeKinesis;
let github: GitHubStandIn;
let sts: FakeSts;
let client: ReturnType<typeof createKinesisClient>;
let dir: string;
/** What the endpoint answers in the current test (undefined: forward everything to kinesis-local). */
let script: Decide | undefined;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
  [emulator, github, sts] = await Promise.all([startKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300 }), startGitHubStandIn(), startFakeSts()]);
  proxy = await startFakeKinesis({ upstream: emulator.endpoint, decide: (call, n) => script?.(call, n) });
  client = createKinesisClient(specOf({ endpointUrl: emulator.endpoint }));
  dir = mkdtempSync(join(tmpdir(), 'eks-trust-'));
});
afterEach(() => {
  script = undefined;
  github.hold = false;
});
afterAll(async () => {
  client?.destroy();
  rmSync(dir, { recursive: true, force: true });
  await Promise.all([proxy?.close(), emulator?.stop(), github?.close(), sts?.close()]);
});

type Run = Awaited<ReturnType<typeof runAction>> & { mutations: string[]; ops: string[] };

/** Runs the action through the scripted endpoint; `ops` are the calls this run made, `mutations` the changing ones. */
async function act(inputs: Record<string, string>, env: Record<string, string> = {}, onSpawn?: Parameters<typeof runAction>[0]['onSpawn']): Promise<Run> {
  const before = proxy.calls.length;
  const r = await runAction({
    node,
    inputs: { region: 'us-east-1', 'endpoint-url': proxy.endpoint, ...inputs },
    env: { GITHUB_REPOSITORY: 'octo/repo', ...env },
    onSpawn,
  });
  const ops = proxy.calls.slice(before).map((c) => c.operation);
  return { ...r, ops, mutations: ops.filter(isMutating) };
}

async function createStream(name: string, tags?: Record<string, string>): Promise<string> {
  await client.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1, Tags: tags }));
  return (await waitForStatus(client, name, 'ACTIVE', { missedIf: ['ABSENT'] }))?.StreamARN ?? '';
}

const tagsOf = async (name: string): Promise<Record<string, string>> =>
  Object.fromEntries(((await client.send(new ListTagsForStreamCommand({ StreamName: name }))).Tags ?? []).map((t) => [t.Key, t.Value]));

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function prEnv(number: number, token = TEST_GITHUB_TOKEN): Record<string, string> {
  const path = join(dir, `event-${number}.json`);
  writeFileSync(path, JSON.stringify({ action: 'synchronize', number, pull_request: { number } }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_API_URL: github.url, GITHUB_RUN_ID: '4242', 'INPUT_GITHUB-TOKEN': token };
}

describe('1. the plan comment is only ever the action own (GitHub stand-in)', () => {
  const dry = (stream: string) => ({ 'stream-name': stream, 'dry-run': 'true', 'comment-on-pr': 'true' });
  const marker = (stream: string) => `<!-- ensure-kinesis-data-stream: stream=${stream} region=us-east-1 -->`;

  it('job token: a person and another app that copy the marker are never edited; the bot comment is created once, then edited', async () => {
    github.comments.length = 0;
    github.requests.length = 0;
    github.comments.push(
      { id: 1, body: `${marker('tr-comment')}\nLooks fine, approve`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `${marker('tr-comment')}\nforged plan`, user: { login: 'evil-app[bot]', type: 'Bot' } },
    );
    const first = await act(dry('tr-comment'), prEnv(11));
    const second = await act({ ...dry('tr-comment'), 'shard-count': '3' }, prEnv(11));
    expect([first.code, second.code, first.warnings, second.warnings]).toEqual([0, 0, [], []]);
    expect(github.comments.map((c) => [c.id, c.user.login])).toEqual([
      [1, 'mallory'],
      [2, 'evil-app[bot]'],
      [1000, 'github-actions[bot]'],
    ]);
    expect(github.comments[0].body).toBe(`${marker('tr-comment')}\nLooks fine, approve`);
    expect(github.comments[1].body).toBe(`${marker('tr-comment')}\nforged plan`);
    expect(github.comments[2].body).toContain('| shards | — | 3 | set at creation |');
    // No GET /user for the job token (GitHub answers 403); one POST, then one PATCH of the bot's own comment.
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/repo/issues/11/comments',
      'POST /repos/octo/repo/issues/11/comments',
      'GET /repos/octo/repo/issues/11/comments',
      'PATCH /repos/octo/repo/issues/comments/1000',
    ]);
  });

  it('personal token: only the comment of the token user (GET /user) is edited, not another person with the marker', async () => {
    github.comments.length = 0;
    github.requests.length = 0;
    const pat = 'ghp_personalTokenForTests000000000000000';
    github.users[pat] = 'alice';
    github.comments.push({ id: 5, body: `${marker('tr-comment-pat')}\nby bob`, user: { login: 'bob', type: 'User' } });
    const first = await act(dry('tr-comment-pat'), prEnv(12, pat));
    const second = await act(dry('tr-comment-pat'), prEnv(12, pat));
    expect([first.code, second.code, first.warnings, second.warnings]).toEqual([0, 0, [], []]);
    expect(github.comments.map((c) => [c.id, c.user.login])).toEqual([
      [5, 'bob'],
      [1001, 'alice'],
    ]);
    expect(github.comments[0].body).toBe(`${marker('tr-comment-pat')}\nby bob`);
    expect(github.requests.filter((r) => r.method !== 'GET' || r.path === '/user').map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /user',
      'POST /repos/octo/repo/issues/12/comments',
      'GET /user',
      'PATCH /repos/octo/repo/issues/comments/1001',
    ]);
    for (const run of [first, second])
      expect(
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(pat);
  });
});

/** GitHub's own renderer, as Debian packages it (.ci/run installs it). */
function render(markdown: string): string {
  return execFileSync('cmark-gfm', ['-e', 'autolink', '-e', 'table'], { input: markdown, encoding: 'utf8' });
}

describe('2. outside text never becomes a link, a secret never leaks escaped', () => {
  it('tag values and an ARN from the endpoint render as text, with GitHub autolinks on', async () => {
    await createStream('tr-links', { site: 'https://evil.example/login', home: 'www.evil.example', mail: 'me@evil.example' });
    const r = await act({ 'stream-name': 'tr-links', tags: 'site=x\nhome=y\nmail=z' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('evil.example');
    const html = render(r.summary);
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/<a\s/);
  });

  it('a session token the endpoint echoes JSON-escaped or percent-encoded is redacted in every form', async () => {
    const token = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDtest+token/with=padding';
    const escaped = JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/');
    const encoded = encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
    script = (call) =>
      call.operation === 'DescribeStreamSummary'
        ? { kind: 'error', status: 400, type: 'AccessDeniedException', message: `denied for {"token":"${escaped}"} and t=${encoded}` }
        : undefined;
    const r = await act({ 'stream-name': 'tr-secret' }, { AWS_SESSION_TOKEN: token });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^Access denied: .*kinesis:DescribeStreamSummary/)]);
    const shown = [...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')), r.stderr, r.summary].join('\n');
    for (const piece of [token.slice(0, 12), token.slice(-20), 'wEaCXVzLWVhc3Qt', encoded.slice(20, 40)]) expect(shown).not.toContain(piece);
  });

  it('a timeout after an echoed Authorization header keeps the whole line ("Raise the …")', async () => {
    script = (call) =>
      call.operation === 'DescribeStreamSummary'
        ? {
            kind: 'error',
            status: 503,
            type: 'ServiceUnavailable',
            message: 'slow; got authorization: AWS4-HMAC-SHA256 Credential=AKIAX/… Signature=abc\nnext',
          }
        : undefined;
    const r = await act({ 'stream-name': 'tr-timeout', 'timeout-seconds': '2' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/authorization: \*\*\*.* Raise the "timeout-seconds" input \(now 2\)\.$/)]);
  });
});

describe('3. outputs carry only values of their documented shape', () => {
  const summaryWith =
    (edit: (s: Record<string, unknown>) => void): Decide =>
    (call) =>
      call.operation === 'DescribeStreamSummary'
        ? {
            kind: 'rewrite',
            answer: (status, body) => {
              const s = body.StreamDescriptionSummary as Record<string, unknown> | undefined;
              if (s) edit(s);
              return { status, body };
            },
          }
        : undefined;

  it.each([
    ['an ARN with a URL and a workflow command', 'StreamARN', (s: Record<string, unknown>) => (s.StreamARN = 'https://evil.example/arn\n::warning::ARN')],
    [
      'a mode with a workflow command',
      'StreamMode',
      (s: Record<string, unknown>) => (s.StreamModeDetails = { StreamMode: 'PROVISIONED\n::warning::ARN evil' }),
    ],
  ])('%s fails the step with one line, and reaches no output', async (_label, field, edit) => {
    await createStream(`tr-shape-${field}`);
    script = summaryWith(edit);
    const r = await act({ 'stream-name': `tr-shape-${field}` });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(new RegExp(`^DescribeStreamSummary for stream "tr-shape-${field}" answered with an? ${field} that is not`)),
    ]);
    expect(r.stdout.split('\n').some((l) => l.startsWith('::warning::ARN'))).toBe(false);
    for (const [name, value] of Object.entries(r.outputs)) expect([name, value.includes('\n') || value.includes('evil')]).toEqual([name, false]);
    expect(r.mutations).toEqual([]);
  });

  it.each([
    ['a null summary', { StreamDescriptionSummary: null }],
    [
      'a status that is a list',
      {
        StreamDescriptionSummary: { StreamName: 'tr-shape-x', StreamARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/tr-shape-x', StreamStatus: ['ACTIVE'] },
      },
    ],
  ])('%s fails at once: one call, no CreateStream', async (_label, body) => {
    script = (call) => (call.operation === 'DescribeStreamSummary' ? { kind: 'reply', status: 200, body } : undefined);
    const r = await act({ 'stream-name': 'tr-shape-x' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^DescribeStreamSummary for stream "tr-shape-x" answered with /)]);
    expect(r.ops).toEqual(['DescribeStreamSummary']);
  });
});

describe('4. the pending tag never outlives the creation', () => {
  it('a mark whose settings are all in place is removed, whatever on-drift', async () => {
    await createStream('tr-mark-done', { [PENDING_TAG]: `retention-hours since=${iso(Date.now() - 3600_000)}` });
    await client.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'tr-mark-done', RetentionPeriodHours: 48 }));
    await waitForStatus(client, 'tr-mark-done', 'ACTIVE');
    const r = await act({ 'stream-name': 'tr-mark-done', 'retention-hours': '48', 'on-drift': 'report' });
    expect([r.code, r.warnings]).toEqual([0, []]);
    expect(r.mutations).toEqual(['RemoveTagsFromStream']);
    expect(await tagsOf('tr-mark-done')).not.toHaveProperty([PENDING_TAG]);
  });

  it('a mark older than a day is not a creation to finish: its settings are drift (report), and the warning says the tag stays', async () => {
    await createStream('tr-mark-old', { [PENDING_TAG]: `retention-hours since=${iso(Date.now() - 3 * 86400_000)} run=77` });
    const r = await act({ 'stream-name': 'tr-mark-old', 'retention-hours': '48' }, { GITHUB_RUN_ID: '4242' });
    expect(r.code).toBe(0);
    expect(r.mutations).toEqual([]);
    expect(JSON.parse(r.outputs.drift)).toEqual([{ setting: 'retention-hours', current: 24, desired: 48 }]);
    expect(r.warnings.join('\n')).toMatch(
      /carries the tag ensure-kinesis-data-stream:pending of a creation on .* \(run 77\) that did not apply retention-hours/,
    );
    expect(r.warnings.join('\n')).toMatch(/The tag stays on the stream until the declared settings are in place/);
  });

  it('a re-run of the same workflow run finishes its own creation, however old', async () => {
    await createStream('tr-mark-rerun', { [PENDING_TAG]: `retention-hours since=${iso(Date.now() - 3 * 86400_000)} run=4242` });
    const r = await act({ 'stream-name': 'tr-mark-rerun', 'retention-hours': '48' }, { GITHUB_RUN_ID: '4242' });
    expect([r.code, r.warnings]).toEqual([0, []]);
    expect(r.mutations).toEqual(['IncreaseStreamRetentionPeriod', 'RemoveTagsFromStream']);
  });
});

describe('5. eventual consistency right after our own CreateStream', () => {
  it('one not-found after an accepted CreateStream is waited out: one CreateStream, created=true, follow-ups applied, plan honoured', async () => {
    const inputs = { 'stream-name': 'tr-visible', 'retention-hours': '48' };
    const plan = await act({ ...inputs, 'dry-run': 'true' });
    let created = false;
    let hidden = 0;
    script = (call) => {
      if (call.operation === 'CreateStream') created = true;
      else if (call.operation === 'DescribeStreamSummary' && created && hidden++ === 0) {
        // AWS's own answer for a stream not (yet) visible, from the catalogue of real answers.
        return { kind: 'error', status: 400, type: NOT_VISIBLE.type, message: NOT_VISIBLE.message.replace('orders', 'tr-visible') };
      }
      return undefined;
    };
    const r = await act({ ...inputs, 'expected-plan': plan.outputs.plan });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.ops.filter((o) => o === 'CreateStream')).toHaveLength(1);
    expect(r.outputs).toMatchObject({ created: 'true', 'stream-status': 'ACTIVE' });
    expect(r.mutations).toEqual(['CreateStream', 'IncreaseStreamRetentionPeriod', 'RemoveTagsFromStream']);
    expect(r.summary).toContain('created by this run');
    expect(r.stdout).toContain('is not visible yet after CreateStream');
  });
});

describe('6. a cancelled run still leaves its record', () => {
  it('SIGINT while GitHub hangs, then SIGTERM: the summary and outputs are written, the comment request is given up', async () => {
    github.hold = true;
    const arrived = github.nextRequest();
    const r = await act({ 'stream-name': 'tr-cancel', 'dry-run': 'true', 'comment-on-pr': 'true' }, prEnv(13), (child) => {
      void arrived.then(() => {
        child.kill('SIGINT');
        child.kill('SIGTERM');
      });
    });
    expect(r.summary).toMatch(/^### Kinesis stream tr-cancel · dry run/);
    expect(r.outputs).toMatchObject({ 'stream-status': 'ABSENT', created: 'false' });
    expect(JSON.parse(r.outputs.plan)).toMatchObject({ stream: 'tr-cancel' });
  });

  it('SIGINT alone: the comment request stops at once and says the step was cancelled', async () => {
    github.hold = true;
    const arrived = github.nextRequest();
    const r = await act({ 'stream-name': 'tr-cancel-1', 'dry-run': 'true', 'comment-on-pr': 'true' }, prEnv(14), (child) => {
      void arrived.then(() => child.kill('SIGINT'));
    });
    expect(r.summary).toMatch(/^### Kinesis stream tr-cancel-1 · dry run/);
    expect(r.warnings).toEqual([expect.stringMatching(/comment-on-pr: the plan was not commented on pull request #14: the step was cancelled\./)]);
  });
});

describe('7. smaller holes', () => {
  it('a declared policy with a nested "__proto__" member differs from the attached one without it', async () => {
    const arn = await createStream('tr-proto');
    const statement = {
      Sid: 'R',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'kinesis:DescribeStreamSummary',
      Resource: arn,
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    };
    await client.send(new PutResourcePolicyCommand({ ResourceARN: arn, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) }));
    // The same policy with one more condition, written under the key "__proto__" (valid JSON, and data).
    const declared = JSON.stringify({ Version: '2012-10-17', Statement: [statement] }).replace(
      '"Bool":{"aws:SecureTransport":"true"}',
      '"Bool":{"aws:SecureTransport":"true"},"__proto__":{"aws:SourceIp":"10.0.0.0/8"}',
    );
    expect(declared).toContain('"__proto__"');
    const r = await act({ 'stream-name': 'tr-proto', 'resource-policy': declared });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.drift).map((d: { setting: string }) => d.setting)).toEqual(['resource-policy']);
  });

  it('the ownership guard reads a GitHub:Repository key in any case', async () => {
    await createStream('tr-owner-case', { 'GitHub:Repository': 'other/repo' });
    const r = await act({ 'stream-name': 'tr-owner-case', state: 'absent' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^Stream "tr-owner-case" belongs to repository other\/repo/)]);
    expect(r.mutations).toEqual([]);
  });

  it('without GITHUB_REPOSITORY the guard says it could not check', async () => {
    await createStream('tr-owner-unset', { 'github:repository': 'octo/repo' });
    const r = await act({ 'stream-name': 'tr-owner-unset', state: 'absent' }, { GITHUB_REPOSITORY: '' });
    expect(r.code).toBe(0);
    expect(r.warnings).toEqual([expect.stringMatching(/Ownership of stream "tr-owner-unset" not checked: GITHUB_REPOSITORY is not set/)]);
    expect(r.mutations).toEqual(['DeleteStream']);
  });

  it('a plan for a missing stream names its account: applied with credentials of another account, it is refused', async () => {
    const env = { AWS_ENDPOINT_URL_STS: sts.url };
    sts.account = '111111111111';
    const plan = await act({ 'stream-name': 'tr-account', 'dry-run': 'true' }, env);
    expect(JSON.parse(plan.outputs.plan).observed).toMatchObject({ arn: null, account: '111111111111' });
    sts.account = '222222222222';
    const apply = await act({ 'stream-name': 'tr-account', 'expected-plan': plan.outputs.plan }, env);
    expect(apply.code).toBe(1);
    expect(apply.errors).toEqual([expect.stringMatching(/the account is 222222222222 now, was 111111111111 when the plan was reviewed/)]);
    expect(apply.mutations).toEqual([]);
  });
});

describe('8. warm throughput needs the account commitment (issue 22)', () => {
  // DescribeAccountSettings as the Kinesis API reference documents its answer; kinesis-local has no such API.
  const settings = (status: 'enabled' | 'disabled'): Fault => ({ kind: 'reply', status: 200, body: AWS_ACCOUNT_SETTINGS[status] });
  const inputs = { 'stream-mode': 'ON_DEMAND', 'warm-throughput-mibps': '50' };

  it('commitment DISABLED: refused before CreateStream, with what to enable and that it costs money', async () => {
    script = (call) => (call.operation === 'DescribeAccountSettings' ? settings('disabled') : undefined);
    const r = await act({ 'stream-name': 'tr-warm-off', ...inputs });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(/warm-throughput-mibps \(50 MiB\/s\) needs the account's minimum throughput billing commitment .* which is DISABLED in us-east-1/),
    ]);
    expect(r.ops).toContain('DescribeAccountSettings');
    expect(r.mutations).toEqual([]);
  });

  it('commitment ENABLED: created with it', async () => {
    script = (call) => (call.operation === 'DescribeAccountSettings' ? settings('enabled') : undefined);
    const r = await act({ 'stream-name': 'tr-warm-on', ...inputs });
    expect(r.errors).toEqual([]);
    expect(r.mutations).toEqual(['CreateStream']);
  });
});

/** An error answer of the catalogue (what AWS really sends, with its source), as the scripted endpoint sends it. */
const answerFault = (id: string): Fault => {
  const a = awsAnswer(id);
  return { kind: 'error', status: a.httpStatus, type: a.type, message: a.message };
};

describe('9. ACTIVE means usable (issue 22)', () => {
  it('a ListShards that does not know the new stream yet (as AWS answers right after ACTIVE) is waited out; the outputs follow', async () => {
    let refusals = 0;
    script = (call) =>
      call.operation === 'ListShards' && refusals < 2 ? answerFault(['list-shards-not-found-after-active', 'list-shards-not-active'][refusals++]) : undefined;
    const r = await act({ 'stream-name': 'tr-usable', 'shard-count': '1' });
    expect(r.errors).toEqual([]);
    expect(r.ops.filter((o) => o === 'ListShards')).toHaveLength(3);
    expect(r.stdout).toContain('Stream "tr-usable" is ACTIVE but ListShards does not know it yet: waiting until it does.');
    expect(r.outputs).toMatchObject({ created: 'true', 'stream-status': 'ACTIVE' });
    // Found ACTIVE the next time: no probe, one call.
    const again = await act({ 'stream-name': 'tr-usable', 'shard-count': '1' });
    expect(again.ops).toEqual(['DescribeStreamSummary']);
  });
});

describe('10. a stream named by ARN (stream-arn, issue 22)', () => {
  it('adopts an existing stream by its ARN (outputs as for a name), and fails fast on a missing one with no CreateStream', async () => {
    const arn = await createStream('tr-by-arn');
    const r = await act({ 'stream-arn': arn });
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ 'stream-arn': arn, 'stream-name': 'tr-by-arn', created: 'false', 'stream-status': 'ACTIVE' });
    expect(r.ops).toEqual(['DescribeStreamSummary']);

    const missing = await act({ 'stream-arn': arn.replace('tr-by-arn', 'tr-by-arn-missing') });
    expect(missing.code).toBe(1);
    expect(missing.errors).toEqual([
      expect.stringMatching(/^Stream arn:aws:kinesis:us-east-1:\d{12}:stream\/tr-by-arn-missing does not exist, or this role cannot see it/),
    ]);
    expect(missing.ops).toEqual(['DescribeStreamSummary']);
    expect(missing.outputs).toMatchObject({ 'stream-status': 'ABSENT', created: 'false' });
  });
});

/** DescribeStreamSummary from kinesis-local, with the fields it does not know added as AWS reports them. */
const withSummary =
  (extra: () => Record<string, unknown>): Extract<Fault, { kind: 'rewrite' }>['answer'] =>
  (status, body) => {
    const summary = body.StreamDescriptionSummary as Record<string, unknown> | undefined;
    return { status, body: summary ? { StreamDescriptionSummary: { ...summary, ...extra() } } : body };
  };

describe('11. record distribution (issue 22; kinesis-local has no such API: the endpoint answers in the SDK model shape)', () => {
  it('drift is reported under report, then applied with one UpdateStreamRecordDistributionStrategy by ARN under update', async () => {
    const arn = await createOnDemand('tr-placement');
    let placement = 'USER_PARTITION_KEY';
    const sent: Array<Record<string, unknown>> = [];
    script = (call) => {
      if (call.operation === 'DescribeStreamSummary') return { kind: 'rewrite', answer: withSummary(() => ({ RecordDistributionStrategy: placement })) };
      if (call.operation !== 'UpdateStreamRecordDistributionStrategy') return undefined;
      sent.push(call.body);
      placement = String(call.body.RecordDistributionStrategy);
      return { kind: 'reply', status: 200, body: {} };
    };
    const inputs = { 'stream-name': 'tr-placement', 'stream-mode': 'ON_DEMAND', 'record-distribution': 'AUTO' };
    const reported = await act(inputs);
    expect(reported.errors).toEqual([]);
    expect(reported.warnings).toEqual([expect.stringContaining('record-distribution: current USER_PARTITION_KEY, declared AUTO')]);
    expect(reported.mutations).toEqual([]);

    const updated = await act({ ...inputs, 'on-drift': 'update' });
    expect(updated.errors).toEqual([]);
    expect(updated.mutations).toEqual(['UpdateStreamRecordDistributionStrategy']);
    expect(sent).toEqual([{ StreamARN: arn, RecordDistributionStrategy: 'AUTO' }]);
    expect(updated.summary).toContain('spread new records evenly, ignoring partition keys: no per-key order');
    // In place now: one call again.
    expect((await act(inputs)).ops).toEqual(['DescribeStreamSummary']);
  });

  it('on kinesis-local itself, which does not know the call, the failure says so instead of blaming IAM', async () => {
    await createOnDemand('tr-placement-local');
    const r = await act({ 'stream-name': 'tr-placement-local', 'stream-mode': 'ON_DEMAND', 'record-distribution': 'AUTO', 'on-drift': 'update' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^The Kinesis endpoint does not know UpdateStreamRecordDistributionStrategy/)]);
  });
});

describe('12. channels (issue 22): a teardown names them, and deletes them first only when asked', () => {
  it('refused without enforce-channel-deletion (0 deletions); with it, DeleteChannel then DeleteStream once the count is 0', async () => {
    const arn = await createStream('tr-channels');
    let channels = ['to-lake'];
    // A channel being deleted still counts for a look or two, as a DELETING one does on AWS.
    let deleting = 0;
    const deleted: string[] = [];
    script = (call) => {
      if (call.operation === 'DescribeStreamSummary')
        return { kind: 'rewrite', answer: withSummary(() => ({ ChannelCount: channels.length + (deleting-- > 0 ? 1 : 0) })) };
      if (call.operation === 'ListChannels') return { kind: 'reply', status: 200, body: AWS_LIST_CHANNELS(arn, channels) };
      if (call.operation !== 'DeleteChannel') return undefined;
      deleted.push(String(call.body.ChannelARN));
      channels = [];
      deleting = 2;
      return { kind: 'reply', status: 200, body: {} };
    };
    const refused = await act({ 'stream-name': 'tr-channels', state: 'absent' });
    expect(refused.code).toBe(1);
    expect(refused.errors).toEqual([
      expect.stringMatching(/^Stream "tr-channels" has 1 channel \(to-lake\) delivering its records; .*enforce-channel-deletion/),
    ]);
    expect(refused.mutations).toEqual([]);

    const r = await act({ 'stream-name': 'tr-channels', state: 'absent', 'enforce-channel-deletion': 'true' });
    expect(r.errors).toEqual([]);
    expect(r.mutations).toEqual(['DeleteChannel', 'DeleteStream']);
    // DeleteStream only once the stream counted no channel: after the two looks that still counted it.
    const ops = r.ops.slice(r.ops.indexOf('DeleteChannel'));
    expect(ops.slice(0, ops.indexOf('DeleteStream')).filter((o) => o === 'DescribeStreamSummary').length).toBeGreaterThanOrEqual(3);
    expect(deleted).toEqual([AWS_LIST_CHANNELS(arn, ['to-lake']).ChannelSummaries[0].ChannelARN]);
    expect(r.outputs).toMatchObject({ deleted: 'true' });
    expect(r.summary).toContain('Its 1 channel was deleted first and stopped delivering: to-lake.');
  });
});

async function createOnDemand(name: string): Promise<string> {
  await client.send(new CreateStreamCommand({ StreamName: name, StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
  return (await waitForStatus(client, name, 'ACTIVE', { missedIf: ['ABSENT'] }))?.StreamARN ?? '';
}

describe('13. consumers carry tags (issue 22)', () => {
  it('RegisterStreamConsumer carries provenance and consumer-tags; kinesis-local drops them, so TagResource follows; then one read matches', async () => {
    const arn = await createStream('tr-consumer-tags');
    const registered: Array<Record<string, unknown>> = [];
    script = (call) => {
      if (call.operation === 'RegisterStreamConsumer') registered.push(call.body);
      return undefined;
    };
    const inputs = { 'stream-name': 'tr-consumer-tags', consumers: 'app', 'consumer-tags': 'team=data\ncost-center=42', 'on-drift': 'update' };
    const r = await act(inputs, { GITHUB_WORKFLOW: 'ci', GITHUB_RUN_ID: '77' });
    expect(r.errors).toEqual([]);
    expect(registered).toEqual([
      {
        StreamARN: arn,
        ConsumerName: 'app',
        Tags: { 'github:repository': 'octo/repo', 'github:workflow': 'ci', 'github:run-id': '77', team: 'data', 'cost-center': '42' },
      },
    ]);
    expect(r.mutations).toEqual(['RegisterStreamConsumer', 'TagResource']);
    const consumerArn = JSON.parse(r.outputs['consumer-arns'] ?? '{}').app as string;
    const tags = (await client.send(new ListTagsForResourceCommand({ ResourceARN: consumerArn }))).Tags ?? [];
    expect(Object.fromEntries(tags.map((t) => [t.Key, t.Value]))).toMatchObject({ team: 'data', 'cost-center': '42' });
    // In place: no change on the next run.
    expect((await act(inputs)).mutations).toEqual([]);
  });
});
