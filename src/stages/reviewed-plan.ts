// Between observe and apply: the run's own plan is recorded (the `plan` output, the summary) and,
// when the step carries a reviewed plan (`expected-plan`), compared with it before any mutating call.
// Anything that moved since the review stops the run with nothing changed. The reviewed plan's inputs
// are compared first, before any call at all (main asks reviewedInputProblems right after the inputs).
import type { DriftItem, Observed } from '../model/plan.js';
import type { DesiredSpec } from '../model/spec.js';
import { inputDifferences, planDifferences } from '../plan/differences.js';
import { makePlan, shortFingerprint } from '../plan/document.js';
import type { RunContext } from '../runtime/context.js';
import { ActionError } from '../shared/action-error.js';
import { count } from '../shared/show.js';

/** A reviewed plan holds for the inputs it was made with: replaying it with other settings is refused, naming each input that differs. */
export function reviewedInputProblems(spec: DesiredSpec): string[] {
  const moved = spec.expectedPlan ? inputDifferences(spec.expectedPlan, spec) : [];
  if (moved.length === 0) return [];
  return [
    `Input "expected-plan" was made with other inputs, so nothing was done: ${moved.join('; ')}. ` +
      'Use the same inputs in the plan and apply steps, or review a new plan.',
  ];
}

export function checkPlan(ctx: RunContext, observed: Observed, rows: DriftItem[]): void {
  const { spec, record } = ctx;
  const plan = makePlan(spec, observed, rows);
  record.notePlan(plan);
  const reviewed = spec.expectedPlan;
  if (!reviewed) return;
  const moved = planDifferences(reviewed, plan);
  if (moved.length > 0) {
    // Both fingerprints: the reviewer approved the first; the second is what a new review would see.
    throw new ActionError(
      `Stream "${spec.streamName}" is not as it was when the plan was reviewed (reviewed plan ${shortFingerprint(reviewed.fingerprint)}, ` +
        `the stream now gives ${shortFingerprint(plan.fingerprint)}), so nothing was changed: ${moved.join('; ')}. ` +
        'Run the plan job again and review the new plan.',
    );
  }
  record.noteReviewed();
  const what = plan.changes.length === 0 ? 'it has no changes' : `applying its changes to ${count(plan.changes.length, 'setting')}`;
  ctx.log.info(`Stream "${spec.streamName}" is as it was when the plan ${shortFingerprint(plan.fingerprint)} was reviewed: ${what}.`);
}
