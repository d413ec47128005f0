// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * What every generated `endpoints` entry is made of: its request check, generated for the operation (parameters
 * parsed by their styles, each part validated by its generated validator, every error reported with where it was
 * found, defaults applied), and its response checks. Part of every generated package; depends only on its sibling
 * runtime modules.
 */
import type { WireRecord } from './parameters-runtime.js';
import type { SchemaValidator, ValidationError } from './validation-runtime.js';
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
/** A request as a server receives it: path parameters, query (repeated keys as arrays), headers, parsed JSON body. */
export interface RequestInput {
    readonly path?: WireRecord;
    readonly query?: WireRecord;
    readonly headers?: WireRecord;
    readonly body?: unknown;
}
export type RequestPart = 'path' | 'query' | 'header' | 'cookie' | 'body';
export type ResponsePart = 'status' | 'header' | 'body';
export interface RequestError extends ValidationError {
    readonly in: RequestPart;
}
export interface ResponseError extends ValidationError {
    readonly in: ResponsePart;
}
/** What `validateRequest` gives back: the parsed parameters and body, or every error found. */
export type RequestResult<TValue> = {
    readonly ok: true;
    readonly value: TValue;
} | {
    readonly ok: false;
    readonly errors: RequestError[];
};
export type ResponseResult = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly errors: ResponseError[];
};
export interface RequestValue {
    path: Record<string, unknown>;
    query: Record<string, unknown>;
    headers: Record<string, unknown>;
    cookies: Record<string, unknown>;
    body: unknown;
}
/** A declared response's checks; `readHeaders` reads its declared headers from the wire (generated with the operation). */
export interface ResponseDescriptor {
    readonly body?: SchemaValidator;
    readonly headers?: SchemaValidator;
    readonly readHeaders?: (headers: WireRecord) => Record<string, unknown>;
}
/** By status key as the spec writes it: `200`, `4XX`, `default`. */
export type ResponseDescriptors = {
    readonly [status: string]: ResponseDescriptor;
};
/** An operation's generated request check: its parameters parsed by their styles, every part validated. */
export type RequestValidator = (request: RequestInput) => RequestResult<unknown>;
export interface Endpoint<TRequest> {
    readonly method: HttpMethod;
    readonly path: string;
    validateRequest(request: RequestInput): RequestResult<TRequest>;
    validateResponse(status: number, body: unknown, headers?: WireRecord): ResponseResult;
}
/**
 * One `endpoints` entry: the operation's method and path, its generated request check, and its response checks.
 * `TRequest` is the entry's generated request type, taken from where the entry is written: the check's validators
 * have just established that a value it returns has that type.
 */
export declare function endpoint<TRequest>(method: HttpMethod, path: string, validateRequest: RequestValidator, responses: ResponseDescriptors): Endpoint<TRequest>;
/**
 * Gives the errors a part's validator pushed (those from `from` on) the part they were found in, as new objects
 * that list `in` first; returns where the next part's errors start. Validators push into the request's one list.
 */
export declare function located(errors: RequestError[], from: number, part: RequestPart): number;
/** A JSON object (not an array, not null): where body defaults go. */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
export declare function checkResponse(responses: ResponseDescriptors, status: number, body: unknown, headers?: WireRecord): ResponseResult;
