// Which step of the job this process is: runs.post runs dist/index.js again, after the main step saved
// `phase=main` (core.saveState → STATE_phase). Read from the environment alone, before anything is
// loaded: every job that uses the action runs its post step, and most have nothing for it to do.

/** The state key the main step saves first thing. */
export const PHASE_KEY = 'phase';

export const isPostStep = (env: Record<string, string | undefined>): boolean => env[`STATE_${PHASE_KEY}`] === 'main';

/** The post step has work only with delete-at-job-end: true (the runner passes the inputs to it as well). */
export const postStepWanted = (env: Record<string, string | undefined>): boolean => /^true$/i.test((env['INPUT_DELETE-AT-JOB-END'] ?? '').trim());
