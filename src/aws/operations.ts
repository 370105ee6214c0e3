// The only place Kinesis commands are built. Each function names one call and its input and returns
// an Operation: nothing is sent until the runtime's caller hands it to the gateway, inside the budget.
// Stages say what to call (ops.deleteStream(ref, true)); they never touch the client.
import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  DeleteChannelCommand,
  DeleteStreamCommand,
  DescribeAccountSettingsCommand,
  DescribeLimitsCommand,
  DescribeStreamConsumerCommand,
  DescribeStreamSummaryCommand,
  DisableEnhancedMonitoringCommand,
  EnableEnhancedMonitoringCommand,
  GetResourcePolicyCommand,
  IncreaseStreamRetentionPeriodCommand,
  ListChannelsCommand,
  ListShardsCommand,
  ListStreamConsumersCommand,
  ListStreamsCommand,
  ListTagsForResourceCommand,
  ListTagsForStreamCommand,
  PutResourcePolicyCommand,
  RegisterStreamConsumerCommand,
  RemoveTagsFromStreamCommand,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  TagResourceCommand,
  UpdateMaxRecordSizeCommand,
  UpdateShardCountCommand,
  UpdateStreamModeCommand,
  UpdateStreamRecordDistributionStrategyCommand,
  UpdateStreamWarmThroughputCommand,
  type CreateStreamCommandInput,
  type DescribeAccountSettingsOutput,
  type DescribeLimitsOutput,
  type DescribeStreamConsumerOutput,
  type DescribeStreamSummaryOutput,
  type GetResourcePolicyOutput,
  type KinesisClient,
  type ListChannelsOutput,
  type ListShardsOutput,
  type ListStreamConsumersOutput,
  type ListStreamsOutput,
  type ListTagsForResourceOutput,
  type ListTagsForStreamOutput,
  type MetricsName,
} from '@aws-sdk/client-kinesis';
import type { Change } from '../model/plan.js';

/** One Kinesis call, ready to send: `name` is the API action (and the IAM action after "kinesis:"). */
export interface Operation<T> {
  readonly name: string;
  send(client: KinesisClient, abortSignal: AbortSignal): Promise<T>;
}

/** How a call names its stream: by name until the ARN is known, then by ARN. */
export type StreamRef = { StreamName: string } | { StreamARN: string };
/** A ref, or where to read it when the call is sent (a resend after a fallback to names takes the new one). */
export type RefSource = StreamRef | (() => StreamRef);
const refOf = (r: RefSource): StreamRef => (typeof r === 'function' ? r() : r);

/** The client's send, as every command here uses it (the SDK's overloads do not type a union of commands). */
type Send = (command: unknown, options: { abortSignal: AbortSignal }) => Promise<unknown>;
/** A fresh command per send: a retry never reuses a command object the SDK may have changed. */
const op = <T>(name: string, command: () => unknown): Operation<T> => ({
  name,
  send: (client, abortSignal) => (client.send as Send).call(client, command(), { abortSignal }) as Promise<T>,
});

export const describeStreamSummary = (ref: StreamRef) => op<DescribeStreamSummaryOutput>('DescribeStreamSummary', () => new DescribeStreamSummaryCommand(ref));
export const createStream = (input: CreateStreamCommandInput) => op<unknown>('CreateStream', () => new CreateStreamCommand(input));
export const deleteStream = (ref: RefSource, enforceConsumerDeletion: boolean) =>
  op<unknown>('DeleteStream', () => new DeleteStreamCommand({ ...refOf(ref), EnforceConsumerDeletion: enforceConsumerDeletion }));
/** A stream holds at most 50 tags, so a page of 50 is the whole set (kinesalite allows at most 10: `limit`). */
export const listTagsForStream = (ref: RefSource, exclusiveStartTagKey?: string, limit: () => number = () => 50) =>
  op<ListTagsForStreamOutput>(
    'ListTagsForStream',
    () => new ListTagsForStreamCommand({ ...refOf(ref), Limit: limit(), ExclusiveStartTagKey: exclusiveStartTagKey }),
  );
export const removeTagsFromStream = (ref: RefSource, keys: string[]) =>
  op<unknown>('RemoveTagsFromStream', () => new RemoveTagsFromStreamCommand({ ...refOf(ref), TagKeys: keys }));
/** One shard is enough: the call is the check that the data plane knows the stream (producers and the KCL call it first). */
export const listShards = (ref: RefSource) => op<ListShardsOutput>('ListShards', () => new ListShardsCommand({ ...refOf(ref), MaxResults: 1 }));
export const listStreamConsumers = (streamArn: string, nextToken?: string) =>
  op<ListStreamConsumersOutput>('ListStreamConsumers', () => new ListStreamConsumersCommand({ StreamARN: streamArn, NextToken: nextToken }));
export const describeStreamConsumer = (streamArn: string, consumerName: string) =>
  op<DescribeStreamConsumerOutput>('DescribeStreamConsumer', () => new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: consumerName }));
/** With `tags`, AWS also authorises kinesis:TagResource on the consumer ("Tags take effect from the CREATING status"). */
export const registerStreamConsumer = (streamArn: string, consumerName: string, tags?: Record<string, string>) =>
  op<unknown>(
    'RegisterStreamConsumer',
    () => new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: consumerName, ...(tags && Object.keys(tags).length ? { Tags: tags } : {}) }),
  );
/**
 * Tags of a consumer by its ARN. Streams keep the stream-tag calls (ListTagsForStream, AddTagsToStream):
 * CreateStream's tags are authorised as kinesis:AddTagsToStream anyway, and policies written for them keep working.
 */
export const listTagsForResource = (resourceArn: string) =>
  op<ListTagsForResourceOutput>('ListTagsForResource', () => new ListTagsForResourceCommand({ ResourceARN: resourceArn }));
export const tagResource = (resourceArn: string, tags: Record<string, string>) =>
  op<unknown>('TagResource', () => new TagResourceCommand({ ResourceARN: resourceArn, Tags: tags }));
export const getResourcePolicy = (resourceArn: string) =>
  op<GetResourcePolicyOutput>('GetResourcePolicy', () => new GetResourcePolicyCommand({ ResourceARN: resourceArn }));
export const putResourcePolicy = (resourceArn: string, policy: string) =>
  op<unknown>('PutResourcePolicy', () => new PutResourcePolicyCommand({ ResourceARN: resourceArn, Policy: policy }));
/** The channels (delivery to S3) of one stream. */
export const listChannels = (streamArn: string, nextToken?: string) =>
  op<ListChannelsOutput>('ListChannels', () => new ListChannelsCommand({ StreamFilter: [{ StreamARN: streamArn }], MaxResults: 100, NextToken: nextToken }));
export const deleteChannel = (channelArn: string) => op<unknown>('DeleteChannel', () => new DeleteChannelCommand({ ChannelARN: channelArn }));
/**
 * One page of the account's streams in the region (5 calls/s per account): by NextToken where the endpoint
 * gives one (AWS), else after the last name of the page before (kinesis-local and kinesalite give none).
 */
export const listStreams = (after?: { nextToken?: string; lastName?: string; limit?: number }) =>
  op<ListStreamsOutput>(
    'ListStreams',
    () =>
      new ListStreamsCommand(
        after?.nextToken
          ? { NextToken: after.nextToken }
          : { Limit: after?.limit ?? 1000, ...(after?.lastName ? { ExclusiveStartStreamName: after.lastName } : {}) },
      ),
  );
export const describeLimits = () => op<DescribeLimitsOutput>('DescribeLimits', () => new DescribeLimitsCommand({}));
export const describeAccountSettings = () => op<DescribeAccountSettingsOutput>('DescribeAccountSettings', () => new DescribeAccountSettingsCommand({}));

/**
 * The call that makes a planned change. UpdateStreamMode, UpdateStreamRecordDistributionStrategy and UpdateMaxRecordSize take only an ARN
 * (the stream has been described by then, so `arn` is known).
 */
export function changeStream(c: Change, source: RefSource, arn: string | undefined): Operation<unknown> {
  const command = (): unknown => {
    const ref = refOf(source);
    switch (c.op) {
      case 'UpdateStreamMode':
        return new UpdateStreamModeCommand({ StreamARN: arn, StreamModeDetails: { StreamMode: c.mode } });
      case 'UpdateStreamRecordDistributionStrategy':
        return new UpdateStreamRecordDistributionStrategyCommand({ StreamARN: arn, RecordDistributionStrategy: c.strategy });
      case 'UpdateShardCount':
        return new UpdateShardCountCommand({ ...ref, TargetShardCount: c.target, ScalingType: 'UNIFORM_SCALING' });
      case 'UpdateStreamWarmThroughput':
        return new UpdateStreamWarmThroughputCommand({ ...ref, WarmThroughputMiBps: c.mibps });
      case 'IncreaseStreamRetentionPeriod':
        return new IncreaseStreamRetentionPeriodCommand({ ...ref, RetentionPeriodHours: c.hours });
      case 'DecreaseStreamRetentionPeriod':
        return new DecreaseStreamRetentionPeriodCommand({ ...ref, RetentionPeriodHours: c.hours });
      case 'StartStreamEncryption':
        return new StartStreamEncryptionCommand({ ...ref, EncryptionType: 'KMS', KeyId: c.keyId });
      case 'StopStreamEncryption':
        return new StopStreamEncryptionCommand({ ...ref, EncryptionType: 'KMS', KeyId: c.keyId });
      case 'EnableEnhancedMonitoring':
        return new EnableEnhancedMonitoringCommand({ ...ref, ShardLevelMetrics: c.metrics as MetricsName[] });
      case 'DisableEnhancedMonitoring':
        return new DisableEnhancedMonitoringCommand({ ...ref, ShardLevelMetrics: c.metrics as MetricsName[] });
      case 'UpdateMaxRecordSize':
        return new UpdateMaxRecordSizeCommand({ StreamARN: arn, MaxRecordSizeInKiB: c.kib });
      case 'AddTagsToStream':
        return new AddTagsToStreamCommand({ ...ref, Tags: c.tags });
    }
  };
  return op<unknown>(c.op, command);
}
