// Runs the built dist/index.js the way the GitHub runner does: a fresh process, every input as
// INPUT_<NAME> (upper-cased, spaces to underscores, hyphens kept), action.yml defaults applied,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and none of the developer's own AWS configuration.
// Shared by the runner-level tests, `npm run demo` and `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const actionYml = parse(readFileSync(join(root, 'action.yml'), 'utf8'));

export function inputVar(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses the `name<<DELIMITER` heredoc form that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** The runner evaluates expressions in defaults; the only one action.yml uses is github.token. */
export const TEST_GITHUB_TOKEN = 'ghs_runnerLevelTestToken0000000000000000';

/**
 * One step: `state` is what an earlier main step saved (the runner hands it to the post step as
 * STATE_<name>); the result's `state` is what this step saved (GITHUB_STATE). A post step is run by
 * passing the main step's `state` back.
 */
export function runAction({ node = process.execPath, inputs, env: extra = {}, onSpawn, script = join(root, 'dist', 'index.js'), state = {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'eks-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const stateFile = join(dir, 'state');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(stateFile, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-for-tests',
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    if (spec.default === undefined) continue;
    const value = String(spec.default);
    if (/^\$\{\{\s*github\.token\s*\}\}$/.test(value)) env[inputVar(name)] = TEST_GITHUB_TOKEN;
    else if (value.includes('${{')) throw new Error(`run-action.mjs cannot evaluate the default of input ${name}: ${value}`);
    else env[inputVar(name)] = value;
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVar(name)] = value;
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
  Object.assign(env, extra);

  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [script], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // A spawn that fails emits 'error' (no process), then 'close'.
    let spawnError;
    child.on('error', (err) => {
      if (child.pid === undefined) spawnError = err;
    });
    // 'close': the process has exited and its pipes are closed; nothing of it is left open here.
    child.on('close', (code, signal) => {
      try {
        if (spawnError) throw spawnError;
        resolvePromise({
          code,
          signal,
          stdout,
          stderr,
          ms: performance.now() - started,
          outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
          state: parseOutputs(readFileSync(stateFile, 'utf8')),
          errors: stdout
            .split('\n')
            .filter((l) => l.startsWith('::error::'))
            .map((l) => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')),
          warnings: stdout.split('\n').filter((l) => l.startsWith('::warning')),
        });
      } catch (err) {
        reject(err);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    onSpawn?.(child);
  });
}
