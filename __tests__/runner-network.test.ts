// Runner level: where users run it. The built dist/index.js on Node 24, as the runner runs it, behind
// a forward proxy on loopback (the npm package `proxy`: CONNECT tunnels and absolute-form requests),
// against an https endpoint whose certificate a private CA made by the test signed (openssl), in
// front of kinesis-local; and in the right account, with a loopback STS.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createProxy, type ProxyServer } from 'proxy';
import { startKinesisLocal, type KinesisLocal } from '../scripts/kinesis-local.mjs';
import { startFakeSts, type FakeSts } from './support/fake-sts.js';
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

describe('the right account (allowed-account-ids)', () => {
  let sts: FakeSts;
  beforeAll(async () => {
    sts = await startFakeSts('111111111111');
  });
  afterAll(() => sts?.close());

  it('an existing stream in another account (its ARN) is not touched: one call, one line naming both', async () => {
    await act({ 'stream-name': 'net-acct', 'endpoint-url': emulator.endpoint });
    const r = await act({
      'stream-name': 'net-acct',
      'endpoint-url': emulator.endpoint,
      'allowed-account-ids': '111111111111\n222222222222',
      'shard-count': '2',
      'on-drift': 'update',
    });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      'Stream "net-acct" is in AWS account 000000000000, which is not in allowed-account-ids (111111111111, 222222222222), so nothing was changed. ' +
        'Check the role the job assumes (role-to-assume of aws-actions/configure-aws-credentials) and the region.',
    ]);
    // What it saw, unchanged: the declared 2 shards were not applied.
    expect(r.outputs['shard-count']).toBe('1');
    const ok = await act({ 'stream-name': 'net-acct', 'endpoint-url': emulator.endpoint, 'allowed-account-ids': '000000000000' });
    expect([ok.code, ok.errors]).toEqual([0, []]);
  });

  it('a stream to create is checked with sts:GetCallerIdentity (AWS_ENDPOINT_URL_STS) before CreateStream', async () => {
    sts.account = '333333333333';
    const r = await act(
      { 'stream-name': 'net-acct-new', 'endpoint-url': emulator.endpoint, 'allowed-account-ids': '111111111111' },
      { AWS_ENDPOINT_URL_STS: sts.url },
    );
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(/^Stream "net-acct-new" is in AWS account 333333333333, which is not in allowed-account-ids \(111111111111\)/),
    ]);
    expect(r.outputs['stream-status']).toBe('ABSENT');
    sts.account = '111111111111';
    const ok = await act(
      { 'stream-name': 'net-acct-new', 'endpoint-url': emulator.endpoint, 'allowed-account-ids': '111111111111' },
      { AWS_ENDPOINT_URL_STS: sts.url },
    );
    expect([ok.code, ok.outputs.created]).toEqual([0, 'true']);
    expect(JSON.parse(ok.outputs.plan).observed.account).toBe('111111111111');
  });

  it('where the account cannot be told (an emulator without STS), a run that would create refuses', async () => {
    const r = await act({ 'stream-name': 'net-acct-unknown', 'endpoint-url': emulator.endpoint, 'allowed-account-ids': '111111111111' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(/^Stream "net-acct-unknown": the AWS account cannot be told .* so it was not created: allowed-account-ids needs it/),
    ]);
    expect(r.outputs.created).toBe('false');
  });

  it('an allowed-account-ids entry that is not an account id is an input error', async () => {
    const r = await act({ 'stream-name': 'net-acct-bad', 'endpoint-url': emulator.endpoint, 'allowed-account-ids': '1234' });
    expect(r.errors).toContain('Input "allowed-account-ids" is "1234": each entry must be a 12-digit AWS account id.');
    expect(r.code).toBe(1);
  });
});

describe('every partition and endpoint variant, as the SDK resolves them (seen at a proxy that lets nothing out)', () => {
  let gate: { url: string; seen: string[]; server: ProxyServer };
  beforeAll(async () => {
    gate = await startProxy();
    // Refuses every request (407) before connecting anywhere: nothing leaves the machine.
    gate.server.authenticate = () => false;
  });
  afterAll(() => new Promise<void>((resolve) => (gate.server.closeAllConnections(), gate.server.close(() => resolve()))));

  it.each([
    ['us-east-1', {}, 'kinesis.us-east-1.amazonaws.com:443'],
    ['cn-north-1', {}, 'kinesis.cn-north-1.amazonaws.com.cn:443'],
    ['us-gov-west-1', {}, 'kinesis.us-gov-west-1.amazonaws.com:443'],
    ['us-east-1', { AWS_USE_FIPS_ENDPOINT: 'true' }, 'kinesis-fips.us-east-1.amazonaws.com:443'],
    ['us-east-1', { AWS_USE_DUALSTACK_ENDPOINT: 'true' }, 'kinesis.us-east-1.api.aws:443'],
  ])('%s with %j goes to %s', async (region, env, target) => {
    gate.seen.length = 0;
    const r = await act({ 'stream-name': 'net-partition', region, 'timeout-seconds': '2' }, { HTTPS_PROXY: gate.url, ...env });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(/^The proxy refused DescribeStreamSummary \(407 Proxy Authentication Required\): put its user and password in HTTPS_PROXY/),
    ]);
    expect(gate.seen.length).toBeGreaterThan(0);
    expect(new Set(gate.seen)).toEqual(new Set([`CONNECT ${target}`]));
  });
});

describe('the emulators users already have', () => {
  let kinesalite: Server;
  let endpoint: string;
  beforeAll(async () => {
    const start = createRequire(import.meta.url)('kinesalite') as (o: Record<string, number>) => Server;
    kinesalite = start({ createStreamMs: 200, deleteStreamMs: 200, updateStreamMs: 200 });
    await new Promise<void>((resolve) => kinesalite.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(kinesalite.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => kinesalite.close(() => resolve())));

  it('kinesalite: create, adopt with a retention update, tear down', async () => {
    const created = await act({ 'stream-name': 'net-kl', 'endpoint-url': endpoint });
    expect([created.code, created.errors, created.outputs.created]).toEqual([0, [], 'true']);
    const updated = await act({ 'stream-name': 'net-kl', 'endpoint-url': endpoint, 'retention-hours': '48', 'on-drift': 'update' });
    expect([updated.code, updated.errors, updated.outputs.changed]).toEqual([0, [], 'true']);
    const gone = await act({ 'stream-name': 'net-kl', 'endpoint-url': endpoint, state: 'absent' });
    expect([gone.code, gone.errors, gone.outputs.deleted]).toEqual([0, [], 'true']);
  });

  it('dummy credentials are not secrets: a stream named orders-local stays readable', async () => {
    const r = await act({ 'stream-name': 'orders-local', 'endpoint-url': endpoint }, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::add-mask::local');
    expect(r.summary).toContain('orders-local');
    expect(r.outputs['stream-name']).toBe('orders-local');
  });
});
