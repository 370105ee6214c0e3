// Unit: text from outside stays data. Only src/report/log.ts writes to stdout, annotations or the summary
// (enumerated from the sources), and hostile strings from an endpoint, a tag or an input reach every
// sink escaped: no stdout line becomes a workflow command, the summary renders no HTML or markdown,
// credentials appear nowhere.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { awsError, simulateKinesis } from '../__fixtures__/kinesis-sim.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../src/main.js');
const { actionLog, fail } = await import('../src/report/log.js');
const { summaryMarkdown } = await import('../src/report/summary.js');
const { outcome } = await import('../src/model/outcome.js');

const SRC = join(import.meta.dirname, '..', 'src');

describe('one place writes to the sinks', () => {
  // Every source file, in every folder of src/, as a path relative to it (report/log.ts).
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split('\\').join('/'));
  // What a module other than report/log.ts may use of @actions/core: reading inputs, writing outputs.
  const allowed: Record<string, RegExp> = { 'inputs/read.ts': /^getInput$/, 'report/outputs.ts': /^setOutput$/, 'report/job-state.ts': /^saveState$/ };

  it('finds the sources in their folders', () => {
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'report/log.ts', 'inputs/read.ts', 'report/outputs.ts']));
  });

  it.each(files.filter((f) => f !== 'report/log.ts'))('%s writes nothing to stdout, annotations or the summary itself', (file) => {
    // Code only: comments may name the calls they explain.
    const text = readFileSync(join(SRC, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const coreCalls = [...text.matchAll(/\bcore\.(\w+)/g)].map((m) => m[1]);
    const bad = coreCalls.filter((name) => !(allowed[file]?.test(name) ?? false));
    expect(bad).toEqual([]);
    expect(text).not.toMatch(/\bconsole\.(log|info|warn|error|debug)\b|process\.(stdout|stderr)\.write/);
  });

  it('report/log.ts escapes every message for its sink', () => {
    const text = readFileSync(join(SRC, 'report', 'log.ts'), 'utf8');
    const calls = [...text.matchAll(/core\.(info|warning|debug|error|notice|setFailed)\((.*?)\)/g)].map((m) => [m[1], m[2]]);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const [name, arg] of calls) expect(`${name}(${arg})`).toMatch(/\((forLog|forAnnotation)\(/);
  });
});

const HOSTILE = [
  'line\n::warning::INJECTED\n::set-output name=stream-arn::evil',
  '::add-mask::x',
  '  ::stop-commands::tok',
  '\r\n::error::boom',
  '##[error]legacy',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](http://evil) ![img](x)',
  '| broken | table |',
  'x'.repeat(100_000),
  'rtl\u202Eevil\u200B\u0000\u001b[31mred',
  'token x-amz-security-token: IQoJb3JpZ2luX2VjEJr//////////wEaCXVz and AKIAIOSFODNN7EXAMPLE',
];

describe('hostile strings through every sink', () => {
  beforeEach(() => core.reset());

  it.each(HOSTILE.map((h) => [JSON.stringify(h).slice(0, 40), h]))('%s', (_label, h) => {
    actionLog.info(`Stream "orders" drift: tags.x: current ${h}`);
    actionLog.debug(h);
    actionLog.warning(h);
    fail(h);
    const out = [...core.info.mock.calls, ...core.debug.mock.calls].map((c) => String(c[0]));
    for (const line of out) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    for (const c of [...core.warning.mock.calls, ...core.setFailed.mock.calls]) expect(String(c[0])).not.toMatch(/[\r\n]/);
    const all = [...out, ...core.warning.mock.calls.map(String), ...core.setFailed.mock.calls.map(String)].join('\n');
    expect(all).not.toContain('IOSFODNN7EXAMPLE');
    expect(all).not.toContain('IQoJb3JpZ2luX2VjEJr');

    const md = summaryMarkdown({
      streamName: 'orders',
      region: 'us-east-1',
      errors: [h],
      result: outcome('drift reported', {
        stream: { StreamARN: h, StreamStatus: h, StreamModeDetails: { StreamMode: h } } as never,
        rows: [{ setting: `tags.${h}`, current: h, desired: 'v', action: 'AddTagsToStream' }],
      }),
    });
    expect(md).not.toMatch(/<(script|img)/i);
    expect(md).not.toMatch(/\]\(http:\/\/evil\)/);
    expect(md).not.toContain('IOSFODNN7EXAMPLE');
    // Every table row still has its columns: no cell broke the table.
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = row.split(/(?<!\\)\|/).length - 2;
      expect([2, 4]).toContain(cells);
    }
  });
});

describe('a run against an endpoint that answers hostile strings', () => {
  let clock: FakeClock;
  let sim: ReturnType<typeof simulateKinesis>;
  beforeEach(() => {
    clock = new FakeClock();
    sim = simulateKinesis(clock);
    process.env.GITHUB_STEP_SUMMARY = '/dev/null';
  });
  afterEach(() => {
    sim.mock.restore();
    delete process.env.GITHUB_STEP_SUMMARY;
  });

  it.each(['report', 'update'])('on-drift %s: tag values and errors stay data, outputs stay ours', async (onDrift) => {
    const evil = 'v\n::warning::INJECTED\n::set-output name=stream-arn::evil <b>x</b>';
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: { team: evil } });
    sim.fault = (op) =>
      op === 'AddTagsToStream' ? awsError('AccessDeniedException', `denied\n::error::FORGED x-amz-security-token: SECRETTOKEN123SECRETTOKEN123`) : undefined;
    core.reset({ 'stream-name': 'orders', tags: 'team=data', 'on-drift': onDrift });
    await run({ clock, client: sim.client, env: { AWS_REGION: 'us-east-1', AWS_SESSION_TOKEN: 'SECRETTOKEN123SECRETTOKEN123' }, provenance: async () => ({}) });
    const lines = [...core.info.mock.calls, ...core.debug.mock.calls].map((c) => String(c[0]));
    const shown = [...lines, ...core.warning.mock.calls.map((c) => String(c[0]))];
    expect(shown.some((l) => l.includes('INJECTED'))).toBe(true); // it was shown, as data
    for (const l of lines) {
      expect(l).not.toMatch(/[\r\n]/);
      expect(l.trimStart().startsWith('::')).toBe(false);
    }
    const everything = JSON.stringify([core.info.mock.calls, core.warning.mock.calls, core.setFailed.mock.calls, core.debug.mock.calls, core.summaries]);
    expect(everything).not.toContain('SECRETTOKEN123');
    expect(core.outputs['stream-arn']).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
    expect(core.summaries.join('')).not.toContain('<b>');
  });

  it('the session token and secret key are masked by the runner as well', async () => {
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    core.reset({ 'stream-name': 'orders' });
    await run({
      clock,
      client: sim.client,
      env: { AWS_REGION: 'us-east-1', AWS_SECRET_ACCESS_KEY: 'sekrit-key-value-0123456789', AWS_SESSION_TOKEN: 'sess-token-value-0123456789' },
    });
    expect(core.setSecret.mock.calls.map((c) => c[0])).toEqual(['sekrit-key-value-0123456789', 'sess-token-value-0123456789']);
  });

  it('input errors write a summary too: the failure lines, escaped', async () => {
    core.reset({ 'stream-name': 'bad <b>name</b>', 'endpoint-url': 'http://user:pa55word@127.0.0.1:1' });
    await run({ clock, client: sim.client, env: { AWS_REGION: 'us-east-1' } });
    const md = core.summaries.join('');
    expect(md).toContain('**Failed: nothing was done.** Fix these 2 problems first:\n\n- Input');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('pa55word');
    expect(JSON.stringify(core.setFailed.mock.calls)).not.toContain('pa55word');
    expect(sim.count()).toBe(0);
  });
});
