// `npm run bench:sweep`: how late does each way of "make sure a Kinesis stream exists and get its ARN"
// notice that a NEW stream turned ACTIVE, and with how many API calls, across creation lengths from
// 1 s to 60 s (real creations take seconds to about a minute)?
//
// For every creation length: one kinesis-local (CREATE_STREAM_DURATION = that length) behind its own
// counting proxy (bench/proxy.mjs), and every contender run once, all at the same time, each as its
// own child process on its own stream name (the proxy attributes calls by the stream they name).
// Lengths run concurrently too (BENCH_SWEEP_PARALLEL emulators at once, longest first), since a serial
// sweep would take over half an hour. Prints per-contender and per-length markdown tables and the
// issue #11 target check for this action (also written to bench/results/sweep.md; every run with its
// calls to bench/results/sweep.json).
// Nothing but 127.0.0.1 is contacted; every emulator, proxy and child is stopped at the end (and on Ctrl-C).
//
// Environment variables (all optional):
//   BENCH_SWEEP_MS           creation lengths in ms, comma-separated
//                            (default 1000,2000,4000,6000,8000,11000,14000,18000,23000,29000,36000,45000,60000)
//   BENCH_SWEEP_CONTENDERS   comma-separated subset of: action, sdk, notebook, cli   (default all; cli
//                            only if `aws` is on PATH and runs)
//   BENCH_SWEEP_PARALLEL     emulators (creation lengths) at once, ~200 MB each        (default 4)
//
// Turned ACTIVE at = the moment the proxy forwarded the contender's successful CreateStream + the length.
// Lag = child exit − turned ACTIVE. Waiting = child exit − CreateStream forwarded.
// On a busy machine the emulator itself can turn a stream ACTIVE late: from the nominal moment on, the
// bench probes each stream directly (not through the proxy, never counted) every PROBE_MS until it
// answers ACTIVE, and reports "emulator late" and the lag after that observed ACTIVE beside the lag.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStreamCommand, DescribeStreamCommand } from '@aws-sdk/client-kinesis';
import { startKinesisLocal } from '../scripts/kinesis-local.mjs';
import {
  callMix,
  CONTENDERS,
  DIST,
  distFingerprint,
  distLine,
  errorGist,
  directDescriber,
  findOnPath,
  firstLines,
  intEnv,
  isolatedEnv,
  killLiveChildren,
  log,
  machineFacts,
  machineLines,
  maxOf,
  NODE24,
  percentile,
  REGION,
  requireDist,
  RESULTS,
  runActionTimed,
  sec,
  signedSec,
  sleep,
  spawnTimed,
  stopOnSignal,
} from './lib.mjs';
import { startCountingProxy } from './proxy.mjs';

const DEFAULT_LENGTHS_MS = [1, 2, 4, 6, 8, 11, 14, 18, 23, 29, 36, 45, 60].map((s) => s * 1000);
const LENGTHS_MS = listEnv('BENCH_SWEEP_MS', DEFAULT_LENGTHS_MS);
const PARALLEL = intEnv('BENCH_SWEEP_PARALLEL', 4, 1);
/** Issue #11's target for this action applies to creations of this range. */
const TARGET = { fromMs: 6000, toMs: 40_000, lagMs: 1500, extraCalls: 6 };
/** A child that runs longer than its creation length + this is killed and its run counted as failed. */
const CHILD_SLACK_MS = 180_000;
/** Interval of the bench's own direct probe for the moment the emulator really shows ACTIVE. */
const PROBE_MS = 50;
/** Workers start this far apart, so that emulators and children do not all start at the same moment. */
const STAGGER_MS = 3000;

/** A comma list of whole numbers >= 1 (creation lengths in ms); exits 2 on a bad value. */
function listEnv(name, dflt) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return dflt;
  const xs = raw
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map(Number);
  if (xs.length === 0 || xs.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`${name} must be a comma list of whole numbers of ms >= 1, got "${raw}"`);
    process.exit(2);
  }
  return [...new Set(xs)].sort((a, b) => a - b);
}

// ---------------------------------------------------------------- the contenders

/**
 * key: the name BENCH_SWEEP_CONTENDERS uses. run(stream, endpoint, timeoutMs, home) → the child's
 * result with { code, arn, spawnAt, exitAt, detail }. The same four as `npm run bench`.
 */
const ALL_CONTENDERS = [
  {
    key: 'action',
    label: 'this action',
    run: async (stream, endpoint, timeoutMs) => {
      const r = await runActionTimed({ script: DIST, inputs: { 'stream-name': stream, region: REGION, 'endpoint-url': endpoint }, timeoutMs });
      return { ...r, arn: r.outputs['stream-arn'], detail: r.timedOut ? 'timed out' : r.errors.length ? firstLines(r.errors.join('\n')) : errorGist(r.stderr) };
    },
  },
  { key: 'sdk', label: 'SDK waitUntilStreamExists (defaults)', run: runWith(NODE24, [join(CONTENDERS, 'sdk-waiter.mjs')]) },
  { key: 'notebook', label: 'seed notebook loop (DSS + sleep 5 s)', run: runWith(NODE24, [join(CONTENDERS, 'notebook-loop.mjs')]) },
  { key: 'cli', label: 'AWS CLI (create + wait stream-exists)', needsAws: true, run: runWith('bash', [join(CONTENDERS, 'aws-cli.sh')]) },
];

/** A contender script that takes the stream name as its last argument and prints the ARN last. */
function runWith(cmd, args) {
  return async (stream, endpoint, timeoutMs, home) => {
    const r = await spawnTimed(cmd, [...args, stream], { env: isolatedEnv(home, { BENCH_ENDPOINT: endpoint }), cwd: home, timeoutMs });
    const arn = r.stdout.trim().split('\n').pop()?.trim();
    return { ...r, arn, detail: r.timedOut ? 'timed out' : errorGist(r.stderr) };
  };
}

/** `aws --version` in the isolated environment, or undefined when `aws` is missing or does not run. */
function awsCliVersion() {
  const path = findOnPath('aws');
  if (!path) return undefined;
  const home = mkdtempSync(join(tmpdir(), 'eks-bench-'));
  try {
    const v = execFileSync('aws', ['--version'], { env: isolatedEnv(home), encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return `${v} (${path})`;
  } catch (err) {
    log(`aws is on PATH (${path}) but \`aws --version\` failed: ${firstLines(err.stderr ?? err.message)}`);
    return undefined;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** The contenders to run, from BENCH_SWEEP_CONTENDERS (exits 2 on an unknown key), and notes. */
function chooseContenders(awsVersion) {
  const raw = process.env.BENCH_SWEEP_CONTENDERS;
  const keys = ALL_CONTENDERS.map((c) => c.key);
  const wanted =
    raw && raw.trim()
      ? raw
          .split(',')
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean)
      : keys;
  const unknown = wanted.filter((k) => !keys.includes(k));
  if (unknown.length || wanted.length === 0) {
    console.error(`BENCH_SWEEP_CONTENDERS must be a comma list of ${keys.join(', ')}; got "${raw}"`);
    process.exit(2);
  }
  const notes = [];
  const chosen = ALL_CONTENDERS.filter((c) => wanted.includes(c.key)).filter((c) => {
    if (c.needsAws && !awsVersion) {
      notes.push('AWS CLI: skipped (`aws` is not on PATH or does not run).');
      return false;
    }
    return true;
  });
  if (chosen.length === 0) {
    console.error('No contender left to run.');
    process.exit(2);
  }
  return { chosen, notes };
}

// ---------------------------------------------------------------- emulators, proxies and cleanup

/** Everything that must be stopped on the way out: emulators and proxies that are running now. */
const running = { emulators: new Set(), proxies: new Set() };
let stopping = false;

async function stopAll() {
  stopping = true;
  killLiveChildren();
  await Promise.all([...running.proxies].map((p) => p.close()));
  await Promise.all([...running.emulators].map((e) => e.stop()));
  running.proxies.clear();
  running.emulators.clear();
}

/**
 * kinesis-local with this creation length behind a fresh counting proxy, a direct client for the
 * bench's own view (bypassing the proxy, so it never counts as a contender call), and stop().
 */
async function startBackend(createMs) {
  if (stopping) throw new Error('stopping');
  const emulator = await startKinesisLocal({ createMs, node: NODE24 });
  running.emulators.add(emulator);
  let proxy;
  try {
    if (stopping) throw new Error('stopping');
    proxy = await startCountingProxy(emulator.endpoint);
    running.proxies.add(proxy);
  } catch (err) {
    running.emulators.delete(emulator);
    await emulator.stop();
    throw err;
  }
  const { client: direct, describe: describeDirect } = directDescriber(emulator.endpoint);
  // A fresh emulator answers its first calls slowly (cold code; seconds on a busy machine). It starts a
  // stream's CREATING time when it handles CreateStream, not when the proxy forwards it: warm it up so
  // that the contenders' CreateStream is handled at once and "forwarded + length" is when it turns ACTIVE.
  const stop = async () => {
    direct.destroy();
    running.proxies.delete(proxy);
    running.emulators.delete(emulator);
    await proxy.close();
    await emulator.stop();
  };
  try {
    for (let i = 0; i < 5 && !stopping; i++) {
      await describeDirect('sweep-warm-up-none');
      await direct.send(new DescribeStreamCommand({ StreamName: 'sweep-warm-up-none' })).catch(() => undefined);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { emulator, proxy, direct, describeDirect, stop };
}

// ---------------------------------------------------------------- the sweep

/** Fresh HOME directories for the children, removed at the end (also on Ctrl-C). */
const homes = [];
function freshHome() {
  const h = mkdtempSync(join(tmpdir(), 'eks-bench-'));
  homes.push(h);
  return h;
}
function removeHomes() {
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
}

/**
 * One unmeasured run of every contender on an EXISTING ACTIVE stream (page cache, compile caches,
 * .pyc files), which also shows early that every contender works before minutes are spent.
 */
async function warmUp(contenders) {
  const b = await startBackend(300);
  try {
    const stream = 'sweep-warm';
    await b.direct.send(new CreateStreamCommand({ StreamName: stream, ShardCount: 1 }));
    const deadline = Date.now() + 60_000;
    while ((await b.describeDirect(stream)).StreamStatus !== 'ACTIVE') {
      if (Date.now() > deadline) throw new Error('the warm-up stream never turned ACTIVE');
      await sleep(100);
    }
    const truth = await b.describeDirect(stream);
    await Promise.all(
      contenders.map(async (c) => {
        const r = await c.run(stream, b.proxy.endpoint, CHILD_SLACK_MS, freshHome());
        if (r.code !== 0 || r.arn !== truth.StreamARN) log(`  warm-up: ${c.label} failed (exit ${r.code}): ${r.detail || `ARN "${r.arn}"`}`);
      }),
    );
  } finally {
    await b.stop();
  }
}

/**
 * When the emulator really shows the stream ACTIVE: once the contender's CreateStream has gone through,
 * from the nominal ACTIVE moment on, a direct DescribeStreamSummary every PROBE_MS until it answers
 * ACTIVE (bypassing the proxy). Returns the send time of that first ACTIVE probe (so the stream turned
 * ACTIVE at most PROBE_MS + one call earlier), or undefined when there was no CreateStream.
 */
async function probeActive(b, stream, createMs, childDone) {
  let create;
  for (;;) {
    create = b.proxy.calls.find((x) => x.stream === stream && x.operation === 'CreateStream' && x.status === 200);
    if (create || childDone() || stopping) break;
    await sleep(100);
  }
  if (!create) return undefined;
  await sleep(create.forwardedAt + createMs - performance.now());
  const giveUpAt = performance.now() + CHILD_SLACK_MS;
  while (!stopping && performance.now() < giveUpAt) {
    const sentAt = performance.now();
    if ((await b.describeDirect(stream)).StreamStatus === 'ACTIVE') return sentAt;
    await sleep(PROBE_MS);
  }
  return undefined;
}

/** One creation length: every contender once, concurrently, each on its own new stream. */
async function measureLength(createMs, contenders) {
  const b = await startBackend(createMs);
  try {
    if (stopping) throw new Error('stopping');
    const runs = await Promise.all(
      contenders.map(async (c) => {
        const stream = `sweep-${createMs}-${c.key}`;
        let childDone = false;
        const probe = probeActive(b, stream, createMs, () => childDone);
        const r = await c.run(stream, b.proxy.endpoint, createMs + CHILD_SLACK_MS, freshHome()).finally(() => (childDone = true));
        const observedActiveAt = await probe;
        const truth = await b.describeDirect(stream);
        const ok = r.code === 0 && truth.StreamStatus === 'ACTIVE' && Boolean(r.arn) && r.arn === truth.StreamARN;
        // Every call this child made names its stream (by name or by ARN).
        const calls = b.proxy.calls.filter((x) => x.stream === stream);
        const create = calls.find((x) => x.operation === 'CreateStream' && x.status === 200);
        const activeAt = create ? create.forwardedAt + createMs : undefined;
        // A describe that reached the emulator after the nominal ACTIVE moment but still answered
        // CREATING means the emulator itself was late (e.g. a busy machine): that part of the lag is not
        // the contender's.
        const late = calls
          .filter((x) => activeAt !== undefined && x.streamStatus === 'CREATING' && x.forwardedAt > activeAt)
          .map((x) => x.forwardedAt - activeAt);
        const run = {
          contender: c.key,
          createMs,
          stream,
          ok,
          code: r.code,
          detail: ok ? '' : r.detail || `ARN "${r.arn}" vs "${truth.StreamARN}"`,
          ms: r.exitAt - r.spawnAt,
          lag: activeAt !== undefined ? r.exitAt - activeAt : undefined,
          // How late the emulator itself was, and the lag counted from when it really showed ACTIVE.
          emulatorLateMs: activeAt !== undefined && observedActiveAt !== undefined ? Math.max(0, observedActiveAt - activeAt) : undefined,
          lagObserved: observedActiveAt !== undefined ? r.exitAt - Math.max(observedActiveAt, activeAt) : undefined,
          waitMs: create ? r.exitAt - create.forwardedAt : undefined,
          calls,
          dss: calls.filter((x) => x.operation === 'DescribeStreamSummary').length,
          ds: calls.filter((x) => x.operation === 'DescribeStream').length,
          // Seen by the contender itself: a describe forwarded after the nominal moment answered CREATING.
          contenderSawLateMs: late.length ? Math.max(...late) : undefined,
        };
        if (!stopping) {
          log(
            `  ${createMs / 1000} s ${c.label}: ${sec(run.ms)}, lag ${signedSec(run.lag)} (emulator late ${sec(run.emulatorLateMs)}), ` +
              `${calls.length} calls (${callMix(calls)}), ` +
              `${ok ? 'ARN ok' : `FAILED exit ${r.code}: ${run.detail}`}`,
          );
        }
        return run;
      }),
    );
    const names = new Set(runs.map((r) => r.stream));
    const stray = b.proxy.calls.filter((x) => !names.has(x.stream)).length;
    const unanswered = b.proxy.calls.filter((x) => x.status === undefined).length;
    return { createMs, runs, stray, unanswered };
  } finally {
    await b.stop();
  }
}

/** Runs `jobs` (functions returning promises) with at most `limit` at once, in the order given; the first `limit` start STAGGER_MS apart. */
async function pool(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async (_, w) => {
    await sleep(w * STAGGER_MS);
    while (!stopping && next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

async function main() {
  const wallStart = performance.now();
  const facts = machineFacts();
  const distAtStart = distFingerprint();
  const wantsCli = !process.env.BENCH_SWEEP_CONTENDERS?.trim() || /(^|,)\s*cli\s*(,|$)/i.test(process.env.BENCH_SWEEP_CONTENDERS);
  const awsVersion = wantsCli ? awsCliVersion() : undefined;
  const { chosen, notes } = chooseContenders(awsVersion);
  if (chosen.some((c) => c.key === 'action')) requireDist();

  const stopWatching = stopOnSignal('every emulator, proxy and child', () => stopAll().finally(removeHomes));

  try {
    log(
      `Sweep: creation lengths ${LENGTHS_MS.map((m) => m / 1000).join(', ')} s; contenders ${chosen.map((c) => c.key).join(', ')}; ` +
        `BENCH_SWEEP_PARALLEL=${PARALLEL}`,
    );
    log('Warm-up (one unmeasured run of each contender on an existing stream) ...');
    await warmUp(chosen);
    // Longest first: the longest lengths decide the wall time, the short ones fill the gaps.
    const order = [...LENGTHS_MS].sort((a, b) => b - a);
    const lengths = await pool(
      order.map(
        (ms) => () =>
          measureLength(ms, chosen).catch((err) => {
            // An emulator that does not start costs one length, not the sweep.
            if (!stopping) log(`  ${sec(ms)} creation: not measured: ${err?.message ?? err}`);
            return { createMs: ms, runs: [], stray: 0, unanswered: 0, error: String(err?.message ?? err) };
          }),
      ),
      PARALLEL,
    );
    lengths.sort((a, b) => a.createMs - b.createMs);
    for (const l of lengths) {
      if (l.error) notes.push(`${sec(l.createMs)} creation: not measured (${firstLines(l.error, 1)}).`);
      if (l.stray) notes.push(`${sec(l.createMs)} creation: ${l.stray} proxied call(s) named no contender's stream (not attributed).`);
      if (l.unanswered) notes.push(`${sec(l.createMs)} creation: ${l.unanswered} proxied call(s) never got an answer.`);
    }
    const wallMs = performance.now() - wallStart;
    const dist = chosen.some((c) => c.key === 'action') ? distLine(distAtStart, distFingerprint()) : '- dist/: not used (this action not measured)';
    const md = report({ facts, awsVersion, contenders: chosen, lengths, notes, wallMs, dist });
    console.log(md);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'sweep.md'), md + '\n');
    writeFileSync(join(RESULTS, 'sweep.json'), JSON.stringify(rawResults(lengths), null, 1) + '\n');
    log(`Written to bench/results/sweep.md and sweep.json (wall time ${(wallMs / 1000).toFixed(0)} s)`);
    return lengths.every((l) => !l.error && l.runs.every((r) => r.ok)) ? 0 : 1;
  } finally {
    await stopAll();
    removeHomes();
    stopWatching();
  }
}

// ---------------------------------------------------------------- the report

/** Every run with its calls, times in ms since its CreateStream was forwarded (for later analysis). */
function rawResults(lengths) {
  const round = (x) => (x === undefined ? undefined : Math.round(x));
  return lengths.flatMap((l) =>
    l.runs.map((r) => {
      const t0 = r.calls.find((x) => x.operation === 'CreateStream' && x.status === 200)?.forwardedAt ?? 0;
      return {
        createMs: r.createMs,
        contender: r.contender,
        ok: r.ok,
        code: r.code,
        ms: round(r.ms),
        lag: round(r.lag),
        lagObserved: round(r.lagObserved),
        emulatorLateMs: round(r.emulatorLateMs),
        waitMs: round(r.waitMs),
        calls: r.calls.map((x) => ({
          op: x.operation,
          at: round(x.receivedAt - t0),
          ...(x.answeredAt !== undefined && x.forwardedAt !== undefined ? { took: round(x.answeredAt - x.forwardedAt) } : {}),
          status: x.status,
          ...(x.errorType ? { error: x.errorType } : {}),
          ...(x.streamStatus ? { streamStatus: x.streamStatus } : {}),
        })),
      };
    }),
  );
}

/** Issue #11's target for one run of this action, or undefined outside 6–40 s. */
function targetOf(run) {
  if (run.contender !== 'action' || run.createMs < TARGET.fromMs || run.createMs > TARGET.toMs) return undefined;
  // The issue counts DescribeStreamSummary calls (the polling); CreateStream is the one call besides.
  const maxCalls = run.createMs / 1000 + TARGET.extraCalls;
  const dss = run.calls.filter((c) => c.operation === 'DescribeStreamSummary').length;
  const pass = run.ok && run.lag !== undefined && run.lag <= TARGET.lagMs && dss <= maxCalls;
  return { pass, maxCalls };
}

const rate = (n, ms) => (ms > 0 ? (n / (ms / 1000)).toFixed(2) : '—');

function report({ facts, awsVersion, contenders, lengths, notes, wallMs, dist }) {
  const out = [];
  const all = lengths.flatMap((l) => l.runs);
  const totalCreateMs = LENGTHS_MS.reduce((a, b) => a + b, 0);
  out.push('# Ensure Kinesis Data Stream — creation-length sweep', '');
  out.push(
    `Creation lengths: ${LENGTHS_MS.map((m) => m / 1000).join(', ')} s (${LENGTHS_MS.length} value${LENGTHS_MS.length === 1 ? '' : 's'}). ` +
      `For each length, one kinesis-local ` +
      `(CREATE_STREAM_DURATION = the length) behind its own counting proxy, and one run of every contender for a NEW stream, ` +
      `all at the same time on distinct stream names (the proxy attributes calls by stream); ${PARALLEL} lengths at once ` +
      `(BENCH_SWEEP_PARALLEL), longest first. Each run is a fresh child process on Node 24, after one unmeasured warm-up run per contender.`,
    '',
  );

  out.push('## Per contender', '');
  out.push(
    '| contender | runs ok | lag p50 | lag p95 | lag max | after observed ACTIVE: p50 / p95 / max | calls per creation-second | ' +
      'DSS per second of waiting | DS per second of waiting | calls (all lengths) |',
  );
  out.push('|---|---:|---|---|---|---|---:|---:|---:|---|');
  for (const c of contenders) {
    const runs = all.filter((r) => r.contender === c.key);
    const lags = runs.map((r) => r.lag);
    const observed = runs.map((r) => r.lagObserved);
    const calls = runs.flatMap((r) => r.calls);
    const waitMs = runs.reduce((a, r) => a + (r.waitMs ?? 0), 0);
    out.push(
      `| ${c.label} | ${runs.filter((r) => r.ok).length}/${runs.length} | ${signedSec(percentile(lags, 50))} | ${signedSec(percentile(lags, 95))} | ` +
        `${signedSec(percentile(lags, 100))} | ${[50, 95, 100].map((p) => signedSec(percentile(observed, p))).join(' / ')} | ` +
        `${rate(calls.length, totalCreateMs)} | ${rate(
          runs.reduce((a, r) => a + r.dss, 0),
          waitMs,
        )} | ` +
        `${rate(
          runs.reduce((a, r) => a + r.ds, 0),
          waitMs,
        )} | ${callMix(calls)} |`,
    );
  }
  out.push('');
  out.push(
    'Lag: child exit − (moment the proxy forwarded the successful CreateStream + the creation length); p50/p95 interpolate ' +
      "between the runs' values. After observed ACTIVE: the same lag counted from the moment the bench's own direct probe first " +
      'saw the stream ACTIVE, when that was later than the nominal moment (the emulator was late). ' +
      'Calls per creation-second: all API calls of the contender ÷ the sum of the creation lengths ' +
      `(${(totalCreateMs / 1000).toFixed(0)} s). DSS / DS per second of waiting: DescribeStreamSummary / DescribeStream calls ÷ ` +
      'the time waited (child exit − CreateStream forwarded, summed over the runs). Kinesis allows DescribeStreamSummary 20 calls/s ' +
      'and DescribeStream 10 calls/s per account, shared by every job.',
    '',
  );

  out.push('## Per creation length', '');
  const head = contenders.map((c) => c.label);
  const withAction = contenders.some((c) => c.key === 'action');
  out.push(`| creation | emulator late (max) | ${head.join(' | ')} |${withAction ? ' this action vs target (6–40 s) |' : ''}`);
  out.push(`|---:|---:|${head.map(() => '---|').join('')}${withAction ? '---|' : ''}`);
  for (const l of lengths) {
    const cells = contenders.map((c) => {
      const r = l.runs.find((x) => x.contender === c.key);
      if (!r) return '—';
      const mix = r.ds ? `${r.dss} DSS, ${r.ds} DS` : `${r.dss} DSS`;
      return `${signedSec(r.lag)} · ${r.calls.length} calls (${mix})${r.ok ? '' : ` **FAILED** (exit ${r.code})`}`;
    });
    const a = l.runs.find((x) => x.contender === 'action');
    const t = a && targetOf(a);
    const verdict = !a ? '—' : !t ? 'n/a' : `${t.pass ? 'PASS' : 'FAIL'} (≤ +1.500 s, ≤ ${t.maxCalls} calls)`;
    const last = withAction ? ` ${verdict} |` : '';
    const late = l.runs.map((x) => x.emulatorLateMs).filter((x) => x !== undefined);
    out.push(`| ${l.createMs / 1000} s | ${late.length ? sec(maxOf(late)) : '—'} | ${cells.join(' | ')} |${last}`);
  }
  out.push('');
  out.push(
    'Each cell: lag after ACTIVE · API calls of the run (DSS = DescribeStreamSummary, DS = DescribeStream). Emulator late: how long ' +
      "after the nominal moment the bench's direct probe first saw ACTIVE (the most over the length's streams; probe every " +
      `${PROBE_MS} ms). Target: lag ≤ +1.5 s and DescribeStreamSummary calls ≤ creation seconds + 6.`,
    '',
  );

  out.push('## Target check (informational)', '');
  const checked = all.map((r) => ({ r, t: targetOf(r) })).filter((x) => x.t);
  if (!contenders.some((c) => c.key === 'action')) {
    out.push('- this action: not measured (BENCH_SWEEP_CONTENDERS)');
  } else if (checked.length === 0) {
    out.push('- no creation length in 6–40 s was measured');
  } else {
    const passed = checked.filter((x) => x.t.pass).length;
    out.push(
      `- ${passed === checked.length ? 'PASS' : 'FAIL'} this action, creations of 6–40 s: ARN within 1.5 s after the creation ends (child exit, ` +
        `start-up included) and at most (1 DescribeStreamSummary per second of creation + 6) in ${passed}/${checked.length} runs`,
    );
    for (const { r, t } of checked.filter((x) => !x.t.pass)) {
      const why = [];
      if (!r.ok) why.push(`run failed (exit ${r.code})`);
      if (r.lag === undefined || r.lag > TARGET.lagMs) {
        why.push(`lag ${signedSec(r.lag)}`);
        if (r.emulatorLateMs > 0) why.push(`of which the emulator was late ${sec(r.emulatorLateMs)} (lag after observed ACTIVE ${signedSec(r.lagObserved)})`);
      }
      const dss = r.calls.filter((x) => x.operation === 'DescribeStreamSummary').length;
      if (dss > t.maxCalls) why.push(`${dss} DescribeStreamSummary calls > ${t.maxCalls}`);
      out.push(`  - ${r.createMs / 1000} s: ${why.join(', ')} (${callMix(r.calls)})`);
    }
  }
  out.push('');

  out.push('## Machine and notes', '');
  out.push(...machineLines(facts));
  out.push(dist);
  out.push(`- AWS CLI: ${awsVersion ?? 'not measured'}`);
  out.push(`- Wall time of the sweep: ${(wallMs / 1000).toFixed(0)} s`);
  const late = all.map((r) => r.emulatorLateMs).filter((x) => x !== undefined);
  if (late.length) {
    out.push(
      `- Emulator late (direct probe): median ${sec(percentile(late, 50))}, max ${sec(maxOf(late))} over ${late.length} streams; ` +
        `${late.filter((x) => x > 250).length} stream(s) more than 0.25 s late (the probe itself adds up to ~0.1 s). The lag columns include it` +
        (late.some((x) => x > 250) ? ': on a machine this busy they are pessimistic (lower BENCH_SWEEP_PARALLEL or stop other work).' : '.'),
    );
  }
  const csTook = all
    .map((r) => r.calls.find((x) => x.operation === 'CreateStream' && x.status === 200))
    .filter((x) => x?.answeredAt !== undefined)
    .map((x) => x.answeredAt - x.forwardedAt);
  if (csTook.length) {
    out.push(
      `- CreateStream round trip through the proxy: median ${sec(percentile(csTook, 50))}, max ${sec(maxOf(csTook))} ` +
        '(the emulator starts the creation time when it handles the call: a slow round trip shows up as "emulator late").',
    );
  }
  const sawLate = all.filter((r) => r.contenderSawLateMs !== undefined);
  if (sawLate.length) {
    out.push(
      `- In ${sawLate.length} run(s) the contender itself got CREATING from a describe that reached the emulator after the nominal ` +
        `ACTIVE moment (by up to ${sec(maxOf(sawLate.map((r) => r.contenderSawLateMs)))}).`,
    );
  }
  for (const n of notes) out.push(`- Note: ${n}`);
  const failed = all.filter((r) => !r.ok);
  if (failed.length) {
    out.push('', `**${failed.length} run(s) failed:** ${failed.map((r) => `${r.createMs / 1000} s ${r.contender}: exit ${r.code} ${r.detail}`).join('; ')}`);
  }
  return out.join('\n');
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`Sweep failed: ${err?.stack ?? err}`);
  process.exitCode = 1;
}
