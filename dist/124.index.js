export const id = 124;
export const ids = [124];
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

/***/ 6124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestStates: () => (/* binding */ pullRequestStates)
/* harmony export */ });
/* harmony import */ var _shared_github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6654);
/* harmony import */ var _shared_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6054);


/** Enough for one small GET, also when GitHub is slow; the sweep's own budget is the outer limit. */
const LOOKUP_BUDGET_MS = 10_000;
/** `signal`: the run's own (cancellation and its deadline), for each lookup. */
function pullRequestStates(token, repository, log, signal) {
    const seen = new Map();
    const [owner, repo] = (repository ?? '').split('/');
    let said = false;
    const ask = async (n) => {
        if (!token || !owner || !repo) {
            if (!said)
                log.warning(`Pull requests not looked up (${token ? 'GITHUB_REPOSITORY is not set' : 'no github-token'}): streams made for one are kept.`);
            said = true;
            return 'unknown';
        }
        const { getOctokit } = await (0,_shared_github_js__WEBPACK_IMPORTED_MODULE_1__/* .loadGithub */ .U)();
        // @actions/github's own request defaults (its proxy-aware fetch) must be passed on with the signal.
        const defaults = await (0,_shared_github_js__WEBPACK_IMPORTED_MODULE_1__/* .githubRequestDefaults */ .l)();
        const octokit = getOctokit(token, { request: { ...defaults, signal: AbortSignal.any([signal(), AbortSignal.timeout(LOOKUP_BUDGET_MS)]) } });
        try {
            const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: n });
            return data.state === 'closed' ? 'closed' : data.state === 'open' ? 'open' : 'unknown';
        }
        catch (err) {
            const status = err.status;
            log.debug(`GET /repos/${owner}/${repo}/pulls/${n}: ${typeof status === 'number' ? status : (0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redactLine */ .Mq)(String(err))}`);
            if (status === 403 && !said) {
                said = true;
                log.warning('GitHub refused to say whether pull requests are closed (403): give the job permissions: pull-requests: read.');
            }
            return 'unknown';
        }
    };
    return (n) => {
        if (!seen.has(n))
            seen.set(n, ask(n));
        return seen.get(n);
    };
}


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

//# sourceMappingURL=124.index.js.map