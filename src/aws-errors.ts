// Sorts AWS SDK errors into what the action does next, and turns fatal ones into one line that says
// what to fix. Pure.
import { redact as redactSecrets } from './safe-text.js';

/** access-denied is fatal unless the call is optional (a check that can be skipped). */
export type ErrorKind = 'not-found' | 'in-use' | 'retryable' | 'access-denied' | 'fatal';

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
]);
const RETRYABLE_NAMES = new Set([
  'InternalFailure',
  'InternalFailureException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'KMSThrottlingException',
  'ProvisionedThroughputExceededException',
  'AbortError',
]);

function shape(err: unknown): SdkErrorShape {
  return typeof err === 'object' && err !== null ? (err as SdkErrorShape) : {};
}

export function errorName(err: unknown): string {
  const e = shape(err);
  return e.name ?? e.code ?? typeof err;
}

/**
 * What a LimitExceededException means. Kinesis sends one type for four things, told apart only by
 * the text (see __fixtures__/aws-answers.ts for the texts AWS really sends, with their sources):
 * - throttled: "Rate exceeded for stream NAME under account ID." (wait a moment, retry);
 * - stream-slots: the 5-streams-CREATING-or-DELETING limit (frees up as other creations finish);
 * - hard-quota: shards per account, 10 rescalings or 2 mode switches a day (no retry fixes it);
 * - unknown: a text we have not seen. CreateStream/DeleteStream treat it as a slot wait inside the
 *   budget (then name the last answer); other calls fail at once rather than loop on a quota.
 */
export type LimitKind = 'throttled' | 'stream-slots' | 'hard-quota' | 'unknown';

const THROTTLED = /rate exceeded|throttl|too many requests|slow down/i;
// AWS: "...can simultaneously be in CREATING or DELETING. Limit: 5"; kinesis-local: "Limit for
// streams being created concurrently exceeded".
const STREAM_SLOTS = /simultaneously be in CREATING or DELETING|CREATING or DELETING|created concurrently|being created/i;
const HARD_QUOTA = /shard|24[- ]hours?|per day|daily|scaling|stream mode|mode switch|on-?demand|stream count|consumers?|maximum number|account limit|quota/i;

export function limitKind(message: string): LimitKind {
  if (THROTTLED.test(message)) return 'throttled';
  if (STREAM_SLOTS.test(message)) return 'stream-slots';
  if (HARD_QUOTA.test(message)) return 'hard-quota';
  return 'unknown';
}

/** Operations whose LimitExceeded can be the 5-streams-CREATING-or-DELETING limit. */
const SLOT_OPERATIONS = new Set(['CreateStream', 'DeleteStream']);

/** True when `err` is a LimitExceeded that waits for a CREATING/DELETING slot on `operation`. */
export function isSlotWait(err: unknown, operation: string): boolean {
  if (errorName(err) !== 'LimitExceededException' || !SLOT_OPERATIONS.has(operation)) return false;
  const kind = limitKind(shape(err).message ?? '');
  return kind === 'stream-slots' || kind === 'unknown';
}

export function classify(err: unknown, operation = ''): ErrorKind {
  const e = shape(err);
  const name = errorName(err);
  if (name === 'ResourceNotFoundException') return 'not-found';
  if (name === 'ResourceInUseException') return 'in-use';
  if (name === 'AccessDeniedException' || name === 'AccessDenied') return 'access-denied';
  if (name === 'LimitExceededException') {
    const kind = limitKind(e.message ?? '');
    if (kind === 'throttled' || kind === 'stream-slots') return 'retryable';
    if (kind === 'unknown' && SLOT_OPERATIONS.has(operation)) return 'retryable';
    return 'fatal';
  }
  if (RETRYABLE_NAMES.has(name)) return 'retryable';
  // A host that does not resolve is a typo in endpoint-url or region, not a passing fault.
  if (e.code === 'ENOTFOUND') return 'fatal';
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

// Errors that prove the request was not carried out: refused before it was sent or turned away
// by a limit. Any other retryable error (5xx, reset, no answer in time) leaves the outcome unknown.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);
const REJECTED_NAMES = new Set(['LimitExceededException', 'ThrottlingException', 'Throttling', 'TooManyRequestsException', 'KMSThrottlingException']);

/** A retryable error after which the call may or may not have taken effect: observe before resending. */
export function isAmbiguous(err: unknown): boolean {
  const e = shape(err);
  if (REJECTED_NAMES.has(errorName(err))) return false;
  if (e.code && NOT_SENT_CODES.has(e.code)) return false;
  if (e.$metadata?.httpStatusCode === 429) return false;
  if (/without establishing a connection/i.test(e.message ?? '')) return false;
  return true;
}

/** Why a call is being retried, for the log: "throttled …", "failed with …". */
export function retryReason(operation: string, err: unknown): string {
  const name = errorName(err);
  if (name !== 'LimitExceededException') return `failed with ${name}`;
  if (isSlotWait(err, operation)) {
    return limitKind(shape(err).message ?? '') === 'stream-slots'
      ? "hit the account's limit of 5 streams CREATING or DELETING at once"
      : 'hit an account limit (LimitExceededException)';
  }
  return 'throttled (LimitExceededException)';
}

/** True when the error is "nothing listens there": a wrong endpoint-url, not a passing fault. */
export function isConnectionRefused(err: unknown): boolean {
  return shape(err).code === 'ECONNREFUSED';
}

/** Credentials removed (safe-text's redact) and on one line: for text that AWS or the SDK produced. */
export function redact(text: string): string {
  return redactSecrets(text).replace(/\s+/g, ' ').trim();
}

export interface FailureContext {
  /** SDK command name without "Command", e.g. "CreateStream" (also the IAM action's name). */
  operation: string;
  streamName: string;
  region: string;
}

/** What to do about a hard quota, by the call and the text AWS sent. */
function quotaAdvice(operation: string, message: string): string {
  if (operation === 'UpdateShardCount' && (/24|day/i.test(message) || !/shard limit|account|greater than|double|half/i.test(message))) {
    return 'UpdateShardCount is limited to 10 scalings per stream per rolling 24 hours (a slot frees 24 hours after the oldest): try again later, or declare a shard count that needs fewer steps.';
  }
  if (operation === 'UpdateStreamMode') return 'A stream can switch mode twice per rolling 24 hours: try again later.';
  if (/shard/i.test(message))
    return 'Lower the shard count, delete unused streams, or ask AWS for a higher shard quota (Service Quotas, Kinesis Data Streams).';
  return 'Lower the request, delete unused streams, or ask AWS for a higher Kinesis quota.';
}

/** One actionable line for an error that no retry can fix. */
export function explain(err: unknown, ctx: FailureContext): string {
  const name = errorName(err);
  const raw = shape(err).message ?? String(err);
  const aws = redact(raw).slice(0, 400);
  const action = `kinesis:${ctx.operation}`;
  const stream = `stream "${ctx.streamName}" in ${ctx.region}`;
  if (shape(err).code === 'ENOTFOUND') {
    const host = (err as { hostname?: unknown }).hostname;
    return (
      `Cannot resolve the Kinesis endpoint host${typeof host === 'string' ? ` "${host}"` : ''} (ENOTFOUND) on ${ctx.operation}: ` +
      `check the "endpoint-url" input (or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and the "region" input (now ${ctx.region}).`
    );
  }
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
      return `${ctx.operation} for ${stream} would exceed an account quota: ${aws}. ${quotaAdvice(ctx.operation, raw)}`;
  }
  if (name.startsWith('KMS')) {
    return `KMS refused ${ctx.operation} for ${stream} (${name}): check that the key exists, is enabled, and that its key policy lets this role use it. (AWS: ${aws})`;
  }
  return `${ctx.operation} failed for ${stream}: ${name}: ${aws}`;
}
