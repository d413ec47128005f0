import { DERIVED_ERROR_KINDS, ERROR_KINDS, type ErrorKind, type FillSource } from '../spec/extensions.js';
import { isObject } from '../util/is-object.js';
import { escapePointerSegment } from '../util/json-pointer.js';
import type { ErrorAnswerIR } from './ir.js';

type Fill = ErrorAnswerIR['fill'];

/** Where no `x-specforge-errors` is declared: RFC 9457 problem details, with the failures as `errors`. */
const PROBLEM_STATUS: Record<ErrorKind, { status: number; title: string }> = {
  invalidRequest: { status: 400, title: 'request does not match the API description' },
  malformedRequest: { status: 400, title: 'malformed request' },
  unauthenticated: { status: 401, title: 'authentication required' },
  missingScope: { status: 403, title: 'missing required scope' },
  notFound: { status: 404, title: 'not found' },
  routeNotFound: { status: 404, title: DERIVED_ERROR_KINDS.routeNotFound.message },
  methodNotAllowed: { status: 405, title: DERIVED_ERROR_KINDS.methodNotAllowed.message },
  payloadTooLarge: { status: 413, title: DERIVED_ERROR_KINDS.payloadTooLarge.message },
  unsupportedMediaType: { status: 415, title: DERIVED_ERROR_KINDS.unsupportedMediaType.message },
  internalError: { status: 500, title: DERIVED_ERROR_KINDS.internalError.message },
  notImplemented: { status: 501, title: DERIVED_ERROR_KINDS.notImplemented.message },
};

function problemAnswer(kind: ErrorKind): ErrorAnswerIR {
  const { status, title } = PROBLEM_STATUS[kind];
  return {
    status,
    contentType: 'application/problem+json',
    body: { type: 'about:blank', title, status, detail: title, errors: [] },
    fill: { '/detail': 'message', '/errors': { source: 'errorList', keys: { message: 'message', field: 'field' } } },
  };
}

/**
 * Every kind's answer for one operation (or the document): the declared ones as they are, and for the kinds a
 * spec may leave out (`DERIVED_ERROR_KINDS`), the body of a declared kind, `malformedRequest` first, then
 * `invalidRequest`, with the status and message of the kind. `malformedRequest` itself falls back to
 * `invalidRequest`. With nothing declared, every kind answers in problem details (RFC 9457).
 */
export function completeErrorAnswers(declared: ReadonlyMap<ErrorKind, ErrorAnswerIR>): Map<ErrorKind, ErrorAnswerIR> {
  const answers = new Map<ErrorKind, ErrorAnswerIR>();
  if (declared.size === 0) {
    for (const kind of Object.keys(ERROR_KINDS) as ErrorKind[]) answers.set(kind, problemAnswer(kind));
    return answers;
  }
  const donor = declared.get('malformedRequest') ?? declared.get('invalidRequest') ?? declared.values().next().value!;
  for (const kind of Object.keys(ERROR_KINDS) as ErrorKind[]) {
    const own = declared.get(kind);
    if (own) answers.set(kind, own);
    else if (kind === 'malformedRequest' && declared.has('invalidRequest')) answers.set(kind, declared.get('invalidRequest')!);
    else if (kind in DERIVED_ERROR_KINDS) answers.set(kind, derivedAnswer(donor, DERIVED_ERROR_KINDS[kind as keyof typeof DERIVED_ERROR_KINDS].status));
    // A kind that needs declaring (lint says so) and is not: answered like the donor, with its own status.
    else answers.set(kind, { ...donor, status: PROBLEM_STATUS[kind].status });
  }
  return answers;
}

/**
 * The donor's body at another status. Its fills are kept (a derived kind has no field at fault, so `field` comes
 * out null and lists empty); where the donor fills no `message`, the first string under a `message` key gets it,
 * so that a 500 does not say "validation failed".
 */
function derivedAnswer(donor: ErrorAnswerIR, status: number): ErrorAnswerIR {
  const fill: Fill = { ...donor.fill };
  const fillsMessage = Object.values(fill).some((source) => source === 'message' || (isObject(source) && source.source === 'errorList'));
  if (!fillsMessage) {
    const at = messagePointer(donor.body);
    if (at !== undefined) fill[at] = 'message' satisfies FillSource;
  }
  return { status, contentType: donor.contentType, body: donor.body, fill };
}

/** The pointer of the shallowest string-valued `message` property in `body`, breadth first; undefined if none. */
function messagePointer(body: unknown): string | undefined {
  let level: { value: unknown; pointer: string }[] = [{ value: body, pointer: '' }];
  for (let depth = 0; depth < 8 && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { value, pointer } of level) {
      if (Array.isArray(value)) value.forEach((item, i) => next.push({ value: item, pointer: `${pointer}/${i}` }));
      else if (isObject(value)) {
        if (typeof value.message === 'string' && Object.hasOwn(value, 'message')) return `${pointer}/message`;
        for (const key of Object.keys(value)) next.push({ value: value[key], pointer: `${pointer}/${escapePointerSegment(key)}` });
      }
    }
    level = next;
  }
  return undefined;
}
