// Runs the action's real stages in this process against a real endpoint (kinesis-local, or the
// fault proxy in front of it): real client, gateway, run context and clock; only @actions/core is absent.
import { ActionError } from '../../src/shared/action-error.js';
import { systemClock } from '../../src/shared/clock.js';
import type { DesiredSpec } from '../../src/model/spec.js';
import { createKinesisClient } from '../../src/aws/client.js';
import { KinesisGateway } from '../../src/aws/gateway.js';
import type { RunOutcome } from '../../src/model/outcome.js';
import type { PlanDocument } from '../../src/model/plan.js';
import { reconcile } from '../../src/stages/reconcile.js';
import { createRunContext } from '../../src/runtime/context.js';
import { teardown } from '../../src/stages/teardown.js';
import { specOf } from '../../__fixtures__/spec.js';

export interface InProcessRun {
  result?: RunOutcome;
  /** The failure line, when the run failed (thrown ActionError or an outcome's failure). */
  failure?: string;
  info: string[];
  warnings: string[];
  calls: number;
  /** Every Kinesis operation sent, in order (retries included). */
  ops: string[];
  /** The plan the run made (the `plan` output). */
  plan?: PlanDocument;
  ms: number;
}

/** Operations that change something; reads are Describe*, List*, Get*. */
export const isMutating = (op: string): boolean => !/^(Describe|List|Get)/.test(op);

export async function runInProcess(
  endpoint: string,
  spec: Partial<DesiredSpec>,
  cancel = new AbortController().signal,
  repository = 'octo/repo',
): Promise<InProcessRun> {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIAFAKEFAKEFAKEFAKE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'fake';
  // Inside jest's 60-s test timeout: a stuck run ends with its own timeout line (and closes its
  // client) rather than being abandoned mid-wait by jest.
  const full = specOf({ endpointUrl: endpoint, timeoutSeconds: 45, ...spec });
  const client = createKinesisClient(full);
  const ops: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      ops.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'recordOperations' },
  );
  const info: string[] = [];
  const warnings: string[] = [];
  const log = { info: (m: string) => info.push(m), warning: (m: string) => warnings.push(m), notice: (m: string) => info.push(m), debug: () => undefined };
  const start = systemClock.now();
  const deadline = start + full.timeoutSeconds * 1000;
  const gateway = new KinesisGateway(
    client,
    systemClock,
    () => undefined,
    () => cancel,
  );
  const ctx = createRunContext(full, { gateway, clock: systemClock, log, cancel, deadline });
  const provenance = async () => ({ 'github:repository': 'octo/repo', 'github:run-id': '42' });
  const run: InProcessRun = { info, warnings, calls: 0, ops, ms: 0 };
  try {
    run.result = full.state === 'absent' ? await teardown(ctx, { repository }) : await reconcile(ctx, { provenance });
    run.failure = run.result.failure;
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    run.failure = err.message;
  } finally {
    client.destroy();
    run.calls = gateway.calls;
    run.plan = ctx.record.plan;
    run.ms = systemClock.now() - start;
  }
  return run;
}
