// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Error responses in the spec's own envelope (`x-specforge-errors`): a body written in the spec, with the parts
 * its `fill` names set per request (the request id, a message, the fields at fault). Part of every generated
 * package that serves; depends on its sibling runtime modules.
 */
import type { RequestError } from './endpoint-runtime.js';
import { defineOwn as define } from './parameters-runtime.js';

export type FillSource = 'requestId' | 'message' | 'field' | 'fieldMessages' | 'errorList';

export interface ErrorAnswer {
  readonly status: number;
  readonly contentType: string;
  /**
   * The body as JSON text: parsed afresh for every answer, so no answer shares objects with another. Empty, with an
   * empty `contentType`, where the operation documents the status without content: the answer has no body.
   */
  readonly body: string;
  /** Pointer segments into the body, and what goes there. */
  readonly fill: readonly (readonly [readonly string[], FillSource | { readonly keys: { readonly [key: string]: 'message' | 'field' } }])[];
}

export type ErrorKind =
  | 'invalidRequest'
  | 'malformedRequest'
  | 'unauthenticated'
  | 'missingScope'
  | 'notFound'
  | 'routeNotFound'
  | 'methodNotAllowed'
  | 'payloadTooLarge'
  | 'unsupportedMediaType'
  | 'internalError'
  | 'notImplemented';

export type ErrorAnswers = { readonly [kind in ErrorKind]: ErrorAnswer };

/** One failure as an error body tells it: the field at fault (null when none) and what is wrong. */
export interface FieldFailure {
  readonly field: string | null;
  readonly message: string;
}

export interface Failure {
  readonly message: string;
  readonly fields: readonly FieldFailure[];
}

const REQUIRED_PREFIX = "must have required property '";

function unescapeSegment(segment: string): string {
  return segment.indexOf('~') === -1 ? segment : segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The field a request error is about: the pointer's segments joined with `.`, the missing one for `required`. */
export function fieldOf(error: RequestError): string | null {
  const segments = error.pointer === '' ? [] : error.pointer.slice(1).split('/').map(unescapeSegment);
  if ((error.keyword === 'required' || error.keyword === 'dependentRequired') && error.message.startsWith(REQUIRED_PREFIX) && error.message.endsWith("'")) {
    segments.push(error.message.slice(REQUIRED_PREFIX.length, -1));
  }
  return segments.length > 0 ? segments.join('.') : null;
}

/** The failure of a request that broke the schema: one line naming the first field, and every field's message. */
export function invalidRequestFailure(errors: readonly RequestError[]): Failure {
  const fields = errors.map((error) => ({ field: fieldOf(error), message: error.message }));
  const first = fields[0];
  const where = first?.field ?? (errors[0]?.in === 'body' ? 'request body' : 'request');
  return { message: first ? `${where} ${first.message}` : 'request does not match the API description', fields };
}

function fillValue(source: ErrorAnswer['fill'][number][1], failure: Failure, requestId: string): unknown {
  if (typeof source === 'object') {
    const entries = failure.fields.length > 0 ? failure.fields : [{ field: null, message: failure.message }];
    return entries.map((entry) => {
      const item: Record<string, unknown> = {};
      for (const key of Object.keys(source.keys)) {
        const value = source.keys[key] === 'message' ? entry.message : entry.field;
        if (value !== null) define(item, key, value);
      }
      return item;
    });
  }
  switch (source) {
    case 'requestId':
      return requestId;
    case 'message':
      return failure.message;
    case 'field':
      return failure.fields.find((entry) => entry.field !== null)?.field ?? null;
    case 'fieldMessages': {
      const messages: Record<string, unknown> = {};
      for (const entry of failure.fields) {
        const field = entry.field ?? '';
        if (!Object.prototype.hasOwnProperty.call(messages, field)) define(messages, field, entry.message);
      }
      return messages;
    }
    case 'errorList':
      return failure.fields.map((entry) => ({ message: entry.message, field: entry.field }));
  }
}

/** Each answer's body parsed once: an answer copies only the objects on the way to what it fills in. */
const templates = new WeakMap<ErrorAnswer, unknown>();

function templateOf(answer: ErrorAnswer): unknown {
  let template = templates.get(answer);
  if (template === undefined) {
    template = JSON.parse(answer.body) as unknown;
    templates.set(answer, template);
  }
  return template;
}

/**
 * `node` with `value` at `segments` (from `index` on): the objects on the way copied, the rest shared with the
 * template, which is never changed. A pointer the body does not have leaves it as it is.
 */
function withValueAt(node: unknown, segments: readonly string[], index: number, value: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const key = segments[index]!;
  let next = value;
  if (index < segments.length - 1) {
    const child = Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof child !== 'object' || child === null) return node;
    next = withValueAt(child, segments, index + 1, value);
  }
  const copy = (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Record<string, unknown>) }) as Record<string, unknown>;
  if (key === '__proto__') define(copy, key, next);
  else copy[key] = next;
  return copy;
}

/** The answer's body, as JSON text, with its fills set for this request; a pointer the body does not have is skipped. */
export function errorBodyText(answer: ErrorAnswer, failure: Failure, requestId: string): string {
  let body = templateOf(answer);
  for (const [segments, source] of answer.fill) {
    const value = fillValue(source, failure, requestId);
    if (segments.length === 0) return JSON.stringify(value);
    body = withValueAt(body, segments, 0, value);
  }
  return JSON.stringify(body);
}
