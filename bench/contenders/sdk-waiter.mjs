// Contender "SDK waitUntilStreamExists (defaults)": what a typical user writes with AWS SDK v3.
// CreateStream (ignore ResourceInUseException), waitUntilStreamExists with the default delays
// (minDelay 10 s, maxDelay 120 s), then DescribeStreamSummary for the ARN, printed on stdout.
// Usage: node sdk-waiter.mjs STREAM_NAME   (endpoint from BENCH_ENDPOINT, region from AWS_REGION)
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, ResourceInUseException, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';

const StreamName = process.argv[2];
const client = new KinesisClient({
  region: process.env.AWS_REGION ?? 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  // HTTP/1.1: the SDK's default HTTP/2 handler loses calls against kinesis-local.
  requestHandler: new NodeHttpHandler(),
});

try {
  await client.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
} catch (err) {
  if (!(err instanceof ResourceInUseException)) throw err;
}
await waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName });
const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName }));
console.log(StreamDescriptionSummary.StreamARN);
