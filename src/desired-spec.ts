// Turns raw inputs into the desired stream spec, or into every input problem at once. Pure: nothing
// here calls AWS, so what can never work is refused before any API call.
import type { RawInputs } from './inputs.js';
import { bad, parseBoolean, parseChoice, parseEncryption, parseMetrics, parseTags, parseWhole, type Encryption, type Problems } from './parse-settings.js';
import { parseAccountIds, parseConsumers, parsePolicy } from './parse-access.js';
import { inputDifferences, parsePlan, type PlanDocument } from './plan-document.js';
import { redact } from './safe-text.js';
import { show } from './show.js';

export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';
export type DriftPolicy = 'report' | 'update' | 'fail';

/** Settings the workflow declared; an undefined one is never compared with an existing stream. */
export interface DeclaredSettings {
  streamMode?: StreamMode;
  shardCount?: number;
  retentionHours?: number;
  encryption?: Encryption;
  /** The full set of shard-level metrics wanted ([] = none). */
  shardLevelMetrics?: string[];
  maxRecordSizeKiB?: number;
  tags?: Record<string, string>;
  /** ON_DEMAND only: the warm throughput target (MiB/s). */
  warmThroughputMiBps?: number;
  /** Enhanced fan-out consumers, in input order (undeclared ones are left alone). */
  consumers?: string[];
  /** Inline resource policy for the stream (parsed JSON). */
  resourcePolicy?: Record<string, unknown>;
  /** Accounts given the standard read policy on the stream and the declared consumers. */
  readerAccountIds?: string[];
}

export interface DesiredSpec extends DeclaredSettings {
  streamName: string;
  state: 'present' | 'absent';
  onDrift: DriftPolicy;
  dryRun: boolean;
  provenanceTags: boolean;
  enforceConsumerDeletion: boolean;
  /** state absent: delete a stream whose github:repository tag names another repository. */
  allowForeignDelete: boolean;
  /** The reviewed plan: change nothing unless the live plan is the same. */
  expectedPlan?: PlanDocument;
  commentOnPr: boolean;
  /** Never logged or echoed (masked with core.setSecret). */
  githubToken: string;
  region: string;
  timeoutSeconds: number;
  endpointUrl?: string;
}

export type SpecResult = { ok: true; spec: DesiredSpec } | { ok: false; errors: string[] };

export const DEFAULT_TIMEOUT_SECONDS = 300;
/** UpdateShardCount's ceiling per stream. */
export const MAX_SHARDS = 10000;
const MAX_TIMEOUT_SECONDS = 86400;
const STREAM_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, ap-southeast-7 ...
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

export function parseSpec(raw: RawInputs, env: Record<string, string | undefined>): SpecResult {
  const problems: Problems = [];

  const streamName = raw['stream-name'];
  if (streamName === '') {
    problems.push('Input "stream-name" is required: give the Kinesis stream name (1-128 characters of a-z A-Z 0-9 _ . -).');
  } else if (!STREAM_NAME.test(streamName)) {
    bad(problems, 'stream-name', streamName, 'it must be 1-128 characters of a-z A-Z 0-9 _ . - (no spaces)');
  }

  const state = parseChoice(problems, 'state', raw.state, ['present', 'absent'] as const) ?? 'present';
  const shardCount = parseWhole(problems, 'shard-count', raw['shard-count'], 1, MAX_SHARDS);
  const streamMode = parseChoice(problems, 'stream-mode', raw['stream-mode'], ['PROVISIONED', 'ON_DEMAND'] as const);
  if (streamMode === 'ON_DEMAND' && raw['shard-count'] !== '') {
    problems.push(
      `Input "shard-count" (${show(raw['shard-count'])}) cannot be used with stream-mode ON_DEMAND: ` +
        'on-demand streams manage their own shards; remove shard-count or use PROVISIONED.',
    );
  }
  const retentionHours = parseWhole(problems, 'retention-hours', raw['retention-hours'], 24, 8760, ' of hours');
  const encryption = parseEncryption(problems, raw['encryption-type'], raw['kms-key-id']);
  const tags = parseTags(problems, raw.tags);
  const shardLevelMetrics = parseMetrics(problems, raw['shard-level-metrics']);
  const maxRecordSizeKiB = parseWhole(problems, 'max-record-size-kib', raw['max-record-size-kib'], 1024, 10240, ' of KiB');
  const warmThroughputMiBps = parseWhole(problems, 'warm-throughput-mibps', raw['warm-throughput-mibps'], 1, 10240, ' of MiB/s');
  if (raw['warm-throughput-mibps'] !== '' && streamMode !== 'ON_DEMAND') {
    problems.push(
      `Input "warm-throughput-mibps" (${show(raw['warm-throughput-mibps'])}) needs stream-mode ON_DEMAND: provisioned streams have no warm throughput; add stream-mode: ON_DEMAND or remove it.`,
    );
  }
  const consumers = parseConsumers(problems, raw.consumers);
  const resourcePolicy = parsePolicy(problems, raw['resource-policy']);
  const readerAccountIds = parseAccountIds(problems, raw['reader-account-ids']);
  if (raw['resource-policy'] !== '' && raw['reader-account-ids'] !== '') {
    problems.push(
      'Inputs "resource-policy" and "reader-account-ids" cannot be used together: both set the stream\'s one resource policy; put the readers in your policy, or drop it.',
    );
  }
  const onDrift = parseChoice(problems, 'on-drift', raw['on-drift'], ['report', 'update', 'fail'] as const) ?? 'report';
  const dryRun = parseBoolean(problems, 'dry-run', raw['dry-run'], false);
  const provenanceTags = parseBoolean(problems, 'provenance-tags', raw['provenance-tags'], true);
  const enforceConsumerDeletion = parseBoolean(problems, 'enforce-consumer-deletion', raw['enforce-consumer-deletion'], false);
  const allowForeignDelete = parseBoolean(problems, 'allow-foreign-delete', raw['allow-foreign-delete'], false);
  const commentOnPr = parseBoolean(problems, 'comment-on-pr', raw['comment-on-pr'], false);
  let expectedPlan: PlanDocument | undefined;
  if (raw['expected-plan'] !== '') {
    const parsedPlan = parsePlan(raw['expected-plan']);
    if ('problem' in parsedPlan) problems.push(`Input "expected-plan" cannot be used: ${parsedPlan.problem}.`);
    else expectedPlan = parsedPlan.plan;
  }
  const timeoutSeconds = parseWhole(problems, 'timeout-seconds', raw['timeout-seconds'], 1, MAX_TIMEOUT_SECONDS, ' of seconds') ?? DEFAULT_TIMEOUT_SECONDS;
  const region = resolveRegion(raw.region, env, problems);

  let endpointUrl: string | undefined;
  if (raw['endpoint-url'] !== '') {
    endpointUrl = raw['endpoint-url'];
    const rule = endpointProblem(endpointUrl);
    if (rule) bad(problems, 'endpoint-url', redact(withoutUserinfo(endpointUrl)), rule);
  }

  if (problems.length > 0) return { ok: false, errors: problems };
  const spec: DesiredSpec = {
    streamName,
    state,
    streamMode,
    shardCount,
    retentionHours,
    encryption,
    shardLevelMetrics,
    maxRecordSizeKiB,
    tags,
    warmThroughputMiBps,
    consumers,
    resourcePolicy,
    readerAccountIds,
    onDrift,
    dryRun,
    provenanceTags,
    enforceConsumerDeletion,
    allowForeignDelete,
    expectedPlan,
    commentOnPr,
    githubToken: raw['github-token'],
    region: region as string,
    timeoutSeconds,
    endpointUrl,
  };
  // A reviewed plan holds for the inputs it was made with: replaying it with other settings is refused
  // before any call, naming each input that differs.
  const moved = expectedPlan ? inputDifferences(expectedPlan, spec) : [];
  if (moved.length > 0) {
    return {
      ok: false,
      errors: [
        `Input "expected-plan" was made with other inputs, so nothing was done: ${moved.join('; ')}. Use the same inputs in the plan and apply steps, or review a new plan.`,
      ],
    };
  }
  return { ok: true, spec };
}

const PLAIN_URL_RULE = 'it must be an http:// or https:// URL without credentials, such as http://127.0.0.1:4567';
/** scheme://authority, then the rest (path, query, fragment). A backslash ends the authority as in WHATWG URLs. */
const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)(.*)$/is;

/** Why an endpoint-url cannot be used, or undefined when it is scheme://host[:port] with an optional "/". */
function endpointProblem(value: string): string | undefined {
  const parts = URL_PARTS.exec(value);
  if (!parts || !/^https?$/i.test(parts[1]) || /[\s\p{Cc}]/u.test(value)) return PLAIN_URL_RULE;
  const [, , authority, rest] = parts;
  if (authority.includes('@')) {
    return 'it must not contain a user name or password (the action signs requests with the AWS credentials of the job); give scheme://host[:port] only, such as http://127.0.0.1:4567';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return PLAIN_URL_RULE;
  }
  if ((rest !== '' && rest !== '/') || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return 'it must be scheme://host[:port] only, without a path, query or fragment (a trailing "/" is fine), such as http://127.0.0.1:4567';
  }
  return undefined;
}

/** The value with any user:password@ replaced by ***@, so that an error never echoes a credential. */
function withoutUserinfo(value: string): string {
  return value.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#\\]*@/is, '$1***@');
}

function resolveRegion(input: string, env: Record<string, string | undefined>, problems: Problems): string | undefined {
  const sources: Array<[string, string | undefined]> = [
    ['input "region"', input],
    ['AWS_REGION', env.AWS_REGION?.trim()],
    ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION?.trim()],
  ];
  const found = sources.find(([, v]) => v !== undefined && v !== '');
  if (!found) {
    problems.push('No AWS region: set the "region" input, or AWS_REGION (aws-actions/configure-aws-credentials sets it for later steps).');
    return undefined;
  }
  const [source, value] = found as [string, string];
  if (!REGION.test(value)) {
    const label = source.startsWith('input') ? 'Input "region"' : `${source} (used because the "region" input is unset)`;
    problems.push(`${label} is ${show(value)}: it must be an AWS region code such as us-east-1.`);
    return undefined;
  }
  return value;
}
