// Sorts AWS SDK errors into what the action does next: wait, retry, tell apart, or stop (explain.ts
// then says what to fix). Pure.

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

export function shape(err: unknown): SdkErrorShape {
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
