export const id = 890;
export const ids = [890];
export const modules = {

/***/ 6351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   w: () => (/* binding */ loadHttpClient)
/* harmony export */ });
let real;
async function loadHttpClient() {
    real ??= await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 4942));
}
function loaded() {
    if (!real)
        throw new Error('internal error: @actions/http-client used before loadHttpClient()');
    return real;
}
const HttpClient = function (...a) {
    return new (loaded().HttpClient)(...a);
};


/***/ }),

/***/ 8890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provenanceTags: () => (/* binding */ provenanceTags)
/* harmony export */ });
/* harmony import */ var _model_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3552);
/* harmony import */ var _shared_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6654);
// Tags that record which workflow created a stream: added at creation only, never compared or
// rewritten later. @actions/github is loaded lazily (ncc puts it in its own chunk): it is ~1 MB of
// bundle that only a run that creates a stream needs.


async function provenanceTags(env = process.env) {
    const { context } = await (0,_shared_github_js__WEBPACK_IMPORTED_MODULE_0__/* .loadGithub */ .U)();
    const raw = {
        // context.repo throws without GITHUB_REPOSITORY (e.g. outside Actions): read it only when set.
        'github:repository': env.GITHUB_REPOSITORY ? `${context.repo.owner}/${context.repo.repo}` : undefined,
        'github:workflow': context.workflow,
        'github:ref': context.ref,
        'github:run-id': Number.isFinite(context.runId) ? String(context.runId) : undefined,
        // The pull request a preview stream is for: a sweep deletes it once GitHub says the PR is closed.
        [_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .PR_TAG */ .Qv]: /^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') ? prNumber(context.payload.pull_request?.number) : undefined,
    };
    const tags = {};
    for (const [k, v] of Object.entries(raw))
        if (v)
            tags[k] = (0,_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagValue */ .EZ)(v);
    return tags;
}
const prNumber = (n) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? String(n) : undefined);


/***/ }),

/***/ 6654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ loadGithub),
/* harmony export */   l: () => (/* binding */ githubRequestDefaults)
/* harmony export */ });
/* harmony import */ var _shims_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6351);
// @actions/github, loaded on first use: it is a lazy chunk that only creations, PR comments and
// sweeps need. In the bundle @actions/http-client is a build-time substitute (shims/http-client.ts:
// @actions/core would otherwise load it and undici at every start), whose real module must be loaded
// before @actions/github makes a client; under jest, the substitute's loader loads the real module too.

async function loadGithub() {
    await (0,_shims_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .loadHttpClient */ .w)();
    return Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
}
/** @actions/github's own request defaults (its proxy-aware fetch), to pass on with a signal. */
async function githubRequestDefaults() {
    await (0,_shims_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .loadHttpClient */ .w)();
    return (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 8665))).defaults.request;
}


/***/ })

};

//# sourceMappingURL=890.index.js.map