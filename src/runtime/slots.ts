// The wait for one of the account's five CREATING-or-DELETING slots: AWS refuses a sixth CreateStream
// or DeleteStream with LimitExceededException, and says nothing of when a slot frees. Reasoning, as
// for the poll schedule:
// - The signal. ListStreams with summaries shows every stream CREATING or DELETING, with its creation
//   time: one call sees all five slots. It is 5 calls/s per account, shared with every waiting job, so
//   a job reads it when a slot may have freed, not on a fixed beat; a refused CreateStream (the other
//   probe) would also spend the account's 5 CreateStream calls a second.
// - When a slot frees. A creation lasts about as long as the ones this job watched: each stream seen
//   CREATING and later not says its length lay between its age when last seen CREATING and its age when
//   first seen done. The shortest "done by" age is when the oldest busy stream should be done too: the
//   job sends then, not earlier (a refusal for trying early costs a call and a race); more sightings
//   narrow it. Before any is known, the job looks every `probe` ms. A stream first seen DELETING counts
//   from that sighting (AWS does not say when its deletion began).
// - Sharing without knowing N. The jobs read the same clock and the same summaries, so they look at the
//   same moments: a throttled ListStreams doubles this job's probe, a served one takes 250 ms off it
//   (AIMD). A throttled look never holds a job past the slot its last view predicted, and a slot past
//   its predicted end is looked at again within 1 s: an 8-s probe must not make a job miss a wave.
//   When a slot is (about to be) free, the job sends after a random part of a spread window that
//   doubles when CreateStream is throttled (more jobs than 5 calls a second) and halves each wave (the
//   winners have left): a job loses about one race per wave.
// - An endpoint without summaries (kinesis-local, kinesalite) or a role that may not call ListStreams:
//   the plain backoff (1 s doubling to 8 s, with jitter) for the rest of the run.
import type { StreamSummary } from '@aws-sdk/client-kinesis';
import { errorName } from '../aws/errors.js';
import { KinesisCallError, type KinesisGateway } from '../aws/gateway.js';
import { listStreams } from '../aws/operations.js';
import type { Budget } from './budget.js';
import { backoffDelay, STREAM_SLOT_BACKOFF } from './poll-schedule.js';

export const SLOTS = 5;
const PROBE = { startMs: 1000, minMs: 500, maxMs: 8000, stepMs: 250 };
const SPREAD = { startMs: 400, maxMs: 3000 };
/** How soon a job looks again when the busy stream it waits for is past its predicted end. */
const OVERDUE_MS = 1000;
/** A predicted slot is looked at no later than this: a wrong estimate must not park a job for minutes. */
const MAX_SLEEP_MS = 30_000;

/** A stream holding a slot, as this job has seen it (times on the runner's wall clock). */
export interface Busy {
  status: 'CREATING' | 'DELETING';
  /** CREATING: its creation time; DELETING: when this job first saw it DELETING. */
  since: number;
  lastSeen: number;
}

/** What the job has learned: the shortest age by which a creation (a deletion) it watched was done. */
export interface Lengths {
  createMs?: number;
  /** The longest age at which a creation it watched was still going (with createMs, the bracket of a creation's length). */
  createLowMs?: number;
  deleteMs?: number;
}

/** Folds one ListStreams view into what the job knows. Pure. */
export function learn(
  seen: Map<string, Busy>,
  lengths: Lengths,
  view: Array<{ name: string; status?: string; createdAt?: number }>,
  now: number,
): { seen: Map<string, Busy>; lengths: Lengths } {
  const next = new Map<string, Busy>();
  const out = { ...lengths };
  const present = new Set(view.map((v) => v.name));
  for (const v of view) {
    const before = seen.get(v.name);
    if (v.status === 'CREATING' || v.status === 'DELETING') {
      const since = v.status === 'CREATING' ? (v.createdAt ?? before?.since ?? now) : before?.status === 'DELETING' ? before.since : now;
      next.set(v.name, { status: v.status, since, lastSeen: now });
    } else if (before?.status === 'CREATING') {
      out.createMs = Math.min(out.createMs ?? Infinity, Math.max(0, now - before.since));
      out.createLowMs = Math.max(out.createLowMs ?? 0, Math.max(0, before.lastSeen - before.since));
    }
  }
  for (const [name, b] of seen) {
    if (!present.has(name) && b.status === 'DELETING') out.deleteMs = Math.min(out.deleteMs ?? Infinity, Math.max(0, now - b.since));
  }
  return { seen: next, lengths: out };
}

/** The middle of the bracket when the sightings agree (equal creations); the "done by" age when they do not. */
const creationLength = (l: Lengths): number | undefined =>
  l.createMs === undefined ? undefined : l.createLowMs !== undefined && l.createLowMs <= l.createMs ? (l.createLowMs + l.createMs) / 2 : l.createMs;

/**
 * While every slot is taken: when the earliest one should free (`predicted`: from learned lengths; the
 * job then sends at once), else one probe from now (the job looks again). Pure.
 */
export function nextLook(busy: Busy[], lengths: Lengths, now: number, probeMs: number): { at: number; predicted: boolean } {
  const ends = busy
    .map((b) => {
      const length = b.status === 'CREATING' ? creationLength(lengths) : (lengths.deleteMs ?? lengths.createMs);
      return length === undefined ? undefined : b.since + length;
    })
    .filter((t): t is number => t !== undefined);
  const earliest = ends.length ? Math.min(...ends) : undefined;
  if (earliest === undefined) return { at: now + probeMs, predicted: false };
  // Overdue (the estimate was short): the slot is about to free, so look again soon, not one probe
  // later (the probe grows to 8 s when looks are throttled, and such a wait cost a whole wave).
  if (earliest <= now) return { at: now + Math.min(probeMs, OVERDUE_MS), predicted: false };
  return earliest > now + MAX_SLEEP_MS ? { at: now + MAX_SLEEP_MS, predicted: false } : { at: earliest, predicted: true };
}

/**
 * After a throttled look: look again in `retryMs` (within 1 s if the slot is overdue), unless the last
 * view said a slot frees sooner: then send at that moment. A throttle (many jobs looking at once) must
 * not park a job past its slot: the probe grows to 8 s under throttling, and one such wait decided a
 * whole wave. Pure.
 */
export function afterThrottledLook(busy: Busy[], lengths: Lengths, now: number, retryMs: number): { inMs: number; send: boolean } {
  // nextLook with the retry as its probe: overdue, it looks again within 1 s rather than send blind.
  const next = nextLook(busy, lengths, now, retryMs);
  const inMs = next.at - now;
  return next.predicted && inMs < retryMs ? { inMs, send: true } : { inMs: Math.min(inMs, retryMs), send: false };
}

export class SlotWaiter {
  #probe = PROBE.startMs;
  #spread = SPREAD.startMs;
  #blind = false;
  /** Looks in a row that showed a free slot, each followed by another slot refusal: the listing is not the whole truth. */
  #contradicted = 0;
  #sawFree = false;
  #seen = new Map<string, Busy>();
  #lengths: Lengths = {};

  constructor(
    private readonly gateway: KinesisGateway,
    private readonly budget: Budget,
    private readonly stream: string,
  ) {}

  /** After slot refusal number `attempt` (1-based): returns once the call is worth sending again. */
  async wait(attempt: number): Promise<void> {
    const clock = this.budget.clock;
    // The window halves each wave (the jobs that won have left the race), and doubles on each throttle.
    this.#spread = Math.max(SPREAD.startMs, this.#spread / 2);
    // Refused again right after a look that showed a free slot (a listing cut short, a slot held elsewhere):
    // trust the refusal, and back off as without summaries.
    this.#contradicted = this.#sawFree ? this.#contradicted + 1 : 0;
    for (;;) {
      const view = this.#blind ? undefined : await this.look();
      if (view === 'throttled') {
        // Full jitter over the probe (AWS's advice for many clients retrying at once).
        const after = afterThrottledLook([...this.#seen.values()], this.#lengths, clock.wallTime(), this.#probe * clock.random());
        await this.budget.pauseUntil(clock.now() + after.inMs + (after.send ? this.#spread * clock.random() : 0), false);
        if (after.send) return;
        continue;
      }
      if (!view) return this.budget.pauseUntil(clock.now() + backoffDelay(attempt, STREAM_SLOT_BACKOFF, clock.random), false);
      const wall = clock.wallTime();
      ({ seen: this.#seen, lengths: this.#lengths } = learn(this.#seen, this.#lengths, view, wall));
      const busy = [...this.#seen.values()];
      this.#sawFree = busy.length < SLOTS;
      if (this.#sawFree) {
        const extra = this.#contradicted > 0 ? backoffDelay(this.#contradicted, STREAM_SLOT_BACKOFF, clock.random) : 0;
        return this.budget.pauseUntil(clock.now() + extra + this.#spread * clock.random(), false);
      }
      // Every waiting job predicts the same moment: each sends at a random point of its spread window
      // (the refusal, if another job got there first, is the next look's cue). Unpredicted: look again,
      // at a random point of the probe, so that the waiting jobs' looks spread over it.
      const next = nextLook(busy, this.#lengths, wall, this.#probe);
      const jitter = next.predicted ? this.#spread * clock.random() : Math.min(next.at - wall, this.#probe) * (clock.random() - 0.5);
      await this.budget.pauseUntil(clock.now() + (next.at - wall) + jitter, false);
      if (next.predicted) return;
    }
  }

  /** CreateStream (or DeleteStream) was throttled: more jobs send at once than the account's 5 a second; spread wider, then send again. */
  async throttled(): Promise<void> {
    this.#spread = Math.min(SPREAD.maxMs, this.#spread * 2);
    await this.budget.pauseUntil(this.budget.clock.now() + this.#spread * this.budget.clock.random(), false);
  }

  /** One ListStreams view; 'throttled' (the probe widens); undefined: no summaries here, or not allowed. */
  private async look(): Promise<Array<{ name: string; status?: string; createdAt?: number }> | 'throttled' | undefined> {
    try {
      // AWS's largest page: one call sees the account's streams (their summaries name the busy ones).
      const out = await this.gateway.send(listStreams({ limit: 10_000 }), this.stream);
      this.#probe = Math.max(PROBE.minMs, this.#probe - PROBE.stepMs);
      const summaries: StreamSummary[] | undefined = out.StreamSummaries;
      if (!Array.isArray(summaries) || (summaries.length === 0 && (out.StreamNames?.length ?? 0) > 0)) return this.goBlind();
      return summaries
        .filter((s) => typeof s.StreamName === 'string')
        .map((s) => ({ name: s.StreamName as string, status: s.StreamStatus, createdAt: s.StreamCreationTimestamp?.getTime() }));
    } catch (err) {
      if (this.budget.cancel.aborted) throw err;
      const aws = err instanceof KinesisCallError ? err.awsError : err;
      if (errorName(aws) === 'LimitExceededException' || errorName(aws) === 'ThrottlingException') {
        this.#probe = Math.min(PROBE.maxMs, this.#probe * 2);
        return 'throttled';
      }
      return this.goBlind();
    }
  }

  private goBlind(): undefined {
    this.#blind = true;
    return undefined;
  }
}
