// Turns raw inputs into the desired stream spec, or into every input problem at once. Pure: nothing
// here calls AWS, so what can never work is refused before any API call.
import { MAX_SHARDS } from '../model/kinesis.js';
import type { PlanDocument } from '../model/plan.js';
import type { DesiredSpec } from '../model/spec.js';
import { parsePlan } from '../plan/document.js';
import { redact } from '../shared/safe-text.js';
import { show } from '../shared/show.js';
import { parseAccountIds, parseConsumers, parsePolicy } from './access.js';
import type { RawInputs } from './read.js';
import { bad, parseBoolean, parseChoice, parseEncryption, parseMetrics, parseTags, parseWhole, type Problems } from './settings.js';
import { endpointProblem, resolveRegion, withoutUserinfo } from './where.js';

export type SpecResult = { ok: true; spec: DesiredSpec } | { ok: false; errors: string[] };

export const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 86400;
const STREAM_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;

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
      `Input "warm-throughput-mibps" (${show(raw['warm-throughput-mibps'])}) needs stream-mode ON_DEMAND: provisioned streams have no warm throughput; add ` +
        `stream-mode: ON_DEMAND or remove it.`,
    );
  }
  const consumers = parseConsumers(problems, raw.consumers);
  const resourcePolicy = parsePolicy(problems, raw['resource-policy']);
  const readerAccountIds = parseAccountIds(problems, raw['reader-account-ids']);
  const allowedAccountIds = parseAccountIds(problems, raw['allowed-account-ids'], 'allowed-account-ids');
  if (raw['resource-policy'] !== '' && raw['reader-account-ids'] !== '') {
    problems.push(
      'Inputs "resource-policy" and "reader-account-ids" cannot be used together: both set the stream\'s one resource policy; put the readers in your ' +
        'policy, or drop it.',
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
    allowedAccountIds,
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
  return { ok: true, spec };
}
