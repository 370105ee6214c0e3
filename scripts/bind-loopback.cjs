// Preloaded into kinesis-local (`node -r`): it binds 0.0.0.0 and has no host option, and tests
// must never listen beyond loopback. Every net.Server.listen is forced onto 127.0.0.1.
//
// Opt-in extras for scripts/kinesis-local.mjs (the CI workflow uses none of them):
// - KINESIS_LOCAL_REPORT_FD=<fd>: the configured plain/TLS ports are replaced by port 0 (the OS picks a
//   free one, so no other process can take it between choosing and binding), and once each server
//   listens a line `listening <plain|tls> <port>` is written to that fd: the parent learns that
//   *this* process is ready, and where, without polling a port someone else might answer on.
// - KINESIS_LOCAL_EXIT_WITH_PARENT=1: exit when the process that started it is gone (a killed test
//   worker must not leave a ~200 MB emulator behind; it would be re-parented, so its ppid changes).
'use strict';
const net = require('node:net');
const fs = require('node:fs');

const reportFd = process.env.KINESIS_LOCAL_REPORT_FD ? Number(process.env.KINESIS_LOCAL_REPORT_FD) : undefined;
const roles = new Map([
  [process.env.KINESIS_MOCK_PLAIN_PORT, 'plain'],
  [process.env.KINESIS_MOCK_TLS_PORT, 'tls'],
]);

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  let port;
  if (args[0] !== null && typeof args[0] === 'object') {
    port = args[0].port;
    args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    port = args[0];
    const rest = args.slice(1).filter((a) => typeof a !== 'string');
    args = [args[0], '127.0.0.1', ...rest];
  }
  const role = port === undefined ? undefined : roles.get(String(port));
  if (reportFd !== undefined && role) {
    if (typeof args[0] === 'object') args[0] = { ...args[0], port: 0 };
    else args[0] = 0;
    this.once('listening', () => {
      const addr = this.address();
      fs.writeSync(reportFd, `listening ${role} ${addr && typeof addr === 'object' ? addr.port : '?'}\n`);
    });
  }
  return listen.apply(this, args);
};

if (process.env.KINESIS_LOCAL_EXIT_WITH_PARENT === '1') {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
}
