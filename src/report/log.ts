// The one place where text leaves the action for people: the log (stdout), annotations and the job
// summary. Messages carry text from outside (AWS answers, stream fields, tags, echoed inputs), so each
// sink gets it redacted and escaped here, and nowhere else: stages only ever see a Log, and a test
// checks that no other module writes to stdout or annotations. Outputs are data for later steps and
// go through core.setOutput's heredoc form (outputs.ts).
import * as core from '@actions/core';
import type { Log } from '../model/log.js';
import { couldBeCredential, forAnnotation, forLog, registerSecrets, secretsFromEnv } from '../shared/safe-text.js';

/** The action's log: one stdout line per message (never a workflow command), one-line annotations. */
export const actionLog: Log = {
  info: (message) => core.info(forLog(message)),
  warning: (message) => core.warning(forAnnotation(message)),
  notice: (message) => core.notice(forAnnotation(message)),
  debug: (message) => core.debug(forLog(message)),
};

/** Fails the step with one redacted line (an error annotation). */
export function fail(message: string): void {
  core.setFailed(forAnnotation(message));
}

/** Appends already-escaped markdown (summary.ts escapes every outside value with forSummary). */
export async function writeSummaryMarkdown(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown).write();
}

/**
 * The job's AWS secrets are masked by the runner too (as aws-actions/configure-aws-credentials does)
 * and redacted from every line this action writes, whatever shape the text that carries them has.
 */
export function protectSecrets(env: Record<string, string | undefined>, tokens: string[] = [], always: string[] = []): void {
  // Tokens (github-token) like the AWS values only when they could be real; `always` (a proxy password)
  // is a credential whatever its length.
  const secrets = [...new Set([...secretsFromEnv(env), ...tokens.filter(couldBeCredential), ...always.filter(Boolean)])];
  for (const secret of secrets) core.setSecret(secret);
  registerSecrets(secrets);
}
