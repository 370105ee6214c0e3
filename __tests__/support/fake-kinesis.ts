// A Kinesis endpoint on 127.0.0.1 for tests: it counts calls and either answers them itself or
// forwards them to an upstream (kinesis-local), injecting faults on the way.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'error'; status: number; type: string; message?: string }
  /** Destroy the connection without an answer (a reset). */
  | { kind: 'reset' }
  /** Answer after `ms` (a slow call; the client may time out first). */
  | { kind: 'delay'; ms: number }
  /** Forward the call, so it takes effect, then reset the connection: the answer is lost. */
  | { kind: 'lose-answer' };

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
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw.toString() || '{}');
    } catch {
      body = {};
    }
    const call = { operation, body };
    const n = calls.push(call) - 1;
    const fault = opts.decide?.(call, n);
    if (fault?.kind === 'error') return answer(res, fault.status, { __type: fault.type, message: fault.message ?? fault.type });
    if (fault?.kind === 'reset') return req.socket.destroy();
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (!opts.upstream) return answer(res, 400, { __type: 'ResourceNotFoundException', message: 'no upstream' });
    const up = await forward(opts.upstream, req, raw);
    if (fault?.kind === 'lose-answer') return req.socket.destroy();
    res.writeHead(up.status, up.headers);
    res.end(up.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    count: (operation) => (operation ? calls.filter((c) => c.operation === operation).length : calls.length),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
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

function forward(upstream: string, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const url = new URL(upstream);
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: url.host };
    const up = request({ hostname: url.hostname, port: url.port, method: req.method, path: req.url, headers }, (r) => {
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
