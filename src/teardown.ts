// state: absent. Deletes the stream and waits until it is gone; a missing stream is success with
// nothing done. A stream being created or updated is waited out first; consumers are guarded.
import { DeleteStreamCommand, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { ActionError } from './action-error.js';
import { outcome, type RunOutcome } from './outcome.js';
import type { Session } from './session.js';

export async function teardown(session: Session): Promise<RunOutcome> {
  const { name, spec, log } = session;
  let deleted = false;
  let arnSeen: string | undefined;
  let previous: string | undefined;
  session.restartWait('be deleted');
  let stream = await session.describe('now');
  for (;;) {
    if (!stream) {
      if (deleted) log.info(`Stream "${name}" is deleted (${session.seconds()} s).`);
      else if (previous === 'DELETING') log.info(`Stream "${name}" is gone: someone else deleted it.`);
      else log.info(`Stream "${name}" does not exist in ${spec.region}: nothing to delete.`);
      // Gone: keep the ARN it had (no status), so later steps can still name it.
      const arn = arnSeen ? ({ StreamARN: arnSeen, StreamName: name } as StreamDescriptionSummary) : undefined;
      return outcome(deleted ? 'deleted' : 'already absent', { deleted, stream: arn });
    }
    arnSeen = stream.StreamARN ?? arnSeen;
    const status = stream.StreamStatus ?? 'UNKNOWN';

    if (status === 'ACTIVE' && !deleted) {
      const consumers = stream.ConsumerCount ?? 0;
      if (consumers > 0 && !spec.enforceConsumerDeletion) {
        throw new ActionError(
          `Stream "${name}" has ${consumers} registered consumer${consumers === 1 ? '' : 's'}; deleting it would deregister them, so nothing was changed. ` +
            'Set the "enforce-consumer-deletion" input to true to delete it anyway.',
        );
      }
      if (spec.dryRun) {
        log.info(`Dry run: stream "${name}" would be deleted${consumers ? ` with its ${consumers} consumer(s)` : ''}. Nothing was changed.`);
        return outcome('dry run', { stream });
      }
      log.info(`Deleting stream "${name}"${consumers ? ` and its ${consumers} consumer(s)` : ''}.`);
      const done = await session.call(
        'DeleteStream',
        (abortSignal) =>
          session.gateway.client.send(new DeleteStreamCommand({ StreamName: name, EnforceConsumerDeletion: spec.enforceConsumerDeletion }), {
            abortSignal,
          }),
        { mutation: true, waitWhileBusy: true, tolerate: ['not-found'] },
      );
      deleted = done !== undefined;
      session.lastStatus = 'DELETING';
      session.restartWait('be deleted');
    } else if (status !== previous) {
      log.info(
        status === 'DELETING'
          ? `Stream "${name}" is DELETING: waiting until it is gone (timeout ${spec.timeoutSeconds} s).`
          : `Stream "${name}" is ${status}: waiting for it to settle before deleting it.`,
      );
    }
    previous = status;
    stream = await session.describe('next-poll');
  }
}
