// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The mock behind `specforge serve`: handlers for a package's `createHandler` that answer from the spec's examples
 * (`Prefer: code=404` or `Prefer: example=<name>` choose another documented answer), or, when stateful, from an
 * in-memory store of each recognised collection seeded from those examples. A stateful answer is checked against
 * the spec before it is sent and falls back to the example when it would break it: the mock never breaks its own
 * spec. Part of every generated package that carries the mock; depends on its sibling runtime modules.
 */
import { type MockData } from './contract-model.js';
import { type ResponseResult } from './endpoint-runtime.js';
import { type WireRecord } from './parameters-runtime.js';
import type { Authenticate } from './security-runtime.js';
import type { HandlerAnswer } from './server-runtime.js';
/** What the mock needs of each operation's endpoint: its response check. */
export interface MockEndpoint {
    validateResponse(status: number, body: unknown, headers?: WireRecord): ResponseResult;
}
export interface MockOptions {
    /** Keep an in-memory store per collection: a create then a read answers what was created. */
    readonly stateful?: boolean;
}
/** What a mock handler reads of its input; the rest of `HandlerInputs` is ignored. */
export interface MockInput {
    readonly path?: unknown;
    readonly body?: unknown;
    readonly request?: {
        readonly headers: {
            get(name: string): string | null;
        };
    };
}
export type MockHandler = (input: MockInput) => Promise<HandlerAnswer>;
/**
 * `Prefer` header values (several headers arrive joined with `, `): `respond-async, code=404; foo=bar, example="x y"`.
 * The first of a name wins; parameters after `;` are ignored.
 */
export declare function parsePrefer(header: string | null | undefined): {
    readonly [name: string]: string;
};
/**
 * A handler per operation of `data`, for the package's `createHandler`. With `stateful`, the operations of each
 * collection answer from its store (a request with a `Prefer` code or example gets the static answer), and an
 * answer that would break the spec (checked with `endpoints[op].validateResponse`) is replaced by the static one.
 */
export declare function createMockHandlers(data: MockData, endpoints: {
    readonly [operation: string]: MockEndpoint;
}, options?: MockOptions): {
    [operation: string]: MockHandler;
};
export interface MockAuthenticateOptions {
    /** The one credential accepted, with every scope; when absent, any non-empty credential is. */
    readonly token?: string;
    /** A credential accepted with no scopes, so that scoped operations answer 403. */
    readonly tokenWithoutScopes?: string;
}
/** What a package's `createMockHandler` takes: how it answers, and which credentials it accepts. */
export interface MockServerOptions extends MockOptions, MockAuthenticateOptions {
}
/** The mock's `authenticate`: `token` (or any non-empty credential) gets every scope the scheme declares. */
export declare function mockAuthenticate(data: MockData, options?: MockAuthenticateOptions): Authenticate;
