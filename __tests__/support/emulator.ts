// One kinesis-local per test file: started before the file's tests on a free 127.0.0.1 port, stopped
// after them, with a client for checking what the server holds.
import { afterAll, beforeAll } from '@jest/globals';
import { DescribeStreamSummaryCommand, type KinesisClient, type StreamDescriptionSummary, type StreamStatus } from '@aws-sdk/client-kinesis';
import { setTimeout as sleep } from 'node:timers/promises';
import { startKinesisLocal, type KinesisLocal } from '../../scripts/kinesis-local.mjs';
import { createKinesisClient } from '../../src/aws/client.js';

export interface Emulator {
  readonly endpoint: string;
  readonly client: KinesisClient;
}

export function useKinesisLocal(opts: Parameters<typeof startKinesisLocal>[0]): Emulator {
  let emulator: KinesisLocal | undefined;
  let client: KinesisClient | undefined;
  beforeAll(async () => {
    // The SDK needs credentials to sign; the emulator accepts any.
    process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
    emulator = await startKinesisLocal(opts);
    client = createKinesisClient({ region: 'us-east-1', endpointUrl: emulator.endpoint });
  });
  afterAll(async () => {
    // Its keep-alive sockets first, then the process (stop() resolves once it has exited).
    client?.destroy();
    await emulator?.stop();
  });
  return {
    get endpoint() {
      return emulator!.endpoint;
    },
    get client() {
      return client!;
    },
  };
}

/** What the server says about a stream: its summary, or undefined when it does not exist. */
export async function summaryOf(client: KinesisClient, name: string): Promise<StreamDescriptionSummary | undefined> {
  try {
    return (await client.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary;
  } catch (err) {
    if ((err as Error).name === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

/**
 * Waits until the server shows the stream in `want` ('ABSENT': it does not exist), polling every
 * 25 ms (a real pause, not a tight loop). Fails with the states it saw when that takes longer than
 * `timeoutMs` or the stream is seen past `want` (e.g. gone while waiting for DELETING): a window the
 * test needed has been missed, and it says so instead of hanging.
 */
export async function waitForStatus(
  client: KinesisClient,
  name: string,
  want: StreamStatus | 'ABSENT',
  opts: { timeoutMs?: number; missedIf?: (StreamStatus | 'ABSENT')[] } = {},
): Promise<StreamDescriptionSummary | undefined> {
  const deadline = performance.now() + (opts.timeoutMs ?? 30_000);
  const seen: string[] = [];
  for (;;) {
    const s = await summaryOf(client, name);
    const status = s?.StreamStatus ?? 'ABSENT';
    if (seen.at(-1) !== status) seen.push(status);
    if (status === want) return s;
    if (opts.missedIf?.includes(status) || performance.now() > deadline) {
      throw new Error(`stream "${name}" was not seen ${want}: states seen ${seen.join(' → ')}`);
    }
    await sleep(25);
  }
}
