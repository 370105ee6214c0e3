// How long a stream lives: what a step that made it remembers for its post step (delete-at-job-end), and
// what a sweep decided about each stream it looked at. Types only.

/**
 * Saved with core.saveState when this run sends CreateStream (phase creating) and once it is known to
 * have made the stream (created, with AWS's creation time); cleared when the name turned out to be
 * someone else's. The post step deletes only the stream this describes.
 */
export interface JobEndState {
  stream: string;
  region: string;
  phase: 'creating' | 'created';
  /** Wall time (epoch ms) just before CreateStream was sent. */
  since: number;
  /** StreamCreationTimestamp of the stream made (epoch ms), once seen. */
  createdAt?: number;
  /** This step's mark (JOB_TAG) in CreateStream's tags: tells its stream from another's before it was seen. */
  nonce?: string;
  /** The stream's account (from its ARN), once seen: the post step deletes nowhere else. */
  account?: string;
}

export type Verdict = 'delete' | 'keep';

/** One stream a sweep looked at: a row of its summary table. */
export interface SweepRow {
  stream: string;
  /** github:repository tag ('' when untagged; null when its tags could not be read). */
  owner: string | null;
  /** expires-at tag, if any. */
  expires?: string;
  /** The pull request it was made for, and what GitHub says of it. */
  pr?: { number: number; state: 'open' | 'closed' | 'unknown' };
  verdict: Verdict;
  why: string;
  /** A deletion this run made (DeleteStream accepted). */
  deleted?: boolean;
}
