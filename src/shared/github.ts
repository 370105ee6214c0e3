// @actions/github, loaded on first use: it is a lazy chunk that only creations, PR comments and
// sweeps need. In the bundle @actions/http-client is a build-time substitute (shims/http-client.ts:
// @actions/core would otherwise load it and undici at every start), whose real module must be loaded
// before @actions/github makes a client; under jest, the substitute's loader loads the real module too.
import { loadHttpClient } from '../../shims/http-client.js';

export async function loadGithub(): Promise<typeof import('@actions/github')> {
  await loadHttpClient();
  return import('@actions/github');
}

/** @actions/github's own request defaults (its proxy-aware fetch), to pass on with a signal. */
export async function githubRequestDefaults(): Promise<(typeof import('@actions/github/lib/utils'))['defaults']['request']> {
  await loadHttpClient();
  return (await import('@actions/github/lib/utils')).defaults.request;
}
