// Unit: the job summary, its words and its console links. Pure.
import { describe, expect, it } from '@jest/globals';
import { REPORTS, STREAM } from '../__fixtures__/reports.js';
import { outcome } from '../src/model/outcome.js';
import { driftJson } from '../src/report/outputs.js';
import { consoleUrl, summaryMarkdown } from '../src/report/summary.js';
import { callsText, countRows, countsLine, endLine, label, valueText, whatHappens } from '../src/report/words.js';
import { forSummary } from '../src/shared/safe-text.js';
import { count } from '../src/shared/show.js';

describe('consoleUrl', () => {
  it.each([
    ['eu-west-1', 'https://eu-west-1.console.aws.amazon.com/kinesis/home?region=eu-west-1#/streams/details/orders/monitoring'],
    ['cn-north-1', 'https://console.amazonaws.cn/kinesis/home?region=cn-north-1#/streams/details/orders/monitoring'],
    ['us-gov-west-1', 'https://console.amazonaws-us-gov.com/kinesis/home?region=us-gov-west-1#/streams/details/orders/monitoring'],
  ])('links to the console of %s', (region, url) => {
    expect(consoleUrl(region, 'orders')).toBe(url);
  });
});

const lines = (md: string): string[] => md.split('\n').filter(Boolean);

describe('summaryMarkdown', () => {
  it('an apply: counts first, then before/after in plain words, the API calls and the metadata folded', () => {
    const md = summaryMarkdown(REPORTS.apply);
    expect(lines(md).slice(0, 4)).toEqual([
      '### Kinesis stream orders',
      '**Applied: 0 created, 14 changed, 0 deleted.**',
      '| Setting | Before | After | What was done |',
      '|:---|:---|:---|:---|',
    ]);
    expect(md).toContain('| shards | 2 | 8 | scale up to 8 shards in 2 steps (2 → 4 → 8) |');
    expect(md).toContain('| retention | 48 h | 168 h | keep records for 168 h instead of 48 h |');
    expect(md).toContain('<details><summary>API calls made: 5</summary>\n\nUpdateShardCount ×2, IncreaseStreamRetentionPeriod, AddTagsToStream ×2');
    // After the apply the stream's own numbers are the "after" column's: 8 shards, not 2.
    expect(md).toContain('- Status: ACTIVE, PROVISIONED, 8 open shards');
    expect(md).toContain('- Plan: `4f1c2a9be07d` (the reviewed plan, applied exactly)');
    expect(md).toContain('- Time: 248.0 s, 14 API calls');
    expect(md).toContain('[Open in the AWS console](https://eu-west-1.console.aws.amazon.com/');
  });

  it('a drift report says what on-drift: update would do, and that nothing changed', () => {
    const md = summaryMarkdown(REPORTS.drift);
    expect(lines(md)[1]).toBe('**Drift: 14 settings differ from the workflow.** Nothing was changed (on-drift: report).');
    expect(md).toContain('| Setting | Now | Declared | What on-drift: update would do |');
    expect(md).toContain('<summary>API calls on-drift: update would make: 5</summary>');
  });

  it('a dry run under on-drift: report or fail is drift, with what a real run does', () => {
    const md = summaryMarkdown({ ...REPORTS['dry-run'], onDrift: 'report' });
    expect(lines(md)[1]).toBe(
      '**Drift: 14 settings differ from the workflow.** Dry run: nothing was changed; a real run with on-drift: report only reports them.',
    );
    expect(md).toContain('| Setting | Now | Declared | What on-drift: update would do |');
    expect(lines(summaryMarkdown({ ...REPORTS['dry-run'], onDrift: 'fail' }))[1]).toMatch(/a real run with on-drift: fail fails on them\.$/);
    // A teardown is a plan whatever on-drift says.
    expect(lines(summaryMarkdown({ ...REPORTS.teardown, onDrift: 'report' }))[1]).toMatch(/^\*\*Plan: 0 to create, 0 to change, 3 to delete\.\*\*/);
  });

  it('a run that finished a creation says what it applied', () => {
    const rows = [{ setting: 'retention-hours', current: 24, desired: 48, action: 'IncreaseStreamRetentionPeriod' }];
    const result = outcome('found', { stream: STREAM, changed: true, rows, steps: ['IncreaseStreamRetentionPeriod'] });
    const md = summaryMarkdown({ ...REPORTS['no-changes'], result });
    expect(lines(md)[1]).toBe('**Applied: 0 created, 1 changed, 0 deleted.**');
    expect(md).toContain('- What happened: found; this run finished its creation');
    expect(endLine('orders', 'found', '1.0', 4, false, true)).toBe('Done in 1.0 s, 4 API calls: stream "orders" found, and its creation finished.');
  });

  it('no changes: one line says so, no table', () => {
    const md = summaryMarkdown(REPORTS['no-changes']);
    expect(lines(md)[1]).toBe('**No changes.** The stream matches every declared setting.');
    expect(md).not.toContain('| Setting');
    expect(lines(summaryMarkdown({ ...REPORTS['no-changes'], result: outcome('already absent') }))[1]).toBe(
      '**No changes.** The stream does not exist: nothing to delete.',
    );
    expect(lines(summaryMarkdown({ ...REPORTS['no-changes'], result: outcome('adopted', { stream: STREAM }) }))[1]).toMatch(
      /^\*\*No changes\.\*\* Another run created/,
    );
  });

  it('a teardown done: the loss in the past tense, consumers named', () => {
    const deletion = { retentionHours: 24, consumers: 1, consumerNames: ['app'] };
    const row = { setting: 'stream', current: 'ACTIVE', desired: 'absent', action: 'DeleteStream' };
    const md = summaryMarkdown({
      ...REPORTS.teardown,
      dryRun: false,
      result: outcome('deleted', { deleted: true, rows: [row], deletion, steps: ['DeleteStream'] }),
    });
    expect(lines(md)[1]).toBe('**Applied: 0 created, 0 changed, 2 deleted.**');
    expect(md).toContain(
      '> **Stream orders was deleted with every record in it** (the stream kept up to 24 h of them); they cannot be recovered. Its 1 consumer was ' +
        'deregistered with it: app.',
    );
    // Consumers not listed (denied): counted all the same.
    const unnamed = summaryMarkdown({ ...REPORTS.teardown, result: outcome('dry run', { rows: [row], deletion: { consumers: 3 } }) });
    expect(lines(unnamed)[1]).toMatch(/^\*\*Plan: 0 to create, 0 to change, 4 to delete\.\*\*/);
    expect(unnamed).toContain('Its 3 consumers are deregistered with it.');
  });

  it('a lower retention is a WARNING block at the top', () => {
    const rows = [{ setting: 'retention-hours', current: 72, desired: 24, action: 'DecreaseStreamRetentionPeriod' }];
    const md = summaryMarkdown({ ...REPORTS['dry-run'], result: outcome('dry run', { stream: STREAM, rows }) });
    expect(lines(md).slice(2, 4)).toEqual(['> [!WARNING]', '> Retention goes from 72 h to 24 h: records older than 24 h are lost.']);
    expect(md).toContain('**keep records for 24 h instead of 72 h: records older than 24 h are lost**');
  });

  it('the tense follows the moment: a drift report would lose records, a failed run shows no callout', () => {
    const rows = [{ setting: 'retention-hours', current: 72, desired: 24, action: 'DecreaseStreamRetentionPeriod' }];
    const drift = summaryMarkdown({ ...REPORTS.drift, result: outcome('drift reported', { stream: STREAM, rows, drift: rows }) });
    expect(drift).toContain('> Retention would go from 72 h to 24 h: records older than 24 h would be lost.');
    const failed = summaryMarkdown({ ...REPORTS.failure, plan: { ...REPORTS.failure.plan!, changes: rows } });
    expect(failed).not.toContain('[!WARNING]');
    // on-drift: fail on a found stream: what happened says it failed, not that it matched.
    const refused = summaryMarkdown({ ...REPORTS.drift, result: outcome('found', { stream: STREAM, rows, drift: rows, failure: 'x' }), errors: ['x'] });
    expect(refused).toContain('- What happened: differs from the workflow; nothing was changed and the run failed');
    expect(lines(refused)[2]).toBe('**Drift: 1 setting differs from the workflow.** Nothing was changed.');
    const reviewedFailed = summaryMarkdown({ ...REPORTS.apply, reviewedFingerprint: undefined, result: outcome('failed', { stream: STREAM }) });
    expect(reviewedFailed).toContain('(the reviewed plan; the run stopped before the end)');
  });

  it('a failure that sent changes says so; one that sent none says nothing changed', () => {
    expect(lines(summaryMarkdown(REPORTS.failure))[2]).toBe("**Nothing was changed.** This run's plan: 0 to create, 1 to change, 0 to delete.");
    expect(lines(summaryMarkdown({ ...REPORTS.failure, changesSent: 2 }))[2]).toMatch(
      /^\*\*It had sent change requests when it stopped\*\* \(2 calls, retries included\); the details show/,
    );
    expect(summaryMarkdown({ ...REPORTS.failure, plan: undefined, changesSent: 0 })).toContain('**Nothing was changed.**\n');
  });

  it('inputs refused: each problem, escaped, and what to do', () => {
    const md = summaryMarkdown({ streamName: 'orders', errors: ['Access denied | x', 'second <b>'] });
    expect(lines(md)).toEqual([
      '### Kinesis stream orders',
      '**Failed: nothing was done.** Fix these 2 problems first:',
      '- Access denied \\| x',
      '- second &lt;b&gt;',
    ]);
    expect(summaryMarkdown({ streamName: '', errors: ['one'] })).toContain('### Kinesis stream (no name)\n\n**Failed: nothing was done.** Fix this first:');
  });

  it('a failure with a custom endpoint has no console link', () => {
    const md = summaryMarkdown({ ...REPORTS.failure, customEndpoint: true });
    expect(md).toContain('**Failed:** Stream &quot;orders&quot;');
    expect(md).not.toContain('console.aws');
  });

  it('blocked rows say why; a value too long for a cell is cut there and given whole, folded', () => {
    const key = 'arn:aws:kms:eu-west-1:123456789012:key/' + '1234abcd-12ab-34cd-56ef-1234567890ab';
    const rows = [
      { setting: 'tags.team', current: null, desired: 'data', action: 'none', blocked: 'the stream has 50 tags' },
      { setting: 'encryption', current: 'NONE', desired: `KMS ${key}`, action: 'StartStreamEncryption' },
    ];
    const md = summaryMarkdown({ ...REPORTS['dry-run'], result: outcome('dry run', { rows }) });
    expect(lines(md)[1]).toMatch(/^\*\*Plan: 0 to create, 1 to change, 0 to delete, 1 cannot be applied\.\*\*/);
    expect(md).toContain('| tag team | — | data | **cannot be applied:** the stream has 50 tags |');
    expect(md).toMatch(/\| encryption \| NONE \| KMS arn:aws:kms:[^|]*… \(79 characters\) \| encrypt new records with the KMS key \|/);
    expect(md).toContain(`<details><summary>Values too long for the table</summary>\n\n- encryption: KMS ${key}`);
    expect(md).not.toContain('console.aws'); // no stream, no link
  });
});

describe('words', () => {
  const esc = (t: string): string => forSummary(t);
  it('labels settings for people and values with their units', () => {
    expect(['stream-mode', 'tags.cost-center', 'consumers.app', 'reader-account-ids.consumer.app', 'odd-one'].map((s) => label(s, esc))).toEqual([
      'capacity mode',
      'tag cost-center',
      'consumer app',
      'cross-account readers of consumer app',
      'odd-one',
    ]);
    expect(valueText('retention-hours', 24, esc)).toBe('24 h');
    expect(valueText('max-record-size-kib', 2048, esc)).toBe('2048 KiB');
    expect(valueText('warm-throughput-mibps', 10, esc)).toBe('10 MiB/s');
    expect(valueText('shard-level-metrics', 'IncomingBytes,OutgoingBytes', esc)).toBe('IncomingBytes, OutgoingBytes');
    expect(valueText('shard-count', null, esc)).toBe('—');
  });

  it('says what each change does', () => {
    const said = (setting: string, current: string | number | null, desired: string | number, action = 'x'): string =>
      whatHappens({ setting, current, desired, action }, [], esc);
    expect(said('shard-level-metrics', 'IncomingBytes', 'ALL')).toBe(
      'turn on IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds',
    );
    expect(said('shard-level-metrics', 'ALL', 'IncomingBytes,IncomingRecords')).toMatch(/^turn off OutgoingBytes, /);
    expect(said('shard-level-metrics', 'IncomingBytes', 'OutgoingBytes')).toBe('turn on OutgoingBytes; turn off IncomingBytes');
    // The names the stream has come from AWS: a hostile one stays text and keeps the table whole.
    expect(said('shard-level-metrics', '<img src=x>,a|b', 'NONE')).toBe('turn off &lt;img src=x&gt;, a\\|b');
    expect(said('shard-count', 8, 4)).toBe('scale down to 4 shards');
    expect(said('stream-mode', 'PROVISIONED', 'ON_DEMAND')).toMatch(/^switch to on-demand/);
    expect(said('stream-mode', 'ON_DEMAND', 'PROVISIONED')).toMatch(/^switch to provisioned/);
    expect(said('encryption', 'NONE', 'KMS k')).toBe('encrypt new records with the KMS key');
    expect(said('encryption', 'KMS a', 'KMS b')).toBe('encrypt new records with another KMS key');
    expect(said('encryption', 'KMS a', 'NONE')).toBe('stop encrypting new records');
    expect(said('max-record-size-kib', 1024, 2048)).toBe('take records of up to 2048 KiB');
    expect(said('warm-throughput-mibps', null, 10)).toMatch(/^keep 10 MiB\/s of write capacity warm/);
    expect(said('tags.team', 'a', 'b')).toBe('change the tag');
    expect(said('consumers.app', 'CREATING', 'ACTIVE')).toBe('wait until it is ACTIVE');
    expect(said('consumers.app', null, 'ACTIVE')).toMatch(/^register the consumer/);
    expect(said('reader-account-ids.consumer.app', null, 'read', 'PutResourcePolicy once registered')).toMatch(/once the consumer is registered/);
    expect(said('resource-policy', 'none', 'declared')).toBe('attach the policy');
    expect(said('resource-policy', 'differs: x', 'declared')).toBe('replace the policy');
  });

  it('counts things, not calls, and spells plurals', () => {
    const creation = [
      { setting: 'stream', current: 'absent', desired: 'present', action: 'CreateStream' },
      { setting: 'retention-hours', current: null, desired: 48, action: 'IncreaseStreamRetentionPeriod' },
      { setting: 'consumers.a', current: null, desired: 'ACTIVE', action: 'RegisterStreamConsumer' },
    ];
    expect(countsLine(countRows(creation), false)).toBe('2 to create, 0 to change, 0 to delete');
    expect(countsLine({ create: 0, change: 1, delete: 0, blocked: 2 }, true)).toBe('0 created, 1 changed, 0 deleted, 2 cannot be applied');
    expect(callsText(['A', 'A', 'B', 'A'])).toBe('A ×2, B, A');
    expect([count(1, 'setting'), count(2, 'setting'), count(0, 'policy', 'policies')]).toEqual(['1 setting', '2 settings', '0 policies']);
  });

  it('ends every run with one line that adds it up', () => {
    expect(endLine('orders', 'found', '0.1', 1, false)).toBe('Done in 0.1 s, 1 API call: stream "orders" already existed and matched the workflow.');
    expect(endLine('orders', 'updated', '3.0', 7, false)).toBe('Done in 3.0 s, 7 API calls: stream "orders" updated to the declared settings.');
    expect(endLine('orders', 'dry run', '0.3', 3, false)).toBe('Done in 0.3 s, 3 API calls: dry run of stream "orders"; nothing was changed.');
    expect(endLine('orders', 'found', '0.2', 1, true)).toBe('Failed after 0.2 s, 1 API call: stream "orders", see the error above.');
  });
});

describe('driftJson', () => {
  it('keeps setting, current and desired only', () => {
    expect(driftJson([{ setting: 'shard-count', current: 2, desired: 4, action: 'UpdateShardCount 2 → 4' }])).toBe(
      '[{"setting":"shard-count","current":2,"desired":4}]',
    );
    expect(driftJson([])).toBe('[]');
  });
});
