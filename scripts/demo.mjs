// `npm run demo`: the action end to end with no AWS account. Starts kinesis-local on loopback and runs
// dist/index.js the way the GitHub runner would: a creation, a run that finds the stream as declared,
// a drift report, and a dry run's plan with the summary a reviewer reads. Then stops the emulator.
import { startKinesisLocal } from './kinesis-local.mjs';
import { runAction } from './run-action.mjs';

const base = { 'stream-name': 'demo-orders', 'shard-count': '2', region: 'us-east-1' };
const steps = [
  ['1. The stream does not exist yet: it is created', base],
  ['2. It exists as declared: one API call', base],
  [
    '3. The workflow now says 4 shards and 72 h (on-drift: report, the default): one warning, nothing changes',
    { ...base, 'shard-count': '4', 'retention-hours': '72' },
  ],
  [
    '4. The plan a reviewer approves (dry-run, on-drift: update)',
    { ...base, 'shard-count': '4', 'retention-hours': '72', 'on-drift': 'update', 'dry-run': 'true' },
  ],
];
/** Outputs as a later step sees them; the plan (a long JSON line) by its fingerprint only. */
const shown = (k, v) => (k === 'plan' && v ? `{…} (fingerprint ${JSON.parse(v).fingerprint.slice(0, 19)}…)` : v);

console.log('Starting kinesis-local on 127.0.0.1 (streams stay CREATING for 1 s) ...');
const emulator = await startKinesisLocal({ createMs: 1000 });
let failed = false;
try {
  for (const [label, inputs] of steps) {
    const { region: _, ...withs } = inputs;
    console.log(
      `\n== ${label}\n   with: ${Object.entries(withs)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}`,
    );
    const r = await runAction({ inputs: { ...inputs, 'endpoint-url': emulator.endpoint } });
    const log = r.stdout.split('\n').filter((l) => l && !l.startsWith('::debug') && !l.startsWith('::add-mask'));
    process.stdout.write(log.map((l) => `   | ${l.replace(/^::(warning|notice|error)::/, '$1: ')}`).join('\n') + '\n');
    const outputs = ['stream-arn', 'created', 'changed', 'shard-count', 'drift', 'plan'].map((k) => `${k}=${shown(k, r.outputs[k])}`);
    console.log(`   exit code ${r.code}; outputs: ${outputs.join(' ')}`);
    if (inputs['dry-run'])
      console.log(
        `\n   The job summary (markdown; GitHub renders it):\n${r.summary
          .split('\n')
          .map((l) => `   > ${l}`)
          .join('\n')}`,
      );
    failed ||= r.code !== 0;
  }
} finally {
  await emulator.stop();
}
console.log(failed ? '\nDemo failed.' : '\nDemo done: the ARN above is what later steps and jobs receive.');
process.exitCode = failed ? 1 : 0;
