// What an endpoint answers is data from outside: before it becomes an output, a log line or a decision,
// each field the action uses must have the shape the Kinesis API model gives it (an ARN of the stream
// asked for, a status and mode from their enums, whole numbers). A malformed answer stops the run with
// one line instead of being passed on (`stream-arn` is pasted into `run:` steps) or looped on (a summary
// of `null` would read as "not found" and send one CreateStream per poll). Pure.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { quote } from '../shared/safe-text.js';

const PARTITION = String.raw`aws(?:-[a-z]+)*`;
const REGION = String.raw`[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}`;
const NAME = String.raw`[a-zA-Z0-9_.-]{1,128}`;
const STREAM_ARN = new RegExp(String.raw`^arn:${PARTITION}:kinesis:${REGION}:\d{12}:stream/(${NAME})$`);
/** arn:…:stream/NAME/consumer/CONSUMER:CREATION-TIMESTAMP */
const CONSUMER_ARN = new RegExp(String.raw`^arn:${PARTITION}:kinesis:${REGION}:\d{12}:stream/${NAME}/consumer/(${NAME}):\d{1,20}$`);

const STREAM_STATUSES = ['CREATING', 'DELETING', 'ACTIVE', 'UPDATING'] as const;
/** An enum value as AWS writes them: upper-case letters and underscores, one short word. */
const isWord = (v: unknown): v is string => typeof v === 'string' && /^[A-Z][A-Z_]{0,31}$/.test(v);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown, max = 2048): boolean => typeof v === 'string' && v.length <= max && !/[\p{Cc}\u2028\u2029]/u.test(v);
const shown = (v: unknown): string => (typeof v === 'string' ? quote(v, 80) : quote(JSON.stringify(v) ?? String(v), 80));

/** The stream name an ARN names, when it is a Kinesis stream ARN. */
function streamNameOfArn(arn: string): string | undefined {
  return STREAM_ARN.exec(arn)?.[1];
}

/**
 * Why a DescribeStreamSummary answer for `name` cannot be used (undefined: it can). `output` is what the
 * SDK parsed: it must hold a summary object whose identity fields are well-formed and name this stream.
 */
export function summaryProblem(output: unknown, name: string): string | undefined {
  const s = isObject(output) ? output.StreamDescriptionSummary : undefined;
  if (!isObject(s)) return `no StreamDescriptionSummary (${shown(s ?? null)})`;
  const arn = s.StreamARN;
  if (typeof arn !== 'string' || !STREAM_ARN.test(arn)) return `a StreamARN that is not a Kinesis stream ARN (${shown(arn)})`;
  if (streamNameOfArn(arn) !== name) return `the ARN of another stream (${shown(arn)})`;
  if (s.StreamName !== undefined && s.StreamName !== name) return `another stream's name (${shown(s.StreamName)})`;
  // Status, mode and encryption are words from AWS's enums; a word this version does not know yet is
  // let through (a new status is waited on, as the plan does), anything else is not.
  if (!isWord(s.StreamStatus)) return `a StreamStatus that is not a status word such as ${STREAM_STATUSES.join(', ')} (${shown(s.StreamStatus)})`;
  if (
    s.StreamModeDetails !== undefined &&
    !(isObject(s.StreamModeDetails) && (s.StreamModeDetails.StreamMode === undefined || isWord(s.StreamModeDetails.StreamMode)))
  ) {
    return `a StreamMode that is not a mode word such as PROVISIONED or ON_DEMAND (${shown(s.StreamModeDetails)})`;
  }
  for (const field of ['OpenShardCount', 'RetentionPeriodHours', 'ConsumerCount', 'MaxRecordSizeInKiB', 'ChannelCount'] as const) {
    if (s[field] !== undefined && !isCount(s[field])) return `a ${field} that is not a whole number (${shown(s[field])})`;
  }
  if (s.EncryptionType !== undefined && !isWord(s.EncryptionType))
    return `an EncryptionType that is not a word such as NONE or KMS (${shown(s.EncryptionType)})`;
  if (s.RecordDistributionStrategy !== undefined && !isWord(s.RecordDistributionStrategy))
    return `a RecordDistributionStrategy that is not a word such as AUTO or USER_PARTITION_KEY (${shown(s.RecordDistributionStrategy)})`;
  if (s.KeyId !== undefined && !isText(s.KeyId)) return `a KeyId that is not one line of text (${shown(s.KeyId)})`;
  const warm = s.WarmThroughput;
  if (warm !== undefined && !(isObject(warm) && [warm.TargetMiBps, warm.CurrentMiBps].every((v) => v === undefined || isCount(v)))) {
    return `a WarmThroughput that is not whole numbers (${shown(warm)})`;
  }
  const monitoring = s.EnhancedMonitoring;
  const metricsOk =
    monitoring === undefined ||
    (Array.isArray(monitoring) &&
      monitoring.every(
        (m) => isObject(m) && (m.ShardLevelMetrics === undefined || (Array.isArray(m.ShardLevelMetrics) && m.ShardLevelMetrics.every((x) => isText(x, 64)))),
      ));
  if (!metricsOk) return `EnhancedMonitoring that is not lists of metric names (${shown(monitoring)})`;
  const created = s.StreamCreationTimestamp;
  if (created !== undefined && !(created instanceof Date && Number.isFinite(created.getTime()))) {
    return `a StreamCreationTimestamp that is not a time (${shown(created)})`;
  }
  return undefined;
}

/** The summary, once summaryProblem found nothing wrong with it. */
export const summaryOf = (output: unknown): StreamDescriptionSummary =>
  (output as { StreamDescriptionSummary: StreamDescriptionSummary }).StreamDescriptionSummary;

/** Why a consumer of ListStreamConsumers on `streamArn` cannot be used (undefined: it can). */
export function consumerProblem(c: unknown, streamArn?: string): string | undefined {
  if (!isObject(c)) return `a consumer that is not an object (${shown(c)})`;
  if (typeof c.ConsumerName !== 'string' || !new RegExp(`^${NAME}$`).test(c.ConsumerName))
    return `a ConsumerName that is not a name (${shown(c.ConsumerName)})`;
  const ofStream = streamArn === undefined || (typeof c.ConsumerARN === 'string' && c.ConsumerARN.startsWith(`${streamArn}/consumer/${c.ConsumerName}:`));
  if (typeof c.ConsumerARN !== 'string' || CONSUMER_ARN.exec(c.ConsumerARN)?.[1] !== c.ConsumerName || !ofStream) {
    return `a ConsumerARN that is not the ARN of consumer "${c.ConsumerName}" (${shown(c.ConsumerARN)})`;
  }
  if (!isWord(c.ConsumerStatus)) return `a ConsumerStatus that is not a status word such as ACTIVE (${shown(c.ConsumerStatus)})`;
  return undefined;
}

/** The one line for a malformed answer. */
export function malformedLine(operation: string, stream: string, problem: string): string {
  return (
    `${operation} for stream "${stream}" answered with ${problem}: the endpoint's answer is not one Kinesis gives, so nothing more was done. ` +
    'Check "endpoint-url" (or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and any proxy between the runner and Kinesis.'
  );
}
