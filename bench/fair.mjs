// `npm run bench:fair`: do many jobs that wait at the same time stay inside the account's
// DescribeStreamSummary budget (20 calls/s, shared by every job), survive its throttling, and still
// notice ACTIVE promptly?
//
// Starts kinesis-local with UpdateShardCount keeping a stream UPDATING for BENCH_FAIR_UPDATE_MS,
// behind the counting proxy (bench/proxy.mjs) with its token bucket on: DescribeStreamSummary gets
// BENCH_FAIR_RATE tokens/s (bucket capacity the same), and a call that finds no token is answered
// HTTP 400 LimitExceededException "Rate exceeded for stream NAME under account 000000000000." as AWS
// does. BENCH_FAIR_JOBS existing ACTIVE 1-shard streams are created directly (not through the proxy),
// then as many jobs of this action (dist/index.js on Node 24 via scripts/run-action.mjs) start at once,
// each declaring shard-count 2 with on-drift update for its own stream, so each scales its stream and
// waits through UPDATING while the others do the same. Prints a markdown report (also written to
// bench/results/fair.md; every job with its calls to bench/results/fair.json). Nothing but 127.0.0.1 is contacted; the emulator, the proxy and every child
// are stopped at the end (and on Ctrl-C).
//
// Environment variables (all optional):
//   BENCH_FAIR_JOBS        parallel jobs, one stream each                                (default 20)
//   BENCH_FAIR_UPDATE_MS   how long UpdateShardCount keeps a stream UPDATING, in ms      (default 20000)
//   BENCH_FAIR_RATE        DescribeStreamSummary calls/s per account (bucket refill and capacity) (default 20)
//
// Turned ACTIVE at = the moment the proxy forwarded the job's successful UpdateShardCount + BENCH_FAIR_UPDATE_MS.
// Lag = job exit − turned ACTIVE. Times in the rate timeline count from the moment the jobs were started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateStreamCommand } from '@aws-sdk/client-kinesis';
import { startKinesisLocal } from '../scripts/kinesis-local.mjs';
import {
  ACCOUNT,
  callMix,
  DIST,
  distFingerprint,
  distLine,
  errorGist,
  directDescriber,
  firstLines,
  intEnv,
  killLiveChildren,
  log,
  machineFacts,
  machineLines,
  maxOf,
  minOf,
  NODE24,
  percentile,
  REGION,
  requireDist,
  RESULTS,
  runActionTimed,
  sec,
  signedSec,
  sleep,
  stopOnSignal,
} from './lib.mjs';
import { startCountingProxy } from './proxy.mjs';

const JOBS = intEnv('BENCH_FAIR_JOBS', 20, 1);
const UPDATE_MS = intEnv('BENCH_FAIR_UPDATE_MS', 20_000, 0);
const RATE = intEnv('BENCH_FAIR_RATE', 20, 1);
/** The first seconds (all jobs starting: their first describes come together) are left out of the rate check. */
const SETTLE_MS = 5000;
/** A job that runs longer than this is killed and counted as failed. */
const CHILD_TIMEOUT_MS = UPDATE_MS + 180_000;
/** kinesis-local lets at most 5 streams be CREATING at once. */
const CREATE_BATCH = 5;
const DSS = 'DescribeStreamSummary';

async function main() {
  const wallStart = performance.now();
  requireDist();
  const facts = machineFacts();
  const distAtStart = distFingerprint();
  log(`Fairness: BENCH_FAIR_JOBS=${JOBS} BENCH_FAIR_UPDATE_MS=${UPDATE_MS} BENCH_FAIR_RATE=${RATE}`);
  log('Starting kinesis-local on 127.0.0.1 ...');
  const emulator = await startKinesisLocal({
    node: NODE24,
    updateMs: UPDATE_MS,
    // Each job leaves 3 shards behind (1 closed parent, 2 open children): lift the 50-shard default.
    env: { SHARD_LIMIT: '100000' },
  });
  let proxy;
  let direct;
  const cleanup = async () => {
    killLiveChildren();
    direct?.destroy();
    await proxy?.close();
    await emulator.stop();
  };
  const stopWatching = stopOnSignal('the emulator, the proxy and every job', cleanup);

  try {
    proxy = await startCountingProxy(emulator.endpoint, {
      // DescribeLimits: 1 call/s per account (AWS), so 20 jobs asking at once are mostly refused.
      throttle: [
        { operations: [DSS], capacity: RATE, refillPerSec: RATE, account: ACCOUNT },
        { operations: ['DescribeLimits'], capacity: 1, refillPerSec: 1, account: ACCOUNT, scope: 'account' },
      ],
    });
    log(`kinesis-local ${emulator.endpoint} (pid ${emulator.pid}), throttling proxy ${proxy.endpoint}`);
    // The bench's own view of the emulator, bypassing the proxy: never counted, never throttled.
    const view = directDescriber(emulator.endpoint);
    direct = view.client;
    const describeDirect = view.describe;

    // JOBS existing ACTIVE 1-shard streams, created CREATE_BATCH at a time.
    const streams = Array.from({ length: JOBS }, (_, i) => `fair-${String(i + 1).padStart(2, '0')}`);
    for (let i = 0; i < streams.length; i += CREATE_BATCH) {
      const batch = streams.slice(i, i + CREATE_BATCH);
      await Promise.all(batch.map((StreamName) => direct.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }))));
      const deadline = Date.now() + 60_000;
      for (const s of batch) {
        while ((await describeDirect(s)).StreamStatus !== 'ACTIVE') {
          if (Date.now() > deadline) throw new Error(`stream ${s} never turned ACTIVE`);
          await sleep(100);
        }
      }
    }
    log(`${JOBS} ACTIVE 1-shard streams ready; starting ${JOBS} jobs at once (shard-count 2, on-drift update) ...`);

    // All jobs at once, as parallel workflow jobs would.
    const t0 = performance.now();
    const results = await Promise.all(
      streams.map((stream) =>
        runActionTimed({
          script: DIST,
          inputs: { 'stream-name': stream, region: REGION, 'endpoint-url': proxy.endpoint, 'shard-count': '2', 'on-drift': 'update' },
          timeoutMs: CHILD_TIMEOUT_MS,
        }),
      ),
    );

    const jobs = [];
    for (const [i, stream] of streams.entries()) {
      const r = results[i];
      const truth = await describeDirect(stream);
      const ok =
        r.code === 0 &&
        truth.StreamStatus === 'ACTIVE' &&
        truth.OpenShardCount === 2 &&
        Boolean(r.outputs['stream-arn']) &&
        r.outputs['stream-arn'] === truth.StreamARN;
      const calls = proxy.calls.filter((x) => x.stream === stream);
      const update = calls.find((x) => x.operation === 'UpdateShardCount' && x.status === 200);
      const activeAt = update ? update.forwardedAt + UPDATE_MS : undefined;
      // A describe that reached the emulator after the nominal ACTIVE moment but still got UPDATING:
      // the emulator itself was late, and that part of the lag is not the job's.
      const late = calls
        .filter((x) => activeAt !== undefined && x.streamStatus === 'UPDATING' && x.forwardedAt > activeAt)
        .map((x) => x.forwardedAt - activeAt);
      const job = {
        stream,
        ok,
        code: r.timedOut ? 'timed out' : r.code,
        detail: ok
          ? ''
          : (r.errors.length ? firstLines(r.errors.join('\n')) : errorGist(r.stderr)) ||
            `ARN "${r.outputs['stream-arn']}" vs "${truth.StreamARN}", ${truth.StreamStatus ?? truth.error}, ${truth.OpenShardCount} open shards`,
        ms: r.exitAt - r.spawnAt,
        exitAt: r.exitAt,
        updateAt: update?.forwardedAt,
        lag: activeAt !== undefined ? r.exitAt - activeAt : undefined,
        calls,
        dss: calls.filter((x) => x.operation === DSS).length,
        throttled: calls.filter((x) => x.throttled && x.operation === DSS).length,
        emulatorLateMs: late.length ? Math.max(...late) : undefined,
      };
      jobs.push(job);
      log(
        `  ${stream}: ${sec(job.ms)}, lag ${signedSec(job.lag)}, ${calls.length} calls (${callMix(calls)}), ` +
          `${ok ? 'ok' : `FAILED exit ${job.code}: ${job.detail}`}`,
      );
    }

    const names = new Set(streams);
    const stray = proxy.calls.filter((x) => !names.has(x.stream)).length;
    const unanswered = proxy.calls.filter((x) => x.status === undefined).length;
    const wallMs = performance.now() - wallStart;
    const md = report({ facts, jobs, t0, calls: proxy.calls, stray, unanswered, wallMs, dist: distLine(distAtStart, distFingerprint()) });
    console.log(md);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'fair.md'), md + '\n');
    writeFileSync(join(RESULTS, 'fair.json'), JSON.stringify(rawResults(jobs, t0), null, 1) + '\n');
    log(`Written to bench/results/fair.md and fair.json (wall time ${(wallMs / 1000).toFixed(0)} s)`);
    return jobs.every((j) => j.ok) ? 0 : 1;
  } finally {
    await cleanup();
    stopWatching();
  }
}

// ---------------------------------------------------------------- rates

/** Most calls in any window [t, t + 1 s) with t in [from, to) (times sorted ascending). */
function maxPerSecond(times, from, to) {
  const v = times.filter((t) => t >= from && t < to);
  let best = 0;
  // The busiest window can be taken to start at a call.
  for (let i = 0, j = 0; i < v.length; i++) {
    while (j < v.length && v[j] < v[i] + 1000) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

/** Calls per second between from and to. */
function meanPerSecond(times, from, to) {
  if (to <= from) return undefined;
  return times.filter((t) => t >= from && t < to).length / ((to - from) / 1000);
}

/** Counts per whole second since t0, up to `to`. */
function bins(times, t0, to) {
  const n = Math.max(1, Math.ceil((to - t0) / 1000));
  const out = new Array(n).fill(0);
  for (const t of times) {
    const i = Math.floor((t - t0) / 1000);
    if (i >= 0 && i < n) out[i]++;
  }
  return out;
}

// ---------------------------------------------------------------- the report

/** Every job with its calls, times in ms since the jobs were started (for later analysis). */
function rawResults(jobs, t0) {
  const round = (x) => (x === undefined ? undefined : Math.round(x));
  return jobs.map((j) => ({
    stream: j.stream,
    ok: j.ok,
    code: j.code,
    ms: round(j.ms),
    exitAt: round(j.exitAt - t0),
    updateAt: round(j.updateAt === undefined ? undefined : j.updateAt - t0),
    lag: round(j.lag),
    calls: j.calls.map((x) => ({
      op: x.operation,
      at: round(x.receivedAt - t0),
      ...(x.answeredAt !== undefined && x.forwardedAt !== undefined ? { took: round(x.answeredAt - x.forwardedAt) } : {}),
      status: x.status,
      ...(x.throttled ? { throttled: true } : {}),
      ...(x.errorType ? { error: x.errorType } : {}),
      ...(x.streamStatus ? { streamStatus: x.streamStatus } : {}),
    })),
  }));
}

function report({ facts, jobs, t0, calls, stray, unanswered, wallMs, dist }) {
  const out = [];
  const verdict = (ok) => (ok ? 'yes' : 'NO');
  const end = maxOf(jobs.map((j) => j.exitAt));
  const dss = calls.filter((x) => x.operation === DSS);
  const received = dss.map((x) => x.receivedAt).sort((a, b) => a - b);
  const admitted = dss
    .filter((x) => !x.throttled)
    .map((x) => x.receivedAt)
    .sort((a, b) => a - b);
  const throttled = calls.filter((x) => x.throttled && x.operation === DSS);
  const limits = calls.filter((x) => x.operation === 'DescribeLimits');
  // While every job waits: from the last UpdateShardCount to the first job's exit.
  const updates = jobs.map((j) => j.updateAt).filter((x) => x !== undefined);
  const overlapFrom = updates.length ? maxOf(updates) : undefined;
  const overlapTo = minOf(jobs.map((j) => j.exitAt));
  const lags = jobs.map((j) => j.lag);
  const fmt = (x) => (x === undefined ? '—' : x.toFixed(1));

  out.push('# Ensure Kinesis Data Stream — parallel fairness', '');
  out.push(
    `${JOBS} jobs of this action (dist/index.js on Node 24, each its own process) started at once, each on its own existing ACTIVE ` +
      `1-shard stream, declaring shard-count 2 with on-drift update: each sends UpdateShardCount and waits while its stream is UPDATING ` +
      `for ${UPDATE_MS / 1000} s (kinesis-local UPDATE_SHARD_COUNT_DURATION), all at the same time. The proxy enforces ` +
      `${RATE} DescribeStreamSummary calls/s per account (token bucket, capacity ${RATE}, refill ${RATE}/s) and answers over-limit ` +
      'calls HTTP 400 LimitExceededException "Rate exceeded for stream NAME under account 000000000000.", as AWS does.',
    '',
  );

  out.push('## Summary', '');
  const ok = jobs.filter((j) => j.ok).length;
  out.push(`- All jobs succeeded (exit 0, stream ACTIVE with 2 open shards, right ARN): ${verdict(ok === jobs.length)} (${ok}/${jobs.length})`);
  out.push(
    `- Throttled answers (LimitExceededException from the bucket): ${throttled.length} of ${dss.length} DescribeStreamSummary calls; ` +
      `jobs throttled at least once: ${jobs.filter((j) => j.throttled > 0).length}; most in one job: ${maxOf(jobs.map((j) => j.throttled))}`,
  );
  out.push(
    `- DescribeLimits (the quota pre-check; AWS allows 1 call/s per account, the bucket too): ${limits.length} calls, ` +
      `${limits.filter((x) => x.throttled).length} refused by the bucket and not retried (the job skips the pre-check and goes on)`,
  );
  out.push(
    `- DescribeStreamSummary calls/s after the first ${SETTLE_MS / 1000} s (until the last job exited, ${fmt((end - t0) / 1000)} s): ` +
      `max over 1-s windows ${maxPerSecond(received, t0 + SETTLE_MS, end)} sent (${maxPerSecond(admitted, t0 + SETTLE_MS, end)} admitted), ` +
      `mean ${fmt(meanPerSecond(received, t0 + SETTLE_MS, end))} sent; budget ${RATE}/s: ` +
      `${verdict(maxPerSecond(received, t0 + SETTLE_MS, end) <= RATE)} within it`,
  );
  if (overlapFrom !== undefined && overlapFrom + SETTLE_MS < end) {
    // Job start-up can take longer than SETTLE_MS on a busy machine, and right after UpdateShardCount
    // every job polls densely at once: the steady state is what remains once that burst is over.
    const from = overlapFrom + SETTLE_MS;
    out.push(
      `- Steady state, from ${SETTLE_MS / 1000} s after the last UpdateShardCount (${fmt((from - t0) / 1000)} s) until the last exit: ` +
        `max over 1-s windows ${maxPerSecond(received, from, end)} sent (${maxPerSecond(admitted, from, end)} admitted), ` +
        `mean ${fmt(meanPerSecond(received, from, end))} sent, throttled ${throttled.filter((x) => x.receivedAt >= from).length}`,
    );
  }
  out.push(
    `- Whole run: ${dss.length} DescribeStreamSummary calls in ${fmt((end - t0) / 1000)} s, mean ${fmt(meanPerSecond(received, t0, end))}/s; ` +
      (overlapFrom !== undefined && overlapTo > overlapFrom
        ? `while all ${JOBS} jobs waited (last UpdateShardCount at ${fmt((overlapFrom - t0) / 1000)} s → first exit at ` +
          `${fmt((overlapTo - t0) / 1000)} s): mean ${fmt(meanPerSecond(received, overlapFrom, overlapTo))}/s, ` +
          `i.e. ${fmt(meanPerSecond(received, overlapFrom, overlapTo) / JOBS)}/s per job`
        : "the jobs' waits did not all overlap"),
  );
  out.push(
    `- UpdateShardCount sent between ${fmt((minOf(updates) - t0) / 1000)} s and ${fmt((maxOf(updates) - t0) / 1000)} s ` +
      `(process start-up of ${JOBS} jobs at once spreads them)`,
  );
  out.push(
    `- Lag after ACTIVE (job exit − (UpdateShardCount forwarded + ${UPDATE_MS / 1000} s)): p50 ${signedSec(percentile(lags, 50))}, ` +
      `p95 ${signedSec(percentile(lags, 95))}, max ${signedSec(percentile(lags, 100))} (min ${signedSec(percentile(lags, 0))})`,
  );
  out.push(`- API calls per job: ${minOf(jobs.map((j) => j.calls.length))}–${maxOf(jobs.map((j) => j.calls.length))}; all jobs: ${callMix(calls)}`);
  out.push('');

  out.push(`## DescribeStreamSummary per second since the jobs started`, '');
  const sent = bins(received, t0, end);
  const thr = bins(
    throttled.map((x) => x.receivedAt),
    t0,
    end,
  );
  // Ten seconds a row: second s of the row is the window [s, s + 1) since the jobs started.
  out.push('| seconds | sent, one number per second | of which throttled |');
  out.push('|---|---|---|');
  for (let i = 0; i < sent.length; i += 10) {
    out.push(`| ${i}–${Math.min(i + 10, sent.length) - 1} | ${sent.slice(i, i + 10).join(' ')} | ${thr.slice(i, i + 10).join(' ')} |`);
  }
  out.push('');

  out.push('## Jobs', '');
  out.push('| job | result | time | UpdateShardCount at | lag after ACTIVE | calls | DSS | throttled |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const j of jobs) {
    out.push(
      `| ${j.stream} | ${j.ok ? 'ok' : `**FAILED** (exit ${j.code}): ${j.detail.replace(/\|/g, '\\|')}`} | ${sec(j.ms)} | ` +
        `${j.updateAt === undefined ? '—' : sec(j.updateAt - t0)} | ${signedSec(j.lag)} | ${j.calls.length} | ${j.dss} | ${j.throttled} |`,
    );
  }
  out.push('');
  out.push(
    'Time: job spawn → exit. UpdateShardCount at: when the proxy forwarded it, since the jobs started. Calls: what the proxy saw ' +
      'for the job\'s stream, throttled answers included. "Sent" counts every DescribeStreamSummary that reached the proxy, ' +
      '"admitted" only those the bucket let through to the emulator.',
    '',
  );

  out.push('## Machine and notes', '');
  out.push(...machineLines(facts));
  out.push(dist);
  out.push(`- Wall time: ${(wallMs / 1000).toFixed(0)} s`);
  const late = jobs.filter((j) => j.emulatorLateMs !== undefined);
  if (late.length) {
    out.push(
      `- Emulator late: in ${late.length} job(s) a describe that reached the emulator after the nominal ACTIVE moment still got UPDATING ` +
        `(by up to ${sec(maxOf(late.map((j) => j.emulatorLateMs)))}): those lags include the emulator's own delay.`,
    );
  }
  const uscTook = calls.filter((x) => x.operation === 'UpdateShardCount' && x.status === 200).map((x) => x.answeredAt - x.forwardedAt);
  if (uscTook.length) {
    out.push(
      `- UpdateShardCount round trip through the proxy: median ${sec(percentile(uscTook, 50))}, max ${sec(maxOf(uscTook))} ` +
        '(the emulator starts the UPDATING time when it handles the call: a slow round trip makes lags look longer).',
    );
  }
  if (stray) out.push(`- Note: ${stray} proxied call(s) named no job's stream.`);
  if (unanswered) out.push(`- Note: ${unanswered} proxied call(s) never got an answer.`);
  if (ok !== jobs.length) out.push('', '**Some jobs failed: see the table and the log above.**');
  return out.join('\n');
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`Fairness bench failed: ${err?.stack ?? err}`);
  process.exitCode = 1;
}
