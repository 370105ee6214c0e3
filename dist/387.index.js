export const id = 387;
export const ids = [387];
export const modules = {

/***/ 9387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NOT_VISIBLE_FOR_MS: () => (/* binding */ NOT_VISIBLE_FOR_MS),
/* harmony export */   jobEndSpec: () => (/* binding */ jobEndSpec),
/* harmony export */   notMine: () => (/* binding */ notMine)
/* harmony export */ });
/* harmony import */ var _model_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3552);
/* harmony import */ var _plan_creation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6346);


/** How far AWS's clock and the runner's may disagree. */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * The teardown the post step runs: the main step's stream, in the region and account the main step saw
 * it (a later step may have configured others), its guards, nothing to review or comment.
 */
function jobEndSpec(spec, saved) {
    return {
        ...spec,
        ...(saved ? { region: saved.region } : {}),
        ...(saved?.account ? { allowedAccountIds: [saved.account] } : {}),
        state: 'absent',
        dryRun: false,
        expectedPlan: undefined,
        commentOnPr: false,
        allowForeignDelete: false,
        enforceChannelDeletion: false,
        sweep: false,
    };
}
/**
 * Why the stream found is not the one the main step created (undefined: it is). Its creation time when
 * the main step saw it; otherwise (cancelled, or an answer lost while CreateStream was out) the step's
 * own mark in its tags, without which a stream another job made under the name is never deleted.
 */
function notMine(saved) {
    return (s, tags) => {
        const created = s.StreamCreationTimestamp?.getTime();
        if (saved.createdAt !== undefined) {
            return created === saved.createdAt
                ? undefined
                : `a stream of that name created at ${created === undefined ? 'an unknown time' : (0,_plan_creation_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(created)} is there, not the one this job ` +
                    `created at ${(0,_plan_creation_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(saved.createdAt)}`;
        }
        if (created !== undefined && created < saved.since - CLOCK_SKEW_MS)
            return `it was created at ${(0,_plan_creation_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(created)}, before this job's CreateStream`;
        if (!saved.nonce)
            return undefined;
        if (!tags)
            return `its tags could not be read, so it cannot be told from a stream another job created under the name (allow kinesis:ListTagsForStream)`;
        return tags[_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2] === saved.nonce ? undefined : "it does not carry this step's mark: another job created it under the name";
    };
}
/** How long a stream the main step may have made can stay invisible (AWS is eventually consistent) before it counts as gone. */
const NOT_VISIBLE_FOR_MS = 30_000;


/***/ })

};

//# sourceMappingURL=387.index.js.map