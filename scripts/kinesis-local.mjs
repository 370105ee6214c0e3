// Starts kinesis-local (the kinesis-mock engine, pure JS) on 127.0.0.1 ports that the OS picks, and
// stops it by pid. Shared by the emulator and runner-level tests, `npm run demo` and `npm run bench`.
//
// The preload (bind-loopback.cjs) binds it to 127.0.0.1, on port 0, and reports on fd 3 which ports
// it got once its servers listen: readiness is this process's own word, not a connect to a port that
// another process could have taken meanwhile. Nothing is left behind: stop() resolves only when the
// process has exited and its pipes are closed, and the emulator exits by itself if its parent dies.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('kinesis-local/package.json'));
const preload = join(dirname(fileURLToPath(import.meta.url)), 'bind-loopback.cjs');

const START_TIMEOUT_MS = 60_000;
/** It has been seen to ignore SIGTERM for 25 s: KILL after this long. */
const KILL_AFTER_MS = 5_000;

/** A free TCP port on 127.0.0.1, chosen by the OS (free when asked: another process may take it next). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ createMs?: number, deleteMs?: number, updateMs?: number, env?: Record<string,string>, node?: string }} [opts]
 * @returns {Promise<{ endpoint: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startKinesisLocal(opts = {}) {
  const ms = (v, d) => `${v ?? d}ms`;
  const update = ms(opts.updateMs, 200);
  const env = {
    PATH: process.env.PATH ?? '',
    // Placeholders: the preload binds port 0 instead and reports the ports it got.
    KINESIS_MOCK_PLAIN_PORT: '4567',
    KINESIS_MOCK_TLS_PORT: '4568',
    KINESIS_MOCK_CERT_PATH: join(pkgDir, 'server.json'),
    AWS_ACCOUNT_ID: '000000000000',
    CREATE_STREAM_DURATION: ms(opts.createMs, 300),
    DELETE_STREAM_DURATION: ms(opts.deleteMs, 300),
    UPDATE_SHARD_COUNT_DURATION: update,
    UPDATE_STREAM_MODE_DURATION: update,
    START_STREAM_ENCRYPTION_DURATION: update,
    STOP_STREAM_ENCRYPTION_DURATION: update,
    REGISTER_STREAM_CONSUMER_DURATION: update,
    DEREGISTER_STREAM_CONSUMER_DURATION: update,
    LOG_LEVEL: 'ERROR',
    ...opts.env,
    KINESIS_LOCAL_REPORT_FD: '3',
    KINESIS_LOCAL_EXIT_WITH_PARENT: '1',
  };
  const child = spawn(opts.node ?? process.execPath, ['-r', preload, join(pkgDir, 'main.js')], {
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  // 'close': exited and every pipe closed, so no handle of it is left in this process.
  const closed = new Promise((resolve) => child.once('close', resolve));
  let dead = false;
  closed.then(() => {
    dead = true;
  });
  child.once('error', () => undefined); // a failed spawn also ends in 'close'

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (dead) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      await closed;
      clearTimeout(timer);
    })();
    return stopping;
  };

  /** @type {Record<string, number>} */
  const ports = {};
  const ready = new Promise((resolve, reject) => {
    const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdio[3]) });
    lines.on('line', (line) => {
      const m = /^listening (plain|tls) (\d+)$/.exec(line);
      if (m) ports[m[1]] = Number(m[2]);
      if (ports.plain && ports.tls) resolve(undefined);
    });
    closed.then((code) => reject(new Error(`kinesis-local exited (${code}) before listening: ${stderr}`)));
  });
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`kinesis-local did not listen within ${START_TIMEOUT_MS / 1000} s: ${stderr}`)), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([ready, late]);
  } catch (err) {
    await stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return { endpoint: `http://127.0.0.1:${ports.plain}`, port: ports.plain, pid: child.pid ?? -1, stop };
}
