// Account quotas against planned growth: whether a creation, a rescale or a switch to ON_DEMAND fits
// the limits DescribeLimits reports (stages/quota.ts reads them once and fails before any change). Pure.
import type { DescribeLimitsOutput } from '@aws-sdk/client-kinesis';
import type { Change } from '../model/plan.js';
import type { StreamMode } from '../model/kinesis.js';
import { count } from '../shared/show.js';

export type Growth =
  | { kind: 'create'; mode: StreamMode; shards: number }
  /** UpdateShardCount steps from `from` through each target. */
  | { kind: 'rescale'; from: number; steps: number[] }
  | { kind: 'to on-demand' };

/**
 * Why the change cannot fit the limits (undefined: it fits, or a limit is unknown). Pure. During
 * UNIFORM_SCALING the new shards open before the old ones close, so a step from a to b briefly needs
 * room for a + b open shards: the peak counts both.
 */
export function quotaProblem(g: Growth, limits: DescribeLimitsOutput, name: string, region: string): string | undefined {
  const { ShardLimit: shardLimit, OpenShardCount: open, OnDemandStreamCount: onDemand, OnDemandStreamCountLimit: onDemandLimit } = limits;
  const where = `in ${region} (DescribeLimits)`;
  const onDemandFull = (what: string): string | undefined =>
    onDemand !== undefined && onDemandLimit !== undefined && onDemand + 1 > onDemandLimit
      ? `Stream "${name}": ${what} needs an ON_DEMAND stream, but the account has ${onDemand} of its limit of ${onDemandLimit} on-demand streams ${where}. ` +
        `Delete unused on-demand streams or ask AWS for a higher limit (Service Quotas), or use PROVISIONED.`
      : undefined;
  if (g.kind === 'to on-demand') return onDemandFull('switching to ON_DEMAND');
  if (g.kind === 'create' && g.mode === 'ON_DEMAND') return onDemandFull('creating it');
  if (shardLimit === undefined || open === undefined) return undefined;
  let need: number;
  let what: string;
  if (g.kind === 'create') {
    need = open + g.shards;
    what = `creating it with ${count(g.shards, 'shard')} needs ${count(g.shards, 'more open shard')}`;
  } else {
    let prev = g.from;
    let peak = 0;
    for (const step of g.steps) {
      peak = Math.max(peak, prev + step);
      prev = step;
    }
    need = open - g.from + peak;
    what = `scaling ${g.from} → ${g.steps.at(-1)} shards needs room for ${peak} of this stream's shards while old and new overlap`;
  }
  if (need <= shardLimit) return undefined;
  return (
    `Stream "${name}": ${what}, ${need} open shards in all, but the account's shard limit is ${shardLimit} with ${open} open ${where}, ` +
    'so nothing was changed. ' +
    'Lower shard-count, delete unused streams, or ask AWS for a higher shard limit (Service Quotas, Kinesis Data Streams).'
  );
}

/** What planned changes ask of the account's limits (undefined: nothing to check). Pure. */
export function growthOf(changes: Change[], openShards: number): Growth | undefined {
  if (changes.some((c) => c.op === 'UpdateStreamMode' && c.mode === 'ON_DEMAND')) return { kind: 'to on-demand' };
  const steps = changes.flatMap((c) => (c.op === 'UpdateShardCount' ? [c.target] : []));
  const last = steps.at(-1);
  return last !== undefined && last > openShards ? { kind: 'rescale', from: openShards, steps } : undefined;
}

/** The commitment states in which AWS takes warm throughput (the enum of DescribeAccountSettings). */
const COMMITTED = new Set(['ENABLED', 'ENABLED_UNTIL_EARLIEST_ALLOWED_END']);

/**
 * Why warm throughput cannot be set in this account (undefined: it can, or the answer does not say).
 * AWS takes warm-throughput-mibps only with the account's minimum throughput billing commitment (On-demand
 * Advantage) on; without it CreateStream or UpdateStreamWarmThroughput is refused, after whatever came before.
 */
export function warmThroughputProblem(status: unknown, name: string, region: string, mibps: number): string | undefined {
  if (typeof status !== 'string' || COMMITTED.has(status)) return undefined;
  const shown = /^[A-Z_]{1,40}$/.test(status) ? status : 'not on';
  return (
    `Stream "${name}": warm-throughput-mibps (${mibps} MiB/s) needs the account's minimum throughput billing commitment (On-demand ` +
    `Advantage), which is ${shown} in ${region} (DescribeAccountSettings), so nothing was changed. Someone who owns the account's bill can turn it ` +
    'on (UpdateAccountSettings; it commits the account to a billed minimum throughput: read the Kinesis pricing first); this action never does. ' +
    'Or remove warm-throughput-mibps.'
  );
}
