// Markdown as GitHub renders it: cmark-gfm (GitHub's own fork of cmark, from Debian) with GitHub's
// extensions, then GitHub's alert blocks ("> [!CAUTION]"), which GitHub adds after cmark-gfm. Raw
// HTML is kept (--unsafe) as GitHub keeps the tags the summary uses (details, summary, sub).
import { spawnSync } from 'node:child_process';

export function renderGfm(markdown: string): string {
  const out = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'], {
    input: markdown,
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`cmark-gfm failed (apt-get install cmark-gfm): ${out.stderr || out.error}`);
  return githubAlerts(out.stdout);
}

const ALERTS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'];

/** `<blockquote><p>[!CAUTION]\n…` → GitHub's `<div class="markdown-alert markdown-alert-caution">` with its title. */
export function githubAlerts(html: string): string {
  return html.replace(/<blockquote>\n<p>\[!([A-Z]+)\]\n([\s\S]*?)<\/blockquote>/g, (whole, kind: string, rest: string) => {
    if (!ALERTS.includes(kind)) return whole;
    const title = kind[0] + kind.slice(1).toLowerCase();
    return `<div class="markdown-alert markdown-alert-${kind.toLowerCase()}">\n<p class="markdown-alert-title">${title}</p>\n<p>${rest}</div>`;
  });
}
