// One kinesis-local per test file: started before the file's tests on a free 127.0.0.1 port, stopped
// after them, with a client for checking what the server holds.
import { afterAll, beforeAll } from '@jest/globals';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { startKinesisLocal, type KinesisLocal } from '../../scripts/kinesis-local.mjs';
import { createKinesisClient } from '../../src/kinesis-client.js';

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
