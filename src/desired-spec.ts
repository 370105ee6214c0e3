// Turns raw inputs into the desired stream spec, or into every input problem at once. Pure.
import type { RawInputs } from './inputs.js';

export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';

export interface DesiredSpec {
  streamName: string;
  /** Undefined when the workflow did not declare it (an existing stream is then never compared). */
  shardCount?: number;
  streamMode?: StreamMode;
  region: string;
  timeoutSeconds: number;
  endpointUrl?: string;
}

export type SpecResult = { ok: true; spec: DesiredSpec } | { ok: false; errors: string[] };

export const DEFAULT_TIMEOUT_SECONDS = 300;
/** UpdateShardCount's ceiling per stream; higher needs an AWS quota case and never works here. */
export const MAX_SHARDS = 10000;
const MAX_TIMEOUT_SECONDS = 86400;
const STREAM_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, ap-southeast-7 ...
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const MODES: readonly StreamMode[] = ['PROVISIONED', 'ON_DEMAND'];

/** Shows a value the way the user typed it, shortened so one line stays one line. */
export function show(value: string): string {
  const quoted = JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return value.length > 40 ? `${quoted} (${value.length} characters)` : quoted;
}

function wholeNumber(value: string): number | undefined {
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

export function parseSpec(raw: RawInputs, env: Record<string, string | undefined>): SpecResult {
  const errors: string[] = [];
  const bad = (input: string, value: string, rule: string): void => {
    errors.push(`Input "${input}" is ${show(value)}: ${rule}.`);
  };

  const streamName = raw['stream-name'];
  if (streamName === '') {
    errors.push('Input "stream-name" is required: give the Kinesis stream name (1-128 characters of a-z A-Z 0-9 _ . -).');
  } else if (!STREAM_NAME.test(streamName)) {
    bad('stream-name', streamName, 'it must be 1-128 characters of a-z A-Z 0-9 _ . - (no spaces)');
  }

  let shardCount: number | undefined;
  if (raw['shard-count'] !== '') {
    shardCount = wholeNumber(raw['shard-count']);
    if (shardCount === undefined || shardCount < 1 || shardCount > MAX_SHARDS) {
      bad('shard-count', raw['shard-count'], `it must be a whole number from 1 to ${MAX_SHARDS}`);
      shardCount = undefined;
    }
  }

  let streamMode: StreamMode | undefined;
  const modeRaw = raw['stream-mode'];
  if (modeRaw !== '') {
    const upper = modeRaw.toUpperCase().replace('-', '_');
    if ((MODES as readonly string[]).includes(upper)) streamMode = upper as StreamMode;
    else bad('stream-mode', modeRaw, 'it must be PROVISIONED or ON_DEMAND');
  }
  if (streamMode === 'ON_DEMAND' && raw['shard-count'] !== '') {
    errors.push(
      `Input "shard-count" (${show(raw['shard-count'])}) cannot be used with stream-mode ON_DEMAND: ` +
        'on-demand streams manage their own shards; remove shard-count or use PROVISIONED.',
    );
  }

  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  if (raw['timeout-seconds'] !== '') {
    const t = wholeNumber(raw['timeout-seconds']);
    if (t === undefined || t < 1 || t > MAX_TIMEOUT_SECONDS) {
      bad('timeout-seconds', raw['timeout-seconds'], `it must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
    } else timeoutSeconds = t;
  }

  const region = resolveRegion(raw.region, env, errors);

  let endpointUrl: string | undefined;
  if (raw['endpoint-url'] !== '') {
    endpointUrl = raw['endpoint-url'];
    let url: URL | undefined;
    try {
      url = new URL(endpointUrl);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
      bad('endpoint-url', endpointUrl, 'it must be an http:// or https:// URL without credentials, such as http://127.0.0.1:4567');
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    spec: { streamName, shardCount, streamMode, region: region as string, timeoutSeconds, endpointUrl },
  };
}

function resolveRegion(input: string, env: Record<string, string | undefined>, errors: string[]): string | undefined {
  const sources: Array<[string, string | undefined]> = [
    ['input "region"', input],
    ['AWS_REGION', env.AWS_REGION?.trim()],
    ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION?.trim()],
  ];
  const found = sources.find(([, v]) => v !== undefined && v !== '');
  if (!found) {
    errors.push(
      'No AWS region: set the "region" input, or AWS_REGION (aws-actions/configure-aws-credentials sets it for later steps).',
    );
    return undefined;
  }
  const [source, value] = found as [string, string];
  if (!REGION.test(value)) {
    const label = source.startsWith('input') ? 'Input "region"' : `${source} (used because the "region" input is unset)`;
    errors.push(`${label} is ${show(value)}: it must be an AWS region code such as us-east-1.`);
    return undefined;
  }
  return value;
}
