// The action's flow: inputs → desired spec → (reconcile | teardown): observe → plan → apply → wait →
// report. Every failure path, whatever was thrown, ends in fail() (core.setFailed, through report/log.ts).
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { createKinesisClient } from './aws/client.js';
import { callBudgetMs, callSignal, KinesisGateway } from './aws/gateway.js';
import { kmsKeyResolver, type KeyResolver } from './aws/kms.js';
import { networkAgents } from './aws/network.js';
import { stsAccountResolver, type AccountResolver } from './aws/sts.js';
import { readInputs } from './inputs/read.js';
import { parseSpec } from './inputs/spec.js';
import { outcome, type RunOutcome } from './model/outcome.js';
import { consumerArns } from './plan/access.js';
import { actionLog, fail, protectSecrets } from './report/log.js';
import { setOutputs } from './report/outputs.js';
import { summaryMarkdown, writeSummary, type Report } from './report/summary.js';
import { endLine } from './report/words.js';
import { createRunContext, type RunContext } from './runtime/context.js';
import { RunRecord } from './runtime/record.js';
import { ActionError } from './shared/action-error.js';
import { systemClock, type Clock } from './shared/clock.js';
import { redactLine } from './shared/safe-text.js';
import { count } from './shared/show.js';
import { reconcile } from './stages/reconcile.js';
import { reviewedInputProblems } from './stages/reviewed-plan.js';
import { markMainStep, readJobEnd, saveJobEnd } from './report/job-state.js';

export interface RunOptions {
  clock?: Clock;
  /** Aborted when the runner cancels the step (SIGINT/SIGTERM, wired in index.ts). */
  cancel?: AbortSignal;
  /** For tests: a client to use instead of building one from the inputs. */
  client?: KinesisClient;
  env?: Record<string, string | undefined>;
  provenance?: () => Promise<Record<string, string>>;
  /** For tests: a KMS key resolver instead of kms:DescribeKey. */
  keys?: KeyResolver;
  /** For tests: an account resolver instead of sts:GetCallerIdentity. */
  accounts?: AccountResolver;
  /** For tests: what posts the pull-request comment. */
  comment?: (typeof import('./report/pr-comment.js'))['commentOnPullRequest'];
  /** The post step (runs.post): delete-at-job-end's deletion, if the main step created a stream. */
  phase?: 'main' | 'post';
}

/**
 * One step as the runner runs it. The runner cancels a step with SIGINT, then SIGTERM: the first stops
 * the wait and reports what was left in progress; a second one exits.
 */
export async function runStep(phase: 'main' | 'post'): Promise<void> {
  // The main step says so first, before anything that could fail: its post step never runs the main flow.
  if (phase === 'main') markMainStep();
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(1);
      actionLog.info(`Received ${signal}: stopping.`);
      controller.abort(new Error(`received ${signal}`));
    });
  }
  await run({ cancel: controller.signal, phase });
  // Signal handlers must not keep a finished run alive.
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    await runSteps(options);
  } catch (err) {
    fail(failureLine(err));
  }
}

async function runSteps(options: RunOptions): Promise<void> {
  const clock = options.clock ?? systemClock;
  const cancel = options.cancel ?? new AbortController().signal;
  const env = options.env ?? process.env;

  const raw = readInputs();
  const post = options.phase === 'post';
  // The post step of a step that does not delete at job end: nothing to do, not even a line.
  if (post && !/^true$/i.test(raw['delete-at-job-end'])) return;
  // The network set-up (proxy variables, AWS_CA_BUNDLE) is read from the process, as proxy-from-env does.
  const network = await networkAgents(process.env).catch((err: unknown) => failureLine(err));
  protectSecrets(env, [raw['github-token']], typeof network === 'string' ? [] : network.secrets);
  const parsed = parseSpec(raw, env);
  // The post step of a step whose inputs the main step refused: it reported them; nothing to do.
  if (post && !parsed.ok) return;
  // A reviewed plan made with other inputs is refused here too, and a network set-up that cannot work:
  // before any API call.
  // (The post step deletes; it checks no reviewed plan.)
  const reviewed = parsed.ok ? (post ? [] : reviewedInputProblems(parsed.spec)) : parsed.errors;
  const problems = [...reviewed, ...(typeof network === 'string' ? [network] : [])];
  if (!parsed.ok || problems.length > 0 || typeof network === 'string') {
    // One annotation per problem, all at once, before any API call; the summary lists them too.
    for (const problem of problems) fail(problem);
    await writeSummary({ streamName: raw['stream-name'], errors: problems });
    actionLog.info(`Failed after 0 API calls: ${count(problems.length, 'problem')} with the inputs or the runner's set-up; nothing was done.`);
    return;
  }
  const saved = post ? readJobEnd(env) : undefined;
  if (post && saved?.stream !== parsed.spec.streamName) {
    actionLog.info(
      `delete-at-job-end: this job did not create stream "${parsed.spec.streamName}" (it found it there, or stopped before CreateStream): nothing to delete.`,
    );
    return;
  }
  if (post && saved && saved.region !== parsed.spec.region) {
    actionLog.warning(
      `delete-at-job-end: the region is ${parsed.spec.region} now (a later step configured another?), but stream "${saved.stream}" was created in ` +
        `${saved.region}: deleting it there.`,
    );
  }
  // What only teardowns, sweeps, post steps, creations and PR comments need is loaded when they run
  // (each a chunk of its own): a run on an existing stream loads none of it.
  const jobEnd = post ? await import('./lifecycle/job-end.js') : undefined;
  const spec = jobEnd ? jobEnd.jobEndSpec(parsed.spec, saved) : parsed.spec;
  const start = clock.now();
  const deadline = start + spec.timeoutSeconds * 1000;
  const agents = { httpAgent: network.httpAgent, httpsAgent: network.httpsAgent };
  const client = options.client ?? createKinesisClient(spec, agents);
  const gateway = new KinesisGateway(client, clock, actionLog.debug, () => callSignal(cancel, callBudgetMs(clock.now(), deadline)));
  const customEndpoint = Boolean(spec.endpointUrl || env.AWS_ENDPOINT_URL_KINESIS || env.AWS_ENDPOINT_URL);
  actionLog.debug(
    `region ${spec.region}, endpoint ${spec.endpointUrl ?? (customEndpoint ? 'from AWS_ENDPOINT_URL*' : 'AWS default')}` +
      `${network.via ? `, through the proxy ${network.via} (NO_PROXY honoured)` : ''}`,
  );
  // What the run does is noted here as it happens: a run that fails half-way still reports it.
  const record = new RunRecord();
  const ctx = createRunContext(spec, { gateway, clock, log: actionLog, cancel, deadline, via: network.via, remember: saveJobEnd }, record);
  // KMS is asked only on AWS itself: a custom endpoint (endpoint-url or AWS_ENDPOINT_URL*, an emulator)
  // has no KMS beside it, and real KMS must not be asked about an emulator's keys.
  const signal = (): AbortSignal => callSignal(cancel, callBudgetMs(clock.now(), deadline));
  const keys = options.keys ?? (customEndpoint ? undefined : kmsKeyResolver(spec.region, actionLog, signal, agents));
  // STS likewise, unless AWS_ENDPOINT_URL_STS names one beside the emulator (LocalStack has one). A
  // test's own client has none.
  const askSts = !options.client && (!customEndpoint || Boolean(env.AWS_ENDPOINT_URL_STS));
  const accounts = options.accounts ?? (askSts ? stsAccountResolver(spec.region, actionLog, signal, agents) : undefined);

  let result: RunOutcome | undefined;
  let failure: string | undefined;
  try {
    type TeardownOptions = Parameters<(typeof import('./stages/teardown.js'))['teardown']>[1];
    const teardown = async (o: TeardownOptions): Promise<RunOutcome> => (await import('./stages/teardown.js')).teardown(ctx, o);
    result =
      saved && jobEnd
        ? await teardown({
            repository: env.GITHUB_REPOSITORY,
            notMine: jobEnd.notMine(saved),
            ownConsumers: spec.consumers,
            visibleWithinMs: saved.createdAt === undefined ? jobEnd.NOT_VISIBLE_FOR_MS : undefined,
          })
        : spec.sweep
          ? await sweepRun(ctx, spec.githubToken, env.GITHUB_REPOSITORY, signal)
          : spec.state === 'absent'
            ? await teardown({ repository: env.GITHUB_REPOSITORY })
            : await reconcile(ctx, {
                provenance: options.provenance ?? (async () => (await import('./inputs/provenance.js')).provenanceTags(env)),
                keys: keys?.lookup,
                runId: env.GITHUB_RUN_ID,
                account: accounts?.account,
              });
    result.consumerArns ??= consumerArns(spec, undefined);
    if (!post) setOutputs(spec.streamName, result, record.plan, spec.consumers, expiresAt(record));
    if (result.stream?.StreamARN && spec.state === 'present') actionLog.info(`stream-arn: ${result.stream.StreamARN}`);
    failure = result.failure;
    if (failure) fail(failure);
  } catch (err) {
    failure = failureLine(err);
    // A failed run still hands on what it knows: the ARN, created=true for a half-finished creation.
    result = outcome('failed', {
      stream: ctx.stream.lastSeen,
      created: record.created,
      deleted: record.deleted,
      consumerArns: consumerArns(spec, undefined),
      // Never read (access denied, no answer): unknown, which is not absent.
      unread: ctx.stream.lastStatus === 'not yet seen',
      sweep: record.sweep,
    });
    if (!post) setOutputs(spec.streamName, result, record.plan, spec.consumers, expiresAt(record));
    fail(failure);
  } finally {
    // The clients' handlers destroy the agents they were given: nothing of the network is left open.
    if (!options.client) client.destroy();
    network.httpAgent.destroy();
    network.httpsAgent.destroy();
    if (!options.keys) keys?.close();
    if (!options.accounts) accounts?.close();
  }
  const report: Report = {
    streamName: spec.streamName,
    jobEnd: post,
    expiry: record.expiry,
    region: spec.region,
    customEndpoint,
    dryRun: spec.dryRun,
    onDrift: spec.onDrift,
    result,
    elapsedMs: clock.now() - start,
    apiCalls: gateway.calls,
    changesSent: ctx.calls.changesSent,
    errors: failure ? [failure] : [],
    plan: record.plan,
    reviewed: record.reviewed,
    reviewedFingerprint: spec.expectedPlan?.fingerprint,
  };
  // The summary first: a run cancelled while GitHub is slow to take the comment still leaves its record.
  await writeSummary(report);
  if (spec.commentOnPr) {
    // Never fails the run, whatever goes wrong (a missing event payload, a bad GITHUB_API_URL...).
    try {
      const markdown = summaryMarkdown(report);
      const { commentOnPullRequest, runOf } = await import('./report/pr-comment.js');
      await (options.comment ?? commentOnPullRequest)({
        token: spec.githubToken,
        stream: spec.streamName,
        region: spec.region,
        markdown,
        log: actionLog,
        run: runOf(env, spec.dryRun),
        cancel,
      });
    } catch (err) {
      actionLog.warning(`comment-on-pr: the plan was not commented on the pull request: ${failureLine(err)}. The run itself is not affected.`);
    }
  }
  // Every run ends with one line that adds it up.
  const seconds = ((report.elapsedMs ?? 0) / 1000).toFixed(1);
  const finished = (result.steps?.length ?? 0) > 0;
  const rows = !failure ? result.sweep : undefined;
  const going = rows?.filter((row) => (spec.dryRun ? row.verdict === 'delete' : row.deleted)).length ?? 0;
  const kept = (rows?.length ?? 0) - going;
  const swept = spec.dryRun ? `${going} would be deleted, ${kept} kept (dry run: nothing was changed)` : `${going} deleted, ${kept} kept`;
  actionLog.info(
    rows
      ? `Done in ${seconds} s, ${count(gateway.calls, 'API call')}: sweep of "${spec.streamName}", ${swept}.`
      : endLine(spec.streamName, result.happened, seconds, gateway.calls, Boolean(failure), finished),
  );
}

/** The expires-at output: what the stream carries after the run (a dry run changes nothing). */
const expiresAt = (record: RunRecord): string => (record.expiry?.planned ? (record.expiry.from ?? '') : (record.expiry?.at ?? ''));

/** A sweep, with GitHub's word on the pull requests its streams were made for. */
async function sweepRun(ctx: RunContext, token: string, repository: string | undefined, signal: () => AbortSignal): Promise<RunOutcome> {
  const [{ sweep }, { pullRequestStates }] = await Promise.all([import('./lifecycle/sweep.js'), import('./lifecycle/pull-requests.js')]);
  return sweep(ctx, { repository, pullRequest: pullRequestStates(token, repository, actionLog, signal) });
}

/** One line for anything thrown: ours are already phrased; others are redacted and labelled. */
export function failureLine(err: unknown): string {
  if (err instanceof ActionError) return err.message;
  if (err instanceof Error) return `Unexpected error: ${redactLine(err.message || err.name)}`;
  return `Unexpected error: ${redactLine(String(err))}`;
}
