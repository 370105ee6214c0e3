// A Kinesis double on virtual time, behind aws-sdk-client-mock: streams move CREATING → ACTIVE and
// DELETING → gone as the FakeClock advances. `fault` injects errors per call.
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  ResourceInUseException,
  ResourceNotFoundException,
  type StreamDescriptionSummary,
} from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import type { FakeClock } from './fake-clock.js';

export interface SimStream {
  status: 'CREATING' | 'ACTIVE' | 'UPDATING' | 'DELETING';
  /** Virtual time at which CREATING/UPDATING turns ACTIVE, or DELETING makes it vanish. */
  until: number;
  mode: 'PROVISIONED' | 'ON_DEMAND';
  shards: number;
}

export type Op = 'DescribeStreamSummary' | 'CreateStream';

/** An error shaped like the SDK's: name, $fault and HTTP status. */
export function awsError(name: string, message = name, status = 400, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    ...extra,
  });
}

export function simulateKinesis(clock: FakeClock, opts: { createMs?: number; region?: string } = {}) {
  const createMs = opts.createMs ?? 3000;
  const streams = new Map<string, SimStream>();
  const calls: Op[] = [];
  const mock = mockClient(KinesisClient);
  const sim = {
    mock,
    streams,
    calls,
    client: new KinesisClient({ region: opts.region ?? 'us-east-1' }),
    /** Return an error to fail call number n (0-based, all operations counted) of `op`. */
    fault: undefined as undefined | ((op: Op, n: number) => Error | undefined),
    /** Runs after a call's effect, before it answers (e.g. to lose a CreateStream answer). */
    afterEffect: undefined as undefined | ((op: Op) => Error | undefined),
    count: (op?: Op) => (op ? calls.filter((c) => c === op).length : calls.length),
  };

  const settle = (name: string): SimStream | undefined => {
    const s = streams.get(name);
    if (s && s.status !== 'ACTIVE' && clock.now() >= s.until) {
      if (s.status === 'DELETING') streams.delete(name);
      else s.status = 'ACTIVE';
    }
    return streams.get(name);
  };
  const enter = (op: Op): void => {
    const n = calls.length;
    calls.push(op);
    const err = sim.fault?.(op, n);
    if (err) throw err;
  };

  mock.on(DescribeStreamSummaryCommand).callsFake(async (input: { StreamName: string }) => {
    enter('DescribeStreamSummary');
    const s = settle(input.StreamName);
    if (!s) throw new ResourceNotFoundException({ message: `Stream ${input.StreamName} not found`, $metadata: {} });
    const summary: StreamDescriptionSummary = {
      StreamName: input.StreamName,
      StreamARN: `arn:aws:kinesis:${opts.region ?? 'us-east-1'}:123456789012:stream/${input.StreamName}`,
      StreamStatus: s.status,
      StreamModeDetails: { StreamMode: s.mode },
      OpenShardCount: s.shards,
      RetentionPeriodHours: 24,
      StreamCreationTimestamp: new Date(0),
      EnhancedMonitoring: [],
    };
    return { StreamDescriptionSummary: summary };
  });

  mock.on(CreateStreamCommand).callsFake(async (input: { StreamName: string; ShardCount?: number; StreamModeDetails?: { StreamMode?: string } }) => {
    enter('CreateStream');
    if (settle(input.StreamName)) {
      throw new ResourceInUseException({ message: `Stream ${input.StreamName} already exists`, $metadata: {} });
    }
    const mode = (input.StreamModeDetails?.StreamMode ?? 'PROVISIONED') as SimStream['mode'];
    streams.set(input.StreamName, { status: 'CREATING', until: clock.now() + createMs, mode, shards: input.ShardCount ?? 4 });
    const lost = sim.afterEffect?.('CreateStream');
    if (lost) throw lost;
    return {};
  });

  return sim;
}
