// The Kinesis client's default request handler is HTTP/2 (for SubscribeToShard); this action always
// gives it an HTTP/1.1 NodeHttpHandler, so node:http2 is never needed and never loaded.
export { DEFAULT_REQUEST_TIMEOUT, NodeHttpHandler } from '@smithy/node-http-handler/http1';
export { streamCollector } from '@smithy/core/serde';
export const NodeHttp2Handler = {
  create(handler: unknown): unknown {
    if (typeof (handler as { handle?: unknown })?.handle === 'function') return handler;
    throw new Error('internal error: a Kinesis client was built without the HTTP/1.1 request handler');
  },
};
