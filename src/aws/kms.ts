// Which KMS key a reference names (kms:DescribeKey resolves an alias, an id or an ARN to the key's
// ARN). The only KMS call; @aws-sdk/client-kms is loaded only when a comparison needs it.
import type { Log } from '../model/log.js';
import { requestHandler, SIDE_CALL_TIMEOUT_MS } from './client.js';
import type { Agents } from './network.js';

/** The key ARN a reference (id, ARN, alias name or alias ARN) names; undefined when it cannot be told. */
export type KeyLookup = (ref: string) => Promise<string | undefined>;

export interface KeyResolver {
  lookup: KeyLookup;
  close(): void;
}

/** A resolver on AWS KMS in `region`; every failure (denied, missing, throttled) means "cannot tell". */
export function kmsKeyResolver(region: string, log: Log, signal: () => AbortSignal, agents?: Pick<Agents, 'httpAgent' | 'httpsAgent'>): KeyResolver {
  let client: { send: (c: unknown, o: { abortSignal: AbortSignal }) => Promise<{ KeyMetadata?: { Arn?: string } }>; destroy(): void } | undefined;
  const cache = new Map<string, Promise<string | undefined>>();
  const describe = async (ref: string): Promise<string | undefined> => {
    const { KMSClient, DescribeKeyCommand } = await import('@aws-sdk/client-kms');
    client ??= new KMSClient({
      region,
      maxAttempts: 2,
      requestHandler: requestHandler(SIDE_CALL_TIMEOUT_MS, agents),
    }) as never;
    try {
      const out = await client!.send(new DescribeKeyCommand({ KeyId: ref }), { abortSignal: signal() });
      return out.KeyMetadata?.Arn;
    } catch (err) {
      log.debug(`kms:DescribeKey ${ref}: ${(err as Error).name ?? 'error'}`);
      return undefined;
    }
  };
  return {
    lookup: (ref) => {
      if (!cache.has(ref)) cache.set(ref, describe(ref));
      return cache.get(ref)!;
    },
    close: () => client?.destroy(),
  };
}
