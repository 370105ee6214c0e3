// Hands the result to later steps (outputs) and to people (job summary).
import * as core from '@actions/core';
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { Outcome } from './ensure.js';

export interface Report {
  streamName: string;
  region: string;
  /** A custom endpoint (emulator): no AWS console link then. */
  customEndpoint: boolean;
  stream?: StreamDescriptionSummary;
  outcome?: Outcome;
  elapsedMs: number;
  apiCalls: number;
  error?: string;
}

export function setOutputs(stream: StreamDescriptionSummary, outcome: Outcome): void {
  core.setOutput('stream-arn', stream.StreamARN ?? '');
  core.setOutput('stream-name', stream.StreamName ?? '');
  core.setOutput('stream-status', stream.StreamStatus ?? '');
  core.setOutput('stream-mode', stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED');
  core.setOutput('shard-count', String(stream.OpenShardCount ?? ''));
  core.setOutput('created', String(outcome === 'created'));
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

const OUTCOME_TEXT: Record<Outcome, string> = {
  found: 'already existed and was ACTIVE',
  created: 'created by this run',
  adopted: 'adopted (created by another run meanwhile)',
};

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function summaryMarkdown(r: Report): string {
  const s = r.stream;
  const lines = [`### Kinesis stream \`${r.streamName}\``, ''];
  if (r.error) lines.push(`**Failed:** ${cell(r.error)}`, '');
  lines.push('| | |', '|---|---|');
  if (s?.StreamARN) lines.push(`| ARN | \`${s.StreamARN}\` |`);
  lines.push(`| Region | ${r.region} |`);
  if (r.outcome) lines.push(`| Result | ${OUTCOME_TEXT[r.outcome]} |`);
  if (s) {
    lines.push(`| Status | ${s.StreamStatus} |`);
    lines.push(`| Mode | ${s.StreamModeDetails?.StreamMode ?? 'PROVISIONED'} |`);
    lines.push(`| Open shards | ${s.OpenShardCount ?? ''} |`);
  }
  lines.push(`| Time | ${(r.elapsedMs / 1000).toFixed(1)} s, ${r.apiCalls} API call${r.apiCalls === 1 ? '' : 's'} |`);
  if (!r.customEndpoint) lines.push('', `[Open in the AWS console](${consoleUrl(r.region, r.streamName)})`);
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
