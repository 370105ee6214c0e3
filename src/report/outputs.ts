// Hands the result to later steps: the action's outputs, as data (core.setOutput's heredoc form keeps
// any value whole). Values that are lists or maps are JSON, in a stable order.
import * as core from '@actions/core';
import type { RunOutcome } from '../model/outcome.js';
import type { DriftItem, PlanDocument } from '../model/plan.js';
import { planJson } from '../plan/document.js';

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

/** The streams this run deleted: a sweep's, or the one stream of a teardown (JSON array, in order). */
export function deletedStreams(streamName: string, r: RunOutcome): string[] {
  if (r.sweep) return r.sweep.filter((row) => row.deleted).map((row) => row.stream);
  return r.deleted ? [streamName] : [];
}

export function setOutputs(streamName: string, r: RunOutcome, plan?: PlanDocument, consumerOrder?: string[], expiresAt = ''): void {
  const s = r.stream;
  const exists = s?.StreamStatus !== undefined;
  core.setOutput('stream-arn', s?.StreamARN ?? '');
  core.setOutput('stream-name', streamName);
  // UNKNOWN: the run could not read the stream (access denied, no answer); ABSENT is a stream seen missing.
  core.setOutput('stream-status', exists ? s.StreamStatus : r.unread ? 'UNKNOWN' : 'ABSENT');
  core.setOutput('stream-mode', exists ? (s.StreamModeDetails?.StreamMode ?? 'PROVISIONED') : '');
  core.setOutput('shard-count', exists ? String(s.OpenShardCount ?? '') : '');
  core.setOutput('created', String(r.created));
  core.setOutput('changed', String(r.changed));
  core.setOutput('deleted', String(r.deleted));
  core.setOutput('drift', driftJson(r.drift));
  core.setOutput('plan', plan ? planJson(plan) : '');
  core.setOutput('consumer-arns', consumerArnsJson(r.consumerArns, consumerOrder));
  core.setOutput('deleted-streams', JSON.stringify(deletedStreams(streamName, r)));
  core.setOutput('expires-at', expiresAt);
}
