// Unit: input validation, pure.
import { describe, expect, it } from '@jest/globals';
import { parseSpec } from '../src/inputs/spec.js';
import type { RawInputs } from '../src/inputs/read.js';
import { rawInputs as raw } from '../__fixtures__/spec.js';

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
        enforceChannelDeletion: false,
        sweep: false,
        maxDeletions: 20,
        deleteAtJobEnd: false,
        allowForeignDelete: false,
        commentOnPr: false,
        expectedPlan: undefined,
        githubToken: '',
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
    ['tags', 'aws:owner=me', /^Input "tags" is "aws:owner=me": line 1 \(key "aws:owner"\) needs no key starting with "aws:"/],
    ['tags', 'a=1\nb=x#y', /^Input "tags" is "b=x#y": line 2 \(key "b"\) needs only letters, digits, spaces and _ \. : \/ = \+ - @\.$/],
    ['tags', `${'k'.repeat(129)}=v`, /line 1 \(key "k{40}…" \(129 characters\)\) needs a key of 1-128 characters/],
    ['tags', `k=${'v'.repeat(257)}`, /line 1 \(key "k"\) needs a value of at most 256 characters/],
    ['tags', '=v', /^Input "tags" is "=v": line 1 \(key ""\) needs a key of 1-128 characters\.$/],
    ['tags', 'a=1\na=2', /^Input "tags" is "a=2": line 2 \(key "a"\) needs a key given only once \(it is already on line 1\)\.$/],
    ['tags', 'constructor=x\n\nconstructor=y', /line 3 \(key "constructor"\) needs a key given only once \(it is already on line 1\)/],
    ['tags', Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n'), /^Input "tags" has 51 tags: a stream takes at most 50\.$/],
    ['shard-level-metrics', 'IncomingBytes,Latency', /^Input "shard-level-metrics" is "Latency": it must be one of IncomingBytes, /],
    ['shard-level-metrics', 'ALL,IncomingBytes', /ALL cannot be combined/],
    [
      'shard-level-metrics',
      'NONE,IncomingBytes',
      /^Input "shard-level-metrics" is "NONE,IncomingBytes": NONE cannot be combined with other names; use NONE alone to turn metrics off\.$/,
    ],
    ['shard-level-metrics', 'incomingbytes\nnone', /NONE cannot be combined with other names/],
    [
      'shard-level-metrics',
      ',',
      /^Input "shard-level-metrics" is ",": the list has no metric names; name the metrics to enable, or use ALL, or NONE to turn metrics off\.$/,
    ],
    ['shard-level-metrics', ' , \n ', /^Input "shard-level-metrics" is " , \\n ": the list has no metric names; .*NONE to turn metrics off\.$/],
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
    ['endpoint-url', 'http://user:pw@127.0.0.1', /^Input "endpoint-url" is "http:\/\/\*\*\*@127\.0\.0\.1": it must not contain a user name or password/],
    ['endpoint-url', 'ftp://127.0.0.1', /^Input "endpoint-url" is "ftp:\/\/127\.0\.0\.1": it must be an http:\/\/ or https:\/\/ URL/],
    [
      'endpoint-url',
      'http://127.0.0.1:4567/kinesis',
      /^Input "endpoint-url" is "http:\/\/127\.0\.0\.1:4567\/kinesis": it must be scheme:\/\/host\[:port\] only, without a path, query or fragment/,
    ],
    ['endpoint-url', 'http://127.0.0.1:4567?x=1', /it must be scheme:\/\/host\[:port\] only/],
    ['endpoint-url', 'http://127.0.0.1:4567/?', /it must be scheme:\/\/host\[:port\] only/],
    ['endpoint-url', 'http://127.0.0.1:4567#frag', /it must be scheme:\/\/host\[:port\] only/],
    ['endpoint-url', 'http://127.0.0.1:4567//', /it must be scheme:\/\/host\[:port\] only/],
    ['endpoint-url', 'http://127.0.0.1:4567\\x', /it must be scheme:\/\/host\[:port\] only/],
    ['endpoint-url', 'http://127.0.0.1:\n4567', /^Input "endpoint-url" is "http:\/\/127\.0\.0\.1:\\n4567": it must be an http:\/\/ or https:\/\/ URL/],
    ['endpoint-url', 'http://h/?X-Amz-Security-Token=IQoJb3JpZ2lu', /^Input "endpoint-url" is "http:\/\/h\/\?X-Amz-Security-Token=\*\*\*": it must be scheme/],
    ['endpoint-url', 'http://', /^Input "endpoint-url" is "http:\/\/": it must be an http:\/\/ or https:\/\/ URL/],
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

  it.each([
    ['NONE,none', 0],
    ['ALL,\nall', 7],
  ])('reads repeated shard-level-metrics %j', (value, count) => {
    const r = parseSpec(raw({ 'shard-level-metrics': value }), {});
    expect(r.ok && r.spec.shardLevelMetrics?.length).toBe(count);
  });

  it('names each unknown metric', () => {
    expect(errorsOf({ 'shard-level-metrics': 'Latency, IncomingBytes,Errors' })).toEqual([
      expect.stringMatching(/^Input "shard-level-metrics" is "Latency": it must be one of /),
      expect.stringMatching(/^Input "shard-level-metrics" is "Errors": it must be one of /),
    ]);
  });

  it('takes names that a plain object inherits as ordinary tag keys', () => {
    const r = parseSpec(raw({ tags: 'constructor=x\ntoString=y\n__proto__=z\nhasOwnProperty=w\nvalueOf=v' }), {});
    expect(r.ok).toBe(true);
    const tags = r.ok ? r.spec.tags! : {};
    expect(Object.getPrototypeOf(tags)).toBeNull();
    expect(Object.keys(tags)).toEqual(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']);
    expect(Object.entries(tags)).toEqual([
      ['constructor', 'x'],
      ['toString', 'y'],
      ['__proto__', 'z'],
      ['hasOwnProperty', 'w'],
      ['valueOf', 'v'],
    ]);
    expect(Object.prototype.hasOwnProperty.call(tags, '__proto__')).toBe(true);
    // Spread (as createRequest merges tags) keeps __proto__ as an own entry too.
    expect(Object.keys({ ...tags })).toContain('__proto__');
  });

  it('reads no inherited key as a tag', () => {
    const r = parseSpec(raw({ tags: 'team=data' }), {});
    const tags = r.ok ? r.spec.tags! : {};
    expect(tags.constructor).toBeUndefined();
    expect('toString' in tags).toBe(false);
    expect(Object.getPrototypeOf(tags)).toBeNull();
  });

  it('still counts the 50-tag limit with such keys', () => {
    const lines = ['constructor=a', '__proto__=b', ...Array.from({ length: 49 }, (_, i) => `k${i}=v`)];
    expect(errorsOf({ tags: lines.join('\n') })).toEqual(['Input "tags" has 51 tags: a stream takes at most 50.']);
  });

  it.each([
    ['http://alice:hunter2@127.0.0.1:1234', 'http://***@127.0.0.1:1234'],
    ['https://alice:hunter2@kinesis.example.com/', 'https://***@kinesis.example.c'],
    ['http://alice@127.0.0.1:1234', 'http://***@127.0.0.1:1234'],
    ['http://alice:hun@ter2@127.0.0.1', 'http://***@127.0.0.1'],
    ['http://alice:hun ter2@127.0.0.1', 'http://***@127.0.0.1'],
    ['http://alice:hunter2@127.0.0.1:1234/kinesis', 'http://***@127.0.0.1:1234/kinesis'],
    ['ftp://alice:hunter2@127.0.0.1', 'ftp://***@127.0.0.1'],
    ['alice:hunter2@127.0.0.1:1234', '***@127.0.0.1:1234'],
  ])('never echoes the credentials in endpoint-url %s', (value, shown) => {
    const errors = errorsOf({ 'endpoint-url': value });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(shown);
    expect(errors[0]).not.toMatch(/alice|hunter|hun|ter2/);
  });

  it('says an endpoint-url with credentials needs none', () => {
    expect(errorsOf({ 'endpoint-url': 'http://user:pass@127.0.0.1:1234' })).toEqual([
      'Input "endpoint-url" is "http://***@127.0.0.1:1234": it must not contain a user name or password (the action signs requests with the AWS ' +
        'credentials of the job); give scheme://host[:port] only, such as http://127.0.0.1:4567.',
    ]);
  });

  it('says an endpoint-url with a path must be scheme://host[:port] only', () => {
    expect(errorsOf({ 'endpoint-url': 'http://127.0.0.1:4567/kinesis' })).toEqual([
      'Input "endpoint-url" is "http://127.0.0.1:4567/kinesis": it must be scheme://host[:port] only, without a path, query or fragment (a trailing "/" ' +
        'is fine), such as http://127.0.0.1:4567.',
    ]);
  });

  it.each(['http://127.0.0.1:4567/', 'https://kinesis.us-east-1.amazonaws.com', 'http://[::1]:4567', 'HTTP://localhost:4567', 'http://kinesis-local'])(
    'accepts endpoint-url %s as given',
    (url) => {
      expect(parseSpec(raw({ 'endpoint-url': url }), {})).toMatchObject({ ok: true, spec: { endpointUrl: url } });
    },
  );

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

describe('stream-arn (issue 22)', () => {
  const arn = 'arn:aws:kinesis:eu-west-1:111122223333:stream/orders';
  const byArn = (over: Partial<RawInputs> = {}): Partial<RawInputs> => ({ 'stream-name': '', region: '', 'stream-arn': arn, ...over });

  it('names the stream, its region and its ARN; the region input may agree or be unset', () => {
    const r = parseSpec(raw(byArn()), { AWS_REGION: 'us-east-1' });
    expect(r.ok && { name: r.spec.streamName, region: r.spec.region, arn: r.spec.streamArn }).toEqual({ name: 'orders', region: 'eu-west-1', arn });
    expect(errorsOf(byArn({ region: 'eu-west-1' }))).toEqual([]);
    const cn = 'arn:aws-cn:kinesis:cn-north-1:111122223333:stream/orders';
    expect(parseSpec(raw(byArn({ 'stream-arn': cn })), {})).toMatchObject({ ok: true, spec: { region: 'cn-north-1' } });
  });

  it('is refused with stream-name, with a region that disagrees, with state: absent, and when it is not a stream ARN', () => {
    expect(errorsOf(byArn({ 'stream-name': 'orders' }))).toEqual([expect.stringMatching(/^Inputs "stream-name" and "stream-arn" cannot be used together/)]);
    expect(errorsOf(byArn({ region: 'us-east-1' }))).toEqual([
      'Input "region" is "us-east-1", but stream-arn names a stream in eu-west-1: remove region, or make them agree.',
    ]);
    expect(errorsOf(byArn({ state: 'absent' }))).toEqual([expect.stringMatching(/^Input "stream-arn" cannot be used with state: absent/)]);
    for (const odd of ['orders', 'arn:aws:kinesis:eu-west-1:111122223333:stream/', 'arn:aws:sqs:eu-west-1:111122223333:orders']) {
      expect(errorsOf(byArn({ 'stream-arn': odd }))).toEqual([expect.stringMatching(/^Input "stream-arn" is .*: it must be a Kinesis stream ARN/)]);
    }
    expect(errorsOf({ 'stream-name': '' })).toEqual([expect.stringMatching(/^Input "stream-name" is required: .* or stream-arn to adopt one\./)]);
  });
});
