// Entry point the runner executes (dist/index.js). The runner cancels a step with SIGINT, then
// SIGTERM: the first stops the wait and reports what was left in progress; a second one exits.
import { actionLog, fail } from './report/log.js';
import { isPostStep, markMainStep } from './report/job-state.js';
import { failureLine, run } from './main.js';

// runs.post runs this file again: the main step says so first, before anything that could fail.
const phase = isPostStep() ? 'post' : 'main';
if (phase === 'main') markMainStep();

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(1);
    actionLog.info(`Received ${signal}: stopping.`);
    controller.abort(new Error(`received ${signal}`));
  });
}

try {
  await run({ cancel: controller.signal, phase });
} catch (err) {
  fail(failureLine(err));
}
// Signal handlers must not keep a finished run alive.
process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
