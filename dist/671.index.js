export const id = 671;
export const ids = [671];
export const modules = {

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   foreignOwner: () => (/* binding */ foreignOwner),
/* harmony export */   ownerTags: () => (/* binding */ ownerTags),
/* harmony export */   teardown: () => (/* binding */ teardown)
/* harmony export */ });
/* harmony import */ var _aws_operations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5499);
/* harmony import */ var _model_outcome_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5093);
/* harmony import */ var _model_tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3552);
/* harmony import */ var _plan_lifetime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8600);
/* harmony import */ var _plan_observed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5511);
/* harmony import */ var _shared_action_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9008);
/* harmony import */ var _shared_show_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8280);
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(720);
/* harmony import */ var _observe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7155);
/* harmony import */ var _reviewed_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3629);










/**
 * The repository a stream belongs to when that is not this one (GitHub names are case-insensitive);
 * undefined when it is this one, when the stream has no owner tag, or when this run cannot tell.
 */
function foreignOwner(tags, repository) {
    if (!repository)
        return undefined;
    // Tag keys are case-sensitive in AWS, so GitHub:Repository is another key: it names an owner all the same.
    return ownerTags(tags).find((owner) => owner.toLowerCase() !== (0,_model_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .tagValue */ .EZ)(repository).toLowerCase());
}
/** The values of every owner tag of the stream, whatever the case of its key (one reading for teardown and sweep). */
const ownerTags = _plan_lifetime_js__WEBPACK_IMPORTED_MODULE_0__/* .ownersOf */ .K2;
/** The rows of a deletion: the stream, then each channel deleted before it (one row for channels not listed). */
function deletionRows(row, channels, seen = []) {
    const rows = [row];
    for (const name of channels?.names ?? []) {
        const status = seen.find((c) => c.name === name)?.status ?? 'ACTIVE';
        rows.push({ setting: `channels.${name}`, current: status, desired: 'absent', action: status === 'DELETING' ? 'none' : 'DeleteChannel' });
    }
    if (channels && !channels.names)
        rows.push({ setting: 'channels', current: `${channels.count} attached`, desired: 'absent', action: 'DeleteChannel' });
    return rows;
}
/** The calls of a deletion, in order: each channel not already DELETING first (AWS deletes no stream that has one). */
const deletionSteps = (seen = []) => [...seen.filter((c) => c.status !== 'DELETING').map(() => 'DeleteChannel'), 'DeleteStream'];
/** A deletion this run made: its rows, its steps and what it took with it. */
const done = (taken) => taken
    ? {
        rows: deletionRows({ setting: 'stream', current: 'ACTIVE', desired: 'absent', action: 'DeleteStream' }, taken.deletion.channels, taken.channels),
        steps: deletionSteps(taken.channels),
        deletion: taken.deletion,
    }
    : {};
const createdAt = (s) => s?.StreamCreationTimestamp?.getTime();
/** Deletes the stream's channels and waits until the stream counts none (DeleteStream is refused before). */
async function deleteChannels(ctx, channels) {
    const name = ctx.spec.streamName;
    for (const c of channels.filter((x) => x.status !== 'DELETING')) {
        ctx.log.info(`Stream "${name}": deleting channel "${c.name}" (DeleteChannel); what it delivered stays where it is.`);
        await ctx.calls.mutate((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_7__/* .deleteChannel */ .D3)(c.arn), { tolerate: ['not-found'] });
    }
    await ctx.stream.waitFor(`let its ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(channels.length, 'channel')} finish deleting`, () => ctx.stream.describe('now'), (s) => !s || (s.ChannelCount ?? 0) === 0);
}
async function teardown(ctx, deps = {}) {
    const { spec, log, stream: watch, record } = ctx;
    const name = spec.streamName;
    let arnSeen;
    let previous;
    /** Creation time of the stream being deleted (by this run or another): a different one is a new stream. */
    let doomed;
    /** What this run's DeleteStream took with it, for the summary. */
    let taken;
    watch.restartWait('be deleted');
    const lookUntil = deps.visibleWithinMs === undefined ? undefined : ctx.budget.clock.now() + deps.visibleWithinMs;
    let stream = await watch.describe('now');
    for (;;) {
        const gone = !stream || (doomed !== undefined && createdAt(stream) !== undefined && createdAt(stream) !== doomed);
        // The post step of a creation it never saw: not found may be "not visible yet" for a while.
        if (!stream && doomed === undefined && !record.deleted && lookUntil !== undefined && ctx.budget.clock.now() < lookUntil) {
            if (previous !== 'not visible')
                log.info(`Stream "${name}" is not visible (yet): looking again for up to ${deps.visibleWithinMs / 1000} s.`);
            previous = 'not visible';
            stream = await watch.describe('next-poll');
            continue;
        }
        if (gone) {
            if (!record.deleted && !record.plan)
                (0,_reviewed_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlan */ .G)(ctx, (0,_plan_observed_js__WEBPACK_IMPORTED_MODULE_1__/* .observedState */ .w4)(spec, undefined), []);
            if (record.deleted)
                log.info(`Stream "${name}" is deleted.`);
            else if (doomed !== undefined)
                log.info(`Stream "${name}" is gone: someone else deleted it.`);
            else
                log.info(`Stream "${name}" does not exist in ${spec.region}: nothing to delete.`);
            if (stream) {
                // Someone re-created the name meanwhile: that stream is not the one this run was asked to remove.
                log.warning(`A new stream "${name}" (${stream.StreamStatus}) was created after the old one was deleted; it was left alone.`);
                return (0,_model_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .outcome */ .b)(record.deleted ? 'deleted' : 'already absent', { deleted: record.deleted, stream, ...(record.deleted ? done(taken) : {}) });
            }
            // Gone: keep the ARN it had (no status), so later steps can still name it.
            const arn = arnSeen ? { StreamARN: arnSeen, StreamName: name } : undefined;
            return (0,_model_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .outcome */ .b)(record.deleted ? 'deleted' : 'already absent', { deleted: record.deleted, stream: arn, ...(record.deleted ? done(taken) : {}) });
        }
        const current = stream;
        arnSeen = current.StreamARN ?? arnSeen;
        const status = current.StreamStatus ?? 'UNKNOWN';
        if (status === 'DELETING')
            doomed ??= createdAt(current) ?? -1;
        if (status === 'ACTIVE' && doomed === undefined) {
            (0,_account_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAccount */ .g)(ctx, (0,_account_js__WEBPACK_IMPORTED_MODULE_3__/* .accountOfArn */ .K)(current.StreamARN), 'changing');
            const consumers = current.ConsumerCount ?? 0;
            const channelCount = current.ChannelCount ?? 0;
            // Who owns it (optional: a role that may not list tags gets no ownership guard, and is told so).
            const tags = await (0,_observe_js__WEBPACK_IMPORTED_MODULE_4__/* .observeTags */ ._R)(ctx, true);
            const other = deps.notMine?.(current, tags);
            if (other) {
                log.info(`Stream "${name}" is not deleted at job end: ${other}.`);
                return (0,_model_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .outcome */ .b)('kept', { stream: current });
            }
            if (!tags)
                log.warning(`Ownership of stream "${name}" not checked: kinesis:ListTagsForStream was denied; allow it to have the ${_model_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .OWNER_TAG */ .FX} tag checked before deleting.`);
            // Every owner tag the guard reads, whatever the case of its key.
            const seen = {
                consumers,
                // Only when there are any: plans made before channels existed keep their fingerprint.
                ...(channelCount ? { channels: channelCount } : {}),
                ...(tags ? { [`tags.${_model_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .OWNER_TAG */ .FX}`]: ownerTags(tags).join(', ') || null } : {}),
            };
            const row = {
                setting: 'stream',
                current: status,
                desired: 'absent',
                action: consumers ? `DeleteStream with ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(consumers, 'consumer')}` : 'DeleteStream',
            };
            // The channels that must go first, by name (their ARNs are what DeleteChannel takes; optional unless they are to be deleted).
            const channels = channelCount > 0 ? await (0,_observe_js__WEBPACK_IMPORTED_MODULE_4__/* .observeChannels */ .bM)(ctx, current.StreamARN ?? '', !spec.enforceChannelDeletion) : [];
            // A listing that names none of the channels the stream counts (denied, or not caught up yet) gives their number only.
            const channelList = channels?.length ? channels : undefined;
            const gone = channelCount > 0 ? { count: channelList?.length ?? channelCount, names: channelList?.map((c) => c.name) } : undefined;
            (0,_reviewed_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlan */ .G)(ctx, (0,_plan_observed_js__WEBPACK_IMPORTED_MODULE_1__/* .observedState */ .w4)({}, current, tags, seen), deletionRows(row, gone, channelList));
            if (!deps.repository && !spec.allowForeignDelete && ownerTags(tags).length > 0) {
                log.warning(`Ownership of stream "${name}" not checked: GITHUB_REPOSITORY is not set (not a GitHub Actions run?), so its ${_model_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .OWNER_TAG */ .FX} tag ` +
                    `(${ownerTags(tags).join(', ')}) could not be compared with this repository.`);
            }
            const owner = spec.allowForeignDelete ? undefined : foreignOwner(tags, deps.repository);
            if (owner !== undefined) {
                throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Stream "${name}" belongs to repository ${owner} (its ${_model_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .OWNER_TAG */ .FX} tag), not to ${deps.repository}, so nothing was deleted. ` +
                    'Set the "allow-foreign-delete" input to true to delete it anyway.');
            }
            // The consumers that go with it, by name, for the reviewer (optional: a role that may not list them gets the count).
            const names = consumers > 0 ? (await (0,_observe_js__WEBPACK_IMPORTED_MODULE_4__/* .observeConsumers */ .qM)(ctx, current.StreamARN ?? '', true))?.map((c) => c.name) : undefined;
            const deletion = { retentionHours: current.RetentionPeriodHours ?? 24, consumers, consumerNames: names, ...(gone ? { channels: gone } : {}) };
            const listed = names?.length ? ` (${names.join(', ')})` : '';
            const theirs = consumers ? ` ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(consumers, 'consumer')}${listed}` : '';
            // A stream this job created goes with the consumers it declared itself; any other one blocks.
            const own = names !== undefined && names.length === consumers && names.every((n) => deps.ownConsumers?.includes(n));
            const enforce = spec.enforceConsumerDeletion || (consumers > 0 && own);
            if (consumers > 0 && !enforce) {
                throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Stream "${name}" has ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(consumers, 'registered consumer')}${listed}; deleting the stream would deregister ` +
                    `${consumers === 1 ? 'it' : 'them'}, so nothing was changed. ` +
                    'Set the "enforce-consumer-deletion" input to true to delete it anyway.');
            }
            const [them, they] = gone?.count === 1 ? ['it', 'it'] : ['them', 'they'];
            if (gone && !spec.enforceChannelDeletion) {
                throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Stream "${name}" has ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(gone.count, 'channel')}${gone.names ? ` (${gone.names.join(', ')})` : ''} delivering its records; AWS deletes no ` +
                    `stream with channels, and deleting ${them} stops that delivery, so nothing was changed. Set the "enforce-channel-deletion" input to true to ` +
                    `delete ${them} first (what ${they} delivered stays where it is).`);
            }
            if (gone && !gone.names) {
                // DeleteChannel takes each channel's ARN: without the listing there is nothing to send.
                throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Stream "${name}" counts ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(gone.count, 'channel')}, but ListChannels named none of them (denied, or not caught up yet), so nothing was ` +
                    'changed: allow kinesis:ListChannels, or run again.');
            }
            const records = `every record in it (${deletion.retentionHours} h retention)`;
            const alsoChannels = gone ? `, after deleting its ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_8__/* .count */ .U)(gone.count, 'channel')} (${gone.names?.join(', ') ?? ''})` : '';
            if (spec.dryRun) {
                log.info(`Dry run: stream "${name}" would be deleted with ${records}${consumers ? ` and its${theirs}` : ''}${alsoChannels}. Nothing was changed.`);
                return (0,_model_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .outcome */ .b)('dry run', { stream: current, rows: deletionRows(row, gone, channelList), steps: deletionSteps(channelList), deletion });
            }
            log.info(`Deleting stream "${name}" with ${records}${consumers ? ` and its${theirs}` : ''}${alsoChannels}.`);
            taken = { deletion, channels: channelList };
            if (channelList)
                await deleteChannels(ctx, channelList);
            const sent = await ctx.calls.mutate((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_7__/* .deleteStream */ .OT)(watch.currentRef, enforce), {
                // Gone already, or busy (DELETING by another run, or not ACTIVE after all): look again.
                tolerate: ['not-found', 'in-use'],
                tookEffect: async () => {
                    const now = await watch.describe('now');
                    return !now || now.StreamStatus === 'DELETING' || createdAt(now) !== createdAt(current);
                },
            });
            if (sent.kind !== 'refused') {
                record.noteDeleted();
                doomed = createdAt(current) ?? -1;
                watch.assume('DELETING');
                watch.restartWait('be deleted');
            }
        }
        else if (status !== previous) {
            log.info(status === 'DELETING'
                ? `Stream "${name}" is DELETING: waiting until it is gone (timeout ${spec.timeoutSeconds} s).`
                : `Stream "${name}" is ${status}: waiting for it to settle before deleting it.`);
        }
        previous = status;
        stream = await watch.describe('next-poll');
    }
}


/***/ })

};

//# sourceMappingURL=671.index.js.map