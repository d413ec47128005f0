// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The request and response checks behind every generated `endpoints` entry: parse parameters by their style,
 * validate each part with its generated validator, and report every error with where it was found.
 * Part of every generated package; depends only on its sibling runtime modules.
 */
import { lowerCaseHeaders, parseParameters, type ParameterPlan, type WireRecord } from './parameters-runtime.js';
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
export type RequestResult<TValue> = { readonly ok: true; readonly value: TValue } | { readonly ok: false; readonly errors: RequestError[] };
export type ResponseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: ResponseError[] };

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
  readonly body?: { readonly required: boolean; readonly validate?: SchemaValidator };
  /** By status key as the spec writes it: `200`, `4XX`, `default`. */
  readonly responses: { readonly [status: string]: ResponseDescriptor };
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
export function endpoint<TRequest>(method: HttpMethod, path: string, operation: OperationDescriptor): Endpoint<TRequest> {
  return {
    method,
    path,
    validateRequest: (request) => checkRequest<TRequest>(operation, request),
    validateResponse: (status, body, headers) => checkResponse(operation, status, body, headers),
  };
}

function collect<TPart extends string>(part: TPart, errors: ValidationError[], into: (ValidationError & { in: TPart })[]): void {
  for (const error of errors) into.push({ in: part, pointer: error.pointer, keyword: error.keyword, message: error.message });
}

/** `TValue` is the operation's generated request type: the validators just checked that the parsed parts have it. */
export function checkRequest<TValue = RequestValue>(operation: OperationDescriptor, request: RequestInput): RequestResult<TValue> {
  const parsed = parseParameters(operation.parameters, request);
  const errors: RequestError[] = [];
  for (const part of ['path', 'query', 'header', 'cookie'] as const) {
    const validate = operation[part];
    if (!validate) continue;
    const found: ValidationError[] = [];
    validate(parsed[part], '', found);
    collect(part, found, errors);
  }
  const body = operation.body;
  if (body) {
    if (request.body === undefined) {
      if (body.required) errors.push({ in: 'body', pointer: '', keyword: 'required', message: 'request body is required' });
    } else if (body.validate) {
      const found: ValidationError[] = [];
      body.validate(request.body, '', found);
      collect('body', found, errors);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: RequestValue = { path: parsed.path, query: parsed.query, headers: parsed.header, cookies: parsed.cookie, body: request.body };
  return { ok: true, value: value as unknown as TValue };
}

/** The response declared for a status: exact, then its range (`4XX`), then `default`. */
function responseFor(operation: OperationDescriptor, status: number): ResponseDescriptor | undefined {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  const responses = operation.responses;
  for (const key of Object.keys(responses)) if (key === exact) return responses[key];
  for (const key of Object.keys(responses)) if (key.toUpperCase() === range) return responses[key];
  return Object.prototype.hasOwnProperty.call(responses, 'default') ? responses.default : undefined;
}

export function checkResponse(operation: OperationDescriptor, status: number, body: unknown, headers?: WireRecord): ResponseResult {
  const response = responseFor(operation, status);
  if (!response) {
    return { ok: false, errors: [{ in: 'status', pointer: '', keyword: 'status', message: `status ${status} is not a declared response` }] };
  }
  const errors: ResponseError[] = [];
  if (response.body) {
    const found: ValidationError[] = [];
    response.body(body, '', found);
    collect('body', found, errors);
  }
  if (headers && response.headers && response.headerPlans) {
    const parsed = parseParameters(response.headerPlans, { headers: lowerCaseHeaders(headers) });
    const found: ValidationError[] = [];
    response.headers(parsed.header, '', found);
    collect('header', found, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body };
}
