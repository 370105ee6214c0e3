// Preloaded into kinesis-local (`node -r`): it binds 0.0.0.0 and has no host option, and tests
// must never listen beyond loopback. Every net.Server.listen is forced onto 127.0.0.1.
'use strict';
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args[0] !== null && typeof args[0] === 'object') {
    args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    const rest = args.slice(1).filter((a) => typeof a !== 'string');
    args = [args[0], '127.0.0.1', ...rest];
  }
  return listen.apply(this, args);
};
