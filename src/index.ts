// Entry point the runner executes (dist/index.js), as the main step and again as the post step. The
// action itself (main.ts, one chunk) is loaded only when there is work: a post step without
// delete-at-job-end (most jobs) ends here, before loading anything.
import { isPostStep, postStepWanted } from './shared/phase.js';

const phase = isPostStep(process.env) ? 'post' : 'main';
if (phase === 'main' || postStepWanted(process.env)) await (await import('./main.js')).runStep(phase);
