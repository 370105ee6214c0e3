// A Kinesis double on virtual time, behind aws-sdk-client-mock: streams move CREATING → ACTIVE and
// DELETING → gone as the FakeClock advances. `fault` injects errors per call.
import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  DeleteStreamCommand,
  DescribeStreamSummaryCommand,
  DisableEnhancedMonitoringCommand,
  EnableEnhancedMonitoringCommand,
  IncreaseStreamRetentionPeriodCommand,
  KinesisClient,
  ListTagsForStreamCommand,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  UpdateMaxRecordSizeCommand,
  UpdateShardCountCommand,
  UpdateStreamModeCommand,
  RemoveTagsFromStreamCommand,
  DescribeAccountSettingsCommand,
  DescribeLimitsCommand,
  ListShardsCommand,
  ListStreamConsumersCommand,
  RegisterStreamConsumerCommand,
  DescribeStreamConsumerCommand,
  GetResourcePolicyCommand,
  PutResourcePolicyCommand,
  UpdateStreamWarmThroughputCommand,
  UpdateStreamRecordDistributionStrategyCommand,
  ListChannelsCommand,
  DeleteChannelCommand,
  TagResourceCommand,
  ListTagsForResourceCommand,
  ListStreamsCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type StreamDescriptionSummary,
} from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import type { FakeClock } from './fake-clock.js';

export interface SimStream {
  status: 'CREATING' | 'ACTIVE' | 'UPDATING' | 'DELETING';
  /** Virtual time at which CREATING/UPDATING turns ACTIVE, or DELETING makes it vanish. */
  until: number;
  mode: 'PROVISIONED' | 'ON_DEMAND';
  shards: number;
  retention?: number;
  consumers?: number;
  tags?: Record<string, string>;
  encryption?: { type: 'NONE' | 'KMS'; keyId?: string };
  metrics?: string[];
  maxRecordKiB?: number;
  /** Virtual time of creation (StreamCreationTimestamp): tells a re-created stream from the old one. */
  createdAt?: number;
  /** Warm throughput target (ON_DEMAND). */
  warm?: number;
  /** Enhanced fan-out consumers (CREATING turns ACTIVE at `until`). */
  consumerList?: Array<{ name: string; status: 'CREATING' | 'ACTIVE' | 'DELETING'; until: number; createdAt: number; tags?: Record<string, string> }>;
  /** ON_DEMAND: RecordDistributionStrategy (reported only for ON_DEMAND streams, as AWS does). */
  placement?: 'AUTO' | 'USER_PARTITION_KEY';
  /** Channels delivering the stream to S3 (DELETING ones vanish at `until`); ChannelCount counts them. */
  channels?: Array<{ name: string; status: 'ACTIVE' | 'DELETING'; until?: number }>;
}

/** The stream a call names, by StreamName or by StreamARN (…:stream/NAME). */
const keyOf = (i: { StreamName?: string; StreamARN?: string }): string => i.StreamName ?? i.StreamARN?.split('/').pop() ?? '';

export type Op = string;

/** An error shaped like the SDK's: name, $fault and HTTP status. */
export function awsError(name: string, message = name, status = 400, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    ...extra,
  });
}

export interface SimOptions {
  createMs?: number;
  updateMs?: number;
  deleteMs?: number;
  region?: string;
  /** Like AWS: at most this many streams CREATING or DELETING at once; CreateStream/DeleteStream beyond it get LimitExceeded. */
  slots?: { limit: number; message: string };
  /** DescribeLimits answers (open and on-demand counts are computed from the streams). */
  limits?: { ShardLimit: number; OnDemandStreamCountLimit: number };
  /** DescribeAccountSettings: the minimum throughput billing commitment's Status, or 'denied'; unset: no answer (the call is not mocked). */
  commitment?: string;
}

export function simulateKinesis(clock: FakeClock, opts: SimOptions = {}) {
  const createMs = opts.createMs ?? 3000;
  const updateMs = opts.updateMs ?? 1000;
  const deleteMs = opts.deleteMs ?? 1000;
  const streams = new Map<string, SimStream>();
  const calls: Op[] = [];
  const mock = mockClient(KinesisClient);
  /** Resource policies by resource ARN. */
  const policies = new Map<string, string>();
  const sim = {
    mock,
    policies,
    streams,
    calls,
    client: new KinesisClient({ region: opts.region ?? 'us-east-1' }),
    /** Return an error to fail call number n (0-based, all operations counted) of `op`. */
    fault: undefined as undefined | ((op: Op, n: number) => Error | undefined),
    /** Runs after a call's effect, before it answers (e.g. to lose a CreateStream answer). */
    afterEffect: undefined as undefined | ((op: Op) => Error | undefined),
    count: (op?: Op) => (op ? calls.filter((c) => c === op).length : calls.length),
  };

  const settle = (name: string): SimStream | undefined => {
    const s = streams.get(name);
    if (s && s.status !== 'ACTIVE' && clock.now() >= s.until) {
      if (s.status === 'DELETING') streams.delete(name);
      else s.status = 'ACTIVE';
    }
    return streams.get(name);
  };
  /** The account-wide CREATING-or-DELETING limit, answered with the text a test chose. */
  const takeSlot = (): void => {
    if (!opts.slots) return;
    const busy = [...streams.keys()].filter((k) => ['CREATING', 'DELETING'].includes(settle(k)?.status ?? '')).length;
    if (busy >= opts.slots.limit) throw awsError('LimitExceededException', opts.slots.message);
  };
  const enter = (op: Op): void => {
    const n = calls.length;
    calls.push(op);
    const err = sim.fault?.(op, n);
    if (err) throw err;
  };

  mock.on(DescribeStreamSummaryCommand).callsFake(async (input: { StreamName?: string; StreamARN?: string }) => {
    enter('DescribeStreamSummary');
    const name = keyOf(input);
    const s = settle(name);
    if (!s) throw new ResourceNotFoundException({ message: `Stream ${name} under account 123456789012 not found.`, $metadata: {} });
    const summary: StreamDescriptionSummary = {
      StreamName: name,
      StreamARN: `arn:aws:kinesis:${opts.region ?? 'us-east-1'}:123456789012:stream/${name}`,
      StreamStatus: s.status,
      StreamModeDetails: { StreamMode: s.mode },
      OpenShardCount: s.shards,
      RetentionPeriodHours: s.retention ?? 24,
      StreamCreationTimestamp: new Date(s.createdAt ?? 0),
      EnhancedMonitoring: [{ ShardLevelMetrics: (s.metrics ?? []) as never }],
      EncryptionType: s.encryption?.type ?? 'NONE',
      KeyId: s.encryption?.keyId,
      ConsumerCount: s.consumers ?? 0,
      MaxRecordSizeInKiB: s.maxRecordKiB,
      ...(s.warm !== undefined ? { WarmThroughput: { TargetMiBps: s.warm, CurrentMiBps: s.warm } } : {}),
      ...(s.mode === 'ON_DEMAND' && s.placement ? { RecordDistributionStrategy: s.placement } : {}),
      ...(s.channels ? { ChannelCount: channelsOf(s).length } : {}),
    };
    return { StreamDescriptionSummary: summary };
  });

  mock.on(CreateStreamCommand).callsFake(async (input: { StreamName: string; ShardCount?: number; StreamModeDetails?: { StreamMode?: string } }) => {
    enter('CreateStream');
    if (settle(input.StreamName)) {
      throw new ResourceInUseException({ message: `Stream ${input.StreamName} under account 123456789012 already exists.`, $metadata: {} });
    }
    takeSlot();
    const mode = (input.StreamModeDetails?.StreamMode ?? 'PROVISIONED') as SimStream['mode'];
    const tags = (input as { Tags?: Record<string, string> }).Tags;
    const maxRecordKiB = (input as { MaxRecordSizeInKiB?: number }).MaxRecordSizeInKiB;
    // Wall time, as AWS gives it (the stream's age matters: a mark on a day-old stream is stale).
    const createdAt = (clock.wallTime?.() ?? clock.now()) + 1;
    const warm = (input as { WarmThroughputMiBps?: number }).WarmThroughputMiBps;
    const placement = (input as { RecordDistributionStrategy?: SimStream['placement'] }).RecordDistributionStrategy;
    streams.set(input.StreamName, {
      status: 'CREATING',
      until: clock.now() + createMs,
      mode,
      shards: input.ShardCount ?? 4,
      tags,
      maxRecordKiB,
      createdAt,
      warm,
      ...(mode === 'ON_DEMAND' ? { placement: placement ?? 'USER_PARTITION_KEY' } : {}),
    });
    const lost = sim.afterEffect?.('CreateStream');
    if (lost) throw lost;
    return {};
  });

  /** A change: the stream must be ACTIVE; it goes UPDATING for updateMs (tags: no status change). */
  const mutate = (op: Op, name: string | undefined, arn: string | undefined, effect: (s: SimStream) => void, updating = true) => {
    enter(op);
    const key = keyOf({ StreamName: name, StreamARN: arn });
    const s = settle(key);
    if (!s) throw new ResourceNotFoundException({ message: `Stream ${key} not found`, $metadata: {} });
    if (s.status !== 'ACTIVE') throw new ResourceInUseException({ message: `Stream ${key} is ${s.status}`, $metadata: {} });
    effect(s);
    if (updating) Object.assign(s, { status: 'UPDATING', until: clock.now() + updateMs });
    return {};
  };
  type In = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  mock.on(UpdateShardCountCommand).callsFake(async (i: In) => mutate('UpdateShardCount', i.StreamName, i.StreamARN, (s) => (s.shards = i.TargetShardCount)));
  mock
    .on(UpdateStreamModeCommand)
    .callsFake(async (i: In) => mutate('UpdateStreamMode', i.StreamName, i.StreamARN, (s) => (s.mode = i.StreamModeDetails.StreamMode)));
  mock
    .on(IncreaseStreamRetentionPeriodCommand)
    .callsFake(async (i: In) => mutate('IncreaseStreamRetentionPeriod', i.StreamName, i.StreamARN, (s) => (s.retention = i.RetentionPeriodHours)));
  mock
    .on(DecreaseStreamRetentionPeriodCommand)
    .callsFake(async (i: In) => mutate('DecreaseStreamRetentionPeriod', i.StreamName, i.StreamARN, (s) => (s.retention = i.RetentionPeriodHours)));
  mock
    .on(StartStreamEncryptionCommand)
    .callsFake(async (i: In) => mutate('StartStreamEncryption', i.StreamName, i.StreamARN, (s) => (s.encryption = { type: 'KMS', keyId: i.KeyId })));
  mock
    .on(StopStreamEncryptionCommand)
    .callsFake(async (i: In) => mutate('StopStreamEncryption', i.StreamName, i.StreamARN, (s) => (s.encryption = { type: 'NONE' })));
  mock
    .on(EnableEnhancedMonitoringCommand)
    .callsFake(async (i: In) =>
      mutate('EnableEnhancedMonitoring', i.StreamName, i.StreamARN, (s) => (s.metrics = [...new Set([...(s.metrics ?? []), ...i.ShardLevelMetrics])])),
    );
  mock
    .on(DisableEnhancedMonitoringCommand)
    .callsFake(async (i: In) =>
      mutate('DisableEnhancedMonitoring', i.StreamName, i.StreamARN, (s) => (s.metrics = (s.metrics ?? []).filter((m) => !i.ShardLevelMetrics.includes(m)))),
    );
  mock
    .on(UpdateMaxRecordSizeCommand)
    .callsFake(async (i: In) => mutate('UpdateMaxRecordSize', i.StreamName, i.StreamARN, (s) => (s.maxRecordKiB = i.MaxRecordSizeInKiB)));
  mock
    .on(AddTagsToStreamCommand)
    .callsFake(async (i: In) => mutate('AddTagsToStream', i.StreamName, i.StreamARN, (s) => (s.tags = { ...s.tags, ...i.Tags }), false));
  mock.on(RemoveTagsFromStreamCommand).callsFake(async (i: In) =>
    mutate(
      'RemoveTagsFromStream',
      i.StreamName,
      i.StreamARN,
      (s) => {
        const rest = { ...s.tags };
        for (const k of i.TagKeys) delete rest[k];
        s.tags = rest;
      },
      false,
    ),
  );
  // Like AWS: a stream being created is not known to the data plane yet.
  mock.on(ListShardsCommand).callsFake(async (i: In) => {
    enter('ListShards');
    const s = settle(keyOf(i));
    if (!s || s.status === 'CREATING') throw new ResourceNotFoundException({ message: 'not found', $metadata: {} });
    return {
      Shards: [
        { ShardId: 'shardId-000000000000', HashKeyRange: { StartingHashKey: '0', EndingHashKey: '1' }, SequenceNumberRange: { StartingSequenceNumber: '1' } },
      ],
    };
  });
  mock.on(ListTagsForStreamCommand).callsFake(async (i: In) => {
    enter('ListTagsForStream');
    const s = settle(keyOf(i));
    if (!s) throw new ResourceNotFoundException({ message: 'not found', $metadata: {} });
    return { Tags: Object.entries(s.tags ?? {}).map(([Key, Value]) => ({ Key, Value })), HasMoreTags: false };
  });
  mock.on(DeleteStreamCommand).callsFake(async (i: In) => {
    enter('DeleteStream');
    const s = settle(keyOf(i));
    if (!s) throw new ResourceNotFoundException({ message: 'not found', $metadata: {} });
    if (s.status === 'DELETING') {
      throw new ResourceInUseException({ message: `Stream ${keyOf(i)} under account 123456789012 not ACTIVE, instead in state DELETING`, $metadata: {} });
    }
    if (s.status !== 'ACTIVE') {
      throw new ResourceInUseException({ message: `Stream ${keyOf(i)} under account 123456789012 not ACTIVE, instead in state ${s.status}`, $metadata: {} });
    }
    // "A stream cannot be deleted while it has active channels" (DeleteChannelCommand.d.ts).
    if (channelsOf(s).length > 0) throw new ResourceInUseException({ message: `Stream ${keyOf(i)} has channels`, $metadata: {} });
    takeSlot();
    if ((s.consumers ?? 0) > 0 && !i.EnforceConsumerDeletion) {
      throw new ResourceInUseException({ message: `Consumers exist in stream ${keyOf(i)}`, $metadata: {} });
    }
    Object.assign(s, { status: 'DELETING', until: clock.now() + deleteMs });
    return {};
  });

  /** The stream's channels, DELETING ones gone once their time is up. */
  function channelsOf(s: SimStream): NonNullable<SimStream['channels']> {
    s.channels = (s.channels ?? []).filter((c) => c.status !== 'DELETING' || clock.now() < (c.until ?? 0));
    return s.channels;
  }
  const region = opts.region ?? 'us-east-1';
  const arnOf = (name: string): string => `arn:aws:kinesis:${region}:123456789012:stream/${name}`;
  // A whole number after the name, as AWS writes it (the creation time; virtual clocks give fractions).
  const consumerArn = (stream: string, c: { name: string; createdAt: number }): string => `${arnOf(stream)}/consumer/${c.name}:${Math.floor(c.createdAt)}`;
  const consumersOf = (i: { StreamARN?: string }): NonNullable<SimStream['consumerList']> => {
    const s = settle(keyOf(i));
    if (!s) throw new ResourceNotFoundException({ message: `Stream ${keyOf(i)} under account 123456789012 not found.`, $metadata: {} });
    s.consumerList ??= [];
    for (const c of s.consumerList) if (c.status === 'CREATING' && clock.now() >= c.until) c.status = 'ACTIVE';
    s.consumers = s.consumerList.length;
    return s.consumerList;
  };

  if (opts.commitment !== undefined) {
    mock.on(DescribeAccountSettingsCommand).callsFake(async () => {
      enter('DescribeAccountSettings');
      if (opts.commitment === 'denied') throw awsError('AccessDeniedException', 'User is not authorized to perform: kinesis:DescribeAccountSettings');
      // The shape of AWS's answer (AWS_ACCOUNT_SETTINGS, with its source): Status, StartedAt when enabled.
      return {
        MinimumThroughputBillingCommitment: { Status: opts.commitment, ...(opts.commitment === 'ENABLED' ? { StartedAt: new Date(1764590400_000) } : {}) },
      };
    });
  }
  mock.on(DescribeLimitsCommand).callsFake(async () => {
    enter('DescribeLimits');
    if (!opts.limits) throw awsError('AccessDeniedException', 'User is not authorized to perform: kinesis:DescribeLimits');
    const all = [...streams.keys()].map((k) => settle(k)).filter((x): x is SimStream => x !== undefined);
    return {
      ShardLimit: opts.limits.ShardLimit,
      OpenShardCount: all.filter((x) => x.mode === 'PROVISIONED').reduce((n, x) => n + x.shards, 0),
      OnDemandStreamCount: all.filter((x) => x.mode === 'ON_DEMAND').length,
      OnDemandStreamCountLimit: opts.limits.OnDemandStreamCountLimit,
    };
  });
  mock.on(ListStreamConsumersCommand).callsFake(async (i: { StreamARN: string }) => {
    enter('ListStreamConsumers');
    const name = keyOf(i);
    return {
      Consumers: consumersOf(i).map((c) => ({
        ConsumerName: c.name,
        ConsumerARN: consumerArn(name, c),
        ConsumerStatus: c.status,
        ConsumerCreationTimestamp: new Date(c.createdAt),
      })),
    };
  });
  mock.on(RegisterStreamConsumerCommand).callsFake(async (i: { StreamARN: string; ConsumerName: string; Tags?: Record<string, string> }) => {
    enter('RegisterStreamConsumer');
    const list = consumersOf(i);
    if (list.some((c) => c.name === i.ConsumerName)) throw new ResourceInUseException({ message: `Consumer ${i.ConsumerName} exists`, $metadata: {} });
    if (list.filter((c) => c.status === 'CREATING').length >= 5) throw awsError('LimitExceededException', 'Only 5 consumers can be created at the same time');
    const c = { name: i.ConsumerName, status: 'CREATING' as const, until: clock.now() + updateMs, createdAt: clock.now(), tags: i.Tags };
    list.push(c);
    const lost = sim.afterEffect?.('RegisterStreamConsumer');
    if (lost) throw lost;
    return { Consumer: { ConsumerName: c.name, ConsumerARN: consumerArn(keyOf(i), c), ConsumerStatus: 'CREATING' } };
  });
  mock.on(DescribeStreamConsumerCommand).callsFake(async (i: { StreamARN: string; ConsumerName: string }) => {
    enter('DescribeStreamConsumer');
    const c = consumersOf(i).find((x) => x.name === i.ConsumerName);
    if (!c) throw new ResourceNotFoundException({ message: `Consumer ${i.ConsumerName} not found`, $metadata: {} });
    return { ConsumerDescription: { ConsumerName: c.name, ConsumerARN: consumerArn(keyOf(i), c), ConsumerStatus: c.status, StreamARN: i.StreamARN } };
  });
  // AWS answers "{}" when no policy is attached (not ResourceNotFoundException; see aws-answers.ts).
  mock.on(GetResourcePolicyCommand).callsFake(async (i: { ResourceARN: string }) => {
    enter('GetResourcePolicy');
    return { Policy: policies.get(i.ResourceARN) ?? '{}' };
  });
  mock.on(PutResourcePolicyCommand).callsFake(async (i: { ResourceARN: string; Policy: string }) => {
    enter('PutResourcePolicy');
    policies.set(i.ResourceARN, i.Policy);
    return {};
  });
  mock.on(UpdateStreamWarmThroughputCommand).callsFake(async (i: In & { WarmThroughputMiBps: number }) => {
    const s = settle(keyOf(i as { StreamARN?: string }));
    if (s && s.mode !== 'ON_DEMAND') {
      enter('UpdateStreamWarmThroughput');
      throw awsError('ValidationException', 'Warm throughput is only supported for on-demand streams.');
    }
    return mutate('UpdateStreamWarmThroughput', i.StreamName, i.StreamARN, (x) => (x.warm = i.WarmThroughputMiBps));
  });
  mock.on(UpdateStreamRecordDistributionStrategyCommand).callsFake(async (i: In) => {
    const s = settle(keyOf(i as { StreamARN?: string }));
    if (s && s.mode !== 'ON_DEMAND') {
      enter('UpdateStreamRecordDistributionStrategy');
      throw awsError('InvalidArgumentException', 'Record distribution strategy is only supported for on-demand streams.');
    }
    // "Takes effect immediately": the stream stays ACTIVE.
    return mutate('UpdateStreamRecordDistributionStrategy', undefined, i.StreamARN, (x) => (x.placement = i.RecordDistributionStrategy), false);
  });
  const channelArn = (stream: string, name: string): string => `arn:aws:kinesis:${region}:123456789012:channel/${stream}-${name}`;
  mock.on(ListChannelsCommand).callsFake(async (i: In) => {
    enter('ListChannels');
    const arn: string = i.StreamFilter?.[0]?.StreamARN ?? '';
    const s = settle(keyOf({ StreamARN: arn }));
    return {
      ChannelSummaries: (s ? channelsOf(s) : []).map((c) => ({
        ChannelName: c.name,
        ChannelARN: channelArn(keyOf({ StreamARN: arn }), c.name),
        ChannelId: `${c.name}-id`,
        ChannelStatus: c.status,
        ChannelCreationTimestamp: new Date(0),
      })),
    };
  });
  mock.on(DeleteChannelCommand).callsFake(async (i: In) => {
    enter('DeleteChannel');
    for (const [name, s] of streams) {
      const c = channelsOf(s).find((x) => channelArn(name, x.name) === i.ChannelARN);
      if (!c) continue;
      Object.assign(c, { status: 'DELETING', until: clock.now() + deleteMs });
      return {};
    }
    throw new ResourceNotFoundException({ message: `Channel ${i.ChannelARN} not found`, $metadata: {} });
  });
  /** The tags of a stream or consumer ARN. */
  const tagsAt = (arn: string): { get: () => Record<string, string>; set: (t: Record<string, string>) => void } => {
    const m = /:stream\/([^/]+)(?:\/consumer\/([^:]+):\d+)?$/.exec(arn);
    const s = m ? settle(m[1]) : undefined;
    const c = m?.[2] !== undefined && s ? consumersOf({ StreamARN: arnOf(m[1]) }).find((x) => x.name === m[2]) : undefined;
    if (!s || (m?.[2] !== undefined && !c)) throw new ResourceNotFoundException({ message: `Resource ${arn} not found`, $metadata: {} });
    const holder: { tags?: Record<string, string> } = c ?? s;
    return { get: () => holder.tags ?? {}, set: (t) => (holder.tags = t) };
  };
  mock.on(TagResourceCommand).callsFake(async (i: In) => {
    enter('TagResource');
    const at = tagsAt(i.ResourceARN);
    at.set({ ...at.get(), ...i.Tags });
    return {};
  });
  // Pages by ExclusiveStartStreamName (no NextToken, like kinesis-local); StreamSummaries as AWS answers them.
  mock.on(ListStreamsCommand).callsFake(async (i: In) => {
    enter('ListStreams');
    const all = [...streams.keys()].filter((k) => settle(k)).sort();
    const from = i.ExclusiveStartStreamName ? all.filter((n) => n > i.ExclusiveStartStreamName) : all;
    const page = from.slice(0, i.Limit ?? 100);
    const summaries = page.map((n) => {
      const s = streams.get(n)!;
      return {
        StreamName: n,
        StreamARN: arnOf(n),
        StreamStatus: s.status,
        StreamModeDetails: { StreamMode: s.mode },
        StreamCreationTimestamp: new Date(s.createdAt ?? 0),
      };
    });
    return { StreamNames: page, HasMoreStreams: from.length > page.length, StreamSummaries: summaries };
  });
  mock.on(ListTagsForResourceCommand).callsFake(async (i: In) => {
    enter('ListTagsForResource');
    return { Tags: Object.entries(tagsAt(i.ResourceARN).get()).map(([Key, Value]) => ({ Key, Value })) };
  });

  return sim;
}
