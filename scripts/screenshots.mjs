// `npm run screenshots`: the pictures in docs/images/ of what a reviewer sees, from the renders that
// render.test.ts keeps (__tests__/renders/*.html, cmark-gfm as GitHub renders), styled with
// github-markdown-css and photographed by headless Chromium (apt-get install chromium). Run it after
// UPDATE_RENDERS=1 npm test -- __tests__/render.test.ts when the summary changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHOTS = ['comment-dry-run', 'comment-teardown', 'drift', 'apply', 'create', 'failure'];
const WIDTH = 900;
const css = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const browser = process.env.CHROMIUM ?? 'chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1'];
const dir = mkdtempSync(join(tmpdir(), 'shots-'));

const page = (body, measure) =>
  [
    '<!doctype html><html><head><meta charset="utf-8"><title>0</title>',
    `<style>${css}\nbody{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:${WIDTH}px;padding:20px 28px}</style>`,
    '</head><body><article class="markdown-body">',
    body,
    '</article>',
    measure ? '<script>addEventListener("load",()=>{document.title=String(document.body.scrollHeight)})</script>' : '',
    '</body></html>',
  ].join('\n');

try {
  for (const name of SHOTS) {
    const body = readFileSync(new URL(`../__tests__/renders/${name}.html`, import.meta.url), 'utf8');
    const file = join(dir, `${name}.html`);
    writeFileSync(file, page(body, true));
    const dom = execFileSync(browser, [...flags, '--dump-dom', `file://${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 1200);
    writeFileSync(file, page(body, false));
    const out = new URL(`../docs/images/${name}.png`, import.meta.url).pathname;
    execFileSync(browser, [...flags, `--window-size=${WIDTH},${height}`, `--screenshot=${out}`, `file://${file}`], { stdio: 'ignore' });
    console.log(`docs/images/${name}.png (${WIDTH}×${height})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
