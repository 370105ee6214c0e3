import type { ChildProcess } from 'node:child_process';
export const root: string;
export const actionYml: {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
};
export const TEST_GITHUB_TOKEN: string;
export function inputVar(name: string): string;
export function parseOutputs(text: string): Record<string, string>;
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  outputs: Record<string, string>;
  summary: string;
  /** Lines the action marked as errors (::error::), decoded. */
  errors: string[];
  warnings: string[];
}
export function runAction(opts: {
  node?: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  onSpawn?: (child: ChildProcess) => void;
  script?: string;
}): Promise<RunResult>;
