// What an endpoint does not take that AWS does, learned from its first refusal and used for the rest
// of the run. kinesalite (an emulator whose validation follows AWS's older API) knows streams by name
// only ("Value null at 'streamName'" for a call that names the stream by StreamARN; for ListShards "Either
// NextToken or StreamName should be provided", an InvalidArgumentException) and pages tags 10 at
// a time. AWS never gives these answers, so on AWS nothing here ever changes: ARN addressing stays.
import { errorName } from '../aws/errors.js';
import type { Log } from '../model/log.js';

export class EndpointCompat {
  /** Name the stream by StreamName even once its ARN is known. */
  byName = false;
  /** ListTagsForStream's Limit. */
  tagLimit = 50;

  constructor(private readonly log: Log) {}

  /** True when `err` is a refusal this can work around, and now does: the call is to be sent again. */
  adapt(err: unknown): boolean {
    const name = errorName(err);
    if (name !== 'ValidationException' && name !== 'InvalidArgumentException') return false;
    const message = String((err as Error).message ?? '');
    let changed = false;
    if (!this.byName && /Value null at 'streamName'|Either NextToken or StreamName should be provided/i.test(message)) {
      this.byName = true;
      changed = true;
      this.log.debug('The endpoint does not take StreamARN (ValidationException): naming the stream by name for the rest of the run.');
    }
    if (this.tagLimit > 10 && /at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10/i.test(message)) {
      this.tagLimit = 10;
      changed = true;
      this.log.debug('The endpoint pages tags 10 at a time (ValidationException): asking for 10 a page.');
    }
    return changed;
  }
}
