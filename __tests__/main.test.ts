// Unit: the whole flow through run(), with @actions/core replaced by a fixture and Kinesis by a double.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { simulateKinesis } from '../__fixtures__/kinesis-sim.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run, failureLine } = await import('../src/main.js');

const env = { AWS_REGION: 'us-east-1' };
const provenance = async () => ({ 'github:repository': 'octo/repo' });
let clock: FakeClock;
let sim: ReturnType<typeof simulateKinesis>;

beforeEach(() => {
  clock = new FakeClock();
  sim = simulateKinesis(clock, { createMs: 1000 });
  process.env.GITHUB_STEP_SUMMARY = '/dev/null';
});
afterEach(() => {
  sim.mock.restore();
  delete process.env.GITHUB_STEP_SUMMARY;
});

describe('run', () => {
  it('creates the stream and sets every output', async () => {
    core.reset({ 'stream-name': 'orders', 'shard-count': '2', 'timeout-seconds': '300' });
    await run({ clock, client: sim.client, env, provenance });
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs).toEqual({
      'stream-arn': 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
      'stream-name': 'orders',
      'stream-status': 'ACTIVE',
      'stream-mode': 'PROVISIONED',
      'shard-count': '2',
      created: 'true',
      changed: 'false',
      deleted: 'false',
      drift: '[]',
      plan: expect.stringContaining('"format":"ensure-kinesis-data-stream/plan@1"'),
      'consumer-arns': '{}',
      'deleted-streams': '[]',
      'expires-at': '',
    });
    expect(core.summaries.join('')).toContain('created by this run');
  });

  it('reports created=false when the stream already exists', async () => {
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'ON_DEMAND', shards: 4 });
    core.reset({ 'stream-name': 'orders' });
    await run({ clock, client: sim.client, env, provenance });
    expect(core.outputs).toMatchObject({ created: 'false', 'stream-mode': 'ON_DEMAND', 'shard-count': '4' });
    expect(sim.count()).toBe(1);
  });

  it('fails on every bad input at once, one annotation each, before any API call', async () => {
    core.reset({ 'stream-name': 'bad name', 'shard-count': '0', 'timeout-seconds': 'abc' });
    await run({ clock, client: sim.client, env: {} });
    expect(core.setFailed.mock.calls.map((c) => String(c[0]).split(':')[0])).toEqual([
      'Input "stream-name" is "bad name"',
      'Input "shard-count" is "0"',
      'Input "timeout-seconds" is "abc"',
      'No AWS region',
    ]);
    expect(sim.count()).toBe(0);
  });

  it('fails with one line and writes the failure to the summary', async () => {
    sim.fault = () => Object.assign(new Error('nope'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
    core.reset({ 'stream-name': 'orders' });
    await run({ clock, client: sim.client, env, provenance });
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0][0])).toMatch(/^Access denied: .*kinesis:DescribeStreamSummary/);
    expect(core.summaries.join('')).toContain('**Failed:** Access denied');
    expect(sim.count()).toBe(1);
    // Never read: its status is unknown, which is not absent.
    expect(core.outputs['stream-status']).toBe('UNKNOWN');
    expect(core.info.mock.calls.at(-1)?.[0]).toBe('Failed after 0.0 s, 1 API call: stream "orders", see the error above.');
  });

  it('13 differences under on-drift: report are one warning annotation and one notice, and the summary lists them all', async () => {
    const tags = Array.from({ length: 11 }, (_, i) => `t${i}=v${i}`).join('\n');
    core.reset({ 'stream-name': 'orders', 'shard-count': '2' });
    await run({ clock, client: sim.client, env, provenance });
    core.reset({ 'stream-name': 'orders', 'shard-count': '4', 'retention-hours': '48', tags });
    await run({ clock, client: sim.client, env, provenance });
    expect(core.warning).toHaveBeenCalledTimes(1);
    expect(String(core.warning.mock.calls[0][0])).toMatch(
      /^Stream "orders" differs from the workflow in 13 settings: shard-count: .*; tags\.t10: current unset, declared v10\./,
    );
    expect(core.notice).toHaveBeenCalledTimes(1);
    expect(String(core.notice.mock.calls[0][0])).toMatch(/^To apply the 13 differences to stream "orders" \(13 settings in 4 steps\), set on-drift: update;/);
    const md = core.summaries.join('');
    expect(md).toContain('**Drift: 13 settings differ from the workflow.** Nothing was changed (on-drift: report).');
    expect(md.match(/^\| tag t\d+ \| — \| v\d+ \| add the tag \|$/gm)).toHaveLength(11);
    expect(core.outputs['stream-status']).toBe('ACTIVE');
    expect(core.info.mock.calls.at(-1)?.[0]).toMatch(
      /^Done in [\d.]+ s, 2 API calls: stream "orders" differs from the workflow; nothing was changed \(on-drift: report\)\.$/,
    );
  });

  it('a creation that fails half-way still sets stream-arn, created=true and the summary', async () => {
    sim.fault = (op) =>
      op === 'StartStreamEncryption' ? Object.assign(new Error('denied'), { name: 'KMSAccessDeniedException', $metadata: { httpStatusCode: 400 } }) : undefined;
    core.reset({ 'stream-name': 'orders', 'encryption-type': 'KMS' });
    await run({ clock, client: sim.client, env, provenance });
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.outputs).toMatchObject({
      'stream-arn': 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
      'stream-status': 'ACTIVE',
      created: 'true',
      deleted: 'false',
    });
    const summary = core.summaries.join('');
    expect(summary).toContain('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
    expect(summary).toContain('failed; the values shown are the last ones seen');
  });

  it('fails cleanly when something throws a non-Error', async () => {
    clock.onSleep = () => {
      throw 'plain string';
    };
    core.reset({ 'stream-name': 'orders' });
    await run({ clock, client: sim.client, env, provenance });
    expect(core.setFailed).toHaveBeenCalledWith('Unexpected error: plain string');
    expect(core.summaries.join('')).toContain('**Failed:** Unexpected error: plain string');
  });

  it('never rejects, even when reading inputs throws', async () => {
    core.reset();
    core.getInput.mockImplementationOnce(() => {
      throw 42;
    });
    await expect(run({ clock, client: sim.client, env, provenance })).resolves.toBeUndefined();
    expect(core.setFailed).toHaveBeenCalledWith('Unexpected error: 42');
  });
});

describe('failureLine', () => {
  it('redacts and labels unexpected errors', () => {
    expect(failureLine(new Error('bad Signature=abc123 here'))).toBe('Unexpected error: bad Signature=*** here');
    expect(failureLine(undefined)).toBe('Unexpected error: undefined');
  });
});

describe('throwaway streams through run() (issue 21)', () => {
  it('main with delete-at-job-end saves its stream; the post step deletes exactly it and writes its own summary', async () => {
    core.reset({ 'stream-name': 'orders', 'delete-at-job-end': 'true', 'time-to-live': '2h' });
    // On a runner (GITHUB_STATE set): the state goes to the post step.
    process.env.GITHUB_STATE = '/dev/null';
    await run({ clock, client: sim.client, env, provenance }).finally(() => delete process.env.GITHUB_STATE);
    expect(core.setFailed).not.toHaveBeenCalled();
    const state = { ...core.states };
    expect(JSON.parse(state['delete-at-job-end'])).toMatchObject({ stream: 'orders', phase: 'created' });
    expect(core.outputs['expires-at']).toBe(new Date(FakeClock.EPOCH + 2 * 3600_000).toISOString().replace('.000Z', 'Z'));

    core.reset({ 'stream-name': 'orders', 'delete-at-job-end': 'true' });
    await run({ clock, client: sim.client, env: { ...env, 'STATE_delete-at-job-end': state['delete-at-job-end'] }, phase: 'post' });
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sim.streams.has('orders')).toBe(false);
    expect(core.summaries.join('')).toContain('### Kinesis stream orders · deleted at job end');
    // A post step sets no outputs (the runner does not read them).
    expect(core.outputs).toEqual({});
  });

  it('the post step without saved state, or without the input, does nothing', async () => {
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    core.reset({ 'stream-name': 'orders', 'delete-at-job-end': 'true' });
    await run({ clock, client: sim.client, env, phase: 'post' });
    expect(sim.count()).toBe(0);
    expect(core.info.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^delete-at-job-end: this job did not create stream "orders"/)]);
    core.reset({ 'stream-name': 'orders' });
    await run({ clock, client: sim.client, env, phase: 'post' });
    expect(core.info).not.toHaveBeenCalled();
    expect(sim.streams.has('orders')).toBe(true);
  });

  it('a sweep through run(): deleted-streams output and one last line that adds it up', async () => {
    sim.streams.set('pv-1', {
      status: 'ACTIVE',
      until: 0,
      mode: 'PROVISIONED',
      shards: 1,
      tags: { 'github:repository': 'octo/repo', 'ensure-kinesis-data-stream:expires-at': '2020-01-01T00:00:00Z' },
    });
    sim.streams.set('pv-2', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: { 'github:repository': 'other/repo' } });
    core.reset({ 'stream-name': 'pv-*', state: 'absent' });
    await run({ clock, client: sim.client, env: { ...env, GITHUB_REPOSITORY: 'octo/repo' } });
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs['deleted-streams']).toBe('["pv-1"]');
    const last = String(core.info.mock.calls.at(-1)?.[0]);
    expect(last).toMatch(/^Done in \d+\.\d s, \d+ API calls: sweep of "pv-\*", 1 deleted, 1 kept\.$/);
    expect(core.summaries.join('')).toContain('### Kinesis sweep pv-\\*');
  });
});
