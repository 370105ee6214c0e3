// Unit: throwaway streams (issue 21). Glob matching, time-to-live, pull-request numbers and the sweep's
// verdicts are pure; the runs use the Kinesis double on virtual time and a recorded post-step state.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ResourceInUseException } from '@aws-sdk/client-kinesis';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis, type SimStream } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';
import { rawInputs, specOf } from '../__fixtures__/spec.js';
import type { RawInputs } from '../src/inputs/read.js';
import { parseSpec } from '../src/inputs/spec.js';
import { jobEndSpec, notMine } from '../src/lifecycle/job-end.js';
import { pullRequestStates } from '../src/lifecycle/pull-requests.js';
import { startGitHubStandIn } from './support/github-api.js';
import { sweep } from '../src/lifecycle/sweep.js';
import type { JobEndState } from '../src/model/lifetime.js';
import type { DesiredSpec } from '../src/model/spec.js';
import { EXPIRES_TAG } from '../src/model/tags.js';
import { globMatcher, pullRequestOf, renewal, sweepVerdict } from '../src/plan/lifetime.js';
import { readJobEnd } from '../src/report/job-state.js';
import { summaryMarkdown } from '../src/report/summary.js';
import { reconcile } from '../src/stages/reconcile.js';
import { teardown } from '../src/stages/teardown.js';

const errorsOf = (over: Partial<RawInputs>): string[] => {
  const r = parseSpec(rawInputs(over), {});
  return r.ok ? [] : r.errors;
};
const HOUR = 3600_000;
const NOW = FakeClock.EPOCH;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

let sim: ReturnType<typeof simulateKinesis> | undefined;
afterEach(() => sim?.mock.restore());

function account(streams: Record<string, Partial<SimStream>> = {}) {
  const clock = new FakeClock();
  sim = simulateKinesis(clock, { createMs: 2000, deleteMs: 1000, updateMs: 500 });
  for (const [name, s] of Object.entries(streams))
    sim.streams.set(name, { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, createdAt: NOW - HOUR, ...s });
  return { clock, sim };
}

describe('inputs', () => {
  it('time-to-live: whole minutes, hours or days up to 365d; only for a step that creates', () => {
    expect(errorsOf({ 'time-to-live': '90m' })).toEqual([]);
    expect(errorsOf({ 'time-to-live': '7D' })).toEqual([]);
    for (const bad of ['0m', '366d', '1.5h', '12', 'tomorrow'])
      expect(errorsOf({ 'time-to-live': bad })).toEqual([
        `Input "time-to-live" is "${bad}": it must be a whole number of minutes, hours or days such as 90m, 12h or 7d, from 1m to 365d.`,
      ]);
    expect(errorsOf({ 'time-to-live': '1h', state: 'absent' })).toEqual([expect.stringMatching(/^Input "time-to-live" tags a stream this step creates/)]);
  });

  it('a pattern only with state: absent; never with allow-foreign-delete or expected-plan; delete-at-job-end only when creating', () => {
    expect(errorsOf({ 'stream-name': 'pv-*', state: 'absent' })).toEqual([]);
    expect(errorsOf({ 'stream-name': 'pv-*' })).toEqual([
      'Input "stream-name" is "pv-*": a pattern (* or ?) only sweeps streams with state: absent; name one stream to create or adopt it.',
    ]);
    expect(errorsOf({ 'stream-name': 'pv-[1]*', state: 'absent' })).toEqual([expect.stringMatching(/^Input "stream-name" is "pv-\[1\]\*": a pattern is/)]);
    expect(errorsOf({ 'stream-name': 'pv-*', state: 'absent', 'allow-foreign-delete': 'true' })).toEqual([
      expect.stringMatching(/^Input "allow-foreign-delete" cannot be used with a stream-name pattern/),
    ]);
    expect(errorsOf({ 'delete-at-job-end': 'true', state: 'absent' })).toEqual([expect.stringMatching(/^Input "delete-at-job-end" deletes the stream/)]);
    expect(errorsOf({ 'max-deletions': '0', 'stream-name': 'a*', state: 'absent' })).toEqual([
      'Input "max-deletions" is "0": it must be a whole number from 1 to 1000.',
    ]);
  });
});

describe('pure rules', () => {
  it('globs: * any run, ? one character, every other character literal', () => {
    const m = globMatcher('pr-?-orders.*');
    expect(['pr-1-orders.a', 'pr-9-orders.'].map(m)).toEqual([true, true]);
    expect(['pr-12-orders.a', 'pr-1-ordersXa', 'xpr-1-orders.a'].map(m)).toEqual([false, false, false]);
    expect(globMatcher('*')('anything')).toBe(true);
  });

  it('renewal: moves a lease later, never earlier, never onto a stream without one', () => {
    const tags = { [EXPIRES_TAG]: iso(NOW + HOUR) };
    expect(renewal(tags, NOW, 2 * HOUR)).toEqual({ kind: 'extend', before: iso(NOW + HOUR), after: iso(NOW + 2 * HOUR) });
    expect(renewal(tags, NOW, HOUR / 2)).toEqual({ kind: 'keep', before: iso(NOW + HOUR) });
    expect(renewal({}, NOW, HOUR)).toEqual({ kind: 'none' });
    expect(renewal({ [EXPIRES_TAG]: 'soon' }, NOW, HOUR)).toEqual({ kind: 'none' });
  });

  it('the pull request: its tag, else a refs/pull/N ref', () => {
    expect(pullRequestOf({ 'github:pull-request': '42' })).toBe(42);
    expect(pullRequestOf({ 'github:ref': 'refs/pull/7/merge' })).toBe(7);
    expect(pullRequestOf({ 'github:ref': 'refs/heads/main', 'github:pull-request': '0' })).toBeUndefined();
  });

  it('verdicts: only this repository (any case), and only when expired or its pull request is closed', () => {
    const mine = { 'github:repository': 'Octo/Repo' };
    const verdict = (tags: Record<string, string> | undefined, pr: 'open' | 'closed' | 'unknown' = 'unknown') =>
      sweepVerdict('pv-1', tags, 'octo/repo', NOW, () => pr);
    expect(verdict({ ...mine, [EXPIRES_TAG]: iso(NOW - 1000) })).toMatchObject({ verdict: 'delete', why: `it expired at ${iso(NOW - 1000)}` });
    expect(verdict({ ...mine, 'github:pull-request': '5' }, 'closed')).toMatchObject({ verdict: 'delete', why: 'pull request #5 is closed' });
    expect(verdict({ ...mine, 'github:pull-request': '5' }, 'open')).toMatchObject({ verdict: 'keep', why: 'pull request #5 is open' });
    expect(verdict({ ...mine, 'github:pull-request': '5' }, 'unknown')).toMatchObject({ verdict: 'keep', pr: { number: 5, state: 'unknown' } });
    expect(verdict({ 'github:repository': 'other/repo', [EXPIRES_TAG]: iso(NOW - 1000) })).toMatchObject({ verdict: 'keep', why: 'it belongs to other/repo' });
    expect(verdict({ [EXPIRES_TAG]: iso(NOW - 1000) })).toMatchObject({ verdict: 'keep', why: expect.stringMatching(/^it has no github:repository tag/) });
    expect(verdict(undefined)).toMatchObject({ verdict: 'keep', owner: null });
    expect(verdict({ ...mine, [EXPIRES_TAG]: iso(NOW + HOUR) })).toMatchObject({ verdict: 'keep', why: `it expires at ${iso(NOW + HOUR)}` });
    expect(sweepVerdict('pv-1', { ...mine, [EXPIRES_TAG]: iso(NOW - 1) }, undefined, NOW, () => undefined).verdict).toBe('keep');
  });
});

describe('time-to-live on the double', () => {
  it('a creation carries the expires-at tag; a later run extends it under on-drift: report too', async () => {
    const a = account();
    const first = recordedRun(a.sim.client, a.clock, { timeToLive: { text: '2h', ms: 2 * HOUR } });
    await reconcile(first.ctx, { provenance: async () => ({}) });
    const created = a.sim.streams.get('orders')?.tags?.[EXPIRES_TAG];
    expect(created).toBe(iso(a.clock.wallTime() + 2 * HOUR - (a.clock.wallTime() - NOW)));
    expect(first.ctx.record.expiry).toEqual({ at: created });

    a.clock.advance(HOUR);
    const again = recordedRun(a.sim.client, a.clock, { timeToLive: { text: '2h', ms: 2 * HOUR } });
    const r = await reconcile(again.ctx, { provenance: async () => ({}) });
    expect(r.happened).toBe('found');
    expect(a.sim.streams.get('orders')?.tags?.[EXPIRES_TAG]).toBe(iso(a.clock.wallTime() + 2 * HOUR));
    expect(again.ctx.record.expiry).toEqual({ at: iso(a.clock.wallTime() + 2 * HOUR), from: created });
  });

  it('a stream without expires-at is never given one (a sweep would then delete it); a dry run only says what would move', async () => {
    const a = account({ orders: { tags: { team: 'data' } } });
    const r = recordedRun(a.sim.client, a.clock, { timeToLive: { text: '1d', ms: 24 * HOUR } });
    await reconcile(r.ctx, { provenance: async () => ({}) });
    expect(a.sim.streams.get('orders')?.tags).toEqual({ team: 'data' });
    expect(r.warnings).toEqual([
      expect.stringMatching(/^Stream "orders" has no ensure-kinesis-data-stream:expires-at tag, so time-to-live \(1d\) is not put on it/),
    ]);

    a.sim.streams.get('orders')!.tags = { [EXPIRES_TAG]: iso(NOW) };
    const dry = recordedRun(a.sim.client, a.clock, { timeToLive: { text: '1d', ms: 24 * HOUR }, dryRun: true });
    await reconcile(dry.ctx, { provenance: async () => ({}) });
    expect(a.sim.count('AddTagsToStream')).toBe(0);
    expect(dry.ctx.record.expiry).toEqual({ at: iso(NOW + 24 * HOUR), from: iso(NOW), planned: true });
  });
});

describe('the sweep on the double', () => {
  const mine = { 'github:repository': 'octo/repo' };
  const past = iso(NOW - HOUR);
  const later = iso(NOW + HOUR);
  const streams = {
    'pv-expired': { tags: { ...mine, [EXPIRES_TAG]: past } },
    'pv-closed': { tags: { ...mine, 'github:pull-request': '1' } },
    'pv-open': { tags: { ...mine, 'github:pull-request': '2', [EXPIRES_TAG]: later } },
    'pv-unknown': { tags: { ...mine, 'github:pull-request': '3' } },
    'pv-other': { tags: { 'github:repository': 'someone/else', [EXPIRES_TAG]: past } },
    'pv-untagged': { tags: { [EXPIRES_TAG]: past } },
    'pv-consumers': { tags: { ...mine, [EXPIRES_TAG]: past }, consumers: 1 },
    'prod-expired': { tags: { ...mine, [EXPIRES_TAG]: past } },
  };
  const prs = { 1: 'closed', 2: 'open' } as Record<number, 'open' | 'closed'>;
  const run = async (over: Partial<DesiredSpec> = {}) => {
    const a = account(streams);
    const asked: number[] = [];
    const r = recordedRun(a.sim.client, a.clock, { streamName: 'pv-*', state: 'absent', sweep: true, ...over });
    const out = await sweep(r.ctx, {
      repository: 'octo/repo',
      pullRequest: async (n) => {
        asked.push(n);
        return prs[n] ?? 'unknown';
      },
    });
    return { out, sim: a.sim, asked, info: r.info };
  };

  it('deletes exactly the expired and the closed-PR streams of this repository, waits until they are gone, and says why each is kept', async () => {
    const { out, sim: s, asked } = await run();
    expect(out.sweep?.filter((r) => r.deleted).map((r) => r.stream)).toEqual(['pv-closed', 'pv-expired']);
    expect([...s.streams.keys()].sort()).toEqual(['prod-expired', 'pv-consumers', 'pv-open', 'pv-other', 'pv-unknown', 'pv-untagged']);
    expect(Object.fromEntries(out.sweep!.filter((r) => !r.deleted).map((r) => [r.stream, r.why]))).toEqual({
      'pv-consumers': `it expired at ${past}, but it has 1 registered consumer (enforce-consumer-deletion)`,
      'pv-open': `it expires at ${later}; pull request #2 is open`,
      'pv-other': 'it belongs to someone/else',
      'pv-unknown': 'GitHub did not say whether pull request #3 is closed',
      'pv-untagged': 'it has no github:repository tag (not made by this action, or with provenance-tags: false)',
    });
    // GitHub is asked only about this repository's streams that have not expired.
    expect(asked.sort()).toEqual([1, 2, 3]);
    expect(out.deleted).toBe(true);
  });

  it('a dry run deletes nothing and lists the same verdicts; max-deletions keeps the rest', async () => {
    const dry = await run({ dryRun: true });
    expect(dry.sim.count('DeleteStream')).toBe(0);
    expect(dry.out.sweep?.filter((r) => r.verdict === 'delete').map((r) => r.stream)).toEqual(['pv-closed', 'pv-expired']);
    const md = summaryMarkdown({ streamName: 'pv-*', region: 'us-east-1', dryRun: true, result: dry.out });
    expect(md).toContain('**Plan: 0 to create, 0 to change, 2 to delete.** 5 kept. Dry run: nothing was changed.');
    expect(md).toContain('> **This deletes 2 streams and every record in them**; they cannot be recovered: pv-closed, pv-expired.');
    expect(md).toContain('| pv-other | someone/else | ' + past + ' | — | keep | it belongs to someone/else |');

    const capped = await run({ maxDeletions: 1 });
    expect(capped.out.sweep?.filter((r) => r.deleted).map((r) => r.stream)).toEqual(['pv-closed']);
    expect(capped.out.sweep?.find((r) => r.stream === 'pv-expired')?.why).toMatch(/, but this run deletes at most 1 \(max-deletions\)$/);
  });
});

describe('delete-at-job-end: the post step', () => {
  const saved = (over: Partial<JobEndState> = {}): JobEndState => ({ stream: 'orders', region: 'us-east-1', phase: 'created', since: NOW - HOUR, ...over });

  it('the state comes back only in the shape the main step writes', () => {
    const env = (v: unknown) => ({ 'STATE_delete-at-job-end': typeof v === 'string' ? v : JSON.stringify(v) });
    expect(readJobEnd(env(saved({ createdAt: NOW })))).toEqual(saved({ createdAt: NOW }));
    expect(readJobEnd(env({ ...saved(), stream: 'a b' }))).toBeUndefined();
    expect(readJobEnd(env({ ...saved(), phase: 'done' }))).toBeUndefined();
    expect(readJobEnd(env('{not json'))).toBeUndefined();
    expect(readJobEnd({})).toBeUndefined();
  });

  it('deletes the stream the job created, with its own declared consumers; keeps one created at another time', async () => {
    const a = account({ orders: { createdAt: NOW - HOUR, consumerList: [{ name: 'app', status: 'ACTIVE', until: 0, createdAt: 1 }], consumers: 1 } });
    const spec = jobEndSpec(specOf({ deleteAtJobEnd: true, consumers: ['app'] }));
    const r = recordedRun(a.sim.client, a.clock, spec);
    const out = await teardown(r.ctx, { notMine: notMine(saved({ phase: 'created', createdAt: NOW - HOUR })), ownConsumers: ['app'] });
    expect(out.deleted).toBe(true);
    expect(a.sim.streams.has('orders')).toBe(false);

    const b = account({ orders: { createdAt: NOW - 60_000 } });
    const other = recordedRun(b.sim.client, b.clock, spec);
    const kept = await teardown(other.ctx, { notMine: notMine(saved({ createdAt: NOW - HOUR })) });
    expect(kept.happened).toBe('kept');
    expect(b.sim.count('DeleteStream')).toBe(0);
    expect(other.info).toContain(
      `Stream "orders" is not deleted at job end: a stream of that name created at ${iso(NOW - 60_000)} is there, ` +
        `not the one this job created at ${iso(NOW - HOUR)}.`,
    );
  });

  it('a consumer the job did not declare blocks the deletion, as in any teardown', async () => {
    const a = account({ orders: { createdAt: NOW - HOUR, consumerList: [{ name: 'theirs', status: 'ACTIVE', until: 0, createdAt: 1 }], consumers: 1 } });
    const r = recordedRun(a.sim.client, a.clock, jobEndSpec(specOf({ deleteAtJobEnd: true, consumers: ['app'] })));
    await expect(teardown(r.ctx, { notMine: notMine(saved({ createdAt: NOW - HOUR })), ownConsumers: ['app'] })).rejects.toThrow(
      /^Stream "orders" has 1 registered consumer \(theirs\)/,
    );
  });

  it('the main step remembers what it created, and forgets a name that was someone else’s', async () => {
    const a = account();
    const states: Array<JobEndState | undefined> = [];
    const r = recordedRun(a.sim.client, a.clock, { deleteAtJobEnd: true });
    const ctx = { ...r.ctx, remember: (s: JobEndState | undefined) => states.push(s) };
    await reconcile(ctx, { provenance: async () => ({}) });
    expect(states.map((s) => s?.phase)).toEqual(['creating', 'created', 'created']);
    expect(states[2]?.createdAt).toBe(a.sim.streams.get('orders')?.createdAt);

    // Another run's CreateStream got there first: this job created nothing, and its post step must know.
    const b = account();
    b.sim.fault = (op) => {
      if (op !== 'CreateStream') return undefined;
      b.sim.streams.set('orders', { status: 'CREATING', until: b.clock.now() + 1000, mode: 'PROVISIONED', shards: 1, createdAt: NOW });
      return new ResourceInUseException({ message: 'Stream orders under account 123456789012 already exists.', $metadata: {} });
    };
    const taken: Array<JobEndState | undefined> = [];
    const other = recordedRun(b.sim.client, b.clock, { deleteAtJobEnd: true });
    await reconcile({ ...other.ctx, remember: (s) => taken.push(s) }, { provenance: async () => ({}) });
    expect(taken).toEqual([expect.objectContaining({ phase: 'creating' }), undefined]);
  });
});

describe('pull-request states (GitHub stand-in on 127.0.0.1)', () => {
  it('closed and open as GitHub says; 404 or no token is unknown; each number is asked once', async () => {
    const github = await startGitHubStandIn();
    const before = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = github.url;
    try {
      Object.assign(github.pulls, { 1: 'closed', 2: 'open' });
      const warnings: string[] = [];
      const log = { info: () => undefined, warning: (m: string) => warnings.push(m), notice: () => undefined, debug: () => undefined };
      const lookup = pullRequestStates('ghs_test', 'octo/repo', log, () => new AbortController().signal);
      expect(await Promise.all([lookup(1), lookup(2), lookup(3), lookup(1)])).toEqual(['closed', 'open', 'unknown', 'closed']);
      expect(github.requests.map((r) => r.path).sort()).toEqual(['/repos/octo/repo/pulls/1', '/repos/octo/repo/pulls/2', '/repos/octo/repo/pulls/3']);
      expect(warnings).toEqual([]);
      const blind = pullRequestStates('', 'octo/repo', log, () => new AbortController().signal);
      expect([await blind(1), await blind(2)]).toEqual(['unknown', 'unknown']);
      expect(warnings).toEqual(['Pull requests not looked up (no github-token): streams made for one are kept.']);
    } finally {
      if (before === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = before;
      await github.close();
    }
  });
});

describe('review fixes (issue 21)', () => {
  const saved = (over: Partial<JobEndState> = {}): JobEndState => ({ stream: 'orders', region: 'us-east-1', phase: 'creating', since: NOW - HOUR, ...over });

  it('a pattern like *a*a*a*a*a*a*a*a*b against a long name is answered at once (no backtracking regex)', () => {
    const m = globMatcher('*a*a*a*a*a*a*a*a*b');
    expect(m('a'.repeat(120))).toBe(false);
    expect(m(`${'a'.repeat(60)}b`)).toBe(true);
    // A backtracking regex would take seconds on these; this matcher ends within jest's per-test timeout by construction.
  });

  it('an owner tag in another case naming another repository keeps the stream, as the teardown guard does', () => {
    const tags = { 'github:repository': 'octo/repo', 'GitHub:Repository': 'someone/else', [EXPIRES_TAG]: iso(NOW - 1) };
    expect(sweepVerdict('pv-1', tags, 'octo/repo', NOW, () => undefined)).toMatchObject({ verdict: 'keep', why: 'it belongs to someone/else' });
  });

  it('the post step of a creation it never saw deletes only a stream carrying its mark', async () => {
    const a = account({ orders: { createdAt: NOW - 60_000, tags: { 'ensure-kinesis-data-stream:job': 'abcdef12-0000' } } });
    const r = recordedRun(a.sim.client, a.clock, jobEndSpec(specOf({ deleteAtJobEnd: true })));
    expect((await teardown(r.ctx, { notMine: notMine(saved({ nonce: 'abcdef12-0000' })) })).deleted).toBe(true);

    const b = account({ orders: { createdAt: NOW - 60_000, tags: { 'ensure-kinesis-data-stream:job': 'ffffffff-1111' } } });
    const other = recordedRun(b.sim.client, b.clock, jobEndSpec(specOf({ deleteAtJobEnd: true })));
    const kept = await teardown(other.ctx, { notMine: notMine(saved({ nonce: 'abcdef12-0000' })) });
    expect(kept.happened).toBe('kept');
    expect(other.info).toContain('Stream "orders" is not deleted at job end: it does not carry this step\'s mark: another job created it under the name.');
  });

  it('the post step looks again for a stream not visible yet, then deletes it', async () => {
    const a = account();
    let looks = 0;
    a.sim.fault = (op) => {
      if (op === 'DescribeStreamSummary' && ++looks === 3) {
        a.sim.streams.set('orders', {
          status: 'ACTIVE',
          until: 0,
          mode: 'PROVISIONED',
          shards: 1,
          createdAt: NOW,
          tags: { 'ensure-kinesis-data-stream:job': 'abcdef12-0000' },
        });
      }
      return undefined;
    };
    const r = recordedRun(a.sim.client, a.clock, jobEndSpec(specOf({ deleteAtJobEnd: true })));
    const out = await teardown(r.ctx, { notMine: notMine(saved({ nonce: 'abcdef12-0000' })), visibleWithinMs: 30_000 });
    expect(out.deleted).toBe(true);
    expect(r.info[0]).toBe('Stream "orders" is not visible (yet): looking again for up to 30 s.');
  });

  it('the post step deletes in the region and account the main step saw', () => {
    const s = jobEndSpec(specOf({ region: 'eu-west-1', deleteAtJobEnd: true }), saved({ region: 'us-east-1', account: '123456789012' }));
    expect([s.region, s.allowedAccountIds]).toEqual(['us-east-1', ['123456789012']]);
  });

  it('a sweep keeps a stream whose lease was renewed after the listing, and never deletes outside allowed-account-ids', async () => {
    const mine = { 'github:repository': 'octo/repo', [EXPIRES_TAG]: iso(NOW - HOUR) };
    const a = account({ 'pv-1': { tags: { ...mine } } });
    let tagReads = 0;
    a.sim.fault = (op) => {
      // The second read of its tags (just before DeleteStream): a preview job renewed it meanwhile.
      if (op === 'ListTagsForStream' && ++tagReads === 2) a.sim.streams.get('pv-1')!.tags = { ...mine, [EXPIRES_TAG]: iso(NOW + HOUR) };
      return undefined;
    };
    const r = recordedRun(a.sim.client, a.clock, { streamName: 'pv-*', state: 'absent', sweep: true });
    const out = await sweep(r.ctx, { repository: 'octo/repo', pullRequest: async () => 'unknown' });
    expect(a.sim.count('DeleteStream')).toBe(0);
    expect(out.sweep?.[0].why).toMatch(/, but its tags changed since the listing \(it expires at /);

    const b = account({ 'pv-1': { tags: { ...mine } } });
    const elsewhere = recordedRun(b.sim.client, b.clock, { streamName: 'pv-*', state: 'absent', sweep: true, allowedAccountIds: ['210987654321'] });
    await expect(sweep(elsewhere.ctx, { repository: 'octo/repo', pullRequest: async () => 'unknown' })).rejects.toThrow(/123456789012/);
    expect(b.sim.count('DeleteStream')).toBe(0);
  });

  it("inputs: the action's own tag keys are refused in tags; max-deletions needs a pattern; 12H is 12h", () => {
    expect(errorsOf({ tags: 'ensure-kinesis-data-stream:expires-at=2099-01-01T00:00:00Z' })).toEqual([expect.stringMatching(/the action's own tags/)]);
    expect(errorsOf({ 'max-deletions': '5' })).toEqual(['Input "max-deletions" caps a sweep: it needs a stream-name pattern (* or ?) with state: absent.']);
    const r = parseSpec(rawInputs({ 'time-to-live': '12H' }), {});
    expect(r.ok && r.spec.timeToLive).toEqual({ text: '12h', ms: 12 * HOUR });
  });
});

describe('the sweep keeps what it cannot delete now, and says why', () => {
  const mine = { 'github:repository': 'octo/repo', [EXPIRES_TAG]: iso(NOW - HOUR) };
  it('DELETING, CREATING, channels, a refused DeleteStream: kept with the reason; a dry run of none says No changes', async () => {
    const a = account({
      'pv-deleting': { tags: mine, status: 'DELETING', until: 10_000_000 },
      'pv-creating': { tags: mine, status: 'CREATING', until: 10_000_000 },
      'pv-channels': { tags: mine, channels: [{ name: 'to-lake', status: 'ACTIVE' }] },
      'pv-busy': { tags: mine },
    });
    a.sim.fault = (op) => (op === 'DeleteStream' ? awsError('ResourceInUseException', 'Stream pv-busy is being updated') : undefined);
    const r = recordedRun(a.sim.client, a.clock, { streamName: 'pv-*', state: 'absent', sweep: true });
    const out = await sweep(r.ctx, { repository: 'octo/repo', pullRequest: async () => 'unknown' });
    expect(Object.fromEntries(out.sweep!.map((x) => [x.stream, x.why.replace(/^it expired at \S+, but /, '')]))).toEqual({
      'pv-busy': 'DeleteStream was refused (in-use); the next sweep tries again',
      'pv-channels': 'it has 1 channel (a sweep leaves those to a teardown of its own)',
      'pv-creating': 'it is CREATING; the next sweep takes it',
      'pv-deleting': 'it is being deleted already',
    });
    expect(out.deleted).toBe(false);
    const md = summaryMarkdown({ streamName: 'pv-*', region: 'us-east-1', result: out });
    expect(md).toContain('**No changes.** 4 streams match pv-\\*; none is done with.');
  });

  it('renewal: a busy stream keeps its expiry, with a warning that the next run moves it', async () => {
    const a = account({ orders: { tags: { [EXPIRES_TAG]: iso(NOW) } } });
    a.sim.fault = (op) => (op === 'AddTagsToStream' ? awsError('ResourceInUseException', 'Stream orders is UPDATING') : undefined);
    const r = recordedRun(a.sim.client, a.clock, { timeToLive: { text: '1h', ms: HOUR } });
    await reconcile(r.ctx, { provenance: async () => ({}) });
    expect(r.warnings).toEqual([`Stream "orders" was busy, so its expiry stays ${iso(NOW)}; the next run with time-to-live moves it.`]);
    expect(r.ctx.record.expiry).toEqual({ at: iso(NOW) });
  });
});
