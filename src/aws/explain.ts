// Turns an error that no retry can fix into one line that says what to fix: the IAM action to allow,
// the input to check, the quota to raise. Pure; AWS's own text is quoted redacted and on one line.
import { redactLine } from '../shared/safe-text.js';
import { errorName, shape } from './errors.js';

export interface FailureContext {
  /** SDK command name without "Command", e.g. "CreateStream" (also the IAM action's name). */
  operation: string;
  streamName: string;
  region: string;
}

/** What to do about a hard quota, by the call and the text AWS sent. */
function quotaAdvice(operation: string, message: string): string {
  if (operation === 'UpdateShardCount' && (/24|day/i.test(message) || !/shard limit|account|greater than|double|half/i.test(message))) {
    return (
      'UpdateShardCount is limited to 10 scalings per stream per rolling 24 hours (a slot frees 24 hours after the oldest): try again later, or ' +
      'declare a shard count that needs fewer steps.'
    );
  }
  if (operation === 'UpdateStreamMode') return 'A stream can switch mode twice per rolling 24 hours: try again later.';
  if (/shard/i.test(message))
    return 'Lower the shard count, delete unused streams, or ask AWS for a higher shard quota (Service Quotas, Kinesis Data Streams).';
  return 'Lower the request, delete unused streams, or ask AWS for a higher Kinesis quota.';
}

/** Node's codes for a certificate chain it does not trust (or a name it does not match). */
const TLS_TRUST = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** One actionable line for an error that no retry can fix. */
export function explain(err: unknown, ctx: FailureContext): string {
  const name = errorName(err);
  const raw = shape(err).message ?? String(err);
  const aws = redactLine(raw).slice(0, 400);
  const action = `kinesis:${ctx.operation}`;
  const stream = `stream "${ctx.streamName}" in ${ctx.region}`;
  const code = shape(err).code;
  const status = shape(err).$metadata?.httpStatusCode ?? (err as { $response?: { statusCode?: number } } | null)?.$response?.statusCode;
  if (status === 407) {
    return (
      `The proxy refused ${ctx.operation} (407 Proxy Authentication Required): put its user and password in HTTPS_PROXY / HTTP_PROXY ` +
      '(as user:password@ before the proxy host), or name this host in NO_PROXY.'
    );
  }
  if (code && TLS_TRUST.has(code)) {
    return (
      `Cannot trust the TLS certificate of the Kinesis endpoint (${code}) on ${ctx.operation}: when a company CA or a TLS-inspecting proxy ` +
      'signs it, point AWS_CA_BUNDLE (or NODE_EXTRA_CA_CERTS) at a PEM file with that CA; otherwise check "endpoint-url".'
    );
  }
  if (code === 'ENOTFOUND') {
    const host = (err as { hostname?: unknown }).hostname;
    return (
      `Cannot resolve the Kinesis endpoint host${typeof host === 'string' ? ` "${host}"` : ''} (ENOTFOUND) on ${ctx.operation}: ` +
      `check the "endpoint-url" input (or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and the "region" input (now ${ctx.region}).`
    );
  }
  // kinesis-local's answer to an operation it does not implement (AWS never sends it): not an IAM matter.
  if (name === 'UnknownOperationException' || /Unable to determine service\/operation name/i.test(raw)) {
    return (
      `The Kinesis endpoint does not know ${ctx.operation} (${name}: an emulator older than this part of the Kinesis API?): remove the input that ` +
      'needs it for this endpoint, or use one that has it.'
    );
  }
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
      return (
        `Access denied: the AWS identity may not call ${action} on ${stream}. Allow ${action} for this stream in the IAM policy of the role the job ` +
        `uses. (AWS: ${aws})`
      );
    case 'UnrecognizedClientException':
    case 'InvalidClientTokenId':
    case 'InvalidSignatureException':
    case 'SignatureDoesNotMatch':
    case 'IncompleteSignature':
    case 'MissingAuthenticationToken':
      return (
        `AWS rejected the credentials on ${ctx.operation} (${name}): check the step that configures AWS credentials (e.g. ` +
        `aws-actions/configure-aws-credentials), and that the keys belong to an account where Kinesis is enabled in ${ctx.region}.`
      );
    case 'ExpiredTokenException':
    case 'ExpiredToken':
    case 'RequestExpired':
      return (
        `The AWS credentials have expired (${name} on ${ctx.operation}): configure credentials closer to this step, or raise role-duration-seconds in ` +
        `aws-actions/configure-aws-credentials.`
      );
    case 'CredentialsProviderError':
      return 'No AWS credentials found: add aws-actions/configure-aws-credentials before this step (or set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).';
    case 'InvalidArgumentException':
    case 'ValidationException':
      return `Kinesis rejected ${ctx.operation} for ${stream} as invalid: ${aws}`;
    case 'LimitExceededException':
      return `${ctx.operation} for ${stream} would exceed an account quota: ${aws}. ${quotaAdvice(ctx.operation, raw)}`;
  }
  if (name.startsWith('KMS')) {
    return (
      `KMS refused ${ctx.operation} for ${stream} (${name}): check that the key exists, is enabled, and that its key policy lets this role use it. ` +
      `(AWS: ${aws})`
    );
  }
  return `${ctx.operation} failed for ${stream}: ${name}: ${aws}`;
}
