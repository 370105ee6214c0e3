// npm run bench:startup: the CPU time of a run on an existing stream (one API call) against an empty
// Node 24 script, the two run in turn, pair by pair (and a previous dist/ as a third, when given).
// CPU time is the kernel's own accounting of each finished child (bash's `times`), user + system, all
// threads included: what a runner's core spends on the step. Also the bytes each dist/ loads at start.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStreamCommand, KinesisClient, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startupFiles } from '../scripts/dist-chunks.mjs';
import { startKinesisLocal } from '../scripts/kinesis-local.mjs';
import { FAKE_CREDS, NODE24, REGION, RESULTS, intEnv, isolatedEnv, log, machineFacts, machineLines, median, stopOnSignal } from './lib.mjs';
import { root } from '../scripts/run-action.mjs';

const PAIRS = intEnv('BENCH_STARTUP_PAIRS', 10, 1);
const BASE = process.env.BENCH_STARTUP_BASE; // a previous dist/ directory
const facts = machineFacts();
const home = mkdtempSync(join(tmpdir(), 'eks-startup-'));
const empty = join(home, 'empty.mjs');
writeFileSync(empty, '');

const kl = await startKinesisLocal({ createMs: 100 });
const unlisten = stopOnSignal('kinesis-local', () => kl.stop());
const client = new KinesisClient({ region: REGION, endpoint: kl.endpoint, credentials: FAKE_CREDS, requestHandler: new NodeHttpHandler() });
await client.send(new CreateStreamCommand({ StreamName: 'startup', ShardCount: 1 }));
await waitUntilStreamExists({ client, maxWaitTime: 60, minDelay: 1 }, { StreamName: 'startup' });
client.destroy();

const inputs = { 'INPUT_STREAM-NAME': 'startup', INPUT_REGION: REGION, 'INPUT_ENDPOINT-URL': kl.endpoint, 'INPUT_TIMEOUT-SECONDS': '300' };
for (const f of ['out', 'summary']) writeFileSync(join(home, f), '');
const env = isolatedEnv(home, { ...inputs, GITHUB_OUTPUT: join(home, 'out'), GITHUB_STEP_SUMMARY: join(home, 'summary') });

/** One child's CPU seconds (user + system), from bash's `times` (its children's line). */
function cpuOf(script) {
  return new Promise((resolve, reject) => {
    const sh = spawn('bash', ['-c', '"$0" "$1" >/dev/null 2>&1 || echo "exit $?"; times', NODE24, script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    sh.stdout.on('data', (d) => (out += d));
    sh.on('error', reject);
    sh.on('close', () => {
      if (/^exit /m.test(out)) return reject(new Error(`${script}: ${out.split('\n')[0]}`));
      const [, u, s] = /^(\d+m[\d.]+s) (\d+m[\d.]+s)\s*$/m.exec(out.trim().split('\n').pop()) ?? [];
      const secs = (t) => Number(t.split('m')[0]) * 60 + Number(t.split('m')[1].slice(0, -1));
      if (!u) return reject(new Error(`no times in: ${out}`));
      resolve(secs(u) + secs(s));
    });
  });
}

const contenders = [
  ['this dist/', join(root, 'dist', 'index.js')],
  ['empty Node 24 script', empty],
  ...(BASE ? [['previous dist/', join(BASE, 'index.js')]] : []),
];
const cpu = Object.fromEntries(contenders.map(([name]) => [name, []]));
for (const [, script] of contenders) await cpuOf(script); // warm-up, not counted
for (let i = 0; i < PAIRS; i++) {
  for (const [name, script] of contenders) cpu[name].push(await cpuOf(script));
  log(`pair ${i + 1}/${PAIRS}: ${contenders.map(([n]) => `${n} ${cpu[n][i].toFixed(3)} s`).join(', ')}`);
}
unlisten();
await kl.stop();
rmSync(home, { recursive: true, force: true });

const ratio = (a, b) => median(cpu[a].map((x, i) => x / cpu[b][i]));
const startBytes = (dir) =>
  startupFiles(dir)
    .map((f) => `${f} ${readFileSync(join(dir, f)).length.toLocaleString('en')} B`)
    .join(', ');
const lines = [
  `# Start-up: a run on an existing stream (${PAIRS} rounds, contenders in turn)`,
  '',
  '| contender | median CPU (user + sys) | min – max |',
  '|---|---|---|',
  ...contenders.map(([n]) => `| ${n} | ${median(cpu[n]).toFixed(3)} s | ${Math.min(...cpu[n]).toFixed(3)} – ${Math.max(...cpu[n]).toFixed(3)} s |`),
  '',
  `- this dist/ ÷ empty script, median of the pairs' ratios: **${ratio('this dist/', 'empty Node 24 script').toFixed(2)}×** (target ≤ 2.5×)`,
  ...(BASE
    ? [
        `- previous dist/ ÷ empty script: ${ratio('previous dist/', 'empty Node 24 script').toFixed(2)}×`,
        `- this dist/ ÷ previous dist/: ${ratio('this dist/', 'previous dist/').toFixed(2)}`,
      ]
    : []),
  `- loaded at start, this dist/: ${startBytes(join(root, 'dist'))}`,
  ...(BASE ? [`- loaded at start, previous dist/: ${startBytes(BASE)}`] : []),
  '',
  ...machineLines(facts),
];
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'startup.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
