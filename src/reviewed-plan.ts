// Between observe and apply: the run's own plan is recorded (the `plan` output, the summary) and,
// when the step carries a reviewed plan (`expected-plan`), compared with it before any mutating call.
// Anything that moved since the review stops the run with nothing changed.
import { ActionError } from './action-error.js';
import { makePlan, planDifferences, shortFingerprint, type Observed } from './plan-document.js';
import type { DriftItem } from './plan.js';
import type { Session } from './session.js';

export function checkPlan(session: Session, observed: Observed, rows: DriftItem[]): void {
  const plan = makePlan(session.spec, observed, rows);
  session.plan = plan;
  const reviewed = session.spec.expectedPlan;
  if (!reviewed) return;
  const moved = planDifferences(reviewed, plan);
  if (moved.length > 0) {
    throw new ActionError(
      `Stream "${session.name}" is not as it was when the plan was reviewed, so nothing was changed: ${moved.join('; ')}. ` +
        'Run the plan job again and review the new plan.',
    );
  }
  session.reviewed = true;
  const what = plan.changes.length === 0 ? 'it has no changes' : `applying its ${plan.changes.length} change(s)`;
  session.log.info(`Stream "${session.name}" is as it was when the plan ${shortFingerprint(plan.fingerprint)} was reviewed: ${what}.`);
}
