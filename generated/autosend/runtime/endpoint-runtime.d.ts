// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The request and response checks behind every generated `endpoints` entry: parse parameters by their style,
 * validate each part with its generated validator, and report every error with where it was found.
 * Part of every generated package; depends only on its sibling runtime modules.
 */
import { type ParameterPlan, type WireRecord } from './parameters-runtime.js';
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
export interface ResponseDescriptor {
    readonly body?: SchemaValidator;
    readonly headers?: SchemaValidator;
    readonly headerPlans?: readonly ParameterPlan[];
}
/** Everything the checks need to know about one operation; generated as constant data. */
export interface OperationDescriptor {
    readonly parameters: readonly ParameterPlan[];
    readonly path?: SchemaValidator;
    readonly query?: SchemaValidator;
    readonly header?: SchemaValidator;
    readonly cookie?: SchemaValidator;
    /** Absent when the operation takes no body. */
    readonly body?: {
        readonly required: boolean;
        readonly validate?: SchemaValidator;
    };
    /** By status key as the spec writes it: `200`, `4XX`, `default`. */
    readonly responses: {
        readonly [status: string]: ResponseDescriptor;
    };
}
export interface Endpoint<TRequest> {
    readonly method: HttpMethod;
    readonly path: string;
    validateRequest(request: RequestInput): RequestResult<TRequest>;
    validateResponse(status: number, body: unknown, headers?: WireRecord): ResponseResult;
}
/**
 * One `endpoints` entry: the operation's method and path, and its checks bound to its descriptor. `TRequest` is
 * the entry's generated request type, taken from where the entry is written.
 */
export declare function endpoint<TRequest>(method: HttpMethod, path: string, operation: OperationDescriptor): Endpoint<TRequest>;
/** `TValue` is the operation's generated request type: the validators just checked that the parsed parts have it. */
export declare function checkRequest<TValue = RequestValue>(operation: OperationDescriptor, request: RequestInput): RequestResult<TValue>;
export declare function checkResponse(operation: OperationDescriptor, status: number, body: unknown, headers?: WireRecord): ResponseResult;
