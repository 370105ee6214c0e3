// Account quotas, checked before acting: a creation, a shard-count increase or a switch to ON_DEMAND
// that cannot fit fails at once with one line naming the limit, instead of half-way through (or after
// a rescale that AWS refuses on its third step). DescribeLimits is allowed once per second per
// account, so it is asked once, and only when such a change is planned. Permission is optional.
import type { DescribeLimitsOutput } from '@aws-sdk/client-kinesis';
import { describeAccountSettings, describeLimits, type Operation } from '../aws/operations.js';
import { quotaProblem, warmThroughputProblem, type Growth } from '../plan/quota.js';
import type { Sent } from '../runtime/caller.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';

/** Reads the limits (once per run) and fails when `growth` cannot fit; carries on when the read is denied. */
export async function checkQuota(ctx: RunContext, growth: Growth): Promise<void> {
  if (ctx.record.limits === undefined) ctx.record.noteLimits(await readLimits(ctx));
  const limits = ctx.record.limits;
  if (limits === undefined || limits === 'unknown') return;
  const problem = quotaProblem(growth, limits, ctx.spec.streamName, ctx.spec.region);
  if (problem) throw new ActionError(problem);
}

/**
 * One try: the pre-check is advice (AWS enforces the limits itself, atomically), so a denied call is
 * said once and a throttled one (1 call/s per account: a matrix of creations asks at once) is skipped
 * rather than retried, which would queue every parallel job behind that one call per second.
 */
async function readLimits(ctx: RunContext): Promise<DescribeLimitsOutput | 'unknown'> {
  const sent = await readOnce(ctx, describeLimits());
  if (sent.kind === 'ok') return sent.value;
  if (sent.kind === 'refused' && sent.name === 'UnknownOperationException') {
    ctx.log.info('Quota pre-check skipped: this endpoint has no DescribeLimits (an emulator); AWS checks its limits itself.');
  } else if (sent.kind === 'refused' && sent.error === 'access-denied') {
    ctx.log.warning('Quota pre-check skipped: kinesis:DescribeLimits was denied (allow it to have shard and on-demand limits checked before changes).');
  } else {
    ctx.log.info('Quota pre-check skipped: DescribeLimits did not answer at once (it allows 1 call per second per account); AWS still enforces the limits.');
  }
  return 'unknown';
}

/**
 * Before a change that sets warm throughput: the account must have its minimum throughput billing
 * commitment on, or AWS refuses the call. Read once, one try, like DescribeLimits: a denied or
 * unanswered read is said once and the run goes on (AWS still refuses what it must).
 */
export async function checkWarmThroughput(ctx: RunContext, mibps: number): Promise<void> {
  if (ctx.record.commitment === undefined) {
    const sent = await readOnce(ctx, describeAccountSettings());
    const status = sent.kind === 'ok' ? sent.value?.MinimumThroughputBillingCommitment?.Status : undefined;
    ctx.record.noteCommitment(typeof status === 'string' ? status : 'unknown');
    if (sent.kind === 'refused' && sent.error === 'access-denied') {
      ctx.log.warning(
        'Warm throughput pre-check skipped: kinesis:DescribeAccountSettings was denied (allow it to learn before any change whether the account ' +
          'can take warm throughput).',
      );
    } else if (typeof status !== 'string') {
      ctx.log.info('Warm throughput pre-check skipped: DescribeAccountSettings did not say (an emulator, or no answer at once); AWS still checks it.');
    }
  }
  const problem = warmThroughputProblem(ctx.record.commitment === 'unknown' ? undefined : ctx.record.commitment, ctx.spec.streamName, ctx.spec.region, mibps);
  if (problem) throw new ActionError(problem);
}

/** An advisory account read: one try, any refusal handed back for the caller to say what it skipped. */
function readOnce<T>(ctx: RunContext, operation: Operation<T>): Promise<Sent<T>> {
  return ctx.calls.read(operation, ['access-denied', 'retryable', 'fatal', 'not-found', 'in-use']);
}
