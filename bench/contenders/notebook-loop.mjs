// Contender "seed notebook loop": the hand-written loop from the project's seed notebook.
// DescribeStreamSummary; if not found, CreateStream; then DescribeStreamSummary + sleep 5 s until
// ACTIVE; print the ARN on stdout.
// Usage: node notebook-loop.mjs STREAM_NAME   (endpoint from BENCH_ENDPOINT, region from AWS_REGION)
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, ResourceNotFoundException } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';

const StreamName = process.argv[2];
const client = new KinesisClient({
  region: process.env.AWS_REGION ?? 'us-east-1',
  endpoint: process.env.BENCH_ENDPOINT,
  requestHandler: new NodeHttpHandler(),
});
const describe = async () => (await client.send(new DescribeStreamSummaryCommand({ StreamName }))).StreamDescriptionSummary;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let summary;
try {
  summary = await describe();
} catch (err) {
  if (!(err instanceof ResourceNotFoundException)) throw err;
  await client.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
}
while (true) {
  summary ??= await describe();
  if (summary.StreamStatus === 'ACTIVE') break;
  summary = undefined;
  await sleep(5000);
}
console.log(summary.StreamARN);
