// Emulator level: the real code against kinesalite, an independent emulator whose validation follows
// AWS's older API: it knows streams by name only (a StreamARN parameter is "Value null at 'streamName'"),
// pages tags 10 at a time, has no DescribeLimits, and drops CreateStream's Tags. Started in this process
// on 127.0.0.1 (in-memory store). The same flows run against kinesis-local in the other emulator files.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { isMutating, runInProcess } from './support/in-process.js';

const require = createRequire(import.meta.url);
const kinesalite = require('kinesalite') as (o: Record<string, number>) => Server;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = kinesalite({ createStreamMs: 200, deleteStreamMs: 200, updateStreamMs: 200 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const mutations = (ops: string[]) => ops.filter(isMutating);

describe('against kinesalite', () => {
  it('creates (DescribeLimits unknown there is skipped with its own line), then adopts by name', async () => {
    const first = await runInProcess(endpoint, { streamName: 'kl-create', shardCount: 2, tags: { team: 'data' }, provenanceTags: true });
    expect(first.failure).toBeUndefined();
    expect(first.result).toMatchObject({ happened: 'created', created: true });
    expect(first.info.join('\n')).toContain('Quota pre-check skipped: this endpoint has no DescribeLimits (an emulator)');
    const again = await runInProcess(endpoint, { streamName: 'kl-create', shardCount: 2 });
    expect(again.failure).toBeUndefined();
    expect(again.result).toMatchObject({ happened: 'found', drift: [] });
    expect(again.ops).toEqual(['DescribeStreamSummary']);
  });

  it('compares and adds tags after it learns to name the stream and to page tags its way', async () => {
    await runInProcess(endpoint, { streamName: 'kl-tags' });
    const tags = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, `v${i}`]));
    const add = await runInProcess(endpoint, { streamName: 'kl-tags', tags, onDrift: 'update' });
    expect(add.failure).toBeUndefined();
    expect(add.result).toMatchObject({ happened: 'updated', changed: true });
    expect(mutations(add.ops)).toEqual(['AddTagsToStream', 'AddTagsToStream']);
    // Read back across two pages of 10: no drift left.
    const check = await runInProcess(endpoint, { streamName: 'kl-tags', tags });
    expect(check.result).toMatchObject({ happened: 'found', drift: [] });
    expect(check.ops.filter((o) => o === 'ListTagsForStream').length).toBeGreaterThanOrEqual(2);
  });

  it('updates retention by name', async () => {
    await runInProcess(endpoint, { streamName: 'kl-retention' });
    const r = await runInProcess(endpoint, { streamName: 'kl-retention', retentionHours: 48, onDrift: 'update' });
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ happened: 'updated', changed: true });
    expect(mutations(r.ops)).toEqual(['IncreaseStreamRetentionPeriod']);
    const check = await runInProcess(endpoint, { streamName: 'kl-retention', retentionHours: 48 });
    expect(check.result).toMatchObject({ happened: 'found', drift: [] });
  });

  it('tears down, with the ownership guard reading its tags', async () => {
    await runInProcess(endpoint, { streamName: 'kl-gone' });
    const r = await runInProcess(endpoint, { streamName: 'kl-gone', state: 'absent' });
    expect(r.failure).toBeUndefined();
    expect(r.result).toMatchObject({ happened: 'deleted', deleted: true });
    expect(r.ops).toContain('ListTagsForStream');
    expect(mutations(r.ops)).toEqual(['DeleteStream']);
  });
});
