// What a run on an existing stream loads (scripts/build.mjs, CONTRIBUTING "How the bundle is built"):
// the entry and its two start-up chunks, with the AWS SDK's ES module builds and without what the
// build-time substitutes keep off that path. Read from dist/ (its source maps) and from a real run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreateStreamCommand, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import { startupFiles } from '../scripts/dist-chunks.mjs';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { createKinesisClient } from '../src/aws/client.js';
import { runAction, runtimes } from './support/runner.js';

const dist = join(import.meta.dirname, '..', 'dist');
const read = (f: string): string => readFileSync(join(dist, f), 'utf8');
const sourcesOf = (chunk: string): string[] => (JSON.parse(read(`${chunk}.map`)) as { sources: string[] }).sources;

/** The chunks the entry loads before anything else (its one dynamic import of main.ts). */
const startupChunks = (): string[] => startupFiles(dist).slice(1);

/** What must stay out of start-up, each with where it is loaded instead. */
const LATER: [RegExp, string][] = [
  [/node_modules\/undici\//, 'undici (with @actions/github)'],
  [/node_modules\/@actions\/http-client\/lib\/index\.js$/, '@actions/http-client (with @actions/github)'],
  [/node_modules\/@actions\/exec\//, '@actions/exec (never: only core.platform needs it, and tree-shaking drops its substitute)'],
  [/node_modules\/@smithy\/node-http-handler\/dist-es\/node-http2/, 'the HTTP/2 handler (never)'],
  [/node_modules\/@aws-sdk\/client-(kms|sts)\//, 'KMS and STS clients (on their first call)'],
];

describe('dist/: the start-up chunks', () => {
  const chunks = startupChunks();
  const sources = chunks.flatMap(sourcesOf);

  it('are two, and hold main.ts and the Kinesis client', () => {
    expect(chunks).toHaveLength(2);
    expect(sources.some((s) => s.endsWith('src/main.ts'))).toBe(true);
    expect(sources.some((s) => /@aws-sdk\/client-kinesis\/dist-es\/KinesisClient\.js$/.test(s))).toBe(true);
  });

  it('use the ES module builds of the AWS SDK and Smithy (tree-shaken), none of their CommonJS builds', () => {
    expect(sources.filter((s) => /node_modules\/@(aws-sdk|smithy)\/[^/]+\/dist-cjs\//.test(s))).toEqual([]);
    expect(sources.some((s) => /@smithy\/core\/dist-es\//.test(s))).toBe(true);
  });

  it.each(LATER.map(([pattern, what]) => ({ pattern, what })))('leave out $what', ({ pattern }) => {
    expect(sources.filter((s) => pattern.test(s))).toEqual([]);
  });

  it('leave out what is still in dist/ for the paths that need it', () => {
    const later = readdirSync(dist)
      .filter((f) => f.endsWith('.index.js') && !chunks.includes(f))
      .flatMap(sourcesOf);
    for (const [pattern, what] of LATER.filter(([, what]) => !what.includes('(never'))) {
      expect([what, later.some((s) => pattern.test(s))]).toEqual([what, true]);
    }
  });
});

describe('a run on an existing stream, on Node 24', () => {
  let kl: KinesisLocal;
  let dir: string;
  const node = runtimes()[0].node;

  beforeAll(async () => {
    process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
    kl = await startKinesisLocal({ createMs: 100 });
    const client = createKinesisClient({ region: 'us-east-1', endpointUrl: kl.endpoint });
    await client.send(new CreateStreamCommand({ StreamName: 'loaded', ShardCount: 1 }));
    await waitUntilStreamExists({ client, maxWaitTime: 60, minDelay: 1 }, { StreamName: 'loaded' });
    client.destroy();
    dir = mkdtempSync(join(tmpdir(), 'eks-bundle-'));
  });
  afterAll(async () => {
    await kl?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the entry and the start-up chunks only, and neither node:http2 nor node:child_process', async () => {
    // A module hook that writes down each file loaded, and the Node built-ins loaded, at exit.
    const log = join(dir, 'loaded.json');
    const hook = join(dir, 'hook.mjs');
    writeFileSync(
      hook,
      [
        "import { registerHooks } from 'node:module';",
        "import { writeFileSync } from 'node:fs';",
        'const files = [];',
        "registerHooks({ load(url, ctx, next) { if (url.startsWith('file:')) files.push(url); return next(url, ctx); } });",
        "process.on('exit', () => writeFileSync(" + JSON.stringify(log) + ', JSON.stringify({ files, builtins: process.moduleLoadList })));',
      ].join('\n'),
    );
    const inputs = { 'stream-name': 'loaded', region: 'us-east-1', 'endpoint-url': kl.endpoint };
    const run = await runAction({ node, inputs, env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` } });
    expect(run.code).toBe(0);
    expect(run.outputs.created).toBe('false');
    const { files, builtins } = JSON.parse(readFileSync(log, 'utf8')) as { files: string[]; builtins: string[] };
    const ours = files.filter((f) => f.startsWith(pathToFileURL(dist).href)).map((f) => f.slice(f.lastIndexOf('/') + 1));
    expect(ours.sort()).toEqual(['index.js', ...startupChunks()].sort());
    const loaded = builtins.filter((b) => b.startsWith('NativeModule ')).map((b) => b.slice('NativeModule '.length));
    expect(loaded).toContain('https');
    for (const unwanted of ['http2', 'child_process', 'internal/deps/undici/undici']) expect([unwanted, loaded.includes(unwanted)]).toEqual([unwanted, false]);
  });
});
