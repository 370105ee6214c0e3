// Reads the raw action inputs. The runner passes each as INPUT_<NAME> (hyphens kept); @actions/core
// trims them and returns '' for an unset input.
import * as core from '@actions/core';

export const INPUT_NAMES = [
  'stream-name',
  'stream-arn',
  'state',
  'shard-count',
  'stream-mode',
  'retention-hours',
  'encryption-type',
  'kms-key-id',
  'tags',
  'provenance-tags',
  'shard-level-metrics',
  'max-record-size-kib',
  'warm-throughput-mibps',
  'record-distribution',
  'consumers',
  'consumer-tags',
  'resource-policy',
  'reader-account-ids',
  'allowed-account-ids',
  'on-drift',
  'dry-run',
  'enforce-consumer-deletion',
  'enforce-channel-deletion',
  'allow-foreign-delete',
  'delete-at-job-end',
  'time-to-live',
  'max-deletions',
  'expected-plan',
  'comment-on-pr',
  'github-token',
  'region',
  'timeout-seconds',
  'endpoint-url',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Record<InputName, string>;

export function readInputs(): RawInputs {
  // Multi-line inputs (tags, metrics) keep their inner lines; getInput trims only the ends.
  return Object.fromEntries(INPUT_NAMES.map((n) => [n, core.getInput(n)])) as RawInputs;
}
