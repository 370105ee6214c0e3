// The right account (allowed-account-ids, as Terraform's allowed_account_ids): a mis-set role must not
// provision into, or delete from, an account the workflow never meant. The account is the stream's
// own (its ARN) when it exists, else the credentials' (sts:GetCallerIdentity); checked before any change.
import { ActionError } from '../shared/action-error.js';
import type { RunContext } from '../runtime/context.js';

/** The account in a Kinesis ARN (arn:partition:kinesis:region:ACCOUNT:…). */
export const accountOfArn = (arn: string | undefined): string | undefined => /^arn:[^:]+:kinesis:[^:]*:(\d{12}):/.exec(arn ?? '')?.[1];

/** Fails when `account` is not one the step may change streams in; nothing to check without the input. */
export function checkAccount(ctx: RunContext, account: string | null | undefined, what: 'creating' | 'changing'): void {
  const allowed = ctx.spec.allowedAccountIds;
  if (!allowed) return;
  const name = ctx.spec.streamName;
  if (!account) {
    throw new ActionError(
      `Stream "${name}": the AWS account cannot be told (sts:GetCallerIdentity did not answer, or this endpoint has no STS beside it), ` +
        `so it was not ${what === 'creating' ? 'created' : 'changed'}: ` +
        'allowed-account-ids needs it. Set AWS_ENDPOINT_URL_STS for an emulator with STS, or remove allowed-account-ids.',
    );
  }
  if (!allowed.includes(account)) {
    throw new ActionError(
      `Stream "${name}" is in AWS account ${account}, which is not in allowed-account-ids (${allowed.join(', ')}), so nothing was changed. ` +
        'Check the role the job assumes (role-to-assume of aws-actions/configure-aws-credentials) and the region.',
    );
  }
}
