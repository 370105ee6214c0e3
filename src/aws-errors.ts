// Sorts AWS SDK errors into what the action does next, and turns fatal ones into one line that says
// what to fix. Pure.

export type ErrorKind = 'not-found' | 'in-use' | 'retryable' | 'fatal';

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN',
  'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET',
]);
const RETRYABLE_NAMES = new Set([
  'InternalFailure', 'InternalFailureException', 'InternalServerError', 'ServiceUnavailable',
  'ServiceUnavailableException', 'ThrottlingException', 'Throttling', 'TooManyRequestsException',
  'RequestTimeout', 'RequestTimeoutException', 'TimeoutError', 'KMSThrottlingException',
  'ProvisionedThroughputExceededException', 'AbortError',
]);

function shape(err: unknown): SdkErrorShape {
  return typeof err === 'object' && err !== null ? (err as SdkErrorShape) : {};
}

export function errorName(err: unknown): string {
  const e = shape(err);
  return e.name ?? e.code ?? typeof err;
}

/**
 * LimitExceededException is both throttling / the 5-streams-CREATING quota (wait and retry) and hard
 * quotas (shards per account, 10 rescalings a day, 2 mode switches a day) that no retry inside a step fixes.
 */
export function isHardLimit(message: string): boolean {
  return !/rate exceeded|throttl|concurren|being created|too many requests|slow down/i.test(message);
}

export function classify(err: unknown): ErrorKind {
  const e = shape(err);
  const name = errorName(err);
  if (name === 'ResourceNotFoundException') return 'not-found';
  if (name === 'ResourceInUseException') return 'in-use';
  if (name === 'LimitExceededException') return isHardLimit(e.message ?? '') ? 'fatal' : 'retryable';
  if (RETRYABLE_NAMES.has(name)) return 'retryable';
  if (e.code && NETWORK_CODES.has(e.code)) return 'retryable';
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return 'retryable';
  if (e.$fault === 'server') return 'retryable';
  // A response the SDK could not parse (a proxy's HTML page, a cut connection) has no status: retry.
  if (status === undefined && /socket hang up|aborted|Deserialization|Unexpected end|network/i.test(e.message ?? '')) {
    return 'retryable';
  }
  return 'fatal';
}

/** Why a call is being retried, for the log: "throttled …", "failed with …". */
export function retryReason(operation: string, err: unknown): string {
  const name = errorName(err);
  if (name !== 'LimitExceededException') return `failed with ${name}`;
  return operation === 'CreateStream'
    ? "throttled or at the account's limit of 5 streams creating at once"
    : 'throttled (LimitExceededException)';
}

/** True when the error is "nothing listens there": a wrong endpoint-url, not a passing fault. */
export function isConnectionRefused(err: unknown): boolean {
  return shape(err).code === 'ECONNREFUSED';
}

/** Removes anything that could be a credential from text that AWS or the SDK produced. */
export function redact(text: string): string {
  return text
    .replace(/\b(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\b/g, '$1****')
    .replace(/(Signature=|Credential=|X-Amz-Security-Token=|X-Amz-Signature=)[^\s,&;"']+/gi, '$1****')
    .replace(/(aws_secret_access_key|aws_session_token|SecretAccessKey|SessionToken)(["']?\s*[:=]\s*["']?)[^\s,"']+/gi, '$1$2****')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface FailureContext {
  /** SDK command name without "Command", e.g. "CreateStream" (also the IAM action's name). */
  operation: string;
  streamName: string;
  region: string;
}

/** One actionable line for an error that no retry can fix. */
export function explain(err: unknown, ctx: FailureContext): string {
  const name = errorName(err);
  const raw = shape(err).message ?? String(err);
  const aws = redact(raw).slice(0, 400);
  const action = `kinesis:${ctx.operation}`;
  const stream = `stream "${ctx.streamName}" in ${ctx.region}`;
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
      return `Access denied: the AWS identity may not call ${action} on ${stream}. Allow ${action} for this stream in the IAM policy of the role the job uses. (AWS: ${aws})`;
    case 'UnrecognizedClientException':
    case 'InvalidClientTokenId':
    case 'InvalidSignatureException':
    case 'SignatureDoesNotMatch':
    case 'IncompleteSignature':
    case 'MissingAuthenticationToken':
      return `AWS rejected the credentials on ${ctx.operation} (${name}): check the step that configures AWS credentials (e.g. aws-actions/configure-aws-credentials), and that the keys belong to an account where Kinesis is enabled in ${ctx.region}.`;
    case 'ExpiredTokenException':
    case 'ExpiredToken':
    case 'RequestExpired':
      return `The AWS credentials have expired (${name} on ${ctx.operation}): configure credentials closer to this step, or raise role-duration-seconds in aws-actions/configure-aws-credentials.`;
    case 'CredentialsProviderError':
      return 'No AWS credentials found: add aws-actions/configure-aws-credentials before this step (or set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).';
    case 'InvalidArgumentException':
    case 'ValidationException':
      return `Kinesis rejected ${ctx.operation} for ${stream} as invalid: ${aws}`;
    case 'LimitExceededException':
      return `${ctx.operation} for ${stream} would exceed an account quota: ${aws}. Lower the request, delete unused streams, or ask AWS for a higher Kinesis quota.`;
  }
  if (name.startsWith('KMS')) {
    return `KMS refused ${ctx.operation} for ${stream} (${name}): check that the key exists, is enabled, and that its key policy lets this role use it. (AWS: ${aws})`;
  }
  return `${ctx.operation} failed for ${stream}: ${name}: ${aws}`;
}
