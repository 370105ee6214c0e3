// Preloaded (node --require) into the action under test: host names ending in .invalid (reserved by
// RFC 2606, never resolvable) answer ENOTFOUND at once, without a DNS query leaving the machine.
// Everything else resolves as usual.
'use strict';
const dns = require('node:dns');
const lookup = dns.lookup;
dns.lookup = function (hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  if (typeof hostname === 'string' && hostname.endsWith('.invalid')) {
    const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname });
    process.nextTick(cb, err);
    return {};
  }
  return lookup.apply(this, arguments);
};
