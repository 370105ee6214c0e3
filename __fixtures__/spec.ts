import type { DesiredSpec } from '../src/model/spec.js';
import { INPUT_NAMES, type RawInputs } from '../src/inputs/read.js';

/** Raw inputs as the runner hands them over: every input '' (unset) but the name, region and timeout default. */
export function rawInputs(over: Partial<RawInputs> = {}): RawInputs {
  return {
    ...(Object.fromEntries(INPUT_NAMES.map((n) => [n, ''])) as RawInputs),
    'stream-name': 'orders',
    region: 'us-east-1',
    'timeout-seconds': '300',
    ...over,
  };
}

/** A parsed spec with every default, for tests that start after input parsing. */
export function specOf(over: Partial<DesiredSpec> = {}): DesiredSpec {
  return {
    streamName: 'orders',
    state: 'present',
    onDrift: 'report',
    dryRun: false,
    provenanceTags: false,
    enforceConsumerDeletion: false,
    enforceChannelDeletion: false,
    allowForeignDelete: false,
    sweep: false,
    maxDeletions: 20,
    deleteAtJobEnd: false,
    commentOnPr: false,
    githubToken: '',
    region: 'us-east-1',
    timeoutSeconds: 300,
    ...over,
  };
}
