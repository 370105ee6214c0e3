// state: present. Ensure the stream exists and is ACTIVE, then compare the declared settings and act
// on the differences by the drift policy: report (warn), fail, or update (apply in a safe order).
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { KeyLookup } from '../aws/kms.js';
import { outcome, type RunOutcome } from '../model/outcome.js';
import type { Value } from '../model/plan.js';
import type { DeclaredSettings } from '../model/spec.js';
import { EXPIRES_TAG, PENDING_TAG } from '../model/tags.js';
import { consumerArns, declaresAccess, planAccess } from '../plan/access.js';
import { createRequest, creationRows, creationSteps, followUps, mayCarryLiveMark, pendingValue } from '../plan/creation.js';
import { absentState, observedState } from '../plan/observed.js';
import { growthOf } from '../plan/quota.js';
import { driftLine, planChanges } from '../plan/stream-changes.js';
import { callsText, sizeLine } from '../report/words.js';
import type { RunContext } from '../runtime/context.js';
import { count } from '../shared/show.js';
import { converge } from './converge.js';
import { convergeAccess, untilConsumerActive } from './converge-access.js';
import { creationTags, finishCreation, markOn, renewExpiry, staleMarkLine } from './creation.js';
import { ensureStream } from './ensure.js';
import { comparableEncryption, observeAccess, observeTags } from './observe.js';
import { checkQuota, checkWarmThroughput } from './quota.js';
import { accountOfArn, checkAccount } from './account.js';
import { checkPlan } from './reviewed-plan.js';

export interface ReconcileDeps {
  /** Provenance tags for a new stream (loaded only when creating). */
  provenance: () => Promise<Record<string, string>>;
  /** Resolves KMS key references (kms:DescribeKey); without it an alias/ARN mismatch cannot be told. */
  keys?: KeyLookup;
  /** This workflow run (GITHUB_RUN_ID): a re-run of it finishes its own creation whatever its age. */
  runId?: string;
  /** The account of the credentials (sts:GetCallerIdentity); unset on a custom endpoint. */
  account?: () => Promise<string | undefined>;
}

export async function reconcile(ctx: RunContext, deps: ReconcileDeps): Promise<RunOutcome> {
  const { spec, log, record } = ctx;
  const name = spec.streamName;
  /** The expires-at this run's CreateStream carries (time-to-live): the stream's only once it made it. */
  let expires: string | undefined;
  const ensured = await ensureStream(ctx, async () => {
    const req = createRequest(spec, await creationTags(ctx, deps.provenance, deps.runId));
    expires = req.Tags?.[EXPIRES_TAG];
    if (expires && spec.dryRun) record.noteExpiry(expires, undefined, true);
    // A plan for review, or the check of one, names the account the stream would be created in; so
    // does a step with allowed-account-ids, which refuses to create in any other (or an unknown) one.
    const asked = deps.account && (spec.dryRun || spec.expectedPlan || spec.allowedAccountIds);
    const account = asked ? ((await deps.account!()) ?? null) : undefined;
    checkAccount(ctx, account, 'creating');
    checkPlan(ctx, absentState(account), creationRows(spec));
    await checkQuota(ctx, { kind: 'create', mode: spec.streamMode ?? 'PROVISIONED', shards: req.ShardCount ?? 0 });
    if (req.WarmThroughputMiBps !== undefined) await checkWarmThroughput(ctx, req.WarmThroughputMiBps);
    return req;
  });

  if (ensured.how === 'planned') {
    const rows = creationRows(spec);
    return outcome('dry run', { drift: rows, rows, steps: creationSteps(rows) });
  }
  let stream = ensured.stream as StreamDescriptionSummary;
  const arn = stream.StreamARN ?? '';
  // A stream that was there already: its ARN names its account (one this run created was checked before).
  if (!record.created) checkAccount(ctx, accountOfArn(arn), 'changing');
  const found = ensured.how;
  if (found === 'created' && expires) record.noteExpiry(expires);
  // What is compared: the declared settings, with a KMS alias that names the stream's key counted as equal.
  const declared: DeclaredSettings = { ...spec, encryption: await comparableEncryption(spec.encryption, stream, deps.keys, log) };
  const later = followUps(declared);
  const laterDrift = planChanges(later, stream).drift;
  // Consumers and resource policies are looked at only when declared (none exist on a stream just created).
  let access = declaresAccess(spec) && found !== 'created' ? await observeAccess(ctx, spec, arn) : undefined;
  const firstAccess = declaresAccess(spec) ? planAccess(spec, arn, access ?? { consumers: [], policies: new Map() }) : undefined;

  // Tags are read when declared, when follow-up settings differ, or when they are declared on a stream
  // young enough to carry a mark that is still due to come off: a PENDING_TAG says an earlier run created
  // the stream and may not have applied them (optional: a role that may not list tags just does not get
  // that check). Only a recent mark, or this run's own, means "unfinished"; an established stream with
  // its settings in place stays at one call.
  const followUpsDiffer = laterDrift.length > 0 || (firstAccess?.drift.length ?? 0) > 0;
  const young = mayCarryLiveMark(stream, ctx.budget.clock.wallTime());
  // A reviewed plan that saw a mark is checked against the tags again, however old the stream is by now.
  const reviewedMark = spec.expectedPlan?.observed.settings[`tags.${PENDING_TAG}`] !== undefined;
  const needTags =
    found !== 'created' &&
    (spec.tags !== undefined || spec.timeToLive !== undefined || (pendingValue(spec) !== '' && young) || reviewedMark || (!ensured.fresh && followUpsDiffer));
  let tags = needTags ? await observeTags(ctx, spec.tags === undefined) : undefined;
  const mark = markOn(ctx, tags, deps.runId, stream);
  const unfinished = mark?.unfinished ?? false;
  // The plan is checked before the first change; a stream this run created had its (absent) plan checked
  // before CreateStream. One that someone else created meanwhile is checked again: it is not the reviewed state.
  if (found === 'found' || (ensured.foreign && spec.expectedPlan)) {
    // Only a mark that is there is recorded: whether tags were read at all depends on the stream's age,
    // which must not make a plan reviewed at 23 h fail to apply at 25 h.
    const pending: Record<string, Value> =
      mark && tags ? { [`tags.${PENDING_TAG}`]: tags[PENDING_TAG] } : reviewedMark ? { [`tags.${PENDING_TAG}`]: null } : {};
    checkPlan(ctx, observedState(spec, stream, tags, { ...pending, ...firstAccess?.observed }), [
      ...planChanges(declared, stream, tags).drift,
      ...(firstAccess?.drift ?? []),
    ]);
  }

  // The lease of a stream made with time-to-live moves later, whatever on-drift says (its own bookkeeping).
  if (found !== 'created') await renewExpiry(ctx, tags);

  // Retention, encryption, metrics, consumers and policies do not go into CreateStream: they follow
  // once it is ACTIVE. A run that found a stream another run was creating a moment ago (parallel
  // jobs), or one an earlier run created and did not finish, does the same: the creation the workflow
  // declared is completed instead of warning or failing on settings not applied yet.
  /** The calls this run made after CreateStream (follow-ups, consumers, policies). */
  const made: string[] = [];
  if ((ensured.fresh || unfinished) && !spec.dryRun) {
    if (unfinished && !ensured.fresh) {
      log.info(`Stream "${name}" was created by an earlier run that did not apply every declared setting (tag ${PENDING_TAG}): finishing the creation.`);
    }
    if (laterDrift.length > 0) {
      log.info(`Applying ${count(laterDrift.length, 'setting')} that CreateStream does not take.`);
      const followed = await converge(ctx, stream, later);
      stream = followed.stream;
      made.push(...followed.applied.map((c) => c.op));
    }
    if (declaresAccess(spec)) {
      const result = await convergeAccess(ctx, spec, arn, access, deps.provenance);
      access = result.seen;
      made.push(...result.applied);
    }
    if (unfinished || (record.created && pendingValue(spec) !== '')) {
      tags = await finishCreation(ctx, tags);
    }
    if (found === 'created') {
      return outcome('created', {
        stream,
        created: true,
        // The same rows as its dry run's plan: what the stream was created with.
        rows: creationRows(spec),
        steps: ['CreateStream', ...made],
        consumerArns: consumerArns(spec, access?.consumers),
      });
    }
  } else if (mark && !spec.dryRun) {
    // A mark whose creation is over (a run stopped after its last follow-up, or could not remove it):
    // with the follow-ups in place it has no purpose left; otherwise they are drift like any other. A
    // run applying a reviewed plan changes only what was reviewed: the mark stays for a later run.
    if (followUpsDiffer) log.warning(staleMarkLine(ctx, mark.mark));
    else if (!spec.expectedPlan) {
      log.info(`Stream "${name}" has every declared setting: removing the tag ${PENDING_TAG} an earlier creation left behind.`);
      tags = await finishCreation(ctx, tags);
    }
  }

  const plan = planChanges(declared, stream, tags);
  const accessPlan = access ? planAccess(spec, arn, access) : undefined;
  const drift = [...plan.drift, ...(accessPlan?.drift ?? [])];
  const arns = (): Record<string, string | null> | undefined => consumerArns(spec, access?.consumers);
  if (drift.length === 0) {
    // Declared consumers that another run is registering: wait until they are ACTIVE (a wait, no change).
    // Their ARNs are known from the listing already: no need to list again.
    if (accessPlan?.creating.length && !spec.dryRun) {
      for (const consumer of accessPlan.creating) await untilConsumerActive(ctx, arn, consumer);
    }
    log.info(`Stream "${name}" matches every declared setting.`);
    // A creation this run finished (its own adoption, or an earlier run's): what it applied, for the summary.
    const finished = made.length > 0 ? { rows: [...laterDrift, ...(firstAccess?.drift ?? [])], steps: made } : {};
    return outcome(found, { stream, changed: unfinished, consumerArns: arns(), ...finished });
  }
  const listed = drift.map(driftLine).join('; ');
  // What on-drift: update would call, in order: one counting for the log, the summary and the plan.
  const steps = [...plan.changes, ...(accessPlan?.changes ?? [])].map((c) => c.op);
  const differs = `Stream "${name}" differs from the workflow in ${count(drift.length, 'setting')}`;

  if (spec.onDrift === 'fail') {
    const failure = `${differs} (on-drift: fail), so nothing was changed: ${listed}.`;
    if (spec.dryRun) {
      // One annotation for every difference: GitHub shows 10 per step and drops the rest.
      log.warning(`${differs}: ${listed}. A real run would fail (on-drift: fail).`);
      return outcome('dry run', { stream, drift, rows: drift, steps, consumerArns: arns() });
    }
    return outcome(found, { stream, drift, rows: drift, steps, failure, consumerArns: arns() });
  }

  if (spec.onDrift === 'report' && !(unfinished && spec.dryRun)) {
    log.warning(`${differs}: ${listed}. Nothing was changed (on-drift: report).`);
    // How to apply them, when any can be: blocked rows say why not in the warning itself.
    const open = drift.filter((d) => !d.blocked).length;
    if (open > 0) {
      log.notice(
        `To apply the ${count(open, 'difference')} to stream "${name}" (${sizeLine(open, steps.length)}), set on-drift: update` +
          (spec.dryRun
            ? ' in this step and in the step that applies its plan.'
            : '; to have someone approve them first, run a dry run and apply its plan in a gated job (expected-plan).'),
      );
    }
    return outcome(spec.dryRun ? 'dry run' : 'drift reported', { stream, drift, rows: drift, steps, consumerArns: arns() });
  }

  const blocked = drift.filter((d) => d.blocked);
  if (blocked.length > 0) {
    const failure = `Stream "${name}" cannot be brought to the declared settings, so nothing was changed: ${blocked.map(driftLine).join('; ')}.`;
    return outcome(found, { stream, drift, rows: drift, steps, failure, consumerArns: arns() });
  }
  // A rescale or a switch to ON_DEMAND that the account's limits cannot take fails here, before any change.
  const growth = growthOf(plan.changes, stream.OpenShardCount ?? 0);
  if (growth) await checkQuota(ctx, growth);
  const warm = plan.changes.find((c) => c.op === 'UpdateStreamWarmThroughput');
  if (warm) await checkWarmThroughput(ctx, warm.mibps);
  if (spec.dryRun) {
    const why = unfinished ? ` (an earlier run created it and did not finish: tag ${PENDING_TAG})` : '';
    log.info(`Dry run: stream "${name}" would change ${sizeLine(drift.length, steps.length)} (${callsText(steps)})${why}: ${listed}. Nothing was changed.`);
    return outcome('dry run', { stream, drift, rows: drift, steps, consumerArns: arns() });
  }
  log.info(`Stream "${name}" differs from the workflow (on-drift: update): ${listed}.`);
  const done = await converge(ctx, stream, declared, tags);
  let accessApplied: string[] = [];
  if (access) {
    const result = await convergeAccess(ctx, spec, arn, access, deps.provenance);
    access = result.seen;
    accessApplied = result.applied;
  }
  // A leftover mark whose settings this update has now put in place has no purpose left either.
  if (mark && !unfinished && !spec.expectedPlan) await finishCreation(ctx, tags);
  return outcome('updated', {
    stream: done.stream,
    changed: done.applied.length > 0 || accessApplied.length > 0 || unfinished,
    drift,
    rows: drift,
    steps: [...done.applied.map((c) => c.op), ...accessApplied],
    consumerArns: arns(),
  });
}
