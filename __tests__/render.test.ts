// Unit: the summary and the pull-request comment as GitHub renders them (cmark-gfm, GitHub's alert
// blocks). The renders are kept in __tests__/renders/ (HTML, no pixels): a change to what a reviewer
// sees shows up in review as a diff of those files. UPDATE_RENDERS=1 writes them anew;
// `npm run screenshots` makes the pictures in docs/ from them.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { REPORTS, SWEEP_REPORT } from '../__fixtures__/reports.js';
import { commentBody, commentMarker, runOf } from '../src/report/pr-comment.js';
import { summaryMarkdown } from '../src/report/summary.js';
import { renderGfm } from './support/render.js';

const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/orders', GITHUB_RUN_ID: '4242', GITHUB_SHA: '3f9a2c1'.padEnd(40, 'e') };
const comment = (name: string): string =>
  commentBody(commentMarker('orders', 'eu-west-1'), summaryMarkdown(REPORTS[name]), runOf(env, REPORTS[name].dryRun ?? false));

/** The file under __tests__/renders/, compared (or written, with UPDATE_RENDERS=1). */
function kept(name: string, html: string): string {
  const path = new URL(`./renders/${name}.html`, import.meta.url);
  if (process.env.UPDATE_RENDERS === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`no render ${name}.html: run UPDATE_RENDERS=1 npm test -- __tests__/render.test.ts`);
    writeFileSync(path, html);
  }
  return readFileSync(path, 'utf8');
}

/** The rendered elements after the title, as tag + start of text, for "what a reviewer sees first". */
const blocks = (html: string): string[] =>
  [...html.matchAll(/^<(p|table|div class="markdown-alert[^"]*"|details|ul|h3)[^>]*>([^\n]*)/gm)].map((m) => `${m[1]} ${plainText(m[2])}`);

const plainText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe.each(Object.keys(REPORTS))('the %s summary, rendered', (name) => {
  const html = renderGfm(summaryMarkdown(REPORTS[name]));

  it('is the render kept in __tests__/renders/', () => {
    expect(html).toBe(kept(name, html));
  });

  it('opens with its title, then the counts (or the failure), and has no empty header cell', () => {
    const [title, first] = blocks(html);
    expect(title).toBe('h3 Kinesis stream orders' + (REPORTS[name].dryRun ? ' · dry run' : ''));
    expect(first).toMatch(/^p (Plan: \d+ to create, \d+ to change, \d+ to delete\.|Applied: \d+ created|Drift: \d+ settings? differs?|No changes\.|Failed:)/);
    expect(html).not.toMatch(/<th>\s*<\/th>/);
    // Plain words in the table: API names only in the folded detail.
    const table = html.match(/<table>[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(table).not.toMatch(/UpdateShardCount|AddTagsToStream|IncreaseStreamRetentionPeriod|DeleteStream/);
  });
});

describe('what a reviewer sees first', () => {
  it('a dry run with shard, retention and 12 tag differences: the counts, then the table (14 rows, as counted)', () => {
    const html = renderGfm(summaryMarkdown(REPORTS['dry-run']));
    expect(blocks(html).slice(1, 3)).toEqual(['p Plan: 0 to create, 14 to change, 0 to delete. Dry run: nothing was changed.', 'table ']);
    expect(html.match(/<tr>/g)).toHaveLength(15);
    expect(html).toContain('<summary>API calls the apply makes: 5</summary>');
  });

  it('a teardown plan: the deletion, its records and its consumers, in a CAUTION block before the table', () => {
    const html = renderGfm(summaryMarkdown(REPORTS.teardown));
    const order = blocks(html).map((b) => b.split(' ')[0]);
    // Title, counts, then the alert (its title and text are paragraphs inside it), then the table.
    expect(order.slice(0, 6)).toEqual(['h3', 'p', 'div', 'p', 'p', 'table']);
    expect(html).toContain('<div class="markdown-alert markdown-alert-caution">');
    expect(html).toContain('<strong>This deletes stream orders and every record in it</strong> (the stream keeps up to 48 h of them)');
    expect(html).toContain('Its 2 consumers are deregistered with it: analytics, archiver.');
  });

  it('a failed apply: the failure first, then that nothing was changed, both fingerprints in the details', () => {
    const html = renderGfm(summaryMarkdown(REPORTS.failure));
    expect(blocks(html)[1]).toMatch(/^p Failed: Stream "orders" is not as it was when the plan was reviewed \(reviewed plan 4f1c2a9be07d, the stream now/);
    expect(blocks(html)[2]).toBe("p Nothing was changed. This run's plan: 0 to create, 1 to change, 0 to delete.");
    expect(html).toContain('Reviewed plan: <code>4f1c2a9be07d</code>; the stream now gives <code>9e03b7d2c4a1</code>: not applied');
  });
});

describe('throwaway streams, rendered (issue 21)', () => {
  it('a sweep: the counts, a CAUTION naming what goes, then one row per stream with its verdict and why', () => {
    const html = renderGfm(summaryMarkdown(SWEEP_REPORT));
    expect(html).toBe(kept('sweep', html));
    const order = blocks(html).map((b) => b.split(' ')[0]);
    expect(order.slice(0, 6)).toEqual(['h3', 'p', 'div', 'p', 'p', 'table']);
    expect(blocks(html)[0]).toBe('h3 Kinesis sweep pv-* · dry run');
    expect(blocks(html)[1]).toBe('p Plan: 0 to create, 0 to change, 2 to delete. 3 kept. Dry run: nothing was changed.');
    expect(plainText(html)).toContain('This deletes 2 streams and every record in them; they cannot be recovered: pv-12-orders, pv-it-77-1.');
    expect(html.match(/<tr>/g)).toHaveLength(6);
    // A PR number from a tag is text, not a link to whatever issue has that number.
    expect(html).not.toMatch(/<a /);
    expect(plainText(html)).toContain('#12 closed');
  });

  it('a creation with time-to-live says when it expires, under the counts', () => {
    const html = renderGfm(summaryMarkdown(REPORTS['create-ttl']));
    expect(blocks(html)[2]).toBe('p Time to live: the stream expires at 2026-12-09T09:30:00Z.');
  });

  it('a teardown with channels: they go first, in the CAUTION block and in the table', () => {
    const html = plainText(renderGfm(summaryMarkdown(REPORTS['teardown-channels'])));
    expect(html).toContain('Its 2 channels are deleted first and stop delivering: to-lake, to-tables.');
    expect(html).toContain('Plan: 0 to create, 0 to change, 3 to delete.');
    expect(html).toMatch(/channel to-lake\s*ACTIVE\s*absent\s*deleted first: its delivery stops/);
  });
});

describe('the pull-request comment, rendered', () => {
  it.each(['dry-run', 'teardown'])('%s: the summary, then a footer that names the commit and links the run', (name) => {
    const html = renderGfm(comment(name));
    expect(html).toBe(kept(`comment-${name}`, html));
    expect(html.startsWith('<!-- ensure-kinesis-data-stream: stream=orders region=eu-west-1 -->')).toBe(true);
    expect(html).toContain('<p><sub>Plan for commit 3f9a2c1 · <a href="https://github.com/acme/orders/actions/runs/4242">workflow run 4242</a></sub></p>');
  });
});
