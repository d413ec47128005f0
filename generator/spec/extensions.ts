/**
 * specforge's `x-specforge-*` extensions: their names and vocabularies, shared by the linter (which checks them)
 * and the generators (which read them). docs/spec-conventions.md describes them for spec authors.
 */

export const ERRORS_EXTENSION = 'x-specforge-errors';
export const SCOPES_EXTENSION = 'x-specforge-scopes';
export const BLANK_AS_NULL_EXTENSION = 'x-specforge-blank-as-null';

/** Kinds of failure a generated server answers by itself, and what each means. */
export const ERROR_KINDS = {
  invalidRequest: 'parameters or body break the schema',
  malformedRequest: 'the body is not JSON or not the declared media type',
  unauthenticated: 'credentials are missing or not accepted',
  missingScope: 'credentials lack a scope the operation requires',
  notFound: 'the resource named in the path does not exist',
  routeNotFound: 'no operation is declared at the request\'s path',
  methodNotAllowed: 'the path declares no operation for the request\'s method',
  payloadTooLarge: 'the body is larger than the server accepts',
  unsupportedMediaType: 'the body is in a media type the operation does not accept',
  internalError: 'the server failed while answering',
  notImplemented: 'the operation has no implementation yet',
} as const;
export type ErrorKind = keyof typeof ERROR_KINDS;

/**
 * The kinds a spec may leave out, with the status and message of the answer the server derives for them from
 * the kinds the spec declares (see `deriveErrorAnswers`).
 */
export const DERIVED_ERROR_KINDS = {
  routeNotFound: { status: 404, message: 'no operation at this path' },
  methodNotAllowed: { status: 405, message: 'method not allowed' },
  payloadTooLarge: { status: 413, message: 'request body too large' },
  unsupportedMediaType: { status: 415, message: 'unsupported media type' },
  internalError: { status: 500, message: 'internal server error' },
  notImplemented: { status: 501, message: 'not implemented' },
} as const satisfies Partial<Record<ErrorKind, { status: number; message: string }>>;

/** Run-time values a server may put into an error body, at the pointers a kind's `fill` names. */
export const FILL_SOURCES = {
  requestId: 'a string that identifies the request',
  message: 'a one-line summary of what failed',
  field: 'the name of the first field at fault, or null',
  fieldMessages: 'an object from field name to message',
  errorList: 'an array of { message, field } objects',
} as const;
export type FillSource = keyof typeof FILL_SOURCES;

/** Keys an `errorList` entry can be given, renamed by `keys`. */
export const ERROR_LIST_ITEM_KEYS = ['message', 'field'] as const;

export function isErrorKind(name: string): name is ErrorKind {
  return Object.hasOwn(ERROR_KINDS, name);
}

export function isFillSource(name: unknown): name is FillSource {
  return typeof name === 'string' && Object.hasOwn(FILL_SOURCES, name);
}

/** True for a response key that answers a failure: 4xx, 5xx, their ranges, and `default`. */
export function isErrorStatusKey(key: string): boolean {
  return /^[45](\d\d|XX)$/i.test(key) || key === 'default';
}

/** True when the responses map covers `status`: exactly, by its range (`4XX`), or by `default`. */
export function responsesCover(responseKeys: readonly string[], status: number): boolean {
  const exact = String(status);
  const range = `${exact[0]}XX`;
  return responseKeys.some((key) => key === exact || key.toUpperCase() === range || key === 'default');
}
