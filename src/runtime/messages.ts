// The lines a run says about its own progress and its end: timeouts, cancellation, budgets, progress.
// Pure: each takes what the run knows at that moment and gives one line. AWS's text is quoted redacted
// and on one line.
import { errorName } from '../aws/errors.js';
import { redactLine } from '../shared/safe-text.js';

/** Where the run stands, for the lines that end it early. */
export interface Situation {
  stream: string;
  region: string;
  timeoutSeconds: number;
  /** Seconds since the run began ("3.6"). */
  seconds: string;
  /** What the run was waiting for, as in "waiting for stream X to <goal>". */
  goal: string;
  /** Last status seen (or 'not found' / 'not yet seen'). */
  lastStatus: string;
  /** The last retryable error, if any. */
  lastError: unknown;
}

const awsText = (e: unknown, max = 200): string => redactLine(String((e as Error)?.message ?? '')).slice(0, max);

export function timeoutLine(s: Situation): string {
  const e = s.lastError;
  const name = e === undefined ? '' : errorName(e);
  const last =
    e === undefined
      ? ''
      : name === 'AbortError' || name === 'TimeoutError'
        ? ' Last error: a call got no answer in time (the endpoint hangs or the network is slow).'
        : ` Last error: ${name}: ${redactLine(String((e as Error).message ?? e))
            .slice(0, 200)
            .replace(/\.$/, '')}.`;
  return (
    `Timed out after ${s.seconds} s waiting for stream "${s.stream}" in ${s.region} to ${s.goal}; ` +
    `last status: ${s.lastStatus}.${last} Raise the "timeout-seconds" input (now ${s.timeoutSeconds}).`
  );
}

export function cancelLine(s: Situation, inFlight?: string): string {
  const st = s.lastStatus;
  const what = inFlight
    ? inFlight === 'CreateStream'
      ? `CreateStream for stream "${s.stream}" was in flight: the stream may exist and will finish creating on its own`
      : inFlight === 'DeleteStream'
        ? `DeleteStream for stream "${s.stream}" was in flight: the stream may be deleted, on its own`
        : `${inFlight} for stream "${s.stream}" was in flight: the change may still be applied, on its own`
    : st === 'not yet seen' || st === 'not found' || st === 'ACTIVE'
      ? `stream "${s.stream}" was ${st}; nothing was left in progress`
      : `stream "${s.stream}" is still ${st}; it will finish on its own`;
  return `Cancelled after ${s.seconds} s: ${what}.`;
}

/** A daily budget spent (daily-budget.ts decided it): say so, and that only time frees it. */
export function overBudgetLine(o: { operation: string; stream: string; error: unknown; seconds: number; refusals: number; budget: string }): string {
  const text = awsText(o.error);
  return (
    `${o.operation} for stream "${o.stream}" was refused ${o.refusals} times in a row over ${o.seconds.toFixed(0)} s ` +
    `(LimitExceededException${text ? `: ${text}` : ''}): most likely the daily budget of ${o.budget}, not a passing throttle. ` +
    'AWS does not say when it frees up: a slot frees 24 hours after the oldest change of the last day. Nothing more was changed; run again later.'
  );
}

export function unreachableLine(refusals: number, error: unknown, via?: string): string {
  const what = `connection refused ${refusals} times in a row (${redactLine(String((error as Error).message))})`;
  if (via) return `Cannot reach the Kinesis endpoint through the proxy ${via}: ${what}. Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY, and "endpoint-url".`;
  return `Cannot reach the Kinesis endpoint: ${what}. Check the "endpoint-url" input or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL.`;
}

export function slotWaitLine(operation: string, stream: string, region: string): string {
  return (
    `${operation} for stream "${stream}": the account is at its limit of 5 streams CREATING or DELETING in ${region}; waiting for a slot (until the ` +
    `timeout).`
  );
}

export function progressLine(o: { stream: string; status: string; waitedMs: number; polls: number; goal: string; secondsLeft: number }): string {
  return (
    `Stream "${o.stream}": still ${o.status} after ${Math.floor(o.waitedMs / 1000)} s (${o.polls} checks), waiting to ${o.goal}; ` +
    `timeout in ${o.secondsLeft} s.`
  );
}
