// Pure checks that the documentation and the examples agree with action.yml. Each returns a list of
// problems, one readable line each; an empty list means consistent. No file access here: the tests
// read the files and pass their text (or parsed YAML) in, so synthetic pairs can be checked too.

/** The part of action.yml these checks read. */
export interface ActionMetadata {
  inputs?: Record<string, { description?: string; required?: boolean | string; default?: unknown } | null>;
  outputs?: Record<string, { description?: string } | null>;
}

/** One markdown table: lower-cased header cells and the data rows' cells (trimmed). */
export interface MarkdownTable {
  header: string[];
  rows: string[][];
}

/** The text under a `## Title` heading, up to the next heading of level 1 or 2 (undefined if absent). */
export function section(markdown: string, title: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return undefined;
  let end = lines.length;
  let fence = false;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) fence = !fence;
    if (!fence && /^#{1,2} /.test(lines[i])) {
      end = i;
      break;
    }
  }
  return lines.slice(start + 1, end).join('\n');
}

/** Splits a table row on unescaped `|` (a `\|` stays inside its cell, as `|`). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** The first markdown table in `text` (undefined when there is none). */
export function firstTable(text: string): MarkdownTable | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().startsWith('|'));
  if (start < 0) return undefined;
  const block: string[] = [];
  for (let i = start; i < lines.length && lines[i].trim().startsWith('|'); i++) block.push(lines[i]);
  const [head, separator, ...body] = block;
  if (separator === undefined || !/^\|?\s*:?-{3,}/.test(separator.trim())) return undefined;
  return { header: cells(head).map((c) => c.toLowerCase()), rows: body.map(cells) };
}

/** `name` from a first cell written `` `name` `` (undefined for anything else). */
function nameCell(cell: string | undefined): string | undefined {
  return /^`([^`]+)`$/.exec(cell?.trim() ?? '')?.[1];
}

const isRequired = (v: unknown): boolean => v === true || v === 'true';

/** Does `cell` show `value` as a whole token (backticks and quotes ignored)? `1` is not found in `10`. */
export function showsValue(cell: string, value: string): boolean {
  const plain = cell.replace(/[`'"]/g, '');
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w.-])`).test(plain);
}

/**
 * README "## Inputs" (`| \`name\` | yes/no | default | meaning |`) and "## Outputs" (`| \`name\` | value |`)
 * against action.yml: the same names both ways, `required` yes/no as declared, the declared default
 * shown in the default column, and a description for everything in action.yml.
 */
export function readmeProblems(action: ActionMetadata, readme: string): string[] {
  const problems: string[] = [];
  const inputs = action.inputs ?? {};
  const outputs = action.outputs ?? {};

  for (const [name, spec] of Object.entries(inputs)) {
    if (!spec?.description?.trim()) problems.push(`action.yml: input "${name}" has no description`);
  }
  for (const [name, spec] of Object.entries(outputs)) {
    if (!spec?.description?.trim()) problems.push(`action.yml: output "${name}" has no description`);
  }

  const inputRows = tableRows(readme, 'Inputs', ['required', 'default'], problems);
  if (inputRows) {
    const [rows, header] = inputRows;
    const requiredCol = header.indexOf('required');
    const defaultCol = header.indexOf('default');
    compareNames('input', Object.keys(inputs), rows, problems);
    for (const [name, row] of rows) {
      const spec = inputs[name];
      if (spec === undefined) continue;
      const required = row[requiredCol]?.toLowerCase();
      const want = isRequired(spec?.required) ? 'yes' : 'no';
      if (required !== 'yes' && required !== 'no') {
        problems.push(`README: input "${name}": required column is "${row[requiredCol] ?? ''}", not yes or no`);
      } else if (required !== want) {
        problems.push(`README: input "${name}": required column says ${required}, action.yml says ${want}`);
      }
      if (spec?.default !== undefined && spec.default !== null && String(spec.default) !== '') {
        const def = String(spec.default);
        if (!showsValue(row[defaultCol] ?? '', def)) {
          problems.push(`README: input "${name}": default column "${row[defaultCol] ?? ''}" does not show the action.yml default "${def}"`);
        }
      }
    }
  }

  const outputRows = tableRows(readme, 'Outputs', [], problems);
  if (outputRows) compareNames('output', Object.keys(outputs), outputRows[0], problems);
  return problems;
}

/** The `name -> cells` rows of the first table under `## title`; undefined (and a problem) if unusable. */
function tableRows(readme: string, title: string, columns: string[], problems: string[]): [Map<string, string[]>, string[]] | undefined {
  const text = section(readme, title);
  if (text === undefined) {
    problems.push(`README: no "## ${title}" section`);
    return undefined;
  }
  const table = firstTable(text);
  if (!table) {
    problems.push(`README: no table under "## ${title}"`);
    return undefined;
  }
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    problems.push(`README: the "## ${title}" table has no ${missing.map((c) => `"${c}"`).join(', ')} column`);
    return undefined;
  }
  const rows = new Map<string, string[]>();
  const kind = title.toLowerCase().replace(/s$/, '');
  for (const row of table.rows) {
    const name = nameCell(row[0]);
    if (name === undefined) {
      problems.push(`README: "## ${title}" row "${row.join(' | ')}" does not start with a \`name\` cell`);
    } else if (rows.has(name)) {
      problems.push(`README: ${kind} "${name}" is listed twice`);
    } else {
      rows.set(name, row);
    }
  }
  return [rows, table.header];
}

function compareNames(kind: string, declared: string[], rows: Map<string, string[]>, problems: string[]): void {
  for (const name of declared) {
    if (!rows.has(name)) problems.push(`README: ${kind} "${name}" is in action.yml but not in the README table`);
  }
  for (const name of rows.keys()) {
    if (!declared.includes(name)) problems.push(`README: ${kind} "${name}" is in the README table but not in action.yml`);
  }
}

/** A `uses:` value that refers to this action: the local checkout or the published name at any ref. */
export function usesThisAction(uses: unknown): boolean {
  return typeof uses === 'string' && (uses === './' || /^your-org\/ensure-kinesis-data-stream@\S+$/.test(uses));
}

interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: unknown;
  with?: Record<string, unknown> | null;
}

/** How many steps of the parsed `workflow` use this action. */
export function countActionSteps(workflow: unknown): number {
  return actionSteps(workflow).length;
}

function actionSteps(workflow: unknown): { job: string; index: number; step: WorkflowStep }[] {
  const jobs = (workflow as { jobs?: Record<string, { steps?: WorkflowStep[] } | null> } | null)?.jobs ?? {};
  const found: { job: string; index: number; step: WorkflowStep }[] = [];
  for (const [job, spec] of Object.entries(jobs)) {
    (spec?.steps ?? []).forEach((step, index) => {
      if (usesThisAction(step?.uses)) found.push({ job, index, step });
    });
  }
  return found;
}

/**
 * Steps of a parsed workflow that use this action, against action.yml: every `with:` key must be a
 * declared input (strict: no allowance for inputs "about to be added"), and every required input
 * without a default must be given.
 */
export function workflowInputProblems(action: ActionMetadata, workflow: unknown, file = 'workflow'): string[] {
  const inputs = action.inputs ?? {};
  const problems: string[] = [];
  for (const { job, index, step } of actionSteps(workflow)) {
    const where = `${file}: job "${job}", step ${step.id ?? step.name ?? index + 1}`;
    const given = Object.keys(step.with ?? {});
    for (const name of given) {
      if (!(name in inputs)) problems.push(`${where}: input "${name}" is not declared in action.yml`);
    }
    for (const [name, spec] of Object.entries(inputs)) {
      const hasDefault = spec?.default !== undefined && spec?.default !== null;
      if (isRequired(spec?.required) && !hasDefault && !given.includes(name)) {
        problems.push(`${where}: required input "${name}" is not given`);
      }
    }
  }
  return problems;
}

/** README "## Examples": every file is linked, and every `examples/…` link names a file that exists. */
export function exampleLinkProblems(readme: string, files: string[]): string[] {
  const text = section(readme, 'Examples');
  if (text === undefined) return ['README: no "## Examples" section'];
  const linked = new Set([...text.matchAll(/\]\((?:\.\/)?(examples\/[^)\s#]+)\)/g)].map((m) => m[1]));
  const problems: string[] = [];
  for (const file of files) {
    if (!linked.has(file)) problems.push(`README: ${file} is not linked under "## Examples"`);
  }
  for (const link of linked) {
    if (!files.includes(link)) problems.push(`README: "## Examples" links ${link}, which does not exist`);
  }
  return problems;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a markdown file (headings outside code fences). */
export function anchorsOf(markdown: string): Set<string> {
  const out = new Set<string>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const m = fence ? null : /^#{1,6} (.+)$/.exec(line);
    if (m) out.add(slug(m[1]));
  }
  return out;
}

/**
 * Relative links and images that lead nowhere: a file that is not there, or an anchor that no heading
 * of the target makes. `files` maps repository paths to their text (markdown) or to '' (other files).
 */
export function linkProblems(files: Record<string, string>, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith('.md')) continue;
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const prose = text.replace(/```[\s\S]*?```/g, '');
    for (const [, target] of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file ? normalise(dir + file) : path;
      if (!exists(resolved)) {
        problems.push(`${path}: ${target} (no file ${resolved})`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && !anchorsOf(files[resolved] ?? '').has(anchor)) problems.push(`${path}: ${target} (no heading #${anchor})`);
    }
  }
  return problems;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
