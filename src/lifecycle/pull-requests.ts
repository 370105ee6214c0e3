// What GitHub says of a pull request a preview stream was made for: GET /repos/O/R/pulls/N through
// github-token (pull-requests: read). One call per number, cached for the run; anything but a clear
// "open" or "closed" (404, 403, a network failure, no token) is "unknown", and a sweep keeps the stream.
import type { Log } from '../model/log.js';
import type { PrState } from '../plan/lifetime.js';
import { githubRequestDefaults, loadGithub } from '../shared/github.js';
import { redactLine } from '../shared/safe-text.js';

/** Enough for one small GET, also when GitHub is slow; the sweep's own budget is the outer limit. */
const LOOKUP_BUDGET_MS = 10_000;

export type PrLookup = (n: number) => Promise<PrState>;

/** `signal`: the run's own (cancellation and its deadline), for each lookup. */
export function pullRequestStates(token: string, repository: string | undefined, log: Log, signal: () => AbortSignal): PrLookup {
  const seen = new Map<number, Promise<PrState>>();
  const [owner, repo] = (repository ?? '').split('/');
  let said = false;
  const ask = async (n: number): Promise<PrState> => {
    if (!token || !owner || !repo) {
      if (!said) log.warning(`Pull requests not looked up (${token ? 'GITHUB_REPOSITORY is not set' : 'no github-token'}): streams made for one are kept.`);
      said = true;
      return 'unknown';
    }
    const { getOctokit } = await loadGithub();
    // @actions/github's own request defaults (its proxy-aware fetch) must be passed on with the signal.
    const defaults = await githubRequestDefaults();
    const octokit = getOctokit(token, { request: { ...defaults, signal: AbortSignal.any([signal(), AbortSignal.timeout(LOOKUP_BUDGET_MS)]) } });
    try {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: n });
      return data.state === 'closed' ? 'closed' : data.state === 'open' ? 'open' : 'unknown';
    } catch (err) {
      const status = (err as { status?: unknown }).status;
      log.debug(`GET /repos/${owner}/${repo}/pulls/${n}: ${typeof status === 'number' ? status : redactLine(String(err))}`);
      if (status === 403 && !said) {
        said = true;
        log.warning('GitHub refused to say whether pull requests are closed (403): give the job permissions: pull-requests: read.');
      }
      return 'unknown';
    }
  };
  return (n) => {
    if (!seen.has(n)) seen.set(n, ask(n));
    return seen.get(n)!;
  };
}
