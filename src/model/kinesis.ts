// Kinesis's own words and fixed rules that the inputs, the plan and the stages all check against.

export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';
/** How an ON_DEMAND stream places records: by partition key (AWS's default) or evenly, ignoring the key. */
export type RecordDistribution = 'AUTO' | 'USER_PARTITION_KEY';
/** What an ON_DEMAND stream that does not report a strategy uses. */
export const DEFAULT_RECORD_DISTRIBUTION: RecordDistribution = 'USER_PARTITION_KEY';

/** The shard-level metrics EnableEnhancedMonitoring knows (ALL means these seven). */
export const ALL_METRICS = [
  'IncomingBytes',
  'IncomingRecords',
  'OutgoingBytes',
  'OutgoingRecords',
  'WriteProvisionedThroughputExceeded',
  'ReadProvisionedThroughputExceeded',
  'IteratorAgeMilliseconds',
] as const;

/** Tags per stream. */
export const MAX_TAGS = 50;
/** AddTagsToStream takes at most 10 tags per call. */
export const TAGS_PER_CALL = 10;
/** UpdateShardCount's ceiling per stream. */
export const MAX_SHARDS = 10000;
/** UpdateShardCount allows this many scalings per stream per rolling 24 h. */
export const MAX_SCALINGS_PER_DAY = 10;
/** RegisterStreamConsumer: 20 consumers per stream (50 with On-demand Advantage, not assumed). */
export const MAX_CONSUMERS = 20;
/** RegisterStreamConsumer: at most 5 consumers CREATING at once per stream. */
export const CONSUMERS_CREATING_AT_ONCE = 5;
/** The AWS managed key for Kinesis, used when encryption-type is KMS without a key. */
export const DEFAULT_KMS_KEY = 'alias/aws/kinesis';
