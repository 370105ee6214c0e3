// A counting HTTP proxy on 127.0.0.1 in front of kinesis-local, for `npm run bench`.
// Every call is recorded with its operation (from the x-amz-target header), the stream it names,
// its HTTP status and error type, and timestamps on the bench process's performance.now() clock:
// receivedAt (request arrived), forwardedAt (request body handed to the emulator) and answeredAt.
// It runs inside the bench process so those times compare directly with child spawn/exit times.
// For DescribeStreamSummary / DescribeStream answers it also records the StreamStatus they carried.
//
// Opt-in (`npm run bench:fair`; off by default, so `npm run bench` and the sweep are unchanged): a
// per-account token bucket for some operations, as Kinesis enforces (DescribeStreamSummary: 20 calls/s
// per account). A call that finds the bucket empty is not forwarded: the proxy answers it itself with
// HTTP 400 LimitExceededException and the message real AWS sends, and records it with throttled: true.
import { randomUUID } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';

/**
 * @param {string} upstream e.g. http://127.0.0.1:4567 (must be loopback)
 * @param {{ throttle?: Bucket | Bucket[] }} [opts]
 *   throttle: token buckets, each shared by every call of its listed operations (one account), holding
 *   at most `capacity` tokens and refilled continuously at `refillPerSec`; each starts full.
 *   Bucket = { operations: string[], capacity: number, refillPerSec: number, account?: string, scope?: 'stream' | 'account' }
 *   (scope: how the over-limit message reads, "Rate exceeded for stream NAME under account ID." or
 *   "Rate exceeded for account ID.", both as AWS words them).
 * @returns {Promise<{ endpoint: string, calls: object[], close: () => Promise<void> }>}
 */
export async function startCountingProxy(upstream, opts = {}) {
  const up = new URL(upstream);
  if (up.hostname !== '127.0.0.1') throw new Error(`proxy upstream must be 127.0.0.1, not ${up.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const calls = [];
  const sockets = new Set();
  const buckets = [opts.throttle ?? []].flat().map((b) => ({ ...tokenBucket(b), scope: b.scope ?? 'stream' }));

  const server = createServer((req, res) => {
    const call = {
      operation:
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() || `${req.method} ${req.url}`,
      stream: undefined,
      receivedAt: performance.now(),
      forwardedAt: undefined,
      answeredAt: undefined,
      status: undefined,
      errorType: undefined,
      /** StreamStatus in a successful describe answer (DescribeStreamSummary / DescribeStream). */
      streamStatus: undefined,
      /** true when the token bucket answered the call instead of the emulator. */
      throttled: false,
    };
    calls.push(call);
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => {});
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        const parsed = JSON.parse(body.toString() || '{}');
        call.stream = parsed.StreamName ?? parsed.StreamARN?.split('/').pop();
      } catch {
        // not JSON (CBOR or garbage): the operation is still known from the header
      }
      const bucket = buckets.find((b) => b.applies(call.operation));
      if (bucket && !bucket.take()) {
        // Over the account's rate: answer as Kinesis does, without bothering the emulator.
        const message =
          bucket.scope === 'account'
            ? `Rate exceeded for account ${bucket.account}.`
            : `Rate exceeded for stream ${call.stream ?? ''} under account ${bucket.account}.`;
        const answer = Buffer.from(JSON.stringify({ __type: 'LimitExceededException', message }));
        call.throttled = true;
        call.answeredAt = performance.now();
        call.status = 400;
        call.errorType = 'LimitExceededException';
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': String(answer.length),
          'x-amzn-requestid': randomUUID(),
        });
        res.end(answer);
        return;
      }
      const headers = { ...req.headers, host: up.host };
      const upReq = request({ hostname: up.hostname, port: up.port, method: req.method, path: req.url, headers, agent }, (upRes) => {
        const out = [];
        upRes.on('data', (c) => out.push(c));
        upRes.on('end', () => {
          const answer = Buffer.concat(out);
          call.answeredAt = performance.now();
          call.status = upRes.statusCode;
          if ((upRes.statusCode ?? 500) >= 400) {
            try {
              call.errorType =
                String(JSON.parse(answer.toString()).__type ?? '')
                  .split('#')
                  .pop() || undefined;
            } catch {
              call.errorType = 'unparsable';
            }
          } else if (call.operation === 'DescribeStreamSummary' || call.operation === 'DescribeStream') {
            try {
              const parsed = JSON.parse(answer.toString());
              call.streamStatus = (parsed.StreamDescriptionSummary ?? parsed.StreamDescription)?.StreamStatus;
            } catch {
              // not JSON: status unknown
            }
          }
          const h = {};
          for (const [k, v] of Object.entries(upRes.headers)) {
            if (v !== undefined && k !== 'transfer-encoding' && k !== 'connection' && k !== 'keep-alive') h[k] = v;
          }
          h['content-length'] = String(answer.length);
          res.writeHead(upRes.statusCode ?? 502, h);
          res.end(answer);
        });
      });
      upReq.on('error', (err) => {
        call.answeredAt = performance.now();
        call.status = 502;
        call.errorType = `proxy: ${err.code ?? err.message}`;
        if (!res.headersSent) {
          res.writeHead(502, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ __type: 'ProxyError', message: String(err.message) }));
        } else {
          res.destroy();
        }
      });
      call.forwardedAt = performance.now();
      upReq.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A token bucket: `capacity` tokens at most, refilled continuously at `refillPerSec`, starting full.
 * take() spends one token if there is one (true) or refuses (false).
 */
function tokenBucket({ operations, capacity, refillPerSec, account = '000000000000' }) {
  const ops = new Set(operations);
  let tokens = capacity;
  let at = performance.now();
  return {
    account,
    applies: (operation) => ops.has(operation),
    take() {
      const now = performance.now();
      tokens = Math.min(capacity, tokens + ((now - at) / 1000) * refillPerSec);
      at = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
