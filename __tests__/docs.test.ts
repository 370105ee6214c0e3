// Docs: README's inputs/outputs tables against action.yml, and every workflow that uses this action
// (examples/*.yml, .github/workflows/*.yml) against the inputs action.yml declares. Pure comparisons
// (support/docs-consistency.ts), proven on synthetic pairs as well as on the real files.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  countActionSteps,
  exampleLinkProblems,
  linkProblems,
  readmeProblems,
  section,
  showsValue,
  slug,
  usesThisAction,
  workflowInputProblems,
  type ActionMetadata,
} from './support/docs-consistency.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const yamlFiles = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);

const action = parse(read('action.yml')) as ActionMetadata;
const readme = read('README.md');
const examples = yamlFiles('examples');
const workflows = yamlFiles('.github/workflows');

describe('README and action.yml (the real files)', () => {
  it('list the same inputs and outputs, with matching required flags and defaults', () => {
    expect(readmeProblems(action, readme)).toEqual([]);
  });

  it('README "## Examples" links every examples/*.yml and nothing else', () => {
    expect(exampleLinkProblems(readme, examples)).toEqual([]);
  });
});

// A consistent synthetic pair; each case below breaks it in one place.
const synthAction: ActionMetadata = {
  inputs: {
    'stream-name': { description: 'Name.', required: true },
    'shard-count': { description: 'Shards.', required: false },
    'timeout-seconds': { description: 'Budget.', required: false, default: '300' },
  },
  outputs: {
    'stream-arn': { description: 'ARN.' },
    created: { description: 'Created?' },
  },
};
const synthReadme = (inputRows: string[], outputRows: string[]): string =>
  [
    '# Synthetic',
    '',
    '## Inputs',
    '',
    '| input | required | default | allowed values and meaning |',
    '|---|---|---|---|',
    ...inputRows,
    '',
    'Text after the table.',
    '',
    '## Outputs',
    '',
    '| output | value |',
    '|---|---|',
    ...outputRows,
    '',
    '## Development',
    '',
    '| `not-an-output` | tables in later sections are ignored |',
  ].join('\n');
const inputRows = [
  '| `stream-name` | yes | | The name \\| escaped pipes stay in their cell. |',
  '| `shard-count` | no | unset (1 when creating) | Shards. |',
  '| `timeout-seconds` | no | `300` | Budget. |',
];
const outputRows = ['| `stream-arn` | ARN. |', '| `created` | `true` or `false`. |'];

describe('links (the real files)', () => {
  it('every relative link and image of README.md, CONTRIBUTING.md and docs/ leads to a file and a heading that exist', () => {
    const md = [
      'README.md',
      'CONTRIBUTING.md',
      'bench/README.md',
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const files = Object.fromEntries(md.map((p) => [p, read(p)]));
    expect(linkProblems(files, (p) => existsSync(join(root, p)))).toEqual([]);
  });

  it('finds a missing file and a missing heading, and follows ../ from docs/', () => {
    const files = {
      'README.md': '# A\n## Quick start\n[x](docs/b.md#two) [y](#nope) [z](https://e.x) ![i](docs/i.png)',
      'docs/b.md': '# B\n## Two\n[back](../README.md#quick-start) [gone](../c.md)',
    };
    const exists = (p: string): boolean => p in files;
    expect(linkProblems(files, exists)).toEqual([
      'README.md: #nope (no heading #nope)',
      'README.md: docs/i.png (no file docs/i.png)',
      'docs/b.md: ../c.md (no file c.md)',
    ]);
    expect(slug('Consumers, access, warm throughput and quotas')).toBe('consumers-access-warm-throughput-and-quotas');
  });
});

describe('readmeProblems (synthetic action.yml / README pairs)', () => {
  it('accepts a consistent pair', () => {
    expect(readmeProblems(synthAction, synthReadme(inputRows, outputRows))).toEqual([]);
  });

  it('fails when action.yml has an input the README lacks', () => {
    const more: ActionMetadata = {
      ...synthAction,
      inputs: { ...synthAction.inputs, 'dry-run': { description: 'Plan only.', required: false, default: 'false' } },
    };
    expect(readmeProblems(more, synthReadme(inputRows, outputRows))).toEqual(['README: input "dry-run" is in action.yml but not in the README table']);
  });

  it('fails when the README has an input action.yml lacks', () => {
    const rows = [...inputRows, '| `dry-run` | no | `false` | Plan only. |'];
    expect(readmeProblems(synthAction, synthReadme(rows, outputRows))).toEqual(['README: input "dry-run" is in the README table but not in action.yml']);
  });

  it('fails on outputs in one but not the other, both ways', () => {
    const more: ActionMetadata = { ...synthAction, outputs: { ...synthAction.outputs, drift: { description: 'JSON.' } } };
    expect(readmeProblems(more, synthReadme(inputRows, outputRows))).toEqual(['README: output "drift" is in action.yml but not in the README table']);
    expect(readmeProblems(synthAction, synthReadme(inputRows, [...outputRows, '| `deleted` | x |']))).toEqual([
      'README: output "deleted" is in the README table but not in action.yml',
    ]);
  });

  it('fails when the required column disagrees with action.yml', () => {
    const rows = inputRows.map((r) => r.replace('| `stream-name` | yes |', '| `stream-name` | no |'));
    expect(readmeProblems(synthAction, synthReadme(rows, outputRows))).toEqual(['README: input "stream-name": required column says no, action.yml says yes']);
    const odd = inputRows.map((r) => r.replace('| `shard-count` | no |', '| `shard-count` | optional |'));
    expect(readmeProblems(synthAction, synthReadme(odd, outputRows))).toEqual(['README: input "shard-count": required column is "optional", not yes or no']);
  });

  it('fails when the default column does not show the declared default', () => {
    const rows = inputRows.map((r) => r.replace('`300`', '`3000`'));
    expect(readmeProblems(synthAction, synthReadme(rows, outputRows))).toEqual([
      'README: input "timeout-seconds": default column "`3000`" does not show the action.yml default "300"',
    ]);
  });

  it('fails on a missing section, a duplicate row and an undescribed input', () => {
    const noOutputs = synthReadme(inputRows, outputRows).replace('## Outputs', '## Results');
    expect(readmeProblems(synthAction, noOutputs)).toEqual(['README: no "## Outputs" section']);
    expect(readmeProblems(synthAction, synthReadme([...inputRows, inputRows[1]], outputRows))).toEqual(['README: input "shard-count" is listed twice']);
    const bare: ActionMetadata = { ...synthAction, inputs: { ...synthAction.inputs, 'shard-count': { required: false } } };
    expect(readmeProblems(bare, synthReadme(inputRows, outputRows))).toEqual(['action.yml: input "shard-count" has no description']);
  });
});

describe('helpers', () => {
  it('showsValue matches whole tokens only', () => {
    expect(showsValue('`300`', '300')).toBe(true);
    expect(showsValue('`report` (warn only)', 'report')).toBe(true);
    expect(showsValue('`3000`', '300')).toBe(false);
    expect(showsValue('`10`', '1')).toBe(false);
  });

  it('section stops at the next level-2 heading, not at a heading inside a code fence', () => {
    const md = '## A\n```sh\n## not a heading\n```\nbody\n### sub\nmore\n## B\nb';
    expect(section(md, 'A')).toBe('```sh\n## not a heading\n```\nbody\n### sub\nmore');
    expect(section(md, 'C')).toBeUndefined();
  });

  it('usesThisAction knows the local checkout and the published name at any ref', () => {
    expect(usesThisAction('./')).toBe(true);
    expect(usesThisAction('your-org/ensure-kinesis-data-stream@v1')).toBe(true);
    expect(usesThisAction('your-org/ensure-kinesis-data-stream@0123456789abcdef0123456789abcdef01234567')).toBe(true);
    expect(usesThisAction('aws-actions/configure-aws-credentials@v4')).toBe(false);
    expect(usesThisAction('./other-action')).toBe(false);
  });
});

describe('workflowInputProblems (synthetic workflows)', () => {
  const wf = (withBlock: Record<string, unknown>) => ({
    jobs: {
      a: {
        steps: [
          { uses: 'aws-actions/configure-aws-credentials@v4', with: { 'aws-region': 'us-east-1' } },
          { id: 's', uses: 'your-org/ensure-kinesis-data-stream@v1', with: withBlock },
        ],
      },
    },
  });

  it('accepts declared inputs only and ignores other actions', () => {
    expect(workflowInputProblems(synthAction, wf({ 'stream-name': 'x', 'timeout-seconds': 60 }), 'x.yml')).toEqual([]);
  });

  it('fails on an input that action.yml does not declare, and on a missing required input', () => {
    expect(workflowInputProblems(synthAction, wf({ 'stream-name': 'x', state: 'absent' }), 'x.yml')).toEqual([
      'x.yml: job "a", step s: input "state" is not declared in action.yml',
    ]);
    expect(workflowInputProblems(synthAction, wf({ 'shard-count': 2 }), 'x.yml')).toEqual([
      'x.yml: job "a", step s: required input "stream-name" is not given',
    ]);
  });
});

describe('examples/*.yml and .github/workflows/*.yml (the real files)', () => {
  it('there are the six examples and the three workflows', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(workflows).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml', '.github/workflows/release.yml']));
  });

  it.each(examples)('%s uses this action, with declared inputs only', (file) => {
    const workflow = parse(read(file));
    expect(countActionSteps(workflow)).toBeGreaterThan(0);
    expect(workflowInputProblems(action, workflow, file)).toEqual([]);
  });

  it.each(workflows)('%s passes only declared inputs to this action', (file) => {
    expect(workflowInputProblems(action, parse(read(file)), file)).toEqual([]);
  });

  it('ci.yml runs the action from the checkout (uses: ./) twice', () => {
    expect(countActionSteps(parse(read('.github/workflows/ci.yml')))).toBe(2);
  });
});
