// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The contract-enforcing server behind every generated package's `createHandler`: route, check security, read
 * and parse the body, validate the request, run the operation's handler, and answer every failure in the spec's
 * own error envelope. Web-standard at its edge (`Request` in, `Response` out), with a core that takes plain
 * request parts so that `createNodeListener` serves `node:http` without making a `Request` per call. Part of every
 * generated package that serves; depends on its sibling runtime modules.
 */
import type { RequestResult, ResponseError, ResponseResult } from './endpoint-runtime.js';
import { type ErrorAnswer, type ErrorAnswers } from './error-answers.js';
import { type RouteNode } from './route-table.js';
import { type Authenticate, type SecurityRequirement, type SecurityScheme } from './security-runtime.js';
import { type ResponseBody, type WebRequest, type WebResponse } from './web-platform.js';
export type { WebRequest, WebResponse } from './web-platform.js';
export type { Authenticate, AuthResult, HandlerAuth, SecurityCredentials } from './security-runtime.js';
/** Everything the server knows of one operation; generated as constant data. */
export interface ServerOperation {
    readonly endpoint: {
        validateRequest(request: {
            path: Record<string, string>;
            query: Record<string, string | string[]>;
            headers: IncomingHeaders;
            body: unknown;
        }): RequestResult<unknown>;
        validateResponse(status: number, body: unknown, headers?: Record<string, string>): ResponseResult;
    };
    /** Alternatives of requirements; empty when the operation declares no security. */
    readonly security: readonly SecurityRequirement[];
    /** The media types the request body may have (lower case, `*` wildcards); absent when it takes no body. */
    readonly body?: readonly string[];
    readonly errors: ErrorAnswers;
    /** Fields of the body with a documented answer of their own, by JSON pointer. */
    readonly forbidden?: readonly {
        readonly pointer: string;
        readonly answer: ErrorAnswer;
    }[];
    /** The documented content type of each response, by status key. */
    readonly media: {
        readonly [status: string]: string;
    };
    /** A documented response header that carries the request id, set on every answer. */
    readonly requestIdHeader?: string;
}
export interface ServerDescriptor {
    /** The path of the spec's first server URL: `/v1`, or `` for none. */
    readonly basePath: string;
    readonly routes: RouteNode;
    readonly operations: {
        readonly [name: string]: ServerOperation;
    };
    readonly schemes: {
        readonly [name: string]: SecurityScheme;
    };
    /** The answers outside any one operation: an unknown path, a method a path does not declare. */
    readonly errors: ErrorAnswers;
    readonly requestIdHeader?: string;
}
export interface ErrorContext {
    /** The operation's name in code; undefined before routing found one. */
    readonly operation: string | undefined;
    readonly requestId: string;
    readonly request: WebRequest;
}
export interface HandlerOptions {
    /** Judges credentials for every secured operation; required when any operation requires security. */
    readonly authenticate?: Authenticate;
    /** Where the API is served; defaults to the path of the spec's first server URL. */
    readonly basePath?: string;
    /** The largest request body read, in bytes (default 1 MiB); a larger one is answered 413 unread. */
    readonly maxBodyBytes?: number;
    /** Check every handler's answer against the spec; one that breaks it becomes a 500, reported to `onError`. */
    readonly validateResponses?: boolean;
    /** Told of every failure of the server's own: a handler that throws, an answer that breaks the spec. */
    readonly onError?: (error: unknown, context: ErrorContext) => void;
}
/** What an operation's handler returns: a status, and the body and headers to answer with. */
export interface HandlerAnswer {
    readonly status: number;
    readonly body?: unknown;
    readonly headers?: AnswerHeaders;
}
/** Headers a handler answers with. */
export type AnswerHeaders = {
    readonly [name: string]: string | number | boolean | readonly string[] | undefined;
};
export type { Status1XX, Status2XX, Status3XX, Status4XX, Status5XX } from './http-status.js';
export type OperationHandler = (input: never) => Promise<HandlerAnswer>;
export type WebHandler = (request: WebRequest) => Promise<WebResponse>;
/** Request headers by lower-case name, as `node:http` gives them. */
export type IncomingHeaders = {
    readonly [name: string]: string | readonly string[] | undefined;
};
/** A request as the server core reads it: what both the web edge and `node:http` can give cheaply. */
export interface IncomingRequest {
    readonly method: string;
    /** The request target: path and query. */
    readonly target: string;
    readonly headers: IncomingHeaders;
    /**
     * Reads the body, at most `limit` bytes of it, and calls `done` once: with `undefined` when there is none,
     * `TOO_LARGE` when it is longer, or with the stream's failure.
     */
    readBody(limit: number, done: BodyCallback): void;
    /** The request as a web `Request`, made only when a handler asks for it. */
    webRequest(): WebRequest;
}
export interface OutgoingResponse {
    readonly status: number;
    readonly headers: [string, string][];
    /** Null for no body; for `HEAD`, the body `GET` would send, for its length. */
    readonly body: ResponseBody;
    readonly head: boolean;
}
/** Called once with the body read, or with the failure that stopped the reading (`error` undefined otherwise). */
export type BodyCallback = (error: unknown, body: Uint8Array | undefined | typeof TOO_LARGE) => void;
/**
 * Answers a request by calling `respond` exactly once. Callbacks, not promises: a promise resolved with an object
 * costs a look-up of `then` along the object's prototype chain, four of them per request on a hot path.
 */
export type ServerCore = (request: IncomingRequest, respond: (outgoing: OutgoingResponse) => void) => void;
export declare const TOO_LARGE: unique symbol;
/** The key under which a handler made by `createHandler` carries its core, for `createNodeListener`. */
export declare const SERVER_CORE: unique symbol;
/** Thrown by a handler that is not written yet: the server answers 501 in the spec's envelope. */
export declare class NotImplementedError extends Error {
    constructor(message?: string);
}
/** An answer of a handler that breaks the spec (with `validateResponses`). */
export declare class ResponseValidationError extends Error {
    readonly operation: string;
    readonly errors: readonly ResponseError[];
    constructor(operation: string, errors: readonly ResponseError[]);
}
/** What a scaffolded handler throws until it is written. */
export declare function notImplemented(): NotImplementedError;
/**
 * The server core for a descriptor and its handlers. Throws at construction when an operation that requires
 * security would run without `authenticate`, or when `handlers` names an operation the spec does not have.
 */
export declare function createServerCore(server: ServerDescriptor, handlers: {
    readonly [name: string]: OperationHandler | undefined;
}, options?: HandlerOptions): ServerCore;
/** The web handler of a server core: what `createHandler` returns, carrying the core for `createNodeListener`. */
export declare function webHandler(core: ServerCore): WebHandler;
