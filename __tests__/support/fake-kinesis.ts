// A Kinesis endpoint on 127.0.0.1 for tests: it counts calls and either answers them itself or
// forwards them to an upstream (kinesis-local), injecting faults on the way. close() leaves nothing
// behind: open connections, pending delays and holds, and its keep-alive sockets to the upstream.
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type Fault =
  | { kind: 'error'; status: number; type: string; message?: string }
  /** Destroy the connection without an answer (a reset). */
  | { kind: 'reset' }
  /** Answer after `ms` (a slow call; the client may time out first). */
  | { kind: 'delay'; ms: number }
  /**
   * Forward the call only once `until` has settled (resolved or rejected): sequences a call after an
   * event the test observes, e.g. "this CreateStream reaches the server only after the teardown run ended".
   */
  | { kind: 'hold'; until: PromiseLike<unknown> }
  /** Forward the call, so it takes effect, then reset the connection: the answer is lost. */
  | { kind: 'lose-answer' }
  /** Answer without forwarding: `body` as given, or built from the request's headers (an endpoint that echoes them). */
  | { kind: 'reply'; status: number; body: Record<string, unknown> | ((headers: Record<string, string | string[] | undefined>) => unknown) }
  /** Forward the call (it takes effect), then answer what `answer` makes of the upstream's answer. */
  | {
      kind: 'rewrite';
      answer: (status: number, body: Record<string, unknown>) => { status: number; body: unknown };
      /** Forward only once this has settled (as `hold` does). */
      until?: PromiseLike<unknown>;
    };

export interface Call {
  operation: string;
  body: Record<string, unknown>;
}

export interface FakeKinesis {
  endpoint: string;
  calls: Call[];
  count(operation?: string): number;
  close(): Promise<void>;
}

/** Decides the fault (if any) for call number `n` (0-based). */
export type Decide = (call: Call, n: number) => Fault | undefined;

export async function startFakeKinesis(opts: { upstream?: string; decide?: Decide }): Promise<FakeKinesis> {
  const calls: Call[] = [];
  const sockets = new Set<Socket>();
  // Aborts every pending delay, hold and upstream request when the fake closes.
  const closing = new AbortController();
  // Its own keep-alive pool to the upstream, destroyed on close (the global agent's would linger).
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    // A call whose client gave up still goes on (as a real slow call would) until the fake closes.
    handle(req, res, closing.signal).catch(() => {
      // Aborted or the upstream failed: no answer, the caller sees a reset.
      req.socket.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
    const raw = await readBody(req);
    const operation =
      String(req.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? '';
    const call = { operation, body: parseJson(raw) };
    const n = calls.push(call) - 1;
    const fault = opts.decide?.(call, n);
    if (fault?.kind === 'error') return answer(res, fault.status, { __type: fault.type, message: fault.message ?? fault.type });
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'reply') return answer(res, fault.status, typeof fault.body === 'function' ? fault.body(req.headers) : fault.body);
    if (fault?.kind === 'delay') await sleep(fault.ms, undefined, { signal });
    if (fault?.kind === 'hold' || (fault?.kind === 'rewrite' && fault.until)) await settledOrAborted(fault.until!, signal);
    if (!opts.upstream) return answer(res, 400, { __type: 'ResourceNotFoundException', message: 'no upstream' });
    const up = await forward(opts.upstream, req, raw, agent, signal);
    if (fault?.kind === 'lose-answer') return void req.socket.destroy();
    if (fault?.kind === 'rewrite') {
      const out = fault.answer(up.status, parseJson(up.body));
      return answer(res, out.status, out.body);
    }
    res.writeHead(up.status, up.headers);
    res.end(up.body);
  }

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    count: (operation) => (operation ? calls.filter((c) => c.operation === operation).length : calls.length),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        closing.abort();
        for (const s of sockets) s.destroy();
        agent.destroy();
        server.close(() => resolve());
      })),
  };
}

/** Resolves when `p` settles (either way), rejects when `signal` aborts first. */
function settledOrAborted(p: PromiseLike<unknown>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    p.then(done, done);
  });
}

/** A JSON body as an object; anything else (empty, malformed) as {}. */
function parseJson(raw: Buffer): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(raw.toString() || '{}');
    return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(body));
}

function forward(
  upstream: string,
  req: IncomingMessage,
  body: Buffer,
  agent: Agent,
  signal: AbortSignal,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const url = new URL(upstream);
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: url.host };
    const up = request({ hostname: url.hostname, port: url.port, method: req.method, path: req.url, headers, agent, signal }, (r) => {
      readBody(r).then((b) => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(r.headers)) if (typeof v === 'string' && k !== 'transfer-encoding') h[k] = v;
        h['content-length'] = String(b.length);
        resolve({ status: r.statusCode ?? 502, headers: h, body: b });
      }, reject);
    });
    up.on('error', reject);
    up.end(body);
  });
}
