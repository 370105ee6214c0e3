// Decides the next step from what was observed. Pure.
import type { CreateStreamCommandInput, StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { DesiredSpec } from './desired-spec.js';

export type Step =
  | { kind: 'done' }
  | { kind: 'create' }
  /** CREATING, UPDATING, DELETING (or a status this version does not know): poll again later. */
  | { kind: 'wait'; status: string };

export function nextStep(stream: StreamDescriptionSummary | undefined): Step {
  if (!stream) return { kind: 'create' };
  if (stream.StreamStatus === 'ACTIVE') return { kind: 'done' };
  return { kind: 'wait', status: stream.StreamStatus ?? 'UNKNOWN' };
}

/** The CreateStream request for a missing stream: PROVISIONED with 1 shard unless the workflow says otherwise. */
export function createRequest(spec: DesiredSpec): CreateStreamCommandInput {
  const mode = spec.streamMode ?? 'PROVISIONED';
  return {
    StreamName: spec.streamName,
    ...(mode === 'PROVISIONED' ? { ShardCount: spec.shardCount ?? 1 } : {}),
    StreamModeDetails: { StreamMode: mode },
  };
}

export function describeCreate(req: CreateStreamCommandInput): string {
  const mode = req.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
  return mode === 'ON_DEMAND' ? 'ON_DEMAND' : `PROVISIONED, ${req.ShardCount} shard${req.ShardCount === 1 ? '' : 's'}`;
}
