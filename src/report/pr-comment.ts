// Report, for reviewers: the run's summary (with its plan) as one comment on the pull request that
// triggered it, edited in place on later runs (found by a hidden marker per stream and region) rather
// than added again. Best effort: a token without pull-requests: write, or GitHub being slow, is a
// warning, never a failed run. This module and @actions/github are chunks of their own in dist/, loaded
// only when a comment is asked for.
import type { Log } from '../model/log.js';
import { githubRequestDefaults, loadGithub } from '../shared/github.js';

/** GitHub refuses comment bodies over 65536 characters. */
const MAX_BODY = 60_000;
/** The whole exchange (list, then create or update) gets this long. */
const COMMENT_BUDGET_MS = 10_000;
/** ... and this long when the step was cancelled before it began. */
const CANCELLED_BUDGET_MS = 3_000;

/** Stream names are [A-Za-z0-9_.-] and regions [a-z0-9-], so neither can close the HTML comment. */
export function commentMarker(stream: string, region: string): string {
  return `<!-- ensure-kinesis-data-stream: stream=${stream} region=${region} -->`;
}

/** Where the comment came from: the workflow run to link and the commit it planned for. */
export interface RunInfo {
  /** GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID[/attempts/N]. */
  url?: string;
  runId?: string;
  /** The commit (the pull request's head when there is one). */
  sha?: string;
  dryRun?: boolean;
}

/** The run from the runner's variables, each checked for its shape (they end up in a link). */
export function runOf(env: Record<string, string | undefined>, dryRun: boolean): RunInfo {
  const server = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(env.GITHUB_SERVER_URL ?? '') ? env.GITHUB_SERVER_URL : undefined;
  const repo = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined;
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined;
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  const url = server && repo && runId ? `${server}/${repo}/actions/runs/${runId}${attempt}` : undefined;
  return { url, runId, sha: shaOf(env.GITHUB_SHA), dryRun };
}

const shaOf = (v: unknown): string | undefined => (typeof v === 'string' && /^[0-9a-f]{40}$/.test(v) ? v : undefined);

/** "Plan for commit abc1234 · workflow run 4242": what a reviewer needs to know what they approve. */
export function footer(run: RunInfo | undefined): string {
  if (!run) return '';
  const parts: string[] = [];
  if (run.sha) parts.push(`${run.dryRun ? 'Plan for' : 'Run on'} commit ${run.sha.slice(0, 7)}`);
  if (run.url) parts.push(`[workflow run ${run.runId}](${run.url})`);
  else if (run.runId) parts.push(`workflow run ${run.runId}`);
  return parts.length ? `\n<sub>${parts.join(' · ')}</sub>\n` : '';
}

/** The marker first (so a quote of the comment, which starts with ">", is never taken for it). */
export function commentBody(marker: string, markdown: string, run?: RunInfo): string {
  return `${marker}\n${markdown.length > MAX_BODY ? cutShort(markdown) : markdown}${footer(run)}`;
}

/** Cut at a line (never inside an escape such as &#8203;), closing any <details> left open, so the footer shows. */
function cutShort(markdown: string): string {
  const head = markdown.slice(0, markdown.lastIndexOf('\n', MAX_BODY) + 1);
  const open = (head.match(/<details>/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  return `${head}\n*(cut short)*\n${'\n</details>\n'.repeat(Math.max(0, open))}`;
}

export type CommentResult = 'created' | 'updated' | 'not a pull request' | 'failed';

export interface CommentOptions {
  token: string;
  stream: string;
  region: string;
  /** The job summary's markdown: every outside value in it is escaped already (summary.ts). */
  markdown: string;
  log: Log;
  run?: RunInfo;
  /** The runner cancelled the step: the exchange stops at once (the summary is already written). */
  cancel?: AbortSignal;
}

/** Who the job's GITHUB_TOKEN (an installation token, ghs_) comments as; GitHub answers 403 to GET /user for it. */
export const JOB_TOKEN_AUTHOR = 'github-actions[bot]';

/** The comment the action may edit: its marker first, and written by this token's own identity (never a person's or another app's). */
export function ownComment<C extends { body?: string; user?: { login?: string; type?: string } | null }>(
  comments: C[],
  marker: string,
  author: string,
): C | undefined {
  return comments.find((c) => c.body?.startsWith(marker) && c.user?.login === author);
}

export async function commentOnPullRequest(o: CommentOptions): Promise<CommentResult> {
  const { context, getOctokit } = await loadGithub();
  const number = /^pull_request(_target)?$/.test(context.eventName ?? '') ? context.payload.pull_request?.number : undefined;
  if (typeof number !== 'number') {
    o.log.info(`comment-on-pr: this run is not for a pull request (event ${context.eventName || 'unknown'}), so no comment was posted.`);
    return 'not a pull request';
  }
  if (!o.token) {
    o.log.warning('comment-on-pr: no github-token, so the plan was not commented on the pull request; pass github-token (it defaults to github.token).');
    return 'failed';
  }
  const marker = commentMarker(o.stream, o.region);
  // The pull request's head, not GITHUB_SHA (a merge commit GitHub made for the run).
  const head = shaOf((context.payload.pull_request as { head?: { sha?: unknown } } | undefined)?.head?.sha);
  const body = commentBody(marker, o.markdown, o.run && { ...o.run, sha: head ?? o.run.sha });
  // GITHUB_API_URL (set by the runner; GitHub Enterprise Server has its own) is read by getOctokit.
  // Cancelled before the comment (during the AWS part): a short try still replaces the last run's plan
  // with what this one knows (the runner waits ~7.5 s before its SIGTERM); cancelled during it: stop.
  const signal = o.cancel?.aborted
    ? AbortSignal.timeout(CANCELLED_BUDGET_MS)
    : o.cancel
      ? AbortSignal.any([o.cancel, AbortSignal.timeout(COMMENT_BUDGET_MS)])
      : AbortSignal.timeout(COMMENT_BUDGET_MS);
  const cancelledBefore = o.cancel?.aborted ?? false;
  // Octokit merges options shallowly: @actions/github's own request defaults (its proxy-aware fetch and
  // agent, for HTTPS_PROXY / NO_PROXY) must be passed on with the signal, or they are dropped.
  const octokit = getOctokit(o.token, { request: { ...(await githubRequestDefaults()), signal } });
  const where = { ...context.repo, issue_number: number };
  try {
    // Only a comment this token wrote is edited: anyone can post a comment that starts with the marker,
    // and editing it would leave its author able to rewrite what reviewers take for the plan.
    const author = o.token.startsWith('ghs_') ? JOB_TOKEN_AUTHOR : (await octokit.rest.users.getAuthenticated()).data.login;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    const mine = ownComment(comments, marker, author);
    if (mine) {
      await octokit.rest.issues.updateComment({ ...context.repo, comment_id: mine.id, body });
      o.log.info(`Updated the plan comment on pull request #${number}.`);
      return 'updated';
    }
    await octokit.rest.issues.createComment({ ...where, body });
    o.log.info(`Commented the plan on pull request #${number}.`);
    return 'created';
  } catch (err) {
    const why = o.cancel?.aborted && !cancelledBefore ? 'the step was cancelled' : whyNot(err);
    o.log.warning(`comment-on-pr: the plan was not commented on pull request #${number}: ${why}. The run itself is not affected.`);
    return 'failed';
  }
}

function whyNot(err: unknown): string {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 404) {
    return (
      `GitHub answered ${status} (the token may not write pull-request comments: give the job "permissions: pull-requests: write"; a pull request from ` +
      `a fork gets a read-only token)`
    );
  }
  if ((err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError') return `GitHub did not answer within ${COMMENT_BUDGET_MS / 1000} s`;
  return `${status ? `GitHub answered ${status}: ` : ''}${(err as Error).message ?? String(err)}`;
}
