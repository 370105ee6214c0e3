// Unit: every partition and endpoint variant. ARNs, console links and policy principals for aws-cn and
// aws-us-gov (and the isolated partitions), and AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT as
// the SDK resolves them (the endpoint URL, asserted without sending a request).
import { afterEach, describe, expect, it } from '@jest/globals';
import { summaryProblem } from '../src/aws/answers.js';
import { createKinesisClient } from '../src/aws/client.js';
import { readPolicy } from '../src/plan/resource-policy.js';
import { consoleUrl } from '../src/report/summary.js';
import { accountOfArn } from '../src/stages/account.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of ['AWS_USE_FIPS_ENDPOINT', 'AWS_USE_DUALSTACK_ENDPOINT']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

async function endpointOf(region: string): Promise<string> {
  const client = createKinesisClient({ region });
  try {
    const c = client.config;
    const params = { Region: await c.region(), UseFIPS: await c.useFipsEndpoint(), UseDualStack: await c.useDualstackEndpoint() };
    return c.endpointProvider(params).url.href;
  } finally {
    client.destroy();
  }
}

describe('partitions', () => {
  it.each([
    ['us-east-1', 'aws', 'https://us-east-1.console.aws.amazon.com/kinesis/home?region=us-east-1#/streams/details/orders/monitoring'],
    ['cn-north-1', 'aws-cn', 'https://console.amazonaws.cn/kinesis/home?region=cn-north-1#/streams/details/orders/monitoring'],
    ['us-gov-west-1', 'aws-us-gov', 'https://console.amazonaws-us-gov.com/kinesis/home?region=us-gov-west-1#/streams/details/orders/monitoring'],
    ['us-iso-east-1', 'aws-iso', undefined],
    ['us-isob-east-1', 'aws-iso-b', undefined],
  ])('%s (%s): the stream ARN is accepted, its account read, its console linked where public', (region, partition, link) => {
    const arn = `arn:${partition}:kinesis:${region}:123456789012:stream/orders`;
    expect(summaryProblem({ StreamDescriptionSummary: { StreamName: 'orders', StreamARN: arn, StreamStatus: 'ACTIVE' } }, 'orders')).toBeUndefined();
    expect(accountOfArn(arn)).toBe('123456789012');
    expect(consoleUrl(region, 'orders')).toBe(link);
    const policy = readPolicy(arn, ['111122223333'], ['kinesis:GetRecords']) as { Statement: Array<{ Principal: { AWS: string[] } }> };
    expect(policy.Statement[0].Principal.AWS).toEqual([`arn:${partition}:iam::111122223333:root`]);
  });

  it.each([
    ['us-east-1', {}, 'https://kinesis.us-east-1.amazonaws.com/'],
    ['cn-north-1', {}, 'https://kinesis.cn-north-1.amazonaws.com.cn/'],
    ['us-gov-west-1', {}, 'https://kinesis.us-gov-west-1.amazonaws.com/'],
    ['us-east-1', { AWS_USE_FIPS_ENDPOINT: 'true' }, 'https://kinesis-fips.us-east-1.amazonaws.com/'],
    ['us-east-1', { AWS_USE_DUALSTACK_ENDPOINT: 'true' }, 'https://kinesis.us-east-1.api.aws/'],
  ])('%s with %j resolves to %s', async (region, env, url) => {
    Object.assign(process.env, env);
    expect(await endpointOf(region)).toBe(url);
  });
});

describe('requestHandler', () => {
  it('gives every AWS client the run agents when there are some, and its own keep-alive ones otherwise', async () => {
    const { Agent } = await import('node:http');
    const { Agent: HttpsAgent } = await import('node:https');
    const { requestHandler } = await import('../src/aws/client.js');
    const agents = { httpAgent: new Agent({ keepAlive: true }), httpsAgent: new HttpsAgent({ keepAlive: true }) };
    const config = async (h: ReturnType<typeof requestHandler>) =>
      (h as unknown as { configProvider: Promise<{ httpsAgent: unknown; requestTimeout: number }> }).configProvider;
    const withAgents = await config(requestHandler(5_000, agents));
    expect([withAgents.httpsAgent, withAgents.requestTimeout]).toEqual([agents.httpsAgent, 5_000]);
    const own = await config(requestHandler(5_000));
    expect(own.httpsAgent).toBeInstanceOf(HttpsAgent);
    expect(own.httpsAgent).not.toBe(agents.httpsAgent);
    agents.httpAgent.destroy();
    agents.httpsAgent.destroy();
  });
});
