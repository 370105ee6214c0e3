// Unit: error classification, one-line explanations, redaction. Pure.
import { describe, expect, it } from '@jest/globals';
import { classify } from '../src/aws/errors.js';
import { explain } from '../src/aws/explain.js';
import { redactLine } from '../src/shared/safe-text.js';
import { awsError } from '../__fixtures__/kinesis-sim.js';

const ctx = { operation: 'DescribeStreamSummary', streamName: 'orders', region: 'eu-west-1' };

describe('classify', () => {
  it.each([
    [awsError('ResourceNotFoundException'), 'not-found'],
    [awsError('ResourceInUseException'), 'in-use'],
    [awsError('LimitExceededException', 'Rate exceeded for stream orders under account 1'), 'retryable'],
    [awsError('LimitExceededException', 'Limit for streams being created concurrently exceeded'), 'retryable'],
    [awsError('LimitExceededException', 'This request would exceed the shard limit for the account'), 'fatal'],
    [awsError('LimitExceededException', 'UpdateShardCount would exceed the number of scaling operations allowed in 24 hours'), 'fatal'],
    [awsError('LimitExceededException', 'Too many requests'), 'retryable'],
    [awsError('InternalFailure', 'x', 500), 'retryable'],
    [awsError('ServiceUnavailable', 'x', 503), 'retryable'],
    [awsError('SomethingNew', 'x', 502), 'retryable'],
    [awsError('ThrottlingException', 'x', 400), 'retryable'],
    [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'retryable'],
    [Object.assign(new Error('Request aborted'), { name: 'AbortError' }), 'retryable'],
    [Object.assign(new Error('socket hang up'), {}), 'retryable'],
    [awsError('AccessDeniedException'), 'access-denied'],
    [awsError('UnrecognizedClientException'), 'fatal'],
    [awsError('ExpiredTokenException'), 'fatal'],
    [awsError('InvalidArgumentException'), 'fatal'],
    [awsError('ValidationException'), 'fatal'],
    [awsError('KMSAccessDeniedException'), 'fatal'],
    ['a string', 'fatal'],
  ])('%p is %s', (err, kind) => {
    expect(classify(err)).toBe(kind);
  });
});

describe('explain', () => {
  it('names the IAM action on AccessDenied', () => {
    const line = explain(awsError('AccessDeniedException', 'User: arn:aws:sts::1:assumed-role/r/s is not authorized'), ctx);
    expect(line).toMatch(
      /^Access denied: the AWS identity may not call kinesis:DescribeStreamSummary on stream "orders" in eu-west-1\. Allow kinesis:DescribeStreamSummary/,
    );
  });

  it.each([
    ['UnrecognizedClientException', /AWS rejected the credentials .*configure-aws-credentials/],
    ['ExpiredTokenException', /credentials have expired/],
    ['CredentialsProviderError', /No AWS credentials found: add aws-actions\/configure-aws-credentials/],
    ['InvalidArgumentException', /Kinesis rejected DescribeStreamSummary .* as invalid/],
    ['KMSDisabledException', /KMS refused .*key policy/],
    ['WeirdException', /DescribeStreamSummary failed for stream "orders" in eu-west-1: WeirdException/],
  ])('%s gives an actionable line', (name, pattern) => {
    const line = explain(awsError(name, 'detail'), ctx);
    expect(line).toMatch(pattern);
    expect(line).not.toContain('\n');
  });
});

describe('redactLine', () => {
  it('hides access keys, signatures and tokens', () => {
    const text =
      'Credential=AKIAIOSFODNN7EXAMPLE/20261201/us-east-1/kinesis/aws4_request, Signature=deadbeef01 ASIAABCDEFGHIJKLMNOP X-Amz-Security-Token=FQoGZX ' +
      'aws_secret_access_key = wJalrXUtnFEMI';
    const out = redactLine(text);
    for (const secret of ['IOSFODNN7EXAMPLE', 'deadbeef01', 'ABCDEFGHIJKLMNOP', 'FQoGZX', 'wJalrXUtnFEMI']) expect(out).not.toContain(secret);
  });

  it('keeps ordinary text on one line', () => {
    expect(redactLine('Stream orders\nnot found')).toBe('Stream orders not found');
  });
});

describe('retryReason', () => {
  it('names the 5-streams-CREATING-or-DELETING limit for CreateStream, throttling elsewhere, else the error', async () => {
    const { retryReason } = await import('../src/aws/errors.js');
    expect(retryReason('CreateStream', awsError('LimitExceededException', 'Limit for streams being created concurrently exceeded'))).toBe(
      "hit the account's limit of 5 streams CREATING or DELETING at once",
    );
    expect(retryReason('CreateStream', awsError('LimitExceededException'))).toBe('hit an account limit (LimitExceededException)');
    expect(retryReason('UpdateShardCount', awsError('LimitExceededException'))).toBe('throttled (LimitExceededException)');
    expect(retryReason('DeleteStream', awsError('InternalFailure', 'x', 500))).toBe('failed with InternalFailure');
  });
});
