// Runner level: dist/index.js as the runner runs it (Node 24), against kinesis-local behind a proxy that
// answers the way real AWS does where the emulator words things its own way or skips a limit (texts
// from __fixtures__/aws-answers.ts), and against a hostile endpoint: limit texts, teardown races,
// half-finished creations, lost answers, endless pages, an unresolvable host, injected text, secrets.
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { CreateStreamCommand, DescribeStreamSummaryCommand } from '@aws-sdk/client-kinesis';
import { AWS_ANSWERS } from '../__fixtures__/aws-answers.js';
import { waitForStatus, useKinesisLocal } from './support/emulator.js';
import { startFakeKinesis, type Decide, type FakeKinesis } from './support/fake-kinesis.js';
import { runAction, runtimes } from './support/runner.js';

const text = (id: string): string => AWS_ANSWERS.find((a) => a.id === id)!.message;
const SLOT = text('create-limit-creating-or-deleting');
const [node24] = runtimes();
const emulator = useKinesisLocal({ createMs: 1000, deleteMs: 1000, updateMs: 300 });

const proxies: FakeKinesis[] = [];
async function proxy(decide: Decide): Promise<FakeKinesis> {
  const p = await startFakeKinesis({ upstream: emulator.endpoint, decide });
  proxies.push(p);
  return p;
}
afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
});

const run = (endpoint: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({ node: node24.node, inputs: { region: 'us-east-1', 'endpoint-url': endpoint, 'timeout-seconds': '60', ...inputs }, env });

/** kinesis-local's wording of the CREATING limit, answered with the text AWS sends instead. */
const withAwsSlotText = (until?: PromiseLike<unknown>) => ({
  kind: 'rewrite' as const,
  until,
  answer: (status: number, body: Record<string, unknown>) =>
    body.__type === 'LimitExceededException' ? { status, body: { ...body, message: SLOT } } : { status, body },
});

describe('the 5-streams CREATING-or-DELETING limit, with the text AWS sends', () => {
  it('8 parallel creates on 8 new names, then 8 parallel teardowns: all exit 0, each deleted=true', async () => {
    const refusedDelete = new Set<string>();
    // The 8 first CreateStreams are held until all 8 have arrived, then reach kinesis-local together: 3
    // meet the limit however slowly each process started on a loaded machine.
    let creates = 0;
    let allArrived!: () => void;
    const barrier = new Promise<void>((resolve) => (allArrived = resolve));
    const p = await proxy((call) => {
      // kinesis-local does not count DELETING streams: refuse each stream's first DeleteStream as AWS would.
      const name =
        String(call.body.StreamName ?? call.body.StreamARN ?? '')
          .split('/')
          .pop() ?? '';
      if (call.operation === 'DeleteStream' && !refusedDelete.has(name)) {
        refusedDelete.add(name);
        return { kind: 'error', status: 400, type: 'LimitExceededException', message: SLOT };
      }
      if (call.operation !== 'CreateStream' || ++creates > 8) return withAwsSlotText();
      if (creates === 8) allArrived();
      return withAwsSlotText(barrier);
    });
    const names = Array.from({ length: 8 }, (_, i) => `slots-${i}`);
    const created = await Promise.all(names.map((n) => run(p.endpoint, { 'stream-name': n })));
    expect(created.map((r) => [r.code, r.outputs.created])).toEqual(names.map(() => [0, 'true']));
    expect(created.some((r) => /limit of 5 streams CREATING or DELETING in us-east-1; waiting for a slot/.test(r.stdout))).toBe(true);

    const gone = await Promise.all(names.map((n) => run(p.endpoint, { 'stream-name': n, state: 'absent' })));
    expect(gone.map((r) => [r.code, r.outputs.deleted])).toEqual(names.map(() => [0, 'true']));
    expect(gone.every((r) => /waiting for a slot/.test(r.stdout))).toBe(true);
  });
});

describe('teardown races', () => {
  it('two teardowns per stream on 4 streams at once: 8 of 8 exit 0, one deleted=true per stream', async () => {
    const names = ['pair-0', 'pair-1', 'pair-2', 'pair-3'];
    await Promise.all(names.map((n) => emulator.client.send(new CreateStreamCommand({ StreamName: n, ShardCount: 1 }))));
    await Promise.all(names.map((n) => waitForStatus(emulator.client, n, 'ACTIVE')));
    const runs = await Promise.all(names.flatMap((n) => [0, 1].map(() => run(emulator.endpoint, { 'stream-name': n, state: 'absent' }))));
    expect(runs.map((r) => r.code)).toEqual(runs.map(() => 0));
    for (const n of names) {
      const mine = runs.filter((r) => r.outputs['stream-name'] === n);
      expect(mine.filter((r) => r.outputs.deleted === 'true').length).toBeGreaterThanOrEqual(1);
    }
  });

  it('a stream re-created while the teardown waits: deleted=true, the new one left alone', async () => {
    const name = 'reborn-while-deleting';
    await emulator.client.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
    await waitForStatus(emulator.client, name, 'ACTIVE');
    let recreated!: () => void;
    const ready = new Promise<void>((resolve) => (recreated = resolve));
    let deleteSent = false;
    const p = await proxy((call) => {
      if (call.operation === 'DeleteStream') deleteSent = true;
      // After DeleteStream, the teardown's polls wait until the name has been re-created.
      return deleteSent && call.operation === 'DescribeStreamSummary' ? { kind: 'hold', until: ready } : undefined;
    });
    const teardown = run(p.endpoint, { 'stream-name': name, state: 'absent', 'timeout-seconds': '60' });
    await waitForStatus(emulator.client, name, 'ABSENT', { timeoutMs: 30_000 });
    await emulator.client.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
    recreated();
    const r = await teardown;
    expect(r.code).toBe(0);
    expect(r.outputs.deleted).toBe('true');
    expect(r.warnings.join('\n')).toMatch(/A new stream "reborn-while-deleting" \(CREATING\) was created after the old one was deleted; it was left alone/);
    const now = await emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: name }));
    expect(now.StreamDescriptionSummary?.StreamStatus).toMatch(/CREATING|ACTIVE/);
  });
});

describe('a creation that fails half-way', () => {
  it('KMS refused after create: exit 1 with stream-arn and created=true; the re-run finishes it', async () => {
    const name = 'kms-half-way';
    let refuse = true;
    const p = await proxy((call) =>
      refuse && call.operation === 'StartStreamEncryption'
        ? { kind: 'error', status: 400, type: 'KMSAccessDeniedException', message: text('kms-access-denied-doc') }
        : undefined,
    );
    const inputs = { 'stream-name': name, 'encryption-type': 'KMS', 'retention-hours': '48' };
    const first = await run(p.endpoint, inputs);
    expect(first.code).toBe(1);
    expect(first.errors.join('\n')).toMatch(/^KMS refused StartStreamEncryption/);
    expect(first.outputs).toMatchObject({ 'stream-arn': `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`, created: 'true', 'stream-status': 'ACTIVE' });
    expect(first.summary).toContain(`arn:aws:kinesis:us-east-1:000000000000:stream/${name}`);

    refuse = false;
    const again = await run(p.endpoint, inputs); // on-drift: report, the default
    expect(again.code).toBe(0);
    expect(again.warnings).toEqual([]);
    expect(again.stdout).toMatch(/did not apply every declared setting .*: finishing the creation/);
    const s = (await emulator.client.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary;
    expect(s).toMatchObject({ EncryptionType: 'KMS', RetentionPeriodHours: 48 });
  });
});

describe('ambiguous answers and the deadline', () => {
  it('CreateStream answering 500 every time while the stream exists: adopted, exit 0', async () => {
    const p = await proxy((call) =>
      call.operation === 'CreateStream' ? { kind: 'rewrite', answer: () => ({ status: 500, body: { __type: 'InternalFailure', message: '' } }) } : undefined,
    );
    const r = await run(p.endpoint, { 'stream-name': 'five-hundred' });
    expect(r.code).toBe(0);
    expect(r.outputs['stream-status']).toBe('ACTIVE');
    expect(p.count('CreateStream')).toBe(1);
  });

  it('endless tag pages with timeout-seconds 3: exit 1 within 4 s', async () => {
    await emulator.client.send(new CreateStreamCommand({ StreamName: 'pages', ShardCount: 1 }));
    await waitForStatus(emulator.client, 'pages', 'ACTIVE');
    let page = 0;
    const p = await proxy((call) =>
      call.operation === 'ListTagsForStream'
        ? { kind: 'reply', status: 200, body: () => ({ Tags: [{ Key: `k${page++}`, Value: 'v' }], HasMoreTags: true }) }
        : undefined,
    );
    const r = await run(p.endpoint, { 'stream-name': 'pages', tags: 'team=data', 'timeout-seconds': '3' });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(4000 + 2000); // generous for a loaded machine: the bound itself is in the note
    expect(p.count('ListTagsForStream')).toBeLessThanOrEqual(5);
  });

  it('an endpoint host that does not resolve: exit 1 at once, naming the host and the inputs', async () => {
    // Resolution is stubbed (no DNS query leaves the machine): *.invalid answers ENOTFOUND.
    const stub = join(import.meta.dirname, 'support', 'dns-invalid.cjs');
    const r = await runAction({
      node: node24.node,
      inputs: { 'stream-name': 'orders', region: 'us-east-1', 'endpoint-url': 'http://kinesis.example.invalid:4567' },
      env: { NODE_OPTIONS: `--require ${stub}` },
    });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      'Cannot resolve the Kinesis endpoint host "kinesis.example.invalid" (ENOTFOUND) on DescribeStreamSummary: check the "endpoint-url" input ' +
        '(or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and the "region" input (now us-east-1).',
    ]);
  });
});

const EVIL = 'x\n::warning::INJECTED\n::set-output name=stream-arn::evil\n<img src=x onerror=alert(1)> [link](http://evil)';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD';

describe.each(runtimes())('a hostile endpoint, on $label', ({ node, label }) => {
  it.each(['report', 'update'])('tag values, status fields and errors stay data (on-drift %s)', async (onDrift) => {
    const name = `hostile-${onDrift}-${label.split(' ')[1].replace(/[^0-9a-z]/gi, '-')}`;
    await emulator.client.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
    await waitForStatus(emulator.client, name, 'ACTIVE');
    const p = await proxy((call) => {
      if (call.operation === 'ListTagsForStream') return { kind: 'reply', status: 200, body: { Tags: [{ Key: 'team', Value: EVIL }], HasMoreTags: false } };
      if (call.operation === 'AddTagsToStream')
        return { kind: 'error', status: 400, type: 'InvalidArgumentException', message: `bad\n::error::FORGED ${EVIL}` };
      // A hostile DescribeStreamSummary field (a mode with a workflow command) is refused before use:
      // runner-trust.test.ts, "outputs carry only values of their documented shape".
      return undefined;
    });
    const r = await runAction({
      node,
      inputs: { 'stream-name': name, region: 'us-east-1', 'endpoint-url': p.endpoint, tags: 'team=data', 'on-drift': onDrift },
      env: { RUNNER_DEBUG: '1' },
    });
    const lines = r.stdout.split('\n');
    // Only the action's own commands start a line; nothing injected does.
    for (const line of lines) {
      if (line.trimStart().startsWith('::')) expect(line).toMatch(/^::(debug|notice|warning|error|add-mask)::/);
      expect(line).not.toMatch(/^\s*::(set-output|stop-commands)/);
    }
    expect(lines.filter((l) => /^::warning::INJECTED|^::warning::MODE|^::error::FORGED/.test(l))).toEqual([]);
    expect(r.stdout).toContain('INJECTED'); // shown, as data
    expect(r.outputs['stream-arn']).toBe(`arn:aws:kinesis:us-east-1:000000000000:stream/${name}`);
    expect(r.summary).not.toMatch(/<img|\]\(http:\/\/evil\)/);
    expect(r.summary).toContain('&lt;img');
  });

  it('with debug on and an endpoint that echoes request headers: no credential anywhere', async () => {
    const p = await startFakeKinesis({
      // A 5xx is retried until the timeout, whose line quotes the last answer: the echo reaches the sinks.
      decide: () => ({
        kind: 'reply',
        status: 500,
        body: (headers) => ({
          __type: 'InternalFailure',
          message: `Signature mismatch. Headers were: ${JSON.stringify(headers)} secret=${SECRET_KEY} x-amz-security-token: ${TOKEN}`,
        }),
      }),
    });
    proxies.push(p);
    const r = await runAction({
      node,
      inputs: { 'stream-name': 'orders', region: 'us-east-1', 'endpoint-url': p.endpoint, 'timeout-seconds': '2' },
      env: { RUNNER_DEBUG: '1', AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET_KEY, AWS_SESSION_TOKEN: TOKEN },
    });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(/Last error: InternalFailure: Signature mismatch\. Headers were:/);
    const everything = [r.stdout, r.stderr, JSON.stringify(r.outputs), r.summary].join('\n');
    // The runner masks what ::add-mask:: names; the lines themselves must not need it.
    const withoutMasks = everything
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of [KEY_ID.slice(4), SECRET_KEY, TOKEN.slice(0, 20)]) expect(withoutMasks).not.toContain(secret);
    expect(everything).toContain(`::add-mask::${SECRET_KEY}`);
    expect(everything).toContain(`::add-mask::${TOKEN}`);
  });
});
