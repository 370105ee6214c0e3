// A sweep's page: the counts, the streams it deletes (loud), then one row per matching stream with
// its owner, expiry, pull request and the verdict with its reason. Pure; outside values escaped here.
import type { SweepRow } from '../model/lifetime.js';
import { forSummary } from '../shared/safe-text.js';
import { count } from '../shared/show.js';

const esc = (text: string): string => forSummary(text, 60);

/** Deleted (done), to delete (plan), or neither. */
function verdictText(r: SweepRow, done: boolean): string {
  if (r.deleted) return '**deleted**';
  if (r.verdict === 'delete') return done ? 'kept' : '**delete**';
  return 'keep';
}

export function sweepSection(pattern: string, rows: SweepRow[], done: boolean): string[] {
  const going = rows.filter((r) => (done ? r.deleted : r.verdict === 'delete'));
  const kept = rows.length - going.length;
  const head =
    going.length === 0
      ? `**No changes.** ${count(rows.length, 'stream')} ${rows.length === 1 ? 'matches' : 'match'} ${esc(pattern)}; none is done with.`
      : done
        ? `**Applied: 0 created, 0 changed, ${going.length} deleted.** ${kept} kept.`
        : `**Plan: 0 to create, 0 to change, ${going.length} to delete.** ${kept} kept. Dry run: nothing was changed.`;
  const lines = [head, ''];
  if (going.length) {
    const names = going.map((r) => esc(r.stream)).join(', ');
    const what = done
      ? `${count(going.length, 'stream')} deleted with every record in them`
      : `This deletes ${count(going.length, 'stream')} and every record in them`;
    lines.push('> [!CAUTION]', `> **${what}**; they cannot be recovered: ${names}.`, '');
  }
  if (rows.length === 0) return lines;
  lines.push('| Stream | Owner | Expires | Pull request | Verdict | Why |', '|:---|:---|:---|:---|:---|:---|');
  for (const r of rows) {
    const owner = r.owner === null ? 'unread' : r.owner === '' ? '—' : esc(r.owner);
    // Escaped like the rest: a PR number from a tag must not become a link to whatever issue has it.
    const pr = r.pr ? esc(`#${r.pr.number} ${r.pr.state}`) : '—';
    lines.push(`| ${esc(r.stream)} | ${owner} | ${r.expires ? esc(r.expires) : '—'} | ${pr} | ${verdictText(r, done)} | ${forSummary(r.why, 300)} |`);
  }
  return lines;
}
