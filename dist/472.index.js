export const id = 472;
export const ids = [472];
export const modules = {

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionLog: () => (/* binding */ actionLog),
/* harmony export */   fail: () => (/* binding */ fail),
/* harmony export */   protectSecrets: () => (/* binding */ protectSecrets),
/* harmony export */   writeSummaryMarkdown: () => (/* binding */ writeSummaryMarkdown)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6054);
// The one place where text leaves the action for people: the log (stdout), annotations and the job
// summary. Messages carry text from outside (AWS answers, stream fields, tags, echoed inputs), so each
// sink gets it redacted and escaped here, and nowhere else: stages only ever see a Log, and a test
// checks that no other module writes to stdout or annotations. Outputs are data for later steps and
// go through core.setOutput's heredoc form (outputs.ts).


/** The action's log: one stdout line per message (never a workflow command), one-line annotations. */
const actionLog = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forAnnotation */ .Jc)(message)),
    notice: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forAnnotation */ .Jc)(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(message)),
};
/** Fails the step with one redacted line (an error annotation). */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .forAnnotation */ .Jc)(message));
}
/** Appends already-escaped markdown (summary.ts escapes every outside value with forSummary). */
async function writeSummaryMarkdown(markdown) {
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
}
/**
 * The job's AWS secrets are masked by the runner too (as aws-actions/configure-aws-credentials does)
 * and redacted from every line this action writes, whatever shape the text that carries them has.
 */
function protectSecrets(env, tokens = [], always = []) {
    // Tokens (github-token) like the AWS values only when they could be real; `always` (a proxy password)
    // is a credential whatever its length.
    const secrets = [...new Set([...(0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .secretsFromEnv */ .zr)(env), ...tokens.filter(_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .couldBeCredential */ .E), ...always.filter(Boolean)])];
    for (const secret of secrets)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    (0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecrets */ .dg)(secrets);
}


/***/ }),

/***/ 6054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ couldBeCredential),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Jc: () => (/* binding */ forAnnotation),
/* harmony export */   Mq: () => (/* binding */ redactLine),
/* harmony export */   dg: () => (/* binding */ registerSecrets),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   oN: () => (/* binding */ forSummary),
/* harmony export */   zr: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, MIN_CREDENTIAL_LENGTH, secretForms, redactKnown, ANNOTATION_MAX */
// The one place that makes text the action did not write itself (AWS and SDK messages, input values,
// stream descriptions) safe for where it goes: redact() removes credentials; forLog(), quote(),
// forSummary() and forAnnotation() also neutralise what the log, the job summary and annotations would
// interpret. Pure, apart from the list of known secret values set with registerSecrets().
const MASK = '***';
// Access key ids: AKIA (long-term), ASIA (temporary), and the other IAM unique-id prefixes.
const KEY_PREFIX = String.raw `(?:AKIA|ASIA|AIDA|AROA|ANPA|AGPA|ANVA|AIPA|APKA|ABIA|ACCA|ASCA|A3T[A-Z0-9])`;
const KEY_ID = String.raw `${KEY_PREFIX}[A-Z0-9]{12,128}`;
/** Not preceded by a letter or digit, unless that is the end of a %XX escape (Credential%3DAKIA…). */
const START = String.raw `(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9]))`;
const SECRET40 = String.raw `[A-Za-z0-9/+=]{40}`;
const PAIR_SEP = String.raw `[\s:=,;|"']{1,8}`;
const SECRET_AFTER_KEY_ID = new RegExp(`${START}(${KEY_ID})(?![A-Za-z0-9])(${PAIR_SEP})${SECRET40}(?![A-Za-z0-9/+=])`, 'g');
const SECRET_BEFORE_KEY_ID = new RegExp(String.raw `(?<![A-Za-z0-9/+=])${SECRET40}(${PAIR_SEP})(${KEY_ID})(?![A-Za-z0-9])`, 'g');
const KEY_ID_ONLY = new RegExp(`${START}(${KEY_PREFIX})[A-Z0-9]{12,128}(?![A-Za-z0-9])`, 'g');
// Values run through backslash escapes (a JSON "\/" for "/", as endpoints echo tokens) and stop at an
// escaped quote. A value that is already the mask followed by its end is left as it is, so that a second
// pass over redacted text (a line quoted in another line) changes nothing: redact(redact(x)) = redact(x).
const ESCAPE = String.raw `\\[^"'\s]`;
const MASKED = String.raw `\*\*\*(?=[\s"',;&\\]|$)`;
/**
 * Authorization / x-amz-security-token as a header or field (`name: value`, `name=value`, JSON):
 * the whole value to the end of the line, a quote or a comma; a SigV4 value through its Signature=.
 */
const AUTH_HEADER = new RegExp(String.raw `(?<![A-Za-z0-9])((?:x-amz-security-token|authorization)\\?["']?[ \t]*[:=][ \t]*\[?[ \t]*\\?["']?)` +
    String.raw `(${MASKED}|AWS4-(?:${ESCAPE}|[^\r\n"'\\]){0,4000}?Signature=(?:${ESCAPE}|[^\s,;&"'\\<>])*|(?:${ESCAPE}|[^\r\n"',&\\])*)`, 'gi');
/** SigV4 query and header parameters. */
const SIGV4_PARAM = new RegExp(String.raw `(?<![A-Za-z0-9])((?:X-Amz-Credential|X-Amz-Signature|X-Amz-Security-Token|Credential|Signature)(?:=|%3D))` +
    String.raw `(?:${MASKED}|(?:${ESCAPE}|[^\s,;&"'\\<>])+)`, 'gi');
/** Secret-bearing field names (snake, camel and Pascal case) followed by `:` or `=` and a value. */
const SECRET_FIELD = new RegExp(String.raw `((?:aws_secret_access_key|aws_session_token|aws_security_token|secret_?access_?key|session_?token)` +
    String.raw `\\?["']?[ \t]*[:=][ \t]*\[?[ \t]*\\?["']?)(?:${MASKED}|(?:${ESCAPE}|[^\s"'\\,;&}\]])+)`, 'gi');
/** scheme://userinfo@ → scheme://***@ (the userinfo runs to the last @ before the host). */
const URL_USERINFO = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)[^\s/?#"'<>\\]{1,1024}@/g;
/** Literal values shorter than this are not looked for: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 4;
const registered = new Set();
/**
 * Adds literal secret values (e.g. AWS_SECRET_ACCESS_KEY) that redact() and every for*() function
 * then remove wherever they appear, also percent-encoded. Empty and very short values are ignored.
 * Returns a function that removes again the values this call added (for tests).
 */
function registerSecrets(values) {
    const added = [];
    for (const v of values) {
        if (v && v.length >= MIN_SECRET_LENGTH && !registered.has(v)) {
            registered.add(v);
            added.push(v);
        }
    }
    return () => {
        for (const v of added)
            registered.delete(v);
    };
}
/**
 * Values shorter than this are not taken for credentials: AWS secret access keys are 40 characters,
 * session tokens several hundred, GitHub tokens 40 or more, while the dummies emulator set-ups use
 * ("test", "local", "dummy") are words. Masking a word would hide it in every line (a stream named
 * orders-local would read orders-***) and make GitHub drop every job output that contains it.
 */
const MIN_CREDENTIAL_LENGTH = 20;
/** Whether a value handed over as a credential could be a real one (see MIN_CREDENTIAL_LENGTH). */
const couldBeCredential = (v) => typeof v === 'string' && v.length >= MIN_CREDENTIAL_LENGTH && !/\s/.test(v);
/** The secret values of the AWS credentials in an environment that could be real, for registerSecrets(). */
function secretsFromEnv(env) {
    return ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'].map((name) => env[name]).filter(couldBeCredential);
}
/**
 * The ways a secret is seen written in an answer: as it is, JSON-escaped (`\/` for `/`, which the
 * runner's own mask cannot match: an STS token's "//////////" leaks from its first slash), and
 * percent-encoded with upper- or lower-case hex, each also with its slashes JSON-escaped.
 */
function secretForms(secret) {
    const json = JSON.stringify(secret).slice(1, -1);
    const pct = encodeURIComponent(secret);
    const lower = pct.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
    const base = [secret, json, pct, lower];
    return [...new Set([...base, ...base.map((f) => f.replace(/\//g, '\\/'))])];
}
function replaceLiterals(text, secrets) {
    const forms = new Set();
    for (const s of secrets) {
        if (!s || s.length < MIN_SECRET_LENGTH)
            continue;
        for (const f of secretForms(s))
            forms.add(f);
    }
    // Longest first, so that a secret containing another one is removed whole.
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
        if (text.includes(form))
            text = text.split(form).join(MASK);
    }
    return text;
}
/**
 * Removes every credential shape from text: access key ids (kept: the 4-letter prefix), a 40-character
 * secret next to a key id, Authorization / x-amz-security-token values, SigV4 Credential= Signature=
 * X-Amz-* parameters, aws_secret_access_key / aws_session_token / SecretAccessKey / SessionToken values,
 * userinfo in URLs, and the literal `secrets` (default: the registered ones). Each becomes `***`.
 * Whitespace and everything else is left as it is.
 */
function redact(text, secrets = registered) {
    return replaceLiterals(String(text), secrets)
        .replace(SECRET_AFTER_KEY_ID, `$1$2${MASK}`)
        .replace(SECRET_BEFORE_KEY_ID, `${MASK}$1$2`)
        .replace(AUTH_HEADER, `$1${MASK}`)
        .replace(SIGV4_PARAM, `$1${MASK}`)
        .replace(SECRET_FIELD, `$1${MASK}`)
        .replace(KEY_ID_ONLY, `$1${MASK}`)
        .replace(URL_USERINFO, `$1${MASK}@`);
}
/** Credentials removed (redact) and on one line: for an AWS or SDK message quoted inside our own line. */
function redactLine(text) {
    return redact(text).replace(/\s+/g, ' ').trim();
}
/** redact() with an explicit list of literal secrets (besides the registered ones). */
function redactKnown(text, secrets) {
    return redact(text, [...registered, ...secrets]);
}
// ANSI/VT escape sequences: CSI (ESC [ or U+009B), OSC (ESC ] … BEL or ESC \), and two-character ESC x.
const ANSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// Characters that are invisible, reorder text, or break lines: C0 and C1 controls, DEL, soft hyphen,
// Arabic letter mark, Mongolian vowel separator, zero-width and bidi controls, line and paragraph
// separators, word joiner and invisible operators, BOM, interlinear annotation controls.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeChar = (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** Shows unsafe characters as \n, \r, \t or \uXXXX. */
function escapeUnsafe(text) {
    return text.replace(UNSAFE, escapeChar);
}
/** At most max UTF-16 units (never half a surrogate pair) then "…", or the text unchanged. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return text.slice(0, end) + '…';
}
/** Cut long text well past `max` before redaction, so that huge values cost little; a secret that starts
 * before `max` is still whole, so what remains visible is redacted exactly as the full text would be. */
const PRE_CUT = 16384;
function preCut(text, max) {
    return text.length > max + PRE_CUT ? text.slice(0, max + PRE_CUT) : text;
}
/** `##[` anywhere in a line is a legacy workflow command to the runner: break it up as `##\[`. */
function breakLegacyCommands(text) {
    let out = text;
    while (out.includes('##['))
        out = out.split('##[').join('##\\[');
    return out;
}
/** The runner reads `::` after leading whitespace as a workflow command. */
const COMMAND_START = /^[\s\u0085]*::/;
/**
 * A whole stdout line (core.info): redacted, ANSI escapes removed, line breaks and other control,
 * invisible and bidi characters shown as \n \r \t \uXXXX, `##[` broken up, and a `\` put in front when
 * the line would start (after whitespace) with `::`. Always exactly one line; never a workflow command.
 */
function forLog(text) {
    const line = breakLegacyCommands(escapeUnsafe(redact(stripAnsi(String(text)))));
    return COMMAND_START.test(line) ? `\\${line}` : line;
}
/**
 * An outside value inside a log line: redacted, cut to `max` characters with "…", JSON-quoted, with
 * control, invisible and bidi characters as \uXXXX escapes and `##[` as `##\u005b` (still valid JSON);
 * ` (N characters)` follows when the value was cut (N is the length of the value given).
 */
function quote(value, max = 200) {
    const text = String(value);
    const clean = redact(preCut(text, max));
    const shortened = clean.length > max;
    const json = JSON.stringify(shortened ? cut(clean, max) : clean)
        .replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '##\\u005b');
    return shortened ? `${json} (${text.length} characters)` : json;
}
// Markdown characters escaped with a backslash: \ ` * _ [ ] ( ) # | ~ ! and $ (GitHub renders $math$).
const MD_SPECIAL = /[\\`*_[\]()#|~!$]/g;
/**
 * GitHub's renderer (cmark-gfm with its autolink extension) turns bare `scheme://…`, `www.…`, `mailto:`
 * and `xmpp:` text into links, so outside text would become a link to anywhere. A zero-width space
 * (as an entity, after escaping) inside each trigger keeps the text as it reads and makes no link.
 */
function breakAutolinks(html) {
    return html
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/(www)\./gi, '$1&#8203;.')
        .replace(/(mailto|xmpp):/gi, '$1&#8203;:');
}
/**
 * A job-summary table cell or paragraph: redacted, ANSI escapes removed, one line (each run of CR, LF,
 * tab and other line breaks → one space), trimmed, control/invisible/bidi characters shown as \uXXXX,
 * cut to `max` characters with "… (N characters)",
 * markdown-escaped (\ ` * _ [ ] ( ) # | ~ ! $ and a leading + - or "1." list marker),
 * HTML-escaped (& < > " '), @ followed by a zero-width space so that no one is mentioned, and every
 * autolink trigger broken the same way, so that no outside text becomes a link.
 */
function forSummary(text, max = 500) {
    const raw = String(text);
    const oneLine = redact(stripAnsi(preCut(raw, max)))
        .replace(/[\r\n\u2028\u2029\u0085\t]+/g, ' ')
        .trim();
    const visible = escapeUnsafe(oneLine);
    const shortened = visible.length > max;
    const md = (shortened ? cut(visible, max) : visible)
        .replace(MD_SPECIAL, '\\$&')
        .replace(/^([+-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
    const html = md.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const safe = breakAutolinks(html.replace(/@/g, '@&#8203;'));
    return shortened ? `${safe} (${raw.length} characters)` : safe;
}
/** Annotations longer than this are cut: the UI shows only the start of a long message anyway. */
const ANNOTATION_MAX = 4000;
/**
 * A core.warning / core.error / core.setFailed message: redacted, ANSI escapes removed, one line
 * (each run of line breaks and the whitespace around it → one space), other control/invisible/bidi
 * characters as \uXXXX, trimmed, cut to `max` characters with "…". @actions/core escapes % \r \n itself.
 */
function forAnnotation(text, max = ANNOTATION_MAX) {
    const oneLine = redact(stripAnsi(preCut(String(text), max)))
        .replace(/[ \t]*[\r\n\u2028\u2029\u0085]+[ \t]*/g, ' ')
        .trim();
    return cut(escapeUnsafe(oneLine), max);
}


/***/ })

};

//# sourceMappingURL=472.index.js.map