// What the main step hands its post step (core.saveState → STATE_<name> in the post step's environment):
// which phase this process is, and the stream delete-at-job-end is to delete. The value comes back from
// the environment, so it is shape-checked like any outside text before the post step acts on it.
import * as core from '@actions/core';
import type { JobEndState } from '../model/lifetime.js';

import { PHASE_KEY } from '../shared/phase.js';

const STREAM = 'delete-at-job-end';

/** First thing the main step does: its post step (post-if: always()) must never run the main flow again. */
export function markMainStep(): void {
  // Outside a runner there is no post step (and core would print a workflow command instead).
  if (process.env.GITHUB_STATE) core.saveState(PHASE_KEY, 'main');
}

export function saveJobEnd(state: JobEndState | undefined): void {
  if (process.env.GITHUB_STATE) core.saveState(STREAM, state ? JSON.stringify(state) : '');
}

const NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** The state the main step saved, or undefined when it saved none (or something this version does not write). */
export function readJobEnd(env: Record<string, string | undefined> = process.env): JobEndState | undefined {
  const raw = env[`STATE_${STREAM}`];
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as Partial<JobEndState>;
    const ok =
      typeof s.stream === 'string' &&
      NAME.test(s.stream) &&
      typeof s.region === 'string' &&
      REGION.test(s.region) &&
      (s.phase === 'creating' || s.phase === 'created') &&
      isTime(s.since) &&
      (s.createdAt === undefined || isTime(s.createdAt)) &&
      (s.nonce === undefined || (typeof s.nonce === 'string' && /^[a-f0-9-]{8,64}$/.test(s.nonce))) &&
      (s.account === undefined || (typeof s.account === 'string' && /^\d{12}$/.test(s.account)));
    if (!ok) return undefined;
    const { stream, region, phase, since, createdAt, nonce, account } = s as JobEndState;
    return { stream, region, phase, since, ...(createdAt ? { createdAt } : {}), ...(nonce ? { nonce } : {}), ...(account ? { account } : {}) };
  } catch {
    return undefined;
  }
}
