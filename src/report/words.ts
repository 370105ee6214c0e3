// The plan in people's words: what each row is called, what its values mean (with units) and what
// the change does, and the counts a reviewer reads first. Pure. API names stay in the plan document
// (its `action` field) and in a folded detail of the summary, never in the words. Every outside
// value a phrase carries is escaped by the caller's `esc` (summary.ts passes forSummary).
import { ALL_METRICS } from '../model/kinesis.js';
import type { Happened } from '../model/outcome.js';
import type { DriftItem, Value } from '../model/plan.js';
import { shardSteps } from '../plan/stream-changes.js';
import { count } from '../shared/show.js';

type Esc = (text: string) => string;

/** How many things a plan creates, changes and deletes (the summary's first line). */
export interface Counts {
  create: number;
  change: number;
  delete: number;
  /** Rows that cannot be applied (then nothing is, under on-drift: update). */
  blocked: number;
}

const isCreation = (rows: DriftItem[]): boolean => rows.some((r) => r.setting === 'stream' && r.desired === 'present');
const isDeletion = (rows: DriftItem[]): boolean => rows.some((r) => r.setting === 'stream' && r.desired === 'absent');

/**
 * Things, not API calls: a creation is 1 stream (its settings are part of it) plus its consumers; a
 * teardown is 1 stream plus the consumers deleted with it (rows when their names are known, else
 * `consumersDeleted`) and the channels deleted before it; any other row is one setting changed.
 */
export function countRows(rows: DriftItem[], consumersDeleted = 0): Counts {
  const counts: Counts = { create: 0, change: 0, delete: 0, blocked: 0 };
  const creating = isCreation(rows);
  for (const r of rows) {
    if (r.blocked) counts.blocked++;
    else if (r.setting === 'stream' || (/^(consumers|channels)($|\.)/.test(r.setting) && r.desired === 'absent'))
      counts[r.desired === 'absent' ? 'delete' : 'create']++;
    else if (r.setting.startsWith('consumers.') && (r.current === null || r.current === 'DELETING')) counts.create++;
    else if (!creating) counts.change++;
  }
  if (isDeletion(rows)) counts.delete += consumersDeleted;
  return counts;
}

/** "1 to create, 3 to change, 0 to delete" (a plan) or "1 created, 3 changed, 0 deleted" (done). */
export function countsLine(c: Counts, done: boolean): string {
  const parts = done
    ? [`${c.create} created`, `${c.change} changed`, `${c.delete} deleted`]
    : [`${c.create} to create`, `${c.change} to change`, `${c.delete} to delete`];
  if (c.blocked) parts.push(`${c.blocked} cannot be applied`);
  return parts.join(', ');
}

const LABELS: Record<string, string> = {
  stream: 'stream',
  'stream-mode': 'capacity mode',
  'shard-count': 'shards',
  'retention-hours': 'retention',
  encryption: 'encryption',
  'shard-level-metrics': 'shard-level metrics',
  'max-record-size-kib': 'max record size',
  'warm-throughput-mibps': 'warm throughput',
  'record-distribution': 'record distribution',
  'resource-policy': 'stream policy',
  'reader-account-ids': 'cross-account readers',
  consumers: 'consumers (names not read)',
  channels: 'channels (names not read)',
};

/** The row's name for people: "retention", "tag team", "consumer app". */
export function label(setting: string, esc: Esc): string {
  if (LABELS[setting]) return LABELS[setting];
  const prefixed: Array<[string, string]> = [
    ['tags.', 'tag '],
    ['consumers.', 'consumer '],
    ['channels.', 'channel '],
    ['reader-account-ids.consumer.', 'cross-account readers of consumer '],
  ];
  const consumerTag = /^consumer-tags\.([^/]+)\/(.*)$/s.exec(setting);
  if (consumerTag) return `tag ${esc(consumerTag[2])} of consumer ${esc(consumerTag[1])}`;
  for (const [prefix, words] of prefixed) if (setting.startsWith(prefix)) return `${words}${esc(setting.slice(prefix.length))}`;
  return esc(setting);
}

const UNITS: Record<string, string> = { 'retention-hours': ' h', 'max-record-size-kib': ' KiB', 'warm-throughput-mibps': ' MiB/s' };

/** A value as a person reads it: with its unit, lists spaced so that they wrap; "—" for unset. */
export function valueText(setting: string, v: Value, esc: Esc): string {
  if (v === null) return '—';
  if (typeof v === 'number') return `${v}${UNITS[setting] ?? ''}`;
  if (setting === 'shard-level-metrics') return esc(v.split(',').join(', '));
  return esc(v);
}

const metricList = (v: Value): string[] => {
  const s = String(v ?? 'NONE');
  return s === 'ALL' ? [...ALL_METRICS] : s === 'NONE' ? [] : s.split(',').filter(Boolean);
};

/** What the change does, in words that read the same before it (a plan) and after it (done). */
export function whatHappens(row: DriftItem, rows: DriftItem[], esc: Esc): string {
  if (row.blocked) return `**cannot be applied:** ${esc(row.blocked)}`;
  const { setting, current, desired } = row;
  if (setting === 'stream') return desired === 'absent' ? '**delete the stream and every record in it**' : 'create the stream';
  if ((setting === 'consumers' || setting.startsWith('consumers.')) && desired === 'absent') return '**deregistered with the stream**';
  if (setting === 'channels' && desired === 'absent') return '**deleted first: their delivery stops (what they delivered stays)**';
  if (setting.startsWith('channels.') && desired === 'absent')
    return current === 'DELETING' ? 'being deleted already' : '**deleted first: its delivery stops (what it delivered stays)**';
  if (setting.startsWith('consumers.')) return current === 'CREATING' ? 'wait until it is ACTIVE' : 'register the consumer (enhanced fan-out, billed)';
  if (isCreation(rows)) return row.action === 'CreateStream' || row.action === 'none' ? 'set at creation' : 'set right after creation';
  const num = (v: Value): number => Number(v ?? 0);
  switch (setting) {
    case 'stream-mode':
      return desired === 'ON_DEMAND' ? 'switch to on-demand: AWS scales the shards, billed per GB' : 'switch to provisioned: a fixed number of shards';
    case 'shard-count': {
      const steps = shardSteps(num(current), num(desired));
      const how = steps.length > 1 ? ` in ${steps.length} steps (${[current, ...steps].join(' → ')})` : '';
      return `scale ${num(desired) > num(current) ? 'up' : 'down'} to ${desired} shards${how}`;
    }
    case 'retention-hours':
      return num(desired) > num(current)
        ? `keep records for ${desired} h instead of ${current} h`
        : `**keep records for ${desired} h instead of ${current} h: records older than ${desired} h are lost**`;
    case 'encryption':
      return desired === 'NONE'
        ? 'stop encrypting new records'
        : current === 'NONE'
          ? 'encrypt new records with the KMS key'
          : 'encrypt new records with another KMS key';
    case 'shard-level-metrics': {
      const on = metricList(desired).filter((m) => !metricList(current).includes(m));
      const off = metricList(current).filter((m) => !metricList(desired).includes(m));
      // The names the stream has come from AWS: escaped like any outside text.
      return [on.length ? `turn on ${on.map(esc).join(', ')}` : '', off.length ? `turn off ${off.map(esc).join(', ')}` : ''].filter(Boolean).join('; ');
    }
    case 'max-record-size-kib':
      return `take records of up to ${desired} KiB`;
    case 'warm-throughput-mibps':
      return `keep ${desired} MiB/s of write capacity warm (billed)`;
    case 'record-distribution':
      return desired === 'AUTO'
        ? '**spread new records evenly, ignoring partition keys: no per-key order**'
        : 'place new records by partition key (per-key order)';
  }
  if (setting.startsWith('tags.') || setting.startsWith('consumer-tags.')) return current === null ? 'add the tag' : 'change the tag';
  if (row.action === 'PutResourcePolicy once registered') return 'attach the read policy once the consumer is registered';
  return current === 'none' || current === null ? 'attach the policy' : 'replace the policy';
}

/** "UpdateShardCount ×2, IncreaseStreamRetentionPeriod": the API calls, in order, repeats counted. */
export function callsText(steps: string[]): string {
  const out: Array<[string, number]> = [];
  for (const s of steps) {
    const last = out[out.length - 1];
    if (last && last[0] === s) last[1]++;
    else out.push([s, 1]);
  }
  return out.map(([s, n]) => (n > 1 ? `${s} ×${n}` : s)).join(', ');
}

/** "5 settings in 4 steps": one counting for the log, the summary and the reviewed-plan line. */
export function sizeLine(rows: number, steps: number): string {
  return `${count(rows, 'setting')} in ${count(steps, 'step')}`;
}

/** What happened to the stream, in a phrase (the summary's details and the run's last line). */
export const HAPPENED_TEXT: Record<Happened, string> = {
  found: 'already existed and matched the workflow',
  created: 'created by this run',
  adopted: 'adopted (created by another run meanwhile)',
  updated: 'updated to the declared settings',
  'drift reported': 'differs from the workflow; nothing changed (on-drift: report)',
  'dry run': 'dry run: nothing changed; the table shows what a real run would do',
  deleted: 'deleted by this run',
  'already absent': 'did not exist; nothing to delete',
  kept: 'kept: not the stream this job created',
  failed: 'failed; the values shown are the last ones seen',
};

const END_TEXT: Record<Exclude<Happened, 'failed'>, (s: string) => string> = {
  found: (s) => `stream "${s}" already existed and matched the workflow`,
  created: (s) => `stream "${s}" created`,
  adopted: (s) => `stream "${s}" adopted (another run created it meanwhile)`,
  updated: (s) => `stream "${s}" updated to the declared settings`,
  'drift reported': (s) => `stream "${s}" differs from the workflow; nothing was changed (on-drift: report)`,
  'dry run': (s) => `dry run of stream "${s}"; nothing was changed`,
  deleted: (s) => `stream "${s}" deleted`,
  'already absent': (s) => `stream "${s}" did not exist; nothing to delete`,
  kept: (s) => `stream "${s}" kept: it is not the stream this job created`,
};

/** The run's last line, on every path: how long, how many calls, what happened. */
export function endLine(stream: string, happened: Happened | undefined, seconds: string, calls: number, failed: boolean, finished = false): string {
  const took = `${seconds} s, ${count(calls, 'API call')}`;
  if (failed || happened === undefined || happened === 'failed') return `Failed after ${took}: stream "${stream}", see the error above.`;
  // Found or adopted, with calls made: this run finished a creation (its follow-up settings).
  if (finished && (happened === 'found' || happened === 'adopted')) return `Done in ${took}: stream "${stream}" ${happened}, and its creation finished.`;
  return `Done in ${took}: ${END_TEXT[happened](stream)}.`;
}

/** What happened, for the summary's details: the outcome, corrected by a failure or a finished creation. */
export function happenedText(r: { happened: Happened; failure?: string; steps?: string[]; rows: unknown[] }): string {
  if (r.failure) return r.rows.length ? 'differs from the workflow; nothing was changed and the run failed' : 'the run failed';
  if (r.steps?.length && (r.happened === 'found' || r.happened === 'adopted')) return `${r.happened}; this run finished its creation`;
  return HAPPENED_TEXT[r.happened];
}
