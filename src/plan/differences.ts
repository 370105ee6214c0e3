// What differs between a reviewed plan and this run: its inputs (checked before any call) and the
// live stream (checked before the first change). One phrase per difference, for the failure line. Pure.
import type { DriftItem, PlanDocument, Value } from '../model/plan.js';
import type { DesiredSpec } from '../model/spec.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { show } from '../shared/show.js';
import { planInputs } from './observed.js';

/** A value for a message; undefined: the run could not read it (e.g. tags without kinesis:ListTagsForStream). */
const fmt = (v: Value | undefined): string => (v === undefined ? 'not read' : v === null ? 'unset' : typeof v === 'number' ? String(v) : show(v));

/** Differences between the reviewed plan's inputs and this step's, one phrase each ([] when equal). */
export function inputDifferences(reviewed: PlanDocument, spec: DesiredSpec): string[] {
  const out: string[] = [];
  if (reviewed.stream !== spec.streamName) out.push(`stream-name is ${show(spec.streamName)} here, ${show(reviewed.stream)} in the reviewed plan`);
  if (reviewed.region !== spec.region) out.push(`region is ${spec.region} here, ${show(reviewed.region)} in the reviewed plan`);
  const mine = planInputs(spec);
  for (const name of unionKeys(reviewed.inputs, mine)) {
    if (mine[name] !== reviewed.inputs[name])
      out.push(`${name} is ${fmt(mine[name] ?? null)} here, ${fmt(reviewed.inputs[name] ?? null)} in the reviewed plan`);
  }
  return out;
}

/** What moved since the review, one phrase each ([] when the live plan is the reviewed one). */
export function planDifferences(reviewed: PlanDocument, live: PlanDocument): string[] {
  const was = reviewed.observed;
  const now = live.observed;
  const out: string[] = [];
  if (was.arn === null && now.arn !== null) {
    out.push(`the stream exists now (${now.status}), it did not when the plan was reviewed`);
  } else if (was.arn !== null && now.arn === null) {
    out.push(`the stream does not exist now, it was ${was.status} when the plan was reviewed`);
  } else if (was.arn !== now.arn || was.created !== now.created) {
    out.push(`the stream was deleted and created again since the review (created ${now.created ?? 'unknown'} now, ${was.created ?? 'unknown'} then)`);
  } else {
    // A plan reviewed for a stream to be created in one account is not applied in another.
    const account = (a: string | null | undefined): string =>
      typeof a === 'string' ? a : a === null ? 'unknown (sts:GetCallerIdentity did not answer)' : 'not asked (no STS endpoint for this run)';
    if (was.account !== undefined && now.account !== was.account) {
      out.push(`the account is ${account(now.account)} now, was ${account(was.account)} when the plan was reviewed`);
    }
    if (was.status !== now.status) out.push(`status is ${now.status} now, was ${was.status} when the plan was reviewed`);
    for (const name of unionKeys(was.settings, now.settings)) {
      if (was.settings[name] !== now.settings[name]) {
        out.push(`${name} is ${fmt(now.settings[name])} now, was ${fmt(was.settings[name])} when the plan was reviewed`);
      }
    }
  }
  if (out.length === 0 && live.fingerprint !== reviewed.fingerprint) out.push('the state fingerprint differs');
  if (out.length === 0 && canonicalJson(live.changes) !== canonicalJson(reviewed.changes)) {
    const list = (c: DriftItem[]): string => (c.length ? c.map((r) => `${r.setting}: ${r.action}`).join(', ') : 'none');
    out.push(
      `the changes differ (reviewed: ${list(reviewed.changes)}; now: ${list(live.changes)}), although the stream did not: was the plan made by another ` +
        `version of the action, or by a role with other permissions (kms:DescribeKey, kinesis:ListTagsForStream)`,
    );
  }
  return out;
}

const unionKeys = (a: Record<string, unknown>, b: Record<string, unknown>): string[] => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
