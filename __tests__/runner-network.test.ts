// Runner level: where users run it. The built dist/index.js on Node 24, as the runner runs it, behind
// a forward proxy on loopback (the npm package `proxy`: CONNECT tunnels and absolute-form requests),
// against an https endpoint whose certificate a private CA made by the test signed (openssl), in
// front of kinesis-local.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy, type ProxyServer } from 'proxy';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { makePrivateCa, startTlsFront, type PrivateCa, type TlsFront } from './support/tls-front.js';
import { runAction, runtimes } from './support/runner.js';

const [{ node }] = runtimes(); // Node 24, what `runs.using: node24` gives
let emulator: KinesisLocal;
let ca: PrivateCa;
let front: TlsFront;
let proxy: { url: string; seen: string[]; server: ProxyServer };
let authProxy: { url: string; seen: string[]; server: ProxyServer };
const PROXY_PASSWORD = 's3cret-proxy-pass';

async function startProxy(auth?: { user: string; password: string }): Promise<{ url: string; seen: string[]; server: ProxyServer }> {
  const seen: string[] = [];
  const server = createProxy(createServer());
  server.on('connect', (req) => seen.push(`CONNECT ${req.url}`));
  server.on('request', (req) => seen.push(`${req.method} ${req.url}`));
  if (auth) {
    const expected = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
    server.authenticate = (req) => req.headers['proxy-authorization'] === expected;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = auth ? `http://${auth.user}:${auth.password}@127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
  return { url, seen, server };
}

beforeAll(async () => {
  ca = makePrivateCa();
  emulator = await startKinesisLocal({ createMs: 300, updateMs: 300, deleteMs: 300 });
  [front, proxy, authProxy] = await Promise.all([startTlsFront(ca, emulator.endpoint), startProxy(), startProxy({ user: 'ci', password: PROXY_PASSWORD })]);
});
afterAll(async () => {
  const close = (s: ProxyServer) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())));
  await Promise.all([front?.close(), proxy && close(proxy.server), authProxy && close(authProxy.server), emulator?.stop()]);
  ca?.remove();
});

const act = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({ node, inputs: { region: 'us-east-1', ...inputs }, env: { GITHUB_REPOSITORY: 'octo/repo', ...env } });

describe('behind a proxy', () => {
  it('an http endpoint is reached through the proxy (HTTP_PROXY, absolute-form requests)', async () => {
    proxy.seen.length = 0;
    const r = await act({ 'stream-name': 'net-http', 'endpoint-url': emulator.endpoint }, { HTTP_PROXY: proxy.url });
    expect([r.code, r.errors]).toEqual([0, []]);
    expect(r.outputs['stream-arn']).toMatch(/:stream\/net-http$/);
    expect(proxy.seen.length).toBeGreaterThan(1);
    expect(proxy.seen.every((l) => l.startsWith(`POST ${emulator.endpoint}/`))).toBe(true);
  });

  it('an https endpoint is reached through a CONNECT tunnel (HTTPS_PROXY), trusting AWS_CA_BUNDLE', async () => {
    proxy.seen.length = 0;
    const r = await act({ 'stream-name': 'net-https', 'endpoint-url': front.endpoint }, { HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: ca.caFile });
    expect([r.code, r.errors]).toEqual([0, []]);
    expect(r.outputs['stream-status']).toBe('ACTIVE');
    const port = new URL(front.endpoint).port;
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT 127.0.0.1:${port}`]));
  });

  it('NO_PROXY bypasses the proxy for the hosts it names', async () => {
    proxy.seen.length = 0;
    const r = await act({ 'stream-name': 'net-bypass', 'endpoint-url': emulator.endpoint }, { HTTP_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1' });
    expect([r.code, r.errors]).toEqual([0, []]);
    expect(proxy.seen).toEqual([]);
  });

  it('proxy credentials in the URL are used and never printed, in any form', async () => {
    authProxy.seen.length = 0;
    const r = await act({ 'stream-name': 'net-auth', 'endpoint-url': emulator.endpoint }, { HTTP_PROXY: authProxy.url, RUNNER_DEBUG: '1' });
    expect([r.code, r.errors]).toEqual([0, []]);
    expect(authProxy.seen.length).toBeGreaterThan(0);
    const shown = [...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')), r.stderr, r.summary].join('\n');
    expect(shown).toContain('through the proxy http://127.0.0.1:');
    for (const secret of [PROXY_PASSWORD, Buffer.from(`ci:${PROXY_PASSWORD}`).toString('base64')]) expect(shown).not.toContain(secret);
    // The runner is told to mask them too.
    expect(r.stdout).toContain(`::add-mask::${PROXY_PASSWORD}`);
  });

  it('a proxy variable that is not a URL is refused before any call, without echoing a password', async () => {
    const r = await act({ 'stream-name': 'net-bad-proxy', 'endpoint-url': emulator.endpoint }, { HTTPS_PROXY: 'user:hunter22@proxy.example:3128' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^HTTPS_PROXY is ".*": it must be a proxy URL such as http:\/\/proxy\.example:3128/)]);
    expect(r.stdout).not.toContain('hunter22');
  });
});

describe('a private certificate authority', () => {
  it('with AWS_CA_BUNDLE the https endpoint is trusted (added to Node roots)', async () => {
    const r = await act({ 'stream-name': 'net-ca', 'endpoint-url': front.endpoint }, { AWS_CA_BUNDLE: ca.caFile });
    expect([r.code, r.errors]).toEqual([0, []]);
    expect(r.outputs['stream-status']).toBe('ACTIVE');
  });

  it('NODE_EXTRA_CA_CERTS works as well, read by Node itself', async () => {
    const r = await act({ 'stream-name': 'net-extra', 'endpoint-url': front.endpoint }, { NODE_EXTRA_CA_CERTS: ca.caFile });
    expect([r.code, r.errors]).toEqual([0, []]);
  });

  it('an untrusted certificate fails at once with one line naming AWS_CA_BUNDLE and NODE_EXTRA_CA_CERTS', async () => {
    const before = front.count();
    const r = await act({ 'stream-name': 'net-untrusted', 'endpoint-url': front.endpoint });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^Cannot trust the TLS certificate of the Kinesis endpoint \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\) on DescribeStreamSummary: .*AWS_CA_BUNDLE \(or NODE_/,
      ),
    ]);
    expect(r.stdout).not.toContain('--use-system-ca');
    expect(front.count()).toBe(before);
  });

  it('an AWS_CA_BUNDLE that cannot be read is refused before any call', async () => {
    const r = await act({ 'stream-name': 'net-no-bundle', 'endpoint-url': front.endpoint }, { AWS_CA_BUNDLE: '/nonexistent/ca.pem' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(['AWS_CA_BUNDLE is "/nonexistent/ca.pem", which cannot be read (ENOENT): point it at a PEM file of CA certificates.']);
  });
});
