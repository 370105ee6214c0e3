// Unit: the layout of src/ holds. Folders import only down the layers (support/structure.ts states
// the order), no file imports itself back through others (type imports included), SDK commands are
// built in aws/ only (Kinesis's in aws/operations.ts), and files and classes stay small. Each check is
// proven on a synthetic tree first, then run on the real one.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classLengths, commandProblems, cycles, importsOf, layerProblems, LAYERS, sizeProblems, SUBSTITUTES, type Sources } from './support/structure.js';

const SRC = join(import.meta.dirname, '..', 'src');
const real: Sources = Object.fromEntries(
  (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split('\\').join('/'))
    .sort()
    .map((f) => [f, readFileSync(join(SRC, f), 'utf8')]),
);

describe('the checks, on a synthetic tree', () => {
  const tree: Sources = {
    'main.ts': "import { a } from './stages/a.js';\nimport type { T } from './model/t.js';\n",
    'stages/a.ts': "import { b } from '../plan/b.js';\nconst c = await import('../aws/operations.js');\n",
    'plan/b.ts': "// import { x } from '../stages/a.js' (a comment, not an import)\nexport const b = 1;\n",
    'aws/operations.ts': "import { ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';\nexport const o = () => new ListTagsForStreamCommand({});\n",
    'model/t.ts': 'export type T = string;\n',
  };

  it('resolves static, type-only and dynamic imports, and ignores comments', () => {
    expect(importsOf('stages/a.ts', tree['stages/a.ts'])).toEqual(['plan/b.ts', 'aws/operations.ts']);
    expect(importsOf('plan/b.ts', tree['plan/b.ts'])).toEqual([]);
    expect(importsOf('main.ts', tree['main.ts'])).toEqual(['stages/a.ts', 'model/t.ts']);
  });

  it('accepts a tree that follows the rules', () => {
    expect(layerProblems(tree)).toEqual([]);
    expect(cycles(tree)).toEqual([]);
    expect(commandProblems(tree)).toEqual([]);
  });

  it('refuses an import up the layers, sideways, or into a missing file', () => {
    expect(layerProblems({ ...tree, 'plan/b.ts': "import { a } from '../stages/a.js';\n" })).toEqual([
      'plan/b.ts imports stages/a.ts: plan may not import stages',
    ]);
    expect(layerProblems({ ...tree, 'aws/x.ts': "import { i } from '../inputs/i.js';\n", 'inputs/i.ts': '' })).toEqual([
      'aws/x.ts imports inputs/i.ts: aws may not import inputs',
    ]);
    expect(layerProblems({ ...tree, 'plan/b.ts': "import { z } from './z.js';\n" })).toEqual(['plan/b.ts imports plan/z.ts, which does not exist']);
    expect(layerProblems({ ...tree, 'extra/e.ts': '' })).toEqual(['extra/e.ts: folder "extra" is not in LAYERS']);
  });

  it('finds a circle, type imports included', () => {
    const circle = { ...tree, 'plan/b.ts': "import type { C } from './c.js';\n", 'plan/c.ts': "import { b } from './b.js';\n" };
    expect(cycles(circle)).toEqual(['plan/b.ts → plan/c.ts → plan/b.ts']);
  });

  it('finds SDK commands outside aws/, and Kinesis commands outside aws/operations.ts', () => {
    const stage = "import { DeleteStreamCommand } from '@aws-sdk/client-kinesis';\nsend(new DeleteStreamCommand({}));\n";
    expect(commandProblems({ ...tree, 'stages/a.ts': stage })).toEqual([
      'stages/a.ts builds SDK commands: DeleteStreamCommand, DeleteStreamCommand (client-kinesis)',
    ]);
    expect(commandProblems({ ...tree, 'aws/gateway.ts': stage })).toEqual(['aws/gateway.ts builds Kinesis commands: only aws/operations.ts may']);
    // Types of an SDK client are not commands.
    expect(commandProblems({ ...tree, 'stages/a.ts': "import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';\n" })).toEqual([]);
  });

  it('measures folders, files and classes', () => {
    expect(classLengths('export class A {\n  x = 1;\n}\nclass B {\n}\n')).toEqual([
      { name: 'A', lines: 3 },
      { name: 'B', lines: 2 },
    ]);
    const many: Sources = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`plan/f${i}.ts`, '']));
    expect(sizeProblems({ ...tree, ...many })).toContain('src/plan has 12 files, more than 10');
    expect(sizeProblems({ 'main.ts': '', 'a/x.ts': '' })).toEqual(['src/ has 1 subfolders, fewer than 4']);
    expect(sizeProblems({ ...tree, 'plan/long.ts': 'x\n'.repeat(301) })).toEqual(['plan/long.ts has 301 lines, more than 300']);
    const bigClass = `class Big {\n${'  x = 1;\n'.repeat(200)}}\n`;
    expect(sizeProblems({ ...tree, 'runtime/big.ts': bigClass })).toEqual(['runtime/big.ts: class Big has 202 lines, more than 200']);
  });
});

describe('the real src/', () => {
  it('has every file in a folder of LAYERS, and every import goes down the layers', () => {
    expect(Object.keys(real).length).toBeGreaterThan(30);
    expect(layerProblems(real)).toEqual([]);
  });

  it('has no import circle, type imports included', () => {
    expect(cycles(real)).toEqual([]);
  });

  it('builds SDK commands only in aws/ (Kinesis commands only in aws/operations.ts)', () => {
    expect(commandProblems(real)).toEqual([]);
    expect(
      Object.entries(real)
        .filter(([, t]) => /new\s+\w+Command\(/.test(t))
        .map(([p]) => p),
    ).toEqual(['aws/kms.ts', 'aws/operations.ts', 'aws/sts.ts']);
  });

  it('model/ and shared/ import nothing from the other folders', () => {
    const leaves = Object.keys(real).filter((p) => /^(model|shared)\//.test(p));
    const outside = (t: string, p: string): boolean => !t.startsWith(p.split('/')[0] + '/') && !t.startsWith(SUBSTITUTES);
    for (const p of leaves) expect(importsOf(p, real[p]).filter((t) => outside(t, p))).toEqual([]);
  });

  it('stays small: folders, files per folder, lines per file and per class', () => {
    expect(sizeProblems(real)).toEqual([]);
  });

  it('has no line over 160 characters in any code file of the project (Prettier cannot break strings)', () => {
    const root = join(import.meta.dirname, '..');
    const code = ['src', '__tests__', '__fixtures__', 'scripts', 'bench'].flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[])
        .filter((f) => /\.(ts|mts|mjs|cjs|js)$/.test(f) && !f.includes('node_modules') && !f.startsWith('results'))
        .map((f) => join(dir, f)),
    );
    expect(code.length).toBeGreaterThan(60);
    const long = code.flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 160 ? [`${f}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });

  const doc = readFileSync(join(import.meta.dirname, '..', 'CONTRIBUTING.md'), 'utf8');

  it('names its layers in CONTRIBUTING.md, in the same order', () => {
    const named = LAYERS.flat().filter((f) => f !== '.');
    const positions = named.map((f) => doc.indexOf(`| \`${f}/\``));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("CONTRIBUTING.md's layout table lists every file of src/, in its folder, and no other", () => {
    const listed = doc
      .split('\n')
      .map((line) => /^\| `(src|[a-z]+)\/` \|[^|]*\|(.*)\|$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .flatMap((m) => [...m[2].matchAll(/`([a-z-]+\.ts)`/g)].map((f) => (m[1] === 'src' ? f[1] : `${m[1]}/${f[1]}`)));
    expect([...new Set(listed)].sort()).toEqual(Object.keys(real).sort());
  });
});
