// Hands the result to people: the job summary (also the pull-request comment's body). Every value in
// it that is not the action's own text is escaped with forSummary.
import type { Happened, RunOutcome } from '../model/outcome.js';
import type { PlanDocument, Value } from '../model/plan.js';
import { shortFingerprint } from '../plan/document.js';
import { forSummary } from '../shared/safe-text.js';
import { actionLog, writeSummaryMarkdown } from './log.js';

export interface Report {
  /** As the workflow gave it (it may be invalid when the inputs were refused). */
  streamName: string;
  /** Unset when the inputs were refused before any call. */
  region?: string;
  /** A custom endpoint (emulator): no AWS console link then. */
  customEndpoint?: boolean;
  dryRun?: boolean;
  result?: RunOutcome;
  elapsedMs?: number;
  apiCalls?: number;
  /** Failure lines (one, or one per refused input). */
  errors?: string[];
  /** The plan the run made before changing anything, and whether it was checked against expected-plan. */
  plan?: PlanDocument;
  reviewed?: boolean;
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

const HAPPENED_TEXT: Record<Happened, string> = {
  found: 'already existed and matched the workflow',
  created: 'created by this run',
  adopted: 'adopted (created by another run meanwhile)',
  updated: 'updated to the declared settings',
  'drift reported': 'differs from the workflow; nothing changed (on-drift: report)',
  'dry run': 'dry run: nothing changed; the table shows what a real run would do',
  deleted: 'deleted by this run',
  'already absent': 'did not exist; nothing to delete',
  failed: 'failed; the values shown are the last ones seen',
};

/** Every value in the summary that is not the action's own text goes through forSummary. */
const cell = (v: Value | string | undefined): string => (v === null || v === undefined ? '*unset*' : forSummary(String(v)));

export function summaryMarkdown(r: Report): string {
  const s = r.result?.stream;
  const lines = [`### Kinesis stream ${r.streamName ? cell(r.streamName) : '(no name)'}${r.dryRun ? ' (dry run)' : ''}`, ''];
  for (const e of r.errors ?? []) lines.push(`**Failed:** ${cell(e)}`, '');
  if (r.region === undefined) return lines.join('\n') + '\n';
  lines.push('| | |', '|---|---|');
  if (s?.StreamARN) lines.push(`| ARN | ${cell(s.StreamARN)} |`);
  lines.push(`| Region | ${cell(r.region)} |`);
  if (r.result) lines.push(`| What happened | ${HAPPENED_TEXT[r.result.happened]} |`);
  if (s?.StreamStatus) {
    lines.push(`| Status | ${cell(s.StreamStatus)} |`);
    lines.push(`| Mode | ${cell(s.StreamModeDetails?.StreamMode ?? 'PROVISIONED')} |`);
    lines.push(`| Open shards | ${cell(String(s.OpenShardCount ?? ''))} |`);
  }
  if (r.plan) {
    const note = r.reviewed ? 'the reviewed plan' : r.dryRun ? 'pass the plan output as expected-plan to apply exactly this' : 'made before any change';
    lines.push(`| Plan | \`${shortFingerprint(r.plan.fingerprint)}\` (${note}) |`);
  }
  const calls = r.apiCalls ?? 0;
  lines.push(`| Time | ${((r.elapsedMs ?? 0) / 1000).toFixed(1)} s, ${calls} API call${calls === 1 ? '' : 's'} |`);
  const rows = r.result?.rows ?? [];
  if (rows.length > 0) {
    lines.push('', '| setting | current | desired | action |', '|---|---|---|---|');
    for (const d of rows)
      lines.push(`| ${cell(d.setting)} | ${cell(d.current)} | ${cell(d.desired)} | ${cell(d.blocked ? `blocked: ${d.blocked}` : d.action)} |`);
  }
  const console = consoleUrl(r.region, r.streamName);
  if (!r.customEndpoint && s?.StreamStatus && console) lines.push('', `[Open in the AWS console](${console})`);
  return lines.join('\n') + '\n';
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
