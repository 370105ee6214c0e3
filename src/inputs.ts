// Reads the raw action inputs. The runner passes each as INPUT_<NAME> (hyphens kept); @actions/core
// trims them and returns '' for an unset input.
import * as core from '@actions/core';

export const INPUT_NAMES = [
  'stream-name',
  'shard-count',
  'stream-mode',
  'region',
  'timeout-seconds',
  'endpoint-url',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Record<InputName, string>;

export function readInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map((n) => [n, core.getInput(n)])) as RawInputs;
}
