// Unit: the pure pieces behind "what the reviewer reads is what the action wrote" (issue 18): the shape
// of answers, redaction that is idempotent and sees escaped and encoded secrets, summaries without
// autolinks (GitHub's own renderer), the pending mark's age, the comment's author, the owner tag, and
// the account of a reviewed plan; and, on the Kinesis double, not-found right after our own CreateStream.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { consumerProblem, summaryProblem } from '../src/aws/answers.js';
import { createRequest, isUnfinished, mayCarryLiveMark, parsePendingMark, pendingMark, UNFINISHED_FOR_MS } from '../src/plan/creation.js';
import { planDifferences } from '../src/plan/differences.js';
import { makePlan } from '../src/plan/document.js';
import { absentState } from '../src/plan/observed.js';
import { normalizePolicy, samePolicy } from '../src/plan/resource-policy.js';
import { ownComment } from '../src/report/pr-comment.js';
import { timeoutLine } from '../src/runtime/messages.js';
import { forAnnotation, forLog, forSummary, redact, registerSecrets, secretForms } from '../src/shared/safe-text.js';
import { mockClient } from 'aws-sdk-client-mock';
import { stsAccountResolver } from '../src/aws/sts.js';
import { ensureStream, NOT_VISIBLE_FOR_MS } from '../src/stages/ensure.js';
import { reconcile } from '../src/stages/reconcile.js';
import { foreignOwner, teardown } from '../src/stages/teardown.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';
import { specOf } from '../__fixtures__/spec.js';

const ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';
const good = { StreamName: 'orders', StreamARN: ARN, StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'PROVISIONED' }, OpenShardCount: 2 };

describe('summaryProblem: the shape of a DescribeStreamSummary answer', () => {
  it('accepts what Kinesis answers, in every partition', () => {
    expect(summaryProblem({ StreamDescriptionSummary: good }, 'orders')).toBeUndefined();
    for (const arn of ['arn:aws-cn:kinesis:cn-north-1:123456789012:stream/orders', 'arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/orders']) {
      expect(summaryProblem({ StreamDescriptionSummary: { ...good, StreamARN: arn } }, 'orders')).toBeUndefined();
    }
  });

  it.each([
    ['no summary', { StreamDescriptionSummary: null }, /^no StreamDescriptionSummary/],
    ['a URL for an ARN', { StreamDescriptionSummary: { ...good, StreamARN: 'https://evil.example/arn\n::warning::x' } }, /not a Kinesis stream ARN/],
    ['another stream', { StreamDescriptionSummary: { ...good, StreamARN: ARN.replace('orders', 'other') } }, /the ARN of another stream/],
    ['a status list', { StreamDescriptionSummary: { ...good, StreamStatus: ['ACTIVE'] } }, /StreamStatus that is not/],
    ['an unknown status', { StreamDescriptionSummary: { ...good, StreamStatus: 'ACTIVE\n' } }, /StreamStatus that is not/],
    ['a mode with a command', { StreamDescriptionSummary: { ...good, StreamModeDetails: { StreamMode: 'FAST\n::warning::x' } } }, /StreamMode that is not/],
    ['a mode that is not an object', { StreamDescriptionSummary: { ...good, StreamModeDetails: 'ON_DEMAND' } }, /StreamMode that is not/],
    ['a fraction of shards', { StreamDescriptionSummary: { ...good, OpenShardCount: 1.5 } }, /OpenShardCount that is not a whole number/],
    ['a key id with a newline', { StreamDescriptionSummary: { ...good, KeyId: 'k\n::error::x' } }, /KeyId that is not one line/],
  ])('refuses %s', (_label, output, why) => {
    expect(summaryProblem(output, 'orders')).toMatch(why);
  });

  it('quotes what it refuses, escaped and cut short', () => {
    const p = summaryProblem({ StreamDescriptionSummary: { ...good, StreamARN: `https://x/${'a'.repeat(500)}\n` } }, 'orders') ?? '';
    expect(p).not.toMatch(/\n/);
    expect(p.length).toBeLessThan(200);
  });

  it('consumers: the ARN must be the consumer of that name, on this stream', () => {
    const c = { ConsumerName: 'app', ConsumerARN: `${ARN}/consumer/app:1700000000`, ConsumerStatus: 'ACTIVE' };
    expect(consumerProblem(c, ARN)).toBeUndefined();
    expect(consumerProblem({ ...c, ConsumerARN: `${ARN}/consumer/other:1` })).toMatch(/not the ARN of consumer "app"/);
    expect(consumerProblem({ ...c, ConsumerARN: 'arn:aws:kinesis:us-east-1:999999999999:stream/other/consumer/app:1' }, ARN)).toMatch(
      /not the ARN of consumer/,
    );
    expect(consumerProblem({ ...c, ConsumerStatus: 'ACTIVE\n' })).toMatch(/ConsumerStatus/);
  });

  it('lets through a status word this version does not know yet (AWS may add one; it is waited on)', () => {
    expect(summaryProblem({ StreamDescriptionSummary: { ...good, StreamStatus: 'RESTORING' } }, 'orders')).toBeUndefined();
    expect(consumerProblem({ ConsumerName: 'app', ConsumerARN: `${ARN}/consumer/app:1`, ConsumerStatus: 'UPDATING' })).toBeUndefined();
  });
});

describe('redaction', () => {
  const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+tok=';

  it('sees a registered secret JSON-escaped and percent-encoded in either case', () => {
    const forget = registerSecrets([TOKEN]);
    try {
      for (const form of secretForms(TOKEN)) expect(redact(`x ${form} y`)).toBe('x *** y');
      expect(secretForms(TOKEN)).toEqual(
        expect.arrayContaining([TOKEN.replace(/\//g, '\\/'), encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())]),
      );
    } finally {
      forget();
    }
  });

  it('runs value patterns through backslash escapes, and stops at an escaped quote', () => {
    expect(redact('{"SessionToken":"abc\\/def\\/ghi","next":1}')).toBe('{"SessionToken":"***","next":1}');
    expect(redact('{\\"SessionToken\\":\\"abc\\/def\\",\\"next\\":1}')).toBe('{\\"SessionToken\\":\\"***\\",\\"next\\":1}');
    expect(redact('X-Amz-Security-Token=abc\\/def&x=1')).toBe('X-Amz-Security-Token=***&x=1');
  });

  it('is idempotent: a redacted line quoted in another and redacted again loses nothing', () => {
    const corpus = [
      'authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/x, Signature=abc next',
      'x-amz-security-token: IQoJb3Jp\nRaise the "timeout-seconds" input',
      '{"SessionToken":"tok123456","other":"v"}',
      'see https://user:pass@host/ and Signature=deadbeef; then more',
    ];
    for (const text of corpus) {
      const once = redact(text.replace(/\s+/g, ' '));
      expect(redact(once)).toBe(once);
    }
  });

  it('a timeout line after an echoed header keeps its advice at the sink', () => {
    const line = timeoutLine({
      stream: 'orders',
      region: 'us-east-1',
      timeoutSeconds: 30,
      seconds: '30.0',
      goal: 'become ACTIVE',
      lastStatus: 'CREATING',
      lastError: Object.assign(new Error('bad gateway; authorization: AWS4-HMAC-SHA256 Credential=x/y, Signature=abc\nmore'), { name: 'ServiceUnavailable' }),
    });
    for (const sink of [forAnnotation, forLog]) expect(sink(line)).toMatch(/authorization: \*\*\*.* Raise the "timeout-seconds" input \(now 30\)\.$/);
  });
});

describe('forSummary: no outside text becomes a link', () => {
  const render = (md: string): string => execFileSync('cmark-gfm', ['-e', 'autolink', '-e', 'table'], { input: md, encoding: 'utf8' });
  const hostile = [
    'x_www.evil.example',
    'a*www.b.example',
    '(mailto:x@y.example',
    'https://evil.example/login',
    'http://x.example',
    'www.evil.example',
    'WWW.EVIL.EXAMPLE',
    'ftp://f.example',
    'me@evil.example',
    'mailto:me@e.example',
    'xmpp:a@b.example',
  ];

  it.each(hostile)('%s renders as text with GitHub autolinks on, and reads the same', (value) => {
    const cell = forSummary(value);
    const html = render(`| a |\n|---|\n| ${cell} |\n\n${cell}\n`);
    expect(html).not.toMatch(/<a\s/);
    // What a person reads is the value (the zero-width spaces are invisible).
    expect(html.replace(/\u200b/g, '').replace(/&amp;/g, '&')).toContain(value.replace(/@/g, '@'));
  });
});

describe('the pending mark', () => {
  const now = Date.UTC(2026, 11, 1, 12);

  it('says what is due, when and by which run; a value without a time is an older version', () => {
    const value = pendingMark({ retentionHours: 48, encryption: { type: 'KMS', keyId: 'alias/aws/kinesis' } }, now, '4242');
    expect(value).toBe('retention-hours encryption since=2026-12-01T12:00:00Z run=4242');
    expect(value).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u); // a valid AWS tag value
    expect(parsePendingMark(value)).toEqual({ settings: ['retention-hours', 'encryption'], since: now, runId: '4242' });
    expect(parsePendingMark('retention-hours')).toEqual({ settings: ['retention-hours'] });
  });

  it('never on a stream older than a day, whatever its tag says (AWS keeps the creation time)', () => {
    const mark = { settings: ['retention-hours'], since: now };
    expect(isUnfinished(mark, now, undefined, now - 3600_000)).toBe(true);
    expect(isUnfinished(mark, now, undefined, now - 2 * UNFINISHED_FOR_MS)).toBe(false);
    expect(isUnfinished({ ...mark, runId: '5' }, now, '5', now - 2 * UNFINISHED_FOR_MS)).toBe(true);
  });

  it('counts as unfinished for a day, for the same workflow run always, and never from the future', () => {
    const mark = { settings: ['retention-hours'], since: now, runId: '7' };
    expect(isUnfinished(mark, now + UNFINISHED_FOR_MS - 1)).toBe(true);
    expect(isUnfinished(mark, now + UNFINISHED_FOR_MS)).toBe(false);
    expect(isUnfinished(mark, now + 30 * UNFINISHED_FOR_MS, '7')).toBe(true);
    expect(isUnfinished(mark, now - 3600_000)).toBe(false);
    expect(isUnfinished({ settings: ['x'] }, now)).toBe(false);
  });

  it('is looked for only on a stream young enough to carry a live one', () => {
    expect(mayCarryLiveMark({ StreamCreationTimestamp: new Date(now - 3600_000) } as never, now)).toBe(true);
    expect(mayCarryLiveMark({ StreamCreationTimestamp: new Date(now - 2 * UNFINISHED_FOR_MS) } as never, now)).toBe(false);
    expect(mayCarryLiveMark({} as never, now)).toBe(true);
  });

  it('goes on CreateStream with the run that made it', async () => {
    const clock = new FakeClock();
    const sim = simulateKinesis(clock);
    try {
      const { ctx } = recordedRun(sim.client, clock, { retentionHours: 48 });
      const { creationTags } = await import('../src/stages/creation.js');
      const tags = await creationTags(ctx, async () => ({}), '99');
      expect(createRequest(ctx.spec, tags).Tags).toEqual({ 'ensure-kinesis-data-stream:pending': 'retention-hours since=2026-12-01T12:00:00Z run=99' });
    } finally {
      sim.mock.restore();
    }
  });
});

describe('smaller holes', () => {
  it('ownComment: only the token identity own comment with the marker', () => {
    const m = '<!-- marker -->';
    const comments = [
      { id: 1, body: `${m}\nx`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `${m}\nx`, user: { login: 'other-app[bot]', type: 'Bot' } },
      { id: 3, body: `> ${m}\nquoted`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 4, body: `${m}\nours`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    expect(ownComment(comments, m, 'github-actions[bot]')?.id).toBe(4);
    expect(ownComment(comments, m, 'alice')).toBeUndefined();
  });

  it('foreignOwner reads the owner tag in any case of its key', () => {
    expect(foreignOwner({ 'GitHub:Repository': 'other/repo' }, 'octo/repo')).toBe('other/repo');
    expect(foreignOwner({ 'github:repository': 'octo/repo', 'GITHUB:REPOSITORY': 'evil/repo' }, 'octo/repo')).toBe('evil/repo');
    expect(foreignOwner({ 'GitHub:Repository': 'Octo/Repo' }, 'octo/repo')).toBeUndefined();
  });

  it('normalizePolicy keeps a "__proto__" member as data', () => {
    const base = { Statement: [{ Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] };
    const withProto = JSON.parse('{"Statement":[{"Effect":"Allow","Condition":{"Bool":{"aws:SecureTransport":"true"},"__proto__":{"a":"b"}}}]}');
    expect(samePolicy(base, withProto, 'aws')).toBe(false);
    expect(Object.keys((normalizePolicy(withProto, 'aws') as { Statement: { Condition: object } }).Statement.Condition)).toEqual(['Bool', '__proto__']);
  });

  it('a reviewed plan for a missing stream in one account does not apply in another, or where the account is unknown', () => {
    const spec = specOf();
    const reviewed = makePlan(spec, absentState('111111111111'), []);
    expect(planDifferences(reviewed, makePlan(spec, absentState('111111111111'), []))).toEqual([]);
    expect(planDifferences(reviewed, makePlan(spec, absentState('222222222222'), []))).toEqual([
      'the account is 222222222222 now, was 111111111111 when the plan was reviewed',
    ]);
    expect(planDifferences(reviewed, makePlan(spec, absentState(null), []))[0]).toMatch(/^the account is unknown/);
    // A plan made where no account is asked (an emulator) is checked as before.
    expect(planDifferences(makePlan(spec, absentState(), []), makePlan(spec, absentState(), []))).toEqual([]);
  });
});

describe('not found right after our own CreateStream (the double, virtual time)', () => {
  let sim: ReturnType<typeof simulateKinesis> | undefined;
  afterEach(() => sim?.mock.restore());

  function setup(hideFor: number) {
    const clock = new FakeClock();
    sim = simulateKinesis(clock, { createMs: 2000 });
    let acceptedAt: number | undefined;
    sim.fault = (op) => {
      if (op === 'CreateStream') acceptedAt ??= clock.now();
      if (op === 'DescribeStreamSummary' && acceptedAt !== undefined && clock.now() - acceptedAt < hideFor) {
        return awsError('ResourceNotFoundException', 'Stream orders under account 123456789012 not found.');
      }
      return undefined;
    };
    const run = recordedRun(sim.client, clock, {});
    return { ...run, go: () => ensureStream(run.ctx, async () => createRequest(run.ctx.spec)) };
  }

  it('is waited out: one CreateStream, created by this run', async () => {
    const t = setup(1500);
    const r = await t.go();
    expect(r.how).toBe('created');
    expect(sim!.calls.filter((c) => c === 'CreateStream')).toHaveLength(1);
    expect(t.ctx.record.created).toBe(true);
    expect(t.info.join('\n')).toContain('is not visible yet after CreateStream');
  });

  it('also after a CreateStream whose answer was lost: the name exists, so no CreateStream is sent again', async () => {
    const t = setup(5000);
    let lost = 0;
    sim!.afterEffect = (op) => (op === 'CreateStream' && lost++ === 0 ? awsError('InternalFailure', 'lost', 500) : undefined);
    const r = await t.go();
    expect(r.stream?.StreamStatus).toBe('ACTIVE');
    expect(sim!.calls.filter((c) => c === 'CreateStream').length).toBeLessThanOrEqual(2);
  });

  it('past the bound it fails with one line, still without a second CreateStream', async () => {
    const t = setup(10 * NOT_VISIBLE_FOR_MS);
    await expect(t.go()).rejects.toThrow(/^Stream "orders" is still not found \d+ s after this run's CreateStream in us-east-1/);
    expect(sim!.calls.filter((c) => c === 'CreateStream')).toHaveLength(1);
  });
});

describe('the pending mark on a stream found ACTIVE (the double, virtual time)', () => {
  let sim: ReturnType<typeof simulateKinesis> | undefined;
  afterEach(() => sim?.mock.restore());
  const hour = 3600_000;

  function setup(mark: string, existing: { retention?: number; createdAt?: number } = {}) {
    const clock = new FakeClock();
    sim = simulateKinesis(clock, { updateMs: 1000 });
    // createdAt is the stream's wall time here: a young stream, as one carrying a live mark is.
    sim.streams.set('orders', {
      status: 'ACTIVE',
      until: 0,
      mode: 'PROVISIONED',
      shards: 1,
      createdAt: FakeClock.EPOCH - hour,
      ...existing,
      tags: { [PENDING]: mark },
    });
    const run = recordedRun(sim.client, clock, { retentionHours: 48 });
    const mutations = () => sim!.calls.filter((c) => !/^(Describe|List)/.test(c));
    return { ...run, mutations, go: (runId?: string) => reconcile(run.ctx, { provenance: async () => ({}), runId }) };
  }
  const PENDING = 'ensure-kinesis-data-stream:pending';
  const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

  it('with its settings in place, it is removed (even under on-drift: report)', async () => {
    const t = setup(`retention-hours since=${at(FakeClock.EPOCH - hour)}`, { retention: 48 });
    const r = await t.go();
    expect(r).toMatchObject({ happened: 'found', drift: [] });
    expect(t.mutations()).toEqual(['RemoveTagsFromStream']);
    expect(sim!.streams.get('orders')?.tags).not.toHaveProperty([PENDING]);
  });

  it('recent: the creation is finished whatever on-drift', async () => {
    const t = setup(`retention-hours since=${at(FakeClock.EPOCH - hour)}`);
    await t.go();
    expect(t.mutations()).toEqual(['IncreaseStreamRetentionPeriod', 'RemoveTagsFromStream']);
  });

  it('older than a day: drift is drift, nothing changes, the warning says the tag stays', async () => {
    const t = setup(`retention-hours since=${at(FakeClock.EPOCH - 30 * hour)} run=7`, { createdAt: FakeClock.EPOCH - 30 * hour });
    const r = await t.go('8');
    expect(r.happened).toBe('drift reported');
    expect(t.mutations()).toEqual([]);
    expect(t.warnings[0]).toMatch(/of a creation on 2026-11-30T06:00:00Z \(run 7\) that did not apply retention-hours\. That is more than 24 h ago/);
  });

  it('older than a day but this same workflow run: finished', async () => {
    const t = setup(`retention-hours since=${at(FakeClock.EPOCH - 30 * hour)} run=7`, { createdAt: FakeClock.EPOCH - 30 * hour });
    await t.go('7');
    expect(t.mutations()).toEqual(['IncreaseStreamRetentionPeriod', 'RemoveTagsFromStream']);
  });

  it('an established stream with its settings in place is not asked for its tags (one call)', async () => {
    const t = setup('retention-hours', { retention: 48, createdAt: FakeClock.EPOCH - 30 * 24 * hour });
    await t.go();
    expect(sim!.calls).toEqual(['DescribeStreamSummary']);
  });

  it('a removal that is denied says what stays behind, and until when it counts', async () => {
    const t = setup(`retention-hours since=${at(FakeClock.EPOCH - hour)}`, { retention: 48 });
    sim!.fault = (op) => (op === 'RemoveTagsFromStream' ? awsError('AccessDeniedException', 'denied') : undefined);
    await t.go();
    expect(t.warnings).toEqual([
      expect.stringMatching(
        /could not be removed \(kinesis:RemoveTagsFromStream denied.*\)\. It stays on the stream; from 2026-12-02T11:00:00Z on it no longer counts/,
      ),
    ]);
  });
});

describe('teardown without GITHUB_REPOSITORY', () => {
  it('warns that the owner tag could not be compared, and deletes as asked', async () => {
    const clock = new FakeClock();
    const sim = simulateKinesis(clock, { deleteMs: 500 });
    try {
      sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: { 'github:repository': 'octo/repo' } });
      const { ctx, warnings } = recordedRun(sim.client, clock, { state: 'absent' });
      const r = await teardown(ctx, {});
      expect(r.deleted).toBe(true);
      expect(warnings).toEqual([expect.stringMatching(/^Ownership of stream "orders" not checked: GITHUB_REPOSITORY is not set .*\(octo\/repo\)/)]);
    } finally {
      sim.mock.restore();
    }
  });
});

describe('stsAccountResolver', () => {
  it('asks once, and takes only a 12-digit account; any failure is "cannot tell"', async () => {
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const mock = mockClient(STSClient);
    try {
      const log = { info: () => undefined, warning: () => undefined, notice: () => undefined, debug: () => undefined };
      const signal = () => new AbortController().signal;
      mock.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
      const r = stsAccountResolver('us-east-1', log, signal);
      expect([await r.account(), await r.account()]).toEqual(['123456789012', '123456789012']);
      expect(mock.calls()).toHaveLength(1);
      r.close();
      mock.on(GetCallerIdentityCommand).resolves({ Account: '12\n::warning::x' });
      expect(await stsAccountResolver('us-east-1', log, signal).account()).toBeUndefined();
      mock.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('no'), { name: 'ExpiredToken' }));
      expect(await stsAccountResolver('us-east-1', log, signal).account()).toBeUndefined();
    } finally {
      mock.restore();
    }
  });
});
