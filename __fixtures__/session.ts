// A Session on virtual time against the Kinesis double, with its log lines recorded: what the unit
// tests of ensure, reconcile and teardown build before each run.
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { DesiredSpec } from '../src/desired-spec.js';
import { KinesisGateway } from '../src/kinesis-gateway.js';
import { Session } from '../src/session.js';
import type { FakeClock } from './fake-clock.js';
import { specOf } from './spec.js';

export interface RecordedSession {
  session: Session;
  info: string[];
  warnings: string[];
}

/** The deadline is `timeoutSeconds` from the clock's present time. */
export function recordedSession(client: KinesisClient, clock: FakeClock, spec: Partial<DesiredSpec>, cancel = new AbortController().signal): RecordedSession {
  const info: string[] = [];
  const warnings: string[] = [];
  const log = { info: (m: string) => info.push(m), warning: (m: string) => warnings.push(m), debug: () => undefined };
  const full = specOf(spec);
  const gateway = new KinesisGateway(
    client,
    clock,
    () => undefined,
    () => cancel,
  );
  const session = new Session(full, { gateway, clock, log, cancel, deadline: clock.now() + full.timeoutSeconds * 1000 });
  return { session, info, warnings };
}
