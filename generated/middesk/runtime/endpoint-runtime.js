// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.









 




















































/**
 * One `endpoints` entry: the operation's method and path, its generated request check, and its response checks.
 * `TRequest` is the entry's generated request type, taken from where the entry is written: the check's validators
 * have just established that a value it returns has that type.
 */
export function endpoint(method, path, validateRequest, responses) {
  return {
    method,
    path,
    validateRequest: validateRequest ,
    validateResponse: (status, body, headers) => checkResponse(responses, status, body, headers),
  };
}

/**
 * Gives the errors a part's validator pushed (those from `from` on) the part they were found in, as new objects
 * that list `in` first; returns where the next part's errors start. Validators push into the request's one list.
 */
export function located(errors, from, part) {
  for (let i = from; i < errors.length; i++) {
    const error = errors[i];
    errors[i] = { in: part, pointer: error.pointer, keyword: error.keyword, message: error.message };
  }
  return errors.length;
}

/** A JSON object (not an array, not null): where body defaults go. */
export function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(part, errors, into) {
  for (const error of errors) into.push({ in: part, pointer: error.pointer, keyword: error.keyword, message: error.message });
}

/** The response declared for a status: exact, then its range (`4XX`), then `default`. */
function responseFor(responses, status) {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  for (const key of Object.keys(responses)) if (key === exact) return responses[key];
  for (const key of Object.keys(responses)) if (key.toUpperCase() === range) return responses[key];
  return Object.prototype.hasOwnProperty.call(responses, 'default') ? responses.default : undefined;
}

export function checkResponse(responses, status, body, headers) {
  const response = responseFor(responses, status);
  if (!response) {
    return { ok: false, errors: [{ in: 'status', pointer: '', keyword: 'status', message: `status ${status} is not a declared response` }] };
  }
  const errors = [];
  if (response.body) {
    const found = [];
    response.body(body, '', found);
    collect('body', found, errors);
  }
  if (headers && response.headers && response.readHeaders) {
    const found = [];
    response.headers(response.readHeaders(headers), '', found);
    collect('header', found, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body };
}
