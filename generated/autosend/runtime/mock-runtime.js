// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The mock behind `specforge serve`: handlers for a package's `createHandler` that answer from the spec's examples
 * (`Prefer: code=404` or `Prefer: example=<name>` choose another documented answer), or, when stateful, from an
 * in-memory store of each recognised collection seeded from those examples. A stateful answer is checked against
 * the spec before it is sent and falls back to the example when it would break it: the mock never breaks its own
 * spec. Part of every generated package that carries the mock; depends on its sibling runtime modules.
 */
import { BASIC_USER, INVALID_CREDENTIAL, } from './contract-model.js';
import { isPlainObject, } from './endpoint-runtime.js';
import { copyJson, valueAt, withValueAt } from './json-pointer.js';
import { documentedStatus } from './http-status.js';
import { essence, isJsonMediaType } from './media-types.js';
import { defineOwn, own, } from './parameters-runtime.js';


import { platform } from './web-platform.js';

/** What the mock needs of each operation's endpoint: its response check. */



























/**
 * `Prefer` header values (several headers arrive joined with `, `): `respond-async, code=404; foo=bar, example="x y"`.
 * The first of a name wins; parameters after `;` are ignored.
 */
export function parsePrefer(header) {
  const found = Object.create(null);
  if (!header) return found;
  const items = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const char = header[i];
    if (quoted && char === '\\' && i + 1 < header.length) {
      current += char + header[++i];
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  for (const item of items) {
    const preference = splitUnquoted(item, ';')[0];
    const equals = preference.indexOf('=');
    const name = (equals === -1 ? preference : preference.slice(0, equals)).trim().toLowerCase();
    if (name === '' || name in found) continue;
    let value = equals === -1 ? '' : preference.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    found[name] = value;
  }
  return found;
}

function splitUnquoted(text, separator) {
  const parts = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function preferencesOf(input) {
  let header = null;
  try {
    header = input.request?.headers.get('prefer') ?? null;
  } catch {
    header = null;
  }
  const found = parsePrefer(header);
  return { code: found.code, example: found.example };
}

/** The documented answer a concrete code falls under (see documentedStatus). */
function answerForCode(operation, code) {
  const key = documentedStatus(operation.answers.map((answer) => answer.status), code);
  return operation.answers.find((answer) => answer.status === key);
}

function successAnswer(operation) {
  return (operation.success !== undefined ? operation.answers.find((answer) => answer.status === operation.success) : undefined) ?? operation.answers[0];
}

/** A documented answer as the handler returns it: its code, its first (or the named) example, its headers. */
function answerWith(answer, code, exampleIndex, applied) {
  const headers = {};
  for (const name of Object.keys(answer.headers)) defineOwn(headers, name, answer.headers[name]);
  if (applied.length > 0) headers['preference-applied'] = applied.join(', ');
  const example = answer.examples[exampleIndex] ?? answer.examples[0];
  if (answer.contentType === undefined || example === undefined) return { status: code, headers };
  return bodyAnswer(code, answer.contentType, copyJson(example.value), headers);
}

function bodyAnswer(code, contentType, body, headers) {
  // A JSON string named with its content type would be sent as raw text; left unnamed, the server serialises it as JSON.
  if (!(typeof body === 'string' && isJsonMediaType(essence(contentType)))) headers['content-type'] = contentType;
  return { status: code, body, headers };
}

/** The static answer: the success answer's first example, or the one `Prefer` chooses when it is documented. */
function staticAnswer(operation, preferences) {
  const applied = [];
  let answer = successAnswer(operation);
  let code = answer?.code;
  const wanted = preferences.code !== undefined && /^[1-5]\d\d$/.test(preferences.code) ? Number(preferences.code) : undefined;
  if (wanted !== undefined) {
    const chosen = answerForCode(operation, wanted);
    if (chosen) {
      answer = chosen;
      code = wanted;
      applied.push(`code=${wanted}`);
    }
  }
  let index = 0;
  if (preferences.example !== undefined && answer) {
    const name = preferences.example;
    const inAnswer = answer.examples.findIndex((example) => example.name === name);
    if (inAnswer !== -1) {
      index = inAnswer;
      applied.push(`example=${quoteIfNeeded(name)}`);
    } else if (wanted === undefined || applied.length === 0) {
      const other = operation.answers.find((candidate) => candidate.examples.some((example) => example.name === name));
      if (other) {
        answer = other;
        code = other.code;
        index = other.examples.findIndex((example) => example.name === name);
        applied.push(`example=${quoteIfNeeded(name)}`);
      }
    }
  }
  if (!answer || code === undefined) return { status: 501 };
  return answerWith(answer, code, index, applied);
}

function quoteIfNeeded(value) {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value) ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
}


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One collection's store and the operations that reach it. */
class CollectionStore {
   resources = new Map();
   counter = 0;

  constructor(
     collection,
      data,
  ) {;this.collection = collection;this.data = data;
    this.seed();
  }

   exampleOf(operation) {
    if (operation === undefined) return undefined;
    const mock = this.data.operations[operation];
    const answer = mock && successAnswer(mock);
    return answer?.examples[0]?.value;
  }

   seed() {
    const { list, read, resourceAt, idField } = this.collection;
    const listed = list !== undefined ? valueAt(this.exampleOf(list), own(resourceAt, list) ?? '') : undefined;
    const seeds = Array.isArray(listed) ? [...listed] : [];
    seeds.push(valueAt(this.exampleOf(read), own(resourceAt, read) ?? ''));
    for (const seed of seeds) {
      if (!isPlainObject(seed) || !Object.prototype.hasOwnProperty.call(seed, idField)) continue;
      const id = seed[idField];
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      this.resources.set(String(id), copyJson(seed));
    }
  }

  /** A fresh id in the shape of the example's: a UUID for a UUID, the next integer for a number, else a counter in its tail. */
  freshId(example) {
    for (;;) {
      this.counter += 1;
      let id;
      if (typeof example === 'number') id = Math.max(0, ...[...this.resources.keys()].map(Number).filter(Number.isFinite)) + this.counter;
      else if (typeof example === 'string' && UUID.test(example)) id = platform().crypto?.randomUUID?.() ?? uuidOf(this.counter);
      else {
        const shape = typeof example === 'string' && example !== '' ? example : 'id-';
        const digits = String(this.counter);
        // `n2` → `n1`, `wh_0007` → `wh_0001`: the example's trailing number counts; otherwise its tail is replaced.
        const numbered = /^(.*?)(\d+)$/.exec(shape);
        const width = Math.min(shape.length, Math.max(digits.length, 4));
        id = numbered ? numbered[1] + digits.padStart(numbered[2].length, '0')
          : /[-_]$/.test(shape) ? shape + digits
          : shape.slice(0, shape.length - width) + digits.padStart(width, '0');
      }
      if (!this.resources.has(String(id))) return id;
    }
  }

  /** The resource as an operation answers it: write-only fields dropped, kept to the operation's fields. */
  shown(resource, operation) {
    const fields = own(this.collection.fields, operation);
    const shown = {};
    for (const key of Object.keys(resource)) {
      if (this.collection.writeOnly.includes(key)) continue;
      if (fields !== undefined && !fields.includes(key)) continue;
      defineOwn(shown, key, copyJson(resource[key]));
    }
    return shown;
  }

  /** The operation's success example with `value` put where its resource is; undefined when it has no such place. */
  enveloped(operation, value) {
    const mock = this.data.operations[operation];
    const answer = mock && successAnswer(mock);
    if (!answer || answer.contentType === undefined) return undefined;
    const placed = withValueAt(answer.examples[0]?.value, own(this.collection.resourceAt, operation) ?? '', value);
    return placed && { answer, body: placed.value };
  }

  /** Body fields a client may write: every field of an object body but the read-only ones. */
  writable(body) {
    if (!isPlainObject(body)) return [];
    return Object.keys(body)
      .filter((key) => !this.collection.readOnly.includes(key))
      .map((key) => [key, copyJson(body[key])]);
  }
}

/**
 * What one stateful request comes to: an answer to check and the change to the store it makes once it is sent, or
 * the static answer to give instead.
 */


function now() {
  return new Date().toISOString();
}

function uuidOf(counter) {
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

function headersOf(answer) {
  const headers = {};
  for (const name of Object.keys(answer.headers)) defineOwn(headers, name, answer.headers[name]);
  return headers;
}

function stored(store, operation, resource) {
  const placed = store.enveloped(operation, store.shown(resource, operation));
  if (!placed) return 'static';
  return { answer: bodyAnswer(placed.answer.code, placed.answer.contentType, placed.body, headersOf(placed.answer)) };
}

function notFound(data, operation) {
  const mock = data.operations[operation];
  const answer = mock && answerForCode(mock, 404);
  return answer ? { answer: answerWith(answer, 404, 0, []) } : 'static';
}

function idOf(store, input) {
  const path = input.path;
  if (!isPlainObject(path) || !Object.prototype.hasOwnProperty.call(path, store.collection.idParameter)) return undefined;
  const id = path[store.collection.idParameter];
  return id === undefined || id === null ? undefined : String(id);
}

function statefulOutcome(store, data, operation, role, input) {
  const { collection } = store;
  switch (role) {
    case 'list': {
      const resources = [...store.resources.values()].map((resource) => store.shown(resource, operation));
      const placed = store.enveloped(operation, resources);
      return placed ? { answer: bodyAnswer(placed.answer.code, placed.answer.contentType, placed.body, headersOf(placed.answer)) } : 'static';
    }
    case 'create': {
      const mock = data.operations[operation];
      const example = valueAt(mock && successAnswer(mock)?.examples[0]?.value, own(collection.resourceAt, operation) ?? '');
      if (!isPlainObject(example)) return 'static';
      const resource = copyJson(example);
      for (const [key, value] of store.writable(input.body)) defineOwn(resource, key, value);
      const id = store.freshId(example[collection.idField]);
      defineOwn(resource, collection.idField, id);
      const stamp = now();
      for (const field of collection.timestamps) defineOwn(resource, field, stamp);
      const outcome = stored(store, operation, resource);
      return outcome === 'static' ? outcome : { answer: outcome.answer, commit: () => store.resources.set(String(id), resource) };
    }
    case 'read': {
      const id = idOf(store, input);
      const resource = id === undefined ? undefined : store.resources.get(id);
      return resource ? stored(store, operation, resource) : notFound(data, operation);
    }
    case 'update':
    case 'replace': {
      const id = idOf(store, input);
      const current = id === undefined ? undefined : store.resources.get(id);
      if (!current || id === undefined) return notFound(data, operation);
      const next = {};
      for (const key of Object.keys(current)) {
        if (role === 'update' || collection.readOnly.includes(key)) defineOwn(next, key, current[key]);
      }
      for (const [key, value] of store.writable(input.body)) defineOwn(next, key, value);
      const stamp = now();
      for (const field of collection.timestamps) if (/^updated/i.test(field)) defineOwn(next, field, stamp);
      const commit = () => store.resources.set(id, next);
      const outcome = stored(store, operation, next);
      if (outcome !== 'static') return { answer: outcome.answer, commit };
      // An update answered without a body (204) still changes the store.
      const mock = data.operations[operation];
      const answer = mock && successAnswer(mock);
      return answer && answer.contentType === undefined ? { answer: answerWith(answer, answer.code, 0, []), commit } : 'static';
    }
    case 'remove': {
      const id = idOf(store, input);
      if (id === undefined || !store.resources.has(id)) return notFound(data, operation);
      store.resources.delete(id);
      return 'static';
    }
  }
}

function lowerCaseHeaders(headers) {
  const record = Object.create(null);
  if (!headers) return record;
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) record[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return record;
}

/** The places (body pointers) where an answer breaks the spec, as the server's `validateResponses` would judge it; empty when it keeps to it. */
function breaches(endpoint, answer) {
  if (!endpoint) return [];
  try {
    const result = endpoint.validateResponse(answer.status, answer.body, lowerCaseHeaders(answer.headers));
    if (result.ok) return [];
    // Only the body's values can be mended; a header or a status the spec does not allow cannot.
    return result.errors.every((error) => error.in === 'body') ? result.errors.map((error) => error.pointer) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A stateful answer made to keep to the spec where it can be: each value the spec refuses is replaced by the value at
 * the same place in the operation's own example (a secret the create answer shows once and every read masks, say),
 * with array indices read as the example's first item. Undefined when that does not make it keep to the spec.
 */
function keptToSpec(endpoint, answer, example, idField) {
  // An id is what the store knows a resource by: one the spec refuses is not mended to the example's.
  const idSegment = idField === undefined ? undefined : `/${idField.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  let current = answer;
  for (let round = 0; round < 3; round++) {
    const found = breaches(endpoint, current);
    if (found === undefined) return undefined;
    if (found.length === 0) return current;
    let body = current.body;
    for (const pointer of new Set(found)) {
      if (pointer === '' || (idSegment !== undefined && pointer.endsWith(idSegment))) return undefined;
      const fromExample = valueAt(example.body, pointer) ?? valueAt(example.body, pointer.replace(/\/\d+(?=\/|$)/g, '/0'));
      if (fromExample === undefined) return undefined;
      const mended = withValueAt(body, pointer, copyJson(fromExample));
      if (!mended) return undefined;
      body = mended.value;
    }
    current = { ...current, body };
  }
  return breaches(endpoint, current)?.length === 0 ? current : undefined;
}

/**
 * A handler per operation of `data`, for the package's `createHandler`. With `stateful`, the operations of each
 * collection answer from its store (a request with a `Prefer` code or example gets the static answer), and an
 * answer that would break the spec (checked with `endpoints[op].validateResponse`) is replaced by the static one.
 */
export function createMockHandlers(data, endpoints, options = {}) {
  const roles = new Map();
  if (options.stateful) {
    for (const collection of data.collections) {
      const store = new CollectionStore(collection, data);
      for (const role of ['create', 'list', 'read', 'update', 'replace', 'remove'] ) {
        const operation = collection[role];
        if (operation !== undefined && !roles.has(operation)) roles.set(operation, { store, role });
      }
    }
  }
  const handlers = {};
  for (const operation of Object.keys(data.operations)) {
    const mock = data.operations[operation];
    const endpoint = Object.prototype.hasOwnProperty.call(endpoints, operation) ? endpoints[operation] : undefined;
    const handler = async (input) => {
      const preferences = preferencesOf(input ?? {});
      const preferred = staticAnswer(mock, preferences);
      const stateful = roles.get(operation);
      // A preference the spec documents chooses the static answer; one it does not is ignored, here as everywhere.
      const applied = preferred.headers !== undefined && Object.prototype.hasOwnProperty.call(preferred.headers, 'preference-applied');
      if (stateful && !applied) {
        const outcome = statefulOutcome(stateful.store, data, operation, stateful.role, input ?? {});
        const answer = outcome === 'static' ? undefined : keptToSpec(endpoint, outcome.answer, preferred, stateful.store.collection.idField);
        if (outcome !== 'static' && answer !== undefined) {
          outcome.commit?.();
          return answer;
        }
      }
      return preferred;
    };
    defineOwn(handlers, operation, handler);
  }
  return handlers;
}











/** The values a credential may be matched by: a basic credential by its password or as `user:pass`. */
function credentialValues(credentials) {
  switch (credentials.type) {
    case 'bearer':
      return [credentials.token];
    case 'basic':
      return credentials.username === BASIC_USER ? [credentials.password, `${credentials.username}:${credentials.password}`] : [`${credentials.username}:${credentials.password}`];
    case 'apiKey':
      return [credentials.key];
    case 'http':
      return [credentials.value];
    case 'mutualTLS':
      return [];
  }
}

/** The mock's `authenticate`: `token` (or any non-empty credential) gets every scope the scheme declares. */
export function mockAuthenticate(data, options = {}) {
  return ({ scheme, credentials }) => {
    const scopes = Object.prototype.hasOwnProperty.call(data.scopes, scheme) ? data.scopes[scheme] : [];
    const values = credentialValues(credentials);
    if (credentials.type === 'mutualTLS') return options.token === undefined ? { scopes, principal: { mock: true } } : null;
    if (values.some((value) => value === INVALID_CREDENTIAL || value.endsWith(`:${INVALID_CREDENTIAL}`))) return null;
    if (options.tokenWithoutScopes !== undefined && values.includes(options.tokenWithoutScopes)) return { scopes: [], principal: { mock: true } };
    const accepted = options.token !== undefined ? values.includes(options.token) : values.some((value) => value !== '');
    return accepted ? { scopes: [...scopes], principal: { mock: true } } : null;
  };
}
