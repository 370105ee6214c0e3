// `npm run demo`: the action end to end with no AWS account. Starts kinesis-local on loopback, runs
// dist/index.js twice the way the GitHub runner would (create, then adopt), prints what a later
// step would receive, and stops the emulator.
import { startKinesisLocal } from './kinesis-local.mjs';
import { runAction } from './run-action.mjs';

const inputs = { 'stream-name': 'demo-orders', 'shard-count': '2', region: 'us-east-1' };
console.log('Starting kinesis-local on 127.0.0.1 (streams stay CREATING for 1 s) ...');
const emulator = await startKinesisLocal({ createMs: 1000 });
let failed = false;
try {
  for (const label of ['First run: the stream does not exist yet', 'Second run: the stream exists']) {
    console.log(`\n== ${label}\n   uses: ./  with ${JSON.stringify(inputs)}`);
    const r = await runAction({ inputs: { ...inputs, 'endpoint-url': emulator.endpoint } });
    process.stdout.write(
      r.stdout
        .split('\n')
        .filter((l) => l && !l.startsWith('::'))
        .map((l) => `   | ${l}`)
        .join('\n') + '\n',
    );
    for (const e of r.errors) console.log(`   ERROR: ${e}`);
    console.log(`   exit code ${r.code} after ${(r.ms / 1000).toFixed(2)} s; outputs:`);
    for (const [k, v] of Object.entries(r.outputs)) console.log(`     steps.stream.outputs.${k} = ${v}`);
    failed ||= r.code !== 0;
  }
} finally {
  await emulator.stop();
}
console.log(failed ? '\nDemo failed.' : '\nDemo done: the ARN above is what later steps and jobs receive.');
process.exitCode = failed ? 1 : 0;
