// The files a dist/ loads before main.ts runs: the entry and the chunks of its one dynamic import of
// main.ts. Shared by the bundle test and `npm run bench:startup`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ['index.js', '<id>.index.js', ...]; throws when the entry has no such import (not a dist/ of this project). */
export function startupFiles(dir) {
  const entry = readFileSync(join(dir, 'index.js'), 'utf8');
  const first = /Promise\.all\(\/\* import\(\) \*\/\[([^\]]*)\]\)/.exec(entry);
  if (!first) throw new Error(`${join(dir, 'index.js')}: no dynamic import of main.ts found`);
  return ['index.js', ...[...first[1].matchAll(/\.e\((\d+)\)/g)].map((m) => `${m[1]}.index.js`)];
}
