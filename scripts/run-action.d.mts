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
  /** What the step saved for its post step (core.saveState → GITHUB_STATE). */
  state: Record<string, string>;
}
export function runAction(opts: {
  node?: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  onSpawn?: (child: ChildProcess) => void;
  script?: string;
  /** The main step's saved state, handed to a post step as STATE_<name>. */
  state?: Record<string, string>;
}): Promise<RunResult>;
