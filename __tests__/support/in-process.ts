// Runs the action's real stages in this process against a real endpoint (kinesis-local, or the
// fault proxy in front of it): real client, gateway, session and clock; only @actions/core is absent.
import { ActionError } from '../../src/action-error.js';
import { systemClock } from '../../src/clock.js';
import type { DesiredSpec } from '../../src/desired-spec.js';
import { createKinesisClient } from '../../src/kinesis-client.js';
import { KinesisGateway } from '../../src/kinesis-gateway.js';
import type { RunOutcome } from '../../src/outcome.js';
import type { PlanDocument } from '../../src/plan-document.js';
import { reconcile } from '../../src/reconcile.js';
import { Session } from '../../src/session.js';
import { teardown } from '../../src/teardown.js';
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
  const log = { info: (m: string) => info.push(m), warning: (m: string) => warnings.push(m), debug: () => undefined };
  const start = systemClock.now();
  const deadline = start + full.timeoutSeconds * 1000;
  const gateway = new KinesisGateway(
    client,
    systemClock,
    () => undefined,
    () => cancel,
  );
  const session = new Session(full, { gateway, clock: systemClock, log, cancel, deadline });
  const provenance = async () => ({ 'github:repository': 'octo/repo', 'github:run-id': '42' });
  const run: InProcessRun = { info, warnings, calls: 0, ops, ms: 0 };
  try {
    run.result = full.state === 'absent' ? await teardown(session, { repository }) : await reconcile(session, { provenance });
    run.failure = run.result.failure;
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    run.failure = err.message;
  } finally {
    client.destroy();
    run.calls = gateway.calls;
    run.plan = session.plan;
    run.ms = systemClock.now() - start;
  }
  return run;
}
