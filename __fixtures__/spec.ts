import type { DesiredSpec } from '../src/desired-spec.js';

/** A parsed spec with every default, for tests that start after input parsing. */
export function specOf(over: Partial<DesiredSpec> = {}): DesiredSpec {
  return {
    streamName: 'orders',
    state: 'present',
    onDrift: 'report',
    dryRun: false,
    provenanceTags: false,
    enforceConsumerDeletion: false,
    allowForeignDelete: false,
    commentOnPr: false,
    githubToken: '',
    region: 'us-east-1',
    timeoutSeconds: 300,
    ...over,
  };
}
