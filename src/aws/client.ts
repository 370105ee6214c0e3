// The one Kinesis client of a run.
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { DesiredSpec } from '../model/spec.js';
import type { Agents } from './network.js';

/** A call that has not answered by then is abandoned and retried (inside the step's deadline). */
export const CALL_TIMEOUT_MS = 10_000;

export function createKinesisClient(spec: Pick<DesiredSpec, 'region' | 'endpointUrl'>, agents?: Pick<Agents, 'httpAgent' | 'httpsAgent'>): KinesisClient {
  return new KinesisClient({
    region: spec.region,
    // Unset: the SDK still honours AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL by itself.
    ...(spec.endpointUrl ? { endpoint: spec.endpointUrl } : {}),
    // Retries are ours: they must respect the step's deadline, and the SDK's would outlive it.
    maxAttempts: 1,
    // HTTP/1.1: the default HTTP/2 handler drops calls against emulators, and is slower.
    requestHandler: new NodeHttpHandler({ connectionTimeout: 3_000, requestTimeout: CALL_TIMEOUT_MS, ...agents }),
  });
}
