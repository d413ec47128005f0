// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * `createNodeListener`: a generated server on `node:http` (and `https`, `http2`'s compatibility API). A handler
 * made by `createHandler` is served straight from Node's request and response, with no web `Request` made per
 * call; any other web handler is served through `Request` and `Response`. Node's types are described here by what
 * is used, so the package needs no `@types/node`. Part of every generated package that serves.
 */
import { type WebHandler } from './server-runtime.js';
export interface NodeRequest {
    readonly method?: string | undefined;
    readonly url?: string | undefined;
    readonly headers: {
        readonly [name: string]: string | readonly string[] | undefined;
    };
    readonly socket?: {
        readonly encrypted?: boolean;
        readonly remoteAddress?: string | undefined;
    } | null;
    on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
    on(event: 'end' | 'close', listener: () => void): unknown;
    on(event: 'error', listener: (error: unknown) => void): unknown;
    removeAllListeners(event?: string): unknown;
    pause(): unknown;
}
export interface NodeResponse {
    writeHead(status: number, headers: string[]): unknown;
    end(body?: string | Uint8Array): unknown;
    readonly headersSent?: boolean;
    destroy?(error?: unknown): unknown;
}
export interface NodeListenerOptions {
    /** Told of a failure outside any handler (a response that could not be written). */
    readonly onError?: (error: unknown) => void;
}
/** A `node:http` request listener serving `handler`: `http.createServer(createNodeListener(handler))`. */
export declare function createNodeListener(handler: WebHandler, options?: NodeListenerOptions): (request: NodeRequest, response: NodeResponse) => void;
