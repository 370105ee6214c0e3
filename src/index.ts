// Entry point the runner executes (dist/index.js), as the main step and again as the post step. The
// runner cancels a step with SIGINT, then SIGTERM: the first stops the wait and reports what was left
// in progress; a second one exits. The action itself is loaded only when there is work: a post step
// without delete-at-job-end (most jobs) ends here, before loading anything.
import { isPostStep, postStepWanted } from './shared/phase.js';

const phase = isPostStep(process.env) ? 'post' : 'main';
if (phase === 'main' || postStepWanted(process.env)) await start(phase);

async function start(phase: 'main' | 'post'): Promise<void> {
  const [{ actionLog, fail }, { markMainStep }, { failureLine, run }] = await Promise.all([
    import('./report/log.js'),
    import('./report/job-state.js'),
    import('./main.js'),
  ]);
  // The main step says so first, before anything that could fail: its post step never runs the main flow.
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
}
