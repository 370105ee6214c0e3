// The change table and what goes with it: the callouts that make a loss loud (a deletion, a lower
// retention) and the folded list of values too long for a cell. Pure; every outside value goes
// through forSummary here.
import type { Deletion } from '../model/outcome.js';
import type { DriftItem, Value } from '../model/plan.js';
import { forSummary } from '../shared/safe-text.js';
import { count } from '../shared/show.js';
import { label, valueText, whatHappens } from './words.js';

/** Which moment the table describes: its column names say so, so the words can stay tense-free. */
export type Moment = 'plan' | 'drift' | 'done' | 'failed';

const HEADERS: Record<Moment, [string, string, string]> = {
  plan: ['Now', 'Planned', 'What the apply does'],
  drift: ['Now', 'Declared', 'What on-drift: update would do'],
  done: ['Before', 'After', 'What was done'],
  failed: ['Seen', 'Planned', 'Planned change'],
};

/** A cell holds this much of a value; longer ones are cut there and listed whole below the table. */
const CELL_MAX = 60;

const esc = (text: string): string => forSummary(text);

export function changeTable(rows: DriftItem[], moment: Moment): string[] {
  if (rows.length === 0) return [];
  const [before, after, what] = HEADERS[moment];
  const long: string[] = [];
  const cell = (setting: string, v: Value): string => {
    const text = valueText(setting, v, (t) => forSummary(t, CELL_MAX));
    if (typeof v === 'string' && v.length > CELL_MAX) long.push(`- ${label(setting, esc)}: ${forSummary(v, 2000)}`);
    return text;
  };
  const lines = [`| Setting | ${before} | ${after} | ${what} |`, '|:---|:---|:---|:---|'];
  for (const r of rows)
    lines.push(`| ${label(r.setting, esc)} | ${cell(r.setting, r.current)} | ${cell(r.setting, r.desired)} | ${whatHappens(r, rows, esc)} |`);
  if (long.length > 0) lines.push('', '<details><summary>Values too long for the table</summary>', '', ...long, '', '</details>');
  return lines;
}

/**
 * What cannot be undone, at the top in GitHub's alert blocks (a CAUTION for a deletion, a WARNING for
 * records that a lower retention makes unreadable). Other renderers show a plain quote.
 */
export function callouts(stream: string, rows: DriftItem[], deletion: Deletion | undefined, moment: Moment): string[] {
  const out: string[] = [];
  // A failed run changed nothing it can vouch for: its failure line says what was in flight.
  if (moment === 'failed') return out;
  const done = moment === 'done';
  if (rows.some((r) => r.setting === 'stream' && r.desired === 'absent')) {
    const hours = deletion?.retentionHours;
    const kept = hours ? ` (the stream ${done ? 'kept' : 'keeps'} up to ${hours} h of them)` : '';
    const n = deletion?.consumers ?? 0;
    const names = deletion?.consumerNames?.length ? `: ${deletion.consumerNames.map(esc).join(', ')}` : '';
    const consumers = n > 0 ? ` Its ${count(n, 'consumer')} ${done ? (n === 1 ? 'was' : 'were') : n === 1 ? 'is' : 'are'} deregistered with it${names}.` : '';
    const c = deletion?.channels;
    const chNames = c?.names?.length ? `: ${c.names.map(esc).join(', ')}` : '';
    const one = c?.count === 1;
    const [be, stop] = done ? [one ? 'was' : 'were', 'stopped'] : one ? ['is', 'stops'] : ['are', 'stop'];
    const channels = c ? ` Its ${count(c.count, 'channel')} ${be} deleted first and ${stop} delivering${chNames}.` : '';
    const what = done ? `Stream ${esc(stream)} was deleted with every record in it` : `This deletes stream ${esc(stream)} and every record in it`;
    out.push('> [!CAUTION]', `> **${what}**${kept}; they cannot be recovered.${consumers}${channels}`, '');
  }
  for (const r of rows) {
    if (r.setting === 'retention-hours' && !r.blocked && typeof r.current === 'number' && typeof r.desired === 'number' && r.desired < r.current) {
      const [verb, lost] = done ? ['went', 'were'] : moment === 'drift' ? ['would go', 'would be'] : ['goes', 'are'];
      out.push('> [!WARNING]', `> Retention ${verb} from ${r.current} h to ${r.desired} h: records older than ${r.desired} h ${lost} lost.`, '');
    }
  }
  return out;
}
