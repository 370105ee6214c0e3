// The layout rules of src/, as pure checks over a map of path → source text (structure.test.ts runs
// them on the real tree and proves each on a small synthetic one).

/** Folders of src/ from the top of the flow to its leaves. A folder imports only folders of a later rank. */
export const LAYERS: string[][] = [
  ['.'], // index.ts (the entry) and main.ts (wires one run)
  ['lifecycle'], // throwaway streams: the sweep, the post step's deletion, GitHub's pull-request states
  ['stages'], // observe → plan → apply → wait, one stage per file
  ['runtime', 'report'], // budget, calls, the stream watch, the record | outputs, summary, comment, the log sink
  ['aws', 'inputs'], // the only SDK users | inputs → spec
  ['plan'], // pure decisions
  ['model'], // the words: types and Kinesis's fixed rules
  ['shared'], // leaf helpers
];

export const LIMITS = { minFolders: 4, maxRootFiles: 4, maxFilesPerFolder: 10, maxFileLines: 300, maxClassLines: 200 };

export type Sources = Record<string, string>;

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');

/** Without comments, so that a comment naming an import or a command is not taken for one. */
export function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The build-time substitutes (see scripts/build.mjs), outside src/: any layer may import them. */
export const SUBSTITUTES = '../shims/';

/** Relative imports of a file (static, type-only, re-exports and dynamic), resolved to src paths ("../" for outside src/). */
export function importsOf(path: string, text: string): string[] {
  const specs = [...code(text).matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]);
  const dir = path.split('/').slice(0, -1);
  return specs.map((spec) => {
    const parts = [...dir];
    let above = '';
    for (const seg of spec.replace(/\.js$/, '.ts').split('/')) {
      if (seg === '..') {
        if (parts.length) parts.pop();
        else above += '../';
      } else if (seg !== '.') parts.push(seg);
    }
    return above + parts.join('/');
  });
}

/** Imports that go up the layers or sideways to a folder of the same rank; imports of unknown folders. */
export function layerProblems(sources: Sources): string[] {
  const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const out: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    const from = folderOf(path);
    if (!rank.has(from)) out.push(`${path}: folder "${from}" is not in LAYERS`);
    for (const target of importsOf(path, text)) {
      if (target.startsWith(SUBSTITUTES)) continue;
      const to = folderOf(target);
      if (!(target in sources)) out.push(`${path} imports ${target}, which does not exist`);
      if (to === from) continue;
      if (!rank.has(to) || (rank.get(to) as number) <= (rank.get(from) as number)) out.push(`${path} imports ${target}: ${from} may not import ${to}`);
    }
  }
  return out;
}

/** Every import circle among the files (type imports included), each as "a → b → a". */
export function cycles(sources: Sources): string[] {
  const graph = new Map(Object.entries(sources).map(([p, t]) => [p, importsOf(p, t).filter((x) => x in sources)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

/**
 * SDK commands (`new XCommand(`, or a `…Command` imported from an @aws-sdk client) outside the aws/
 * folder; Kinesis commands anywhere but aws/operations.ts.
 */
export function commandProblems(sources: Sources): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    const c = code(text);
    const built = [...c.matchAll(/\bnew\s+([A-Z]\w*Command)\s*\(/g)].map((m) => m[1]);
    const imported = [...c.matchAll(/import\s+(?!type\b)\{([^}]*)\}\s+from\s+'@aws-sdk\/client-([a-z-]+)'/g)].flatMap((m) =>
      m[1]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^[A-Z]\w*Command$/.test(s))
        .map((s) => `${s} (client-${m[2]})`),
    );
    const kinesis = /@aws-sdk\/client-kinesis/.test(c) && (built.length > 0 || imported.some((s) => s.endsWith('(client-kinesis)')));
    if (folderOf(path) !== 'aws' && (built.length || imported.length)) out.push(`${path} builds SDK commands: ${[...built, ...imported].join(', ')}`);
    else if (kinesis && path !== 'aws/operations.ts') out.push(`${path} builds Kinesis commands: only aws/operations.ts may`);
  }
  return out;
}

/** The longest class of a file, by lines from `class X` to its closing brace at the same indent. */
export function classLengths(text: string): Array<{ name: string; lines: number }> {
  const lines = text.split('\n');
  const out: Array<{ name: string; lines: number }> = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)(?:export\s+)?(?:abstract\s+)?class\s+(\w+)[^{]*\{\s*$/.exec(line);
    if (!m) return;
    const end = lines.findIndex((l, j) => j > i && l === `${m[1]}}`);
    out.push({ name: m[2], lines: (end < 0 ? lines.length : end) - i + 1 });
  });
  return out;
}

/** Counts and sizes: folders, files per folder, lines per file and per class. */
export function sizeProblems(sources: Sources): string[] {
  const out: string[] = [];
  const perFolder = new Map<string, number>();
  for (const path of Object.keys(sources)) perFolder.set(folderOf(path), (perFolder.get(folderOf(path)) ?? 0) + 1);
  const folders = [...perFolder.keys()].filter((f) => f !== '.');
  if (folders.length < LIMITS.minFolders) out.push(`src/ has ${folders.length} subfolders, fewer than ${LIMITS.minFolders}`);
  if ((perFolder.get('.') ?? 0) > LIMITS.maxRootFiles) out.push(`src/ has ${perFolder.get('.')} files at its root, more than ${LIMITS.maxRootFiles}`);
  for (const [folder, n] of perFolder) {
    if (folder !== '.' && n > LIMITS.maxFilesPerFolder) out.push(`src/${folder} has ${n} files, more than ${LIMITS.maxFilesPerFolder}`);
  }
  for (const [path, text] of Object.entries(sources)) {
    const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (n > LIMITS.maxFileLines) out.push(`${path} has ${n} lines, more than ${LIMITS.maxFileLines}`);
    for (const c of classLengths(text)) {
      if (c.lines > LIMITS.maxClassLines) out.push(`${path}: class ${c.name} has ${c.lines} lines, more than ${LIMITS.maxClassLines}`);
    }
  }
  return out;
}
