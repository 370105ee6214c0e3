// A run context on virtual time against the Kinesis double, with its log lines recorded: what the unit
// tests of ensure, reconcile and teardown build before each run.
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { KinesisGateway } from '../src/aws/gateway.js';
import type { DesiredSpec } from '../src/model/spec.js';
import { createRunContext, type RunContext } from '../src/runtime/context.js';
import type { FakeClock } from './fake-clock.js';
import { specOf } from './spec.js';

export interface RecordedRun {
  ctx: RunContext;
  info: string[];
  warnings: string[];
}

/** The deadline is `timeoutSeconds` from the clock's present time. */
export function recordedRun(client: KinesisClient, clock: FakeClock, spec: Partial<DesiredSpec>, cancel = new AbortController().signal): RecordedRun {
  const info: string[] = [];
  const warnings: string[] = [];
  const log = { info: (m: string) => info.push(m), warning: (m: string) => warnings.push(m), notice: (m: string) => info.push(m), debug: () => undefined };
  const full = specOf(spec);
  const gateway = new KinesisGateway(
    client,
    clock,
    () => undefined,
    () => cancel,
  );
  const ctx = createRunContext(full, { gateway, clock, log, cancel, deadline: clock.now() + full.timeoutSeconds * 1000 });
  return { ctx, info, warnings };
}
