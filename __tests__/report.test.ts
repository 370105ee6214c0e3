// Unit: job summary rendering and console links. Pure.
import { describe, expect, it } from '@jest/globals';
import { consoleUrl, summaryMarkdown } from '../src/report.js';

describe('consoleUrl', () => {
  it.each([
    ['eu-west-1', 'https://eu-west-1.console.aws.amazon.com/kinesis/home?region=eu-west-1#/streams/details/orders/monitoring'],
    ['cn-north-1', 'https://console.amazonaws.cn/kinesis/home?region=cn-north-1#/streams/details/orders/monitoring'],
    ['us-gov-west-1', 'https://console.amazonaws-us-gov.com/kinesis/home?region=us-gov-west-1#/streams/details/orders/monitoring'],
  ])('links to the console of %s', (region, url) => {
    expect(consoleUrl(region, 'orders')).toBe(url);
  });
});

describe('summaryMarkdown', () => {
  const stream = {
    StreamName: 'orders',
    StreamARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/orders',
    StreamStatus: 'ACTIVE' as const,
    StreamModeDetails: { StreamMode: 'PROVISIONED' as const },
    OpenShardCount: 2,
    RetentionPeriodHours: 24,
    StreamCreationTimestamp: new Date(0),
    EnhancedMonitoring: [],
  };

  it('shows the ARN, what happened, the stream and the time, with a console link', () => {
    const md = summaryMarkdown({ streamName: 'orders', region: 'eu-west-1', customEndpoint: false, stream, outcome: 'created', elapsedMs: 3400, apiCalls: 7 });
    expect(md).toContain('| ARN | `arn:aws:kinesis:eu-west-1:123456789012:stream/orders` |');
    expect(md).toContain('| Result | created by this run |');
    expect(md).toContain('| Open shards | 2 |');
    expect(md).toContain('| Time | 3.4 s, 7 API calls |');
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/');
  });

  it('shows the failure and skips the console link for a custom endpoint', () => {
    const md = summaryMarkdown({ streamName: 'orders', region: 'eu-west-1', customEndpoint: true, elapsedMs: 10, apiCalls: 1, error: 'Access denied | x' });
    expect(md).toContain('**Failed:** Access denied \\| x');
    expect(md).not.toContain('console.aws');
  });
});
