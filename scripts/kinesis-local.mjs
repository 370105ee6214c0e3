// Starts kinesis-local (the kinesis-mock engine, pure JS) on free 127.0.0.1 ports and stops it by pid.
// Shared by the emulator and runner-level tests, `npm run demo` and `npm run bench`.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('kinesis-local/package.json'));
const preload = join(dirname(fileURLToPath(import.meta.url)), 'bind-loopback.cjs');

/** A free TCP port on 127.0.0.1, chosen by the OS. */
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

function portOpen(port) {
  return new Promise((resolve) => {
    const sock = connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => { sock.destroy(); resolve(true); });
    sock.once('error', () => resolve(false));
  });
}

/**
 * @param {{ createMs?: number, deleteMs?: number, updateMs?: number, env?: Record<string,string>, node?: string }} [opts]
 * @returns {Promise<{ endpoint: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startKinesisLocal(opts = {}) {
  const port = await freePort();
  const tlsPort = await freePort();
  const ms = (v, d) => `${v ?? d}ms`;
  const update = ms(opts.updateMs, 200);
  const env = {
    PATH: process.env.PATH ?? '',
    KINESIS_MOCK_PLAIN_PORT: String(port),
    KINESIS_MOCK_TLS_PORT: String(tlsPort),
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
  };
  const child = spawn(opts.node ?? process.execPath, ['-r', preload, join(pkgDir, 'main.js')], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let dead = false;
  exited.then(() => { dead = true; });

  const stop = async () => {
    if (dead) return;
    child.kill('SIGTERM');
    // It has been seen to ignore SIGTERM for 25 s: KILL after 5 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  // It prints nothing when ready: poll the plain port (usually ~1.2 s).
  const deadline = Date.now() + 60_000;
  while (!(await portOpen(port))) {
    if (dead) throw new Error(`kinesis-local exited before listening: ${stderr}`);
    if (Date.now() > deadline) { await stop(); throw new Error(`kinesis-local did not listen on ${port}: ${stderr}`); }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { endpoint: `http://127.0.0.1:${port}`, port, pid: child.pid ?? -1, stop };
}
