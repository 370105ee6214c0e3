// Emulator level: the real action code (client, gateway, ensure loop, real clock) against
// kinesis-local on a free 127.0.0.1 port, with short CREATING/DELETING delays.
import { describe, expect, it } from '@jest/globals';
import { DeleteStreamCommand } from '@aws-sdk/client-kinesis';
import { systemClock } from '../src/shared/clock.js';
import type { DesiredSpec } from '../src/model/spec.js';
import { ensureStream } from '../src/stages/ensure.js';
import { KinesisGateway } from '../src/aws/gateway.js';
import { createRequest } from '../src/plan/creation.js';
import { createRunContext } from '../src/runtime/context.js';
import { specOf } from '../__fixtures__/spec.js';
import { useKinesisLocal, waitForStatus } from './support/emulator.js';

// DELETING lasts 3 s: the test that needs a run to find a stream DELETING has a wide margin.
const emulator = useKinesisLocal({ createMs: 400, deleteMs: 3000 });
const lines: string[] = [];

async function ensure(spec: Partial<DesiredSpec> & { streamName: string }) {
  const cancel = new AbortController().signal;
  const gateway = new KinesisGateway(
    emulator.client,
    systemClock,
    () => undefined,
    () => cancel,
  );
  const full: DesiredSpec = specOf({ timeoutSeconds: 30, endpointUrl: emulator.endpoint, ...spec });
  const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), notice: (m: string) => lines.push(m), debug: () => undefined };
  const ctx = createRunContext(full, { gateway, clock: systemClock, log, cancel, deadline: systemClock.now() + 30_000 });
  const r = await ensureStream(ctx, async () => createRequest(full));
  return { ...r, stream: r.stream!, calls: gateway.calls };
}

describe('against kinesis-local', () => {
  it('creates a stream with 1 shard by default, then adopts it with one call', async () => {
    const first = await ensure({ streamName: 'emu-create' });
    expect(first.how).toBe('created');
    expect(first.stream).toMatchObject({
      StreamStatus: 'ACTIVE',
      OpenShardCount: 1,
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      StreamARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/emu-create',
    });
    const second = await ensure({ streamName: 'emu-create' });
    expect(second.how).toBe('found');
    expect(second.calls).toBe(1);
    expect(second.stream.StreamARN).toBe(first.stream.StreamARN);
  });

  it('creates with the declared shard count', async () => {
    const r = await ensure({ streamName: 'emu-shards', shardCount: 3 });
    expect(r.stream.OpenShardCount).toBe(3);
  });

  it('creates an ON_DEMAND stream', async () => {
    const r = await ensure({ streamName: 'emu-on-demand', streamMode: 'ON_DEMAND' });
    expect(r.how).toBe('created');
    expect(r.stream.StreamModeDetails?.StreamMode).toBe('ON_DEMAND');
  });

  it('waits for a DELETING stream to go, then creates it again', async () => {
    await ensure({ streamName: 'emu-recreate' });
    await emulator.client.send(new DeleteStreamCommand({ StreamName: 'emu-recreate' }));
    await waitForStatus(emulator.client, 'emu-recreate', 'DELETING', { missedIf: ['ABSENT'] });
    const r = await ensure({ streamName: 'emu-recreate', shardCount: 2 });
    expect(r.how).toBe('created');
    expect(r.stream.OpenShardCount).toBe(2);
    expect(lines.join('\n')).toMatch(/"emu-recreate" is DELETING: waiting until it is gone/);
  });

  it('adopts a stream that is still CREATING', async () => {
    const racer = ensure({ streamName: 'emu-adopt' });
    // A second run starting while the first one's stream is CREATING: both succeed, one creates.
    const results = await Promise.all([racer, ensure({ streamName: 'emu-adopt' })]);
    expect(results.map((r) => r.how).filter((o) => o === 'created')).toHaveLength(1);
    expect(new Set(results.map((r) => r.stream.StreamARN)).size).toBe(1);
  });
});
