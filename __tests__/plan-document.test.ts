// Unit: the reviewable plan — fingerprint stability, parsing of expected-plan, and the one-line
// differences between a reviewed plan and the live one. Pure.
import { describe, expect, it } from '@jest/globals';
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { rawInputs, specOf } from '../__fixtures__/spec.js';
import { canonicalJson } from '../src/shared/canonical-json.js';
import { inputDifferences, planDifferences } from '../src/plan/differences.js';
import { makePlan, parsePlan, planJson } from '../src/plan/document.js';
import { observedState } from '../src/plan/observed.js';
import { PLAN_FORMAT } from '../src/model/plan.js';
import { parseSpec } from '../src/inputs/spec.js';
import { planChanges } from '../src/plan/stream-changes.js';
import { commentBody, commentMarker, runOf } from '../src/report/pr-comment.js';
import { foreignOwner } from '../src/stages/teardown.js';
import { reviewedInputProblems } from '../src/stages/reviewed-plan.js';

const stream = (over: Partial<StreamDescriptionSummary> = {}): StreamDescriptionSummary => ({
  StreamName: 'orders',
  StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
  StreamStatus: 'ACTIVE',
  StreamModeDetails: { StreamMode: 'PROVISIONED' },
  OpenShardCount: 4,
  RetentionPeriodHours: 24,
  StreamCreationTimestamp: new Date('2026-11-30T10:00:00Z'),
  EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
  EncryptionType: 'NONE',
  ...over,
});

const spec = specOf({
  shardCount: 8,
  retentionHours: 48,
  shardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'],
  tags: { team: 'data', env: 'prod' },
  onDrift: 'update',
});

function planFor(s: StreamDescriptionSummary | undefined, tags?: Record<string, string>, sp = spec) {
  const rows = s ? planChanges(sp, s, tags).drift : [];
  return makePlan(sp, observedState(sp, s, tags), rows);
}

describe('fingerprint', () => {
  it('is the same for the same state and inputs, whatever order AWS lists tags and metrics in', () => {
    const a = planFor(stream({ EnhancedMonitoring: [{ ShardLevelMetrics: ['OutgoingBytes', 'IncomingBytes'] }] }), { team: 'data', env: 'prod', x: '1' });
    const b = planFor(stream({ EnhancedMonitoring: [{ ShardLevelMetrics: ['IncomingBytes'] }, { ShardLevelMetrics: ['OutgoingBytes'] }] }), {
      x: '1',
      env: 'prod',
      team: 'data',
    });
    expect(a.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(planJson(b)).toBe(planJson(a));
  });

  it('is the same for the inputs in another order or spelling (tags, metrics, booleans)', () => {
    const one = parseSpec(rawInputs({ tags: 'a=1\nb=2', 'shard-level-metrics': 'IncomingBytes,OutgoingBytes', 'dry-run': 'TRUE' }), {});
    const two = parseSpec(rawInputs({ tags: 'b=2\n\na=1', 'shard-level-metrics': 'OutgoingBytes\nIncomingBytes', 'dry-run': 'true' }), {});
    if (!one.ok || !two.ok) throw new Error('inputs refused');
    expect(makePlan(two.spec, observedState(two.spec, stream()), []).fingerprint).toBe(makePlan(one.spec, observedState(one.spec, stream()), []).fingerprint);
  });

  it('counts an unreported setting as its AWS default (unset and default are the same state)', () => {
    const bare = stream({ RetentionPeriodHours: undefined, EnhancedMonitoring: undefined, MaxRecordSizeInKiB: undefined });
    const full = stream({ RetentionPeriodHours: 24, EnhancedMonitoring: [{ ShardLevelMetrics: [] }], MaxRecordSizeInKiB: 1024 });
    const sp = specOf({ retentionHours: 24, shardLevelMetrics: [], maxRecordSizeKiB: 1024 });
    expect(planFor(bare, undefined, sp).fingerprint).toBe(planFor(full, undefined, sp).fingerprint);
  });

  it('differs when the state, the stream identity or an input differs', () => {
    const base = planFor(stream(), { team: 'data', env: 'prod' }).fingerprint;
    expect(planFor(stream({ OpenShardCount: 8 }), { team: 'data', env: 'prod' }).fingerprint).not.toBe(base);
    expect(planFor(stream({ StreamCreationTimestamp: new Date('2026-12-01T00:00:00Z') }), { team: 'data', env: 'prod' }).fingerprint).not.toBe(base);
    expect(planFor(stream(), { team: 'ops', env: 'prod' }).fingerprint).not.toBe(base);
    expect(planFor(stream(), { team: 'data', env: 'prod' }, { ...spec, onDrift: 'report' }).fingerprint).not.toBe(base);
    expect(planFor(undefined).fingerprint).not.toBe(base);
  });

  it('declared retention 24 and undeclared retention are different inputs (one is compared, one is not)', () => {
    expect(planFor(stream(), undefined, specOf({ retentionHours: 24 })).fingerprint).not.toBe(planFor(stream(), undefined, specOf()).fingerprint);
  });

  it('ignores what is not declared: an undeclared tag changing does not move the plan', () => {
    expect(planFor(stream(), { team: 'data', env: 'prod', other: 'x' }).fingerprint).toBe(
      planFor(stream(), { team: 'data', env: 'prod', other: 'y' }).fingerprint,
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});

describe('parsePlan', () => {
  const good = planJson(planFor(stream(), { team: 'data', env: 'prod' }));

  it('reads back a plan it wrote, unchanged', () => {
    const parsed = parsePlan(good);
    expect('plan' in parsed && planJson(parsed.plan)).toBe(good);
  });

  it.each([
    ['not JSON', 'shard-count: 4', /not JSON/],
    ['another document', '{"hello":1}', /not a plan made by this action/],
    ['malformed fields', JSON.stringify({ format: PLAN_FORMAT, stream: 'x' }), /missing or malformed/],
    ['an edited value', good.replace('"shard-count":4', '"shard-count":5'), /fingerprint does not match/],
    ['a change without its fields', good.replace('"changes":[', '"changes":[{"setting":"x"},'), /missing or malformed/],
  ])('refuses %s', (_what, text, message) => {
    const parsed = parsePlan(text);
    expect('problem' in parsed && parsed.problem).toMatch(message);
  });

  it('an edited change list passes parsing (the fingerprint is of the state) but not the comparison', () => {
    const edited = parsePlan(good.replace('"changes":[', '"changes":[{"action":"none","current":null,"desired":null,"setting":"x"},'));
    if (!('plan' in edited)) throw new Error(edited.problem);
    expect(planDifferences(edited.plan, planFor(stream(), { team: 'data', env: 'prod' }))[0]).toMatch(/^the changes differ/);
  });

  it('keeps a tag called __proto__ as data', () => {
    const sp = specOf({ tags: Object.assign(Object.create(null), { ['__proto__']: 'x' }) as Record<string, string> });
    const text = planJson(makePlan(sp, observedState(sp, stream(), Object.assign(Object.create(null), { ['__proto__']: 'y' })), []));
    const parsed = parsePlan(text);
    expect('plan' in parsed && parsed.plan.observed.settings['tags.__proto__']).toBe('y');
  });
});

describe('planDifferences (what moved since the review)', () => {
  const reviewed = planFor(stream(), { team: 'data', env: 'prod' });

  it('is empty when nothing moved', () => {
    expect(planDifferences(reviewed, planFor(stream(), { env: 'prod', team: 'data' }))).toEqual([]);
  });

  it('names each setting that moved, now and then', () => {
    const live = planFor(stream({ OpenShardCount: 8, RetentionPeriodHours: 72 }), { team: 'ops', env: 'prod' });
    expect(planDifferences(reviewed, live)).toEqual([
      'retention-hours is 72 now, was 24 when the plan was reviewed',
      'shard-count is 8 now, was 4 when the plan was reviewed',
      'tags.team is "ops" now, was "data" when the plan was reviewed',
    ]);
  });

  it('says when the stream appeared, disappeared or was created again', () => {
    expect(planDifferences(planFor(undefined), reviewed)).toEqual(['the stream exists now (ACTIVE), it did not when the plan was reviewed']);
    expect(planDifferences(reviewed, planFor(undefined))).toEqual(['the stream does not exist now, it was ACTIVE when the plan was reviewed']);
    const again = planFor(stream({ StreamCreationTimestamp: new Date('2026-12-01T09:00:00Z') }), { team: 'data', env: 'prod' });
    expect(planDifferences(reviewed, again)[0]).toMatch(
      /deleted and created again since the review \(created 2026-12-01T09:00:00.000Z now, 2026-11-30T10:00:00.000Z then\)/,
    );
  });

  it('refuses changes that differ on an unchanged stream (a plan from another version)', () => {
    const live = { ...reviewed, changes: reviewed.changes.slice(1) };
    expect(planDifferences(reviewed, live)[0]).toMatch(/^the changes differ \(reviewed: .*; now: .*\), although the stream did not/);
  });
});

describe('inputDifferences (a reviewed plan is not replayed against other settings)', () => {
  const reviewed = planFor(stream(), { team: 'data', env: 'prod' });

  it('is empty for the same inputs', () => {
    expect(inputDifferences(reviewed, spec)).toEqual([]);
  });

  it('names every input that differs, here and in the plan', () => {
    const other = { ...spec, shardCount: 16, onDrift: 'report' as const, tags: { team: 'data' }, streamName: 'payments' };
    expect(inputDifferences(reviewed, other)).toEqual([
      'stream-name is "payments" here, "orders" in the reviewed plan',
      'on-drift is "report" here, "update" in the reviewed plan',
      'shard-count is 16 here, 8 in the reviewed plan',
      'tags.env is unset here, "prod" in the reviewed plan',
    ]);
  });

  it('is checked with the other inputs, before any call: a replay is refused', () => {
    const plan = planJson(makePlan(spec, observedState(spec, stream()), []));
    const result = parseSpec(rawInputs({ 'shard-count': '2', 'expected-plan': plan }), {});
    expect(result.ok).toBe(true);
    expect(result.ok && reviewedInputProblems(result.spec)).toEqual([
      expect.stringMatching(/^Input "expected-plan" was made with other inputs, so nothing was done: .*shard-count is 2 here, 8 in the reviewed plan/),
    ]);
  });
});

describe('pull-request comment text', () => {
  it('starts with the per-stream marker, so a quoted copy (which starts with ">") is never taken for it', () => {
    const marker = commentMarker('orders', 'eu-west-1');
    expect(marker).toBe('<!-- ensure-kinesis-data-stream: stream=orders region=eu-west-1 -->');
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/orders', GITHUB_RUN_ID: '123', GITHUB_SHA: 'ab12cd3'.padEnd(40, '0') };
    const body = commentBody(marker, '### Kinesis stream orders\n', runOf(env, true));
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('<sub>Plan for commit ab12cd3 · [workflow run 123](https://github.com/acme/orders/actions/runs/123)</sub>');
    // A re-run's attempt is linked; an apply says what it ran on.
    expect(commentBody(marker, 'x', runOf({ ...env, GITHUB_RUN_ATTEMPT: '2' }, false))).toContain(
      'Run on commit ab12cd3 · [workflow run 123](https://github.com/acme/orders/actions/runs/123/attempts/2)',
    );
  });

  it('links nothing that is not the shape the runner gives', () => {
    const marker = commentMarker('orders', 'eu-west-1');
    const odd = { GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_REPOSITORY: 'acme/orders', GITHUB_RUN_ID: 'not-a-number', GITHUB_SHA: 'HEAD' };
    expect(commentBody(marker, 'x', runOf(odd, true))).toBe(`${marker}\nx`);
    expect(commentBody(marker, 'x', runOf({ ...odd, GITHUB_RUN_ID: '9' }, true))).toContain('<sub>workflow run 9</sub>');
    expect(commentBody(marker, 'x')).toBe(`${marker}\nx`);
  });

  it('stays under GitHub’s 65536-character limit, cut at a line with its <details> closed, the footer last', () => {
    expect(commentBody(commentMarker('a', 'us-east-1'), 'x'.repeat(100_000)).length).toBeLessThan(65_536);
    const long = `### T\n\n<details><summary>s</summary>\n\n${'- a tag &#8203;value\n'.repeat(5000)}\n</details>\n`;
    const body = commentBody(commentMarker('a', 'us-east-1'), long, { runId: '7' });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/- a tag &#8203;value\n\n\*\(cut short\)\*\n\n<\/details>\n\n<sub>workflow run 7<\/sub>\n$/);
  });
});

describe('foreignOwner (teardown ownership guard)', () => {
  it.each([
    [{ 'github:repository': 'other/repo' }, 'octo/repo', 'other/repo'],
    [{ 'github:repository': 'Octo/Repo' }, 'octo/repo', undefined],
    [{ team: 'x' }, 'octo/repo', undefined],
    [undefined, 'octo/repo', undefined],
    [{ 'github:repository': 'other/repo' }, undefined, undefined],
  ])('tags %j, running in %s → %s', (tags, repository, owner) => {
    expect(foreignOwner(tags, repository)).toBe(owner);
  });
});
