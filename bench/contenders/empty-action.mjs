// Baseline "empty action": a JavaScript action that loads no package and does no work; it only
// writes one output to GITHUB_OUTPUT, as @actions/core would. Measures process start + runner plumbing.
import { appendFileSync } from 'node:fs';

appendFileSync(process.env.GITHUB_OUTPUT, `stream-arn<<ghadelimiter_empty\n${process.env['INPUT_STREAM-NAME'] ?? ''}\nghadelimiter_empty\n`);
