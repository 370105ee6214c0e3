// `npm run bench:slots`: many jobs, one account, five creation slots. N jobs of this action start at
// once, each creating its own stream, against an endpoint on 127.0.0.1 that keeps AWS's account rules
// exactly (kinesis-local's own limit is not faithful: it let more than 5 be CREATING at once):
//   - at most 5 streams CREATING or DELETING; CreateStream beyond that gets LimitExceededException with
//     AWS's text ("…simultaneously be in CREATING or DELETING…", __fixtures__/aws-answers.ts);
//   - CreateStream 5 calls/s, ListStreams 5 calls/s, DescribeStreamSummary 20 calls/s per account (token
//     buckets; an empty one answers LimitExceededException "Rate exceeded for account …");
//   - a stream is CREATING for exactly D ms, then ACTIVE; ListStreams answers StreamSummaries as AWS does.
// It reports the makespan (first spawn → last exit) against the ideal ceil(N/5) × D, the CreateStream
// calls (refused for a slot, throttled), the peak CreateStream arrivals in any 1-s window, and the most
// slot refusals any job had per wave. BENCH_SLOTS_BASE=<dir with an older dist/index.js> runs that build
// the same way, right after, for a side-by-side table.
//
//   BENCH_SLOTS_CASES  "15x8,20x20" (jobs x seconds; default "15x8,20x20,40x30")
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { DIST, killLiveChildren, log, machineFacts, machineLines, RESULTS, requireDist, runActionTimed, stopOnSignal } from './lib.mjs';

const ACCOUNT = '000000000000';
const SLOT_TEXT =
  'This request would have exceed the limit on the number  of streams that can simultaneously be in CREATING or DELETING for the account ' +
  `${ACCOUNT}. Limit: 5.`;
const RATE_TEXT = `Rate exceeded for account ${ACCOUNT}.`;

function bucket(perSec) {
  let tokens = perSec;
  let at = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(perSec, tokens + ((now - at) / 1000) * perSec);
    at = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/** The account as AWS keeps it, for the calls a creation makes. */
async function startAccount(createMs) {
  const streams = new Map();
  const calls = [];
  const limits = { CreateStream: bucket(5), ListStreams: bucket(5), DescribeStreamSummary: bucket(20) };
  const statusOf = (s) => (performance.now() - s.createdAt >= createMs ? 'ACTIVE' : 'CREATING');
  const arn = (name) => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;
  const server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : {};
    const op = String(req.headers['x-amz-target'] ?? '')
      .split('.')
      .pop();
    const call = { op, at: performance.now(), stream: body.StreamName, outcome: 'ok' };
    calls.push(call);
    const answer = (status, value) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(value));
    };
    const fail = (type, message, outcome) => {
      call.outcome = outcome;
      answer(400, { __type: type, message });
    };
    if (limits[op] && !limits[op]()) return fail('LimitExceededException', RATE_TEXT, 'throttled');
    const s = streams.get(
      body.StreamName ??
        String(body.StreamARN ?? '')
          .split('/')
          .pop(),
    );
    switch (op) {
      case 'CreateStream': {
        if (s) return fail('ResourceInUseException', `Stream ${body.StreamName} under account ${ACCOUNT} already exists.`, 'in-use');
        const busy = [...streams.values()].filter((x) => statusOf(x) === 'CREATING').length;
        if (busy >= 5) return fail('LimitExceededException', SLOT_TEXT, 'slot');
        streams.set(body.StreamName, { name: body.StreamName, createdAt: performance.now(), wall: Date.now() });
        return answer(200, {});
      }
      case 'DescribeStreamSummary':
        if (!s) return fail('ResourceNotFoundException', `Stream ${body.StreamName} under account ${ACCOUNT} not found.`, 'not-found');
        return answer(200, {
          StreamDescriptionSummary: {
            StreamName: s.name,
            StreamARN: arn(s.name),
            StreamStatus: statusOf(s),
            StreamModeDetails: { StreamMode: 'PROVISIONED' },
            RetentionPeriodHours: 24,
            StreamCreationTimestamp: s.wall / 1000,
            EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
            EncryptionType: 'NONE',
            OpenShardCount: 1,
            ConsumerCount: 0,
          },
        });
      case 'ListShards':
        if (!s || statusOf(s) !== 'ACTIVE') return fail('ResourceNotFoundException', 'Stream not found', 'not-found');
        return answer(200, { Shards: [{ ShardId: 'shardId-000000000000', HashKeyRange: { StartingHashKey: '0', EndingHashKey: '1' } }] });
      case 'ListStreams': {
        const all = [...streams.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
        return answer(200, {
          StreamNames: all.map((x) => x.name),
          StreamSummaries: all.map((x) => ({
            StreamName: x.name,
            StreamARN: arn(x.name),
            StreamStatus: statusOf(x),
            StreamModeDetails: { StreamMode: 'PROVISIONED' },
            StreamCreationTimestamp: x.wall / 1000,
          })),
          HasMoreStreams: false,
        });
      }
      case 'DescribeLimits':
        return answer(200, { ShardLimit: 10000, OpenShardCount: streams.size, OnDemandStreamCount: 0, OnDemandStreamCountLimit: 50 });
      default:
        return answer(200, {});
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { endpoint: `http://127.0.0.1:${server.address().port}`, calls, close: () => new Promise((r) => server.close(r)) };
}

/** The most arrivals within any 1000 ms (times sorted). */
function peakPerSecond(times) {
  let peak = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

function lastJobCalls(creates, started) {
  const last = creates.filter((c) => c.outcome === 'ok').sort((a, b) => b.at - a.at)[0];
  return creates.filter((c) => c.stream === last?.stream).map((c) => `${((c.at - started) / 1000).toFixed(2)} ${c.outcome}`);
}

async function runCase(script, label, jobs, seconds) {
  const account = await startAccount(seconds * 1000);
  const started = performance.now();
  const runs = await Promise.all(
    Array.from({ length: jobs }, (_, i) =>
      runActionTimed({
        script,
        inputs: { 'stream-name': `slots-${i}`, 'shard-count': '1', region: 'us-east-1', 'endpoint-url': account.endpoint, 'timeout-seconds': '900' },
        timeoutMs: 1_200_000,
      }),
    ),
  );
  await account.close();
  const makespan = Math.max(...runs.map((r) => r.exitAt)) - started;
  const waves = Math.ceil(jobs / 5);
  const ideal = waves * seconds * 1000;
  const creates = account.calls.filter((c) => c.op === 'CreateStream');
  const times = creates.map((c) => c.at).sort((a, b) => a - b);
  const peak = peakPerSecond(times);
  // The same after the first CreateStream burst (every job's first call, sent before it can know the others): from 2 s after it.
  const peakAfterStart = peakPerSecond(times.filter((t) => t >= (times[0] ?? 0) + 2000));
  const refusedBy = new Map();
  for (const c of creates.filter((x) => x.outcome === 'slot')) refusedBy.set(c.stream, (refusedBy.get(c.stream) ?? 0) + 1);
  const failed = runs.filter((r) => r.code !== 0).length;
  const row = {
    label,
    jobs,
    seconds,
    makespanS: makespan / 1000,
    idealS: ideal / 1000,
    ratio: makespan / ideal,
    creates: creates.length,
    slotRefused: creates.filter((c) => c.outcome === 'slot').length,
    throttled: creates.filter((c) => c.outcome === 'throttled').length,
    peak,
    peakAfterStart,
    maxRefusedPerJobPerWave: Math.max(0, ...refusedBy.values()) / waves,
    listStreams: account.calls.filter((c) => c.op === 'ListStreams').length,
    listThrottled: account.calls.filter((c) => c.op === 'ListStreams' && c.outcome === 'throttled').length,
    describes: account.calls.filter((c) => c.op === 'DescribeStreamSummary').length,
    failed,
    /** When each CreateStream was accepted and each job exited, in s from the start: where the time went. */
    accepted: creates
      .filter((c) => c.outcome === 'ok')
      .map((c) => +((c.at - started) / 1000).toFixed(2))
      .sort((a, b) => a - b),
    exits: runs.map((r) => +((r.exitAt - started) / 1000).toFixed(2)).sort((a, b) => a - b),
    /** The CreateStream calls of the job accepted last (it sets the makespan): s from the start, and how each ended. */
    lastJob: lastJobCalls(creates, started),
  };
  log(
    `${label} ${jobs}×${seconds}s: makespan ${row.makespanS.toFixed(1)} s (×${row.ratio.toFixed(2)}), ` +
      `CreateStream ${row.creates} (${row.slotRefused} refused), peak ${peak}/s`,
  );
  return row;
}

requireDist();
stopOnSignal('bench:slots', killLiveChildren);
const cases = (process.env.BENCH_SLOTS_CASES ?? '15x8,20x20,40x30').split(',').map((c) => c.split('x').map(Number));
const builds = [['this dist', DIST], ...(process.env.BENCH_SLOTS_BASE ? [['base dist', join(process.env.BENCH_SLOTS_BASE, 'index.js')]] : [])];
const rows = [];
for (const [jobs, seconds] of cases) for (const [label, script] of builds) rows.push(await runCase(script, label, jobs, seconds));
const table = [
  '| build | N × D | makespan | ideal | ratio | CreateStream (slot-refused, throttled) | peak CreateStream /1 s (after the first burst) | ' +
    'max refused per job per wave | ListStreams (throttled) | DescribeStreamSummary | failed jobs |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.jobs} × ${r.seconds} s | ${r.makespanS.toFixed(1)} s | ${r.idealS} s | ${r.ratio.toFixed(2)} | ` +
      `${r.creates} (${r.slotRefused}, ${r.throttled}) | ` +
      `${r.peak} (${r.peakAfterStart}) | ${r.maxRefusedPerJobPerWave.toFixed(2)} | ` +
      `${r.listStreams} (${r.listThrottled}) | ${r.describes} | ${r.failed} |`,
  ),
];
const report = ['# bench:slots', '', ...machineLines(machineFacts()), '', ...table, ''].join('\n');
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'slots.md'), report);
writeFileSync(join(RESULTS, 'slots.json'), JSON.stringify(rows, null, 2));
console.log(report);
