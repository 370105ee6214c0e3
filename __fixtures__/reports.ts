// The summaries a reviewer meets, one per kind of run: what report.test.ts checks line by line and
// render.test.ts renders the way GitHub does (the renders in __tests__/renders/, the pictures in docs/).
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { outcome } from '../src/model/outcome.js';
import type { DriftItem, PlanDocument } from '../src/model/plan.js';
import type { Report } from '../src/report/summary.js';

const ARN = 'arn:aws:kinesis:eu-west-1:123456789012:stream/orders';

export const STREAM: StreamDescriptionSummary = {
  StreamName: 'orders',
  StreamARN: ARN,
  StreamStatus: 'ACTIVE',
  StreamModeDetails: { StreamMode: 'PROVISIONED' },
  OpenShardCount: 2,
  RetentionPeriodHours: 48,
  StreamCreationTimestamp: new Date('2026-11-02T09:30:00Z'),
  EnhancedMonitoring: [],
  ConsumerCount: 0,
};

const planOf = (changes: DriftItem[], fingerprint = 'sha256:4f1c2a9be07d' + '0'.repeat(52)): PlanDocument => ({
  format: 'ensure-kinesis-data-stream/plan@1',
  stream: 'orders',
  region: 'eu-west-1',
  changes,
  observed: { arn: ARN, created: '2026-11-02T09:30:00.000Z', status: 'ACTIVE', settings: {} },
  inputs: {},
  fingerprint,
});

const base: Report = { streamName: 'orders', region: 'eu-west-1', customEndpoint: false, elapsedMs: 1240, apiCalls: 3, onDrift: 'report' };

/** 12 tags that differ: 10 new, 2 with another value. */
const tagRows: DriftItem[] = Array.from({ length: 12 }, (_, i) => ({
  setting: `tags.${['team', 'env', 'cost-center', 'owner', 'service', 'tier', 'domain', 'pii', 'region', 'app', 'version', 'oncall'][i]}`,
  current: i < 2 ? 'old' : null,
  desired: `value-${i}`,
  action: 'AddTagsToStream',
}));

export const UPDATE_ROWS: DriftItem[] = [
  { setting: 'shard-count', current: 2, desired: 8, action: 'UpdateShardCount 2 → 4 → 8' },
  { setting: 'retention-hours', current: 48, desired: 168, action: 'IncreaseStreamRetentionPeriod' },
  ...tagRows,
];
const UPDATE_STEPS = ['UpdateShardCount', 'UpdateShardCount', 'IncreaseStreamRetentionPeriod', 'AddTagsToStream', 'AddTagsToStream'];

const CREATE_ROWS: DriftItem[] = [
  { setting: 'stream', current: 'absent', desired: 'present', action: 'CreateStream' },
  { setting: 'stream-mode', current: null, desired: 'PROVISIONED', action: 'CreateStream' },
  { setting: 'shard-count', current: null, desired: 2, action: 'CreateStream' },
  { setting: 'tags.team', current: null, desired: 'data', action: 'CreateStream' },
  { setting: 'retention-hours', current: null, desired: 48, action: 'IncreaseStreamRetentionPeriod' },
  { setting: 'shard-level-metrics', current: null, desired: 'IncomingBytes,OutgoingBytes', action: 'EnableEnhancedMonitoring' },
  { setting: 'consumers.analytics', current: null, desired: 'ACTIVE', action: 'RegisterStreamConsumer' },
];
const CREATE_STEPS = ['CreateStream', 'IncreaseStreamRetentionPeriod', 'EnableEnhancedMonitoring', 'RegisterStreamConsumer'];

const DELETE_ROW: DriftItem = { setting: 'stream', current: 'ACTIVE', desired: 'absent', action: 'DeleteStream with 2 consumers' };
const deletion = { retentionHours: 48, consumers: 2, consumerNames: ['analytics', 'archiver'] };
const CHANNEL_ROWS: DriftItem[] = ['to-lake', 'to-tables'].map((n) => ({
  setting: `channels.${n}`,
  current: 'ACTIVE',
  desired: 'absent',
  action: 'DeleteChannel',
}));

/** A sweep of pv-* (dry run): two streams to delete, the others kept with their reasons. */
export const SWEEP_REPORT: Report = {
  ...base,
  streamName: 'pv-*',
  dryRun: true,
  result: outcome('dry run', {
    steps: ['DeleteStream', 'DeleteStream'],
    sweep: [
      { stream: 'pv-12-orders', owner: 'octo/repo', pr: { number: 12, state: 'closed' }, verdict: 'delete', why: 'pull request #12 is closed' },
      { stream: 'pv-13-orders', owner: 'octo/repo', pr: { number: 13, state: 'open' }, verdict: 'keep', why: 'pull request #13 is open' },
      { stream: 'pv-it-77-1', owner: 'octo/repo', expires: '2026-12-01T10:00:00Z', verdict: 'delete', why: 'it expired at 2026-12-01T10:00:00Z' },
      { stream: 'pv-legacy', owner: '', verdict: 'keep', why: 'it has no github:repository tag (not made by this action, or with provenance-tags: false)' },
      { stream: 'pv-theirs', owner: 'someone/else', expires: '2026-11-01T00:00:00Z', verdict: 'keep', why: 'it belongs to someone/else' },
    ],
  }),
};

export const REPORTS: Record<string, Report> = {
  /** A creation, done: what it was created with and the calls made. */
  create: {
    ...base,
    result: outcome('created', { stream: STREAM, created: true, rows: CREATE_ROWS, steps: CREATE_STEPS }),
    plan: planOf(CREATE_ROWS),
    apiCalls: 9,
    elapsedMs: 31_400,
  },
  /** on-drift: report finds shard, retention and 12 tag differences. */
  drift: {
    ...base,
    result: outcome('drift reported', { stream: STREAM, drift: UPDATE_ROWS, rows: UPDATE_ROWS, steps: UPDATE_STEPS }),
    plan: planOf(UPDATE_ROWS),
  },
  /** The plan job of a gated deploy (dry run, on-drift: update). */
  'dry-run': {
    ...base,
    dryRun: true,
    onDrift: 'update',
    result: outcome('dry run', { stream: STREAM, drift: UPDATE_ROWS, rows: UPDATE_ROWS, steps: UPDATE_STEPS }),
    plan: planOf(UPDATE_ROWS),
  },
  /** The gated job applied the reviewed plan: before / after. */
  apply: {
    ...base,
    onDrift: 'update',
    result: outcome('updated', { stream: { ...STREAM, OpenShardCount: 8, RetentionPeriodHours: 168 }, changed: true, rows: UPDATE_ROWS, steps: UPDATE_STEPS }),
    plan: planOf(UPDATE_ROWS),
    reviewed: true,
    reviewedFingerprint: planOf([]).fingerprint,
    apiCalls: 14,
    elapsedMs: 248_000,
  },
  /** A teardown's plan: the loss is said at the top. */
  teardown: {
    ...base,
    dryRun: true,
    result: outcome('dry run', { stream: { ...STREAM, ConsumerCount: 2 }, rows: [DELETE_ROW], steps: ['DeleteStream'], deletion }),
    plan: planOf([DELETE_ROW]),
  },
  /** A reviewed plan that no longer holds: both fingerprints, nothing changed. */
  failure: {
    ...base,
    onDrift: 'update',
    result: outcome('failed', { stream: { ...STREAM, OpenShardCount: 3 } }),
    errors: [
      'Stream "orders" is not as it was when the plan was reviewed (reviewed plan 4f1c2a9be07d, the stream now gives 9e03b7d2c4a1), so nothing was ' +
        'changed: shard-count is 3 now, was 2 when the plan was reviewed. Run the plan job again and review the new plan.',
    ],
    plan: planOf([{ setting: 'shard-count', current: 3, desired: 8, action: 'UpdateShardCount 3 → 6 → 8' }], 'sha256:9e03b7d2c4a1' + '0'.repeat(52)),
    reviewedFingerprint: planOf([]).fingerprint,
    changesSent: 0,
  },
  /** A creation with time-to-live: when it expires, under the counts. */
  'create-ttl': {
    ...base,
    result: outcome('created', { stream: STREAM, created: true, rows: CREATE_ROWS, steps: CREATE_STEPS }),
    plan: planOf(CREATE_ROWS),
    expiry: { at: '2026-12-09T09:30:00Z' },
    apiCalls: 9,
    elapsedMs: 31_400,
  },
  /** A teardown plan of a stream with channels (enforce-channel-deletion): each channel goes first, loudly. */
  'teardown-channels': {
    ...base,
    dryRun: true,
    result: outcome('dry run', {
      stream: { ...STREAM, ChannelCount: 2 },
      rows: [DELETE_ROW, ...CHANNEL_ROWS],
      steps: ['DeleteChannel', 'DeleteChannel', 'DeleteStream'],
      deletion: { retentionHours: 48, consumers: 0, channels: { count: 2, names: ['to-lake', 'to-tables'] } },
    }),
    plan: planOf([DELETE_ROW, ...CHANNEL_ROWS]),
  },
  /** Nothing to do: the one-call run. */
  'no-changes': { ...base, result: outcome('found', { stream: STREAM }), apiCalls: 1, elapsedMs: 140 },
};
