// Observe: which KMS key a reference names. A stream encrypted with a key's ARN and a workflow that
// declares its alias (or the other way round) use the same key; comparing the strings would report
// drift forever, and on-drift: update would re-encrypt on every run (AWS allows 25 key changes a
// day). kms:DescribeKey resolves both to the key's ARN. @aws-sdk/client-kms is loaded only then.
import type { Encryption } from './parse-settings.js';
import { sameKmsKey } from './plan.js';
import type { Log } from './session.js';

/** The key ARN a reference (id, ARN, alias name or alias ARN) names; undefined when it cannot be told. */
export type KeyLookup = (ref: string) => Promise<string | undefined>;

export interface KeyResolver {
  lookup: KeyLookup;
  close(): void;
}

/** A resolver on AWS KMS in `region`; every failure (denied, missing, throttled) means "cannot tell". */
export function kmsKeyResolver(region: string, log: Log, signal: () => AbortSignal): KeyResolver {
  let client: { send: (c: unknown, o: { abortSignal: AbortSignal }) => Promise<{ KeyMetadata?: { Arn?: string } }>; destroy(): void } | undefined;
  const cache = new Map<string, Promise<string | undefined>>();
  const describe = async (ref: string): Promise<string | undefined> => {
    const { KMSClient, DescribeKeyCommand } = await import('@aws-sdk/client-kms');
    const { NodeHttpHandler } = await import('@smithy/node-http-handler');
    client ??= new KMSClient({ region, maxAttempts: 2, requestHandler: new NodeHttpHandler({ connectionTimeout: 3_000, requestTimeout: 5_000 }) }) as never;
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

/**
 * The declared encryption as it should be compared with `currentKeyId`: when both name the same key
 * (or KMS cannot tell, which is said once), the stream's own reference, so that no drift is seen.
 */
export async function comparableEncryption(
  declared: Encryption | undefined,
  current: { EncryptionType?: string; KeyId?: string },
  lookup: KeyLookup | undefined,
  log: Log,
): Promise<Encryption | undefined> {
  if (declared?.type !== 'KMS' || current.EncryptionType !== 'KMS' || !current.KeyId || sameKmsKey(current.KeyId, declared.keyId)) return declared;
  const [want, have] = lookup ? await Promise.all([lookup(declared.keyId), lookup(current.KeyId)]) : [undefined, undefined];
  if (want && have) return want === have ? { type: 'KMS', keyId: current.KeyId } : declared;
  // Unresolved: two key ids (or ARNs) that differ are different keys, and two different aliases are
  // taken to be (one key can have several, which only KMS can tell). Only an alias against a key is unknown.
  if (isAlias(declared.keyId) === isAlias(current.KeyId)) return declared;
  log.warning(
    `Cannot tell whether KMS key "${declared.keyId}" (declared) is the key the stream uses ("${current.KeyId}"): ` +
      `${lookup ? 'kms:DescribeKey was refused or failed' : 'a custom Kinesis endpoint has no KMS beside it'}; not treated as drift. Allow kms:DescribeKey on both to compare them.`,
  );
  return { type: 'KMS', keyId: current.KeyId };
}

const isAlias = (ref: string): boolean => /(^|:)alias\//.test(ref);
