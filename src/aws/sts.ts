// Which AWS account the job's credentials belong to (sts:GetCallerIdentity, which needs no IAM
// permission). Asked only when a plan for a missing stream must name its account; @aws-sdk/client-sts
// is loaded only then (its own chunk). AWS_ENDPOINT_URL_STS is honoured by the SDK itself.
import type { Log } from '../model/log.js';
import { requestHandler, SIDE_CALL_TIMEOUT_MS } from './client.js';
import type { Agents } from './network.js';

export interface AccountResolver {
  /** The 12-digit account id; undefined when it cannot be told (every failure means "cannot tell"). */
  account(): Promise<string | undefined>;
  close(): void;
}

export function stsAccountResolver(region: string, log: Log, signal: () => AbortSignal, agents?: Pick<Agents, 'httpAgent' | 'httpsAgent'>): AccountResolver {
  let client: { send: (c: unknown, o: { abortSignal: AbortSignal }) => Promise<{ Account?: string }>; destroy(): void } | undefined;
  let answer: Promise<string | undefined> | undefined;
  const ask = async (): Promise<string | undefined> => {
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    client ??= new STSClient({
      region,
      maxAttempts: 2,
      requestHandler: requestHandler(SIDE_CALL_TIMEOUT_MS, agents),
    }) as never;
    try {
      const out = await client!.send(new GetCallerIdentityCommand({}), { abortSignal: signal() });
      return typeof out.Account === 'string' && /^\d{12}$/.test(out.Account) ? out.Account : undefined;
    } catch (err) {
      log.debug(`sts:GetCallerIdentity: ${(err as Error).name ?? 'error'}`);
      return undefined;
    }
  };
  return {
    account: () => (answer ??= ask()),
    close: () => client?.destroy(),
  };
}
