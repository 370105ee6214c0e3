export const id = 516;
export const ids = [516];
export const modules = {

/***/ 5516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matchingStreams: () => (/* binding */ matchingStreams),
/* harmony export */   sweep: () => (/* binding */ sweep)
/* harmony export */ });
/* harmony import */ var _aws_operations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);
/* harmony import */ var _model_outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5093);
/* harmony import */ var _plan_lifetime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8600);
/* harmony import */ var _shared_action_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9008);
/* harmony import */ var _shared_show_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8280);
/* harmony import */ var _stages_account_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(720);
/* harmony import */ var _stages_observe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7155);







/** 1000 names a page: 50 pages are 50,000 streams, far past any account's quota. */
const MAX_LIST_PAGES = 50;
/** Every stream in the region whose name matches the pattern, sorted. */
async function matchingStreams(ctx, pattern) {
    const matches = (0,_plan_lifetime_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .fU)(pattern);
    const names = new Set();
    let after;
    for (let page = 1;; page++) {
        const out = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .listStreams */ .UQ)(after));
        const batch = out?.StreamNames ?? [];
        for (const n of batch)
            if (typeof n === 'string' && matches(n))
                names.add(n);
        if (!out?.HasMoreStreams || batch.length === 0)
            break;
        if (page >= MAX_LIST_PAGES)
            throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`ListStreams still had more streams after ${page} pages; the endpoint's answers look wrong.`);
        after = out.NextToken ? { nextToken: out.NextToken } : { lastName: batch[batch.length - 1] };
    }
    return [...names].sort();
}
async function sweep(ctx, deps) {
    const { spec, log } = ctx;
    const pattern = spec.streamName;
    const names = await matchingStreams(ctx, pattern);
    log.info(`Sweep of "${pattern}" in ${spec.region}: ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(names.length, 'matching stream')}.`);
    const now = ctx.budget.clock.wallTime();
    const rows = [];
    const states = new Map();
    const judge = async (name) => {
        const tags = await (0,_stages_observe_js__WEBPACK_IMPORTED_MODULE_3__/* .observeTags */ ._R)(ctx, true, { StreamName: name });
        // A PR is looked up only when it decides: an owned stream that has not expired.
        const first = (0,_plan_lifetime_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepVerdict */ .wj)(name, tags, deps.repository, now, (n) => states.get(n));
        if (first.verdict === 'keep' && first.pr && !states.has(first.pr.number) && first.owner?.toLowerCase() === deps.repository?.toLowerCase()) {
            states.set(first.pr.number, await deps.pullRequest(first.pr.number));
            return (0,_plan_lifetime_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepVerdict */ .wj)(name, tags, deps.repository, now, (n) => states.get(n));
        }
        return first;
    };
    for (const name of names)
        rows.push(await judge(name));
    const doomed = [];
    for (const row of rows.filter((r) => r.verdict === 'delete')) {
        if (doomed.length >= spec.maxDeletions) {
            Object.assign(row, { verdict: 'keep', why: `${row.why}, but this run deletes at most ${spec.maxDeletions} (max-deletions)` });
            continue;
        }
        const why = await blocker(ctx, row.stream);
        if (typeof why === 'string') {
            Object.assign(row, { verdict: 'keep', why: `${row.why}, but ${why}` });
            continue;
        }
        // Never in an account the step may not change (allowed-account-ids), whatever the pattern matched.
        (0,_stages_account_js__WEBPACK_IMPORTED_MODULE_2__/* .checkAccount */ .g)(ctx, (0,_stages_account_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOfArn */ .K)(why.StreamARN), 'changing');
        doomed.push({ row, stream: why });
    }
    ctx.record.noteSweep(rows);
    const steps = doomed.map(() => 'DeleteStream');
    if (spec.dryRun) {
        log.info(`Dry run: the sweep would delete ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(doomed.length, 'stream')} and keep ${rows.length - doomed.length}. Nothing was changed.`);
        return (0,_model_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .outcome */ .b)('dry run', { sweep: rows, steps });
    }
    for (const { row, stream } of doomed) {
        // Read again just before: a preview job may have renewed its lease, or made the name anew, since the listing.
        const now2 = await blocker(ctx, row.stream);
        const again = typeof now2 === 'string' ? undefined : await judge(row.stream);
        const same = typeof now2 !== 'string' && now2.StreamCreationTimestamp?.getTime() === stream.StreamCreationTimestamp?.getTime();
        if (!again || again.verdict !== 'delete' || !same) {
            const why = typeof now2 === 'string' ? now2 : !same ? 'it was made anew since the listing' : `its tags changed since the listing (${again?.why})`;
            Object.assign(row, { verdict: 'keep', why: `${row.why}, but ${why}` });
            continue;
        }
        log.info(`Deleting stream "${row.stream}": ${row.why}.`);
        const sent = await ctx.calls.mutate((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .deleteStream */ .OT)({ StreamName: row.stream }, spec.enforceConsumerDeletion), { tolerate: ['not-found', 'in-use'] });
        if (sent.kind === 'refused')
            Object.assign(row, { verdict: 'keep', why: `${row.why}, but DeleteStream was refused (${sent.error}); the next sweep tries again` });
        else
            row.deleted = true;
        ctx.record.noteSweep(rows);
    }
    const deleted = rows.filter((r) => r.deleted).map((r) => r.stream);
    if (deleted.length) {
        ctx.stream.restartWait();
        await ctx.stream.waitFor(`let ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(deleted.length, 'deleted stream')} finish deleting`, () => matchingStreams(ctx, pattern), (left) => !deleted.some((n) => left.includes(n)));
    }
    log.info(`Sweep of "${pattern}": ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(deleted.length, 'stream')} deleted, ${rows.length - deleted.length} kept.`);
    return (0,_model_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .outcome */ .b)(deleted.length ? 'deleted' : 'already absent', { deleted: deleted.length > 0, sweep: rows, steps: deleted.map(() => 'DeleteStream') });
}
/** Why a stream the sweep is done with cannot be deleted now, or the stream (ACTIVE, nothing in the way). */
async function blocker(ctx, name) {
    const out = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStreamSummary */ .OK)({ StreamName: name }), ['not-found']);
    const s = out?.StreamDescriptionSummary;
    if (!s)
        return 'it is gone already';
    if (s.StreamStatus === 'DELETING')
        return 'it is being deleted already';
    if (s.StreamStatus !== 'ACTIVE')
        return `it is ${s.StreamStatus ?? 'in an unknown state'}; the next sweep takes it`;
    const consumers = s.ConsumerCount ?? 0;
    if (consumers > 0 && !ctx.spec.enforceConsumerDeletion)
        return `it has ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(consumers, 'registered consumer')} (enforce-consumer-deletion)`;
    if ((s.ChannelCount ?? 0) > 0)
        return `it has ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(s.ChannelCount ?? 0, 'channel')} (a sweep leaves those to a teardown of its own)`;
    return s;
}


/***/ })

};

//# sourceMappingURL=516.index.js.map