// The one Kinesis client of a run.
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { DesiredSpec } from '../model/spec.js';
import type { Agents } from './network.js';

/** A call that has not answered by then is abandoned and retried (inside the step's deadline). */
export const CALL_TIMEOUT_MS = 10_000;
/** KMS and STS answers are advice (one try, failure means "cannot tell"): a shorter bound. */
export const SIDE_CALL_TIMEOUT_MS = 5_000;

/**
 * The HTTP/1.1 handler of every AWS client of the run (Kinesis, and KMS and STS on the side): the default
 * HTTP/2 handler drops calls against emulators, and is slower. It uses the run's agents (proxy, CA bundle).
 */
export function requestHandler(requestTimeout: number, agents?: Pick<Agents, 'httpAgent' | 'httpsAgent'>): NodeHttpHandler {
  return new NodeHttpHandler({ connectionTimeout: 3_000, requestTimeout, ...(agents ? { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent } : {}) });
}

export function createKinesisClient(spec: Pick<DesiredSpec, 'region' | 'endpointUrl'>, agents?: Pick<Agents, 'httpAgent' | 'httpsAgent'>): KinesisClient {
  return new KinesisClient({
    region: spec.region,
    // Unset: the SDK still honours AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL by itself.
    ...(spec.endpointUrl ? { endpoint: spec.endpointUrl } : {}),
    // Retries are ours: they must respect the step's deadline, and the SDK's would outlive it.
    maxAttempts: 1,
    requestHandler: requestHandler(CALL_TIMEOUT_MS, agents),
  });
}
