// The run context: the one small object every stage takes. It holds what the run is about (the spec),
// where its lines go (log), its budget, its calls, the stream it watches and its record. Made once per
// run by main (and by the tests, on virtual time); nothing else holds the run's state.
import { randomUUID } from 'node:crypto';
import type { KinesisGateway } from '../aws/gateway.js';
import type { Log } from '../model/log.js';
import type { JobEndState } from '../model/lifetime.js';
import type { DesiredSpec } from '../model/spec.js';
import type { Clock } from '../shared/clock.js';
import { Budget } from './budget.js';
import { Caller } from './caller.js';
import { EndpointCompat } from './compat.js';
import { cancelLine, timeoutLine, type Situation } from './messages.js';
import { RunRecord } from './record.js';
import { SlotWaiter } from './slots.js';
import { StreamWatch } from './watch.js';

export interface RunContext {
  readonly spec: DesiredSpec;
  readonly log: Log;
  readonly budget: Budget;
  readonly calls: Caller;
  readonly stream: StreamWatch;
  readonly record: RunRecord;
  /** What the endpoint does not take that AWS does (kinesalite), learned as the run goes. */
  readonly compat: EndpointCompat;
  /** Hands the post step what to delete at job end (delete-at-job-end); undefined clears it. */
  readonly remember: (state: JobEndState | undefined) => void;
  /** This step's own mark (JOB_TAG), unique to the run. */
  readonly nonce: string;
}

export interface RunDeps {
  gateway: KinesisGateway;
  clock: Clock;
  log: Log;
  /** Aborts when the runner cancels the step. */
  cancel: AbortSignal;
  /** Clock time at which the step's budget ends. */
  deadline: number;
  /** The proxy the calls go through, if any (for the line that says the endpoint cannot be reached). */
  via?: string;
  /** Where the post step's state goes (core.saveState); without it nothing is remembered. */
  remember?: (state: JobEndState | undefined) => void;
}

export function createRunContext(spec: DesiredSpec, deps: RunDeps, record = new RunRecord()): RunContext {
  const where = { stream: spec.streamName, region: spec.region, via: deps.via };
  // The budget's last words depend on what the run was doing when it ran out: read at that moment.
  const situation = (): Situation => ({
    ...where,
    timeoutSeconds: spec.timeoutSeconds,
    seconds: budget.seconds(),
    goal: calls.retrying ?? stream.goal,
    lastStatus: stream.lastStatus,
    lastError: calls.lastError,
  });
  const budget = new Budget(deps.clock, deps.cancel, deps.deadline, {
    timedOut: () => timeoutLine(situation()),
    cancelled: (inFlight) => cancelLine(situation(), inFlight),
  });
  const compat = new EndpointCompat(deps.log);
  const calls = new Caller(deps.gateway, budget, deps.log, where, compat, new SlotWaiter(deps.gateway, budget, spec.streamName));
  const stream = new StreamWatch(spec.streamName, budget, calls, deps.log, compat, spec.streamArn);
  return { spec, log: deps.log, budget, calls, stream, record, compat, remember: deps.remember ?? (() => undefined), nonce: randomUUID() };
}
