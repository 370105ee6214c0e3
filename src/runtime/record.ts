// What this run did and decided, noted as it happens so that a run that fails later still reports it
// (created=true for a half-finished creation, the plan it made). main creates the record and reads it
// for the outputs and the summary; the stages note facts through these methods and nothing else.
import type { DescribeLimitsOutput } from '@aws-sdk/client-kinesis';
import type { SweepRow } from '../model/lifetime.js';
import type { PlanDocument } from '../model/plan.js';

export class RunRecord {
  #created = false;
  #deleted = false;
  #plan: PlanDocument | undefined;
  #reviewed = false;
  #limits: DescribeLimitsOutput | 'unknown' | undefined;
  #commitment: string | undefined;
  #expiry: { at: string; from?: string; planned?: boolean } | undefined;
  #sweep: SweepRow[] | undefined;

  /** This run's CreateStream made the stream. */
  get created(): boolean {
    return this.#created;
  }
  /** This run's DeleteStream was accepted. */
  get deleted(): boolean {
    return this.#deleted;
  }
  /** The plan this run made before any mutating call (the `plan` output). */
  get plan(): PlanDocument | undefined {
    return this.#plan;
  }
  /** The plan was checked against `expected-plan` and matched. */
  get reviewed(): boolean {
    return this.#reviewed;
  }
  /** DescribeLimits as read once per run ('unknown': denied or not answered); undefined: not read yet. */
  get limits(): DescribeLimitsOutput | 'unknown' | undefined {
    return this.#limits;
  }

  noteCreated(): void {
    this.#created = true;
  }
  noteDeleted(): void {
    this.#deleted = true;
  }
  /** A new plan replaces the last one (a stream adopted after its creation was planned is planned again). */
  notePlan(plan: PlanDocument): void {
    this.#plan = plan;
    this.#reviewed = false;
  }
  noteReviewed(): void {
    this.#reviewed = true;
  }
  noteLimits(limits: DescribeLimitsOutput | 'unknown'): void {
    this.#limits = limits;
  }
  /** The minimum throughput billing commitment's status as read once per run ('unknown': not told); undefined: not read yet. */
  get commitment(): string | undefined {
    return this.#commitment;
  }
  noteCommitment(status: string): void {
    this.#commitment = status;
  }
  /** The stream's expires-at tag as this run left it (or would: planned), and what it replaced. */
  get expiry(): { at: string; from?: string; planned?: boolean } | undefined {
    return this.#expiry;
  }
  /** A sweep's rows as they stand (deletions marked as they are accepted), for a run that stops half-way. */
  get sweep(): SweepRow[] | undefined {
    return this.#sweep?.map((r) => ({ ...r }));
  }
  noteSweep(rows: SweepRow[]): void {
    this.#sweep = rows.map((r) => ({ ...r }));
  }
  noteExpiry(at: string, from?: string, planned = false): void {
    this.#expiry = { at, ...(from ? { from } : {}), ...(planned ? { planned } : {}) };
  }
}
