export const id = 962;
export const ids = [962];
export const modules = {

/***/ 1449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REQUEST_TIMEOUT: () => (/* reexport safe */ _smithy_node_http_handler_http1__WEBPACK_IMPORTED_MODULE_0__.w),
/* harmony export */   NodeHttp2Handler: () => (/* binding */ NodeHttp2Handler),
/* harmony export */   NodeHttpHandler: () => (/* reexport safe */ _smithy_node_http_handler_http1__WEBPACK_IMPORTED_MODULE_0__.$),
/* harmony export */   streamCollector: () => (/* reexport safe */ _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.k)
/* harmony export */ });
/* harmony import */ var _smithy_node_http_handler_http1__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7979);
/* harmony import */ var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6660);
// The Kinesis client's default request handler is HTTP/2 (for SubscribeToShard); this action always
// gives it an HTTP/1.1 NodeHttpHandler, so node:http2 is never needed and never loaded.


const NodeHttp2Handler = {
    create(handler) {
        if (typeof handler?.handle === 'function')
            return handler;
        throw new Error('internal error: a Kinesis client was built without the HTTP/1.1 request handler');
    },
};


/***/ }),

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ consumerProblem),
/* harmony export */   G2: () => (/* binding */ malformedLine),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   wO: () => (/* binding */ summaryProblem)
/* harmony export */ });
/* harmony import */ var _shared_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6054);

const PARTITION = String.raw `aws(?:-[a-z]+)*`;
const REGION = String.raw `[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}`;
const NAME = String.raw `[a-zA-Z0-9_.-]{1,128}`;
const STREAM_ARN = new RegExp(String.raw `^arn:${PARTITION}:kinesis:${REGION}:\d{12}:stream/(${NAME})$`);
/** arn:…:stream/NAME/consumer/CONSUMER:CREATION-TIMESTAMP */
const CONSUMER_ARN = new RegExp(String.raw `^arn:${PARTITION}:kinesis:${REGION}:\d{12}:stream/${NAME}/consumer/(${NAME}):\d{1,20}$`);
const STREAM_STATUSES = ['CREATING', 'DELETING', 'ACTIVE', 'UPDATING'];
/** An enum value as AWS writes them: upper-case letters and underscores, one short word. */
const isWord = (v) => typeof v === 'string' && /^[A-Z][A-Z_]{0,31}$/.test(v);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v, max = 2048) => typeof v === 'string' && v.length <= max && !/[\p{Cc}\u2028\u2029]/u.test(v);
const shown = (v) => (typeof v === 'string' ? (0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(v, 80) : (0,_shared_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(JSON.stringify(v) ?? String(v), 80));
/** The stream name an ARN names, when it is a Kinesis stream ARN. */
function streamNameOfArn(arn) {
    return STREAM_ARN.exec(arn)?.[1];
}
/**
 * Why a DescribeStreamSummary answer for `name` cannot be used (undefined: it can). `output` is what the
 * SDK parsed: it must hold a summary object whose identity fields are well-formed and name this stream.
 */
function summaryProblem(output, name) {
    const s = isObject(output) ? output.StreamDescriptionSummary : undefined;
    if (!isObject(s))
        return `no StreamDescriptionSummary (${shown(s ?? null)})`;
    const arn = s.StreamARN;
    if (typeof arn !== 'string' || !STREAM_ARN.test(arn))
        return `a StreamARN that is not a Kinesis stream ARN (${shown(arn)})`;
    if (streamNameOfArn(arn) !== name)
        return `the ARN of another stream (${shown(arn)})`;
    if (s.StreamName !== undefined && s.StreamName !== name)
        return `another stream's name (${shown(s.StreamName)})`;
    // Status, mode and encryption are words from AWS's enums; a word this version does not know yet is
    // let through (a new status is waited on, as the plan does), anything else is not.
    if (!isWord(s.StreamStatus))
        return `a StreamStatus that is not a status word such as ${STREAM_STATUSES.join(', ')} (${shown(s.StreamStatus)})`;
    if (s.StreamModeDetails !== undefined &&
        !(isObject(s.StreamModeDetails) && (s.StreamModeDetails.StreamMode === undefined || isWord(s.StreamModeDetails.StreamMode)))) {
        return `a StreamMode that is not a mode word such as PROVISIONED or ON_DEMAND (${shown(s.StreamModeDetails)})`;
    }
    for (const field of ['OpenShardCount', 'RetentionPeriodHours', 'ConsumerCount', 'MaxRecordSizeInKiB', 'ChannelCount']) {
        if (s[field] !== undefined && !isCount(s[field]))
            return `a ${field} that is not a whole number (${shown(s[field])})`;
    }
    if (s.EncryptionType !== undefined && !isWord(s.EncryptionType))
        return `an EncryptionType that is not a word such as NONE or KMS (${shown(s.EncryptionType)})`;
    if (s.RecordDistributionStrategy !== undefined && !isWord(s.RecordDistributionStrategy))
        return `a RecordDistributionStrategy that is not a word such as AUTO or USER_PARTITION_KEY (${shown(s.RecordDistributionStrategy)})`;
    if (s.KeyId !== undefined && !isText(s.KeyId))
        return `a KeyId that is not one line of text (${shown(s.KeyId)})`;
    const warm = s.WarmThroughput;
    if (warm !== undefined && !(isObject(warm) && [warm.TargetMiBps, warm.CurrentMiBps].every((v) => v === undefined || isCount(v)))) {
        return `a WarmThroughput that is not whole numbers (${shown(warm)})`;
    }
    const monitoring = s.EnhancedMonitoring;
    const metricsOk = monitoring === undefined ||
        (Array.isArray(monitoring) &&
            monitoring.every((m) => isObject(m) && (m.ShardLevelMetrics === undefined || (Array.isArray(m.ShardLevelMetrics) && m.ShardLevelMetrics.every((x) => isText(x, 64))))));
    if (!metricsOk)
        return `EnhancedMonitoring that is not lists of metric names (${shown(monitoring)})`;
    const created = s.StreamCreationTimestamp;
    if (created !== undefined && !(created instanceof Date && Number.isFinite(created.getTime()))) {
        return `a StreamCreationTimestamp that is not a time (${shown(created)})`;
    }
    return undefined;
}
/** The summary, once summaryProblem found nothing wrong with it. */
const summaryOf = (output) => output.StreamDescriptionSummary;
/** Why a consumer of ListStreamConsumers on `streamArn` cannot be used (undefined: it can). */
function consumerProblem(c, streamArn) {
    if (!isObject(c))
        return `a consumer that is not an object (${shown(c)})`;
    if (typeof c.ConsumerName !== 'string' || !new RegExp(`^${NAME}$`).test(c.ConsumerName))
        return `a ConsumerName that is not a name (${shown(c.ConsumerName)})`;
    const ofStream = streamArn === undefined || (typeof c.ConsumerARN === 'string' && c.ConsumerARN.startsWith(`${streamArn}/consumer/${c.ConsumerName}:`));
    if (typeof c.ConsumerARN !== 'string' || CONSUMER_ARN.exec(c.ConsumerARN)?.[1] !== c.ConsumerName || !ofStream) {
        return `a ConsumerARN that is not the ARN of consumer "${c.ConsumerName}" (${shown(c.ConsumerARN)})`;
    }
    if (!isWord(c.ConsumerStatus))
        return `a ConsumerStatus that is not a status word such as ACTIVE (${shown(c.ConsumerStatus)})`;
    return undefined;
}
/** The one line for a malformed answer. */
function malformedLine(operation, stream, problem) {
    return (`${operation} for stream "${stream}" answered with ${problem}: the endpoint's answer is not one Kinesis gives, so nothing more was done. ` +
        'Check "endpoint-url" (or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and any proxy between the runner and Kinesis.');
}


/***/ }),

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ listStreamConsumers),
/* harmony export */   D3: () => (/* binding */ deleteChannel),
/* harmony export */   DM: () => (/* binding */ listTagsForStream),
/* harmony export */   FT: () => (/* binding */ tagResource),
/* harmony export */   Kp: () => (/* binding */ describeAccountSettings),
/* harmony export */   N: () => (/* binding */ changeStream),
/* harmony export */   OK: () => (/* binding */ describeStreamSummary),
/* harmony export */   OT: () => (/* binding */ deleteStream),
/* harmony export */   Og: () => (/* binding */ describeStreamConsumer),
/* harmony export */   Sm: () => (/* binding */ listShards),
/* harmony export */   UQ: () => (/* binding */ listStreams),
/* harmony export */   Wm: () => (/* binding */ describeLimits),
/* harmony export */   XX: () => (/* binding */ createStream),
/* harmony export */   g1: () => (/* binding */ registerStreamConsumer),
/* harmony export */   kv: () => (/* binding */ putResourcePolicy),
/* harmony export */   vK: () => (/* binding */ listTagsForResource),
/* harmony export */   xI: () => (/* binding */ listChannels),
/* harmony export */   yW: () => (/* binding */ removeTagsFromStream),
/* harmony export */   zr: () => (/* binding */ getResourcePolicy)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6906);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4117);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2824);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1391);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8202);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5862);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5768);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2286);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4142);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1491);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7891);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2717);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3530);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3723);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5098);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5095);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(7682);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4016);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(5571);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(6560);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(3407);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(7895);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(8018);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(7542);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(9688);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(5966);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(8620);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(7967);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(5044);
/* harmony import */ var _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_29__ = __webpack_require__(1910);
// The only place Kinesis commands are built. Each function names one call and its input and returns
// an Operation: nothing is sent until the runtime's caller hands it to the gateway, inside the budget.
// Stages say what to call (ops.deleteStream(ref, true)); they never touch the client.

const refOf = (r) => (typeof r === 'function' ? r() : r);
/** A fresh command per send: a retry never reuses a command object the SDK may have changed. */
const op = (name, command) => ({
    name,
    send: (client, abortSignal) => client.send.call(client, command(), { abortSignal }),
});
const describeStreamSummary = (ref) => op('DescribeStreamSummary', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_0__/* .DescribeStreamSummaryCommand */ .B(ref));
const createStream = (input) => op('CreateStream', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_1__/* .CreateStreamCommand */ .G(input));
const deleteStream = (ref, enforceConsumerDeletion) => op('DeleteStream', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_2__/* .DeleteStreamCommand */ .h({ ...refOf(ref), EnforceConsumerDeletion: enforceConsumerDeletion }));
/** A stream holds at most 50 tags, so a page of 50 is the whole set (kinesalite allows at most 10: `limit`). */
const listTagsForStream = (ref, exclusiveStartTagKey, limit = () => 50) => op('ListTagsForStream', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_3__/* .ListTagsForStreamCommand */ .M({ ...refOf(ref), Limit: limit(), ExclusiveStartTagKey: exclusiveStartTagKey }));
const removeTagsFromStream = (ref, keys) => op('RemoveTagsFromStream', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_4__/* .RemoveTagsFromStreamCommand */ .R({ ...refOf(ref), TagKeys: keys }));
/** One shard is enough: the call is the check that the data plane knows the stream (producers and the KCL call it first). */
const listShards = (ref) => op('ListShards', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_5__/* .ListShardsCommand */ .f({ ...refOf(ref), MaxResults: 1 }));
const listStreamConsumers = (streamArn, nextToken) => op('ListStreamConsumers', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_6__/* .ListStreamConsumersCommand */ .Z({ StreamARN: streamArn, NextToken: nextToken }));
const describeStreamConsumer = (streamArn, consumerName) => op('DescribeStreamConsumer', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_7__/* .DescribeStreamConsumerCommand */ .T({ StreamARN: streamArn, ConsumerName: consumerName }));
/** With `tags`, AWS also authorises kinesis:TagResource on the consumer ("Tags take effect from the CREATING status"). */
const registerStreamConsumer = (streamArn, consumerName, tags) => op('RegisterStreamConsumer', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_8__/* .RegisterStreamConsumerCommand */ .D({ StreamARN: streamArn, ConsumerName: consumerName, ...(tags && Object.keys(tags).length ? { Tags: tags } : {}) }));
/**
 * Tags of a consumer by its ARN. Streams keep the stream-tag calls (ListTagsForStream, AddTagsToStream):
 * CreateStream's tags are authorised as kinesis:AddTagsToStream anyway, and policies written for them keep working.
 */
const listTagsForResource = (resourceArn) => op('ListTagsForResource', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_9__/* .ListTagsForResourceCommand */ .a({ ResourceARN: resourceArn }));
const tagResource = (resourceArn, tags) => op('TagResource', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_10__/* .TagResourceCommand */ .e({ ResourceARN: resourceArn, Tags: tags }));
const getResourcePolicy = (resourceArn) => op('GetResourcePolicy', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_11__/* .GetResourcePolicyCommand */ .M({ ResourceARN: resourceArn }));
const putResourcePolicy = (resourceArn, policy) => op('PutResourcePolicy', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_12__/* .PutResourcePolicyCommand */ .x({ ResourceARN: resourceArn, Policy: policy }));
/** The channels (delivery to S3) of one stream. */
const listChannels = (streamArn, nextToken) => op('ListChannels', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_13__/* .ListChannelsCommand */ .Q({ StreamFilter: [{ StreamARN: streamArn }], MaxResults: 100, NextToken: nextToken }));
const deleteChannel = (channelArn) => op('DeleteChannel', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_14__/* .DeleteChannelCommand */ .W({ ChannelARN: channelArn }));
/**
 * One page of the account's streams in the region (5 calls/s per account): by NextToken where the endpoint
 * gives one (AWS), else after the last name of the page before (kinesis-local and kinesalite give none).
 */
const listStreams = (after) => op('ListStreams', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_15__/* .ListStreamsCommand */ .b(after?.nextToken
    ? { NextToken: after.nextToken }
    : { Limit: after?.limit ?? 1000, ...(after?.lastName ? { ExclusiveStartStreamName: after.lastName } : {}) }));
const describeLimits = () => op('DescribeLimits', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_16__/* .DescribeLimitsCommand */ .R({}));
const describeAccountSettings = () => op('DescribeAccountSettings', () => new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_17__/* .DescribeAccountSettingsCommand */ .B({}));
/**
 * The call that makes a planned change. UpdateStreamMode, UpdateStreamRecordDistributionStrategy and UpdateMaxRecordSize take only an ARN
 * (the stream has been described by then, so `arn` is known).
 */
function changeStream(c, source, arn) {
    const command = () => {
        const ref = refOf(source);
        switch (c.op) {
            case 'UpdateStreamMode':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_18__/* .UpdateStreamModeCommand */ .G({ StreamARN: arn, StreamModeDetails: { StreamMode: c.mode } });
            case 'UpdateStreamRecordDistributionStrategy':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_19__/* .UpdateStreamRecordDistributionStrategyCommand */ .L({ StreamARN: arn, RecordDistributionStrategy: c.strategy });
            case 'UpdateShardCount':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_20__/* .UpdateShardCountCommand */ .M({ ...ref, TargetShardCount: c.target, ScalingType: 'UNIFORM_SCALING' });
            case 'UpdateStreamWarmThroughput':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_21__/* .UpdateStreamWarmThroughputCommand */ .C({ ...ref, WarmThroughputMiBps: c.mibps });
            case 'IncreaseStreamRetentionPeriod':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_22__/* .IncreaseStreamRetentionPeriodCommand */ .f({ ...ref, RetentionPeriodHours: c.hours });
            case 'DecreaseStreamRetentionPeriod':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_23__/* .DecreaseStreamRetentionPeriodCommand */ .d({ ...ref, RetentionPeriodHours: c.hours });
            case 'StartStreamEncryption':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_24__/* .StartStreamEncryptionCommand */ .$({ ...ref, EncryptionType: 'KMS', KeyId: c.keyId });
            case 'StopStreamEncryption':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_25__/* .StopStreamEncryptionCommand */ .t({ ...ref, EncryptionType: 'KMS', KeyId: c.keyId });
            case 'EnableEnhancedMonitoring':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_26__/* .EnableEnhancedMonitoringCommand */ .T({ ...ref, ShardLevelMetrics: c.metrics });
            case 'DisableEnhancedMonitoring':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_27__/* .DisableEnhancedMonitoringCommand */ .O({ ...ref, ShardLevelMetrics: c.metrics });
            case 'UpdateMaxRecordSize':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_28__/* .UpdateMaxRecordSizeCommand */ .b({ StreamARN: arn, MaxRecordSizeInKiB: c.kib });
            case 'AddTagsToStream':
                return new _aws_sdk_client_kinesis__WEBPACK_IMPORTED_MODULE_29__/* .AddTagsToStreamCommand */ .b({ ...ref, Tags: c.tags });
        }
    };
    return op(c.op, command);
}


/***/ }),

/***/ 8962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failureLine: () => (/* binding */ failureLine),
  run: () => (/* binding */ run),
  runStep: () => (/* binding */ runStep)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kinesis/dist-es/KinesisClient.js + 12 modules
var KinesisClient = __webpack_require__(8765);
// EXTERNAL MODULE: ./shims/node-http-handler.ts
var node_http_handler = __webpack_require__(1449);
;// CONCATENATED MODULE: ./src/aws/client.ts
// The one Kinesis client of a run.


/** A call that has not answered by then is abandoned and retried (inside the step's deadline). */
const CALL_TIMEOUT_MS = 10_000;
/** KMS and STS answers are advice (one try, failure means "cannot tell"): a shorter bound. */
const SIDE_CALL_TIMEOUT_MS = 5_000;
/**
 * The HTTP/1.1 handler of every AWS client of the run (Kinesis, and KMS and STS on the side): the default
 * HTTP/2 handler drops calls against emulators, and is slower. It uses the run's agents (proxy, CA bundle).
 */
function requestHandler(requestTimeout, agents) {
    return new node_http_handler.NodeHttpHandler({ connectionTimeout: 3_000, requestTimeout, ...(agents ? { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent } : {}) });
}
function createKinesisClient(spec, agents) {
    return new KinesisClient/* KinesisClient */.q({
        region: spec.region,
        // Unset: the SDK still honours AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL by itself.
        ...(spec.endpointUrl ? { endpoint: spec.endpointUrl } : {}),
        // Retries are ours: they must respect the step's deadline, and the SDK's would outlive it.
        maxAttempts: 1,
        requestHandler: requestHandler(CALL_TIMEOUT_MS, agents),
    });
}

;// CONCATENATED MODULE: ./src/aws/errors.ts
// Sorts AWS SDK errors into what the action does next: wait, retry, tell apart, or stop (explain.ts
// then says what to fix). Pure.
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET',
]);
const RETRYABLE_NAMES = new Set([
    'InternalFailure',
    'InternalFailureException',
    'InternalServerError',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    'KMSThrottlingException',
    'ProvisionedThroughputExceededException',
    'AbortError',
]);
function shape(err) {
    return typeof err === 'object' && err !== null ? err : {};
}
function errorName(err) {
    const e = shape(err);
    return e.name ?? e.code ?? typeof err;
}
const THROTTLED = /rate exceeded|throttl|too many requests|slow down/i;
// AWS: "...can simultaneously be in CREATING or DELETING. Limit: 5"; kinesis-local: "Limit for
// streams being created concurrently exceeded".
const STREAM_SLOTS = /simultaneously be in CREATING or DELETING|CREATING or DELETING|created concurrently|being created/i;
const HARD_QUOTA = /shard|24[- ]hours?|per day|daily|scaling|stream mode|mode switch|on-?demand|stream count|consumers?|maximum number|account limit|quota/i;
function limitKind(message) {
    if (THROTTLED.test(message))
        return 'throttled';
    if (STREAM_SLOTS.test(message))
        return 'stream-slots';
    if (HARD_QUOTA.test(message))
        return 'hard-quota';
    return 'unknown';
}
/** Operations whose LimitExceeded can be the 5-streams-CREATING-or-DELETING limit. */
const SLOT_OPERATIONS = new Set(['CreateStream', 'DeleteStream']);
/** True when `err` is a LimitExceeded that waits for a CREATING/DELETING slot on `operation`. */
function isSlotWait(err, operation) {
    if (errorName(err) !== 'LimitExceededException' || !SLOT_OPERATIONS.has(operation))
        return false;
    const kind = limitKind(shape(err).message ?? '');
    return kind === 'stream-slots' || kind === 'unknown';
}
function classify(err, operation = '') {
    const e = shape(err);
    const name = errorName(err);
    if (name === 'ResourceNotFoundException')
        return 'not-found';
    if (name === 'ResourceInUseException')
        return 'in-use';
    if (name === 'AccessDeniedException' || name === 'AccessDenied')
        return 'access-denied';
    if (name === 'LimitExceededException') {
        const kind = limitKind(e.message ?? '');
        if (kind === 'throttled' || kind === 'stream-slots')
            return 'retryable';
        if (kind === 'unknown' && SLOT_OPERATIONS.has(operation))
            return 'retryable';
        return 'fatal';
    }
    if (RETRYABLE_NAMES.has(name))
        return 'retryable';
    // A host that does not resolve is a typo in endpoint-url or region, not a passing fault.
    if (e.code === 'ENOTFOUND')
        return 'fatal';
    if (e.code && NETWORK_CODES.has(e.code))
        return 'retryable';
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && (status >= 500 || status === 429))
        return 'retryable';
    if (e.$fault === 'server')
        return 'retryable';
    // A response the SDK could not parse (a proxy's HTML page, a cut connection) has no status: retry.
    if (status === undefined && /socket hang up|aborted|Deserialization|Unexpected end|network/i.test(e.message ?? '')) {
        return 'retryable';
    }
    return 'fatal';
}
// Errors that prove the request was not carried out: refused before it was sent or turned away
// by a limit. Any other retryable error (5xx, reset, no answer in time) leaves the outcome unknown.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);
const REJECTED_NAMES = new Set(['LimitExceededException', 'ThrottlingException', 'Throttling', 'TooManyRequestsException', 'KMSThrottlingException']);
/** A retryable error after which the call may or may not have taken effect: observe before resending. */
function isAmbiguous(err) {
    const e = shape(err);
    if (REJECTED_NAMES.has(errorName(err)))
        return false;
    if (e.code && NOT_SENT_CODES.has(e.code))
        return false;
    if (e.$metadata?.httpStatusCode === 429)
        return false;
    if (/without establishing a connection/i.test(e.message ?? ''))
        return false;
    return true;
}
/** Why a call is being retried, for the log: "throttled …", "failed with …". */
function retryReason(operation, err) {
    const name = errorName(err);
    if (name !== 'LimitExceededException')
        return `failed with ${name}`;
    if (isSlotWait(err, operation)) {
        return limitKind(shape(err).message ?? '') === 'stream-slots'
            ? "hit the account's limit of 5 streams CREATING or DELETING at once"
            : 'hit an account limit (LimitExceededException)';
    }
    return 'throttled (LimitExceededException)';
}
/** True when the error is "nothing listens there": a wrong endpoint-url, not a passing fault. */
function isConnectionRefused(err) {
    return shape(err).code === 'ECONNREFUSED';
}

;// CONCATENATED MODULE: ./src/aws/gateway.ts


/** A call may run this far past the deadline, so that the last poll at the deadline can answer. */
const CALL_GRACE_MS = 500;
/** How long the next call may take: at most CALL_TIMEOUT_MS, and not much past the deadline. */
function callBudgetMs(now, deadline) {
    return Math.round(Math.min(CALL_TIMEOUT_MS, Math.max(200, deadline + CALL_GRACE_MS - now)));
}
/** Aborts on cancellation or when the call's budget is spent (a hanging connection cannot overrun). */
function callSignal(cancel, budgetMs) {
    return AbortSignal.any([cancel, AbortSignal.timeout(budgetMs)]);
}
/** An error from a Kinesis call, with the operation it came from (for the IAM action name). */
class KinesisCallError extends Error {
    operation;
    awsError;
    constructor(operation, awsError) {
        super(`${operation}: ${errorName(awsError)}`);
        this.operation = operation;
        this.awsError = awsError;
        this.name = 'KinesisCallError';
    }
}
class KinesisGateway {
    client;
    clock;
    debug;
    callSignal;
    calls = 0;
    constructor(client, clock, debug, 
    /** Signal for the next call: aborts on cancellation or when the call has had its time. */
    callSignal) {
        this.client = client;
        this.clock = clock;
        this.debug = debug;
        this.callSignal = callSignal;
    }
    /** Sends one operation about `streamName` (for the debug line). Errors become KinesisCallError. */
    async send(operation, streamName) {
        const started = this.clock.now();
        this.calls++;
        try {
            const out = await operation.send(this.client, this.callSignal());
            this.debug(`${operation.name} ${streamName}: ok in ${Math.round(this.clock.now() - started)} ms`);
            return out;
        }
        catch (err) {
            this.debug(`${operation.name} ${streamName}: ${errorName(err)} in ${Math.round(this.clock.now() - started)} ms`);
            throw new KinesisCallError(operation.name, err);
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/kms.ts

/** A resolver on AWS KMS in `region`; every failure (denied, missing, throttled) means "cannot tell". */
function kmsKeyResolver(region, log, signal, agents) {
    let client;
    const cache = new Map();
    const describe = async (ref) => {
        const { KMSClient, DescribeKeyCommand } = await __webpack_require__.e(/* import() */ 609).then(__webpack_require__.bind(__webpack_require__, 1609));
        client ??= new KMSClient({
            region,
            maxAttempts: 2,
            requestHandler: requestHandler(SIDE_CALL_TIMEOUT_MS, agents),
        });
        try {
            const out = await client.send(new DescribeKeyCommand({ KeyId: ref }), { abortSignal: signal() });
            return out.KeyMetadata?.Arn;
        }
        catch (err) {
            log.debug(`kms:DescribeKey ${ref}: ${err.name ?? 'error'}`);
            return undefined;
        }
    };
    return {
        lookup: (ref) => {
            if (!cache.has(ref))
                cache.set(ref, describe(ref));
            return cache.get(ref);
        },
        close: () => client?.destroy(),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/shared/action-error.ts
var action_error = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/shared/safe-text.ts
var safe_text = __webpack_require__(6054);
;// CONCATENATED MODULE: ./src/aws/network.ts
// How the AWS clients reach AWS from the user's network. The SDK for JavaScript v3 ignores the proxy
// variables and AWS_CA_BUNDLE by itself, so a self-hosted runner whose only way out is a proxy could not
// run the action at all. Here: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY (either case) with NO_PROXY decided
// per request (proxy-from-env: hosts, domains, `*`, ports), a CONNECT tunnel for https (https-proxy-agent)
// and absolute-form requests for http (http-proxy-agent); AWS_CA_BUNDLE added to Node's own roots (and
// NODE_EXTRA_CA_CERTS), never replacing them. HTTP/1.1 with keep-alive either way. The proxy libraries
// are loaded only when a proxy variable is set (their own chunk).








const PROXY_VARS = ['https_proxy', 'http_proxy', 'all_proxy'];
const proxyValues = (env) => PROXY_VARS.flatMap((v) => [v, v.toUpperCase()])
    .filter((v) => env[v])
    .map((v) => [v, String(env[v])]);
/** What the trust store is: Node's default roots (with NODE_EXTRA_CA_CERTS) plus AWS_CA_BUNDLE, when set. */
function caFrom(env) {
    const file = env.AWS_CA_BUNDLE;
    if (!file)
        return undefined;
    let pem;
    try {
        pem = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new action_error/* ActionError */.l(`AWS_CA_BUNDLE is "${(0,safe_text/* redactLine */.Mq)(file)}", which cannot be read (${err.code ?? 'error'}): ` +
            'point it at a PEM file of CA certificates.');
    }
    if (!/-----BEGIN CERTIFICATE-----/.test(pem)) {
        throw new action_error/* ActionError */.l(`AWS_CA_BUNDLE is "${(0,safe_text/* redactLine */.Mq)(file)}", which holds no PEM certificate ("-----BEGIN CERTIFICATE-----"): point it at a PEM file of CA certificates.`);
    }
    // getCACertificates('default') is what Node trusts without a `ca` option: its bundled roots and
    // NODE_EXTRA_CA_CERTS (Node 22.15+; the bundled roots alone before that).
    const roots = external_node_tls_.getCACertificates?.('default') ?? [...external_node_tls_.rootCertificates];
    // Each certificate is parsed here: TLS would skip one it cannot read, silently, and fail later.
    for (const block of pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) {
        try {
            new external_node_crypto_.X509Certificate(block);
        }
        catch (err) {
            throw new action_error/* ActionError */.l(`AWS_CA_BUNDLE is "${(0,safe_text/* redactLine */.Mq)(file)}", whose certificates Node cannot read (${(0,safe_text/* redactLine */.Mq)(err.message)}).`);
        }
    }
    return [...roots, pem];
}
/** A proxy URL the agents can use: http(s)://[user:pass@]host[:port]; anything else is an input error. */
function checkProxy(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
        throw new action_error/* ActionError */.l(`${name} is "${(0,safe_text/* redactLine */.Mq)(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@/]*@/i, '$1***@'))}": it must be a proxy URL such as http://proxy.example:3128 ` +
            '(with the scheme; user:password@ may come before the host).');
    }
    return url;
}
const withoutCredentials = (u) => `${u.protocol}//${u.host}`;
/**
 * The agents every AWS client of the run uses. Without a proxy variable: Node's own agents (keep-alive,
 * and AWS_CA_BUNDLE when set). With one: an agent that asks proxy-from-env for each request.
 */
async function networkAgents(env = process.env) {
    const ca = caFrom(env);
    const base = { keepAlive: true, maxSockets: 50 };
    const direct = { httpAgent: new external_node_http_.Agent(base), httpsAgent: new external_node_https_.Agent({ ...base, ...(ca ? { ca } : {}) }) };
    const proxies = proxyValues(env).map(([name, value]) => checkProxy(name, value));
    if (proxies.length === 0)
        return { ...direct, secrets: [] };
    // A proxy password is a credential whatever its length: masked as typed, as encoded in the URL, and
    // as the Basic Proxy-Authorization value an echoing proxy could send back.
    const secrets = proxies.flatMap((u) => {
        if (!u.password)
            return [];
        const password = decodeURIComponent(u.password);
        return [password, u.password, Buffer.from(`${decodeURIComponent(u.username)}:${password}`).toString('base64')];
    });
    const agent = await envProxyAgent(direct, ca);
    return { httpAgent: agent, httpsAgent: agent, via: [...new Set(proxies.map(withoutCredentials))].join(', '), secrets };
}
/**
 * One agent that, per request, goes direct (NO_PROXY, or no proxy for that scheme) or through the proxy
 * proxy-from-env names: a CONNECT tunnel for https targets, absolute-form requests for http ones. Sockets
 * are pooled here, by target, so keep-alive holds either way; an http request that reuses a pooled socket
 * to a proxy gets its absolute path and Proxy-Authorization again (the proxy agent only sees new ones).
 */
async function envProxyAgent(direct, ca) {
    const [{ Agent }, { HttpsProxyAgent }, { HttpProxyAgent }, { getProxyForUrl }] = await Promise.all([
        __webpack_require__.e(/* import() */ 319).then(__webpack_require__.bind(__webpack_require__, 319)),
        Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 1566)),
        Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 8947)),
        __webpack_require__.e(/* import() */ 182).then(__webpack_require__.bind(__webpack_require__, 8182)),
    ]);
    const proxyFor = (o) => {
        const host = String(o.host ?? '');
        return getProxyForUrl(`${o.secureEndpoint ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${o.port ?? (o.secureEndpoint ? 443 : 80)}`);
    };
    const tunnels = new Map();
    const forwarders = new Map();
    // The URL type is the libraries' way to type their options by the proxy's scheme; both are http(s).
    const tunnel = (proxy) => tunnels.get(proxy) ?? tunnels.set(proxy, new HttpsProxyAgent(proxy, { keepAlive: true, ...(ca ? { ca } : {}) })).get(proxy);
    const forwarder = (proxy) => forwarders.get(proxy) ?? forwarders.set(proxy, new HttpProxyAgent(proxy, { keepAlive: true })).get(proxy);
    const nodeAddRequest = external_node_http_.Agent.prototype.addRequest;
    class EnvProxyAgent extends Agent {
        addRequest(req, opts) {
            const target = { ...opts, secureEndpoint: this.isSecureEndpoint(opts) };
            const proxy = target.secureEndpoint ? '' : proxyFor(target);
            if (proxy)
                forwarder(proxy).setRequestProps(req, target);
            nodeAddRequest.call(this, req, opts);
        }
        connect(_req, opts) {
            const proxy = proxyFor(opts);
            if (!proxy)
                return opts.secureEndpoint ? direct.httpsAgent : direct.httpAgent;
            if (!opts.secureEndpoint)
                return forwarder(proxy);
            // Inside a tunnel the TLS socket has no host (the tunnel agent drops it): an IP endpoint's
            // certificate would be checked against "localhost". Check it against the address asked for.
            const host = String(opts.host ?? '');
            if ((0,external_node_net_.isIP)(host))
                opts.checkServerIdentity = (_name, cert) => external_node_tls_.checkServerIdentity(host, cert);
            return tunnel(proxy);
        }
    }
    // `ca` here reaches every request's options, so the TLS inside a tunnel trusts AWS_CA_BUNDLE too.
    return new EnvProxyAgent({ keepAlive: true, maxSockets: 50, ...(ca ? { ca } : {}) });
}

;// CONCATENATED MODULE: ./src/aws/sts.ts

function stsAccountResolver(region, log, signal, agents) {
    let client;
    let answer;
    const ask = async () => {
        const { STSClient, GetCallerIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(869), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 1383));
        client ??= new STSClient({
            region,
            maxAttempts: 2,
            requestHandler: requestHandler(SIDE_CALL_TIMEOUT_MS, agents),
        });
        try {
            const out = await client.send(new GetCallerIdentityCommand({}), { abortSignal: signal() });
            return typeof out.Account === 'string' && /^\d{12}$/.test(out.Account) ? out.Account : undefined;
        }
        catch (err) {
            log.debug(`sts:GetCallerIdentity: ${err.name ?? 'error'}`);
            return undefined;
        }
    };
    return {
        account: () => (answer ??= ask()),
        close: () => client?.destroy(),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
;// CONCATENATED MODULE: ./src/inputs/read.ts
// Reads the raw action inputs. The runner passes each as INPUT_<NAME> (hyphens kept); @actions/core
// trims them and returns '' for an unset input.

const INPUT_NAMES = [
    'stream-name',
    'stream-arn',
    'state',
    'shard-count',
    'stream-mode',
    'retention-hours',
    'encryption-type',
    'kms-key-id',
    'tags',
    'provenance-tags',
    'shard-level-metrics',
    'max-record-size-kib',
    'warm-throughput-mibps',
    'record-distribution',
    'consumers',
    'consumer-tags',
    'resource-policy',
    'reader-account-ids',
    'allowed-account-ids',
    'on-drift',
    'dry-run',
    'enforce-consumer-deletion',
    'enforce-channel-deletion',
    'allow-foreign-delete',
    'delete-at-job-end',
    'time-to-live',
    'max-deletions',
    'expected-plan',
    'comment-on-pr',
    'github-token',
    'region',
    'timeout-seconds',
    'endpoint-url',
];
function readInputs() {
    // Multi-line inputs (tags, metrics) keep their inner lines; getInput trims only the ends.
    return Object.fromEntries(INPUT_NAMES.map((n) => [n, core/* getInput */.V4(n)]));
}

// EXTERNAL MODULE: ./src/model/kinesis.ts
var kinesis = __webpack_require__(127);
// EXTERNAL MODULE: ./src/plan/document.ts + 1 modules
var plan_document = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/shared/show.ts
var show = __webpack_require__(8280);
;// CONCATENATED MODULE: ./src/inputs/settings.ts
// Parsers for the declared stream settings (tags, metrics, encryption, ranges). Pure; each returns a
// value or pushes one line per problem naming the input, the value and the rule.


const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
function bad(problems, input, value, rule) {
    problems.push(`Input "${input}" is ${(0,show/* show */.W)(value)}: ${rule}.`);
}
/** A whole number in [min, max], or undefined (unset or invalid). */
function parseWhole(problems, input, value, min, max, unit = '') {
    if (value === '')
        return undefined;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) {
        bad(problems, input, value, `it must be a whole number${unit} from ${min} to ${max}`);
        return undefined;
    }
    return n;
}
function parseBoolean(problems, input, value, fallback) {
    if (value === '')
        return fallback;
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    bad(problems, input, value, 'it must be true or false');
    return fallback;
}
function parseChoice(problems, input, value, choices) {
    if (value === '')
        return undefined;
    const norm = value.toUpperCase().replace(/-/g, '_');
    const found = choices.find((c) => c.toUpperCase() === norm);
    if (!found)
        bad(problems, input, value, `it must be ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`);
    return found;
}
/**
 * `key=value` per line; blank lines ignored; the first `=` splits. AWS tag rules checked. Keys live in
 * a Map and the result has no prototype, so keys such as `constructor` or `__proto__` are plain tags.
 */
function parseTags(problems, value, input = 'tags', holder = 'a stream') {
    if (value === '')
        return undefined;
    const seen = new Map();
    let ok = true;
    for (const [i, rawLine] of value.split(/\r?\n/).entries()) {
        const line = rawLine.trim();
        if (line === '')
            continue;
        const eq = line.indexOf('=');
        const where = `line ${i + 1}`;
        if (eq < 0) {
            bad(problems, input, line, `${where} needs the form key=value`);
            ok = false;
            continue;
        }
        const key = line.slice(0, eq).trim();
        const val = line.slice(eq + 1).trim();
        const rules = [];
        if (key.length < 1 || key.length > 128)
            rules.push('a key of 1-128 characters');
        if (val.length > 256)
            rules.push('a value of at most 256 characters');
        if (!TAG_CHARS.test(key) || !TAG_CHARS.test(val))
            rules.push('only letters, digits, spaces and _ . : / = + - @');
        if (/^aws:/i.test(key))
            rules.push('no key starting with "aws:" (reserved by AWS)');
        if (/^ensure-kinesis-data-stream:/i.test(key))
            rules.push('no key starting with "ensure-kinesis-data-stream:" (the action\'s own tags; see time-to-live)');
        const earlier = seen.get(key);
        if (earlier)
            rules.push(`a key given only once (it is already on line ${earlier.line})`);
        if (rules.length) {
            bad(problems, input, line, `${where} (key ${(0,show/* show */.W)(key)}) needs ${rules.join(', ')}`);
            ok = false;
            continue;
        }
        seen.set(key, { value: val, line: i + 1 });
    }
    if (seen.size > kinesis/* MAX_TAGS */.x3) {
        problems.push(`Input "${input}" has ${seen.size} tags: ${holder} takes at most ${kinesis/* MAX_TAGS */.x3}.`);
        ok = false;
    }
    if (!ok)
        return undefined;
    // No prototype: `__proto__` becomes an own key and no inherited name (constructor, toString) reads as a tag.
    const tags = Object.create(null);
    for (const [key, { value: val }] of seen)
        tags[key] = val;
    return tags;
}
const UNIT_MS = { m: 60_000, h: 3600_000, d: 86_400_000 };
/** time-to-live's ceiling: a year. */
const MAX_TTL_MS = 365 * UNIT_MS.d;
/** A whole number of minutes, hours or days ("90m", "12h", "7d"), at most 365 days. */
function parseDuration(problems, input, value) {
    if (value === '')
        return undefined;
    const m = /^(\d{1,6})\s*([mhd])$/i.exec(value);
    const ms = m ? Number(m[1]) * UNIT_MS[m[2].toLowerCase()] : NaN;
    if (!(ms >= UNIT_MS.m && ms <= MAX_TTL_MS)) {
        bad(problems, input, value, 'it must be a whole number of minutes, hours or days such as 90m, 12h or 7d, from 1m to 365d');
        return undefined;
    }
    // One spelling in the plan's fingerprint: 12H and 12h are the same time to live.
    return { text: value.replace(/\s+/g, '').toLowerCase(), ms };
}
/** Comma- or newline-separated metric names, ALL, or NONE. Returns the full set wanted (NONE → []). */
function parseMetrics(problems, value) {
    if (value === '')
        return undefined;
    const input = 'shard-level-metrics';
    const names = value
        .split(/[,\r\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (names.length === 0) {
        bad(problems, input, value, 'the list has no metric names; name the metrics to enable, or use ALL, or NONE to turn metrics off');
        return undefined;
    }
    const isNone = (n) => /^none$/i.test(n);
    const isAll = (n) => /^all$/i.test(n);
    if (names.some(isNone)) {
        if (names.every(isNone))
            return [];
        bad(problems, input, value, 'NONE cannot be combined with other names; use NONE alone to turn metrics off');
        return undefined;
    }
    if (names.some(isAll)) {
        if (!names.every(isAll))
            bad(problems, input, value, 'ALL cannot be combined with other names');
        return [...kinesis/* ALL_METRICS */.qr];
    }
    const wanted = new Set();
    for (const n of names) {
        const known = kinesis/* ALL_METRICS */.qr.find((m) => m.toLowerCase() === n.toLowerCase());
        if (known)
            wanted.add(known);
        else
            bad(problems, input, n, `it must be one of ${kinesis/* ALL_METRICS */.qr.join(', ')}, ALL or NONE`);
    }
    return kinesis/* ALL_METRICS */.qr.filter((m) => wanted.has(m));
}
/** An alias name, a key id (GUID or multi-Region mrk-), or a key or alias ARN. */
const KMS_KEY = new RegExp(String.raw `^(alias\/[a-zA-Z0-9/_-]{1,250}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|` +
    String.raw `arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[a-zA-Z0-9-]+|alias\/[a-zA-Z0-9/_-]+))$`);
/** `encryption-type` and `kms-key-id` together: a key alone implies KMS; KMS alone uses alias/aws/kinesis. */
function parseEncryption(problems, typeValue, keyValue) {
    const type = parseChoice(problems, 'encryption-type', typeValue, ['NONE', 'KMS']);
    if (keyValue !== '' && !KMS_KEY.test(keyValue)) {
        bad(problems, 'kms-key-id', keyValue, 'it must be a KMS key id, key ARN, alias name (alias/...) or alias ARN');
        return undefined;
    }
    if (type === 'NONE') {
        if (keyValue !== '')
            problems.push(`Input "kms-key-id" (${(0,show/* show */.W)(keyValue)}) cannot be used with encryption-type NONE: remove one of them.`);
        return { type: 'NONE' };
    }
    if (type === 'KMS' || keyValue !== '')
        return { type: 'KMS', keyId: keyValue || kinesis/* DEFAULT_KMS_KEY */.QD };
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/access.ts
// Parsers for what a deploy job needs beside the stream: enhanced fan-out consumers, and who else may
// read it (an inline resource policy, or the accounts for the standard read policy). Pure; one line
// per problem, naming the input, the value and the rule.



const CONSUMER_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const ACCOUNT_ID = /^\d{12}$/;
/** PutResourcePolicy takes a policy of at most 20 KiB. */
const MAX_POLICY_BYTES = 20 * 1024;
const items = (value) => value
    .split(/\r?\n/)
    .map((l, i) => ({ item: l.trim(), line: i + 1 }))
    .filter((x) => x.item !== '');
/** Consumer names, one per line, in input order (the order of the consumer-arns output). */
function parseConsumers(problems, value) {
    if (value === '')
        return undefined;
    const names = [];
    for (const { item, line } of items(value)) {
        if (!CONSUMER_NAME.test(item))
            bad(problems, 'consumers', item, `line ${line} must be a consumer name of 1-128 characters of a-z A-Z 0-9 _ . -`);
        else if (names.includes(item))
            bad(problems, 'consumers', item, `line ${line} names a consumer already listed`);
        else
            names.push(item);
    }
    if (names.length > kinesis/* MAX_CONSUMERS */.fs)
        problems.push(`Input "consumers" names ${names.length} consumers: a stream takes at most ${kinesis/* MAX_CONSUMERS */.fs}.`);
    return names;
}
/** 12-digit AWS account ids, one per line (or comma-separated), sorted and without repeats. */
function parseAccountIds(problems, value, input = 'reader-account-ids') {
    if (value === '')
        return undefined;
    const ids = new Set();
    for (const id of value
        .split(/[,\r\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (ACCOUNT_ID.test(id))
            ids.add(id);
        else
            bad(problems, input, id, 'each entry must be a 12-digit AWS account id');
    }
    if (ids.size === 0)
        bad(problems, input, value, 'it names no account id');
    return [...ids].sort();
}
/** An inline IAM policy document: a JSON object with a Statement. Returned as parsed JSON. */
function parsePolicy(problems, value) {
    if (value === '')
        return undefined;
    let doc;
    try {
        doc = JSON.parse(value);
    }
    catch (err) {
        bad(problems, 'resource-policy', value, `it must be a JSON policy document (${err.message})`);
        return undefined;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !('Statement' in doc)) {
        bad(problems, 'resource-policy', value, 'it must be a JSON object with a "Statement" (an IAM policy document)');
        return undefined;
    }
    if (Buffer.byteLength(value) > MAX_POLICY_BYTES) {
        problems.push(`Input "resource-policy" is ${Buffer.byteLength(value)} bytes (${(0,show/* show */.W)(value.slice(0, 20))}…): a resource policy takes at most 20 KiB.`);
        return undefined;
    }
    return doc;
}

;// CONCATENATED MODULE: ./src/inputs/where.ts
// Where the calls go: the region (input, then AWS_REGION, then AWS_DEFAULT_REGION) and an optional
// endpoint-url, which must be scheme://host[:port] and never carries credentials. Pure.

// us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, ap-southeast-7 ...
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const PLAIN_URL_RULE = 'it must be an http:// or https:// URL without credentials, such as http://127.0.0.1:4567';
/** scheme://authority, then the rest (path, query, fragment). A backslash ends the authority as in WHATWG URLs. */
const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)(.*)$/is;
/** Why an endpoint-url cannot be used, or undefined when it is scheme://host[:port] with an optional "/". */
function endpointProblem(value) {
    const parts = URL_PARTS.exec(value);
    if (!parts || !/^https?$/i.test(parts[1]) || /[\s\p{Cc}]/u.test(value))
        return PLAIN_URL_RULE;
    const [, , authority, rest] = parts;
    if (authority.includes('@')) {
        return ('it must not contain a user name or password (the action signs requests with the AWS credentials of the job); give scheme://host[:port] only, ' +
            'such as http://127.0.0.1:4567');
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return PLAIN_URL_RULE;
    }
    if ((rest !== '' && rest !== '/') || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
        return 'it must be scheme://host[:port] only, without a path, query or fragment (a trailing "/" is fine), such as http://127.0.0.1:4567';
    }
    return undefined;
}
/** The value with any user:password@ replaced by ***@, so that an error never echoes a credential. */
function withoutUserinfo(value) {
    return value.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#\\]*@/is, '$1***@');
}
function resolveRegion(input, env, problems) {
    const sources = [
        ['input "region"', input],
        ['AWS_REGION', env.AWS_REGION?.trim()],
        ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION?.trim()],
    ];
    const found = sources.find(([, v]) => v !== undefined && v !== '');
    if (!found) {
        problems.push('No AWS region: set the "region" input, or AWS_REGION (aws-actions/configure-aws-credentials sets it for later steps).');
        return undefined;
    }
    const [source, value] = found;
    if (!REGION.test(value)) {
        const label = source.startsWith('input') ? 'Input "region"' : `${source} (used because the "region" input is unset)`;
        problems.push(`${label} is ${(0,show/* show */.W)(value)}: it must be an AWS region code such as us-east-1.`);
        return undefined;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/spec.ts
// Turns raw inputs into the desired stream spec, or into every input problem at once. Pure: nothing
// here calls AWS, so what can never work is refused before any API call.







const DEFAULT_TIMEOUT_SECONDS = 300;
const MAX_TIMEOUT_SECONDS = 86400;
const STREAM_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
/** A sweep's pattern: stream-name characters with * and ?. */
const STREAM_GLOB = /^[a-zA-Z0-9_.*?-]{1,128}$/;
function parseSpec(raw, env) {
    const problems = [];
    const byArn = parseStreamArn(problems, raw['stream-arn'], raw['stream-name'], raw.state, raw.region);
    const streamName = byArn?.name ?? raw['stream-name'];
    // A name given through stream-arn was checked there.
    if (raw['stream-arn'] === '' && streamName === '') {
        problems.push('Input "stream-name" is required: give the Kinesis stream name (1-128 characters of a-z A-Z 0-9 _ . -), or stream-arn to adopt one.');
    }
    const state = parseChoice(problems, 'state', raw.state, ['present', 'absent']) ?? 'present';
    const sweep = raw['stream-arn'] === '' && /[*?]/.test(streamName);
    if (raw['stream-arn'] !== '' || streamName === '') {
        // Said above.
    }
    else if (sweep) {
        if (!STREAM_GLOB.test(streamName))
            bad(problems, 'stream-name', streamName, 'a pattern is 1-128 characters of a-z A-Z 0-9 _ . - with * and ?');
        else if (state !== 'absent')
            bad(problems, 'stream-name', streamName, 'a pattern (* or ?) only sweeps streams with state: absent; name one stream to create or adopt it');
    }
    else if (!STREAM_NAME.test(streamName)) {
        bad(problems, 'stream-name', streamName, 'it must be 1-128 characters of a-z A-Z 0-9 _ . - (no spaces)');
    }
    const deleteAtJobEnd = parseBoolean(problems, 'delete-at-job-end', raw['delete-at-job-end'], false);
    if (deleteAtJobEnd && (state === 'absent' || raw['stream-arn'] !== '')) {
        problems.push('Input "delete-at-job-end" deletes the stream this step creates when the job ends: it needs state: present and stream-name (a step that deletes, ' +
            'or adopts by stream-arn, creates nothing).');
    }
    const timeToLive = parseDuration(problems, 'time-to-live', raw['time-to-live']);
    if (timeToLive && (state === 'absent' || raw['stream-arn'] !== '')) {
        problems.push('Input "time-to-live" tags a stream this step creates (or one made with it): it needs state: present and stream-name.');
    }
    const maxDeletions = parseWhole(problems, 'max-deletions', raw['max-deletions'], 1, 1000) ?? 20;
    if (raw['max-deletions'] !== '' && !sweep)
        problems.push('Input "max-deletions" caps a sweep: it needs a stream-name pattern (* or ?) with state: absent.');
    const shardCount = parseWhole(problems, 'shard-count', raw['shard-count'], 1, kinesis/* MAX_SHARDS */.hH);
    const streamMode = parseChoice(problems, 'stream-mode', raw['stream-mode'], ['PROVISIONED', 'ON_DEMAND']);
    if (streamMode === 'ON_DEMAND' && raw['shard-count'] !== '') {
        problems.push(`Input "shard-count" (${(0,show/* show */.W)(raw['shard-count'])}) cannot be used with stream-mode ON_DEMAND: ` +
            'on-demand streams manage their own shards; remove shard-count or use PROVISIONED.');
    }
    const retentionHours = parseWhole(problems, 'retention-hours', raw['retention-hours'], 24, 8760, ' of hours');
    const encryption = parseEncryption(problems, raw['encryption-type'], raw['kms-key-id']);
    const tags = parseTags(problems, raw.tags);
    const shardLevelMetrics = parseMetrics(problems, raw['shard-level-metrics']);
    const maxRecordSizeKiB = parseWhole(problems, 'max-record-size-kib', raw['max-record-size-kib'], 1024, 10240, ' of KiB');
    const warmThroughputMiBps = parseWhole(problems, 'warm-throughput-mibps', raw['warm-throughput-mibps'], 1, 10240, ' of MiB/s');
    if (raw['warm-throughput-mibps'] !== '' && streamMode !== 'ON_DEMAND') {
        problems.push(`Input "warm-throughput-mibps" (${(0,show/* show */.W)(raw['warm-throughput-mibps'])}) needs stream-mode ON_DEMAND: provisioned streams have no warm throughput; add ` +
            `stream-mode: ON_DEMAND or remove it.`);
    }
    const recordDistribution = parseChoice(problems, 'record-distribution', raw['record-distribution'], ['AUTO', 'USER_PARTITION_KEY']);
    if (raw['record-distribution'] !== '' && streamMode !== 'ON_DEMAND') {
        problems.push(`Input "record-distribution" (${(0,show/* show */.W)(raw['record-distribution'])}) needs stream-mode ON_DEMAND: provisioned streams place records by partition ` +
            'key only; add stream-mode: ON_DEMAND or remove it.');
    }
    const consumers = parseConsumers(problems, raw.consumers);
    const consumerTags = parseTags(problems, raw['consumer-tags'], 'consumer-tags', 'a consumer');
    if (raw['consumer-tags'] !== '' && raw.consumers === '') {
        problems.push('Input "consumer-tags" needs "consumers": it tags the consumers the step declares; name them, or remove it.');
    }
    const resourcePolicy = parsePolicy(problems, raw['resource-policy']);
    const readerAccountIds = parseAccountIds(problems, raw['reader-account-ids']);
    const allowedAccountIds = parseAccountIds(problems, raw['allowed-account-ids'], 'allowed-account-ids');
    if (raw['resource-policy'] !== '' && raw['reader-account-ids'] !== '') {
        problems.push('Inputs "resource-policy" and "reader-account-ids" cannot be used together: both set the stream\'s one resource policy; put the readers in your ' +
            'policy, or drop it.');
    }
    const onDrift = parseChoice(problems, 'on-drift', raw['on-drift'], ['report', 'update', 'fail']) ?? 'report';
    const dryRun = parseBoolean(problems, 'dry-run', raw['dry-run'], false);
    const provenanceTags = parseBoolean(problems, 'provenance-tags', raw['provenance-tags'], true);
    const enforceConsumerDeletion = parseBoolean(problems, 'enforce-consumer-deletion', raw['enforce-consumer-deletion'], false);
    const enforceChannelDeletion = parseBoolean(problems, 'enforce-channel-deletion', raw['enforce-channel-deletion'], false);
    const allowForeignDelete = parseBoolean(problems, 'allow-foreign-delete', raw['allow-foreign-delete'], false);
    const commentOnPr = parseBoolean(problems, 'comment-on-pr', raw['comment-on-pr'], false);
    let expectedPlan;
    if (raw['expected-plan'] !== '') {
        const parsedPlan = (0,plan_document/* parsePlan */.vS)(raw['expected-plan']);
        if ('problem' in parsedPlan)
            problems.push(`Input "expected-plan" cannot be used: ${parsedPlan.problem}.`);
        else
            expectedPlan = parsedPlan.plan;
    }
    if (sweep && expectedPlan)
        problems.push('Input "expected-plan" cannot be used with a stream-name pattern: a sweep is not a reviewed plan; see it with dry-run.');
    if (sweep && allowForeignDelete) {
        problems.push('Input "allow-foreign-delete" cannot be used with a stream-name pattern: a sweep only ever deletes streams whose github:repository tag names ' +
            'this repository.');
    }
    const timeoutSeconds = parseWhole(problems, 'timeout-seconds', raw['timeout-seconds'], 1, MAX_TIMEOUT_SECONDS, ' of seconds') ?? DEFAULT_TIMEOUT_SECONDS;
    // A stream named by ARN is in the ARN's region, whatever AWS_REGION says (a malformed ARN is a problem already).
    const region = raw['stream-arn'] !== '' ? byArn?.region : resolveRegion(raw.region, env, problems);
    let endpointUrl;
    if (raw['endpoint-url'] !== '') {
        endpointUrl = raw['endpoint-url'];
        const rule = endpointProblem(endpointUrl);
        if (rule)
            bad(problems, 'endpoint-url', (0,safe_text/* redact */.E$)(withoutUserinfo(endpointUrl)), rule);
    }
    if (problems.length > 0)
        return { ok: false, errors: problems };
    const spec = {
        streamName,
        streamArn: byArn?.arn,
        state,
        streamMode,
        shardCount,
        retentionHours,
        encryption,
        shardLevelMetrics,
        maxRecordSizeKiB,
        tags,
        warmThroughputMiBps,
        recordDistribution,
        consumers,
        consumerTags,
        resourcePolicy,
        readerAccountIds,
        allowedAccountIds,
        onDrift,
        dryRun,
        provenanceTags,
        enforceConsumerDeletion,
        enforceChannelDeletion,
        allowForeignDelete,
        sweep,
        maxDeletions,
        deleteAtJobEnd,
        timeToLive,
        expectedPlan,
        commentOnPr,
        githubToken: raw['github-token'],
        region: region,
        timeoutSeconds,
        endpointUrl,
    };
    return { ok: true, spec };
}
const STREAM_ARN = /^arn:aws[a-z-]{0,20}:kinesis:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):stream\/([a-zA-Z0-9_.-]{1,128})$/;
/**
 * stream-arn: a stream to adopt by its ARN (another account's, through its resource policy). Exactly
 * one of stream-name and stream-arn; the region is the ARN's (a region input that disagrees is refused);
 * never with state: absent (a teardown deletes by name, in its own account).
 */
function parseStreamArn(problems, arn, name, state, region) {
    if (arn === '')
        return undefined;
    const m = STREAM_ARN.exec(arn);
    if (!m) {
        bad(problems, 'stream-arn', arn, 'it must be a Kinesis stream ARN: arn:aws:kinesis:REGION:ACCOUNT:stream/NAME');
        return undefined;
    }
    if (name !== '')
        problems.push('Inputs "stream-name" and "stream-arn" cannot be used together: give one (stream-arn adopts a stream by its ARN).');
    if (region !== '' && region !== m[1])
        problems.push(`Input "region" is ${(0,show/* show */.W)(region)}, but stream-arn names a stream in ${m[1]}: remove region, or make them agree.`);
    if (state === 'absent')
        problems.push('Input "stream-arn" cannot be used with state: absent: a teardown deletes a stream by name, in its own account (use stream-name).');
    return { arn, name: m[3], region: m[1] };
}

// EXTERNAL MODULE: ./src/model/outcome.ts
var outcome = __webpack_require__(5093);
// EXTERNAL MODULE: ./src/plan/access.ts
var plan_access = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/report/log.ts
// The one place where text leaves the action for people: the log (stdout), annotations and the job
// summary. Messages carry text from outside (AWS answers, stream fields, tags, echoed inputs), so each
// sink gets it redacted and escaped here, and nowhere else: stages only ever see a Log, and a test
// checks that no other module writes to stdout or annotations. Outputs are data for later steps and
// go through core.setOutput's heredoc form (outputs.ts).


/** The action's log: one stdout line per message (never a workflow command), one-line annotations. */
const actionLog = {
    info: (message) => core/* info */.pq((0,safe_text/* forLog */.Ig)(message)),
    warning: (message) => core/* warning */.$e((0,safe_text/* forAnnotation */.Jc)(message)),
    notice: (message) => core/* notice */.lm((0,safe_text/* forAnnotation */.Jc)(message)),
    debug: (message) => core/* debug */.Yz((0,safe_text/* forLog */.Ig)(message)),
};
/** Fails the step with one redacted line (an error annotation). */
function fail(message) {
    core/* setFailed */.C1((0,safe_text/* forAnnotation */.Jc)(message));
}
/** Appends already-escaped markdown (summary.ts escapes every outside value with forSummary). */
async function writeSummaryMarkdown(markdown) {
    await core/* summary */.z.addRaw(markdown).write();
}
/**
 * The job's AWS secrets are masked by the runner too (as aws-actions/configure-aws-credentials does)
 * and redacted from every line this action writes, whatever shape the text that carries them has.
 */
function protectSecrets(env, tokens = [], always = []) {
    // Tokens (github-token) like the AWS values only when they could be real; `always` (a proxy password)
    // is a credential whatever its length.
    const secrets = [...new Set([...(0,safe_text/* secretsFromEnv */.zr)(env), ...tokens.filter(safe_text/* couldBeCredential */.E), ...always.filter(Boolean)])];
    for (const secret of secrets)
        core/* setSecret */.Pq(secret);
    (0,safe_text/* registerSecrets */.dg)(secrets);
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
// Hands the result to later steps: the action's outputs, as data (core.setOutput's heredoc form keeps
// any value whole). Values that are lists or maps are JSON, in a stable order.


/** The `drift` output: [{setting, current, desired}], [] when none. */
function driftJson(drift) {
    return JSON.stringify(drift.map(({ setting, current, desired }) => ({ setting, current, desired })));
}
/** The `consumer-arns` output in input order (a JS object would put names like "2" first). */
function consumerArnsJson(arns, order = []) {
    if (!arns)
        return '{}';
    const names = order.length ? order : Object.keys(arns);
    return `{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(arns[n] ?? null)}`).join(',')}}`;
}
/** The streams this run deleted: a sweep's, or the one stream of a teardown (JSON array, in order). */
function deletedStreams(streamName, r) {
    if (r.sweep)
        return r.sweep.filter((row) => row.deleted).map((row) => row.stream);
    return r.deleted ? [streamName] : [];
}
function setOutputs(streamName, r, plan, consumerOrder, expiresAt = '') {
    const s = r.stream;
    const exists = s?.StreamStatus !== undefined;
    core/* setOutput */.uH('stream-arn', s?.StreamARN ?? '');
    core/* setOutput */.uH('stream-name', streamName);
    // UNKNOWN: the run could not read the stream (access denied, no answer); ABSENT is a stream seen missing.
    core/* setOutput */.uH('stream-status', exists ? s.StreamStatus : r.unread ? 'UNKNOWN' : 'ABSENT');
    core/* setOutput */.uH('stream-mode', exists ? (s.StreamModeDetails?.StreamMode ?? 'PROVISIONED') : '');
    core/* setOutput */.uH('shard-count', exists ? String(s.OpenShardCount ?? '') : '');
    core/* setOutput */.uH('created', String(r.created));
    core/* setOutput */.uH('changed', String(r.changed));
    core/* setOutput */.uH('deleted', String(r.deleted));
    core/* setOutput */.uH('drift', driftJson(r.drift));
    core/* setOutput */.uH('plan', plan ? (0,plan_document/* planJson */.iY)(plan) : '');
    core/* setOutput */.uH('consumer-arns', consumerArnsJson(r.consumerArns, consumerOrder));
    core/* setOutput */.uH('deleted-streams', JSON.stringify(deletedStreams(streamName, r)));
    core/* setOutput */.uH('expires-at', expiresAt);
}

;// CONCATENATED MODULE: ./src/report/sweep.ts


const esc = (text) => (0,safe_text/* forSummary */.oN)(text, 60);
/** Deleted (done), to delete (plan), or neither. */
function verdictText(r, done) {
    if (r.deleted)
        return '**deleted**';
    if (r.verdict === 'delete')
        return done ? 'kept' : '**delete**';
    return 'keep';
}
function sweepSection(pattern, rows, done) {
    const going = rows.filter((r) => (done ? r.deleted : r.verdict === 'delete'));
    const kept = rows.length - going.length;
    const head = going.length === 0
        ? `**No changes.** ${(0,show/* count */.U)(rows.length, 'stream')} ${rows.length === 1 ? 'matches' : 'match'} ${esc(pattern)}; none is done with.`
        : done
            ? `**Applied: 0 created, 0 changed, ${going.length} deleted.** ${kept} kept.`
            : `**Plan: 0 to create, 0 to change, ${going.length} to delete.** ${kept} kept. Dry run: nothing was changed.`;
    const lines = [head, ''];
    if (going.length) {
        const names = going.map((r) => esc(r.stream)).join(', ');
        const what = done
            ? `${(0,show/* count */.U)(going.length, 'stream')} deleted with every record in them`
            : `This deletes ${(0,show/* count */.U)(going.length, 'stream')} and every record in them`;
        lines.push('> [!CAUTION]', `> **${what}**; they cannot be recovered: ${names}.`, '');
    }
    if (rows.length === 0)
        return lines;
    lines.push('| Stream | Owner | Expires | Pull request | Verdict | Why |', '|:---|:---|:---|:---|:---|:---|');
    for (const r of rows) {
        const owner = r.owner === null ? 'unread' : r.owner === '' ? '—' : esc(r.owner);
        // Escaped like the rest: a PR number from a tag must not become a link to whatever issue has it.
        const pr = r.pr ? esc(`#${r.pr.number} ${r.pr.state}`) : '—';
        lines.push(`| ${esc(r.stream)} | ${owner} | ${r.expires ? esc(r.expires) : '—'} | ${pr} | ${verdictText(r, done)} | ${(0,safe_text/* forSummary */.oN)(r.why, 300)} |`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/plan/stream-changes.ts
var stream_changes = __webpack_require__(8307);
;// CONCATENATED MODULE: ./src/report/words.ts
// The plan in people's words: what each row is called, what its values mean (with units) and what
// the change does, and the counts a reviewer reads first. Pure. API names stay in the plan document
// (its `action` field) and in a folded detail of the summary, never in the words. Every outside
// value a phrase carries is escaped by the caller's `esc` (summary.ts passes forSummary).



const isCreation = (rows) => rows.some((r) => r.setting === 'stream' && r.desired === 'present');
const isDeletion = (rows) => rows.some((r) => r.setting === 'stream' && r.desired === 'absent');
/**
 * Things, not API calls: a creation is 1 stream (its settings are part of it) plus its consumers; a
 * teardown is 1 stream plus the consumers deleted with it (rows when their names are known, else
 * `consumersDeleted`) and the channels deleted before it; any other row is one setting changed.
 */
function countRows(rows, consumersDeleted = 0) {
    const counts = { create: 0, change: 0, delete: 0, blocked: 0 };
    const creating = isCreation(rows);
    for (const r of rows) {
        if (r.blocked)
            counts.blocked++;
        else if (r.setting === 'stream' || (/^(consumers|channels)($|\.)/.test(r.setting) && r.desired === 'absent'))
            counts[r.desired === 'absent' ? 'delete' : 'create']++;
        else if (r.setting.startsWith('consumers.') && (r.current === null || r.current === 'DELETING'))
            counts.create++;
        else if (!creating)
            counts.change++;
    }
    if (isDeletion(rows))
        counts.delete += consumersDeleted;
    return counts;
}
/** "1 to create, 3 to change, 0 to delete" (a plan) or "1 created, 3 changed, 0 deleted" (done). */
function countsLine(c, done) {
    const parts = done
        ? [`${c.create} created`, `${c.change} changed`, `${c.delete} deleted`]
        : [`${c.create} to create`, `${c.change} to change`, `${c.delete} to delete`];
    if (c.blocked)
        parts.push(`${c.blocked} cannot be applied`);
    return parts.join(', ');
}
const LABELS = {
    stream: 'stream',
    'stream-mode': 'capacity mode',
    'shard-count': 'shards',
    'retention-hours': 'retention',
    encryption: 'encryption',
    'shard-level-metrics': 'shard-level metrics',
    'max-record-size-kib': 'max record size',
    'warm-throughput-mibps': 'warm throughput',
    'record-distribution': 'record distribution',
    'resource-policy': 'stream policy',
    'reader-account-ids': 'cross-account readers',
    consumers: 'consumers (names not read)',
    channels: 'channels (names not read)',
};
/** The row's name for people: "retention", "tag team", "consumer app". */
function label(setting, esc) {
    if (LABELS[setting])
        return LABELS[setting];
    const prefixed = [
        ['tags.', 'tag '],
        ['consumers.', 'consumer '],
        ['channels.', 'channel '],
        ['reader-account-ids.consumer.', 'cross-account readers of consumer '],
    ];
    const consumerTag = /^consumer-tags\.([^/]+)\/(.*)$/s.exec(setting);
    if (consumerTag)
        return `tag ${esc(consumerTag[2])} of consumer ${esc(consumerTag[1])}`;
    for (const [prefix, words] of prefixed)
        if (setting.startsWith(prefix))
            return `${words}${esc(setting.slice(prefix.length))}`;
    return esc(setting);
}
const UNITS = { 'retention-hours': ' h', 'max-record-size-kib': ' KiB', 'warm-throughput-mibps': ' MiB/s' };
/** A value as a person reads it: with its unit, lists spaced so that they wrap; "—" for unset. */
function valueText(setting, v, esc) {
    if (v === null)
        return '—';
    if (typeof v === 'number')
        return `${v}${UNITS[setting] ?? ''}`;
    if (setting === 'shard-level-metrics')
        return esc(v.split(',').join(', '));
    return esc(v);
}
const metricList = (v) => {
    const s = String(v ?? 'NONE');
    return s === 'ALL' ? [...kinesis/* ALL_METRICS */.qr] : s === 'NONE' ? [] : s.split(',').filter(Boolean);
};
/** What the change does, in words that read the same before it (a plan) and after it (done). */
function whatHappens(row, rows, esc) {
    if (row.blocked)
        return `**cannot be applied:** ${esc(row.blocked)}`;
    const { setting, current, desired } = row;
    if (setting === 'stream')
        return desired === 'absent' ? '**delete the stream and every record in it**' : 'create the stream';
    if ((setting === 'consumers' || setting.startsWith('consumers.')) && desired === 'absent')
        return '**deregistered with the stream**';
    if (setting === 'channels' && desired === 'absent')
        return '**deleted first: their delivery stops (what they delivered stays)**';
    if (setting.startsWith('channels.') && desired === 'absent')
        return current === 'DELETING' ? 'being deleted already' : '**deleted first: its delivery stops (what it delivered stays)**';
    if (setting.startsWith('consumers.'))
        return current === 'CREATING' ? 'wait until it is ACTIVE' : 'register the consumer (enhanced fan-out, billed)';
    if (isCreation(rows))
        return row.action === 'CreateStream' || row.action === 'none' ? 'set at creation' : 'set right after creation';
    const num = (v) => Number(v ?? 0);
    switch (setting) {
        case 'stream-mode':
            return desired === 'ON_DEMAND' ? 'switch to on-demand: AWS scales the shards, billed per GB' : 'switch to provisioned: a fixed number of shards';
        case 'shard-count': {
            const steps = (0,stream_changes/* shardSteps */.uz)(num(current), num(desired));
            const how = steps.length > 1 ? ` in ${steps.length} steps (${[current, ...steps].join(' → ')})` : '';
            return `scale ${num(desired) > num(current) ? 'up' : 'down'} to ${desired} shards${how}`;
        }
        case 'retention-hours':
            return num(desired) > num(current)
                ? `keep records for ${desired} h instead of ${current} h`
                : `**keep records for ${desired} h instead of ${current} h: records older than ${desired} h are lost**`;
        case 'encryption':
            return desired === 'NONE'
                ? 'stop encrypting new records'
                : current === 'NONE'
                    ? 'encrypt new records with the KMS key'
                    : 'encrypt new records with another KMS key';
        case 'shard-level-metrics': {
            const on = metricList(desired).filter((m) => !metricList(current).includes(m));
            const off = metricList(current).filter((m) => !metricList(desired).includes(m));
            // The names the stream has come from AWS: escaped like any outside text.
            return [on.length ? `turn on ${on.map(esc).join(', ')}` : '', off.length ? `turn off ${off.map(esc).join(', ')}` : ''].filter(Boolean).join('; ');
        }
        case 'max-record-size-kib':
            return `take records of up to ${desired} KiB`;
        case 'warm-throughput-mibps':
            return `keep ${desired} MiB/s of write capacity warm (billed)`;
        case 'record-distribution':
            return desired === 'AUTO'
                ? '**spread new records evenly, ignoring partition keys: no per-key order**'
                : 'place new records by partition key (per-key order)';
    }
    if (setting.startsWith('tags.') || setting.startsWith('consumer-tags.'))
        return current === null ? 'add the tag' : 'change the tag';
    if (row.action === 'PutResourcePolicy once registered')
        return 'attach the read policy once the consumer is registered';
    return current === 'none' || current === null ? 'attach the policy' : 'replace the policy';
}
/** "UpdateShardCount ×2, IncreaseStreamRetentionPeriod": the API calls, in order, repeats counted. */
function callsText(steps) {
    const out = [];
    for (const s of steps) {
        const last = out[out.length - 1];
        if (last && last[0] === s)
            last[1]++;
        else
            out.push([s, 1]);
    }
    return out.map(([s, n]) => (n > 1 ? `${s} ×${n}` : s)).join(', ');
}
/** "5 settings in 4 steps": one counting for the log, the summary and the reviewed-plan line. */
function sizeLine(rows, steps) {
    return `${(0,show/* count */.U)(rows, 'setting')} in ${(0,show/* count */.U)(steps, 'step')}`;
}
/** What happened to the stream, in a phrase (the summary's details and the run's last line). */
const HAPPENED_TEXT = {
    found: 'already existed and matched the workflow',
    created: 'created by this run',
    adopted: 'adopted (created by another run meanwhile)',
    updated: 'updated to the declared settings',
    'drift reported': 'differs from the workflow; nothing changed (on-drift: report)',
    'dry run': 'dry run: nothing changed; the table shows what a real run would do',
    deleted: 'deleted by this run',
    'already absent': 'did not exist; nothing to delete',
    kept: 'kept: not the stream this job created',
    failed: 'failed; the values shown are the last ones seen',
};
const END_TEXT = {
    found: (s) => `stream "${s}" already existed and matched the workflow`,
    created: (s) => `stream "${s}" created`,
    adopted: (s) => `stream "${s}" adopted (another run created it meanwhile)`,
    updated: (s) => `stream "${s}" updated to the declared settings`,
    'drift reported': (s) => `stream "${s}" differs from the workflow; nothing was changed (on-drift: report)`,
    'dry run': (s) => `dry run of stream "${s}"; nothing was changed`,
    deleted: (s) => `stream "${s}" deleted`,
    'already absent': (s) => `stream "${s}" did not exist; nothing to delete`,
    kept: (s) => `stream "${s}" kept: it is not the stream this job created`,
};
/** The run's last line, on every path: how long, how many calls, what happened. */
function endLine(stream, happened, seconds, calls, failed, finished = false) {
    const took = `${seconds} s, ${(0,show/* count */.U)(calls, 'API call')}`;
    if (failed || happened === undefined || happened === 'failed')
        return `Failed after ${took}: stream "${stream}", see the error above.`;
    // Found or adopted, with calls made: this run finished a creation (its follow-up settings).
    if (finished && (happened === 'found' || happened === 'adopted'))
        return `Done in ${took}: stream "${stream}" ${happened}, and its creation finished.`;
    return `Done in ${took}: ${END_TEXT[happened](stream)}.`;
}
/** What happened, for the summary's details: the outcome, corrected by a failure or a finished creation. */
function happenedText(r) {
    if (r.failure)
        return r.rows.length ? 'differs from the workflow; nothing was changed and the run failed' : 'the run failed';
    if (r.steps?.length && (r.happened === 'found' || r.happened === 'adopted'))
        return `${r.happened}; this run finished its creation`;
    return HAPPENED_TEXT[r.happened];
}

;// CONCATENATED MODULE: ./src/report/table.ts



const HEADERS = {
    plan: ['Now', 'Planned', 'What the apply does'],
    drift: ['Now', 'Declared', 'What on-drift: update would do'],
    done: ['Before', 'After', 'What was done'],
    failed: ['Seen', 'Planned', 'Planned change'],
};
/** A cell holds this much of a value; longer ones are cut there and listed whole below the table. */
const CELL_MAX = 60;
const table_esc = (text) => (0,safe_text/* forSummary */.oN)(text);
function changeTable(rows, moment) {
    if (rows.length === 0)
        return [];
    const [before, after, what] = HEADERS[moment];
    const long = [];
    const cell = (setting, v) => {
        const text = valueText(setting, v, (t) => (0,safe_text/* forSummary */.oN)(t, CELL_MAX));
        if (typeof v === 'string' && v.length > CELL_MAX)
            long.push(`- ${label(setting, table_esc)}: ${(0,safe_text/* forSummary */.oN)(v, 2000)}`);
        return text;
    };
    const lines = [`| Setting | ${before} | ${after} | ${what} |`, '|:---|:---|:---|:---|'];
    for (const r of rows)
        lines.push(`| ${label(r.setting, table_esc)} | ${cell(r.setting, r.current)} | ${cell(r.setting, r.desired)} | ${whatHappens(r, rows, table_esc)} |`);
    if (long.length > 0)
        lines.push('', '<details><summary>Values too long for the table</summary>', '', ...long, '', '</details>');
    return lines;
}
/**
 * What cannot be undone, at the top in GitHub's alert blocks (a CAUTION for a deletion, a WARNING for
 * records that a lower retention makes unreadable). Other renderers show a plain quote.
 */
function callouts(stream, rows, deletion, moment) {
    const out = [];
    // A failed run changed nothing it can vouch for: its failure line says what was in flight.
    if (moment === 'failed')
        return out;
    const done = moment === 'done';
    if (rows.some((r) => r.setting === 'stream' && r.desired === 'absent')) {
        const hours = deletion?.retentionHours;
        const kept = hours ? ` (the stream ${done ? 'kept' : 'keeps'} up to ${hours} h of them)` : '';
        const n = deletion?.consumers ?? 0;
        const names = deletion?.consumerNames?.length ? `: ${deletion.consumerNames.map(table_esc).join(', ')}` : '';
        const consumers = n > 0 ? ` Its ${(0,show/* count */.U)(n, 'consumer')} ${done ? (n === 1 ? 'was' : 'were') : n === 1 ? 'is' : 'are'} deregistered with it${names}.` : '';
        const c = deletion?.channels;
        const chNames = c?.names?.length ? `: ${c.names.map(table_esc).join(', ')}` : '';
        const one = c?.count === 1;
        const [be, stop] = done ? [one ? 'was' : 'were', 'stopped'] : one ? ['is', 'stops'] : ['are', 'stop'];
        const channels = c ? ` Its ${(0,show/* count */.U)(c.count, 'channel')} ${be} deleted first and ${stop} delivering${chNames}.` : '';
        const what = done ? `Stream ${table_esc(stream)} was deleted with every record in it` : `This deletes stream ${table_esc(stream)} and every record in it`;
        out.push('> [!CAUTION]', `> **${what}**${kept}; they cannot be recovered.${consumers}${channels}`, '');
    }
    for (const r of rows) {
        if (r.setting === 'retention-hours' && !r.blocked && typeof r.current === 'number' && typeof r.desired === 'number' && r.desired < r.current) {
            const [verb, lost] = done ? ['went', 'were'] : moment === 'drift' ? ['would go', 'would be'] : ['goes', 'are'];
            out.push('> [!WARNING]', `> Retention ${verb} from ${r.current} h to ${r.desired} h: records older than ${r.desired} h ${lost} lost.`, '');
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/summary.ts







/**
 * The stream's page in the AWS console, for the partition its region belongs to; undefined for the
 * isolated partitions (aws-iso*, aws-eusc), whose consoles are not on the public internet under a name
 * this action can know.
 */
function consoleUrl(region, streamName) {
    if (/^[a-z]{2}-iso[a-z]?-|^eusc-/.test(region))
        return undefined;
    const host = region.startsWith('cn-')
        ? 'console.amazonaws.cn'
        : region.startsWith('us-gov-')
            ? 'console.amazonaws-us-gov.com'
            : `${region}.console.aws.amazon.com`;
    return `https://${host}/kinesis/home?region=${region}#/streams/details/${encodeURIComponent(streamName)}/monitoring`;
}
const cell = (v) => (v === undefined ? '—' : (0,safe_text/* forSummary */.oN)(String(v)));
const DONE = ['created', 'updated', 'deleted'];
/** The moment the table shows, and the rows: a failed run shows the plan it was carrying out. */
function tableOf(r) {
    const happened = r.result?.happened;
    if (happened === 'failed')
        return withCounts('failed', r.plan?.changes ?? []);
    // A teardown's consumers go with the stream: a row each, so that the counts and the table agree.
    const deletion = r.result?.deletion;
    const named = deletion?.consumerNames ?? [];
    const gone = named.map((n) => ({ setting: `consumers.${n}`, current: 'ACTIVE', desired: 'absent', action: 'DeleteStream' }));
    const unnamed = (deletion?.consumers ?? 0) - named.length;
    if (deletion && unnamed > 0)
        gone.push({ setting: 'consumers', current: `${unnamed} registered`, desired: 'absent', action: 'DeleteStream' });
    const rows = [...(r.result?.rows ?? []), ...gone];
    // The consumers whose names were not read are one row: counted by their number.
    const table = (moment) => withCounts(moment, rows, unnamed > 0 ? unnamed - 1 : 0);
    // A stream to create or delete is a plan whatever on-drift says; differences under report or fail are drift.
    const whole = rows.some((row) => row.setting === 'stream');
    if (happened === 'dry run')
        return table(whole || r.onDrift === 'update' ? 'plan' : 'drift');
    // Found or adopted with steps and no failure: this run finished a creation.
    const finished = (happened === 'found' || happened === 'adopted') && !r.result?.failure && (r.result?.steps?.length ?? 0) > 0;
    return table(happened && (DONE.includes(happened) || finished) ? 'done' : 'drift');
}
const withCounts = (moment, rows, moreConsumers = 0) => ({ moment, rows, counts: countRows(rows, moreConsumers) });
/** The first line: counts, or "No changes", and what a reader must know with them. */
function headline(r, { moment, rows, counts }) {
    const happened = r.result?.happened;
    const differ = `${(0,show/* count */.U)(rows.length, 'setting')} ${rows.length === 1 ? 'differs' : 'differ'} from the workflow`;
    if (moment === 'failed') {
        const sent = r.changesSent ?? 0;
        const changed = sent === 0
            ? '**Nothing was changed.**'
            : `**It had sent change requests when it stopped** (${(0,show/* count */.U)(sent, 'call')}, retries included); the details show the last state it saw.`;
        return rows.length ? `${changed} This run's plan: ${countsLine(counts, false)}.` : changed;
    }
    if (rows.length === 0) {
        if (happened === 'already absent')
            return '**No changes.** The stream does not exist: nothing to delete.';
        return `**No changes.** ${happened === 'adopted' ? 'Another run created the stream meanwhile; it' : 'The stream'} matches every declared setting.`;
    }
    if (moment === 'done')
        return `**Applied: ${countsLine(counts, true)}.**`;
    if (moment === 'plan')
        return `**Plan: ${countsLine(counts, false)}.** Dry run: nothing was changed.`;
    if (happened === 'dry run') {
        const real = r.onDrift === 'fail' ? 'a real run with on-drift: fail fails on them' : 'a real run with on-drift: report only reports them';
        return `**Drift: ${differ}.** Dry run: nothing was changed; ${real}.`;
    }
    return r.result?.failure ? `**Drift: ${differ}.** Nothing was changed.` : `**Drift: ${differ}.** Nothing was changed (on-drift: report).`;
}
function summaryMarkdown(r) {
    const what = r.result?.sweep ? 'Kinesis sweep' : 'Kinesis stream';
    const title = `### ${what} ${r.streamName ? cell(r.streamName) : '(no name)'}${r.dryRun ? ' · dry run' : r.jobEnd ? ' · deleted at job end' : ''}`;
    const lines = [title, ''];
    const errors = r.errors ?? [];
    if (r.region === undefined) {
        // Refused before any call: the inputs to fix, nothing else.
        const what = errors.length === 1 ? 'this' : `these ${errors.length} problems`;
        lines.push(`**Failed: nothing was done.** Fix ${what} first:`, '', ...errors.map((e) => `- ${cell(e)}`));
        return lines.join('\n') + '\n';
    }
    for (const e of errors)
        lines.push(`**Failed:** ${cell(e)}`, '');
    if (r.result?.sweep) {
        lines.push(...sweepSection(r.streamName, r.result.sweep, r.result.happened !== 'dry run'), '', ...details(r));
        return lines.join('\n').replace(/\n+$/, '') + '\n';
    }
    const shown = tableOf(r);
    const { moment, rows } = shown;
    const first = headline(r, shown);
    if (first)
        lines.push(first, '');
    const lease = expiryLine(r.expiry);
    if (lease)
        lines.push(lease, '');
    lines.push(...callouts(r.streamName, rows, r.result?.deletion, moment));
    const table = changeTable(rows, moment);
    if (table.length)
        lines.push(...table, '');
    const steps = r.result?.steps ?? [];
    if (steps.length && moment !== 'failed') {
        const what = moment === 'done' ? 'made' : moment === 'plan' ? 'the apply makes' : 'on-drift: update would make';
        lines.push(`<details><summary>API calls ${what}: ${steps.length}</summary>`, '', callsText(steps), '', '</details>', '');
    }
    lines.push(...details(r), '');
    const console = consoleUrl(r.region, r.streamName);
    if (!r.customEndpoint && r.result?.stream?.StreamStatus && console)
        lines.push(`[Open in the AWS console](${console})`, '');
    return lines.join('\n').replace(/\n+$/, '') + '\n';
}
/** time-to-live: when the stream expires (a sweep deletes it after that), and whether this run moved it. */
function expiryLine(e) {
    if (!e)
        return undefined;
    if (e.planned && !e.from)
        return `Time to live: the stream would expire at ${cell(e.at)}.`;
    if (e.planned)
        return `Time to live: its expiry would move from ${cell(e.from)} to ${cell(e.at)}.`;
    if (e.from)
        return `Time to live: its expiry moved from ${cell(e.from)} to ${cell(e.at)}.`;
    return `Time to live: the stream expires at ${cell(e.at)}.`;
}
/** The stream's metadata, the plan's fingerprint and the timing: folded, for who wants them. */
function details(r) {
    const s = r.result?.stream;
    const items = [];
    if (s?.StreamARN)
        items.push(`- ARN: ${cell(s.StreamARN)}`);
    items.push(`- Region: ${cell(r.region)}`);
    if (s?.StreamStatus) {
        items.push(`- Status: ${cell(s.StreamStatus)}, ${cell(s.StreamModeDetails?.StreamMode ?? 'PROVISIONED')}, ${(0,show/* count */.U)(s.OpenShardCount ?? 0, 'open shard')}`);
        if (s.RetentionPeriodHours !== undefined)
            items.push(`- Retention: ${s.RetentionPeriodHours} h`);
        // Channels deliver the stream's records elsewhere (S3): a reviewer should know what else reads it.
        if (s.ChannelCount)
            items.push(`- Channels: ${cell((0,show/* count */.U)(s.ChannelCount, 'channel'))} delivering its records`);
    }
    if (r.result)
        items.push(`- What happened: ${happenedText(r.result)}`);
    const mine = r.plan ? (0,plan_document/* shortFingerprint */.nE)(r.plan.fingerprint) : undefined;
    const theirs = r.reviewedFingerprint ? (0,plan_document/* shortFingerprint */.nE)(r.reviewedFingerprint) : undefined;
    if (theirs && theirs !== mine)
        items.push(`- Reviewed plan: \`${theirs}\`; the stream now gives \`${mine ?? 'no plan'}\`: not applied`);
    else if (mine) {
        const failed = r.result?.happened === 'failed' || r.result?.failure !== undefined;
        const which = r.reviewed ? (failed ? 'the reviewed plan; the run stopped before the end' : 'the reviewed plan, applied exactly') : 'made before any change';
        items.push(`- Plan: \`${mine}\` (${which})`);
    }
    const calls = r.apiCalls ?? 0;
    items.push(`- Time: ${((r.elapsedMs ?? 0) / 1000).toFixed(1)} s, ${(0,show/* count */.U)(calls, 'API call')}`);
    return ['<details><summary>Stream, plan and timing</summary>', '', ...items, '', '</details>'];
}
/** Best effort: a summary that cannot be written must not fail a run that worked. */
async function writeSummary(r) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await writeSummaryMarkdown(summaryMarkdown(r));
    }
    catch (err) {
        actionLog.debug(`job summary not written: ${String(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/runtime/budget.ts
// The step's budget: its deadline (timeout-seconds) and the runner's cancellation. Every call and every
// pause asks the budget first, so no stage can overrun the deadline or outlive a cancelled step. What
// the budget says when it runs out is the run's own story (what it waited for, the last status seen),
// so the lines come from the run context (messages.ts builds them).

/** The deadline passed: the message says what the run was waiting for. */
class TimedOut extends action_error/* ActionError */.l {
}
/** The runner cancelled the step: the message says what was left in progress. */
class Cancelled extends action_error/* ActionError */.l {
}
class Budget {
    clock;
    cancel;
    deadline;
    lines;
    start;
    /** One poll may be sent at the deadline itself, so that a stream turning ACTIVE just then is seen. */
    finalPoll = 'unused';
    constructor(clock, cancel, 
    /** Clock time at which the step's budget ends. */
    deadline, lines) {
        this.clock = clock;
        this.cancel = cancel;
        this.deadline = deadline;
        this.lines = lines;
        this.start = clock.now();
    }
    /** Seconds since the run began, as "3.6". */
    seconds() {
        return ((this.clock.now() - this.start) / 1000).toFixed(1);
    }
    /** Seconds left of the step's budget. */
    secondsLeft() {
        return Math.max(0, Math.round((this.deadline - this.clock.now()) / 1000));
    }
    /** Before each call: stop on cancellation, and never start a call past the deadline (but the last poll). */
    check(isPoll) {
        if (this.cancel.aborted)
            throw this.cancelled();
        if (this.clock.now() < this.deadline)
            return;
        if (isPoll && this.finalPoll === 'due') {
            this.finalPoll = 'spent';
            return;
        }
        throw this.timedOut();
    }
    /** Sleeps until `at`, never past the deadline: one last poll may happen at the deadline itself. */
    async pauseUntil(at, finalPollAllowed) {
        const { clock, cancel, deadline } = this;
        if (at >= deadline) {
            if (this.finalPoll !== 'unused' || !finalPollAllowed)
                throw this.timedOut();
            this.finalPoll = 'due';
            at = deadline;
        }
        try {
            await clock.sleep(at - clock.now(), cancel);
        }
        catch (err) {
            if (cancel.aborted)
                throw this.cancelled();
            throw err;
        }
    }
    timedOut() {
        return new TimedOut(this.lines.timedOut());
    }
    cancelled(inFlight) {
        return new Cancelled(this.lines.cancelled(inFlight));
    }
}

;// CONCATENATED MODULE: ./src/aws/explain.ts
// Turns an error that no retry can fix into one line that says what to fix: the IAM action to allow,
// the input to check, the quota to raise. Pure; AWS's own text is quoted redacted and on one line.


/** What to do about a hard quota, by the call and the text AWS sent. */
function quotaAdvice(operation, message) {
    if (operation === 'UpdateShardCount' && (/24|day/i.test(message) || !/shard limit|account|greater than|double|half/i.test(message))) {
        return ('UpdateShardCount is limited to 10 scalings per stream per rolling 24 hours (a slot frees 24 hours after the oldest): try again later, or ' +
            'declare a shard count that needs fewer steps.');
    }
    if (operation === 'UpdateStreamMode')
        return 'A stream can switch mode twice per rolling 24 hours: try again later.';
    if (/shard/i.test(message))
        return 'Lower the shard count, delete unused streams, or ask AWS for a higher shard quota (Service Quotas, Kinesis Data Streams).';
    return 'Lower the request, delete unused streams, or ask AWS for a higher Kinesis quota.';
}
/** Node's codes for a certificate chain it does not trust (or a name it does not match). */
const TLS_TRUST = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_UNTRUSTED',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** One actionable line for an error that no retry can fix. */
function explain(err, ctx) {
    const name = errorName(err);
    const raw = shape(err).message ?? String(err);
    const aws = (0,safe_text/* redactLine */.Mq)(raw).slice(0, 400);
    const action = `kinesis:${ctx.operation}`;
    const stream = `stream "${ctx.streamName}" in ${ctx.region}`;
    const code = shape(err).code;
    const status = shape(err).$metadata?.httpStatusCode ?? err?.$response?.statusCode;
    if (status === 407) {
        return (`The proxy refused ${ctx.operation} (407 Proxy Authentication Required): put its user and password in HTTPS_PROXY / HTTP_PROXY ` +
            '(as user:password@ before the proxy host), or name this host in NO_PROXY.');
    }
    if (code && TLS_TRUST.has(code)) {
        return (`Cannot trust the TLS certificate of the Kinesis endpoint (${code}) on ${ctx.operation}: when a company CA or a TLS-inspecting proxy ` +
            'signs it, point AWS_CA_BUNDLE (or NODE_EXTRA_CA_CERTS) at a PEM file with that CA; otherwise check "endpoint-url".');
    }
    if (code === 'ENOTFOUND') {
        const host = err.hostname;
        return (`Cannot resolve the Kinesis endpoint host${typeof host === 'string' ? ` "${host}"` : ''} (ENOTFOUND) on ${ctx.operation}: ` +
            `check the "endpoint-url" input (or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL) and the "region" input (now ${ctx.region}).`);
    }
    // kinesis-local's answer to an operation it does not implement (AWS never sends it): not an IAM matter.
    if (name === 'UnknownOperationException' || /Unable to determine service\/operation name/i.test(raw)) {
        return (`The Kinesis endpoint does not know ${ctx.operation} (${name}: an emulator older than this part of the Kinesis API?): remove the input that ` +
            'needs it for this endpoint, or use one that has it.');
    }
    switch (name) {
        case 'AccessDeniedException':
        case 'AccessDenied':
            return (`Access denied: the AWS identity may not call ${action} on ${stream}. Allow ${action} for this stream in the IAM policy of the role the job ` +
                `uses. (AWS: ${aws})`);
        case 'UnrecognizedClientException':
        case 'InvalidClientTokenId':
        case 'InvalidSignatureException':
        case 'SignatureDoesNotMatch':
        case 'IncompleteSignature':
        case 'MissingAuthenticationToken':
            return (`AWS rejected the credentials on ${ctx.operation} (${name}): check the step that configures AWS credentials (e.g. ` +
                `aws-actions/configure-aws-credentials), and that the keys belong to an account where Kinesis is enabled in ${ctx.region}.`);
        case 'ExpiredTokenException':
        case 'ExpiredToken':
        case 'RequestExpired':
            return (`The AWS credentials have expired (${name} on ${ctx.operation}): configure credentials closer to this step, or raise role-duration-seconds in ` +
                `aws-actions/configure-aws-credentials.`);
        case 'CredentialsProviderError':
            return 'No AWS credentials found: add aws-actions/configure-aws-credentials before this step (or set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).';
        case 'InvalidArgumentException':
        case 'ValidationException':
            return `Kinesis rejected ${ctx.operation} for ${stream} as invalid: ${aws}`;
        case 'LimitExceededException':
            return `${ctx.operation} for ${stream} would exceed an account quota: ${aws}. ${quotaAdvice(ctx.operation, raw)}`;
    }
    if (name.startsWith('KMS')) {
        return (`KMS refused ${ctx.operation} for ${stream} (${name}): check that the key exists, is enabled, and that its key policy lets this role use it. ` +
            `(AWS: ${aws})`);
    }
    return `${ctx.operation} failed for ${stream}: ${name}: ${aws}`;
}

;// CONCATENATED MODULE: ./src/runtime/daily-budget.ts
// Calls with a per-stream daily budget. AWS refuses them past it with LimitExceededException, in a
// text not documented and possibly the same "Rate exceeded" as a passing throttle; a throttle clears
// in a few seconds even for a matrix of jobs, so a refusal that keeps coming back, every try for at
// least 30 s and at least 6 times, is taken to be the budget, and said so, instead of being retried
// until the timeout. Pure: the caller feeds it each answer and the time.
const DAILY_BUDGETS = {
    UpdateShardCount: '10 scalings (UpdateShardCount) per stream per rolling 24 hours',
    UpdateStreamMode: '2 capacity-mode switches per stream per rolling 24 hours',
};
const BUDGET_REFUSALS = 6;
const BUDGET_WINDOW_MS = 30_000;
const NO_STREAK = { refusals: 0, since: 0 };
/** The streak after one more failed try: only refusals in a row count, any other answer starts again. */
function nextStreak(streak, limitExceeded, now) {
    if (!limitExceeded)
        return NO_STREAK;
    return streak.refusals === 0 ? { refusals: 1, since: now } : { refusals: streak.refusals + 1, since: streak.since };
}
/** The daily budget `operation` has spent, when the streak says so (undefined: keep retrying). */
function spentBudget(operation, streak, now) {
    const budget = DAILY_BUDGETS[operation];
    if (!budget)
        return undefined;
    return streak.refusals >= BUDGET_REFUSALS && now - streak.since >= BUDGET_WINDOW_MS ? budget : undefined;
}

;// CONCATENATED MODULE: ./src/runtime/messages.ts
// The lines a run says about its own progress and its end: timeouts, cancellation, budgets, progress.
// Pure: each takes what the run knows at that moment and gives one line. AWS's text is quoted redacted
// and on one line.


const awsText = (e, max = 200) => (0,safe_text/* redactLine */.Mq)(String(e?.message ?? '')).slice(0, max);
function timeoutLine(s) {
    const e = s.lastError;
    const name = e === undefined ? '' : errorName(e);
    const last = e === undefined
        ? ''
        : name === 'AbortError' || name === 'TimeoutError'
            ? ' Last error: a call got no answer in time (the endpoint hangs or the network is slow).'
            : ` Last error: ${name}: ${(0,safe_text/* redactLine */.Mq)(String(e.message ?? e))
                .slice(0, 200)
                .replace(/\.$/, '')}.`;
    return (`Timed out after ${s.seconds} s waiting for stream "${s.stream}" in ${s.region} to ${s.goal}; ` +
        `last status: ${s.lastStatus}.${last} Raise the "timeout-seconds" input (now ${s.timeoutSeconds}).`);
}
function cancelLine(s, inFlight) {
    const st = s.lastStatus;
    const what = inFlight
        ? inFlight === 'CreateStream'
            ? `CreateStream for stream "${s.stream}" was in flight: the stream may exist and will finish creating on its own`
            : inFlight === 'DeleteStream'
                ? `DeleteStream for stream "${s.stream}" was in flight: the stream may be deleted, on its own`
                : `${inFlight} for stream "${s.stream}" was in flight: the change may still be applied, on its own`
        : st === 'not yet seen' || st === 'not found' || st === 'ACTIVE'
            ? `stream "${s.stream}" was ${st}; nothing was left in progress`
            : `stream "${s.stream}" is still ${st}; it will finish on its own`;
    return `Cancelled after ${s.seconds} s: ${what}.`;
}
/** A daily budget spent (daily-budget.ts decided it): say so, and that only time frees it. */
function overBudgetLine(o) {
    const text = awsText(o.error);
    return (`${o.operation} for stream "${o.stream}" was refused ${o.refusals} times in a row over ${o.seconds.toFixed(0)} s ` +
        `(LimitExceededException${text ? `: ${text}` : ''}): most likely the daily budget of ${o.budget}, not a passing throttle. ` +
        'AWS does not say when it frees up: a slot frees 24 hours after the oldest change of the last day. Nothing more was changed; run again later.');
}
function unreachableLine(refusals, error, via) {
    const what = `connection refused ${refusals} times in a row (${(0,safe_text/* redactLine */.Mq)(String(error.message))})`;
    if (via)
        return `Cannot reach the Kinesis endpoint through the proxy ${via}: ${what}. Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY, and "endpoint-url".`;
    return `Cannot reach the Kinesis endpoint: ${what}. Check the "endpoint-url" input or AWS_ENDPOINT_URL_KINESIS / AWS_ENDPOINT_URL.`;
}
function slotWaitLine(operation, stream, region) {
    return (`${operation} for stream "${stream}": the account is at its limit of 5 streams CREATING or DELETING in ${region}; waiting for a slot (until the ` +
        `timeout).`);
}
function progressLine(o) {
    return (`Stream "${o.stream}": still ${o.status} after ${Math.floor(o.waitedMs / 1000)} s (${o.polls} checks), waiting to ${o.goal}; ` +
        `timeout in ${o.secondsLeft} s.`);
}

;// CONCATENATED MODULE: ./src/runtime/poll-schedule.ts
// When to poll while a stream is CREATING/UPDATING/DELETING, and how long to back off after errors.
// Pure: no I/O, randomness passed in.
//
// The schedule from first principles. Lag (how late ACTIVE, or gone, is noticed) is at most the gap
// between two polls, so the gap is the bound:
// - First second: at 0.25, 0.5 and 1 s. Emulators and small streams turn ACTIVE in well under a
//   second, and those 3 polls are the "+ a few" over one call per second.
// - Up to 2 minutes of waiting: every 1 s, so lag <= 1 s where real creations land (4-60 s) and where
//   mode switches and reshards of small streams end.
// - Past 2 minutes: 5 % of the time waited (6 s at 2 min), capped at 15 s (reached at 5 min).
// Jitter shortens each gap by 0-5 % (never lengthens it, so the bounds hold) and spreads parallel
// jobs apart. Average rate: at most 1/0.95 ≈ 1.05 DescribeStreamSummary/s per job in the first two
// minutes (mean 1.03/s), far less later.
//
// Why that rate is fair: DescribeStreamSummary allows 20 calls/s per account. Creations and deletions
// are capped by AWS at 5 streams CREATING or DELETING per account and region, so at most 5 jobs poll
// them at once: about 5 calls/s. Waits on UPDATING have no such cap, so the rate also adapts to the
// account's own answer: after a throttle ("Rate exceeded" on DescribeStreamSummary) the job halves its
// poll rate, and each answered poll adds back 1/20 of the full rate (additive increase, as TCP does),
// so N jobs sharing the account settle near the limit instead of hammering it.
/** Gap between the first polls of a wait (then twice that until the first second is over). */
const FIRST_SECOND_GAP_MS = 250;
/** Gap between polls for the rest of the first two minutes: the 1-s lag bound. */
const FAST_GAP_MS = 1000;
/** How long the 1-s bound lasts. */
const FAST_PHASE_MS = 120_000;
/** Past the fast phase the gap is this share of the time waited ... */
const LATE_SHARE = 0.05;
/** ... and never more than this. */
const MAX_GAP_MS = 15_000;
/** Each gap is shortened by up to this share (jitter). */
const JITTER = 0.05;
/** After throttling the rate halves, down to this share of the schedule's rate. */
const MIN_RATE = 1 / 16;
/** Each answered poll adds this much rate back (full rate = 1). */
const RATE_STEP = 1 / 20;
/** The longest gap allowed after a wait has lasted `waitedMs` (the lag bound at that point). */
function gapBound(waitedMs) {
    if (waitedMs < 2 * FIRST_SECOND_GAP_MS)
        return FIRST_SECOND_GAP_MS;
    if (waitedMs < 1000)
        return 2 * FIRST_SECOND_GAP_MS;
    if (waitedMs < FAST_PHASE_MS)
        return FAST_GAP_MS;
    return Math.min(MAX_GAP_MS, LATE_SHARE * waitedMs);
}
/** The poll rate of one job: the schedule, slowed down by the account's throttling answers. */
class PollPacer {
    random;
    /** Share of the schedule's rate, in [MIN_RATE, 1]. */
    rate = 1;
    constructor(random) {
        this.random = random;
    }
    /** Delay before the next poll, the previous one having been made `waitedMs` into the wait. */
    nextGap(waitedMs) {
        return (gapBound(waitedMs) / this.rate) * (1 - JITTER * this.random());
    }
    /** DescribeStreamSummary was throttled: halve the rate. */
    throttled() {
        this.rate = Math.max(MIN_RATE, this.rate / 2);
    }
    /** A poll was answered: recover slowly. */
    answered() {
        this.rate = Math.min(1, this.rate + RATE_STEP);
    }
}
/** When progress lines are due, in ms into a wait: every 10 s for the first 30 s, then every 30 s. */
function nextProgressMark(waitedMs) {
    if (waitedMs < 30_000)
        return (Math.floor(waitedMs / 10_000) + 1) * 10_000;
    return (Math.floor(waitedMs / 30_000) + 1) * 30_000;
}
/** After throttling, 5xx or network errors: exponential, capped, "equal jitter" (half fixed, half random). */
const ERROR_BACKOFF = { baseMs: 300, capMs: 5000 };
/**
 * After CreateStream or DeleteStream hits the 5-streams-CREATING-or-DELETING limit: slots free up as
 * other creations and deletions finish, which takes seconds (emulator) to about a minute (AWS).
 */
const STREAM_SLOT_BACKOFF = { baseMs: 1000, capMs: 8000 };
/** Delay before retry number `attempt` (1-based). */
function backoffDelay(attempt, b, random) {
    const ceiling = Math.min(b.capMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
    return ceiling / 2 + (ceiling / 2) * random();
}

;// CONCATENATED MODULE: ./src/runtime/caller.ts
// Sends Kinesis calls inside the budget and decides what an error means for the run: retried with
// backoff (throttling, 5xx, resets, a busy slot), an answer the stage asked for (`tolerate`), a call
// that took effect although its answer was lost (`tookEffect`), or the end of the run with one line.
// Every retry is observed: one log line per kind of trouble, the repeats at debug level.







/** Consecutive "connection refused" answers after which the endpoint is taken to be wrong. */
const REFUSED_LIMIT = 3;
class Caller {
    gateway;
    budget;
    log;
    where;
    compat;
    slots;
    /** While a call is being retried: what it is trying to do, for the timeout line ("get CreateStream through"). */
    retrying;
    /** The last retryable error, for the timeout line. */
    lastError;
    refusedInRow = 0;
    constructor(gateway, budget, log, 
    /** The stream and region the calls are about, for the lines. */
    where, compat, 
    /** How a slot refusal is waited out (slots.ts); without it, the plain backoff. */
    slots) {
        this.gateway = gateway;
        this.budget = budget;
        this.log = log;
        this.where = where;
        this.compat = compat;
        this.slots = slots;
    }
    /** API calls sent so far (retries included). */
    get count() {
        return this.gateway.calls;
    }
    /** Calls that change something sent so far (retries included): 0 means the run changed nothing. */
    get changesSent() {
        return this.#changesSent;
    }
    #changesSent = 0;
    /**
     * A read: retried inside the deadline; any other error ends the run, but for the kinds in
     * `tolerate` (then undefined: e.g. an optional check that is denied).
     */
    async call(operation, tolerate = []) {
        const sent = await this.send(operation, { tolerate }, false);
        return sent.kind === 'ok' ? sent.value : undefined;
    }
    /** A read whose refusal the caller tells apart (which kind): like call(), answering a Sent. */
    read(operation, tolerate) {
        return this.send(operation, { tolerate }, false);
    }
    /**
     * A call that changes the stream. Throttling and slot limits are retried with backoff; an error
     * that leaves the outcome unknown is checked with `tookEffect` before the call is sent again, so a
     * call that took effect is never sent twice blindly.
     */
    mutate(operation, opts = {}) {
        return this.send(operation, opts, true);
    }
    /** One call, no retry: the stream watch paces its own polls. Errors come back as KinesisCallError. */
    sendOnce(operation) {
        return this.gateway.send(operation, this.where.stream);
    }
    /** An answer came: the endpoint is reachable. */
    answered() {
        this.refusedInRow = 0;
    }
    /** A retryable error is remembered; anything else ends the run with one line. */
    absorb(err, operation) {
        if (this.budget.cancel.aborted)
            throw this.budget.cancelled();
        if (!(err instanceof KinesisCallError))
            throw err;
        const aws = err.awsError;
        if (classify(aws, operation) !== 'retryable') {
            throw new action_error/* ActionError */.l(explain(aws, { operation: err.operation, streamName: this.where.stream, region: this.where.region }));
        }
        this.refusedInRow = isConnectionRefused(aws) ? this.refusedInRow + 1 : 0;
        if (this.refusedInRow >= REFUSED_LIMIT)
            throw new action_error/* ActionError */.l(unreachableLine(REFUSED_LIMIT, aws, this.where.via));
        this.lastError = aws;
        this.log.debug(`${err.operation} will be retried (${errorName(aws)})`);
    }
    async send(operation, opts, mutation) {
        const name = operation.name;
        // A call made while another is retrying (a tookEffect check) hands the outer one its line back.
        const outer = this.retrying;
        const done = (sent) => {
            this.retrying = outer;
            return sent;
        };
        const logged = new Set();
        let streak = NO_STREAK;
        for (let attempt = 1;; attempt++) {
            this.budget.check(false);
            let aws;
            try {
                if (mutation)
                    this.#changesSent++;
                const value = await this.gateway.send(operation, this.where.stream);
                this.refusedInRow = 0;
                return done({ kind: 'ok', value });
            }
            catch (err) {
                // Cancelled while the call was out: a change may still take effect, and the message must say so.
                if (this.budget.cancel.aborted)
                    throw this.budget.cancelled(mutation ? name : undefined);
                // An endpoint that does not take what AWS takes (see compat.ts): send it again, at once, its way.
                if (err instanceof KinesisCallError && this.compat?.adapt(err.awsError))
                    continue;
                const kind = err instanceof KinesisCallError ? classify(err.awsError, name) : undefined;
                if (kind && opts.tolerate?.includes(kind))
                    return done({ kind: 'refused', error: kind, name: errorName(err.awsError) });
                this.absorb(err, name);
                aws = err.awsError;
            }
            const now = this.budget.clock.now();
            streak = nextStreak(streak, errorName(aws) === 'LimitExceededException', now);
            const budget = spentBudget(name, streak, now);
            if (budget) {
                const seconds = (now - streak.since) / 1000;
                throw new action_error/* ActionError */.l(overBudgetLine({ operation: name, stream: this.where.stream, error: aws, seconds, refusals: streak.refusals, budget }));
            }
            const slot = isSlotWait(aws, name);
            // The slot calls' own rate (5 a second per account): many jobs waiting for slots send at once. Their
            // retry goes by the slot waiter's spread, not by this loop's attempt count (slot refusals included).
            const slotRate = !slot && (name === 'CreateStream' || name === 'DeleteStream') && classify(aws, name) === 'retryable' && this.slots !== undefined;
            this.retrying = slot ? `get a free CREATING/DELETING slot for ${name}` : `get ${name} through`;
            if (mutation && opts.tookEffect && isAmbiguous(aws)) {
                this.log.info(`${name} for stream "${this.where.stream}" got no clear answer (${errorName(aws)}): looking at the stream before sending it again.`);
                if (await opts.tookEffect())
                    return done({ kind: 'took effect' });
            }
            const delay = (slot || slotRate) && this.slots ? 0 : backoffDelay(attempt, slot ? STREAM_SLOT_BACKOFF : ERROR_BACKOFF, this.budget.clock.random);
            // One line per kind of trouble; the repeats go to the debug log.
            const reason = retryReason(name, aws);
            if (logged.has(reason))
                this.log.debug(`${name} ${reason}: retry ${attempt} in ${(delay / 1000).toFixed(1)} s`);
            else
                this.log.info(slot ? slotWaitLine(name, this.where.stream, this.where.region) : `${name} ${reason}: retrying with backoff.`);
            logged.add(reason);
            if (slot && this.slots)
                await this.slots.wait(attempt);
            else if (slotRate)
                await this.slots.throttled();
            else
                await this.budget.pauseUntil(this.budget.clock.now() + delay, false);
        }
    }
}

;// CONCATENATED MODULE: ./src/runtime/compat.ts
// What an endpoint does not take that AWS does, learned from its first refusal and used for the rest
// of the run. kinesalite (an emulator whose validation follows AWS's older API) knows streams by name
// only ("Value null at 'streamName'" for a call that names the stream by StreamARN; for ListShards "Either
// NextToken or StreamName should be provided", an InvalidArgumentException) and pages tags 10 at
// a time. AWS never gives these answers, so on AWS nothing here ever changes: ARN addressing stays.

class EndpointCompat {
    log;
    /** Name the stream by StreamName even once its ARN is known. */
    byName = false;
    /** ListTagsForStream's Limit. */
    tagLimit = 50;
    constructor(log) {
        this.log = log;
    }
    /** True when `err` is a refusal this can work around, and now does: the call is to be sent again. */
    adapt(err) {
        const name = errorName(err);
        if (name !== 'ValidationException' && name !== 'InvalidArgumentException')
            return false;
        const message = String(err.message ?? '');
        let changed = false;
        if (!this.byName && /Value null at 'streamName'|Either NextToken or StreamName should be provided/i.test(message)) {
            this.byName = true;
            changed = true;
            this.log.debug('The endpoint does not take StreamARN (ValidationException): naming the stream by name for the rest of the run.');
        }
        if (this.tagLimit > 10 && /at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10/i.test(message)) {
            this.tagLimit = 10;
            changed = true;
            this.log.debug('The endpoint pages tags 10 at a time (ValidationException): asking for 10 a page.');
        }
        return changed;
    }
}

;// CONCATENATED MODULE: ./src/runtime/record.ts
class RunRecord {
    #created = false;
    #deleted = false;
    #plan;
    #reviewed = false;
    #limits;
    #commitment;
    #expiry;
    #sweep;
    /** This run's CreateStream made the stream. */
    get created() {
        return this.#created;
    }
    /** This run's DeleteStream was accepted. */
    get deleted() {
        return this.#deleted;
    }
    /** The plan this run made before any mutating call (the `plan` output). */
    get plan() {
        return this.#plan;
    }
    /** The plan was checked against `expected-plan` and matched. */
    get reviewed() {
        return this.#reviewed;
    }
    /** DescribeLimits as read once per run ('unknown': denied or not answered); undefined: not read yet. */
    get limits() {
        return this.#limits;
    }
    noteCreated() {
        this.#created = true;
    }
    noteDeleted() {
        this.#deleted = true;
    }
    /** A new plan replaces the last one (a stream adopted after its creation was planned is planned again). */
    notePlan(plan) {
        this.#plan = plan;
        this.#reviewed = false;
    }
    noteReviewed() {
        this.#reviewed = true;
    }
    noteLimits(limits) {
        this.#limits = limits;
    }
    /** The minimum throughput billing commitment's status as read once per run ('unknown': not told); undefined: not read yet. */
    get commitment() {
        return this.#commitment;
    }
    noteCommitment(status) {
        this.#commitment = status;
    }
    /** The stream's expires-at tag as this run left it (or would: planned), and what it replaced. */
    get expiry() {
        return this.#expiry;
    }
    /** A sweep's rows as they stand (deletions marked as they are accepted), for a run that stops half-way. */
    get sweep() {
        return this.#sweep?.map((r) => ({ ...r }));
    }
    noteSweep(rows) {
        this.#sweep = rows.map((r) => ({ ...r }));
    }
    noteExpiry(at, from, planned = false) {
        this.#expiry = { at, ...(from ? { from } : {}), ...(planned ? { planned } : {}) };
    }
}

// EXTERNAL MODULE: ./src/aws/operations.ts
var operations = __webpack_require__(5499);
;// CONCATENATED MODULE: ./src/runtime/slots.ts




const SLOTS = 5;
const PROBE = { startMs: 1000, minMs: 500, maxMs: 8000, stepMs: 250 };
const SPREAD = { startMs: 400, maxMs: 3000 };
/** How soon a job looks again when the busy stream it waits for is past its predicted end. */
const OVERDUE_MS = 1000;
/** A predicted slot is looked at no later than this: a wrong estimate must not park a job for minutes. */
const MAX_SLEEP_MS = 30_000;
/** Folds one ListStreams view into what the job knows. Pure. */
function learn(seen, lengths, view, now) {
    const next = new Map();
    const out = { ...lengths };
    const present = new Set(view.map((v) => v.name));
    for (const v of view) {
        const before = seen.get(v.name);
        if (v.status === 'CREATING' || v.status === 'DELETING') {
            const since = v.status === 'CREATING' ? (v.createdAt ?? before?.since ?? now) : before?.status === 'DELETING' ? before.since : now;
            next.set(v.name, { status: v.status, since, lastSeen: now });
        }
        else if (before?.status === 'CREATING') {
            out.createMs = Math.min(out.createMs ?? Infinity, Math.max(0, now - before.since));
            out.createLowMs = Math.max(out.createLowMs ?? 0, Math.max(0, before.lastSeen - before.since));
        }
    }
    for (const [name, b] of seen) {
        if (!present.has(name) && b.status === 'DELETING')
            out.deleteMs = Math.min(out.deleteMs ?? Infinity, Math.max(0, now - b.since));
    }
    return { seen: next, lengths: out };
}
/** The middle of the bracket when the sightings agree (equal creations); the "done by" age when they do not. */
const creationLength = (l) => l.createMs === undefined ? undefined : l.createLowMs !== undefined && l.createLowMs <= l.createMs ? (l.createLowMs + l.createMs) / 2 : l.createMs;
/**
 * While every slot is taken: when the earliest one should free (`predicted`: from learned lengths; the
 * job then sends at once), else one probe from now (the job looks again). Pure.
 */
function nextLook(busy, lengths, now, probeMs) {
    const ends = busy
        .map((b) => {
        const length = b.status === 'CREATING' ? creationLength(lengths) : (lengths.deleteMs ?? lengths.createMs);
        return length === undefined ? undefined : b.since + length;
    })
        .filter((t) => t !== undefined);
    const earliest = ends.length ? Math.min(...ends) : undefined;
    if (earliest === undefined)
        return { at: now + probeMs, predicted: false };
    // Overdue (the estimate was short): the slot is about to free, so look again soon, not one probe
    // later (the probe grows to 8 s when looks are throttled, and such a wait cost a whole wave).
    if (earliest <= now)
        return { at: now + Math.min(probeMs, OVERDUE_MS), predicted: false };
    return earliest > now + MAX_SLEEP_MS ? { at: now + MAX_SLEEP_MS, predicted: false } : { at: earliest, predicted: true };
}
/**
 * After a throttled look: look again in `retryMs` (within 1 s if the slot is overdue), unless the last
 * view said a slot frees sooner: then send at that moment. A throttle (many jobs looking at once) must
 * not park a job past its slot: the probe grows to 8 s under throttling, and one such wait decided a
 * whole wave. Pure.
 */
function afterThrottledLook(busy, lengths, now, retryMs) {
    // nextLook with the retry as its probe: overdue, it looks again within 1 s rather than send blind.
    const next = nextLook(busy, lengths, now, retryMs);
    const inMs = next.at - now;
    return next.predicted && inMs < retryMs ? { inMs, send: true } : { inMs: Math.min(inMs, retryMs), send: false };
}
class SlotWaiter {
    gateway;
    budget;
    stream;
    #probe = PROBE.startMs;
    #spread = SPREAD.startMs;
    #blind = false;
    /** Looks in a row that showed a free slot, each followed by another slot refusal: the listing is not the whole truth. */
    #contradicted = 0;
    #sawFree = false;
    #seen = new Map();
    #lengths = {};
    constructor(gateway, budget, stream) {
        this.gateway = gateway;
        this.budget = budget;
        this.stream = stream;
    }
    /** After slot refusal number `attempt` (1-based): returns once the call is worth sending again. */
    async wait(attempt) {
        const clock = this.budget.clock;
        // The window halves each wave (the jobs that won have left the race), and doubles on each throttle.
        this.#spread = Math.max(SPREAD.startMs, this.#spread / 2);
        // Refused again right after a look that showed a free slot (a listing cut short, a slot held elsewhere):
        // trust the refusal, and back off as without summaries.
        this.#contradicted = this.#sawFree ? this.#contradicted + 1 : 0;
        for (;;) {
            const view = this.#blind ? undefined : await this.look();
            if (view === 'throttled') {
                // Full jitter over the probe (AWS's advice for many clients retrying at once).
                const after = afterThrottledLook([...this.#seen.values()], this.#lengths, clock.wallTime(), this.#probe * clock.random());
                await this.budget.pauseUntil(clock.now() + after.inMs + (after.send ? this.#spread * clock.random() : 0), false);
                if (after.send)
                    return;
                continue;
            }
            if (!view)
                return this.budget.pauseUntil(clock.now() + backoffDelay(attempt, STREAM_SLOT_BACKOFF, clock.random), false);
            const wall = clock.wallTime();
            ({ seen: this.#seen, lengths: this.#lengths } = learn(this.#seen, this.#lengths, view, wall));
            const busy = [...this.#seen.values()];
            this.#sawFree = busy.length < SLOTS;
            if (this.#sawFree) {
                const extra = this.#contradicted > 0 ? backoffDelay(this.#contradicted, STREAM_SLOT_BACKOFF, clock.random) : 0;
                return this.budget.pauseUntil(clock.now() + extra + this.#spread * clock.random(), false);
            }
            // Every waiting job predicts the same moment: each sends at a random point of its spread window
            // (the refusal, if another job got there first, is the next look's cue). Unpredicted: look again,
            // at a random point of the probe, so that the waiting jobs' looks spread over it.
            const next = nextLook(busy, this.#lengths, wall, this.#probe);
            const jitter = next.predicted ? this.#spread * clock.random() : Math.min(next.at - wall, this.#probe) * (clock.random() - 0.5);
            await this.budget.pauseUntil(clock.now() + (next.at - wall) + jitter, false);
            if (next.predicted)
                return;
        }
    }
    /** CreateStream (or DeleteStream) was throttled: more jobs send at once than the account's 5 a second; spread wider, then send again. */
    async throttled() {
        this.#spread = Math.min(SPREAD.maxMs, this.#spread * 2);
        await this.budget.pauseUntil(this.budget.clock.now() + this.#spread * this.budget.clock.random(), false);
    }
    /** One ListStreams view; 'throttled' (the probe widens); undefined: no summaries here, or not allowed. */
    async look() {
        try {
            // AWS's largest page: one call sees the account's streams (their summaries name the busy ones).
            const out = await this.gateway.send((0,operations/* listStreams */.UQ)({ limit: 10_000 }), this.stream);
            this.#probe = Math.max(PROBE.minMs, this.#probe - PROBE.stepMs);
            const summaries = out.StreamSummaries;
            if (!Array.isArray(summaries) || (summaries.length === 0 && (out.StreamNames?.length ?? 0) > 0))
                return this.goBlind();
            return summaries
                .filter((s) => typeof s.StreamName === 'string')
                .map((s) => ({ name: s.StreamName, status: s.StreamStatus, createdAt: s.StreamCreationTimestamp?.getTime() }));
        }
        catch (err) {
            if (this.budget.cancel.aborted)
                throw err;
            const aws = err instanceof KinesisCallError ? err.awsError : err;
            if (errorName(aws) === 'LimitExceededException' || errorName(aws) === 'ThrottlingException') {
                this.#probe = Math.min(PROBE.maxMs, this.#probe * 2);
                return 'throttled';
            }
            return this.goBlind();
        }
    }
    goBlind() {
        this.#blind = true;
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/aws/answers.ts
var answers = __webpack_require__(7054);
;// CONCATENATED MODULE: ./src/runtime/watch.ts







class StreamWatch {
    name;
    budget;
    caller;
    log;
    compat;
    /** Last status seen (or 'not found'), for timeout and cancellation lines. */
    lastStatus = 'not yet seen';
    /** The stream as last seen, for outputs when the run fails half-way. */
    lastSeen;
    /** What the current wait is for, as in "waiting for stream X to <goal>". */
    goal = 'become ACTIVE';
    arn;
    waitStart;
    /** When the last poll of this wait was sent (undefined: none yet). */
    lastPollAt;
    /** Polls in this wait ("checks" in progress lines). */
    polls = 0;
    progressAt = nextProgressMark(0);
    pacer;
    constructor(name, budget, caller, log, compat, 
    /** Known from the start when the workflow names the stream by ARN (stream-arn). */
    arn) {
        this.name = name;
        this.budget = budget;
        this.caller = caller;
        this.log = log;
        this.compat = compat;
        this.arn = arn;
        this.waitStart = budget.start;
        this.pacer = new PollPacer(budget.clock.random);
    }
    /** How later calls address the stream: by ARN once known (AWS recommends it; cross-account access needs it). */
    get ref() {
        return this.arn && !this.compat.byName ? { StreamARN: this.arn } : { StreamName: this.name };
    }
    /** The ref as it is when a call is sent (operations read it then: a resend after a fallback to names takes the name). */
    currentRef = () => this.ref;
    /** The ARN, once a describe has shown it. */
    get knownArn() {
        return this.arn;
    }
    /** This run's own call put the stream in `status` (CreateStream → CREATING, DeleteStream → DELETING). */
    assume(status) {
        this.lastStatus = status;
    }
    /** Starts a new wait: the polling schedule begins again from its short first gaps. */
    restartWait(goal = 'become ACTIVE') {
        this.goal = goal;
        this.waitStart = this.budget.clock.now();
        this.lastPollAt = undefined;
        this.polls = 0;
        this.progressAt = nextProgressMark(0);
    }
    /**
     * DescribeStreamSummary, at once or at the next slot of the polling schedule. Retryable errors are
     * retried inside the deadline; undefined means the stream does not exist.
     */
    async describe(when) {
        const { budget, caller } = this;
        if (when === 'next-poll')
            await budget.pauseUntil(this.nextPollAt(), true);
        for (let attempt = 1;; attempt++) {
            budget.check(true);
            this.lastPollAt = budget.clock.now();
            this.polls++;
            try {
                const stream = await this.summary();
                this.pacer.answered();
                caller.answered();
                this.lastStatus = stream?.StreamStatus ?? 'not found';
                // Gone: keep the ARN it had (no status), so outputs can still name it.
                this.lastSeen =
                    stream ?? (this.lastSeen?.StreamARN ? { StreamARN: this.lastSeen.StreamARN, StreamName: this.name } : undefined);
                if (stream?.StreamARN)
                    this.arn = stream.StreamARN;
                if (when === 'next-poll')
                    this.progress();
                return stream;
            }
            catch (err) {
                // An endpoint that does not take what AWS takes (see compat.ts): ask again, at once, its way.
                if (err instanceof KinesisCallError && this.compat.adapt(err.awsError))
                    continue;
                caller.absorb(err, 'DescribeStreamSummary');
                // The account's own signal that polling is too fast for everyone sharing it: slow down.
                const aws = err.awsError;
                if (errorName(aws) === 'LimitExceededException' && limitKind(String(aws.message ?? '')) === 'throttled')
                    this.pacer.throttled();
                const backoff = budget.clock.now() + backoffDelay(attempt, ERROR_BACKOFF, budget.clock.random);
                await budget.pauseUntil(Math.max(this.nextPollAt(), backoff), true);
            }
        }
    }
    /** Polls until the stream is ACTIVE (after a change, or while CREATING/UPDATING). */
    async untilActive() {
        for (;;) {
            const stream = await this.describe('next-poll');
            if (!stream)
                throw new action_error/* ActionError */.l(`Stream "${this.name}" disappeared while waiting for it to ${this.goal} (deleted by someone else?).`);
            if (stream.StreamStatus === 'ACTIVE')
                return stream;
        }
    }
    /**
     * Polls `read` on the same schedule as the stream until `done` holds: e.g. a consumer becoming
     * ACTIVE. `read` goes through the caller, inside the deadline.
     */
    async waitFor(goal, read, done) {
        this.restartWait(goal);
        for (;;) {
            await this.budget.pauseUntil(this.nextPollAt(), false);
            this.lastPollAt = this.budget.clock.now();
            this.polls++;
            const value = await read();
            if (done(value))
                return value;
            this.progress();
        }
    }
    /** The stream's summary, or undefined when it does not exist. A malformed answer ends the run. */
    async summary() {
        let out;
        try {
            out = await this.caller.sendOnce((0,operations/* describeStreamSummary */.OK)(this.ref));
        }
        catch (err) {
            if (err instanceof KinesisCallError && classify(err.awsError) === 'not-found')
                return undefined;
            throw err;
        }
        const problem = (0,answers/* summaryProblem */.wO)(out, this.name);
        if (problem)
            throw new action_error/* ActionError */.l((0,answers/* malformedLine */.G2)('DescribeStreamSummary', this.name, problem));
        return (0,answers/* summaryOf */.YG)(out);
    }
    /** The next poll: one gap of the schedule after the last one (or after the wait began). */
    nextPollAt() {
        const last = this.lastPollAt ?? this.waitStart;
        return last + this.pacer.nextGap(last - this.waitStart);
    }
    /** A line every 10 s, then every 30 s, while a wait goes on (each poll itself is a debug line). */
    progress() {
        const waited = this.budget.clock.now() - this.waitStart;
        if (waited < this.progressAt)
            return;
        this.progressAt = nextProgressMark(waited);
        if (this.lastStatus === 'ACTIVE' || this.lastStatus === 'not found')
            return;
        this.log.info(progressLine({
            stream: this.name,
            status: this.lastStatus,
            waitedMs: waited,
            polls: this.polls,
            goal: this.goal,
            secondsLeft: this.budget.secondsLeft(),
        }));
    }
}

;// CONCATENATED MODULE: ./src/runtime/context.ts
// The run context: the one small object every stage takes. It holds what the run is about (the spec),
// where its lines go (log), its budget, its calls, the stream it watches and its record. Made once per
// run by main (and by the tests, on virtual time); nothing else holds the run's state.








function createRunContext(spec, deps, record = new RunRecord()) {
    const where = { stream: spec.streamName, region: spec.region, via: deps.via };
    // The budget's last words depend on what the run was doing when it ran out: read at that moment.
    const situation = () => ({
        ...where,
        timeoutSeconds: spec.timeoutSeconds,
        seconds: budget.seconds(),
        goal: calls.retrying ?? stream.goal,
        lastStatus: stream.lastStatus,
        lastError: calls.lastError,
    });
    const budget = new Budget(deps.clock, deps.cancel, deps.deadline, {
        timedOut: () => timeoutLine(situation()),
        cancelled: (inFlight) => cancelLine(situation(), inFlight),
    });
    const compat = new EndpointCompat(deps.log);
    const calls = new Caller(deps.gateway, budget, deps.log, where, compat, new SlotWaiter(deps.gateway, budget, spec.streamName));
    const stream = new StreamWatch(spec.streamName, budget, calls, deps.log, compat, spec.streamArn);
    return { spec, log: deps.log, budget, calls, stream, record, compat, remember: deps.remember ?? (() => undefined), nonce: (0,external_node_crypto_.randomUUID)() };
}

;// CONCATENATED MODULE: ./src/shared/clock.ts
// Time and randomness are injected so that waits, backoff and timeouts are tested without real sleeping.
const systemClock = {
    now: () => performance.now(),
    random: Math.random,
    wallTime: () => Date.now(),
    sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const onAbort = () => {
                clearTimeout(timer);
                reject(signal?.reason);
            };
            const timer = setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            }, Math.max(0, ms));
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    },
};

// EXTERNAL MODULE: ./src/model/tags.ts
var model_tags = __webpack_require__(3552);
// EXTERNAL MODULE: ./src/plan/creation.ts
var creation = __webpack_require__(6346);
// EXTERNAL MODULE: ./src/plan/observed.ts
var observed = __webpack_require__(5511);
;// CONCATENATED MODULE: ./src/plan/quota.ts

/**
 * Why the change cannot fit the limits (undefined: it fits, or a limit is unknown). Pure. During
 * UNIFORM_SCALING the new shards open before the old ones close, so a step from a to b briefly needs
 * room for a + b open shards: the peak counts both.
 */
function quotaProblem(g, limits, name, region) {
    const { ShardLimit: shardLimit, OpenShardCount: open, OnDemandStreamCount: onDemand, OnDemandStreamCountLimit: onDemandLimit } = limits;
    const where = `in ${region} (DescribeLimits)`;
    const onDemandFull = (what) => onDemand !== undefined && onDemandLimit !== undefined && onDemand + 1 > onDemandLimit
        ? `Stream "${name}": ${what} needs an ON_DEMAND stream, but the account has ${onDemand} of its limit of ${onDemandLimit} on-demand streams ${where}. ` +
            `Delete unused on-demand streams or ask AWS for a higher limit (Service Quotas), or use PROVISIONED.`
        : undefined;
    if (g.kind === 'to on-demand')
        return onDemandFull('switching to ON_DEMAND');
    if (g.kind === 'create' && g.mode === 'ON_DEMAND')
        return onDemandFull('creating it');
    if (shardLimit === undefined || open === undefined)
        return undefined;
    let need;
    let what;
    if (g.kind === 'create') {
        need = open + g.shards;
        what = `creating it with ${(0,show/* count */.U)(g.shards, 'shard')} needs ${(0,show/* count */.U)(g.shards, 'more open shard')}`;
    }
    else {
        let prev = g.from;
        let peak = 0;
        for (const step of g.steps) {
            peak = Math.max(peak, prev + step);
            prev = step;
        }
        need = open - g.from + peak;
        what = `scaling ${g.from} → ${g.steps.at(-1)} shards needs room for ${peak} of this stream's shards while old and new overlap`;
    }
    if (need <= shardLimit)
        return undefined;
    return (`Stream "${name}": ${what}, ${need} open shards in all, but the account's shard limit is ${shardLimit} with ${open} open ${where}, ` +
        'so nothing was changed. ' +
        'Lower shard-count, delete unused streams, or ask AWS for a higher shard limit (Service Quotas, Kinesis Data Streams).');
}
/** What planned changes ask of the account's limits (undefined: nothing to check). Pure. */
function growthOf(changes, openShards) {
    if (changes.some((c) => c.op === 'UpdateStreamMode' && c.mode === 'ON_DEMAND'))
        return { kind: 'to on-demand' };
    const steps = changes.flatMap((c) => (c.op === 'UpdateShardCount' ? [c.target] : []));
    const last = steps.at(-1);
    return last !== undefined && last > openShards ? { kind: 'rescale', from: openShards, steps } : undefined;
}
/** The commitment states in which AWS takes warm throughput (the enum of DescribeAccountSettings). */
const COMMITTED = new Set(['ENABLED', 'ENABLED_UNTIL_EARLIEST_ALLOWED_END']);
/**
 * Why warm throughput cannot be set in this account (undefined: it can, or the answer does not say).
 * AWS takes warm-throughput-mibps only with the account's minimum throughput billing commitment (On-demand
 * Advantage) on; without it CreateStream or UpdateStreamWarmThroughput is refused, after whatever came before.
 */
function warmThroughputProblem(status, name, region, mibps) {
    if (typeof status !== 'string' || COMMITTED.has(status))
        return undefined;
    const shown = /^[A-Z_]{1,40}$/.test(status) ? status : 'not on';
    return (`Stream "${name}": warm-throughput-mibps (${mibps} MiB/s) needs the account's minimum throughput billing commitment (On-demand ` +
        `Advantage), which is ${shown} in ${region} (DescribeAccountSettings), so nothing was changed. Someone who owns the account's bill can turn it ` +
        'on (UpdateAccountSettings; it commits the account to a billed minimum throughput: read the Kinesis pricing first); this action never does. ' +
        'Or remove warm-throughput-mibps.');
}

;// CONCATENATED MODULE: ./src/stages/ensure.ts




/** How long a stream this run's CreateStream made may stay invisible (not found) before that is a failure. */
const NOT_VISIBLE_FOR_MS = 30_000;
async function ensureStream(ctx, buildCreate) {
    const { spec, log, stream: watch } = ctx;
    const name = spec.streamName;
    let how = 'found';
    let previous;
    let adoptions = 0;
    let foreign = false;
    /** When this run's CreateStream came back, until the stream is first seen (undefined otherwise). */
    let acceptedAt;
    let notVisibleSaid = false;
    /** Wall time just before this run's CreateStream (delete-at-job-end remembers it). */
    let createdSince;
    let stream = await watch.describe('now');
    const foundCreating = stream?.StreamStatus === 'CREATING';
    for (;;) {
        // Seen: from here on a missing stream is gone (deleted by someone), and may be created again.
        if (stream)
            acceptedAt = undefined;
        const step = (0,creation/* nextStep */.sk)(stream);
        if (step.kind === 'done') {
            const s = stream;
            if (previous === undefined) {
                log.info(`Found stream "${name}": ACTIVE, ${s.StreamModeDetails?.StreamMode ?? 'PROVISIONED'}, ` +
                    `${s.OpenShardCount === undefined ? '? open shards' : (0,show/* count */.U)(s.OpenShardCount, 'open shard')}.`);
            }
            else {
                log.info(`Stream "${name}" is ACTIVE after ${ctx.budget.seconds()} s.`);
                await confirmUsable(ctx);
            }
            // AWS's creation time tells the post step this stream from one made later under the same name.
            if (how === 'created' && spec.deleteAtJobEnd && createdSince !== undefined) {
                ctx.remember({
                    stream: name,
                    region: spec.region,
                    phase: 'created',
                    since: createdSince,
                    createdAt: s.StreamCreationTimestamp?.getTime(),
                    nonce: ctx.nonce,
                    account: /^arn:[^:]+:kinesis:[^:]*:(\d{12}):/.exec(s.StreamARN ?? '')?.[1],
                });
            }
            return { stream: s, how, fresh: how !== 'found' || foundCreating, foreign };
        }
        if (step.kind === 'create' && spec.streamArn) {
            // Named by ARN: a stream someone else owns (another account's, through its resource policy). Never created here.
            throw new action_error/* ActionError */.l(`Stream ${spec.streamArn} does not exist, or this role cannot see it, so nothing was done: stream-arn adopts an existing stream; a stream is ` +
                'created by name in its own account (use stream-name there).');
        }
        if (step.kind === 'create' && acceptedAt !== undefined) {
            // This run's CreateStream was accepted: "not found" means "not visible yet" (AWS is eventually
            // consistent), never "create it again" (a second CreateStream would find it taken and adopt it).
            const waited = ctx.budget.clock.now() - acceptedAt;
            if (waited > NOT_VISIBLE_FOR_MS) {
                throw new action_error/* ActionError */.l(`Stream "${name}" is still not found ${Math.round(waited / 1000)} s after this run's CreateStream in ${spec.region}: ` +
                    'it may have been deleted meanwhile, or the endpoint does not keep what it creates. Nothing more was sent; run again to look at it anew.');
            }
            if (!notVisibleSaid)
                log.info(`Stream "${name}" is not visible yet after CreateStream (AWS is eventually consistent): waiting for it.`);
            notVisibleSaid = true;
            watch.assume('CREATING');
            stream = await watch.describe('next-poll');
            continue;
        }
        if (step.kind === 'create') {
            const req = await buildCreate();
            const where = previous === 'DELETING' ? 'finished deleting' : `not found in ${spec.region}`;
            if (spec.dryRun) {
                log.info(`Dry run: stream "${name}" ${where}; it would be created (${(0,creation/* describeCreate */.Uj)(req, spec.tags)}). Nothing was changed.`);
                return { how: 'planned', fresh: true };
            }
            log.info(`Stream "${name}" ${where}: creating it (${(0,creation/* describeCreate */.Uj)(req, spec.tags)}).`);
            createdSince = ctx.budget.clock.wallTime();
            const made = await create(ctx, req, createdSince);
            how = made === 'created' ? 'created' : 'adopted';
            // Whatever CreateStream came to (made, lost answer that took effect, or the name taken), the name
            // exists now: not found from here on is "not visible yet", never a reason to send it again.
            acceptedAt = ctx.budget.clock.now();
            foreign ||= made === 'taken';
            watch.restartWait();
            previous = 'CREATING';
            if (how === 'created')
                log.info(`Waiting for stream "${name}" to become ACTIVE (timeout ${spec.timeoutSeconds} s).`);
            // An adopted stream may well be ACTIVE already: look at once (but only once: an endpoint that says
            // "exists" to CreateStream and "not found" to DescribeStreamSummary must not be hammered).
            stream = await watch.describe(how === 'adopted' && adoptions++ === 0 ? 'now' : 'next-poll');
            continue;
        }
        if (step.status !== previous) {
            log.info(step.status === 'DELETING'
                ? `Stream "${name}" is DELETING: waiting until it is gone, then creating it again.`
                : `Stream "${name}" is ${step.status}: waiting for ACTIVE (timeout ${spec.timeoutSeconds} s).`);
            previous = step.status;
        }
        stream = await watch.describe('next-poll');
    }
}
/**
 * CreateStream, retried inside the deadline. A name already taken means adopt, never create twice;
 * an answer lost to a 5xx or a reset is checked with DescribeStreamSummary before sending it again.
 */
async function create(ctx, req, since) {
    let unclear = false;
    // Before the call: a run cancelled while it is in flight still has its post step look (by creation time).
    const job = { stream: ctx.spec.streamName, region: ctx.spec.region, since, nonce: ctx.nonce };
    if (ctx.spec.deleteAtJobEnd)
        ctx.remember({ ...job, phase: 'creating' });
    const sent = await ctx.calls.mutate((0,operations/* createStream */.XX)(req), {
        tolerate: ['in-use'],
        tookEffect: async () => {
            unclear = true;
            return (await ctx.stream.describe('now')) !== undefined;
        },
    });
    if (sent.kind === 'ok') {
        ctx.stream.assume('CREATING');
        ctx.record.noteCreated();
        if (ctx.spec.deleteAtJobEnd)
            ctx.remember({ ...job, phase: 'created' });
        return 'created';
    }
    // The name was someone else's: nothing of this run's to delete at job end.
    if (!unclear && ctx.spec.deleteAtJobEnd)
        ctx.remember(undefined);
    const name = ctx.spec.streamName;
    ctx.log.info(unclear
        ? `Stream "${name}" exists now: a CreateStream of this run whose answer was lost took effect, or another run created it. Adopting it.`
        : `Stream "${name}" was created by someone else meanwhile: adopting it.`);
    return unclear ? 'adopted' : 'taken';
}
/**
 * Right after a stream turns ACTIVE, AWS may still answer the data plane's first calls with
 * ResourceNotFound or ResourceInUse for a moment (SDK users report ListShards failing after ACTIVE).
 * The outputs promise a stream the next job can use, so ListShards must answer first: tried at once,
 * then on the polling schedule, inside the budget. A stream found ACTIVE is never probed.
 */
async function confirmUsable(ctx) {
    const answers = async () => (await ctx.calls.read((0,operations/* listShards */.Sm)(ctx.stream.currentRef), ['not-found', 'in-use'])).kind === 'ok';
    if (await answers())
        return;
    ctx.log.info(`Stream "${ctx.spec.streamName}" is ACTIVE but ListShards does not know it yet: waiting until it does.`);
    await ctx.stream.waitFor('answer ListShards', answers, (ok) => ok);
}

;// CONCATENATED MODULE: ./src/stages/converge.ts





/**
 * Brings the stream to the declared settings one change at a time, re-planning from the stream as it
 * is after each one: a change another run made meanwhile is not made twice, and a stream that turned
 * busy (ResourceInUse) is waited out and looked at again rather than sent the same call blindly.
 */
async function converge(ctx, stream, spec, tags) {
    const { log, stream: watch } = ctx;
    const name = ctx.spec.streamName;
    let current = stream;
    let currentTags = tags;
    const applied = [];
    const first = (0,stream_changes/* planChanges */.XA)(spec, current, currentTags).changes;
    const limit = first.length + 3;
    warnIfTooLong(ctx, first);
    for (let round = 0;; round++) {
        const { changes, drift } = (0,stream_changes/* planChanges */.XA)(spec, current, currentTags);
        const change = changes[0];
        if (!change) {
            // A change it waited on (not tagging, which leaves the stream ACTIVE): the data plane must know the stream again.
            if (applied.some((c) => c.op !== 'AddTagsToStream'))
                await confirmUsable(ctx);
            return { stream: current, applied };
        }
        if (round >= limit) {
            throw new action_error/* ActionError */.l(`Stream "${name}" did not take the declared settings after ${(0,show/* count */.U)(applied.length, 'change')}: ${drift.map(stream_changes/* driftLine */.wk).join('; ')}. ` +
                'Something else may be changing it.');
        }
        log.info(`Stream "${name}", step ${applied.length + 1} of ${applied.length + changes.length}: ${(0,stream_changes/* describeChange */.uQ)(change, current)} (${change.op}).`);
        if (change.op === 'DecreaseStreamRetentionPeriod') {
            log.warning(`Lowering retention of stream "${name}" from ${change.from} h to ${change.hours} h: records older than ${change.hours} h become unreadable.`);
        }
        const sent = await send(ctx, change, async () => {
            // The answer was lost: the change took effect if the stream is busy or no longer needs it.
            const now = await watch.describe('now');
            if (!now || now.StreamStatus !== 'ACTIVE')
                return true;
            const key = JSON.stringify(change);
            return !(0,stream_changes/* planChanges */.XA)(spec, now, currentTags).changes.some((c) => JSON.stringify(c) === key);
        });
        if (sent.kind === 'refused') {
            // ResourceInUse: not ACTIVE (yet); wait, then re-plan from what the stream is then.
            watch.restartWait(`become ACTIVE before ${change.op}`);
            current = await watch.untilActive();
            continue;
        }
        applied.push(change);
        if (change.op === 'AddTagsToStream') {
            // Tagging leaves the stream ACTIVE: no need to look again.
            currentTags = { ...currentTags, ...change.tags };
        }
        else {
            watch.restartWait(`become ACTIVE after ${change.op}`);
            current = await watch.untilActive();
        }
    }
}
/** Before a change that cannot fit in what is left of timeout-seconds: say so up front, with the input to raise. */
function warnIfTooLong(ctx, changes) {
    const { spec } = ctx;
    // The estimates are AWS's; an emulator (endpoint-url) takes the time it is configured to take.
    if (spec.endpointUrl)
        return;
    const needS = Math.ceil((0,stream_changes/* expectedMs */.Tp)(changes) / 1000);
    const left = ctx.budget.secondsLeft();
    if (needS <= left)
        return;
    const scalings = changes.filter((c) => c.op === 'UpdateShardCount').length;
    const others = changes.length - scalings;
    const what = scalings > 1
        ? `${scalings} UpdateShardCount steps (each at most doubles or halves)${others ? ` and ${(0,show/* count */.U)(others, 'other change')}` : ''}`
        : (0,show/* count */.U)(changes.length, 'change');
    const suggest = Math.ceil((spec.timeoutSeconds - left + needS * 1.5) / 60) * 60;
    ctx.log.warning(`Stream "${spec.streamName}": ${what} can take about ${Math.ceil(needS / 60)} min on AWS, ` +
        `more than the ${left} s left of "timeout-seconds" (${spec.timeoutSeconds}). ` +
        `Each step that starts is finished by AWS even if this run times out; raise "timeout-seconds" to about ${suggest} to see them through.`);
}
/** Sends one change, addressed by ARN; 'refused' when the stream was busy (not ACTIVE). */
function send(ctx, c, tookEffect) {
    // Tagging is idempotent and invisible to DescribeStreamSummary: resending it is the check.
    return ctx.calls.mutate((0,operations/* changeStream */.N)(c, ctx.stream.currentRef, ctx.stream.knownArn), {
        tolerate: ['in-use'],
        tookEffect: c.op === 'AddTagsToStream' ? undefined : tookEffect,
    });
}

// EXTERNAL MODULE: ./src/stages/observe.ts
var observe = __webpack_require__(7155);
;// CONCATENATED MODULE: ./src/stages/converge-access.ts
// Applies the access plan: registers the declared consumers that are missing (at most 5 CREATING at
// once per stream, as AWS allows; with their tags), waits until every declared consumer is ACTIVE, then
// tags them and attaches the declared resource policies (only once the stream and each consumer they
// name are ACTIVE). Re-plans from what it observes after each round, like converge() does for settings.







async function convergeAccess(ctx, spec, streamArn, seen, provenance) {
    const { log, stream: watch, calls } = ctx;
    const name = ctx.spec.streamName;
    const tagsFor = registrationTags(ctx, spec, provenance);
    /** The calls made, in order (the summary lists them). */
    const applied = [];
    let current = seen ?? (await (0,observe/* observeAccess */.Zo)(ctx, spec, streamArn));
    const limit = (spec.consumers?.length ?? 0) + 6;
    for (let round = 0;; round++) {
        const plan = (0,plan_access/* planAccess */.SW)(spec, streamArn, current);
        const registers = plan.changes.filter((c) => c.op === 'RegisterStreamConsumer');
        const puts = plan.changes.filter((c) => c.op === 'PutResourcePolicy');
        if (plan.creating.length === 0 && plan.changes.length === 0 && plan.deleting.length === 0)
            return { seen: current, applied };
        if (round >= limit) {
            throw new action_error/* ActionError */.l(`Stream "${name}" did not take the declared consumers and policies after ${(0,show/* count */.U)(applied.length, 'change')}: ${plan.drift.map(stream_changes/* driftLine */.wk).join('; ')}.`);
        }
        for (const consumer of plan.deleting) {
            await watch.waitFor(`let consumer "${consumer}" finish deregistering`, () => describeConsumer(ctx, streamArn, consumer), (c) => c?.status !== 'DELETING');
        }
        const room = Math.max(0, kinesis/* CONSUMERS_CREATING_AT_ONCE */.gh - plan.creatingOnStream);
        const registered = [];
        for (const c of registers.slice(0, room)) {
            const tags = await tagsFor.get();
            const withTags = Object.keys(tags).length > 0 ? ` with ${(0,show/* count */.U)(Object.keys(tags).length, 'tag')}` : '';
            log.info(`Stream "${name}": registering consumer "${c.name}"${withTags} (RegisterStreamConsumer).`);
            const sent = await register(ctx, streamArn, c.name, tags, spec, tagsFor);
            if (sent.kind !== 'refused') {
                applied.push('RegisterStreamConsumer');
                registered.push(c.name);
            }
            else {
                // In use: the stream is not ACTIVE (AWS), or the name is taken meanwhile: wait, then look again.
                watch.restartWait('become ACTIVE before RegisterStreamConsumer');
                await watch.untilActive();
            }
        }
        // Other teams' consumers CREATING can fill the 5 slots: wait on the schedule rather than loop.
        if (room === 0 && registers.length > 0 && plan.creating.length === 0) {
            await watch.waitFor('get a free consumer slot (5 CREATING at once per stream)', () => (0,observe/* observeAccess */.Zo)(ctx, spec, streamArn), (a) => (0,plan_access/* planAccess */.SW)(spec, streamArn, a).creatingOnStream < kinesis/* CONSUMERS_CREATING_AT_ONCE */.gh);
        }
        const waiting = [...plan.creating, ...registered];
        for (const consumer of waiting)
            await untilConsumerActive(ctx, streamArn, consumer);
        // Tags and policies only once no declared consumer is CREATING, so that a consumer's ARN is final.
        if (registers.length === 0 && plan.creating.length === 0) {
            for (const t of plan.changes.filter((c) => c.op === 'TagResource')) {
                log.info(`Stream "${name}": tagging consumer "${t.consumer}" (${Object.keys(t.tags).join(', ')}) (TagResource).`);
                const sent = await calls.mutate((0,operations/* tagResource */.FT)(t.resourceArn, t.tags), { tolerate: ['in-use'] });
                if (sent.kind !== 'refused')
                    applied.push('TagResource');
            }
            for (const p of puts) {
                log.info(`Stream "${name}": attaching ${policyLabel(p.setting)} (PutResourcePolicy).`);
                const sent = await calls.mutate((0,operations/* putResourcePolicy */.kv)(p.resourceArn, p.policy), { tolerate: ['in-use'] });
                if (sent.kind === 'refused') {
                    watch.restartWait('become ACTIVE before PutResourcePolicy');
                    await watch.untilActive();
                }
                else {
                    applied.push('PutResourcePolicy');
                }
            }
        }
        current = await (0,observe/* observeAccess */.Zo)(ctx, spec, streamArn);
    }
}
/**
 * The tags a consumer is registered with: the declared consumer-tags, and the provenance tags when the
 * step writes them (dropped, with a warning, when both would pass the 50 a consumer takes). Read once.
 */
function registrationTags(ctx, spec, provenance) {
    let tags;
    let dropped = false;
    const get = () => (tags ??= (async () => {
        const declared = spec.consumerTags ?? {};
        const extra = ctx.spec.provenanceTags && provenance ? await provenance() : {};
        if (Object.keys(declared).length + Object.keys(extra).length <= kinesis/* MAX_TAGS */.x3)
            return { ...extra, ...declared };
        ctx.log.warning(`Provenance tags skipped on consumers: with the declared consumer-tags they would exceed the ${kinesis/* MAX_TAGS */.x3} tags a consumer takes.`);
        return { ...declared };
    })());
    return {
        get: () => (dropped ? Promise.resolve({}) : get()),
        drop: () => !dropped && (dropped = true),
    };
}
/**
 * RegisterStreamConsumer, with tags when there are any. Tags need kinesis:TagResource as well: when only
 * the action's own provenance tags were refused, the consumer is registered without them (and the step
 * says how to have them); declared consumer-tags are what the workflow asked for, so their refusal fails.
 */
async function register(ctx, streamArn, consumer, tags, spec, all) {
    const tagged = Object.keys(tags).length > 0;
    const send = (t) => ctx.calls.mutate((0,operations/* registerStreamConsumer */.g1)(streamArn, consumer, t), {
        // In use: registered meanwhile by another run, or still DELETING; the next round looks again.
        tolerate: t ? ['in-use', 'access-denied'] : ['in-use'],
        tookEffect: async () => (await describeConsumer(ctx, streamArn, consumer)) !== undefined,
    });
    const sent = await send(tagged ? tags : undefined);
    if (sent.kind !== 'refused' || sent.error !== 'access-denied')
        return sent;
    if (spec.consumerTags) {
        throw new action_error/* ActionError */.l(`Access denied registering consumer "${consumer}" of stream "${ctx.spec.streamName}" with its tags: RegisterStreamConsumer with Tags needs ` +
            'kinesis:RegisterStreamConsumer and kinesis:TagResource on the consumer (…:stream/NAME/consumer/*). Allow both, or remove consumer-tags.');
    }
    // Without tags: a refusal now is RegisterStreamConsumer's own, and fails with its line.
    const untagged = await send(undefined);
    // Said once a run; the other consumers of this run are registered untagged without asking again.
    if (untagged.kind !== 'refused' && all.drop()) {
        ctx.log.warning(`Consumer "${consumer}" of stream "${ctx.spec.streamName}" is registered without provenance tags: tagging it needs kinesis:TagResource on ` +
            'the consumer. Allow it to have consumers tagged, or set provenance-tags: false.');
    }
    return untagged;
}
const CONSUMER_POLICY = 'reader-account-ids.consumer.';
function policyLabel(setting) {
    if (setting.startsWith(CONSUMER_POLICY))
        return `the read policy to consumer "${setting.slice(CONSUMER_POLICY.length)}"`;
    return setting === 'resource-policy' ? 'the declared resource policy' : 'the read policy for the reader accounts';
}
async function describeConsumer(ctx, streamArn, consumer) {
    const out = await ctx.calls.call((0,operations/* describeStreamConsumer */.Og)(streamArn, consumer), ['not-found']);
    const d = out?.ConsumerDescription;
    return d ? { status: d.ConsumerStatus ?? 'UNKNOWN' } : undefined;
}
/**
 * DescribeStreamConsumer on the polling schedule until ACTIVE twice in a row (20 calls/s per account):
 * right after the first ACTIVE, a policy on the consumer or a SubscribeToShard can still be refused
 * (aws-cdk #37108), and its ARN is what the next job uses.
 */
async function untilConsumerActive(ctx, streamArn, consumer) {
    let active = 0;
    const found = await ctx.stream.waitFor(`register consumer "${consumer}" (ACTIVE)`, () => describeConsumer(ctx, streamArn, consumer), (c) => c === undefined || (c.status === 'ACTIVE' ? ++active >= 2 : (active = 0) > 0));
    if (!found)
        throw new action_error/* ActionError */.l(`Consumer "${consumer}" of stream "${ctx.spec.streamName}" disappeared while waiting for it to become ACTIVE (deregistered by someone else?).`);
    ctx.log.info(`Consumer "${consumer}" of stream "${ctx.spec.streamName}" is ACTIVE.`);
}

// EXTERNAL MODULE: ./src/plan/lifetime.ts
var lifetime = __webpack_require__(8600);
;// CONCATENATED MODULE: ./src/stages/creation.ts





/** The mark on the stream, if any, and whether it still means an unfinished creation. */
function markOn(ctx, tags, runId, stream) {
    if (!tags || !Object.prototype.hasOwnProperty.call(tags, model_tags/* PENDING_TAG */.pL))
        return undefined;
    const mark = (0,creation/* parsePendingMark */.IU)(tags[model_tags/* PENDING_TAG */.pL]);
    return { mark, unfinished: (0,creation/* isUnfinished */.ui)(mark, ctx.budget.clock.wallTime(), runId, stream?.StreamCreationTimestamp?.getTime()) };
}
/** Removes PENDING_TAG once every follow-up setting is applied (removing a missing key is not an error). */
async function finishCreation(ctx, tags) {
    const sent = await ctx.calls.mutate((0,operations/* removeTagsFromStream */.yW)(ctx.stream.currentRef, [model_tags/* PENDING_TAG */.pL]), { tolerate: ['access-denied', 'in-use'] });
    if (sent.kind === 'refused') {
        // The settings are applied either way; the mark left behind expires as a mark after a day.
        const why = sent.error === 'access-denied'
            ? 'kinesis:RemoveTagsFromStream denied: allow it, or remove the tag by hand'
            : 'the stream was busy; the next run that finds it removes it';
        const since = tags && Object.prototype.hasOwnProperty.call(tags, model_tags/* PENDING_TAG */.pL) ? (0,creation/* parsePendingMark */.IU)(tags[model_tags/* PENDING_TAG */.pL]).since : ctx.budget.clock.wallTime();
        const expires = since === undefined ? '' : `; from ${(0,creation/* isoSeconds */.nE)(since + creation/* UNFINISHED_FOR_MS */.Vu)} on it no longer counts as an unfinished creation`;
        ctx.log.warning(`Stream "${ctx.spec.streamName}" has every declared setting, but tag ${model_tags/* PENDING_TAG */.pL} could not be removed (${why}). It stays on the stream${expires}.`);
    }
    if (!tags)
        return tags;
    const rest = Object.create(null);
    for (const [k, v] of Object.entries(tags))
        if (k !== model_tags/* PENDING_TAG */.pL)
            rest[k] = v;
    return rest;
}
/** A mark older than a day whose settings are still not in place: they are drift now; say what stays behind. */
function staleMarkLine(ctx, mark) {
    const when = mark.since === undefined ? 'with no time (an older version of the action)' : `on ${(0,creation/* isoSeconds */.nE)(mark.since)}${mark.runId ? ` (run ${mark.runId})` : ''}`;
    return (`Stream "${ctx.spec.streamName}" carries the tag ${model_tags/* PENDING_TAG */.pL} of a creation ${when} that did not apply ${mark.settings.join(', ') || 'its settings'}. ` +
        `${(0,creation/* staleReason */.Wf)(mark, ctx.budget.clock.wallTime())} they are compared as drift (on-drift: ${ctx.spec.onDrift}), ` +
        'not finished as part of the creation. ' +
        'The tag stays on the stream until the declared settings are in place, then a run removes it.');
}
/**
 * User tags, provenance tags, and PENDING_TAG when settings must follow CreateStream. Within the 50
 * tags a stream takes: provenance goes first (with a warning), then the pending mark.
 */
async function creationTags(ctx, provenance, runId) {
    const { spec, log } = ctx;
    const user = Object.keys(spec.tags ?? {}).length;
    const pending = (0,creation/* pendingValue */.jb)(spec);
    let mark = pending ? { [model_tags/* PENDING_TAG */.pL]: (0,creation/* pendingMark */.Xv)(spec, ctx.budget.clock.wallTime(), runId) } : {};
    if (pending && user + 1 > kinesis/* MAX_TAGS */.x3) {
        log.warning(`No room for the ${model_tags/* PENDING_TAG */.pL} tag next to ${user} declared tags: if this run fails before applying ${pending}, a re-run will only report it as drift.`);
        mark = {};
    }
    // The step's own mark, for its post step: it goes with the stream.
    if (spec.deleteAtJobEnd && user + Object.keys(mark).length + 1 <= kinesis/* MAX_TAGS */.x3)
        mark = { ...mark, [model_tags/* JOB_TAG */.z2]: ctx.nonce };
    // The expiry a sweep goes by: before provenance, which is dropped first when room runs out.
    if (spec.timeToLive && user + Object.keys(mark).length + 1 <= kinesis/* MAX_TAGS */.x3) {
        mark = { ...mark, [model_tags/* EXPIRES_TAG */.qU]: (0,lifetime/* expiryFor */.n7)(ctx.budget.clock.wallTime(), spec.timeToLive.ms) };
    }
    else if (spec.timeToLive) {
        log.warning(`No room for the ${model_tags/* EXPIRES_TAG */.qU} tag next to ${user} declared tags: time-to-live is not set, and no sweep will delete the stream.`);
    }
    const room = kinesis/* MAX_TAGS */.x3 - user - Object.keys(mark).length;
    if (!spec.provenanceTags)
        return mark;
    const extra = await provenance();
    if (Object.keys(extra).length > room) {
        log.warning(`Provenance tags skipped: with the ${user} declared tags they would exceed the ${kinesis/* MAX_TAGS */.x3} tags a stream takes.`);
        return mark;
    }
    return { ...extra, ...mark };
}
/**
 * time-to-live on a stream that exists: its expiry moves later (AddTagsToStream; a dry run only says so),
 * whatever on-drift says: it is the action's own lease, like the pending mark. Never shortened, and never
 * put on a stream that has none (that would make a sweep delete a stream nobody made to expire).
 */
async function renewExpiry(ctx, tags) {
    const { spec, log } = ctx;
    if (!spec.timeToLive)
        return;
    const next = (0,lifetime/* renewal */.Bf)(tags, ctx.budget.clock.wallTime(), spec.timeToLive.ms);
    const name = spec.streamName;
    if (next.kind === 'none') {
        log.warning(`Stream "${name}" has no ${model_tags/* EXPIRES_TAG */.qU} tag${tags ? '' : ' (its tags could not be read)'}, so time-to-live (${spec.timeToLive.text}) is not put on it: ` +
            'only a stream created with time-to-live expires, so that a sweep never deletes one made to last.');
        return;
    }
    if (next.kind === 'keep')
        return ctx.record.noteExpiry(next.before);
    if (spec.dryRun) {
        log.info(`Dry run: the expiry of stream "${name}" would move from ${next.before} to ${next.after} (time-to-live ${spec.timeToLive.text}).`);
        return ctx.record.noteExpiry(next.after, next.before, true);
    }
    log.info(`Stream "${name}": moving its expiry from ${next.before} to ${next.after} (time-to-live ${spec.timeToLive.text}).`);
    const sent = await ctx.calls.mutate((0,operations/* changeStream */.N)({ op: 'AddTagsToStream', tags: { [model_tags/* EXPIRES_TAG */.qU]: next.after } }, ctx.stream.currentRef, ctx.stream.knownArn), {
        tolerate: ['in-use'],
    });
    if (sent.kind === 'refused') {
        log.warning(`Stream "${name}" was busy, so its expiry stays ${next.before}; the next run with time-to-live moves it.`);
        return ctx.record.noteExpiry(next.before);
    }
    ctx.record.noteExpiry(next.after, next.before);
}

;// CONCATENATED MODULE: ./src/stages/quota.ts



/** Reads the limits (once per run) and fails when `growth` cannot fit; carries on when the read is denied. */
async function checkQuota(ctx, growth) {
    if (ctx.record.limits === undefined)
        ctx.record.noteLimits(await readLimits(ctx));
    const limits = ctx.record.limits;
    if (limits === undefined || limits === 'unknown')
        return;
    const problem = quotaProblem(growth, limits, ctx.spec.streamName, ctx.spec.region);
    if (problem)
        throw new action_error/* ActionError */.l(problem);
}
/**
 * One try: the pre-check is advice (AWS enforces the limits itself, atomically), so a denied call is
 * said once and a throttled one (1 call/s per account: a matrix of creations asks at once) is skipped
 * rather than retried, which would queue every parallel job behind that one call per second.
 */
async function readLimits(ctx) {
    const sent = await readOnce(ctx, (0,operations/* describeLimits */.Wm)());
    if (sent.kind === 'ok')
        return sent.value;
    if (sent.kind === 'refused' && sent.name === 'UnknownOperationException') {
        ctx.log.info('Quota pre-check skipped: this endpoint has no DescribeLimits (an emulator); AWS checks its limits itself.');
    }
    else if (sent.kind === 'refused' && sent.error === 'access-denied') {
        ctx.log.warning('Quota pre-check skipped: kinesis:DescribeLimits was denied (allow it to have shard and on-demand limits checked before changes).');
    }
    else {
        ctx.log.info('Quota pre-check skipped: DescribeLimits did not answer at once (it allows 1 call per second per account); AWS still enforces the limits.');
    }
    return 'unknown';
}
/**
 * Before a change that sets warm throughput: the account must have its minimum throughput billing
 * commitment on, or AWS refuses the call. Read once, one try, like DescribeLimits: a denied or
 * unanswered read is said once and the run goes on (AWS still refuses what it must).
 */
async function checkWarmThroughput(ctx, mibps) {
    if (ctx.record.commitment === undefined) {
        const sent = await readOnce(ctx, (0,operations/* describeAccountSettings */.Kp)());
        const status = sent.kind === 'ok' ? sent.value?.MinimumThroughputBillingCommitment?.Status : undefined;
        ctx.record.noteCommitment(typeof status === 'string' ? status : 'unknown');
        if (sent.kind === 'refused' && sent.error === 'access-denied') {
            ctx.log.warning('Warm throughput pre-check skipped: kinesis:DescribeAccountSettings was denied (allow it to learn before any change whether the account ' +
                'can take warm throughput).');
        }
        else if (typeof status !== 'string') {
            ctx.log.info('Warm throughput pre-check skipped: DescribeAccountSettings did not say (an emulator, or no answer at once); AWS still checks it.');
        }
    }
    const problem = warmThroughputProblem(ctx.record.commitment === 'unknown' ? undefined : ctx.record.commitment, ctx.spec.streamName, ctx.spec.region, mibps);
    if (problem)
        throw new action_error/* ActionError */.l(problem);
}
/** An advisory account read: one try, any refusal handed back for the caller to say what it skipped. */
function readOnce(ctx, operation) {
    return ctx.calls.read(operation, ['access-denied', 'retryable', 'fatal', 'not-found', 'in-use']);
}

// EXTERNAL MODULE: ./src/stages/account.ts
var stages_account = __webpack_require__(720);
// EXTERNAL MODULE: ./src/stages/reviewed-plan.ts + 1 modules
var reviewed_plan = __webpack_require__(3629);
;// CONCATENATED MODULE: ./src/stages/reconcile.ts

















async function reconcile(ctx, deps) {
    const { spec, log, record } = ctx;
    const name = spec.streamName;
    /** The expires-at this run's CreateStream carries (time-to-live): the stream's only once it made it. */
    let expires;
    const ensured = await ensureStream(ctx, async () => {
        const req = (0,creation/* createRequest */.WL)(spec, await creationTags(ctx, deps.provenance, deps.runId));
        expires = req.Tags?.[model_tags/* EXPIRES_TAG */.qU];
        if (expires && spec.dryRun)
            record.noteExpiry(expires, undefined, true);
        // A plan for review, or the check of one, names the account the stream would be created in; so
        // does a step with allowed-account-ids, which refuses to create in any other (or an unknown) one.
        const asked = deps.account && (spec.dryRun || spec.expectedPlan || spec.allowedAccountIds);
        const account = asked ? ((await deps.account()) ?? null) : undefined;
        (0,stages_account/* checkAccount */.g)(ctx, account, 'creating');
        (0,reviewed_plan/* checkPlan */.G)(ctx, (0,observed/* absentState */.Vm)(account), (0,creation/* creationRows */.fr)(spec));
        await checkQuota(ctx, { kind: 'create', mode: spec.streamMode ?? 'PROVISIONED', shards: req.ShardCount ?? 0 });
        if (req.WarmThroughputMiBps !== undefined)
            await checkWarmThroughput(ctx, req.WarmThroughputMiBps);
        return req;
    });
    if (ensured.how === 'planned') {
        const rows = (0,creation/* creationRows */.fr)(spec);
        return (0,outcome/* outcome */.b)('dry run', { drift: rows, rows, steps: (0,creation/* creationSteps */.rs)(rows) });
    }
    let stream = ensured.stream;
    const arn = stream.StreamARN ?? '';
    // A stream that was there already: its ARN names its account (one this run created was checked before).
    if (!record.created)
        (0,stages_account/* checkAccount */.g)(ctx, (0,stages_account/* accountOfArn */.K)(arn), 'changing');
    const found = ensured.how;
    if (found === 'created' && expires)
        record.noteExpiry(expires);
    // What is compared: the declared settings, with a KMS alias that names the stream's key counted as equal.
    const declared = { ...spec, encryption: await (0,observe/* comparableEncryption */.o3)(spec.encryption, stream, deps.keys, log) };
    const later = (0,creation/* followUps */.St)(declared);
    const laterDrift = (0,stream_changes/* planChanges */.XA)(later, stream).drift;
    // Consumers and resource policies are looked at only when declared (none exist on a stream just created).
    let access = (0,plan_access/* declaresAccess */.u8)(spec) && found !== 'created' ? await (0,observe/* observeAccess */.Zo)(ctx, spec, arn) : undefined;
    const firstAccess = (0,plan_access/* declaresAccess */.u8)(spec) ? (0,plan_access/* planAccess */.SW)(spec, arn, access ?? { consumers: [], policies: new Map() }) : undefined;
    // Tags are read when declared, when follow-up settings differ, or when they are declared on a stream
    // young enough to carry a mark that is still due to come off: a PENDING_TAG says an earlier run created
    // the stream and may not have applied them (optional: a role that may not list tags just does not get
    // that check). Only a recent mark, or this run's own, means "unfinished"; an established stream with
    // its settings in place stays at one call.
    const followUpsDiffer = laterDrift.length > 0 || (firstAccess?.drift.length ?? 0) > 0;
    const young = (0,creation/* mayCarryLiveMark */.Mu)(stream, ctx.budget.clock.wallTime());
    // A reviewed plan that saw a mark is checked against the tags again, however old the stream is by now.
    const reviewedMark = spec.expectedPlan?.observed.settings[`tags.${model_tags/* PENDING_TAG */.pL}`] !== undefined;
    const needTags = found !== 'created' &&
        (spec.tags !== undefined || spec.timeToLive !== undefined || ((0,creation/* pendingValue */.jb)(spec) !== '' && young) || reviewedMark || (!ensured.fresh && followUpsDiffer));
    let tags = needTags ? await (0,observe/* observeTags */._R)(ctx, spec.tags === undefined) : undefined;
    const mark = markOn(ctx, tags, deps.runId, stream);
    const unfinished = mark?.unfinished ?? false;
    // The plan is checked before the first change; a stream this run created had its (absent) plan checked
    // before CreateStream. One that someone else created meanwhile is checked again: it is not the reviewed state.
    if (found === 'found' || (ensured.foreign && spec.expectedPlan)) {
        // Only a mark that is there is recorded: whether tags were read at all depends on the stream's age,
        // which must not make a plan reviewed at 23 h fail to apply at 25 h.
        const pending = mark && tags ? { [`tags.${model_tags/* PENDING_TAG */.pL}`]: tags[model_tags/* PENDING_TAG */.pL] } : reviewedMark ? { [`tags.${model_tags/* PENDING_TAG */.pL}`]: null } : {};
        (0,reviewed_plan/* checkPlan */.G)(ctx, (0,observed/* observedState */.w4)(spec, stream, tags, { ...pending, ...firstAccess?.observed }), [
            ...(0,stream_changes/* planChanges */.XA)(declared, stream, tags).drift,
            ...(firstAccess?.drift ?? []),
        ]);
    }
    // The lease of a stream made with time-to-live moves later, whatever on-drift says (its own bookkeeping).
    if (found !== 'created')
        await renewExpiry(ctx, tags);
    // Retention, encryption, metrics, consumers and policies do not go into CreateStream: they follow
    // once it is ACTIVE. A run that found a stream another run was creating a moment ago (parallel
    // jobs), or one an earlier run created and did not finish, does the same: the creation the workflow
    // declared is completed instead of warning or failing on settings not applied yet.
    /** The calls this run made after CreateStream (follow-ups, consumers, policies). */
    const made = [];
    if ((ensured.fresh || unfinished) && !spec.dryRun) {
        if (unfinished && !ensured.fresh) {
            log.info(`Stream "${name}" was created by an earlier run that did not apply every declared setting (tag ${model_tags/* PENDING_TAG */.pL}): finishing the creation.`);
        }
        if (laterDrift.length > 0) {
            log.info(`Applying ${(0,show/* count */.U)(laterDrift.length, 'setting')} that CreateStream does not take.`);
            const followed = await converge(ctx, stream, later);
            stream = followed.stream;
            made.push(...followed.applied.map((c) => c.op));
        }
        if ((0,plan_access/* declaresAccess */.u8)(spec)) {
            const result = await convergeAccess(ctx, spec, arn, access, deps.provenance);
            access = result.seen;
            made.push(...result.applied);
        }
        if (unfinished || (record.created && (0,creation/* pendingValue */.jb)(spec) !== '')) {
            tags = await finishCreation(ctx, tags);
        }
        if (found === 'created') {
            return (0,outcome/* outcome */.b)('created', {
                stream,
                created: true,
                // The same rows as its dry run's plan: what the stream was created with.
                rows: (0,creation/* creationRows */.fr)(spec),
                steps: ['CreateStream', ...made],
                consumerArns: (0,plan_access/* consumerArns */.nn)(spec, access?.consumers),
            });
        }
    }
    else if (mark && !spec.dryRun) {
        // A mark whose creation is over (a run stopped after its last follow-up, or could not remove it):
        // with the follow-ups in place it has no purpose left; otherwise they are drift like any other. A
        // run applying a reviewed plan changes only what was reviewed: the mark stays for a later run.
        if (followUpsDiffer)
            log.warning(staleMarkLine(ctx, mark.mark));
        else if (!spec.expectedPlan) {
            log.info(`Stream "${name}" has every declared setting: removing the tag ${model_tags/* PENDING_TAG */.pL} an earlier creation left behind.`);
            tags = await finishCreation(ctx, tags);
        }
    }
    const plan = (0,stream_changes/* planChanges */.XA)(declared, stream, tags);
    const accessPlan = access ? (0,plan_access/* planAccess */.SW)(spec, arn, access) : undefined;
    const drift = [...plan.drift, ...(accessPlan?.drift ?? [])];
    const arns = () => (0,plan_access/* consumerArns */.nn)(spec, access?.consumers);
    if (drift.length === 0) {
        // Declared consumers that another run is registering: wait until they are ACTIVE (a wait, no change).
        // Their ARNs are known from the listing already: no need to list again.
        if (accessPlan?.creating.length && !spec.dryRun) {
            for (const consumer of accessPlan.creating)
                await untilConsumerActive(ctx, arn, consumer);
        }
        log.info(`Stream "${name}" matches every declared setting.`);
        // A creation this run finished (its own adoption, or an earlier run's): what it applied, for the summary.
        const finished = made.length > 0 ? { rows: [...laterDrift, ...(firstAccess?.drift ?? [])], steps: made } : {};
        return (0,outcome/* outcome */.b)(found, { stream, changed: unfinished, consumerArns: arns(), ...finished });
    }
    const listed = drift.map(stream_changes/* driftLine */.wk).join('; ');
    // What on-drift: update would call, in order: one counting for the log, the summary and the plan.
    const steps = [...plan.changes, ...(accessPlan?.changes ?? [])].map((c) => c.op);
    const differs = `Stream "${name}" differs from the workflow in ${(0,show/* count */.U)(drift.length, 'setting')}`;
    if (spec.onDrift === 'fail') {
        const failure = `${differs} (on-drift: fail), so nothing was changed: ${listed}.`;
        if (spec.dryRun) {
            // One annotation for every difference: GitHub shows 10 per step and drops the rest.
            log.warning(`${differs}: ${listed}. A real run would fail (on-drift: fail).`);
            return (0,outcome/* outcome */.b)('dry run', { stream, drift, rows: drift, steps, consumerArns: arns() });
        }
        return (0,outcome/* outcome */.b)(found, { stream, drift, rows: drift, steps, failure, consumerArns: arns() });
    }
    if (spec.onDrift === 'report' && !(unfinished && spec.dryRun)) {
        log.warning(`${differs}: ${listed}. Nothing was changed (on-drift: report).`);
        // How to apply them, when any can be: blocked rows say why not in the warning itself.
        const open = drift.filter((d) => !d.blocked).length;
        if (open > 0) {
            log.notice(`To apply the ${(0,show/* count */.U)(open, 'difference')} to stream "${name}" (${sizeLine(open, steps.length)}), set on-drift: update` +
                (spec.dryRun
                    ? ' in this step and in the step that applies its plan.'
                    : '; to have someone approve them first, run a dry run and apply its plan in a gated job (expected-plan).'));
        }
        return (0,outcome/* outcome */.b)(spec.dryRun ? 'dry run' : 'drift reported', { stream, drift, rows: drift, steps, consumerArns: arns() });
    }
    const blocked = drift.filter((d) => d.blocked);
    if (blocked.length > 0) {
        const failure = `Stream "${name}" cannot be brought to the declared settings, so nothing was changed: ${blocked.map(stream_changes/* driftLine */.wk).join('; ')}.`;
        return (0,outcome/* outcome */.b)(found, { stream, drift, rows: drift, steps, failure, consumerArns: arns() });
    }
    // A rescale or a switch to ON_DEMAND that the account's limits cannot take fails here, before any change.
    const growth = growthOf(plan.changes, stream.OpenShardCount ?? 0);
    if (growth)
        await checkQuota(ctx, growth);
    const warm = plan.changes.find((c) => c.op === 'UpdateStreamWarmThroughput');
    if (warm)
        await checkWarmThroughput(ctx, warm.mibps);
    if (spec.dryRun) {
        const why = unfinished ? ` (an earlier run created it and did not finish: tag ${model_tags/* PENDING_TAG */.pL})` : '';
        log.info(`Dry run: stream "${name}" would change ${sizeLine(drift.length, steps.length)} (${callsText(steps)})${why}: ${listed}. Nothing was changed.`);
        return (0,outcome/* outcome */.b)('dry run', { stream, drift, rows: drift, steps, consumerArns: arns() });
    }
    log.info(`Stream "${name}" differs from the workflow (on-drift: update): ${listed}.`);
    const done = await converge(ctx, stream, declared, tags);
    let accessApplied = [];
    if (access) {
        const result = await convergeAccess(ctx, spec, arn, access, deps.provenance);
        access = result.seen;
        accessApplied = result.applied;
    }
    // A leftover mark whose settings this update has now put in place has no purpose left either.
    if (mark && !unfinished && !spec.expectedPlan)
        await finishCreation(ctx, tags);
    return (0,outcome/* outcome */.b)('updated', {
        stream: done.stream,
        changed: done.applied.length > 0 || accessApplied.length > 0 || unfinished,
        drift,
        rows: drift,
        steps: [...done.applied.map((c) => c.op), ...accessApplied],
        consumerArns: arns(),
    });
}

// EXTERNAL MODULE: ./src/shared/phase.ts
var phase = __webpack_require__(2614);
;// CONCATENATED MODULE: ./src/report/job-state.ts
// What the main step hands its post step (core.saveState → STATE_<name> in the post step's environment):
// which phase this process is, and the stream delete-at-job-end is to delete. The value comes back from
// the environment, so it is shape-checked like any outside text before the post step acts on it.


const STREAM = 'delete-at-job-end';
/** First thing the main step does: its post step (post-if: always()) must never run the main flow again. */
function markMainStep() {
    // Outside a runner there is no post step (and core would print a workflow command instead).
    if (process.env.GITHUB_STATE)
        core/* saveState */.LZ(phase/* PHASE_KEY */.g1, 'main');
}
function saveJobEnd(state) {
    if (process.env.GITHUB_STATE)
        core/* saveState */.LZ(STREAM, state ? JSON.stringify(state) : '');
}
const NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const job_state_REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
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
            job_state_REGION.test(s.region) &&
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

;// CONCATENATED MODULE: ./src/main.ts






















/**
 * One step as the runner runs it. The runner cancels a step with SIGINT, then SIGTERM: the first stops
 * the wait and reports what was left in progress; a second one exits.
 */
async function runStep(phase) {
    // The main step says so first, before anything that could fail: its post step never runs the main flow.
    if (phase === 'main')
        markMainStep();
    const controller = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            if (controller.signal.aborted)
                process.exit(1);
            actionLog.info(`Received ${signal}: stopping.`);
            controller.abort(new Error(`received ${signal}`));
        });
    }
    await run({ cancel: controller.signal, phase });
    // Signal handlers must not keep a finished run alive.
    process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
}
async function run(options = {}) {
    try {
        await runSteps(options);
    }
    catch (err) {
        fail(failureLine(err));
    }
}
async function runSteps(options) {
    const clock = options.clock ?? systemClock;
    const cancel = options.cancel ?? new AbortController().signal;
    const env = options.env ?? process.env;
    const raw = readInputs();
    const post = options.phase === 'post';
    // The post step of a step that does not delete at job end: nothing to do, not even a line.
    if (post && !/^true$/i.test(raw['delete-at-job-end']))
        return;
    // The network set-up (proxy variables, AWS_CA_BUNDLE) is read from the process, as proxy-from-env does.
    const network = await networkAgents(process.env).catch((err) => failureLine(err));
    protectSecrets(env, [raw['github-token']], typeof network === 'string' ? [] : network.secrets);
    const parsed = parseSpec(raw, env);
    // The post step of a step whose inputs the main step refused: it reported them; nothing to do.
    if (post && !parsed.ok)
        return;
    // A reviewed plan made with other inputs is refused here too, and a network set-up that cannot work:
    // before any API call.
    // (The post step deletes; it checks no reviewed plan.)
    const reviewed = parsed.ok ? (post ? [] : (0,reviewed_plan/* reviewedInputProblems */.e)(parsed.spec)) : parsed.errors;
    const problems = [...reviewed, ...(typeof network === 'string' ? [network] : [])];
    if (!parsed.ok || problems.length > 0 || typeof network === 'string') {
        // One annotation per problem, all at once, before any API call; the summary lists them too.
        for (const problem of problems)
            fail(problem);
        await writeSummary({ streamName: raw['stream-name'], errors: problems });
        actionLog.info(`Failed after 0 API calls: ${(0,show/* count */.U)(problems.length, 'problem')} with the inputs or the runner's set-up; nothing was done.`);
        return;
    }
    const saved = post ? readJobEnd(env) : undefined;
    if (post && saved?.stream !== parsed.spec.streamName) {
        actionLog.info(`delete-at-job-end: this job did not create stream "${parsed.spec.streamName}" (it found it there, or stopped before CreateStream): nothing to delete.`);
        return;
    }
    if (post && saved && saved.region !== parsed.spec.region) {
        actionLog.warning(`delete-at-job-end: the region is ${parsed.spec.region} now (a later step configured another?), but stream "${saved.stream}" was created in ` +
            `${saved.region}: deleting it there.`);
    }
    // What only teardowns, sweeps, post steps, creations and PR comments need is loaded when they run
    // (each a chunk of its own): a run on an existing stream loads none of it.
    const jobEnd = post ? await __webpack_require__.e(/* import() */ 387).then(__webpack_require__.bind(__webpack_require__, 9387)) : undefined;
    const spec = jobEnd ? jobEnd.jobEndSpec(parsed.spec, saved) : parsed.spec;
    const start = clock.now();
    const deadline = start + spec.timeoutSeconds * 1000;
    const agents = { httpAgent: network.httpAgent, httpsAgent: network.httpsAgent };
    const client = options.client ?? createKinesisClient(spec, agents);
    const gateway = new KinesisGateway(client, clock, actionLog.debug, () => callSignal(cancel, callBudgetMs(clock.now(), deadline)));
    const customEndpoint = Boolean(spec.endpointUrl || env.AWS_ENDPOINT_URL_KINESIS || env.AWS_ENDPOINT_URL);
    actionLog.debug(`region ${spec.region}, endpoint ${spec.endpointUrl ?? (customEndpoint ? 'from AWS_ENDPOINT_URL*' : 'AWS default')}` +
        `${network.via ? `, through the proxy ${network.via} (NO_PROXY honoured)` : ''}`);
    // What the run does is noted here as it happens: a run that fails half-way still reports it.
    const record = new RunRecord();
    const ctx = createRunContext(spec, { gateway, clock, log: actionLog, cancel, deadline, via: network.via, remember: saveJobEnd }, record);
    // KMS is asked only on AWS itself: a custom endpoint (endpoint-url or AWS_ENDPOINT_URL*, an emulator)
    // has no KMS beside it, and real KMS must not be asked about an emulator's keys.
    const signal = () => callSignal(cancel, callBudgetMs(clock.now(), deadline));
    const keys = options.keys ?? (customEndpoint ? undefined : kmsKeyResolver(spec.region, actionLog, signal, agents));
    // STS likewise, unless AWS_ENDPOINT_URL_STS names one beside the emulator (LocalStack has one). A
    // test's own client has none.
    const askSts = !options.client && (!customEndpoint || Boolean(env.AWS_ENDPOINT_URL_STS));
    const accounts = options.accounts ?? (askSts ? stsAccountResolver(spec.region, actionLog, signal, agents) : undefined);
    let result;
    let failure;
    try {
        const teardown = async (o) => (await __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 6671))).teardown(ctx, o);
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
                            provenance: options.provenance ?? (async () => (await __webpack_require__.e(/* import() */ 890).then(__webpack_require__.bind(__webpack_require__, 8890))).provenanceTags(env)),
                            keys: keys?.lookup,
                            runId: env.GITHUB_RUN_ID,
                            account: accounts?.account,
                        });
        result.consumerArns ??= (0,plan_access/* consumerArns */.nn)(spec, undefined);
        if (!post)
            setOutputs(spec.streamName, result, record.plan, spec.consumers, expiresAt(record));
        if (result.stream?.StreamARN && spec.state === 'present')
            actionLog.info(`stream-arn: ${result.stream.StreamARN}`);
        failure = result.failure;
        if (failure)
            fail(failure);
    }
    catch (err) {
        failure = failureLine(err);
        // A failed run still hands on what it knows: the ARN, created=true for a half-finished creation.
        result = (0,outcome/* outcome */.b)('failed', {
            stream: ctx.stream.lastSeen,
            created: record.created,
            deleted: record.deleted,
            consumerArns: (0,plan_access/* consumerArns */.nn)(spec, undefined),
            // Never read (access denied, no answer): unknown, which is not absent.
            unread: ctx.stream.lastStatus === 'not yet seen',
            sweep: record.sweep,
        });
        if (!post)
            setOutputs(spec.streamName, result, record.plan, spec.consumers, expiresAt(record));
        fail(failure);
    }
    finally {
        // The clients' handlers destroy the agents they were given: nothing of the network is left open.
        if (!options.client)
            client.destroy();
        network.httpAgent.destroy();
        network.httpsAgent.destroy();
        if (!options.keys)
            keys?.close();
        if (!options.accounts)
            accounts?.close();
    }
    const report = {
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
            const { commentOnPullRequest, runOf } = await __webpack_require__.e(/* import() */ 914).then(__webpack_require__.bind(__webpack_require__, 1914));
            await (options.comment ?? commentOnPullRequest)({
                token: spec.githubToken,
                stream: spec.streamName,
                region: spec.region,
                markdown,
                log: actionLog,
                run: runOf(env, spec.dryRun),
                cancel,
            });
        }
        catch (err) {
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
    actionLog.info(rows
        ? `Done in ${seconds} s, ${(0,show/* count */.U)(gateway.calls, 'API call')}: sweep of "${spec.streamName}", ${swept}.`
        : endLine(spec.streamName, result.happened, seconds, gateway.calls, Boolean(failure), finished));
}
/** The expires-at output: what the stream carries after the run (a dry run changes nothing). */
const expiresAt = (record) => (record.expiry?.planned ? (record.expiry.from ?? '') : (record.expiry?.at ?? ''));
/** A sweep, with GitHub's word on the pull requests its streams were made for. */
async function sweepRun(ctx, token, repository, signal) {
    const [{ sweep }, { pullRequestStates }] = await Promise.all([__webpack_require__.e(/* import() */ 516).then(__webpack_require__.bind(__webpack_require__, 5516)), __webpack_require__.e(/* import() */ 124).then(__webpack_require__.bind(__webpack_require__, 6124))]);
    return sweep(ctx, { repository, pullRequest: pullRequestStates(token, repository, actionLog, signal) });
}
/** One line for anything thrown: ours are already phrased; others are redacted and labelled. */
function failureLine(err) {
    if (err instanceof action_error/* ActionError */.l)
        return err.message;
    if (err instanceof Error)
        return `Unexpected error: ${(0,safe_text/* redactLine */.Mq)(err.message || err.name)}`;
    return `Unexpected error: ${(0,safe_text/* redactLine */.Mq)(String(err))}`;
}


/***/ }),

/***/ 127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ MAX_SCALINGS_PER_DAY),
/* harmony export */   QD: () => (/* binding */ DEFAULT_KMS_KEY),
/* harmony export */   Tr: () => (/* binding */ DEFAULT_RECORD_DISTRIBUTION),
/* harmony export */   fs: () => (/* binding */ MAX_CONSUMERS),
/* harmony export */   gh: () => (/* binding */ CONSUMERS_CREATING_AT_ONCE),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   qr: () => (/* binding */ ALL_METRICS),
/* harmony export */   tg: () => (/* binding */ TAGS_PER_CALL),
/* harmony export */   x3: () => (/* binding */ MAX_TAGS)
/* harmony export */ });
// Kinesis's own words and fixed rules that the inputs, the plan and the stages all check against.
/** What an ON_DEMAND stream that does not report a strategy uses. */
const DEFAULT_RECORD_DISTRIBUTION = 'USER_PARTITION_KEY';
/** The shard-level metrics EnableEnhancedMonitoring knows (ALL means these seven). */
const ALL_METRICS = [
    'IncomingBytes',
    'IncomingRecords',
    'OutgoingBytes',
    'OutgoingRecords',
    'WriteProvisionedThroughputExceeded',
    'ReadProvisionedThroughputExceeded',
    'IteratorAgeMilliseconds',
];
/** Tags per stream. */
const MAX_TAGS = 50;
/** AddTagsToStream takes at most 10 tags per call. */
const TAGS_PER_CALL = 10;
/** UpdateShardCount's ceiling per stream. */
const MAX_SHARDS = 10000;
/** UpdateShardCount allows this many scalings per stream per rolling 24 h. */
const MAX_SCALINGS_PER_DAY = 10;
/** RegisterStreamConsumer: 20 consumers per stream (50 with On-demand Advantage, not assumed). */
const MAX_CONSUMERS = 20;
/** RegisterStreamConsumer: at most 5 consumers CREATING at once per stream. */
const CONSUMERS_CREATING_AT_ONCE = 5;
/** The AWS managed key for Kinesis, used when encryption-type is KMS without a key. */
const DEFAULT_KMS_KEY = 'alias/aws/kinesis';


/***/ }),

/***/ 5093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ outcome)
/* harmony export */ });
function outcome(happened, fields = {}) {
    return { happened, created: false, changed: false, deleted: false, drift: [], rows: [], ...fields };
}


/***/ }),

/***/ 3552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ tagValue),
/* harmony export */   FX: () => (/* binding */ OWNER_TAG),
/* harmony export */   Qv: () => (/* binding */ PR_TAG),
/* harmony export */   pL: () => (/* binding */ PENDING_TAG),
/* harmony export */   qU: () => (/* binding */ EXPIRES_TAG),
/* harmony export */   z2: () => (/* binding */ JOB_TAG)
/* harmony export */ });
// The tags the action itself reads or writes on a stream, and the rule that makes a value fit a tag.
/**
 * Tag the action puts on a stream it creates while settings that CreateStream cannot take
 * (retention, encryption, metrics) are still to be applied; removed once they are. A later run that
 * finds it finishes the creation the workflow declared, whatever on-drift says.
 */
const PENDING_TAG = 'ensure-kinesis-data-stream:pending';
/** The provenance tag that says which repository created a stream (inputs/provenance.ts). */
const OWNER_TAG = 'github:repository';
const NOT_ALLOWED = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;
/** Makes a value fit AWS tag rules: allowed characters only, at most 256 characters. */
function tagValue(value) {
    return value.replace(NOT_ALLOWED, '_').slice(0, 256);
}
/** When a stream made with time-to-live is done with: ISO 8601 UTC to the second. A sweep deletes it after that. */
const EXPIRES_TAG = 'ensure-kinesis-data-stream:expires-at';
/** The pull request a stream was made for (provenance in a pull_request run): a sweep deletes it once the PR is closed. */
const PR_TAG = 'github:pull-request';
/**
 * delete-at-job-end: a mark unique to the step, put in CreateStream's tags, so that its post step can
 * tell its own stream from one another job created under the name when the main step never saw it.
 * It goes with the stream at job end.
 */
const JOB_TAG = 'ensure-kinesis-data-stream:job';


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SW: () => (/* binding */ planAccess),
/* harmony export */   nn: () => (/* binding */ consumerArns),
/* harmony export */   r$: () => (/* binding */ declaredPolicies),
/* harmony export */   u8: () => (/* binding */ declaresAccess)
/* harmony export */ });
/* harmony import */ var _model_kinesis_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(127);
/* harmony import */ var _resource_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7686);
// Plans what a deploy job needs beside the stream's own settings: the declared enhanced fan-out
// consumers (registered if missing, never deregistered; their declared tags), and the resource policies
// (the inline one, or the standard read policy for reader accounts on the stream and each consumer). Pure.


const declaresAccess = (s) => s.consumers !== undefined || s.resourcePolicy !== undefined || s.readerAccountIds !== undefined;
/** The resources whose policy the workflow declares, with the document each should have. */
function declaredPolicies(spec, streamArn, consumers = []) {
    const out = [];
    const ids = spec.readerAccountIds;
    if (spec.resourcePolicy)
        out.push({
            setting: 'resource-policy',
            resourceArn: streamArn,
            doc: spec.resourcePolicy,
            desired: `declared policy (${(0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyDigest */ .p1)(spec.resourcePolicy, (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionOf */ .iQ)(streamArn))})`,
        });
    if (ids) {
        out.push({
            setting: 'reader-account-ids',
            resourceArn: streamArn,
            doc: (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .readPolicy */ .T4)(streamArn, ids, _resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .STREAM_READ_ACTIONS */ .Ot),
            desired: `read for ${ids.join(', ')}`,
        });
        for (const name of spec.consumers ?? []) {
            const c = live(consumers, name);
            if (c)
                out.push({
                    setting: `reader-account-ids.consumer.${name}`,
                    resourceArn: c.arn,
                    doc: (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .readPolicy */ .T4)(c.arn, ids, _resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .CONSUMER_READ_ACTIONS */ .Gj),
                    desired: `read for ${ids.join(', ')}`,
                });
        }
    }
    return out;
}
/** A consumer of that name that is not on its way out. */
const live = (consumers, name) => consumers.find((c) => c.name === name && c.status !== 'DELETING');
function planAccess(spec, streamArn, seen) {
    const plan = { drift: [], changes: [], creating: [], creatingOnStream: 0, deleting: [], observed: Object.create(null) };
    const all = seen.consumers ?? [];
    const missing = (spec.consumers ?? []).filter((n) => !live(all, n));
    const held = all.filter((c) => c.status !== 'DELETING').length;
    plan.creatingOnStream = all.filter((c) => c.status === 'CREATING').length;
    for (const name of spec.consumers ?? []) {
        const c = all.find((x) => x.name === name);
        plan.observed[`consumers.${name}`] = c?.status ?? null;
        if (c?.status === 'CREATING')
            plan.creating.push(name);
        if (c?.status === 'DELETING')
            plan.deleting.push(name);
        if (!missing.includes(name))
            continue;
        const item = { setting: `consumers.${name}`, current: c?.status ?? null, desired: 'ACTIVE', action: 'RegisterStreamConsumer' };
        if (held + missing.length > _model_kinesis_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONSUMERS */ .fs) {
            item.action = 'none';
            item.blocked = `the stream has ${held} consumers and ${missing.length} more would pass the limit of ${_model_kinesis_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONSUMERS */ .fs}; deregister unused ones`;
        }
        else {
            plan.changes.push({ op: 'RegisterStreamConsumer', name });
        }
        plan.drift.push(item);
        if (spec.readerAccountIds) {
            plan.drift.push({
                setting: `reader-account-ids.consumer.${name}`,
                current: null,
                desired: `read for ${spec.readerAccountIds.join(', ')}`,
                action: 'PutResourcePolicy once registered',
            });
        }
    }
    planConsumerTags(spec, all, seen.consumerTags, plan);
    const partition = (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionOf */ .iQ)(streamArn);
    for (const p of declaredPolicies(spec, streamArn, all)) {
        const current = (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .attachedPolicy */ .pD)(seen.policies.get(p.resourceArn));
        plan.observed[p.setting] = (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyDigest */ .p1)(current, partition);
        if (current !== undefined && (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .samePolicy */ .Jo)(current, p.doc, partition))
            continue;
        plan.drift.push({
            setting: p.setting,
            current: current === undefined ? 'none' : `differs: ${(0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyDiff */ .Sq)(current, p.doc, partition)}`,
            desired: p.desired,
            action: 'PutResourcePolicy',
        });
        plan.changes.push({ op: 'PutResourcePolicy', resourceArn: p.resourceArn, policy: JSON.stringify(p.doc), setting: p.setting });
    }
    return plan;
}
/**
 * The declared consumer tags on each declared consumer that is there (rows `consumer-tags.<consumer>/<key>`:
 * a consumer name has no "/", a key may) (one being registered gets them in
 * RegisterStreamConsumer): a row per key that differs, one TagResource per consumer. An endpoint that
 * dropped them at registration (kinesis-local does) is brought in line the same way.
 */
function planConsumerTags(spec, all, seen, plan) {
    if (!spec.consumerTags || !seen)
        return;
    for (const name of spec.consumers ?? []) {
        const c = live(all, name);
        const current = c ? seen.get(c.arn) : undefined;
        if (!c || !current)
            continue;
        const add = Object.create(null);
        const has = (key) => Object.prototype.hasOwnProperty.call(current, key);
        // New keys count toward the consumer's 50 tags with the ones it has (aws: tags do not count).
        const held = Object.keys(current).filter((k) => !/^aws:/i.test(k)).length;
        const full = held + Object.keys(spec.consumerTags).filter((k) => !has(k)).length > _model_kinesis_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TAGS */ .x3;
        for (const [key, value] of Object.entries(spec.consumerTags)) {
            plan.observed[`consumer-tags.${name}/${key}`] = has(key) ? current[key] : null;
            if (has(key) && current[key] === value)
                continue;
            const item = { setting: `consumer-tags.${name}/${key}`, current: has(key) ? current[key] : null, desired: value, action: 'TagResource' };
            if (full && !has(key)) {
                item.action = 'none';
                item.blocked = `consumer "${name}" has ${held} tags and the new ones would pass the limit of ${_model_kinesis_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TAGS */ .x3}; remove tags from it or the workflow`;
            }
            else
                add[key] = value;
            plan.drift.push(item);
        }
        if (Object.keys(add).length)
            plan.changes.push({ op: 'TagResource', resourceArn: c.arn, tags: add, consumer: name });
    }
}
/** The consumer-arns output: declared names in input order → ARN (null when not registered). */
function consumerArns(spec, consumers) {
    if (!spec.consumers)
        return undefined;
    const out = Object.create(null);
    for (const name of spec.consumers)
        out[name] = live(consumers ?? [], name)?.arn ?? null;
    return out;
}


/***/ }),

/***/ 6346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ parsePendingMark),
/* harmony export */   Mu: () => (/* binding */ mayCarryLiveMark),
/* harmony export */   St: () => (/* binding */ followUps),
/* harmony export */   Uj: () => (/* binding */ describeCreate),
/* harmony export */   Vu: () => (/* binding */ UNFINISHED_FOR_MS),
/* harmony export */   WL: () => (/* binding */ createRequest),
/* harmony export */   Wf: () => (/* binding */ staleReason),
/* harmony export */   Xv: () => (/* binding */ pendingMark),
/* harmony export */   fr: () => (/* binding */ creationRows),
/* harmony export */   jb: () => (/* binding */ pendingValue),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   rs: () => (/* binding */ creationSteps),
/* harmony export */   sk: () => (/* binding */ nextStep),
/* harmony export */   ui: () => (/* binding */ isUnfinished)
/* harmony export */ });
/* harmony import */ var _model_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3552);
/* harmony import */ var _shared_show_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8280);
/* harmony import */ var _stream_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8307);



function nextStep(stream) {
    if (!stream)
        return { kind: 'create' };
    if (stream.StreamStatus === 'ACTIVE')
        return { kind: 'done' };
    return { kind: 'wait', status: stream.StreamStatus ?? 'UNKNOWN' };
}
/** CreateStream for a missing stream: PROVISIONED with 1 shard unless declared otherwise. */
function createRequest(spec, extraTags = {}) {
    const mode = spec.streamMode ?? 'PROVISIONED';
    const tags = { ...extraTags, ...spec.tags };
    return {
        StreamName: spec.streamName,
        ...(mode === 'PROVISIONED' ? { ShardCount: spec.shardCount ?? 1 } : {}),
        StreamModeDetails: { StreamMode: mode },
        ...(Object.keys(tags).length > 0 ? { Tags: tags } : {}),
        ...(spec.maxRecordSizeKiB !== undefined ? { MaxRecordSizeInKiB: spec.maxRecordSizeKiB } : {}),
        ...(mode === 'ON_DEMAND' && spec.warmThroughputMiBps !== undefined ? { WarmThroughputMiBps: spec.warmThroughputMiBps } : {}),
        ...(mode === 'ON_DEMAND' && spec.recordDistribution !== undefined ? { RecordDistributionStrategy: spec.recordDistribution } : {}),
    };
}
/** The settings that follow CreateStream (each puts the stream in UPDATING once it is ACTIVE). */
function followUps(spec) {
    return {
        retentionHours: spec.retentionHours,
        encryption: spec.encryption,
        shardLevelMetrics: spec.shardLevelMetrics,
        consumers: spec.consumers,
        resourcePolicy: spec.resourcePolicy,
        readerAccountIds: spec.readerAccountIds,
    };
}
/** The follow-up settings a new stream would not have by itself (the start of the PENDING_TAG value), '' if none. */
function pendingValue(spec) {
    const pending = [];
    if (spec.retentionHours !== undefined && spec.retentionHours !== 24)
        pending.push('retention-hours');
    if (spec.encryption?.type === 'KMS')
        pending.push('encryption');
    if (spec.shardLevelMetrics?.length)
        pending.push('shard-level-metrics');
    if (spec.consumers?.length)
        pending.push('consumers');
    if (spec.resourcePolicy)
        pending.push('resource-policy');
    if (spec.readerAccountIds)
        pending.push('reader-account-ids');
    return pending.join(' ');
}
/**
 * A creation counts as unfinished (a re-run applies its follow-ups whatever on-drift says) only for this
 * long after it, or in a re-run of the same workflow run. Past that, a mark left behind (a run cancelled
 * after its last follow-up, a RemoveTagsFromStream denied) must not make a later change made behind the
 * action's back look like "finishing the creation": drift is drift again.
 */
const UNFINISHED_FOR_MS = 24 * 3600_000;
/** The PENDING_TAG value: what is still to be applied, when the creation happened, and by which workflow run. */
/** A time as the mark and its warnings write it: ISO 8601 UTC to the second. */
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
function pendingMark(spec, at, runId) {
    const since = isoSeconds(at);
    return [pendingValue(spec), `since=${since}`, ...(runId && /^\d+$/.test(runId) ? [`run=${runId}`] : [])].join(' ');
}
function parsePendingMark(value) {
    const mark = { settings: [] };
    for (const word of value.split(/\s+/).filter(Boolean)) {
        const since = /^since=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/.exec(word);
        const run = /^run=(\d{1,20})$/.exec(word);
        if (since)
            mark.since = Date.parse(since[1]);
        else if (run)
            mark.runId = run[1];
        else
            mark.settings.push(word);
    }
    return mark;
}
/** Whether a mark still means "an unfinished creation": made by this workflow run, or less than a day ago. */
function isUnfinished(mark, now, runId, streamCreated) {
    if (runId !== undefined && mark.runId === runId)
        return true;
    // A time ahead of this runner's clock by more than a few minutes is not a creation that happened.
    const age = mark.since === undefined ? NaN : now - mark.since;
    // The tag's time can be rewritten by anyone who may tag the stream; its creation time (AWS's clock)
    // cannot: an old stream is no unfinished creation, whatever its tag says.
    const young = streamCreated === undefined || now - streamCreated < UNFINISHED_FOR_MS + CLOCK_SKEW_MS;
    return young && age > -CLOCK_SKEW_MS && age < UNFINISHED_FOR_MS;
}
/** Why a mark does not count as an unfinished creation, in the words of the warning. */
function staleReason(mark, now) {
    if (mark.since === undefined)
        return 'It has no time (an older version of the action wrote it), so';
    if (mark.since - now > CLOCK_SKEW_MS)
        return 'Its time is in the future, so';
    return `That is more than ${UNFINISHED_FOR_MS / 3600_000} h ago (or the stream is), so`;
}
/** How far runners' clocks may disagree. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A stream created less than a day ago (or of unknown age) may carry a mark that still counts. */
function mayCarryLiveMark(stream, now) {
    const created = stream.StreamCreationTimestamp?.getTime();
    return created === undefined || now - created < UNFINISHED_FOR_MS + CLOCK_SKEW_MS;
}
function describeCreate(req, declared = {}) {
    const parts = [req.StreamModeDetails?.StreamMode === 'ON_DEMAND' ? 'ON_DEMAND' : `PROVISIONED, ${(0,_shared_show_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U)(req.ShardCount ?? 1, 'shard')}`];
    // Declared tags and the action's own (provenance, the pending mark) apart: the plan's table shows the first.
    const keys = Object.keys(req.Tags ?? {});
    const mine = keys.filter((k) => Object.prototype.hasOwnProperty.call(declared, k)).length;
    const provenance = keys.filter((k) => k !== _model_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .PENDING_TAG */ .pL && !Object.prototype.hasOwnProperty.call(declared, k)).length;
    if (mine)
        parts.push((0,_shared_show_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U)(mine, 'declared tag'));
    if (provenance)
        parts.push((0,_shared_show_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U)(provenance, 'provenance tag'));
    if (req.MaxRecordSizeInKiB)
        parts.push(`max record ${req.MaxRecordSizeInKiB} KiB`);
    if (req.WarmThroughputMiBps)
        parts.push(`warm throughput ${req.WarmThroughputMiBps} MiB/s`);
    if (req.RecordDistributionStrategy)
        parts.push(`record distribution ${req.RecordDistributionStrategy}`);
    return parts.join(', ');
}
/**
 * The calls a creation makes: CreateStream (tags go in it), one per setting it does not take, one per
 * consumer, and one policy per resource: the stream, and with reader-account-ids each consumer too.
 */
function creationSteps(rows) {
    const steps = ['CreateStream', ...rows.filter((r) => r.action !== 'CreateStream' && r.action !== 'none' && !r.blocked).map((r) => r.action)];
    const consumers = rows.filter((r) => r.setting.startsWith('consumers.')).length;
    if (rows.some((r) => r.setting === 'reader-account-ids'))
        for (let i = 0; i < consumers; i++)
            steps.push('PutResourcePolicy');
    return steps;
}
/** What a dry run on a missing stream would create: every declared setting, current unset. */
function creationRows(spec) {
    const rows = [{ setting: 'stream', current: 'absent', desired: 'present', action: 'CreateStream' }];
    const add = (setting, desired, action) => {
        if (desired !== undefined)
            rows.push({ setting, current: null, desired, action });
    };
    add('stream-mode', spec.streamMode ?? 'PROVISIONED', 'CreateStream');
    if ((spec.streamMode ?? 'PROVISIONED') === 'PROVISIONED')
        add('shard-count', spec.shardCount ?? 1, 'CreateStream');
    add('max-record-size-kib', spec.maxRecordSizeKiB, 'CreateStream');
    for (const [k, v] of Object.entries(spec.tags ?? {}))
        add(`tags.${k}`, v, 'CreateStream');
    // A new stream keeps 24 h and has no metrics: declaring those costs no call after CreateStream.
    add('retention-hours', spec.retentionHours, spec.retentionHours === 24 ? 'CreateStream' : 'IncreaseStreamRetentionPeriod');
    if (spec.encryption)
        add('encryption', (0,_stream_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .showEncryption */ .Hr)(spec.encryption), spec.encryption.type === 'KMS' ? 'StartStreamEncryption' : 'none');
    if (spec.shardLevelMetrics)
        add('shard-level-metrics', spec.shardLevelMetrics.join(',') || 'NONE', spec.shardLevelMetrics.length ? 'EnableEnhancedMonitoring' : 'CreateStream');
    if (spec.streamMode === 'ON_DEMAND')
        add('warm-throughput-mibps', spec.warmThroughputMiBps, 'CreateStream');
    if (spec.streamMode === 'ON_DEMAND')
        add('record-distribution', spec.recordDistribution, 'CreateStream');
    for (const name of spec.consumers ?? [])
        add(`consumers.${name}`, 'ACTIVE', 'RegisterStreamConsumer');
    if (spec.resourcePolicy)
        add('resource-policy', 'declared policy', 'PutResourcePolicy');
    if (spec.readerAccountIds)
        add('reader-account-ids', `read for ${spec.readerAccountIds.join(', ')}`, 'PutResourcePolicy');
    return rows;
}


/***/ }),

/***/ 5812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ makePlan),
  vS: () => (/* binding */ parsePlan),
  iY: () => (/* binding */ planJson),
  nE: () => (/* binding */ shortFingerprint)
});

// UNUSED EXPORTS: fingerprintOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/model/plan.ts
const PLAN_FORMAT = 'ensure-kinesis-data-stream/plan@1';

// EXTERNAL MODULE: ./src/shared/canonical-json.ts
var canonical_json = __webpack_require__(2586);
// EXTERNAL MODULE: ./src/plan/observed.ts
var plan_observed = __webpack_require__(5511);
;// CONCATENATED MODULE: ./src/plan/document.ts
// The reviewable plan: what a run saw (the stream's identity, status and the current value of every
// declared setting), the inputs it was given, and the changes it would make, with a fingerprint of the
// first two. A dry run hands it on as the `plan` output; a gated apply job passes it back as
// `expected-plan` and changes nothing unless its own plan, made from the live stream, is the same.
// Pure: no I/O. The fingerprint is a SHA-256 of canonical JSON (sorted keys), so the same state and
// inputs give the same fingerprint on any runner, whatever order AWS listed tags or metrics in.




function makePlan(spec, observed, changes) {
    const body = { format: PLAN_FORMAT, stream: spec.streamName, region: spec.region, observed, inputs: (0,plan_observed/* planInputs */.Zp)(spec) };
    return { ...body, changes: changes.map(cleanRow), fingerprint: fingerprintOf(body) };
}
function cleanRow(d) {
    const row = { setting: d.setting, current: d.current, desired: d.desired, action: d.action };
    if (d.blocked)
        row.blocked = d.blocked;
    return row;
}
function fingerprintOf(body) {
    const { format, stream, region, observed, inputs } = body;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)({ format, stream, region, observed, inputs })).digest('hex')}`;
}
/** The `plan` output: compact, keys in a fixed order (canonical), one line. */
function planJson(plan) {
    return (0,canonical_json/* canonicalJson */.d)(plan);
}
/** The first 12 hex digits, for people (summary, PR comment, log lines). */
const shortFingerprint = (f) => f.replace(/^sha256:/, '').slice(0, 12);
const isValue = (v) => v === null || typeof v === 'string' || typeof v === 'number';
const isRecordOf = (v, ok) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(ok);
const isRow = (v) => isRecordOf(v, isValue) && typeof v.setting === 'string' && typeof v.action === 'string' && 'current' in v && 'desired' in v;
/**
 * The `expected-plan` input: a plan this action made, unchanged since (its fingerprint must match its
 * content: a plan edited by hand, or cut short by a copy, is refused rather than half-trusted).
 */
function parsePlan(text) {
    let doc;
    try {
        // Null-prototype objects: a key such as "__proto__" in a tag name stays data.
        doc = JSON.parse(text, (_k, v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v));
    }
    catch {
        return { problem: 'it is not JSON; pass the `plan` output of the dry-run step unchanged, e.g. ${{ needs.plan.outputs.plan }}' };
    }
    const d = doc;
    if (d === null || typeof d !== 'object' || d.format !== PLAN_FORMAT) {
        return { problem: `it is not a plan made by this action (no "format": "${PLAN_FORMAT}"); pass the \`plan\` output of the dry-run step unchanged` };
    }
    const o = d.observed;
    const shapeOk = typeof d.stream === 'string' &&
        typeof d.region === 'string' &&
        typeof d.fingerprint === 'string' &&
        Array.isArray(d.changes) &&
        d.changes.every(isRow) &&
        isRecordOf(d.inputs, isValue) &&
        o !== null &&
        typeof o === 'object' &&
        isValue(o.arn) &&
        isValue(o.created) &&
        (o.account === undefined || isValue(o.account)) &&
        typeof o.status === 'string' &&
        isRecordOf(o.settings, isValue);
    if (!shapeOk)
        return { problem: 'it is a plan of this action with missing or malformed fields; pass the `plan` output unchanged' };
    const plan = d;
    if (fingerprintOf(plan) !== plan.fingerprint) {
        return { problem: 'its fingerprint does not match its content: it was changed after the dry run made it; pass the `plan` output unchanged' };
    }
    return { plan };
}


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ renewal),
/* harmony export */   K2: () => (/* binding */ ownersOf),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   n7: () => (/* binding */ expiryFor),
/* harmony export */   wj: () => (/* binding */ sweepVerdict)
/* harmony export */ });
/* unused harmony exports parseExpiry, pullRequestOf */
/* harmony import */ var _model_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3552);
/* harmony import */ var _creation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6346);


/**
 * A stream-name pattern as a test: * any run of characters, ? one; nothing else is special. Matched
 * without a regular expression, in at most pattern × name steps (a pattern such as *a*a*a*b cannot
 * make a backtracking engine hang the step).
 */
function globMatcher(pattern) {
    const p = pattern.replace(/\*+/g, '*');
    return (name) => {
        let i = 0;
        let j = 0;
        let star = -1;
        let mark = 0;
        while (j < name.length) {
            if (i < p.length && (p[i] === '?' || p[i] === name[j])) {
                i++;
                j++;
            }
            else if (i < p.length && p[i] === '*') {
                star = i++;
                mark = j;
            }
            else if (star >= 0) {
                i = star + 1;
                j = ++mark;
            }
            else
                return false;
        }
        while (i < p.length && p[i] === '*')
            i++;
        return i === p.length;
    };
}
/** Every value of a github:repository tag, whatever the case of its key (tag keys are case-sensitive in AWS). */
function ownersOf(tags) {
    return Object.entries(tags ?? {})
        .filter(([k, v]) => k.toLowerCase() === _model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX && v !== '')
        .map(([, v]) => v);
}
/** The expires-at value for a stream made (or renewed) now. */
const expiryFor = (now, ttlMs) => (0,_creation_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .nE)(now + ttlMs);
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** The expiry a tag value says, in epoch ms; undefined when it is not one this action writes. */
function parseExpiry(value) {
    if (value === undefined || !ISO_SECONDS.test(value))
        return undefined;
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms : undefined;
}
/** What time-to-live does to a stream that exists already. */
function renewal(tags, now, ttlMs) {
    const before = tags && Object.prototype.hasOwnProperty.call(tags, _model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPIRES_TAG */ .qU) ? tags[_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPIRES_TAG */ .qU] : undefined;
    const current = parseExpiry(before);
    if (before === undefined || current === undefined)
        return { kind: 'none' };
    const after = expiryFor(now, ttlMs);
    return parseExpiry(after) > current ? { kind: 'extend', before, after } : { kind: 'keep', before };
}
/** The pull request a stream was made for: its github:pull-request tag, else a github:ref of refs/pull/N/… */
function pullRequestOf(tags) {
    const tagged = /^[1-9]\d{0,9}$/.exec(tags[_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .PR_TAG */ .Qv] ?? '');
    if (tagged)
        return Number(tagged[0]);
    const ref = /^refs\/pull\/([1-9]\d{0,9})\//.exec(tags['github:ref'] ?? '');
    return ref ? Number(ref[1]) : undefined;
}
/**
 * Whether a sweep deletes a stream: only one that names this repository in its github:repository tag
 * (GitHub names compare ignoring case) and is done with, because its expiry has passed or GitHub says
 * its pull request is closed. Everything else is kept, and the row says why.
 */
function sweepVerdict(stream, tags, repository, now, prState) {
    if (!tags)
        return { stream, owner: null, verdict: 'keep', why: 'its tags could not be read' };
    // Any owner tag naming another repository makes it theirs, as the teardown's ownership guard reads it.
    const owners = ownersOf(tags);
    const foreign = repository ? owners.find((o) => o.toLowerCase() !== repository.toLowerCase()) : undefined;
    const owner = foreign ?? owners[0] ?? '';
    const expires = tags[_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPIRES_TAG */ .qU];
    const n = pullRequestOf(tags);
    const state = n !== undefined ? prState(n) : undefined;
    const row = {
        stream,
        owner,
        ...(expires !== undefined ? { expires } : {}),
        ...(n !== undefined ? { pr: { number: n, state: state ?? 'unknown' } } : {}),
        verdict: 'keep',
        why: '',
    };
    if (!repository)
        return { ...row, why: 'GITHUB_REPOSITORY is not set, so its owner cannot be compared' };
    if (owner === '')
        return { ...row, why: `it has no ${_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX} tag (not made by this action, or with provenance-tags: false)` };
    if (foreign !== undefined)
        return { ...row, why: `it belongs to ${foreign}` };
    const expiry = parseExpiry(expires);
    if (expiry !== undefined && expiry <= now)
        return { ...row, verdict: 'delete', why: `it expired at ${expires}` };
    if (state === 'closed')
        return { ...row, verdict: 'delete', why: `pull request #${n} is closed` };
    const open = n === undefined ? '' : state === 'open' ? `pull request #${n} is open` : `GitHub did not say whether pull request #${n} is closed`;
    const later = expiry !== undefined ? `it expires at ${expires}` : expires !== undefined ? `its ${_model_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPIRES_TAG */ .qU} tag is not a time` : '';
    return { ...row, why: [later, open].filter(Boolean).join('; ') || 'it has no expiry and no pull request' };
}


/***/ }),

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vm: () => (/* binding */ absentState),
/* harmony export */   Zp: () => (/* binding */ planInputs),
/* harmony export */   w4: () => (/* binding */ observedState)
/* harmony export */ });
/* unused harmony export declaredValues */
/* harmony import */ var _resource_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7686);
/* harmony import */ var _stream_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8307);


/** The declared settings as flat name → value pairs, in the form the summary shows them. */
function declaredValues(spec) {
    const out = {};
    if (spec.streamMode !== undefined)
        out['stream-mode'] = spec.streamMode;
    if (spec.shardCount !== undefined)
        out['shard-count'] = spec.shardCount;
    if (spec.retentionHours !== undefined)
        out['retention-hours'] = spec.retentionHours;
    if (spec.encryption !== undefined)
        out.encryption = (0,_stream_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .showEncryption */ .Hr)(spec.encryption);
    if (spec.shardLevelMetrics !== undefined)
        out['shard-level-metrics'] = metricsText(spec.shardLevelMetrics);
    if (spec.maxRecordSizeKiB !== undefined)
        out['max-record-size-kib'] = spec.maxRecordSizeKiB;
    for (const [k, v] of Object.entries(spec.tags ?? {}))
        out[`tags.${k}`] = v;
    if (spec.warmThroughputMiBps !== undefined)
        out['warm-throughput-mibps'] = spec.warmThroughputMiBps;
    if (spec.recordDistribution !== undefined)
        out['record-distribution'] = spec.recordDistribution;
    for (const name of spec.consumers ?? [])
        out[`consumers.${name}`] = 'ACTIVE';
    // One entry for the input (the consumers' current tags are `consumer-tags.<consumer>/<key>`, from the access plan).
    if (spec.consumerTags)
        out['consumer-tags'] = Object.entries(spec.consumerTags)
            .map(([k, v]) => `${k}=${v}`)
            .sort()
            .join('\n');
    if (spec.resourcePolicy !== undefined)
        out['resource-policy'] = (0,_resource_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .policyDigest */ .p1)(spec.resourcePolicy, 'aws');
    if (spec.readerAccountIds !== undefined)
        out['reader-account-ids'] = spec.readerAccountIds.join(',');
    return out;
}
/** Everything in the step's inputs that changes what a run does to the stream. */
function planInputs(spec) {
    return {
        state: spec.state,
        'on-drift': spec.onDrift,
        'provenance-tags': String(spec.provenanceTags),
        'enforce-consumer-deletion': String(spec.enforceConsumerDeletion),
        'allow-foreign-delete': String(spec.allowForeignDelete),
        // Only when set: plans made before the input existed keep their fingerprint.
        ...(spec.enforceChannelDeletion ? { 'enforce-channel-deletion': 'true' } : {}),
        ...(spec.timeToLive ? { 'time-to-live': spec.timeToLive.text } : {}),
        ...(spec.deleteAtJobEnd ? { 'delete-at-job-end': 'true' } : {}),
        ...(spec.allowedAccountIds ? { 'allowed-account-ids': spec.allowedAccountIds.join(',') } : {}),
        ...declaredValues(spec),
    };
}
/** A stream that does not exist, with the account it would be created in when that was asked. */
function absentState(account) {
    return { arn: null, created: null, status: 'ABSENT', settings: {}, ...(account !== undefined ? { account } : {}) };
}
/**
 * The current value of each declared setting, with AWS's defaults filled in (a stream that does not
 * report its retention has 24 h), so that "unset" and "default" give the same fingerprint. `extra`
 * carries what else the decision read (tags such as the pending mark or the owner, consumer count).
 */
function observedState(spec, stream, tags, extra = {}) {
    if (!stream?.StreamStatus)
        return absentState();
    const settings = {};
    const declared = declaredValues(spec);
    for (const name of Object.keys(declared)) {
        // Read by the access plan, per consumer (its `observed`, passed in `extra`).
        if (name === 'consumer-tags')
            continue;
        if (name.startsWith('tags.')) {
            const key = name.slice(5);
            settings[name] = tags && Object.prototype.hasOwnProperty.call(tags, key) ? tags[key] : null;
        }
        else {
            settings[name] = currentValue(name, stream);
        }
    }
    Object.assign(settings, extra);
    return {
        arn: stream.StreamARN ?? null,
        created: stream.StreamCreationTimestamp ? new Date(stream.StreamCreationTimestamp).toISOString() : null,
        status: stream.StreamStatus,
        settings,
    };
}
function currentValue(name, s) {
    switch (name) {
        case 'stream-mode':
            return s.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
        case 'shard-count':
            return s.OpenShardCount ?? 0;
        case 'retention-hours':
            return s.RetentionPeriodHours ?? 24;
        case 'encryption':
            return s.EncryptionType === 'KMS' ? (0,_stream_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .showEncryption */ .Hr)({ type: 'KMS', keyId: s.KeyId ?? '' }) : 'NONE';
        case 'shard-level-metrics':
            return metricsText((0,_stream_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .currentMetrics */ .HM)(s));
        case 'max-record-size-kib':
            return s.MaxRecordSizeInKiB ?? 1024;
        case 'warm-throughput-mibps':
            return s.WarmThroughput?.TargetMiBps ?? null;
        case 'record-distribution':
            return (0,_stream_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .recordDistributionOf */ .dV)(s);
        default:
            return null;
    }
}
/** Sorted, so that the order a workflow or AWS lists metrics in does not matter. */
const metricsText = (m) => (m.length === 0 ? 'NONE' : [...m].sort().join(','));


/***/ }),

/***/ 7686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ CONSUMER_READ_ACTIONS),
/* harmony export */   Jo: () => (/* binding */ samePolicy),
/* harmony export */   Ot: () => (/* binding */ STREAM_READ_ACTIONS),
/* harmony export */   Sq: () => (/* binding */ policyDiff),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   p1: () => (/* binding */ policyDigest),
/* harmony export */   pD: () => (/* binding */ attachedPolicy)
/* harmony export */ });
/* unused harmony export normalizePolicy */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2586);
// Resource policies as data: the standard read policy for reader accounts, and the comparison of a
// declared policy with the one attached. AWS may hand a policy back reformatted (key order, a list of
// one turned into a string, an account id turned into its root ARN), so both sides are normalised
// before they are compared; only a real difference is drift. Pure.


/** What a reader account may do on the stream (DescribeStream: Lambda's event source mapping asks for it). */
const STREAM_READ_ACTIONS = [
    'kinesis:DescribeStream',
    'kinesis:DescribeStreamSummary',
    'kinesis:GetRecords',
    'kinesis:GetShardIterator',
    'kinesis:ListShards',
];
/** ...and on each declared enhanced fan-out consumer (a consumer has its own resource policy). */
const CONSUMER_READ_ACTIONS = ['kinesis:DescribeStreamConsumer', 'kinesis:SubscribeToShard'];
/** aws, aws-cn, aws-us-gov...: from the stream's ARN, so principals are written for the same partition. */
const partitionOf = (arn) => /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws';
/** The standard read policy for `accounts` on one resource (the stream, or a consumer). */
function readPolicy(resourceArn, accounts, actions) {
    const partition = partitionOf(resourceArn);
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'ReadFromAccounts',
                Effect: 'Allow',
                Principal: { AWS: accounts.map((id) => `arn:${partition}:iam::${id}:root`) },
                Action: actions,
                Resource: resourceArn,
            },
        ],
    };
}
/**
 * One form for equal policies: lists of one become the value, lists of strings are sorted and
 * deduplicated (order means nothing in Action, Resource or Principal), a bare account id principal
 * becomes its root ARN; statements keep their order. Keys are sorted when printed (canonicalJson).
 */
function normalizePolicy(doc, partition) {
    const walk = (v, key) => {
        if (Array.isArray(v)) {
            const items = v.map((x) => walk(x, key));
            const strings = items.every((x) => typeof x === 'string') ? [...new Set(items)].sort() : items;
            return strings.length === 1 ? strings[0] : strings;
        }
        if (v !== null && typeof v === 'object') {
            // Null prototype: a "__proto__" member is data like any other, not a prototype to drop.
            const out = Object.create(null);
            for (const [k, x] of Object.entries(v))
                out[k] = walk(x, k);
            return out;
        }
        if (key === 'AWS' && typeof v === 'string' && /^\d{12}$/.test(v))
            return `arn:${partition}:iam::${v}:root`;
        return v;
    };
    return walk(doc);
}
/** The policy text GetResourcePolicy gave, as a document; undefined when there is none ("{}" on AWS). */
function attachedPolicy(text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    try {
        const doc = JSON.parse(text);
        if (doc !== null && typeof doc === 'object' && Object.keys(doc).length === 0)
            return undefined;
        return doc;
    }
    catch {
        return text; // Not JSON: differs from any declared policy, and is shown as such.
    }
}
function samePolicy(a, b, partition) {
    return (0,_shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(normalizePolicy(a, partition)) === (0,_shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(normalizePolicy(b, partition));
}
/** A short, stable name for a policy's content, for the plan's fingerprint and the summary. */
function policyDigest(doc, partition) {
    if (doc === undefined)
        return 'none';
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update((0,_shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(normalizePolicy(doc, partition)))
        .digest('hex')
        .slice(0, 16)}`;
}
/** "+Statement.Principal.AWS arn:…:root; -…" for at most `max` leaves that differ (then "and N more"). */
function policyDiff(current, desired, partition, max = 3) {
    if (current === undefined)
        return 'no policy attached';
    const a = leaves(normalizePolicy(current, partition));
    const b = leaves(normalizePolicy(desired, partition));
    // Sorted: the same two policies give the same text whatever key order AWS returned (the plan compares it).
    const diffs = [...[...b].filter((x) => !a.has(x)).map((x) => `+${x}`), ...[...a].filter((x) => !b.has(x)).map((x) => `-${x}`)].sort();
    if (diffs.length === 0)
        return 'differs';
    return diffs.slice(0, max).join('; ') + (diffs.length > max ? `; and ${diffs.length - max} more` : '');
}
/** "path value" for every leaf (list items share their list's path). */
function leaves(v, path = '') {
    const out = new Set();
    const add = (x, p) => {
        if (Array.isArray(x))
            x.forEach((y, i) => add(y, typeof y === 'object' && y !== null ? `${p}[${i}]` : p));
        else if (x !== null && typeof x === 'object')
            for (const [k, y] of Object.entries(x))
                add(y, p ? `${p}.${k}` : k);
        else
            out.add(`${p} ${String(x)}`);
    };
    add(v, path);
    return out;
}


/***/ }),

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ currentMetrics),
/* harmony export */   Hr: () => (/* binding */ showEncryption),
/* harmony export */   Tp: () => (/* binding */ expectedMs),
/* harmony export */   XA: () => (/* binding */ planChanges),
/* harmony export */   dV: () => (/* binding */ recordDistributionOf),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   uz: () => (/* binding */ shardSteps),
/* harmony export */   wk: () => (/* binding */ driftLine),
/* harmony export */   xp: () => (/* binding */ sameKmsKey)
/* harmony export */ });
/* harmony import */ var _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(127);

/** UNIFORM_SCALING targets from `from` to `to`: each at most double and at least half the previous. */
function shardSteps(from, to) {
    const steps = [];
    let c = Math.max(1, from);
    while (c !== to) {
        c = to > c ? Math.min(to, c * 2) : Math.max(to, Math.ceil(c / 2));
        steps.push(c);
    }
    return steps;
}
function currentMetrics(stream) {
    const names = new Set((stream.EnhancedMonitoring ?? []).flatMap((m) => m.ShardLevelMetrics ?? []));
    return names.has('ALL') ? [..._model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_METRICS */ .qr] : _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_METRICS */ .qr.filter((m) => names.has(m));
}
/**
 * The strategy an ON_DEMAND stream uses: AWS reports it only for ON_DEMAND streams, and an endpoint that
 * does not report it at all (older emulators) has the default. A provisioned stream has none (null).
 */
function recordDistributionOf(stream) {
    if ((stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED') !== 'ON_DEMAND')
        return null;
    return stream.RecordDistributionStrategy ?? _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RECORD_DISTRIBUTION */ .Tr;
}
/** Key references compare equal by their last part: "alias/x" matches "arn:…:alias/x", "<id>" matches "arn:…:key/<id>". */
function sameKmsKey(a, b) {
    const norm = (k) => k.replace(/^arn:aws[a-z-]*:kms:[^:]*:[^:]*:/, '').replace(/^key\//, '');
    return a !== undefined && norm(a) === norm(b);
}
/** "NONE" or "KMS <key>": how encryption reads in drift rows, the summary and the plan. */
function showEncryption(e) {
    return e.type === 'NONE' ? 'NONE' : `KMS ${e.keyId}`;
}
const list = (m) => (m.length === 0 ? 'NONE' : m.length === _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_METRICS */ .qr.length ? 'ALL' : m.join(','));
/** Compares only the declared settings (and only the declared tag keys) with the current stream. */
function planChanges(spec, stream, currentTags) {
    const drift = [];
    const changes = [];
    const mode = stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED';
    let modeAfter = mode;
    if (spec.streamMode && spec.streamMode !== mode) {
        drift.push({ setting: 'stream-mode', current: mode, desired: spec.streamMode, action: `UpdateStreamMode to ${spec.streamMode}` });
        changes.push({ op: 'UpdateStreamMode', mode: spec.streamMode });
        modeAfter = spec.streamMode;
    }
    // The target, not the current value: CurrentMiBps climbs to it while the stream warms, which is not drift.
    const warm = stream.WarmThroughput?.TargetMiBps;
    if (spec.warmThroughputMiBps !== undefined && spec.warmThroughputMiBps !== warm) {
        const item = {
            setting: 'warm-throughput-mibps',
            current: warm ?? null,
            desired: spec.warmThroughputMiBps,
            action: 'UpdateStreamWarmThroughput',
        };
        if (modeAfter !== 'ON_DEMAND') {
            item.action = 'none';
            item.blocked = 'warm throughput is for ON_DEMAND streams; add stream-mode: ON_DEMAND';
        }
        else {
            changes.push({ op: 'UpdateStreamWarmThroughput', mibps: spec.warmThroughputMiBps });
        }
        drift.push(item);
    }
    // Compared once the stream is (or is about to be) ON_DEMAND; AWS refuses it on a provisioned stream.
    const placement = modeAfter === mode ? recordDistributionOf(stream) : modeAfter === 'ON_DEMAND' ? _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RECORD_DISTRIBUTION */ .Tr : null;
    if (spec.recordDistribution !== undefined && spec.recordDistribution !== placement) {
        const item = {
            setting: 'record-distribution',
            current: placement,
            desired: spec.recordDistribution,
            action: 'UpdateStreamRecordDistributionStrategy',
        };
        if (modeAfter !== 'ON_DEMAND') {
            item.action = 'none';
            item.blocked = 'record distribution is for ON_DEMAND streams; add stream-mode: ON_DEMAND';
        }
        else {
            changes.push({ op: 'UpdateStreamRecordDistributionStrategy', strategy: spec.recordDistribution });
        }
        drift.push(item);
    }
    const open = stream.OpenShardCount ?? 0;
    if (spec.shardCount !== undefined && spec.shardCount !== open) {
        const item = { setting: 'shard-count', current: open, desired: spec.shardCount, action: '' };
        if (modeAfter === 'ON_DEMAND') {
            item.action = 'none';
            item.blocked = 'the stream is ON_DEMAND, which manages its own shards; add stream-mode: PROVISIONED to switch it and set its shard count';
        }
        else {
            const steps = shardSteps(open, spec.shardCount);
            item.action = `UpdateShardCount ${[open, ...steps].join(' → ')}`;
            if (steps.length > _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCALINGS_PER_DAY */ .Fw) {
                item.blocked =
                    `${open} → ${spec.shardCount} needs ${steps.length} UpdateShardCount steps (each at most doubles or halves); AWS allows ` +
                        `${_model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCALINGS_PER_DAY */ .Fw} per 24 h`;
            }
            else {
                for (const target of steps)
                    changes.push({ op: 'UpdateShardCount', target });
            }
        }
        drift.push(item);
    }
    const retention = stream.RetentionPeriodHours ?? 24;
    if (spec.retentionHours !== undefined && spec.retentionHours !== retention) {
        const op = spec.retentionHours > retention ? 'IncreaseStreamRetentionPeriod' : 'DecreaseStreamRetentionPeriod';
        drift.push({ setting: 'retention-hours', current: retention, desired: spec.retentionHours, action: op });
        changes.push({ op, hours: spec.retentionHours, from: retention });
    }
    if (spec.encryption) {
        const cur = stream.EncryptionType === 'KMS' ? { type: 'KMS', keyId: stream.KeyId ?? '' } : { type: 'NONE' };
        const want = spec.encryption;
        const same = cur.type === want.type && (want.type === 'NONE' || sameKmsKey(cur.keyId, want.keyId));
        if (!same) {
            const change = want.type === 'KMS' ? { op: 'StartStreamEncryption', keyId: want.keyId } : { op: 'StopStreamEncryption', keyId: cur.keyId };
            const item = { setting: 'encryption', current: showEncryption(cur), desired: showEncryption(want), action: change.op };
            if (change.op === 'StopStreamEncryption' && !change.keyId) {
                // StopStreamEncryption needs the key in use; without it AWS would refuse the call.
                item.blocked = 'the stream does not say which KMS key it uses (KeyId is empty), and StopStreamEncryption needs it';
            }
            else {
                changes.push(change);
            }
            drift.push(item);
        }
    }
    if (spec.shardLevelMetrics) {
        const cur = currentMetrics(stream);
        const enable = spec.shardLevelMetrics.filter((m) => !cur.includes(m));
        const disable = cur.filter((m) => !spec.shardLevelMetrics.includes(m));
        if (enable.length || disable.length) {
            const ops = [];
            if (enable.length)
                ops.push({ op: 'EnableEnhancedMonitoring', metrics: enable });
            if (disable.length)
                ops.push({ op: 'DisableEnhancedMonitoring', metrics: disable });
            drift.push({
                setting: 'shard-level-metrics',
                current: list(cur),
                desired: list(spec.shardLevelMetrics),
                action: ops.map((o) => `${o.op} ${o.metrics.join(',')}`).join('; '),
            });
            changes.push(...ops);
        }
    }
    const maxRecord = stream.MaxRecordSizeInKiB ?? 1024;
    if (spec.maxRecordSizeKiB !== undefined && spec.maxRecordSizeKiB !== maxRecord) {
        drift.push({ setting: 'max-record-size-kib', current: maxRecord, desired: spec.maxRecordSizeKiB, action: 'UpdateMaxRecordSize' });
        changes.push({ op: 'UpdateMaxRecordSize', kib: spec.maxRecordSizeKiB });
    }
    if (spec.tags) {
        const add = Object.create(null);
        const has = (key) => currentTags !== undefined && Object.prototype.hasOwnProperty.call(currentTags, key);
        // New keys count toward the stream's 50 tags with the ones it has (aws: tags do not count).
        const held = Object.keys(currentTags ?? {}).filter((k) => !/^aws:/i.test(k)).length;
        const newKeys = Object.keys(spec.tags).filter((k) => !has(k)).length;
        const full = currentTags !== undefined && held + newKeys > _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TAGS */ .x3;
        for (const [key, value] of Object.entries(spec.tags)) {
            const cur = has(key) ? currentTags[key] : undefined;
            if (cur === value)
                continue;
            const item = { setting: `tags.${key}`, current: cur ?? null, desired: value, action: 'AddTagsToStream' };
            if (full && cur === undefined) {
                item.action = 'none';
                item.blocked = `the stream has ${held} tags and ${newKeys} new ones would pass the limit of ${_model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TAGS */ .x3}; remove tags from the stream or the workflow`;
            }
            else {
                add[key] = value;
            }
            drift.push(item);
        }
        const keys = Object.keys(add);
        for (let i = 0; i < keys.length; i += _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS_PER_CALL */ .tg) {
            changes.push({ op: 'AddTagsToStream', tags: Object.fromEntries(keys.slice(i, i + _model_kinesis_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS_PER_CALL */ .tg).map((k) => [k, add[k]])) });
        }
    }
    return { drift, changes };
}
/** One line per difference, for warnings, failures and logs. */
function driftLine(d) {
    const fmt = (v) => (v === null ? 'unset' : String(v));
    return `${d.setting}: current ${fmt(d.current)}, declared ${fmt(d.desired)}${d.blocked ? ` (cannot be applied: ${d.blocked})` : ''}`;
}
/**
 * Rough time a change keeps the stream UPDATING on AWS, for the up-front budget check. AWS documents
 * resharding and mode switches as taking "a few minutes" and encryption changes as seconds to a minute;
 * these are deliberately on the slow side, because a warning is cheap and a timeout mid-rescale is not.
 */
const EXPECTED_MS = {
    UpdateStreamMode: 120_000,
    UpdateShardCount: 120_000,
    UpdateStreamWarmThroughput: 60_000,
    // AWS: "takes effect immediately without downtime".
    UpdateStreamRecordDistributionStrategy: 5_000,
    IncreaseStreamRetentionPeriod: 10_000,
    DecreaseStreamRetentionPeriod: 10_000,
    StartStreamEncryption: 30_000,
    StopStreamEncryption: 30_000,
    EnableEnhancedMonitoring: 10_000,
    DisableEnhancedMonitoring: 10_000,
    UpdateMaxRecordSize: 30_000,
    AddTagsToStream: 0,
};
/** Rough total time the changes take on AWS, one after the other. */
function expectedMs(changes) {
    return changes.reduce((sum, c) => sum + EXPECTED_MS[c.op], 0);
}
/** How a change reads in the log: "scaling 2 → 4 shards", "retention 24 h → 72 h". */
function describeChange(c, stream) {
    switch (c.op) {
        case 'UpdateStreamMode':
            return `switching mode ${stream.StreamModeDetails?.StreamMode ?? 'PROVISIONED'} → ${c.mode}`;
        case 'UpdateShardCount':
            return `scaling ${stream.OpenShardCount} → ${c.target} shards`;
        case 'UpdateStreamWarmThroughput':
            return `warm throughput ${stream.WarmThroughput?.TargetMiBps ?? 'unset'} → ${c.mibps} MiB/s`;
        case 'UpdateStreamRecordDistributionStrategy':
            return `record distribution ${recordDistributionOf(stream) ?? 'unset'} → ${c.strategy}`;
        case 'IncreaseStreamRetentionPeriod':
        case 'DecreaseStreamRetentionPeriod':
            return `retention ${c.from} h → ${c.hours} h`;
        case 'StartStreamEncryption':
            return `encrypting with KMS key ${c.keyId}`;
        case 'StopStreamEncryption':
            return 'turning encryption off';
        case 'EnableEnhancedMonitoring':
            return `enabling shard-level metrics ${c.metrics.join(', ')}`;
        case 'DisableEnhancedMonitoring':
            return `disabling shard-level metrics ${c.metrics.join(', ')}`;
        case 'UpdateMaxRecordSize':
            return `max record size ${stream.MaxRecordSizeInKiB ?? 1024} → ${c.kib} KiB`;
        case 'AddTagsToStream':
            return `tagging ${Object.entries(c.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}`;
    }
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/** A failure whose message is already the one line the user should read. */
class ActionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ActionError';
    }
}


/***/ }),

/***/ 2586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
// One text for one JSON value: the plan's fingerprint and policy comparison depend on it. Pure.
/** JSON with every object's keys sorted (arrays keep their order): one text for one value. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
        return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value);
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


/***/ }),

/***/ 8280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ count),
/* harmony export */   W: () => (/* binding */ show)
/* harmony export */ });
/** Shows a value the way the user typed it, shortened so that one line stays one line. */
function show(value) {
    const long = value.length > 40;
    const quoted = JSON.stringify(long ? value.slice(0, 40) + '…' : value);
    return long ? `${quoted} (${value.length} characters)` : quoted;
}
/** "1 setting", "3 settings", "2 policies": a count with its noun spelled for the number (no "(s)"). */
function count(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}


/***/ }),

/***/ 720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ accountOfArn),
/* harmony export */   g: () => (/* binding */ checkAccount)
/* harmony export */ });
/* harmony import */ var _shared_action_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9008);
// The right account (allowed-account-ids, as Terraform's allowed_account_ids): a mis-set role must not
// provision into, or delete from, an account the workflow never meant. The account is the stream's
// own (its ARN) when it exists, else the credentials' (sts:GetCallerIdentity); checked before any change.

/** The account in a Kinesis ARN (arn:partition:kinesis:region:ACCOUNT:…). */
const accountOfArn = (arn) => /^arn:[^:]+:kinesis:[^:]*:(\d{12}):/.exec(arn ?? '')?.[1];
/** Fails when `account` is not one the step may change streams in; nothing to check without the input. */
function checkAccount(ctx, account, what) {
    const allowed = ctx.spec.allowedAccountIds;
    if (!allowed)
        return;
    const name = ctx.spec.streamName;
    if (!account) {
        throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Stream "${name}": the AWS account cannot be told (sts:GetCallerIdentity did not answer, or this endpoint has no STS beside it), ` +
            `so it was not ${what === 'creating' ? 'created' : 'changed'}: ` +
            'allowed-account-ids needs it. Set AWS_ENDPOINT_URL_STS for an emulator with STS, or remove allowed-account-ids.');
    }
    if (!allowed.includes(account)) {
        throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Stream "${name}" is in AWS account ${account}, which is not in allowed-account-ids (${allowed.join(', ')}), so nothing was changed. ` +
            'Check the role the job assumes (role-to-assume of aws-actions/configure-aws-credentials) and the region.');
    }
}


/***/ }),

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zo: () => (/* binding */ observeAccess),
/* harmony export */   _R: () => (/* binding */ observeTags),
/* harmony export */   bM: () => (/* binding */ observeChannels),
/* harmony export */   o3: () => (/* binding */ comparableEncryption),
/* harmony export */   qM: () => (/* binding */ observeConsumers)
/* harmony export */ });
/* unused harmony exports MAX_TAG_PAGES, observePolicy */
/* harmony import */ var _aws_answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _aws_operations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);
/* harmony import */ var _plan_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4661);
/* harmony import */ var _plan_stream_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8307);
/* harmony import */ var _shared_action_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9008);
// Observe: what the stream has beyond DescribeStreamSummary (tags, consumers, channels, resource
// policies, which KMS key a reference names), read only when a declared setting or a teardown needs it.





/**
 * A stream holds at most 50 tags and a page takes 50, so one page is the rule; a few more are
 * tolerated (tags AWS adds itself), and an endpoint that pages forever cannot hold the run.
 */
const MAX_TAG_PAGES = 5;
/**
 * All tags of the stream (ListTagsForStream: 5 calls/s per account, so only when tags are needed).
 * `optional`: undefined instead of failing when the role may not list tags. Another stream than the
 * run's own (`ref`, a sweep's) may be gone meanwhile: undefined too.
 */
async function observeTags(ctx, optional = false, ref) {
    // Null prototype: a tag called "constructor" or "__proto__" is data like any other.
    const tags = Object.create(null);
    let start;
    for (let page = 1;; page++) {
        const out = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .listTagsForStream */ .DM)(ref ?? ctx.stream.currentRef, start, () => ctx.compat.tagLimit), [...(optional ? ['access-denied'] : []), ...(ref ? ['not-found'] : [])]);
        if (!out)
            return undefined;
        const items = out?.Tags ?? [];
        for (const t of items)
            if (t.Key !== undefined)
                tags[t.Key] = t.Value ?? '';
        start = out?.HasMoreTags && items.length > 0 ? items[items.length - 1].Key : undefined;
        if (!start)
            return tags;
        // Pages of 10 (kinesalite) take five times as many for the same 50 tags.
        if (page >= MAX_TAG_PAGES * Math.ceil(50 / ctx.compat.tagLimit)) {
            throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`ListTagsForStream for stream "${ctx.spec.streamName}" still had more tags after ${page} pages (${Object.keys(tags).length} tags); a stream holds ` +
                `at most 50. The endpoint's answers look wrong.`);
        }
    }
}
/** ListStreamConsumers answers at most 100 a page and a stream holds 20: a few pages is plenty. */
const MAX_CONSUMER_PAGES = 5;
/**
 * Every consumer registered on the stream (ListStreamConsumers, 5 calls/s per account). `optional`:
 * undefined instead of failing when the role may not list them.
 */
async function observeConsumers(ctx, streamArn, optional = false) {
    const seen = [];
    let next;
    for (let page = 1; page <= MAX_CONSUMER_PAGES; page++) {
        const out = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .listStreamConsumers */ .C3)(streamArn, next), optional ? ['access-denied'] : []);
        if (!out && optional)
            return undefined;
        for (const c of out?.Consumers ?? []) {
            // Their ARNs become the consumer-arns output and policy resources: only well-formed ones.
            const problem = (0,_aws_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .consumerProblem */ .CI)(c, streamArn);
            if (problem)
                throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l((0,_aws_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .malformedLine */ .G2)('ListStreamConsumers', ctx.spec.streamName, problem));
            seen.push({ name: c.ConsumerName, arn: c.ConsumerARN, status: c.ConsumerStatus });
        }
        // kinesis-local hands a token after the last page; a page with no consumers ends the listing too.
        next = out?.NextToken && (out.Consumers?.length ?? 0) > 0 ? out.NextToken : undefined;
        if (!next)
            break;
    }
    return seen;
}
/** A channel's name goes into the summary and its ARN into DeleteChannel: only well-formed ones. */
const CHANNEL_ARN = /^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:channel\/[\w.-]{1,128}$/;
/**
 * The channels (delivery to S3) of the stream: ListChannels filtered to its ARN, 100 a page, a few
 * pages at most. `optional`: undefined instead of failing when the role may not list them.
 */
async function observeChannels(ctx, streamArn, optional = false) {
    const seen = [];
    let next;
    for (let page = 1; page <= MAX_CONSUMER_PAGES; page++) {
        const out = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .listChannels */ .xI)(streamArn, next), optional ? ['access-denied'] : []);
        if (!out && optional)
            return undefined;
        for (const c of out?.ChannelSummaries ?? []) {
            if (typeof c.ChannelName !== 'string' || !/^[\w.-]{1,128}$/.test(c.ChannelName) || !CHANNEL_ARN.test(c.ChannelARN ?? '')) {
                throw new _shared_action_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l((0,_aws_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .malformedLine */ .G2)('ListChannels', ctx.spec.streamName, 'a channel without a well-formed name and ARN'));
            }
            seen.push({ name: c.ChannelName, arn: c.ChannelARN, status: c.ChannelStatus ?? 'UNKNOWN' });
        }
        next = out?.NextToken && (out.ChannelSummaries?.length ?? 0) > 0 ? out.NextToken : undefined;
        if (!next)
            break;
    }
    return seen;
}
/** The resource policy attached to `resourceArn` (undefined: none). */
async function observePolicy(ctx, resourceArn) {
    // AWS answers "{}" when there is none; kinesis-local answers ResourceNotFoundException ("No resource
    // policy exists for …"). The stream and consumer exist at this point, so not-found means no policy.
    const out = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .getResourcePolicy */ .zr)(resourceArn), ['not-found']);
    return out?.Policy;
}
/** What the declared consumers and policies look like now (only the parts the workflow declares). */
async function observeAccess(ctx, spec, streamArn) {
    const consumers = spec.consumers ? await observeConsumers(ctx, streamArn) : undefined;
    const policies = new Map();
    for (const p of (0,_plan_access_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredPolicies */ .r$)(spec, streamArn, consumers))
        policies.set(p.resourceArn, await observePolicy(ctx, p.resourceArn));
    return { consumers, policies, consumerTags: spec.consumerTags ? await observeConsumerTags(ctx, spec, consumers ?? []) : undefined };
}
/** The tags of each declared consumer that is there (ListTagsForResource by its ARN; a consumer gone meanwhile is skipped). */
async function observeConsumerTags(ctx, spec, consumers) {
    const out = new Map();
    for (const c of consumers.filter((x) => spec.consumers?.includes(x.name) && x.status !== 'DELETING')) {
        const answer = await ctx.calls.call((0,_aws_operations_js__WEBPACK_IMPORTED_MODULE_4__/* .listTagsForResource */ .vK)(c.arn), ['not-found']);
        if (!answer)
            continue;
        // Null prototype: a tag called "constructor" is data like any other.
        const tags = Object.create(null);
        for (const t of answer.Tags ?? [])
            if (t.Key !== undefined)
                tags[t.Key] = t.Value ?? '';
        out.set(c.arn, tags);
    }
    return out;
}
/**
 * The declared encryption as it should be compared with the stream's key: when both name the same key
 * (or KMS cannot tell, which is said once), the stream's own reference, so that no drift is seen. A
 * key's ARN and its alias are one key: comparing the strings would report drift forever, and on-drift:
 * update would re-encrypt on every run (AWS allows 25 key changes a day).
 */
async function comparableEncryption(declared, current, lookup, log) {
    if (declared?.type !== 'KMS' || current.EncryptionType !== 'KMS' || !current.KeyId || (0,_plan_stream_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .sameKmsKey */ .xp)(current.KeyId, declared.keyId))
        return declared;
    const [want, have] = lookup ? await Promise.all([lookup(declared.keyId), lookup(current.KeyId)]) : [undefined, undefined];
    if (want && have)
        return want === have ? { type: 'KMS', keyId: current.KeyId } : declared;
    // Unresolved: two key ids (or ARNs) that differ are different keys, and two different aliases are
    // taken to be (one key can have several, which only KMS can tell). Only an alias against a key is unknown.
    if (isAlias(declared.keyId) === isAlias(current.KeyId))
        return declared;
    log.warning(`Cannot tell whether KMS key "${declared.keyId}" (declared) is the key the stream uses ("${current.KeyId}"): ` +
        `${lookup ? 'kms:DescribeKey was refused or failed' : 'a custom Kinesis endpoint has no KMS beside it'}; not treated as drift. Allow kms:DescribeKey ` +
        `on both to compare them.`);
    return { type: 'KMS', keyId: current.KeyId };
}
const isAlias = (ref) => /(^|:)alias\//.test(ref);


/***/ }),

/***/ 3629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ checkPlan),
  e: () => (/* binding */ reviewedInputProblems)
});

// EXTERNAL MODULE: ./src/shared/canonical-json.ts
var canonical_json = __webpack_require__(2586);
// EXTERNAL MODULE: ./src/shared/show.ts
var show = __webpack_require__(8280);
// EXTERNAL MODULE: ./src/plan/observed.ts
var observed = __webpack_require__(5511);
;// CONCATENATED MODULE: ./src/plan/differences.ts



/** A value for a message; undefined: the run could not read it (e.g. tags without kinesis:ListTagsForStream). */
const fmt = (v) => (v === undefined ? 'not read' : v === null ? 'unset' : typeof v === 'number' ? String(v) : (0,show/* show */.W)(v));
/** Differences between the reviewed plan's inputs and this step's, one phrase each ([] when equal). */
function inputDifferences(reviewed, spec) {
    const out = [];
    if (reviewed.stream !== spec.streamName)
        out.push(`stream-name is ${(0,show/* show */.W)(spec.streamName)} here, ${(0,show/* show */.W)(reviewed.stream)} in the reviewed plan`);
    if (reviewed.region !== spec.region)
        out.push(`region is ${spec.region} here, ${(0,show/* show */.W)(reviewed.region)} in the reviewed plan`);
    const mine = (0,observed/* planInputs */.Zp)(spec);
    for (const name of unionKeys(reviewed.inputs, mine)) {
        if (mine[name] !== reviewed.inputs[name])
            out.push(`${name} is ${fmt(mine[name] ?? null)} here, ${fmt(reviewed.inputs[name] ?? null)} in the reviewed plan`);
    }
    return out;
}
/** What moved since the review, one phrase each ([] when the live plan is the reviewed one). */
function planDifferences(reviewed, live) {
    const was = reviewed.observed;
    const now = live.observed;
    const out = [];
    if (was.arn === null && now.arn !== null) {
        out.push(`the stream exists now (${now.status}), it did not when the plan was reviewed`);
    }
    else if (was.arn !== null && now.arn === null) {
        out.push(`the stream does not exist now, it was ${was.status} when the plan was reviewed`);
    }
    else if (was.arn !== now.arn || was.created !== now.created) {
        out.push(`the stream was deleted and created again since the review (created ${now.created ?? 'unknown'} now, ${was.created ?? 'unknown'} then)`);
    }
    else {
        // A plan reviewed for a stream to be created in one account is not applied in another.
        const account = (a) => typeof a === 'string' ? a : a === null ? 'unknown (sts:GetCallerIdentity did not answer)' : 'not asked (no STS endpoint for this run)';
        if (was.account !== undefined && now.account !== was.account) {
            out.push(`the account is ${account(now.account)} now, was ${account(was.account)} when the plan was reviewed`);
        }
        if (was.status !== now.status)
            out.push(`status is ${now.status} now, was ${was.status} when the plan was reviewed`);
        for (const name of unionKeys(was.settings, now.settings)) {
            if (was.settings[name] !== now.settings[name]) {
                out.push(`${name} is ${fmt(now.settings[name])} now, was ${fmt(was.settings[name])} when the plan was reviewed`);
            }
        }
    }
    if (out.length === 0 && live.fingerprint !== reviewed.fingerprint)
        out.push('the state fingerprint differs');
    if (out.length === 0 && (0,canonical_json/* canonicalJson */.d)(live.changes) !== (0,canonical_json/* canonicalJson */.d)(reviewed.changes)) {
        const list = (c) => (c.length ? c.map((r) => `${r.setting}: ${r.action}`).join(', ') : 'none');
        out.push(`the changes differ (reviewed: ${list(reviewed.changes)}; now: ${list(live.changes)}), although the stream did not: was the plan made by another ` +
            `version of the action, or by a role with other permissions (kms:DescribeKey, kinesis:ListTagsForStream)`);
    }
    return out;
}
const unionKeys = (a, b) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

// EXTERNAL MODULE: ./src/plan/document.ts + 1 modules
var plan_document = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/shared/action-error.ts
var action_error = __webpack_require__(9008);
;// CONCATENATED MODULE: ./src/stages/reviewed-plan.ts




/** A reviewed plan holds for the inputs it was made with: replaying it with other settings is refused, naming each input that differs. */
function reviewedInputProblems(spec) {
    const moved = spec.expectedPlan ? inputDifferences(spec.expectedPlan, spec) : [];
    if (moved.length === 0)
        return [];
    return [
        `Input "expected-plan" was made with other inputs, so nothing was done: ${moved.join('; ')}. ` +
            'Use the same inputs in the plan and apply steps, or review a new plan.',
    ];
}
function checkPlan(ctx, observed, rows) {
    const { spec, record } = ctx;
    const plan = (0,plan_document/* makePlan */.Cs)(spec, observed, rows);
    record.notePlan(plan);
    const reviewed = spec.expectedPlan;
    if (!reviewed)
        return;
    const moved = planDifferences(reviewed, plan);
    if (moved.length > 0) {
        // Both fingerprints: the reviewer approved the first; the second is what a new review would see.
        throw new action_error/* ActionError */.l(`Stream "${spec.streamName}" is not as it was when the plan was reviewed (reviewed plan ${(0,plan_document/* shortFingerprint */.nE)(reviewed.fingerprint)}, ` +
            `the stream now gives ${(0,plan_document/* shortFingerprint */.nE)(plan.fingerprint)}), so nothing was changed: ${moved.join('; ')}. ` +
            'Run the plan job again and review the new plan.');
    }
    record.noteReviewed();
    const what = plan.changes.length === 0 ? 'it has no changes' : `applying its changes to ${(0,show/* count */.U)(plan.changes.length, 'setting')}`;
    ctx.log.info(`Stream "${spec.streamName}" is as it was when the plan ${(0,plan_document/* shortFingerprint */.nE)(plan.fingerprint)} was reviewed: ${what}.`);
}


/***/ })

};

//# sourceMappingURL=962.index.js.map