// Emulator level: reviewed plans (dry run → expected-plan) and the teardown ownership guard, with the
// real stages against kinesis-local. "Behind the action's back" changes go straight to the emulator.
import { describe, expect, it } from '@jest/globals';
import { CreateStreamCommand, UpdateShardCountCommand } from '@aws-sdk/client-kinesis';
import { parseSpec } from '../src/inputs/spec.js';
import { reviewedInputProblems } from '../src/stages/reviewed-plan.js';
import { rawInputs } from '../__fixtures__/spec.js';
import { planJson } from '../src/plan/document.js';
import { summaryOf, useKinesisLocal, waitForStatus } from './support/emulator.js';
import { isMutating, runInProcess } from './support/in-process.js';

const emulator = useKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300 });
const run = (name: string, spec: Parameters<typeof runInProcess>[1] = {}, repository?: string) =>
  runInProcess(emulator.endpoint, { streamName: name, ...spec }, undefined, repository);
const mutations = (r: { ops: string[] }) => r.ops.filter(isMutating);

/** What the plan job and the apply job both declare. */
const declared = { shardCount: 4, retentionHours: 48, onDrift: 'update' as const };

describe('plan → apply', () => {
  it('an unchanged stream: the apply job applies exactly the reviewed changes', async () => {
    await run('rp-same', { shardCount: 2 });
    const plan = await run('rp-same', { ...declared, dryRun: true });
    expect(plan.failure).toBeUndefined();
    expect(mutations(plan)).toEqual([]);
    expect(plan.plan?.changes.map((c) => c.setting)).toEqual(['shard-count', 'retention-hours']);

    const apply = await run('rp-same', { ...declared, expectedPlan: plan.plan });
    expect(apply.failure).toBeUndefined();
    expect(apply.result).toMatchObject({ happened: 'updated', changed: true });
    expect(apply.info.join('\n')).toMatch(
      /as it was when the plan [0-9a-f]{12} was reviewed: applying its changes to 2 settings\.\n.*\n.*step 1 of 2: scaling 2 → 4 shards/,
    );
    expect(await summaryOf(emulator.client, 'rp-same')).toMatchObject({ OpenShardCount: 4, RetentionPeriodHours: 48 });
  });

  it("a stream changed behind the action's back: refused, naming what moved, with no mutating call", async () => {
    await run('rp-moved', { shardCount: 2 });
    const plan = await run('rp-moved', { ...declared, dryRun: true });
    await emulator.client.send(new UpdateShardCountCommand({ StreamName: 'rp-moved', TargetShardCount: 3, ScalingType: 'UNIFORM_SCALING' }));
    await waitForStatus(emulator.client, 'rp-moved', 'ACTIVE', { missedIf: ['ABSENT'] });

    const apply = await run('rp-moved', { ...declared, expectedPlan: plan.plan });
    expect(apply.failure).toMatch(
      new RegExp(
        /^Stream "rp-moved" is not as it was when the plan was reviewed \(reviewed plan \w{12}, the stream now gives \w{12}\), /.source +
          /so nothing was changed: /.source +
          /shard-count is 3 now, was 2 when the plan was reviewed\. Run the plan job again/.source,
      ),
    );
    expect(mutations(apply)).toEqual([]);
    expect(await summaryOf(emulator.client, 'rp-moved')).toMatchObject({ OpenShardCount: 3, RetentionPeriodHours: 24 });
  });

  it('a missing stream: the plan says CreateStream, and the apply job creates it', async () => {
    const plan = await run('rp-missing', { ...declared, dryRun: true });
    expect(plan.plan?.observed).toEqual({ arn: null, created: null, status: 'ABSENT', settings: {} });
    expect(plan.plan?.changes[0]).toEqual({ setting: 'stream', current: 'absent', desired: 'present', action: 'CreateStream' });
    expect(await summaryOf(emulator.client, 'rp-missing')).toBeUndefined();

    const apply = await run('rp-missing', { ...declared, expectedPlan: plan.plan });
    expect(apply.failure).toBeUndefined();
    expect(apply.result).toMatchObject({ happened: 'created', created: true });
    expect(await summaryOf(emulator.client, 'rp-missing')).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 4, RetentionPeriodHours: 48 });
  });

  it('a stream created by someone else after a plan of "missing": refused, not adopted', async () => {
    const plan = await run('rp-raced', { ...declared, dryRun: true });
    await emulator.client.send(new CreateStreamCommand({ StreamName: 'rp-raced', ShardCount: 1 }));
    await waitForStatus(emulator.client, 'rp-raced', 'ACTIVE', { missedIf: ['ABSENT'] });
    const apply = await run('rp-raced', { ...declared, expectedPlan: plan.plan });
    expect(apply.failure).toMatch(/the stream exists now \(ACTIVE\), it did not when the plan was reviewed/);
    expect(mutations(apply)).toEqual([]);
    expect(await summaryOf(emulator.client, 'rp-raced')).toMatchObject({ OpenShardCount: 1 });
  });

  it('an empty plan (nothing to change) applies as a no-op', async () => {
    await run('rp-empty', { shardCount: 4, retentionHours: 48 });
    const plan = await run('rp-empty', { ...declared, dryRun: true });
    expect(plan.plan?.changes).toEqual([]);
    const apply = await run('rp-empty', { ...declared, expectedPlan: plan.plan });
    expect(apply.failure).toBeUndefined();
    expect(apply.result).toMatchObject({ happened: 'found', changed: false });
    expect(mutations(apply)).toEqual([]);
  });

  it('a plan made with other inputs is refused before any call (parseSpec, then the reviewed inputs)', async () => {
    const plan = await run('rp-inputs', { ...declared, dryRun: true });
    const inputs = rawInputs({
      'stream-name': 'rp-inputs',
      'retention-hours': '48',
      'on-drift': 'update',
      'provenance-tags': 'false',
      'expected-plan': planJson(plan.plan!),
    });
    const problems = (shards: string): string[] => {
      const parsed = parseSpec({ ...inputs, 'shard-count': shards }, {});
      return parsed.ok ? reviewedInputProblems(parsed.spec) : parsed.errors;
    };
    expect(problems('8')).toEqual([
      expect.stringMatching(/^Input "expected-plan" was made with other inputs, so nothing was done: shard-count is 8 here, 4 in the reviewed plan\./),
    ]);
    expect(problems('4')).toEqual([]);
  });

  it('state absent: plan → apply deletes the reviewed stream', async () => {
    await run('rp-gone', { shardCount: 1, provenanceTags: true });
    const plan = await run('rp-gone', { state: 'absent', dryRun: true });
    expect(plan.plan?.changes).toEqual([{ setting: 'stream', current: 'ACTIVE', desired: 'absent', action: 'DeleteStream' }]);
    expect(plan.plan?.observed.settings).toEqual({ consumers: 0, 'tags.github:repository': 'octo/repo' });
    const apply = await run('rp-gone', { state: 'absent', expectedPlan: plan.plan });
    expect(apply.failure).toBeUndefined();
    expect(apply.result).toMatchObject({ happened: 'deleted', deleted: true });
  });
});

describe('teardown ownership guard', () => {
  const foreign = { tags: { 'github:repository': 'other/repo' }, provenanceTags: false };

  it('refuses to delete a stream another repository created, naming both, with no DeleteStream', async () => {
    await run('own-foreign', foreign);
    const r = await run('own-foreign', { state: 'absent' });
    expect(r.failure).toBe(
      'Stream "own-foreign" belongs to repository other/repo (its github:repository tag), not to octo/repo, so nothing was deleted. Set the ' +
        '"allow-foreign-delete" input to true to delete it anyway.',
    );
    expect(mutations(r)).toEqual([]);
    expect((await summaryOf(emulator.client, 'own-foreign'))?.StreamStatus).toBe('ACTIVE');

    const dry = await run('own-foreign', { state: 'absent', dryRun: true });
    expect(dry.failure).toMatch(/belongs to repository other\/repo/);
  });

  it('allow-foreign-delete: true deletes it', async () => {
    await run('own-allowed', foreign);
    const r = await run('own-allowed', { state: 'absent', allowForeignDelete: true });
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ deleted: true });
    expect(await summaryOf(emulator.client, 'own-allowed')).toBeUndefined();
  });

  it('deletes a stream of this repository (any case) and one with no provenance tag', async () => {
    await run('own-mine', { provenanceTags: true });
    expect((await run('own-mine', { state: 'absent' }, 'OCTO/Repo')).result).toMatchObject({ deleted: true });
    await run('own-untagged', { provenanceTags: false });
    expect((await run('own-untagged', { state: 'absent' })).result).toMatchObject({ deleted: true });
  });
});
