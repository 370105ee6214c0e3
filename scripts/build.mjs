// Builds dist/ with ncc's own API (the CLI has no flag for this): `mainFields: ['module', 'main']`
// makes webpack take the AWS SDK's ES module builds, which it can tree-shake and concatenate; the
// CLI takes `main` (the CommonJS builds, each package whole). The tsconfig.json `paths` do the same
// for the two packages whose `exports` would pick CommonJS under ncc's fixed conditions, and put the
// build-time substitutes of shims/ in place. Output and flags are the CLI's: source maps without
// the register, licenses.txt, and the chunks that dynamic import() splits off.
import ncc from '@vercel/ncc';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');

const built = await ncc(join(root, 'src/index.ts'), {
  sourceMap: true,
  sourceMapRegister: false,
  license: 'licenses.txt',
  mainFields: ['module', 'main'],
  quiet: true,
}).catch((err) => {
  // Its stack would print a line of ncc's own minified bundle; the message says what to fix.
  console.error(String(err?.message ?? err).slice(0, 4000));
  process.exit(1);
});
const { code, map, assets } = built;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.js'), code);
if (map) writeFileSync(join(out, 'index.js.map'), map);
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  writeFileSync(join(out, name), asset.source);
}
const sizes = [['index.js', Buffer.byteLength(code)], ...Object.entries(assets).map(([n, a]) => [n, a.source.length])];
for (const [name, size] of sizes.filter(([n]) => n.endsWith('.js')).sort((a, b) => b[1] - a[1])) {
  console.log(`${String(size).padStart(9)}  dist/${name}`);
}
