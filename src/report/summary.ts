// Hands the result to people: the job summary (also the pull-request comment's body). It reads from
// the top as a reviewer asks: what changes (counts), what is lost (a deletion, loudly), each change in
// plain words, then folded: the API calls, the stream's metadata, the plan's fingerprint, the timing.
// Every value in it that is not the action's own text is escaped with forSummary.
import type { Happened, RunOutcome } from '../model/outcome.js';
import type { DriftItem, PlanDocument } from '../model/plan.js';
import { shortFingerprint } from '../plan/document.js';
import { forSummary } from '../shared/safe-text.js';
import { count } from '../shared/show.js';
import { actionLog, writeSummaryMarkdown } from './log.js';
import { sweepSection } from './sweep.js';
import { callouts, changeTable, type Moment } from './table.js';
import { callsText, countRows, countsLine, happenedText, type Counts } from './words.js';

export interface Report {
  /** As the workflow gave it (it may be invalid when the inputs were refused). */
  streamName: string;
  /** Unset when the inputs were refused before any call. */
  region?: string;
  /** A custom endpoint (emulator): no AWS console link then. */
  customEndpoint?: boolean;
  dryRun?: boolean;
  /** The drift policy, for what a dry run's real run would do. */
  onDrift?: string;
  result?: RunOutcome;
  elapsedMs?: number;
  apiCalls?: number;
  /** Calls that change something this run sent: a failed run says whether it changed anything. */
  changesSent?: number;
  /** Failure lines (one, or one per refused input). */
  errors?: string[];
  /** The plan the run made before changing anything, and whether it was checked against expected-plan. */
  plan?: PlanDocument;
  reviewed?: boolean;
  /** The fingerprint of the plan the step was given (expected-plan), when it was given one. */
  reviewedFingerprint?: string;
  /** The post step's deletion (delete-at-job-end). */
  jobEnd?: boolean;
  /** The stream's expires-at tag as the run left it (time-to-live). */
  expiry?: { at: string; from?: string; planned?: boolean };
}

/**
 * The stream's page in the AWS console, for the partition its region belongs to; undefined for the
 * isolated partitions (aws-iso*, aws-eusc), whose consoles are not on the public internet under a name
 * this action can know.
 */
export function consoleUrl(region: string, streamName: string): string | undefined {
  if (/^[a-z]{2}-iso[a-z]?-|^eusc-/.test(region)) return undefined;
  const host = region.startsWith('cn-')
    ? 'console.amazonaws.cn'
    : region.startsWith('us-gov-')
      ? 'console.amazonaws-us-gov.com'
      : `${region}.console.aws.amazon.com`;
  return `https://${host}/kinesis/home?region=${region}#/streams/details/${encodeURIComponent(streamName)}/monitoring`;
}

const cell = (v: string | number | undefined): string => (v === undefined ? '—' : forSummary(String(v)));

const DONE: Happened[] = ['created', 'updated', 'deleted'];

/** The moment the table shows, and the rows: a failed run shows the plan it was carrying out. */
function tableOf(r: Report): { moment: Moment; rows: DriftItem[]; counts: Counts } {
  const happened = r.result?.happened;
  if (happened === 'failed') return withCounts('failed', r.plan?.changes ?? []);
  // A teardown's consumers go with the stream: a row each, so that the counts and the table agree.
  const deletion = r.result?.deletion;
  const named = deletion?.consumerNames ?? [];
  const gone = named.map((n): DriftItem => ({ setting: `consumers.${n}`, current: 'ACTIVE', desired: 'absent', action: 'DeleteStream' }));
  const unnamed = (deletion?.consumers ?? 0) - named.length;
  if (deletion && unnamed > 0) gone.push({ setting: 'consumers', current: `${unnamed} registered`, desired: 'absent', action: 'DeleteStream' });
  const rows = [...(r.result?.rows ?? []), ...gone];
  // The consumers whose names were not read are one row: counted by their number.
  const table = (moment: Moment) => withCounts(moment, rows, unnamed > 0 ? unnamed - 1 : 0);
  // A stream to create or delete is a plan whatever on-drift says; differences under report or fail are drift.
  const whole = rows.some((row) => row.setting === 'stream');
  if (happened === 'dry run') return table(whole || r.onDrift === 'update' ? 'plan' : 'drift');
  // Found or adopted with steps and no failure: this run finished a creation.
  const finished = (happened === 'found' || happened === 'adopted') && !r.result?.failure && (r.result?.steps?.length ?? 0) > 0;
  return table(happened && (DONE.includes(happened) || finished) ? 'done' : 'drift');
}

const withCounts = (moment: Moment, rows: DriftItem[], moreConsumers = 0) => ({ moment, rows, counts: countRows(rows, moreConsumers) });

/** The first line: counts, or "No changes", and what a reader must know with them. */
function headline(r: Report, { moment, rows, counts }: { moment: Moment; rows: DriftItem[]; counts: Counts }): string {
  const happened = r.result?.happened;
  const differ = `${count(rows.length, 'setting')} ${rows.length === 1 ? 'differs' : 'differ'} from the workflow`;
  if (moment === 'failed') {
    const sent = r.changesSent ?? 0;
    const changed =
      sent === 0
        ? '**Nothing was changed.**'
        : `**It had sent change requests when it stopped** (${count(sent, 'call')}, retries included); the details show the last state it saw.`;
    return rows.length ? `${changed} This run's plan: ${countsLine(counts, false)}.` : changed;
  }
  if (rows.length === 0) {
    if (happened === 'already absent') return '**No changes.** The stream does not exist: nothing to delete.';
    return `**No changes.** ${happened === 'adopted' ? 'Another run created the stream meanwhile; it' : 'The stream'} matches every declared setting.`;
  }
  if (moment === 'done') return `**Applied: ${countsLine(counts, true)}.**`;
  if (moment === 'plan') return `**Plan: ${countsLine(counts, false)}.** Dry run: nothing was changed.`;
  if (happened === 'dry run') {
    const real = r.onDrift === 'fail' ? 'a real run with on-drift: fail fails on them' : 'a real run with on-drift: report only reports them';
    return `**Drift: ${differ}.** Dry run: nothing was changed; ${real}.`;
  }
  return r.result?.failure ? `**Drift: ${differ}.** Nothing was changed.` : `**Drift: ${differ}.** Nothing was changed (on-drift: report).`;
}

export function summaryMarkdown(r: Report): string {
  const what = r.result?.sweep ? 'Kinesis sweep' : 'Kinesis stream';
  const title = `### ${what} ${r.streamName ? cell(r.streamName) : '(no name)'}${r.dryRun ? ' · dry run' : r.jobEnd ? ' · deleted at job end' : ''}`;
  const lines = [title, ''];
  const errors = r.errors ?? [];
  if (r.region === undefined) {
    // Refused before any call: the inputs to fix, nothing else.
    const what = errors.length === 1 ? 'this' : `these ${errors.length} problems`;
    lines.push(`**Failed: nothing was done.** Fix ${what} first:`, '', ...errors.map((e) => `- ${cell(e)}`));
    return lines.join('\n') + '\n';
  }
  for (const e of errors) lines.push(`**Failed:** ${cell(e)}`, '');
  if (r.result?.sweep) {
    lines.push(...sweepSection(r.streamName, r.result.sweep, r.result.happened !== 'dry run'), '', ...details(r));
    return lines.join('\n').replace(/\n+$/, '') + '\n';
  }
  const shown = tableOf(r);
  const { moment, rows } = shown;
  const first = headline(r, shown);
  if (first) lines.push(first, '');
  const lease = expiryLine(r.expiry);
  if (lease) lines.push(lease, '');
  lines.push(...callouts(r.streamName, rows, r.result?.deletion, moment));
  const table = changeTable(rows, moment);
  if (table.length) lines.push(...table, '');
  const steps = r.result?.steps ?? [];
  if (steps.length && moment !== 'failed') {
    const what = moment === 'done' ? 'made' : moment === 'plan' ? 'the apply makes' : 'on-drift: update would make';
    lines.push(`<details><summary>API calls ${what}: ${steps.length}</summary>`, '', callsText(steps), '', '</details>', '');
  }
  lines.push(...details(r), '');
  const console = consoleUrl(r.region, r.streamName);
  if (!r.customEndpoint && r.result?.stream?.StreamStatus && console) lines.push(`[Open in the AWS console](${console})`, '');
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/** time-to-live: when the stream expires (a sweep deletes it after that), and whether this run moved it. */
function expiryLine(e: Report['expiry']): string | undefined {
  if (!e) return undefined;
  if (e.planned && !e.from) return `Time to live: the stream would expire at ${cell(e.at)}.`;
  if (e.planned) return `Time to live: its expiry would move from ${cell(e.from)} to ${cell(e.at)}.`;
  if (e.from) return `Time to live: its expiry moved from ${cell(e.from)} to ${cell(e.at)}.`;
  return `Time to live: the stream expires at ${cell(e.at)}.`;
}

/** The stream's metadata, the plan's fingerprint and the timing: folded, for who wants them. */
function details(r: Report): string[] {
  const s = r.result?.stream;
  const items: string[] = [];
  if (s?.StreamARN) items.push(`- ARN: ${cell(s.StreamARN)}`);
  items.push(`- Region: ${cell(r.region)}`);
  if (s?.StreamStatus) {
    items.push(`- Status: ${cell(s.StreamStatus)}, ${cell(s.StreamModeDetails?.StreamMode ?? 'PROVISIONED')}, ${count(s.OpenShardCount ?? 0, 'open shard')}`);
    if (s.RetentionPeriodHours !== undefined) items.push(`- Retention: ${s.RetentionPeriodHours} h`);
    // Channels deliver the stream's records elsewhere (S3): a reviewer should know what else reads it.
    if (s.ChannelCount) items.push(`- Channels: ${cell(count(s.ChannelCount, 'channel'))} delivering its records`);
  }
  if (r.result) items.push(`- What happened: ${happenedText(r.result)}`);
  const mine = r.plan ? shortFingerprint(r.plan.fingerprint) : undefined;
  const theirs = r.reviewedFingerprint ? shortFingerprint(r.reviewedFingerprint) : undefined;
  if (theirs && theirs !== mine) items.push(`- Reviewed plan: \`${theirs}\`; the stream now gives \`${mine ?? 'no plan'}\`: not applied`);
  else if (mine) {
    const failed = r.result?.happened === 'failed' || r.result?.failure !== undefined;
    const which = r.reviewed ? (failed ? 'the reviewed plan; the run stopped before the end' : 'the reviewed plan, applied exactly') : 'made before any change';
    items.push(`- Plan: \`${mine}\` (${which})`);
  }
  const calls = r.apiCalls ?? 0;
  items.push(`- Time: ${((r.elapsedMs ?? 0) / 1000).toFixed(1)} s, ${count(calls, 'API call')}`);
  return ['<details><summary>Stream, plan and timing</summary>', '', ...items, '', '</details>'];
}

/** Best effort: a summary that cannot be written must not fail a run that worked. */
export async function writeSummary(r: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await writeSummaryMarkdown(summaryMarkdown(r));
  } catch (err) {
    actionLog.debug(`job summary not written: ${String(err)}`);
  }
}
