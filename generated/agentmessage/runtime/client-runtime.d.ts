// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * What every generated client is made of: an operation's request put on the wire as the spec declares it
 * (parameters by style, body by media type, credentials where the security scheme says), sent with `fetch` (or
 * anything that answers a `Request` with a `Response`, such as the package's own handler), retried when it is safe,
 * and its response read by its media type and told documented or not by its status. Documented error statuses are
 * results; a request that cannot be sent or answered rejects with a `ClientError`. Part of every generated package
 * with a client; depends only on its sibling runtime modules.
 */
import type { Endpoint, RequestError, RequestInput, ResponseError } from './endpoint-runtime.js';
import { type BodyEncoder, type ParameterEncoders, type ParameterEncoding } from './request-encoding.js';
import type { SecurityScheme } from './security-runtime.js';
import type { GlobalInstance, HeadersLike, WebRequest, WebResponse } from './web-platform.js';
export type ClientMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
/** One operation as the client sends it, written by the generator from the spec. */
export interface ClientOperation {
    /** The operation's name in code, for messages. */
    readonly name: string;
    /** The operationId as the spec writes it, where it is not `name`: the key of its entry in `endpoints`. */
    readonly id?: string;
    readonly method: ClientMethod;
    /** The path template as the spec writes it (`/webhooks/{id}`), below the base URL. */
    readonly path: string;
    readonly parameters: readonly ParameterEncoding[];
    /** The request body's media types, the first sent unless the call names another. */
    readonly body?: readonly (readonly [mediaType: string, encoder: BodyEncoder])[];
    /** The encoders of the locations the operation has parameters in (a bundle carries only those its calls use). */
    readonly encoders: ParameterEncoders;
    /** Alternatives, each the names of the schemes it needs together; an empty one means anonymous access. */
    readonly security: readonly (readonly string[])[];
    /** The documented status keys as the spec writes them: `200`, `4XX`, `default`. */
    readonly statuses: readonly string[];
    /** The name of the operation's `Idempotency-Key` header parameter, as written: a POST with one may be retried. */
    readonly idempotencyKey?: string;
}
/** What the whole API's client shares: the default base URL (the spec's first server) and its security schemes. */
export interface ClientDescriptor {
    readonly baseUrl: string | undefined;
    readonly schemes: {
        readonly [name: string]: ClientScheme;
    };
}
/** A security scheme of the API, and how the client sends its credential (none for a kind it cannot send). */
export interface ClientScheme extends SecurityScheme {
    readonly credential?: CredentialPlacement;
}
export type EndpointTable = {
    readonly [operation: string]: Endpoint<unknown>;
};
interface AbortSignalLike {
    readonly aborted: boolean;
    readonly reason: unknown;
    addEventListener(type: 'abort', listener: () => void): void;
    removeEventListener(type: 'abort', listener: () => void): void;
}
/** The platform's `AbortSignal` where the consumer's settings declare it. */
export type WebAbortSignal = GlobalInstance<'AbortSignal', AbortSignalLike>;
/** The platform's `Headers` where the consumer's settings declare it. */
export type WebHeaders = GlobalInstance<'Headers', HeadersLike>;
/** The platform's `Blob`, for files in bodies. */
export type WebBlob = GlobalInstance<'Blob', {
    readonly size: number;
    readonly type: string;
}>;
/** The platform's `FormData`, accepted as a `multipart/form-data` body as it is. */
export type WebFormData = GlobalInstance<'FormData', {
    append(name: string, value: string): void;
}>;
/** A binary body: bytes, a file, or text sent as it is. */
export type BinaryBody = WebBlob | ArrayBuffer | ArrayBufferView | string;
/** What the client sends requests with: the platform's `fetch`, or anything that answers a `Request` with a `Response`. */
export type FetchFunction = (request: WebRequest) => Promise<WebResponse>;
/**
 * Retries of a request that failed in a way another try may not: a network failure, a timeout, or an answer whose
 * status is in `statuses`. Only idempotent methods are retried, and a POST or PATCH that takes an `Idempotency-Key`
 * header (the client sets one, once, and sends it with every attempt). `Retry-After` is honoured up to `maxDelayMs`;
 * an answer that asks for longer is returned as it is.
 */
export interface RetryOptions {
    /** Attempts in all, the first included (at least 1; 3 when `retry` is given without it). */
    readonly attempts?: number | undefined;
    /** Statuses worth another try (408, 425, 429, 500, 502, 503, 504 when not given). */
    readonly statuses?: readonly number[] | undefined;
    /** The wait before the second attempt when the answer names none, doubled for each next one (200 ms). */
    readonly delayMs?: number | undefined;
    /** The longest wait, `Retry-After` included (30 s). */
    readonly maxDelayMs?: number | undefined;
}
export interface ClientOptions {
    /** Where the API is: the spec's first server URL when not given. */
    readonly baseUrl?: string | undefined;
    /**
     * The credential, sent where the operation's security scheme says: `Authorization: Bearer …` for bearer, OAuth 2
     * and OpenID Connect schemes, the key's header, query parameter or cookie for API keys. A function is asked for
     * every request (it may refresh the token).
     */
    readonly token?: string | (() => string | Promise<string>) | undefined;
    /** For `http` `basic` schemes. */
    readonly basic?: {
        readonly username: string;
        readonly password: string;
    } | undefined;
    /** Headers sent with every request; an operation's own header parameters win over them. */
    readonly headers?: {
        readonly [name: string]: string;
    } | undefined;
    /** `globalThis.fetch` when not given. */
    readonly fetch?: FetchFunction | undefined;
    /** Check each request against the spec before it is sent: one that breaks it rejects with `ClientError` (`invalidRequest`). */
    readonly validateRequests?: boolean | undefined;
    /** Check each response against the spec: one that breaks it rejects with `ClientError` (`invalidResponse`). */
    readonly validateResponses?: boolean | undefined;
    /** Give up on an attempt after this long (the body read included): `ClientError` (`timeout`). `Infinity` sets none. */
    readonly timeoutMs?: number | undefined;
    readonly retry?: RetryOptions | undefined;
    /**
     * The package's `endpoints`, which the checks need: `createClient` passes them; give them to `connect` to check.
     * Typed `object`, as the package's `Endpoints` is an interface, which no index-signature type accepts.
     */
    readonly endpoints?: object | undefined;
}
/** What one call takes besides the request's parts. */
export interface CallOptions {
    readonly signal?: WebAbortSignal | undefined;
    /** This call's timeout, instead of the client's (`Infinity` for none); not a positive number, the call rejects with a TypeError. */
    readonly timeoutMs?: number | undefined;
}
/** A response of a documented status, with that status's body. */
export interface DocumentedResponse<TStatus extends number, TBody> {
    readonly status: TStatus;
    readonly documented: true;
    readonly body: TBody;
    readonly headers: WebHeaders;
    readonly response: WebResponse;
}
/** A response of a status the spec does not document: its body as it came (JSON parsed, text, or bytes). */
export interface UndocumentedResponse<TStatus extends number> {
    readonly status: TStatus;
    readonly documented: false;
    readonly body: unknown;
    readonly headers: WebHeaders;
    readonly response: WebResponse;
}
export type ClientErrorKind = 'invalidRequest' | 'network' | 'timeout' | 'aborted' | 'invalidResponse';
/**
 * A call that did not give a response to read: the request broke the spec (`invalidRequest`, with `errors`), it could
 * not be sent or answered (`network`), took longer than its timeout (`timeout`), was aborted by its signal
 * (`aborted`), or the response could not be read or broke the spec (`invalidResponse`). `cause` is the original.
 */
export declare class ClientError extends Error {
    readonly kind: ClientErrorKind;
    /** The operation's name in code. */
    readonly operation: string;
    /** What broke the spec, for `invalidRequest` and `invalidResponse`, as `validateRequest` and `validateResponse` say it. */
    readonly errors: readonly (RequestError | ResponseError)[];
    /** The response, for `invalidResponse`. */
    readonly response: WebResponse | undefined;
    constructor(kind: ClientErrorKind, operation: string, message: string, details?: {
        cause?: unknown;
        errors?: readonly (RequestError | ResponseError)[];
        response?: WebResponse;
    });
}
/** A client's settings, checked once: what every call of the operations reads. */
export interface Connection {
    readonly options: ClientOptions;
    readonly descriptor: ClientDescriptor;
}
/** A client's settings, checked: a wrong option throws a `TypeError` naming it, here and not at the first call. */
export declare function connection(descriptor: ClientDescriptor, options?: ClientOptions, checks?: ClientChecks): Connection;
/** The input of any operation: its request's parts by location, its body and call options. */
export interface CallInput extends CallOptions {
    readonly path?: object | undefined;
    readonly query?: object | undefined;
    readonly headers?: object | undefined;
    readonly cookies?: object | undefined;
    readonly body?: unknown;
    /** The body's media type, where the operation accepts more than one. */
    readonly contentType?: string | undefined;
}
export type AnyResponse = DocumentedResponse<number, unknown> | UndocumentedResponse<number>;
/** Sends one operation's request and reads its response (see the module's comment). */
export declare function call(client: Connection, operation: ClientOperation, input: CallInput | undefined): Promise<AnyResponse>;
/**
 * The checks of `validateRequests` and `validateResponses`, by the package's `endpoints`. `createClient` gives them to
 * its connection; `connect` does not, so that a bundle of a few calls does not carry them.
 */
export interface ClientChecks {
    request(options: ClientOptions, operation: ClientOperation, request: RequestInput): void;
    response(options: ClientOptions, operation: ClientOperation, response: WebResponse, body: unknown): void;
}
export declare const clientChecks: ClientChecks;
/** The credentials of one request, by where they go. */
export interface Credentials {
    readonly headers: [string, string][];
    /** Encoded `name=value` pairs. */
    readonly query: string[];
    readonly cookies: string[];
}
/**
 * How a kind of security scheme carries its credential: from which option, and where it puts it. The generator
 * names one per scheme the client can send (none for those it cannot, such as mutual TLS), so that a bundle
 * carries only the kinds its API uses.
 */
export interface CredentialPlacement {
    readonly from: 'token' | 'basic';
    /** Puts `value` (the token, or `username:password`) where the scheme says; throws a message when it cannot. */
    place(scheme: SecurityScheme, value: string, out: Credentials): void;
}
/** `Authorization: Bearer …`: http bearer, OAuth 2 and OpenID Connect schemes. */
export declare const bearerCredential: CredentialPlacement;
/** `Authorization: Basic …`, from `basic`. */
export declare const basicCredential: CredentialPlacement;
/** An API key in its header, query parameter or cookie. */
export declare const apiKeyCredential: CredentialPlacement;
/** A client object with one method per operation, each `call` with its operation. */
export declare function bindOperations(client: Connection, operations: {
    readonly [name: string]: ClientOperation;
}): {
    [name: string]: (input?: CallInput) => Promise<AnyResponse>;
};
export {};
