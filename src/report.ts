// Hands the result to later steps (outputs) and to people (job summary).
import * as core from '@actions/core';
import { actionLog, writeSummaryMarkdown } from './log.js';
import type { RunOutcome, Happened } from './outcome.js';
import { forSummary } from './safe-text.js';
import type { DriftItem, Value } from './plan.js';
import { planJson, shortFingerprint, type PlanDocument } from './plan-document.js';

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

/** The `drift` output: [{setting, current, desired}], [] when none. */
export function driftJson(drift: DriftItem[]): string {
  return JSON.stringify(drift.map(({ setting, current, desired }) => ({ setting, current, desired })));
}

/** The `consumer-arns` output in input order (a JS object would put names like "2" first). */
export function consumerArnsJson(arns: Record<string, string | null> | undefined, order: string[] = []): string {
  if (!arns) return '{}';
  const names = order.length ? order : Object.keys(arns);
  return `{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(arns[n] ?? null)}`).join(',')}}`;
}

export function setOutputs(streamName: string, r: RunOutcome, plan?: PlanDocument, consumerOrder?: string[]): void {
  const s = r.stream;
  const exists = s?.StreamStatus !== undefined;
  core.setOutput('stream-arn', s?.StreamARN ?? '');
  core.setOutput('stream-name', streamName);
  core.setOutput('stream-status', exists ? s.StreamStatus : 'ABSENT');
  core.setOutput('stream-mode', exists ? (s.StreamModeDetails?.StreamMode ?? 'PROVISIONED') : '');
  core.setOutput('shard-count', exists ? String(s.OpenShardCount ?? '') : '');
  core.setOutput('created', String(r.created));
  core.setOutput('changed', String(r.changed));
  core.setOutput('deleted', String(r.deleted));
  core.setOutput('drift', driftJson(r.drift));
  core.setOutput('plan', plan ? planJson(plan) : '');
  core.setOutput('consumer-arns', consumerArnsJson(r.consumerArns, consumerOrder));
}

/** The stream's page in the AWS console, for the partition its region belongs to. */
export function consoleUrl(region: string, streamName: string): string {
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
  if (!r.customEndpoint && s?.StreamStatus) lines.push('', `[Open in the AWS console](${consoleUrl(r.region, r.streamName)})`);
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
