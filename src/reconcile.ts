// state: present. Ensure the stream exists and is ACTIVE, then compare the declared settings and act
// on the differences by the drift policy: report (warn), fail, or update (apply in a safe order).
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { converge } from './apply.js';
import type { DeclaredSettings, DesiredSpec } from './desired-spec.js';
import { ensureStream } from './ensure.js';
import { observeTags } from './observe.js';
import { MAX_TAGS } from './parse-settings.js';
import { createRequest, driftLine, planChanges, type DriftItem } from './plan.js';
import { outcome, type RunOutcome } from './outcome.js';
import type { Session } from './session.js';

export interface ReconcileDeps {
  /** Provenance tags for a new stream (loaded only when creating). */
  provenance: () => Promise<Record<string, string>>;
}

export async function reconcile(session: Session, deps: ReconcileDeps): Promise<RunOutcome> {
  const { spec, log, name } = session;
  const ensured = await ensureStream(session, async () => createRequest(spec, await creationTags(session, deps)));

  if (ensured.outcome === 'planned') {
    const rows = creationRows(spec);
    return outcome('dry run', { drift: rows, rows });
  }
  let stream = ensured.stream as StreamDescriptionSummary;

  // Retention, encryption and metrics do not go into CreateStream: they follow once it is ACTIVE. A run
  // that found a stream another run was creating a moment ago (parallel jobs) does the same: all of them
  // converge to the declared values instead of warning or failing on settings not applied yet.
  const followUps: DeclaredSettings = { retentionHours: spec.retentionHours, encryption: spec.encryption, shardLevelMetrics: spec.shardLevelMetrics };
  if (ensured.fresh && !spec.dryRun) {
    const rows = planChanges(followUps, stream).drift;
    if (rows.length > 0) {
      log.info(`Applying ${rows.length} setting(s) that CreateStream does not take.`);
      stream = (await converge(session, stream, followUps)).stream;
    }
    if (ensured.outcome === 'created') return outcome('created', { stream, created: true, rows });
  }

  const tags = spec.tags ? await observeTags(session) : undefined;
  const plan = planChanges(spec, stream, tags);
  const found = ensured.outcome;
  if (plan.drift.length === 0) {
    log.info(`Stream "${name}" matches every declared setting.`);
    return outcome(found, { stream });
  }
  const drift = plan.drift;
  const listed = drift.map(driftLine).join('; ');

  if (spec.onDrift === 'fail') {
    const failure = `Stream "${name}" differs from the workflow (on-drift: fail), nothing was changed: ${listed}.`;
    if (spec.dryRun) {
      for (const d of drift) log.warning(`Stream "${name}" drift: ${driftLine(d)}. A real run would fail (on-drift: fail).`);
      return outcome('dry run', { stream, drift, rows: drift });
    }
    return outcome(found, { stream, drift, rows: drift, failure });
  }

  if (spec.onDrift === 'report') {
    for (const d of drift) {
      log.warning(`Stream "${name}" drift: ${driftLine(d)}. Nothing was changed (on-drift: report); set on-drift: update to apply it.`);
    }
    return outcome(spec.dryRun ? 'dry run' : 'drift reported', { stream, drift, rows: drift });
  }

  const blocked = drift.filter((d) => d.blocked);
  if (blocked.length > 0) {
    const failure = `Stream "${name}" cannot be brought to the declared settings, so nothing was changed: ${blocked.map(driftLine).join('; ')}.`;
    return outcome(found, { stream, drift, rows: drift, failure });
  }
  if (spec.dryRun) {
    log.info(`Dry run: stream "${name}" would be updated in ${plan.changes.length} step(s): ${drift.map((d) => d.action).join('; ')}. Nothing was changed.`);
    return outcome('dry run', { stream, drift, rows: drift });
  }
  log.info(`Stream "${name}" differs from the workflow (on-drift: update): ${listed}.`);
  const done = await converge(session, stream, spec, tags);
  return outcome('updated', { stream: done.stream, changed: done.applied.length > 0, drift, rows: drift });
}

/** User tags plus provenance tags; provenance is dropped (with a warning) when both exceed 50. */
async function creationTags(session: Session, deps: ReconcileDeps): Promise<Record<string, string>> {
  if (!session.spec.provenanceTags) return {};
  const extra = await deps.provenance();
  const user = Object.keys(session.spec.tags ?? {}).length;
  if (user + Object.keys(extra).length > MAX_TAGS) {
    session.log.warning(`Provenance tags skipped: with the ${user} declared tags they would exceed the ${MAX_TAGS} tags a stream takes.`);
    return {};
  }
  return extra;
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
  if (spec.encryption) add('encryption', spec.encryption.type === 'KMS' ? `KMS ${spec.encryption.keyId}` : 'NONE', spec.encryption.type === 'KMS' ? 'StartStreamEncryption' : 'none');
  if (spec.shardLevelMetrics) add('shard-level-metrics', spec.shardLevelMetrics.join(',') || 'NONE', 'EnableEnhancedMonitoring');
  return rows;
}
