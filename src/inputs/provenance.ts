// Tags that record which workflow created a stream: added at creation only, never compared or
// rewritten later. @actions/github is loaded lazily (ncc puts it in its own chunk): it is ~1 MB of
// bundle that only a run that creates a stream needs.

import { PR_TAG, tagValue } from '../model/tags.js';
import { loadGithub } from '../shared/github.js';

export async function provenanceTags(env: Record<string, string | undefined> = process.env): Promise<Record<string, string>> {
  const { context } = await loadGithub();
  const raw: Record<string, string | undefined> = {
    // context.repo throws without GITHUB_REPOSITORY (e.g. outside Actions): read it only when set.
    'github:repository': env.GITHUB_REPOSITORY ? `${context.repo.owner}/${context.repo.repo}` : undefined,
    'github:workflow': context.workflow,
    'github:ref': context.ref,
    'github:run-id': Number.isFinite(context.runId) ? String(context.runId) : undefined,
    // The pull request a preview stream is for: a sweep deletes it once GitHub says the PR is closed.
    [PR_TAG]: /^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') ? prNumber(context.payload.pull_request?.number) : undefined,
  };
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v) tags[k] = tagValue(v);
  return tags;
}

const prNumber = (n: unknown): string | undefined => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? String(n) : undefined);
