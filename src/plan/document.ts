// The reviewable plan: what a run saw (the stream's identity, status and the current value of every
// declared setting), the inputs it was given, and the changes it would make, with a fingerprint of the
// first two. A dry run hands it on as the `plan` output; a gated apply job passes it back as
// `expected-plan` and changes nothing unless its own plan, made from the live stream, is the same.
// Pure: no I/O. The fingerprint is a SHA-256 of canonical JSON (sorted keys), so the same state and
// inputs give the same fingerprint on any runner, whatever order AWS listed tags or metrics in.
import { createHash } from 'node:crypto';
import { PLAN_FORMAT, type DriftItem, type Observed, type PlanDocument, type Value } from '../model/plan.js';
import type { DesiredSpec } from '../model/spec.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { planInputs } from './observed.js';

export function makePlan(spec: DesiredSpec, observed: Observed, changes: DriftItem[]): PlanDocument {
  const body = { format: PLAN_FORMAT, stream: spec.streamName, region: spec.region, observed, inputs: planInputs(spec) } as const;
  return { ...body, changes: changes.map(cleanRow), fingerprint: fingerprintOf(body) };
}

function cleanRow(d: DriftItem): DriftItem {
  const row: DriftItem = { setting: d.setting, current: d.current, desired: d.desired, action: d.action };
  if (d.blocked) row.blocked = d.blocked;
  return row;
}

export function fingerprintOf(body: Pick<PlanDocument, 'format' | 'stream' | 'region' | 'observed' | 'inputs'>): string {
  const { format, stream, region, observed, inputs } = body;
  return `sha256:${createHash('sha256').update(canonicalJson({ format, stream, region, observed, inputs })).digest('hex')}`;
}

/** The `plan` output: compact, keys in a fixed order (canonical), one line. */
export function planJson(plan: PlanDocument): string {
  return canonicalJson(plan);
}

/** The first 12 hex digits, for people (summary, PR comment, log lines). */
export const shortFingerprint = (f: string): string => f.replace(/^sha256:/, '').slice(0, 12);

const isValue = (v: unknown): v is Value => v === null || typeof v === 'string' || typeof v === 'number';
const isRecordOf = (v: unknown, ok: (x: unknown) => boolean): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(ok);
const isRow = (v: unknown): v is DriftItem =>
  isRecordOf(v, isValue) && typeof v.setting === 'string' && typeof v.action === 'string' && 'current' in v && 'desired' in v;

/**
 * The `expected-plan` input: a plan this action made, unchanged since (its fingerprint must match its
 * content: a plan edited by hand, or cut short by a copy, is refused rather than half-trusted).
 */
export function parsePlan(text: string): { plan: PlanDocument } | { problem: string } {
  let doc: unknown;
  try {
    // Null-prototype objects: a key such as "__proto__" in a tag name stays data.
    doc = JSON.parse(text, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v));
  } catch {
    return { problem: 'it is not JSON; pass the `plan` output of the dry-run step unchanged, e.g. ${{ needs.plan.outputs.plan }}' };
  }
  const d = doc as Partial<PlanDocument> | null;
  if (d === null || typeof d !== 'object' || d.format !== PLAN_FORMAT) {
    return { problem: `it is not a plan made by this action (no "format": "${PLAN_FORMAT}"); pass the \`plan\` output of the dry-run step unchanged` };
  }
  const o = d.observed;
  const shapeOk =
    typeof d.stream === 'string' &&
    typeof d.region === 'string' &&
    typeof d.fingerprint === 'string' &&
    Array.isArray(d.changes) &&
    d.changes.every(isRow) &&
    isRecordOf(d.inputs, isValue) &&
    o !== null &&
    typeof o === 'object' &&
    isValue(o.arn) &&
    isValue(o.created) &&
    (o.account === undefined || isValue(o.account)) &&
    typeof o.status === 'string' &&
    isRecordOf(o.settings, isValue);
  if (!shapeOk) return { problem: 'it is a plan of this action with missing or malformed fields; pass the `plan` output unchanged' };
  const plan = d as PlanDocument;
  if (fingerprintOf(plan) !== plan.fingerprint) {
    return { problem: 'its fingerprint does not match its content: it was changed after the dry run made it; pass the `plan` output unchanged' };
  }
  return { plan };
}
