// Unit (with loopback servers): the network set-up every AWS client gets (aws/network.ts), what an
// emulator does not take (runtime/compat.ts), the account guard (stages/account.ts), and the lines for
// a proxy's 407 and an untrusted certificate.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Agent, type Server } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxy, type ProxyServer } from 'proxy';
import { ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { explain } from '../src/aws/explain.js';
import { networkAgents } from '../src/aws/network.js';
import { kmsKeyResolver } from '../src/aws/kms.js';
import { EndpointCompat } from '../src/runtime/compat.js';
import { cancelLine, timeoutLine, unreachableLine } from '../src/runtime/messages.js';
import { accountOfArn, checkAccount } from '../src/stages/account.js';
import { FakeClock } from '../__fixtures__/fake-clock.js';
import { simulateKinesis } from '../__fixtures__/kinesis-sim.js';
import { recordedRun } from '../__fixtures__/run-context.js';
import { makePrivateCa, startTlsFront, type PrivateCa, type TlsFront } from './support/tls-front.js';

const VARS = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'ALL_PROXY', 'all_proxy'];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
const setProxyEnv = (env: Record<string, string>): void => {
  for (const v of VARS) delete process.env[v];
  Object.assign(process.env, env);
};
afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

let target: Server;
let targetUrl: string;
let proxy: ProxyServer;
let proxyUrl: string;
const seen: string[] = [];
let ca: PrivateCa;
let front: TlsFront;
let dir: string;

beforeAll(async () => {
  target = createServer((req, res) => res.end(`hello ${req.url}`));
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  proxy = createProxy(createServer());
  proxy.on('request', (req) => seen.push(`${req.method} ${req.url} ${req.headers['proxy-authorization'] ?? '-'}`));
  proxy.on('connect', (req) => seen.push(`CONNECT ${req.url}`));
  proxy.authenticate = (req) => req.headers['proxy-authorization'] === `Basic ${Buffer.from('ci:pa55').toString('base64')}`;
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://ci:pa55@127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  ca = makePrivateCa();
  front = await startTlsFront(ca, targetUrl);
  dir = mkdtempSync(join(tmpdir(), 'eks-net-'));
});
afterAll(async () => {
  await front.close();
  proxy.closeAllConnections();
  await new Promise((r) => proxy.close(r));
  target.closeAllConnections();
  await new Promise((r) => target.close(r));
  ca.remove();
  rmSync(dir, { recursive: true, force: true });
});

function get(url: string, agent: Agent | HttpsAgent): Promise<string> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https') ? httpsRequest : request;
    const req = send(url, { agent: agent as never, method: 'POST' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    });
    req.on('error', reject);
    req.end('x');
  });
}

describe('networkAgents', () => {
  it('without a proxy variable: keep-alive agents of its own, nothing to mask', async () => {
    setProxyEnv({});
    const a = await networkAgents({});
    expect([a.via, a.secrets, (a.httpAgent as unknown as { keepAlive: boolean }).keepAlive]).toEqual([undefined, [], true]);
    expect(await get(`${targetUrl}/direct`, a.httpAgent)).toBe('200 hello /direct');
    a.httpAgent.destroy();
    a.httpsAgent.destroy();
  });

  it('through the proxy, every request on a kept-alive connection is absolute-form with its credentials', async () => {
    setProxyEnv({ HTTP_PROXY: proxyUrl });
    const a = await networkAgents(process.env);
    seen.length = 0;
    expect(await get(`${targetUrl}/one`, a.httpAgent)).toBe('200 hello /one');
    expect(await get(`${targetUrl}/two`, a.httpAgent)).toBe('200 hello /two');
    const auth = `Basic ${Buffer.from('ci:pa55').toString('base64')}`;
    expect(seen).toEqual([`POST ${targetUrl}/one ${auth}`, `POST ${targetUrl}/two ${auth}`]);
    expect(a.via).toBe(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
    expect(a.secrets).toEqual(['pa55', 'pa55', Buffer.from('ci:pa55').toString('base64')]);
    a.httpAgent.destroy();
  });

  it('NO_PROXY sends the request direct', async () => {
    setProxyEnv({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
    const a = await networkAgents(process.env);
    seen.length = 0;
    expect(await get(`${targetUrl}/bypass`, a.httpAgent)).toBe('200 hello /bypass');
    expect(seen).toEqual([]);
    a.httpAgent.destroy();
  });

  it('https through a CONNECT tunnel, trusting AWS_CA_BUNDLE for an IP endpoint', async () => {
    setProxyEnv({ HTTPS_PROXY: proxyUrl });
    const a = await networkAgents({ ...process.env, AWS_CA_BUNDLE: ca.caFile });
    seen.length = 0;
    expect(await get(`${front.endpoint}/tls`, a.httpsAgent)).toBe('200 hello /tls');
    expect(seen).toEqual([`CONNECT 127.0.0.1:${new URL(front.endpoint).port}`]);
    a.httpsAgent.destroy();
  });

  it('refuses a proxy variable that is not a URL, and an unreadable or empty CA bundle, without echoing a password', async () => {
    setProxyEnv({});
    await expect(networkAgents({ HTTPS_PROXY: 'me:hunter2@proxy:3128' })).rejects.toThrow(/^HTTPS_PROXY is "\*\*\*@proxy:3128": it must be a proxy URL/);
    await expect(networkAgents({ AWS_CA_BUNDLE: join(dir, 'none.pem') })).rejects.toThrow(/which cannot be read \(ENOENT\)/);
    writeFileSync(join(dir, 'empty.pem'), 'not a certificate');
    await expect(networkAgents({ AWS_CA_BUNDLE: join(dir, 'empty.pem') })).rejects.toThrow(/holds no PEM certificate/);
    writeFileSync(join(dir, 'bad.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    await expect(networkAgents({ AWS_CA_BUNDLE: join(dir, 'bad.pem') })).rejects.toThrow(/whose certificates Node cannot read/);
  });
});

describe('EndpointCompat (kinesalite)', () => {
  const log = { info: () => undefined, warning: () => undefined, notice: () => undefined, debug: () => undefined };
  const validation = (message: string) => Object.assign(new Error(message), { name: 'ValidationException' });

  it('learns names instead of ARNs and tag pages of 10, once each; anything else is left to the caller', () => {
    const c = new EndpointCompat(log);
    const both = validation(
      "2 validation errors detected: Value '50' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10; " +
        "Value null at 'streamName' failed to satisfy constraint: Member must not be null",
    );
    expect(c.adapt(both)).toBe(true);
    expect([c.byName, c.tagLimit]).toEqual([true, 10]);
    expect(c.adapt(both)).toBe(false);
    expect(new EndpointCompat(log).adapt(validation('1 validation error detected: Value -1 at shardCount'))).toBe(false);
    expect(new EndpointCompat(log).adapt(Object.assign(new Error("Value null at 'streamName'"), { name: 'AccessDeniedException' }))).toBe(false);
    // kinesalite's ListShards says it its own way (an InvalidArgumentException).
    const listShards = new EndpointCompat(log);
    expect(listShards.adapt(Object.assign(new Error('Either NextToken or StreamName should be provided.'), { name: 'InvalidArgumentException' }))).toBe(true);
    expect(listShards.byName).toBe(true);
  });

  it('the watch names the stream by name once it has learned', async () => {
    const clock = new FakeClock();
    const sim = simulateKinesis(clock);
    try {
      sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
      const { ctx } = recordedRun(sim.client, clock, {});
      await ctx.stream.describe('now');
      expect(ctx.stream.currentRef()).toEqual({ StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders' });
      ctx.compat.byName = true;
      expect(ctx.stream.currentRef()).toEqual({ StreamName: 'orders' });
    } finally {
      sim.mock.restore();
    }
  });
});

describe('the account guard', () => {
  const clock = new FakeClock();
  const sim = simulateKinesis(clock);
  afterAll(() => sim.mock.restore());
  const ctxFor = (allowed?: string[]) => recordedRun(sim.client, clock, { allowedAccountIds: allowed }).ctx;

  it('passes without the input, and for an allowed account', () => {
    expect(() => checkAccount(ctxFor(), '999999999999', 'changing')).not.toThrow();
    expect(() => checkAccount(ctxFor(['123456789012']), accountOfArn('arn:aws:kinesis:us-east-1:123456789012:stream/orders'), 'changing')).not.toThrow();
  });

  it('refuses another account naming both, and an unknown one naming what to do', () => {
    expect(() => checkAccount(ctxFor(['111111111111']), '222222222222', 'changing')).toThrow(
      /^Stream "orders" is in AWS account 222222222222, which is not in allowed-account-ids \(111111111111\), so nothing was changed/,
    );
    expect(() => checkAccount(ctxFor(['111111111111']), null, 'creating')).toThrow(
      /so it was not created: allowed-account-ids needs it\. Set AWS_ENDPOINT_URL_STS/,
    );
    expect(accountOfArn('arn:aws-cn:kinesis:cn-north-1:123456789012:stream/x')).toBe('123456789012');
    expect(accountOfArn('https://evil')).toBeUndefined();
  });
});

describe('lines for the network', () => {
  const ctx = { operation: 'DescribeStreamSummary', streamName: 'orders', region: 'us-east-1' };
  it('a proxy that wants credentials (407), and a certificate Node does not trust', () => {
    expect(explain(Object.assign(new Error('x'), { name: 'SyntaxError', $response: { statusCode: 407 } }), ctx)).toMatch(
      /^The proxy refused DescribeStreamSummary \(407 Proxy Authentication Required\)/,
    );
    for (const code of ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'ERR_TLS_CERT_ALTNAME_INVALID']) {
      expect(explain(Object.assign(new Error('unable to verify; try --use-system-ca'), { code }), ctx)).toMatch(
        new RegExp(
          `^Cannot trust the TLS certificate of the Kinesis endpoint \\(${code}\\) on DescribeStreamSummary: .*AWS_CA_BUNDLE \\(or NODE_EXTRA_CA_CERTS\\)`,
        ),
      );
    }
  });
});

describe('on the double: fallbacks and guards inside the stages', () => {
  let sim: ReturnType<typeof simulateKinesis>;
  let clock: FakeClock;
  afterEach(() => sim?.mock.restore());
  const validation = (message: string) =>
    Object.assign(new Error(message), { name: 'ValidationException', $fault: 'client', $metadata: { httpStatusCode: 400 } });

  it('an endpoint without DescribeLimits: the pre-check is skipped with its own line, the stream created', async () => {
    clock = new FakeClock();
    sim = simulateKinesis(clock);
    sim.fault = (op) =>
      op === 'DescribeLimits'
        ? Object.assign(new Error('Unknown operation'), { name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } })
        : undefined;
    const { reconcile } = await import('../src/stages/reconcile.js');
    const { ctx, info } = recordedRun(sim.client, clock, {});
    const r = await reconcile(ctx, { provenance: async () => ({}) });
    expect(r.happened).toBe('created');
    expect(info.join('\n')).toContain('this endpoint has no DescribeLimits');
  });

  it('tags asked 50 a page by ARN, refused as kinesalite does: asked again by name, 10 a page', async () => {
    clock = new FakeClock();
    sim = simulateKinesis(clock);
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1, tags: { team: 'data' } });
    let first = true;
    sim.fault = (op) => {
      if (op !== 'ListTagsForStream' || !first) return undefined;
      first = false;
      return validation(
        "2 validation errors detected: Value '50' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10; " +
          "Value null at 'streamName' failed to satisfy constraint: Member must not be null",
      );
    };
    const { reconcile } = await import('../src/stages/reconcile.js');
    const { ctx } = recordedRun(sim.client, clock, { tags: { team: 'data' } });
    const r = await reconcile(ctx, { provenance: async () => ({}) });
    expect(r).toMatchObject({ happened: 'found', drift: [] });
    const asked = sim.mock.commandCalls(ListTagsForStreamCommand).map((c) => c.args[0].input);
    expect(asked.at(-1)).toEqual({ StreamName: 'orders', Limit: 10, ExclusiveStartTagKey: undefined });
  });

  it('teardown of a stream in another account deletes nothing', async () => {
    clock = new FakeClock();
    sim = simulateKinesis(clock);
    sim.streams.set('orders', { status: 'ACTIVE', until: 0, mode: 'PROVISIONED', shards: 1 });
    const { teardown } = await import('../src/stages/teardown.js');
    const { ctx } = recordedRun(sim.client, clock, { state: 'absent', allowedAccountIds: ['111111111111'] });
    await expect(teardown(ctx, { repository: 'octo/repo' })).rejects.toThrow(/is in AWS account 123456789012, which is not in allowed-account-ids/);
    expect(sim.calls).toEqual(['DescribeStreamSummary']);
  });
});

describe('the run lines, pure', () => {
  const s = { stream: 'orders', region: 'us-east-1', timeoutSeconds: 30, seconds: '3.0', goal: 'become ACTIVE', lastStatus: 'CREATING', lastError: undefined };
  it('say through which proxy the endpoint could not be reached', () => {
    expect(unreachableLine(3, new Error('connect ECONNREFUSED 127.0.0.1:3128'), 'http://proxy:3128')).toMatch(
      /^Cannot reach the Kinesis endpoint through the proxy http:\/\/proxy:3128: connection refused 3 times in a row .*Check HTTPS_PROXY/,
    );
    expect(unreachableLine(3, new Error('x'))).toMatch(
      /^Cannot reach the Kinesis endpoint: connection refused 3 times in a row \(x\)\. Check the "endpoint-url" input/,
    );
  });
  it('say what a cancellation left in progress', () => {
    expect(cancelLine(s, 'CreateStream')).toMatch(/CreateStream for stream "orders" was in flight: the stream may exist/);
    expect(cancelLine(s, 'DeleteStream')).toMatch(/DeleteStream for stream "orders" was in flight: the stream may be deleted/);
    expect(cancelLine(s, 'UpdateShardCount')).toMatch(/UpdateShardCount for stream "orders" was in flight: the change may still be applied/);
    expect(cancelLine({ ...s, lastStatus: 'ACTIVE' })).toBe('Cancelled after 3.0 s: stream "orders" was ACTIVE; nothing was left in progress.');
    expect(cancelLine(s)).toBe('Cancelled after 3.0 s: stream "orders" is still CREATING; it will finish on its own.');
    expect(timeoutLine({ ...s, lastError: Object.assign(new Error('x'), { name: 'TimeoutError' }) })).toMatch(/a call got no answer in time/);
  });
});

describe('kmsKeyResolver', () => {
  it('resolves a reference once, and any failure is "cannot tell"', async () => {
    const { KMSClient, DescribeKeyCommand } = await import('@aws-sdk/client-kms');
    const { mockClient } = await import('aws-sdk-client-mock');
    const mock = mockClient(KMSClient);
    try {
      const log = { info: () => undefined, warning: () => undefined, notice: () => undefined, debug: () => undefined };
      mock.on(DescribeKeyCommand, { KeyId: 'alias/a' }).resolves({ KeyMetadata: { KeyId: 'k', Arn: 'arn:aws:kms:us-east-1:123456789012:key/k' } });
      mock.on(DescribeKeyCommand, { KeyId: 'alias/denied' }).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
      const r = kmsKeyResolver('us-east-1', log, () => new AbortController().signal);
      expect([await r.lookup('alias/a'), await r.lookup('alias/a'), await r.lookup('alias/denied')]).toEqual([
        'arn:aws:kms:us-east-1:123456789012:key/k',
        'arn:aws:kms:us-east-1:123456789012:key/k',
        undefined,
      ]);
      expect(mock.calls()).toHaveLength(2);
      r.close();
    } finally {
      mock.restore();
    }
  });
});
