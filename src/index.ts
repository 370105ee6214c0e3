// Entry point the runner executes (dist/index.js). The runner cancels a step with SIGINT, then
// SIGTERM: the first stops the wait and reports what was left in progress; a second one exits.
import * as core from '@actions/core';
import { failureLine, run } from './main.js';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(1);
    core.info(`Received ${signal}: stopping.`);
    controller.abort(new Error(`received ${signal}`));
  });
}

try {
  await run({ cancel: controller.signal });
} catch (err) {
  core.setFailed(failureLine(err));
}
// Signal handlers must not keep a finished run alive.
process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
