// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The request and response checks behind every generated `endpoints` entry: parse parameters by their style,
 * validate each part with its generated validator, and report every error with where it was found.
 * Part of every generated package; depends only on its sibling runtime modules.
 */
import { lowerCaseHeaders, parseParameters, } from './parameters-runtime.js';


 


























































/**
 * One `endpoints` entry: the operation's method and path, and its checks bound to its descriptor. `TRequest` is
 * the entry's generated request type, taken from where the entry is written.
 */
export function endpoint(method, path, operation) {
  return {
    method,
    path,
    validateRequest: (request) => checkRequest(operation, request),
    validateResponse: (status, body, headers) => checkResponse(operation, status, body, headers),
  };
}

function collect(part, errors, into) {
  for (const error of errors) into.push({ in: part, pointer: error.pointer, keyword: error.keyword, message: error.message });
}

/** `TValue` is the operation's generated request type: the validators just checked that the parsed parts have it. */
export function checkRequest(operation, request) {
  const parsed = parseParameters(operation.parameters, request);
  const errors = [];
  for (const part of ['path', 'query', 'header', 'cookie'] ) {
    const validate = operation[part];
    if (!validate) continue;
    const found = [];
    validate(parsed[part], '', found);
    collect(part, found, errors);
  }
  const body = operation.body;
  if (body) {
    if (request.body === undefined) {
      if (body.required) errors.push({ in: 'body', pointer: '', keyword: 'required', message: 'request body is required' });
    } else if (body.validate) {
      const found = [];
      body.validate(request.body, '', found);
      collect('body', found, errors);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const value = { path: parsed.path, query: parsed.query, headers: parsed.header, cookies: parsed.cookie, body: request.body };
  return { ok: true, value: value  };
}

/** The response declared for a status: exact, then its range (`4XX`), then `default`. */
function responseFor(operation, status) {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  const responses = operation.responses;
  for (const key of Object.keys(responses)) if (key === exact) return responses[key];
  for (const key of Object.keys(responses)) if (key.toUpperCase() === range) return responses[key];
  return Object.prototype.hasOwnProperty.call(responses, 'default') ? responses.default : undefined;
}

export function checkResponse(operation, status, body, headers) {
  const response = responseFor(operation, status);
  if (!response) {
    return { ok: false, errors: [{ in: 'status', pointer: '', keyword: 'status', message: `status ${status} is not a declared response` }] };
  }
  const errors = [];
  if (response.body) {
    const found = [];
    response.body(body, '', found);
    collect('body', found, errors);
  }
  if (headers && response.headers && response.headerPlans) {
    const parsed = parseParameters(response.headerPlans, { headers: lowerCaseHeaders(headers) });
    const found = [];
    response.headers(parsed.header, '', found);
    collect('header', found, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body };
}
