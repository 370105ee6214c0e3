// state: present. Ensure the stream exists and is ACTIVE, then compare the declared settings and act
// on the differences by the drift policy: report (warn), fail, or update (apply in a safe order).
import { RemoveTagsFromStreamCommand, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { converge } from './apply.js';
import { convergeAccess, untilConsumerActive } from './apply-access.js';
import { consumerArns, declaresAccess, planAccess } from './plan-access.js';
import { checkQuota, growthOf } from './quota.js';
import type { DeclaredSettings, DesiredSpec } from './desired-spec.js';
import { comparableEncryption, type KeyLookup } from './kms-keys.js';
import { ensureStream } from './ensure.js';
import { observeAccess, observeTags } from './observe.js';
import { MAX_TAGS } from './parse-settings.js';
import { createRequest, driftLine, followUps, pendingValue, PENDING_TAG, planChanges, showEncryption, type DriftItem, type Value } from './plan.js';
import { outcome, type RunOutcome } from './outcome.js';
import { observe } from './plan-document.js';
import { checkPlan } from './reviewed-plan.js';
import type { Session } from './session.js';

export interface ReconcileDeps {
  /** Provenance tags for a new stream (loaded only when creating). */
  provenance: () => Promise<Record<string, string>>;
  /** Resolves KMS key references (kms:DescribeKey); without it an alias/ARN mismatch cannot be told. */
  keys?: KeyLookup;
}

export async function reconcile(session: Session, deps: ReconcileDeps): Promise<RunOutcome> {
  const { spec, log, name } = session;
  const ensured = await ensureStream(session, async () => {
    const req = createRequest(spec, await creationTags(session, deps));
    checkPlan(session, observe(spec, undefined), creationRows(spec));
    await checkQuota(session, { kind: 'create', mode: spec.streamMode ?? 'PROVISIONED', shards: req.ShardCount ?? 0 });
    return req;
  });

  if (ensured.outcome === 'planned') {
    const rows = creationRows(spec);
    return outcome('dry run', { drift: rows, rows });
  }
  let stream = ensured.stream as StreamDescriptionSummary;
  const arn = stream.StreamARN ?? '';
  const found = ensured.outcome;
  // What is compared: the declared settings, with a KMS alias that names the stream's key counted as equal.
  const declared: DeclaredSettings = { ...spec, encryption: await comparableEncryption(spec.encryption, stream, deps.keys, log) };
  const later = followUps(declared);
  const laterDrift = planChanges(later, stream).drift;
  // Consumers and resource policies are looked at only when declared (none exist on a stream just created).
  let access = declaresAccess(spec) && found !== 'created' ? await observeAccess(session, spec, arn) : undefined;
  const firstAccess = declaresAccess(spec) ? planAccess(spec, arn, access ?? { consumers: [], policies: new Map() }) : undefined;

  // Tags are read when declared, or when follow-up settings differ on a stream found ACTIVE: then a
  // PENDING_TAG says an earlier run created it and failed before applying them (optional: a role that
  // may not list tags just does not get that check).
  const followUpsDiffer = laterDrift.length > 0 || (firstAccess?.drift.length ?? 0) > 0;
  const needTags = found !== 'created' && (spec.tags !== undefined || (!ensured.fresh && followUpsDiffer));
  let tags = needTags ? await observeTags(session, spec.tags === undefined) : undefined;
  const unfinished = tags !== undefined && Object.prototype.hasOwnProperty.call(tags, PENDING_TAG);
  // The plan is checked before the first change; a stream this run created had its (absent) plan checked
  // before CreateStream. One that someone else created meanwhile is checked again: it is not the reviewed state.
  if (found === 'found' || (ensured.foreign && spec.expectedPlan)) {
    const pending: Record<string, Value> = tags ? { [`tags.${PENDING_TAG}`]: unfinished ? tags[PENDING_TAG] : null } : {};
    checkPlan(session, observe(spec, stream, tags, { ...pending, ...firstAccess?.observed }), [
      ...planChanges(declared, stream, tags).drift,
      ...(firstAccess?.drift ?? []),
    ]);
  }

  // Retention, encryption, metrics, consumers and policies do not go into CreateStream: they follow
  // once it is ACTIVE. A run that found a stream another run was creating a moment ago (parallel
  // jobs), or one an earlier run created and did not finish, does the same: the creation the workflow
  // declared is completed instead of warning or failing on settings not applied yet.
  if ((ensured.fresh || unfinished) && !spec.dryRun) {
    if (unfinished && !ensured.fresh) {
      log.info(`Stream "${name}" was created by an earlier run that did not apply every declared setting (tag ${PENDING_TAG}): finishing the creation.`);
    }
    if (laterDrift.length > 0) {
      log.info(`Applying ${laterDrift.length} setting(s) that CreateStream does not take.`);
      stream = (await converge(session, stream, later)).stream;
    }
    if (declaresAccess(spec)) access = (await convergeAccess(session, spec, arn, access)).seen;
    if (unfinished || (session.created && pendingValue(spec) !== '')) {
      tags = await finishCreation(session, tags);
    }
    if (found === 'created') {
      return outcome('created', {
        stream,
        created: true,
        rows: [...laterDrift, ...(firstAccess?.drift ?? [])],
        consumerArns: consumerArns(spec, access?.consumers),
      });
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
      for (const consumer of accessPlan.creating) await untilConsumerActive(session, arn, consumer);
    }
    log.info(`Stream "${name}" matches every declared setting.`);
    return outcome(found, { stream, changed: unfinished, consumerArns: arns() });
  }
  const listed = drift.map(driftLine).join('; ');

  if (spec.onDrift === 'fail') {
    const failure = `Stream "${name}" differs from the workflow (on-drift: fail), nothing was changed: ${listed}.`;
    if (spec.dryRun) {
      for (const d of drift) log.warning(`Stream "${name}" drift: ${driftLine(d)}. A real run would fail (on-drift: fail).`);
      return outcome('dry run', { stream, drift, rows: drift, consumerArns: arns() });
    }
    return outcome(found, { stream, drift, rows: drift, failure, consumerArns: arns() });
  }

  if (spec.onDrift === 'report' && !(unfinished && spec.dryRun)) {
    for (const d of drift) {
      log.warning(`Stream "${name}" drift: ${driftLine(d)}. Nothing was changed (on-drift: report); set on-drift: update to apply it.`);
    }
    return outcome(spec.dryRun ? 'dry run' : 'drift reported', { stream, drift, rows: drift, consumerArns: arns() });
  }

  const blocked = drift.filter((d) => d.blocked);
  if (blocked.length > 0) {
    const failure = `Stream "${name}" cannot be brought to the declared settings, so nothing was changed: ${blocked.map(driftLine).join('; ')}.`;
    return outcome(found, { stream, drift, rows: drift, failure, consumerArns: arns() });
  }
  // A rescale or a switch to ON_DEMAND that the account's limits cannot take fails here, before any change.
  const growth = growthOf(plan.changes, stream.OpenShardCount ?? 0);
  if (growth) await checkQuota(session, growth);
  if (spec.dryRun) {
    const why = unfinished ? ` (an earlier run created it and did not finish: tag ${PENDING_TAG})` : '';
    const steps = plan.changes.length + (accessPlan?.changes.length ?? 0);
    log.info(`Dry run: stream "${name}" would be updated in ${steps} step(s)${why}: ${drift.map((d) => d.action).join('; ')}. Nothing was changed.`);
    return outcome('dry run', { stream, drift, rows: drift, consumerArns: arns() });
  }
  log.info(`Stream "${name}" differs from the workflow (on-drift: update): ${listed}.`);
  const done = await converge(session, stream, declared, tags);
  let accessApplied = 0;
  if (access) {
    const result = await convergeAccess(session, spec, arn, access);
    access = result.seen;
    accessApplied = result.applied;
  }
  return outcome('updated', {
    stream: done.stream,
    changed: done.applied.length > 0 || accessApplied > 0 || unfinished,
    drift,
    rows: drift,
    consumerArns: arns(),
  });
}

/** Removes PENDING_TAG once every follow-up setting is applied (removing a missing key is not an error). */
async function finishCreation(session: Session, tags: Record<string, string> | undefined): Promise<Record<string, string> | undefined> {
  const sent = await session.mutate(
    'RemoveTagsFromStream',
    (abortSignal) => session.gateway.client.send(new RemoveTagsFromStreamCommand({ ...session.ref, TagKeys: [PENDING_TAG] }), { abortSignal }),
    // The settings are applied either way: a mark left behind only makes the next run look again.
    { tolerate: ['access-denied', 'in-use'] },
  );
  if (sent.kind === 'refused') {
    const why =
      sent.error === 'access-denied'
        ? 'kinesis:RemoveTagsFromStream denied: allow it, or remove the tag by hand'
        : 'the stream was busy; the next run removes it';
    session.log.warning(`Stream "${session.name}" has every declared setting, but tag ${PENDING_TAG} could not be removed (${why}).`);
  }
  if (!tags) return tags;
  const rest: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(tags)) if (k !== PENDING_TAG) rest[k] = v;
  return rest;
}

/**
 * User tags, provenance tags, and PENDING_TAG when settings must follow CreateStream. Within the 50
 * tags a stream takes: provenance goes first (with a warning), then the pending mark.
 */
async function creationTags(session: Session, deps: ReconcileDeps): Promise<Record<string, string>> {
  const { spec, log } = session;
  const user = Object.keys(spec.tags ?? {}).length;
  const pending = pendingValue(spec);
  let mark: Record<string, string> = pending ? { [PENDING_TAG]: pending } : {};
  if (pending && user + 1 > MAX_TAGS) {
    log.warning(
      `No room for the ${PENDING_TAG} tag next to ${user} declared tags: if this run fails before applying ${pending}, a re-run will only report it as drift.`,
    );
    mark = {};
  }
  const room = MAX_TAGS - user - Object.keys(mark).length;
  if (!spec.provenanceTags) return mark;
  const extra = await deps.provenance();
  if (Object.keys(extra).length > room) {
    log.warning(`Provenance tags skipped: with the ${user} declared tags they would exceed the ${MAX_TAGS} tags a stream takes.`);
    return mark;
  }
  return { ...extra, ...mark };
}

/** What a dry run on a missing stream would create: every declared setting, current unset. */
function creationRows(spec: DesiredSpec): DriftItem[] {
  const rows: DriftItem[] = [{ setting: 'stream', current: 'absent', desired: 'present', action: 'CreateStream' }];
  const add = (setting: string, desired: string | number | undefined, action: string): void => {
    if (desired !== undefined) rows.push({ setting, current: null, desired, action });
  };
  add('stream-mode', spec.streamMode ?? 'PROVISIONED', 'CreateStream');
  if ((spec.streamMode ?? 'PROVISIONED') === 'PROVISIONED') add('shard-count', spec.shardCount ?? 1, 'CreateStream');
  add('max-record-size-kib', spec.maxRecordSizeKiB, 'CreateStream');
  for (const [k, v] of Object.entries(spec.tags ?? {})) add(`tags.${k}`, v, 'CreateStream');
  add('retention-hours', spec.retentionHours, 'IncreaseStreamRetentionPeriod');
  if (spec.encryption) add('encryption', showEncryption(spec.encryption), spec.encryption.type === 'KMS' ? 'StartStreamEncryption' : 'none');
  if (spec.shardLevelMetrics) add('shard-level-metrics', spec.shardLevelMetrics.join(',') || 'NONE', 'EnableEnhancedMonitoring');
  if (spec.streamMode === 'ON_DEMAND') add('warm-throughput-mibps', spec.warmThroughputMiBps, 'CreateStream');
  for (const name of spec.consumers ?? []) add(`consumers.${name}`, 'ACTIVE', 'RegisterStreamConsumer');
  if (spec.resourcePolicy) add('resource-policy', 'declared policy', 'PutResourcePolicy');
  if (spec.readerAccountIds) add('reader-account-ids', `read for ${spec.readerAccountIds.join(', ')}`, 'PutResourcePolicy');
  return rows;
}
