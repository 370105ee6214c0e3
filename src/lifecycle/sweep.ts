// state: absent with a stream-name pattern: deletes the matching streams this repository is done with
// (expired, or made for a pull request GitHub says is closed) and keeps every other one, saying why.
// The listing and the tag reads share AWS's 5 calls/s per account with everyone; deletions share the
// 5-streams-CREATING-or-DELETING slots (the caller waits for a free one); a run deletes at most
// max-deletions streams and waits until they are gone, inside the budget.
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { deleteStream, describeStreamSummary, listStreams } from '../aws/operations.js';
import type { SweepRow } from '../model/lifetime.js';
import { outcome, type RunOutcome } from '../model/outcome.js';
import { globMatcher, sweepVerdict, type PrState } from '../plan/lifetime.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';
import { count } from '../shared/show.js';
import { accountOfArn, checkAccount } from '../stages/account.js';
import { observeTags } from '../stages/observe.js';
import type { PrLookup } from './pull-requests.js';

/** 1000 names a page: 50 pages are 50,000 streams, far past any account's quota. */
const MAX_LIST_PAGES = 50;

export interface SweepDeps {
  /** owner/repo of the running workflow (GITHUB_REPOSITORY). */
  repository?: string;
  pullRequest: PrLookup;
}

/** Every stream in the region whose name matches the pattern, sorted. */
export async function matchingStreams(ctx: RunContext, pattern: string): Promise<string[]> {
  const matches = globMatcher(pattern);
  const names = new Set<string>();
  let after: { nextToken?: string; lastName?: string } | undefined;
  for (let page = 1; ; page++) {
    const out = await ctx.calls.call(listStreams(after));
    const batch = out?.StreamNames ?? [];
    for (const n of batch) if (typeof n === 'string' && matches(n)) names.add(n);
    if (!out?.HasMoreStreams || batch.length === 0) break;
    if (page >= MAX_LIST_PAGES) throw new ActionError(`ListStreams still had more streams after ${page} pages; the endpoint's answers look wrong.`);
    after = out.NextToken ? { nextToken: out.NextToken } : { lastName: batch[batch.length - 1] };
  }
  return [...names].sort();
}

export async function sweep(ctx: RunContext, deps: SweepDeps): Promise<RunOutcome> {
  const { spec, log } = ctx;
  const pattern = spec.streamName;
  const names = await matchingStreams(ctx, pattern);
  log.info(`Sweep of "${pattern}" in ${spec.region}: ${count(names.length, 'matching stream')}.`);
  const now = ctx.budget.clock.wallTime();
  const rows: SweepRow[] = [];
  const states = new Map<number, PrState>();
  const judge = async (name: string): Promise<SweepRow> => {
    const tags = await observeTags(ctx, true, { StreamName: name });
    // A PR is looked up only when it decides: an owned stream that has not expired.
    const first = sweepVerdict(name, tags, deps.repository, now, (n) => states.get(n));
    if (first.verdict === 'keep' && first.pr && !states.has(first.pr.number) && first.owner?.toLowerCase() === deps.repository?.toLowerCase()) {
      states.set(first.pr.number, await deps.pullRequest(first.pr.number));
      return sweepVerdict(name, tags, deps.repository, now, (n) => states.get(n));
    }
    return first;
  };
  for (const name of names) rows.push(await judge(name));
  const doomed: Array<{ row: SweepRow; stream: StreamDescriptionSummary }> = [];
  for (const row of rows.filter((r) => r.verdict === 'delete')) {
    if (doomed.length >= spec.maxDeletions) {
      Object.assign(row, { verdict: 'keep', why: `${row.why}, but this run deletes at most ${spec.maxDeletions} (max-deletions)` });
      continue;
    }
    const why = await blocker(ctx, row.stream);
    if (typeof why === 'string') {
      Object.assign(row, { verdict: 'keep', why: `${row.why}, but ${why}` });
      continue;
    }
    // Never in an account the step may not change (allowed-account-ids), whatever the pattern matched.
    checkAccount(ctx, accountOfArn(why.StreamARN), 'changing');
    doomed.push({ row, stream: why });
  }
  ctx.record.noteSweep(rows);
  const steps = doomed.map(() => 'DeleteStream');
  if (spec.dryRun) {
    log.info(`Dry run: the sweep would delete ${count(doomed.length, 'stream')} and keep ${rows.length - doomed.length}. Nothing was changed.`);
    return outcome('dry run', { sweep: rows, steps });
  }
  for (const { row, stream } of doomed) {
    // Read again just before: a preview job may have renewed its lease, or made the name anew, since the listing.
    const now2 = await blocker(ctx, row.stream);
    const again = typeof now2 === 'string' ? undefined : await judge(row.stream);
    const same = typeof now2 !== 'string' && now2.StreamCreationTimestamp?.getTime() === stream.StreamCreationTimestamp?.getTime();
    if (!again || again.verdict !== 'delete' || !same) {
      const why = typeof now2 === 'string' ? now2 : !same ? 'it was made anew since the listing' : `its tags changed since the listing (${again?.why})`;
      Object.assign(row, { verdict: 'keep', why: `${row.why}, but ${why}` });
      continue;
    }
    log.info(`Deleting stream "${row.stream}": ${row.why}.`);
    const sent = await ctx.calls.mutate(deleteStream({ StreamName: row.stream }, spec.enforceConsumerDeletion), { tolerate: ['not-found', 'in-use'] });
    if (sent.kind === 'refused')
      Object.assign(row, { verdict: 'keep', why: `${row.why}, but DeleteStream was refused (${sent.error}); the next sweep tries again` });
    else row.deleted = true;
    ctx.record.noteSweep(rows);
  }
  const deleted = rows.filter((r) => r.deleted).map((r) => r.stream);
  if (deleted.length) {
    ctx.stream.restartWait();
    await ctx.stream.waitFor(
      `let ${count(deleted.length, 'deleted stream')} finish deleting`,
      () => matchingStreams(ctx, pattern),
      (left) => !deleted.some((n) => left.includes(n)),
    );
  }
  log.info(`Sweep of "${pattern}": ${count(deleted.length, 'stream')} deleted, ${rows.length - deleted.length} kept.`);
  return outcome(deleted.length ? 'deleted' : 'already absent', { deleted: deleted.length > 0, sweep: rows, steps: deleted.map(() => 'DeleteStream') });
}

/** Why a stream the sweep is done with cannot be deleted now, or the stream (ACTIVE, nothing in the way). */
async function blocker(ctx: RunContext, name: string): Promise<string | StreamDescriptionSummary> {
  const out = await ctx.calls.call(describeStreamSummary({ StreamName: name }), ['not-found']);
  const s = out?.StreamDescriptionSummary;
  if (!s) return 'it is gone already';
  if (s.StreamStatus === 'DELETING') return 'it is being deleted already';
  if (s.StreamStatus !== 'ACTIVE') return `it is ${s.StreamStatus ?? 'in an unknown state'}; the next sweep takes it`;
  const consumers = s.ConsumerCount ?? 0;
  if (consumers > 0 && !ctx.spec.enforceConsumerDeletion) return `it has ${count(consumers, 'registered consumer')} (enforce-consumer-deletion)`;
  if ((s.ChannelCount ?? 0) > 0) return `it has ${count(s.ChannelCount ?? 0, 'channel')} (a sweep leaves those to a teardown of its own)`;
  return s;
}
