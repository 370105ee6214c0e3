// Unit: input validation, pure.
import { describe, expect, it } from '@jest/globals';
import { parseSpec } from '../src/desired-spec.js';
import { INPUT_NAMES, type RawInputs } from '../src/inputs.js';

const raw = (over: Partial<RawInputs> = {}): RawInputs => ({
  ...(Object.fromEntries(INPUT_NAMES.map((n) => [n, ''])) as RawInputs),
  'stream-name': 'orders',
  region: 'us-east-1',
  'timeout-seconds': '300',
  ...over,
});

function errorsOf(over: Partial<RawInputs>, env: Record<string, string> = {}): string[] {
  const r = parseSpec(raw(over), env);
  return r.ok ? [] : r.errors;
}

describe('parseSpec', () => {
  it('gives a spec with unset settings left undefined', () => {
    expect(parseSpec(raw(), {})).toEqual({
      ok: true,
      spec: {
        streamName: 'orders',
        state: 'present',
        onDrift: 'report',
        dryRun: false,
        provenanceTags: true,
        enforceConsumerDeletion: false,
        region: 'us-east-1',
        timeoutSeconds: 300,
        shardCount: undefined,
        streamMode: undefined,
        retentionHours: undefined,
        encryption: undefined,
        shardLevelMetrics: undefined,
        maxRecordSizeKiB: undefined,
        tags: undefined,
        endpointUrl: undefined,
      },
    });
  });

  it('reads every declared setting', () => {
    const r = parseSpec(raw({ 'shard-count': '4', 'stream-mode': 'provisioned', 'timeout-seconds': '60', 'endpoint-url': 'http://127.0.0.1:4567' }), {});
    expect(r).toMatchObject({ ok: true, spec: { shardCount: 4, streamMode: 'PROVISIONED', timeoutSeconds: 60, endpointUrl: 'http://127.0.0.1:4567' } });
    expect(parseSpec(raw({ 'stream-mode': 'on-demand' }), {})).toMatchObject({ spec: { streamMode: 'ON_DEMAND' } });
  });

  it.each([
    ['stream-name', '', /^Input "stream-name" is required/],
    ['stream-name', 'my stream', /^Input "stream-name" is "my stream": it must be 1-128 characters of a-z A-Z 0-9 _ \. - \(no spaces\)\.$/],
    ['stream-name', 'x'.repeat(129), /^Input "stream-name" is "x{40}…" \(129 characters\): it must be 1-128 characters/],
    ['stream-name', 'flüsse', /^Input "stream-name" is "flüsse": it must be 1-128/],
    ['stream-name', 'a/b', /^Input "stream-name" is "a\/b"/],
    ['shard-count', '0', /^Input "shard-count" is "0": it must be a whole number from 1 to 10000\.$/],
    ['shard-count', '-1', /^Input "shard-count" is "-1": it must be a whole number/],
    ['shard-count', 'abc', /^Input "shard-count" is "abc": it must be a whole number/],
    ['shard-count', '1.5', /^Input "shard-count" is "1\.5": it must be a whole number/],
    ['shard-count', '10001', /^Input "shard-count" is "10001"/],
    ['stream-mode', 'SERVERLESS', /^Input "stream-mode" is "SERVERLESS": it must be PROVISIONED or ON_DEMAND\.$/],
    ['timeout-seconds', '0', /^Input "timeout-seconds" is "0": it must be a whole number of seconds from 1 to 86400\.$/],
    ['state', 'gone', /^Input "state" is "gone": it must be present or absent\.$/],
    ['retention-hours', '23', /^Input "retention-hours" is "23": it must be a whole number of hours from 24 to 8760\.$/],
    ['retention-hours', '8761', /^Input "retention-hours" is "8761"/],
    ['encryption-type', 'AES', /^Input "encryption-type" is "AES": it must be NONE or KMS\.$/],
    ['kms-key-id', 'my key', /^Input "kms-key-id" is "my key": it must be a KMS key id, key ARN, alias name/],
    ['tags', 'team', /^Input "tags" is "team": line 1 needs the form key=value\.$/],
    ['tags', 'aws:owner=me', /^Input "tags" is "aws:owner=me": line 1 needs no key starting with "aws:"/],
    ['tags', 'a=1\nb=x#y', /^Input "tags" is "b=x#y": line 2 needs only letters, digits, spaces and _ \. : \/ = \+ - @\.$/],
    ['tags', `${'k'.repeat(129)}=v`, /line 1 needs a key of 1-128 characters/],
    ['tags', `k=${'v'.repeat(257)}`, /line 1 needs a value of at most 256 characters/],
    ['tags', 'a=1\na=2', /line 2 needs a key given only once/],
    ['tags', Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n'), /^Input "tags" has 51 tags: a stream takes at most 50\.$/],
    ['shard-level-metrics', 'IncomingBytes,Latency', /^Input "shard-level-metrics" is "Latency": it must be one of IncomingBytes, /],
    ['shard-level-metrics', 'ALL,IncomingBytes', /ALL cannot be combined/],
    ['max-record-size-kib', '1023', /^Input "max-record-size-kib" is "1023": it must be a whole number of KiB from 1024 to 10240\.$/],
    ['max-record-size-kib', '10241', /^Input "max-record-size-kib" is "10241"/],
    ['on-drift', 'ignore', /^Input "on-drift" is "ignore": it must be report, update or fail\.$/],
    ['dry-run', 'yes', /^Input "dry-run" is "yes": it must be true or false\.$/],
    ['provenance-tags', '1', /^Input "provenance-tags" is "1": it must be true or false\.$/],
    ['enforce-consumer-deletion', 'maybe', /^Input "enforce-consumer-deletion" is "maybe"/],
    ['timeout-seconds', 'abc', /^Input "timeout-seconds" is "abc"/],
    ['region', 'us east 1', /^Input "region" is "us east 1": it must be an AWS region code such as us-east-1\.$/],
    ['region', 'US-EAST-1', /^Input "region" is "US-EAST-1"/],
    ['endpoint-url', 'localhost:4567', /^Input "endpoint-url" is "localhost:4567": it must be an http:\/\/ or https:\/\/ URL/],
    ['endpoint-url', 'http://user:pw@127.0.0.1', /^Input "endpoint-url" is .*without credentials/],
  ])('rejects %s %j with one line naming input, value and rule', (input, value, message) => {
    const errors = errorsOf({ [input]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).not.toContain('\n');
  });

  it('parses declared settings', () => {
    const r = parseSpec(
      raw({
        state: 'absent',
        'retention-hours': '48',
        'kms-key-id': 'alias/mine',
        tags: 'team = data\n\nurl=https://x.example/a=b\n',
        'shard-level-metrics': 'incomingbytes,\nOutgoingBytes',
        'max-record-size-kib': '2048',
        'on-drift': 'UPDATE',
        'dry-run': 'TRUE',
        'provenance-tags': 'false',
        'enforce-consumer-deletion': 'true',
      }),
      {},
    );
    expect(r).toMatchObject({
      ok: true,
      spec: {
        state: 'absent',
        retentionHours: 48,
        encryption: { type: 'KMS', keyId: 'alias/mine' },
        tags: { team: 'data', url: 'https://x.example/a=b' },
        shardLevelMetrics: ['IncomingBytes', 'OutgoingBytes'],
        maxRecordSizeKiB: 2048,
        onDrift: 'update',
        dryRun: true,
        provenanceTags: false,
        enforceConsumerDeletion: true,
      },
    });
  });

  it.each([
    [{ 'encryption-type': 'KMS' }, { type: 'KMS', keyId: 'alias/aws/kinesis' }],
    [{ 'encryption-type': 'none' }, { type: 'NONE' }],
    [{ 'kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab' }, { type: 'KMS', keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }],
    [{ 'kms-key-id': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, { type: 'KMS' }],
  ])('reads encryption %j', (over, encryption) => {
    expect(parseSpec(raw(over), {})).toMatchObject({ ok: true, spec: { encryption } });
  });

  it('refuses a KMS key with encryption NONE', () => {
    expect(errorsOf({ 'encryption-type': 'NONE', 'kms-key-id': 'alias/x' })).toEqual([
      'Input "kms-key-id" ("alias/x") cannot be used with encryption-type NONE: remove one of them.',
    ]);
  });

  it.each([
    ['ALL', 7],
    ['all', 7],
    ['NONE', 0],
  ])('reads shard-level-metrics %s', (value, count) => {
    const r = parseSpec(raw({ 'shard-level-metrics': value }), {});
    expect(r.ok && r.spec.shardLevelMetrics?.length).toBe(count);
  });

  it('refuses shard-count with ON_DEMAND', () => {
    expect(errorsOf({ 'stream-mode': 'ON_DEMAND', 'shard-count': '2' })).toEqual([
      'Input "shard-count" ("2") cannot be used with stream-mode ON_DEMAND: on-demand streams manage their own shards; remove shard-count or use PROVISIONED.',
    ]);
  });

  it.each(['us-east-1', 'eu-central-2', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-7', 'us-isob-east-1'])('accepts region %s', (region) => {
    expect(errorsOf({ region })).toEqual([]);
  });

  it('falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(parseSpec(raw({ region: '' }), { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' })).toMatchObject({ spec: { region: 'eu-west-1' } });
    expect(parseSpec(raw({ region: '' }), { AWS_DEFAULT_REGION: 'us-west-2' })).toMatchObject({ spec: { region: 'us-west-2' } });
    expect(errorsOf({ region: '' }, { AWS_REGION: 'nowhere' })).toEqual([
      'AWS_REGION (used because the "region" input is unset) is "nowhere": it must be an AWS region code such as us-east-1.',
    ]);
  });

  it('says how to set a region when there is none', () => {
    expect(errorsOf({ region: '' })).toEqual([
      'No AWS region: set the "region" input, or AWS_REGION (aws-actions/configure-aws-credentials sets it for later steps).',
    ]);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({ 'stream-name': 'bad name', 'shard-count': 'x', 'stream-mode': 'y', 'timeout-seconds': '0', region: '' });
    expect(errors.map((e) => e.match(/^(Input "[^"]+"|No AWS region)/)?.[1])).toEqual([
      'Input "stream-name"',
      'Input "shard-count"',
      'Input "stream-mode"',
      'Input "timeout-seconds"',
      'No AWS region',
    ]);
  });
});
