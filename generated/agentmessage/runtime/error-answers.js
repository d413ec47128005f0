// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.






import { defineOwn as define } from './parameters-runtime.js';

 







































const REQUIRED_PREFIX = "must have required property '";

function unescapeSegment(segment) {
  return segment.indexOf('~') === -1 ? segment : segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The field a request error is about: the pointer's segments joined with `.`, the missing one for `required`. */
export function fieldOf(error) {
  const segments = error.pointer === '' ? [] : error.pointer.slice(1).split('/').map(unescapeSegment);
  if ((error.keyword === 'required' || error.keyword === 'dependentRequired') && error.message.startsWith(REQUIRED_PREFIX) && error.message.endsWith("'")) {
    segments.push(error.message.slice(REQUIRED_PREFIX.length, -1));
  }
  return segments.length > 0 ? segments.join('.') : null;
}

/** The failure of a request that broke the schema: one line naming the first field, and every field's message. */
export function invalidRequestFailure(errors) {
  const fields = errors.map((error) => ({ field: fieldOf(error), message: error.message }));
  const first = fields[0];
  const where = first?.field ?? (errors[0]?.in === 'body' ? 'request body' : 'request');
  return { message: first ? `${where} ${first.message}` : 'request does not match the API description', fields };
}

function fillValue(source, failure, requestId) {
  if (typeof source === 'object') {
    const entries = failure.fields.length > 0 ? failure.fields : [{ field: null, message: failure.message }];
    return entries.map((entry) => {
      const item = {};
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
      const messages = {};
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
const templates = new WeakMap();

function templateOf(answer) {
  let template = templates.get(answer);
  if (template === undefined) {
    template = JSON.parse(answer.body) ;
    templates.set(answer, template);
  }
  return template;
}

/**
 * `node` with `value` at `segments` (from `index` on): the objects on the way copied, the rest shared with the
 * template, which is never changed. A pointer the body does not have leaves it as it is.
 */
function withValueAt(node, segments, index, value) {
  if (typeof node !== 'object' || node === null) return node;
  const key = segments[index];
  let next = value;
  if (index < segments.length - 1) {
    const child = Object.prototype.hasOwnProperty.call(node, key) ? (node )[key] : undefined;
    if (typeof child !== 'object' || child === null) return node;
    next = withValueAt(child, segments, index + 1, value);
  }
  const copy = (Array.isArray(node) ? [...(node )] : { ...(node ) }) ;
  if (key === '__proto__') define(copy, key, next);
  else copy[key] = next;
  return copy;
}

/** The answer's body, as JSON text, with its fills set for this request; a pointer the body does not have is skipped. */
export function errorBodyText(answer, failure, requestId) {
  let body = templateOf(answer);
  for (const [segments, source] of answer.fill) {
    const value = fillValue(source, failure, requestId);
    if (segments.length === 0) return JSON.stringify(value);
    body = withValueAt(body, segments, 0, value);
  }
  return JSON.stringify(body);
}
