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
import { bad, parseBoolean, parseChoice, parseDuration, parseEncryption, parseMetrics, parseTags, parseWhole, type Problems } from './settings.js';
import { endpointProblem, resolveRegion, withoutUserinfo } from './where.js';

export type SpecResult = { ok: true; spec: DesiredSpec } | { ok: false; errors: string[] };

export const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 86400;
const STREAM_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
/** A sweep's pattern: stream-name characters with * and ?. */
const STREAM_GLOB = /^[a-zA-Z0-9_.*?-]{1,128}$/;

export function parseSpec(raw: RawInputs, env: Record<string, string | undefined>): SpecResult {
  const problems: Problems = [];

  const byArn = parseStreamArn(problems, raw['stream-arn'], raw['stream-name'], raw.state, raw.region);
  const streamName = byArn?.name ?? raw['stream-name'];
  // A name given through stream-arn was checked there.
  if (raw['stream-arn'] === '' && streamName === '') {
    problems.push('Input "stream-name" is required: give the Kinesis stream name (1-128 characters of a-z A-Z 0-9 _ . -), or stream-arn to adopt one.');
  }
  const state = parseChoice(problems, 'state', raw.state, ['present', 'absent'] as const) ?? 'present';
  const sweep = raw['stream-arn'] === '' && /[*?]/.test(streamName);
  if (raw['stream-arn'] !== '' || streamName === '') {
    // Said above.
  } else if (sweep) {
    if (!STREAM_GLOB.test(streamName)) bad(problems, 'stream-name', streamName, 'a pattern is 1-128 characters of a-z A-Z 0-9 _ . - with * and ?');
    else if (state !== 'absent')
      bad(problems, 'stream-name', streamName, 'a pattern (* or ?) only sweeps streams with state: absent; name one stream to create or adopt it');
  } else if (!STREAM_NAME.test(streamName)) {
    bad(problems, 'stream-name', streamName, 'it must be 1-128 characters of a-z A-Z 0-9 _ . - (no spaces)');
  }
  const deleteAtJobEnd = parseBoolean(problems, 'delete-at-job-end', raw['delete-at-job-end'], false);
  if (deleteAtJobEnd && (state === 'absent' || raw['stream-arn'] !== '')) {
    problems.push(
      'Input "delete-at-job-end" deletes the stream this step creates when the job ends: it needs state: present and stream-name (a step that deletes, ' +
        'or adopts by stream-arn, creates nothing).',
    );
  }
  const timeToLive = parseDuration(problems, 'time-to-live', raw['time-to-live']);
  if (timeToLive && (state === 'absent' || raw['stream-arn'] !== '')) {
    problems.push('Input "time-to-live" tags a stream this step creates (or one made with it): it needs state: present and stream-name.');
  }
  const maxDeletions = parseWhole(problems, 'max-deletions', raw['max-deletions'], 1, 1000) ?? 20;
  if (raw['max-deletions'] !== '' && !sweep) problems.push('Input "max-deletions" caps a sweep: it needs a stream-name pattern (* or ?) with state: absent.');
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
  const recordDistribution = parseChoice(problems, 'record-distribution', raw['record-distribution'], ['AUTO', 'USER_PARTITION_KEY'] as const);
  if (raw['record-distribution'] !== '' && streamMode !== 'ON_DEMAND') {
    problems.push(
      `Input "record-distribution" (${show(raw['record-distribution'])}) needs stream-mode ON_DEMAND: provisioned streams place records by partition ` +
        'key only; add stream-mode: ON_DEMAND or remove it.',
    );
  }
  const consumers = parseConsumers(problems, raw.consumers);
  const consumerTags = parseTags(problems, raw['consumer-tags'], 'consumer-tags', 'a consumer');
  if (raw['consumer-tags'] !== '' && raw.consumers === '') {
    problems.push('Input "consumer-tags" needs "consumers": it tags the consumers the step declares; name them, or remove it.');
  }
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
  const enforceChannelDeletion = parseBoolean(problems, 'enforce-channel-deletion', raw['enforce-channel-deletion'], false);
  const allowForeignDelete = parseBoolean(problems, 'allow-foreign-delete', raw['allow-foreign-delete'], false);
  const commentOnPr = parseBoolean(problems, 'comment-on-pr', raw['comment-on-pr'], false);
  let expectedPlan: PlanDocument | undefined;
  if (raw['expected-plan'] !== '') {
    const parsedPlan = parsePlan(raw['expected-plan']);
    if ('problem' in parsedPlan) problems.push(`Input "expected-plan" cannot be used: ${parsedPlan.problem}.`);
    else expectedPlan = parsedPlan.plan;
  }
  if (sweep && expectedPlan)
    problems.push('Input "expected-plan" cannot be used with a stream-name pattern: a sweep is not a reviewed plan; see it with dry-run.');
  if (sweep && allowForeignDelete) {
    problems.push(
      'Input "allow-foreign-delete" cannot be used with a stream-name pattern: a sweep only ever deletes streams whose github:repository tag names ' +
        'this repository.',
    );
  }
  const timeoutSeconds = parseWhole(problems, 'timeout-seconds', raw['timeout-seconds'], 1, MAX_TIMEOUT_SECONDS, ' of seconds') ?? DEFAULT_TIMEOUT_SECONDS;
  // A stream named by ARN is in the ARN's region, whatever AWS_REGION says (a malformed ARN is a problem already).
  const region = raw['stream-arn'] !== '' ? byArn?.region : resolveRegion(raw.region, env, problems);

  let endpointUrl: string | undefined;
  if (raw['endpoint-url'] !== '') {
    endpointUrl = raw['endpoint-url'];
    const rule = endpointProblem(endpointUrl);
    if (rule) bad(problems, 'endpoint-url', redact(withoutUserinfo(endpointUrl)), rule);
  }

  if (problems.length > 0) return { ok: false, errors: problems };
  const spec: DesiredSpec = {
    streamName,
    streamArn: byArn?.arn,
    state,
    streamMode,
    shardCount,
    retentionHours,
    encryption,
    shardLevelMetrics,
    maxRecordSizeKiB,
    tags,
    warmThroughputMiBps,
    recordDistribution,
    consumers,
    consumerTags,
    resourcePolicy,
    readerAccountIds,
    allowedAccountIds,
    onDrift,
    dryRun,
    provenanceTags,
    enforceConsumerDeletion,
    enforceChannelDeletion,
    allowForeignDelete,
    sweep,
    maxDeletions,
    deleteAtJobEnd,
    timeToLive,
    expectedPlan,
    commentOnPr,
    githubToken: raw['github-token'],
    region: region as string,
    timeoutSeconds,
    endpointUrl,
  };
  return { ok: true, spec };
}

const STREAM_ARN = /^arn:aws[a-z-]{0,20}:kinesis:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):stream\/([a-zA-Z0-9_.-]{1,128})$/;

/**
 * stream-arn: a stream to adopt by its ARN (another account's, through its resource policy). Exactly
 * one of stream-name and stream-arn; the region is the ARN's (a region input that disagrees is refused);
 * never with state: absent (a teardown deletes by name, in its own account).
 */
function parseStreamArn(
  problems: Problems,
  arn: string,
  name: string,
  state: string,
  region: string,
): { arn: string; name: string; region: string } | undefined {
  if (arn === '') return undefined;
  const m = STREAM_ARN.exec(arn);
  if (!m) {
    bad(problems, 'stream-arn', arn, 'it must be a Kinesis stream ARN: arn:aws:kinesis:REGION:ACCOUNT:stream/NAME');
    return undefined;
  }
  if (name !== '') problems.push('Inputs "stream-name" and "stream-arn" cannot be used together: give one (stream-arn adopts a stream by its ARN).');
  if (region !== '' && region !== m[1])
    problems.push(`Input "region" is ${show(region)}, but stream-arn names a stream in ${m[1]}: remove region, or make them agree.`);
  if (state === 'absent')
    problems.push('Input "stream-arn" cannot be used with state: absent: a teardown deletes a stream by name, in its own account (use stream-name).');
  return { arn, name: m[3], region: m[1] };
}
