export const id = 917;
export const ids = [917];
export const modules = {

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   markMainStep: () => (/* binding */ markMainStep),
/* harmony export */   readJobEnd: () => (/* binding */ readJobEnd),
/* harmony export */   saveJobEnd: () => (/* binding */ saveJobEnd)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _shared_phase_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2614);
// What the main step hands its post step (core.saveState → STATE_<name> in the post step's environment):
// which phase this process is, and the stream delete-at-job-end is to delete. The value comes back from
// the environment, so it is shape-checked like any outside text before the post step acts on it.


const STREAM = 'delete-at-job-end';
/** First thing the main step does: its post step (post-if: always()) must never run the main flow again. */
function markMainStep() {
    // Outside a runner there is no post step (and core would print a workflow command instead).
    if (process.env.GITHUB_STATE)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_shared_phase_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASE_KEY */ .g1, 'main');
}
function saveJobEnd(state) {
    if (process.env.GITHUB_STATE)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(STREAM, state ? JSON.stringify(state) : '');
}
const NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const isTime = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0;
/** The state the main step saved, or undefined when it saved none (or something this version does not write). */
function readJobEnd(env = process.env) {
    const raw = env[`STATE_${STREAM}`];
    if (!raw)
        return undefined;
    try {
        const s = JSON.parse(raw);
        const ok = typeof s.stream === 'string' &&
            NAME.test(s.stream) &&
            typeof s.region === 'string' &&
            REGION.test(s.region) &&
            (s.phase === 'creating' || s.phase === 'created') &&
            isTime(s.since) &&
            (s.createdAt === undefined || isTime(s.createdAt)) &&
            (s.nonce === undefined || (typeof s.nonce === 'string' && /^[a-f0-9-]{8,64}$/.test(s.nonce))) &&
            (s.account === undefined || (typeof s.account === 'string' && /^\d{12}$/.test(s.account)));
        if (!ok)
            return undefined;
        const { stream, region, phase, since, createdAt, nonce, account } = s;
        return { stream, region, phase, since, ...(createdAt ? { createdAt } : {}), ...(nonce ? { nonce } : {}), ...(account ? { account } : {}) };
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=917.index.js.map