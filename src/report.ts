// Hands the result to later steps (outputs) and to people (job summary).
import * as core from '@actions/core';
import type { RunOutcome, Happened } from './outcome.js';
import type { DriftItem, Value } from './plan.js';

export interface Report {
  streamName: string;
  region: string;
  /** A custom endpoint (emulator): no AWS console link then. */
  customEndpoint: boolean;
  dryRun: boolean;
  result?: RunOutcome;
  elapsedMs: number;
  apiCalls: number;
  error?: string;
}

/** The `drift` output: [{setting, current, desired}], [] when none. */
export function driftJson(drift: DriftItem[]): string {
  return JSON.stringify(drift.map(({ setting, current, desired }) => ({ setting, current, desired })));
}

export function setOutputs(streamName: string, r: RunOutcome): void {
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

const cell = (v: Value | string): string => (v === null ? '*unset*' : String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));

export function summaryMarkdown(r: Report): string {
  const s = r.result?.stream;
  const lines = [`### Kinesis stream \`${r.streamName}\`${r.dryRun ? ' (dry run)' : ''}`, ''];
  if (r.error) lines.push(`**Failed:** ${cell(r.error)}`, '');
  lines.push('| | |', '|---|---|');
  if (s?.StreamARN) lines.push(`| ARN | \`${s.StreamARN}\` |`);
  lines.push(`| Region | ${r.region} |`);
  if (r.result) lines.push(`| What happened | ${HAPPENED_TEXT[r.result.happened]} |`);
  if (s?.StreamStatus) {
    lines.push(`| Status | ${s.StreamStatus} |`);
    lines.push(`| Mode | ${s.StreamModeDetails?.StreamMode ?? 'PROVISIONED'} |`);
    lines.push(`| Open shards | ${s.OpenShardCount ?? ''} |`);
  }
  lines.push(`| Time | ${(r.elapsedMs / 1000).toFixed(1)} s, ${r.apiCalls} API call${r.apiCalls === 1 ? '' : 's'} |`);
  const rows = r.result?.rows ?? [];
  if (rows.length > 0) {
    lines.push('', '| setting | current | desired | action |', '|---|---|---|---|');
    for (const d of rows) lines.push(`| ${cell(d.setting)} | ${cell(d.current)} | ${cell(d.desired)} | ${cell(d.blocked ? `blocked: ${d.blocked}` : d.action)} |`);
  }
  if (!r.customEndpoint && s?.StreamStatus) lines.push('', `[Open in the AWS console](${consoleUrl(r.region, r.streamName)})`);
  return lines.join('\n') + '\n';
}

/** Best effort: a summary that cannot be written must not fail a run that worked. */
export async function writeSummary(r: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(summaryMarkdown(r)).write();
  } catch (err) {
    core.debug(`job summary not written: ${String(err)}`);
  }
}
