// Unit: job summary rendering and console links. Pure.
import { describe, expect, it } from '@jest/globals';
import { outcome } from '../src/model/outcome.js';
import { consoleUrl, summaryMarkdown } from '../src/report/summary.js';
import { driftJson } from '../src/report/outputs.js';

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
    const md = summaryMarkdown({
      streamName: 'orders',
      region: 'eu-west-1',
      customEndpoint: false,
      dryRun: false,
      result: outcome('created', {
        stream,
        created: true,
        rows: [{ setting: 'retention-hours', current: 24, desired: 48, action: 'IncreaseStreamRetentionPeriod' }],
      }),
      elapsedMs: 3400,
      apiCalls: 7,
    });
    expect(md).toContain('| ARN | arn:aws:kinesis:eu-west-1:123456789012:stream/orders |');
    expect(md).toContain('| What happened | created by this run |');
    expect(md).toContain('| setting | current | desired | action |');
    expect(md).toContain('| retention-hours | 24 | 48 | IncreaseStreamRetentionPeriod |');
    expect(md).toContain('| Open shards | 2 |');
    expect(md).toContain('| Time | 3.4 s, 7 API calls |');
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/');
  });

  it('shows the failure and skips the console link for a custom endpoint', () => {
    const md = summaryMarkdown({
      streamName: 'orders',
      region: 'eu-west-1',
      customEndpoint: true,
      dryRun: false,
      elapsedMs: 10,
      apiCalls: 1,
      errors: ['Access denied | x'],
    });
    expect(md).toContain('**Failed:** Access denied \\| x');
    expect(md).not.toContain('console.aws');
  });
});

describe('driftJson', () => {
  it('keeps setting, current and desired only', () => {
    expect(driftJson([{ setting: 'shard-count', current: 2, desired: 4, action: 'UpdateShardCount 2 → 4' }])).toBe(
      '[{"setting":"shard-count","current":2,"desired":4}]',
    );
    expect(driftJson([])).toBe('[]');
  });

  it('shows blocked rows and unset values in the table', () => {
    const md = summaryMarkdown({
      streamName: 'orders',
      region: 'eu-west-1',
      customEndpoint: false,
      dryRun: true,
      result: outcome('dry run', { rows: [{ setting: 'tags.team', current: null, desired: 'data', action: 'AddTagsToStream', blocked: 'no' }] }),
      elapsedMs: 10,
      apiCalls: 1,
    });
    expect(md).toContain('(dry run)');
    expect(md).toContain('| tags.team | *unset* | data | blocked: no |');
    expect(md).not.toContain('console.aws'); // no stream, no link
  });
});
