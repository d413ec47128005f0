// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.








import { errorBodyText, invalidRequestFailure, } from './error-answers.js';
import { essence, isJsonMediaType } from './media-types.js';
import { defineOwn, headerValue, parseQuery } from './parameters-runtime.js';
import { compileRoutes, findRoute, splitPath, } from './route-table.js';
import { checkSecurity, } from './security-runtime.js';
import { hasOwn } from './validation-runtime.js';
import { newRequestId, platform, utf8Bytes, utf8Text, } from './web-platform.js';

;
;

/** Everything the server knows of one operation; generated as constant data. */



























































;

 






































export const TOO_LARGE = Symbol('too large');
/** The key under which a handler made by `createHandler` carries its core, for `createNodeListener`. */
export const SERVER_CORE = Symbol.for('specforge.server-core') ;

/** Thrown by a handler that is not written yet: the server answers 501 in the spec's envelope. */
export class NotImplementedError extends Error {
  constructor(message = 'not implemented') {
    super(message);
    this.name = 'NotImplementedError';
  }
}

/** An answer of a handler that breaks the spec (with `validateResponses`). */
export class ResponseValidationError extends Error {
  constructor(
     operation,
     errors,
  ) {
    super(`${operation} answered what the spec does not allow: ${errors.map((e) => `${e.in}${e.pointer} ${e.message}`).join('; ')}`);this.operation = operation;this.errors = errors;;
    this.name = 'ResponseValidationError';
  }
}

/** What a scaffolded handler throws until it is written. */
export function notImplemented() {
  return new NotImplementedError();
}

const DEFAULT_MAX_BODY = 1024 * 1024;
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];

function accepts(declared, type) {
  const slash = type.indexOf('/');
  for (const media of declared) {
    if (media === type || media === '*/*') return true;
    if (media.endsWith('/*') && slash !== -1 && media.slice(0, -1) === type.slice(0, slash + 1)) return true;
  }
  return false;
}

const RANGES = ['0XX', '1XX', '2XX', '3XX', '4XX', '5XX'];

/** The documented entry for a status: exact, then its range (`4XX`), then `default`. */
function byStatus(table, status) {
  const exact = table[status];
  if (exact !== undefined && Object.prototype.hasOwnProperty.call(table, status)) return exact;
  const range = RANGES[Math.floor(status / 100)];
  if (hasOwn(table, range)) return table[range];
  return hasOwn(table, 'default') ? table.default : undefined;
}

/** One request's answers: its id, made when first needed, and the headers every answer carries. */
class Exchange {
   id = undefined;
   sent = false;
  operation = undefined;
   head;

  constructor(
     incoming,
    /** The request's method, in upper case. */
     method,
     requestIdHeader,
    /** The answers of the operation, once routed; the server's before. */
     errors,
      respond,
  ) {;this.incoming = incoming;this.method = method;this.requestIdHeader = requestIdHeader;this.errors = errors;this.respond = respond;
    this.head = method === 'HEAD';
  }

  /** Answers the request; a second answer (a handler settling twice, say) is dropped. */
  send(outgoing) {
    if (this.sent) return;
    this.sent = true;
    this.respond(outgoing);
  }

  refuse(answer, failure, extraHeaders) {
    this.send(this.error(answer, failure, extraHeaders));
  }

  get requestId() {
    this.id ??= newRequestId();
    return this.id;
  }

  /** The documented request-id header, unless the answer has one already. */
  addRequestId(headers) {
    const header = this.requestIdHeader;
    if (header === undefined) return;
    const lower = header.toLowerCase();
    for (let i = 0; i < headers.length; i++) if (headers[i][0].toLowerCase() === lower) return;
    headers.push([header, this.requestId]);
  }

  answer(status, headers, body) {
    this.addRequestId(headers);
    const empty = status === 204 || status === 304 || (status >= 100 && status < 200);
    return { status, headers, body: empty ? null : body, head: this.head };
  }

  error(answer, failure, extraHeaders = []) {
    if (answer.body === '') return this.answer(answer.status, extraHeaders, null);
    const body = errorBodyText(answer, failure, this.requestId);
    return this.answer(answer.status, [['content-type', answer.contentType], ...extraHeaders], body);
  }
}

function failure(message) {
  return { message, fields: [] };
}

function serialise(answer, documentedType) {
  const headers = [];
  let contentType;
  const given = answer.headers;
  let named = false;
  if (given !== undefined && given !== null) {
    for (const name of Object.keys(given)) {
      const value = given[name];
      const lower = name.toLowerCase();
      // The body's length and framing are the server's to set, from the body it sends.
      if (value === undefined || lower === 'content-length' || lower === 'transfer-encoding') continue;
      if (lower === 'content-type') {
        contentType = String(value);
        named = true;
      }
      if (Array.isArray(value)) for (const item of value) headers.push([name, String(item)]);
      else headers.push([name, String(value)]);
    }
  }
  const body = answer.body;
  if (body === undefined) return { headers, body: null };
  let payload;
  if (typeof body === 'string' && !(documentedType && isJsonMediaType(documentedType) && contentType === undefined)) {
    payload = body;
    contentType ??= documentedType ?? 'text/plain; charset=utf-8';
  } else if (body instanceof Uint8Array) {
    payload = body;
    contentType ??= documentedType ?? 'application/octet-stream';
  } else {
    payload = JSON.stringify(body);
    contentType ??= documentedType && isJsonMediaType(documentedType) ? documentedType : 'application/json';
  }
  if (!named) headers.push(['content-type', contentType]);
  return { headers, body: payload };
}

function lowerCaseRecord(headers) {
  const record = Object.create(null);
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    record[key] = key in record ? `${record[key]}, ${value}` : value;
  }
  return record;
}

/** What `onError` is told; the web request is made only if it is read. */
class ErrorContextValue  {
   operation;
   requestId;
   #exchange;

  constructor(exchange) {
    this.operation = exchange.operation;
    this.requestId = exchange.requestId;
    this.#exchange = exchange;
  }

  get request() {
    return this.#exchange.incoming.webRequest();
  }
}

/** The input an operation's handler receives; the request id and the web `Request` are made only if it reads them. */
class HandlerInputValue {
   #exchange;

  constructor(
     path,
     query,
     headers,
     cookies,
     body,
     auth,
    exchange,
  ) {;this.path = path;this.query = query;this.headers = headers;this.cookies = cookies;this.body = body;this.auth = auth;
    this.#exchange = exchange;
  }

  get requestId() {
    return this.#exchange.requestId;
  }

  get request() {
    return this.#exchange.incoming.webRequest();
  }
}

/** Where `checkSecurity` finds a request's credentials. */
class RequestCredentials  {
  constructor(
      incoming,
      query,
  ) {;this.incoming = incoming;this.query = query;}

  header(name) {
    return headerValue(this.incoming.headers, name);
  }

  queryValue(name) {
    const value = this.query[name];
    return typeof value === 'string' ? value : value?.[0];
  }

  request() {
    return this.incoming.webRequest();
  }
}

/**
 * The server core for a descriptor and its handlers. Throws at construction when an operation that requires
 * security would run without `authenticate`, or when `handlers` names an operation the spec does not have.
 */
export function createServerCore(server, handlers, options = {}) {
  if (typeof handlers !== 'object' || handlers === null) throw new TypeError('createHandler: `handlers` must be an object of operation handlers');
  for (const name of Object.keys(handlers)) {
    if (!hasOwn(server.operations, name)) {
      throw new TypeError(`createHandler: no operation is named ${JSON.stringify(name)}; the operations are ${Object.keys(server.operations).join(', ')}`);
    }
    if (handlers[name] !== undefined && typeof handlers[name] !== 'function') throw new TypeError(`createHandler: the handler for ${name} is not a function`);
  }
  if (!options.authenticate) {
    const secured = Object.keys(server.operations).filter((name) => {
      const security = server.operations[name].security;
      return security.length > 0 && !security.some((requirement) => requirement.length === 0);
    });
    if (secured.length > 0) {
      throw new TypeError(`createHandler: ${secured.join(', ')} require${secured.length === 1 ? 's' : ''} security, and no \`authenticate\` option was given`);
    }
  }
  const basePath = (options.basePath ?? server.basePath).replace(/\/+$/, '');
  const routes = compileRoutes(server.routes);
  // Taken once: a handler is looked up by name on every request, and later changes to the object change nothing.
  const handlerOf = new Map();
  for (const name of Object.keys(handlers)) if (handlers[name] !== undefined) handlerOf.set(name, handlers[name]);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const report = (error, exchange) => {
    if (!options.onError) return;
    try {
      options.onError(error, new ErrorContextValue(exchange));
    } catch {
      // A failing error reporter must not take the answer down with it.
    }
  };

  /** A failure of the server's own, answered in the spec's 500 envelope and reported to `onError`. */
  const internalError = (exchange, error) => {
    report(error, exchange);
    return exchange.error(exchange.errors.internalError, failure('internal server error'));
  };

  /** The request up to its security check, synchronously: routed, its query parsed, its credentials judged. */
  const admit = (incoming, exchange) => {
    const errors = server.errors;
    const target = incoming.target;
    const mark = target.indexOf('?');
    let path = mark === -1 ? target : target.slice(0, mark);
    if (basePath !== '') {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return exchange.refuse(errors.routeNotFound, failure('no operation at this path'));
      path = path.slice(basePath.length) || '/';
    }
    const segments = splitPath(path);
    if (!segments) return exchange.refuse(errors.malformedRequest, failure('the path is not valid percent-encoding'));
    const found = findRoute(routes, segments);
    if (!found) return exchange.refuse(errors.routeNotFound, failure('no operation at this path'));
    const methods = found.node.methods;
    const method = exchange.method;
    let route = methods.get(method);
    if (!route && method === 'HEAD') route = methods.get('GET');
    if (!route) {
      const allowed = [...found.node.allowed];
      if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD');
      allowed.sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
      return exchange.refuse(errors.methodNotAllowed, failure(`method ${method} not allowed`), [['allow', allowed.join(', ')]]);
    }

    const operation = server.operations[route.operation];
    exchange.operation = route.operation;
    exchange.requestIdHeader = operation.requestIdHeader;
    exchange.errors = operation.errors;

    let query;
    try {
      query = parseQuery(mark === -1 ? '' : target.slice(mark + 1));
    } catch {
      return exchange.refuse(operation.errors.malformedRequest, failure('the query is not valid percent-encoding'));
    }
    // A plain object, not one without a prototype: V8 keeps those as dictionaries, slower to make and to read.
    const pathValues = {};
    const parameters = route.parameters;
    for (let i = 0; i < parameters.length; i++) {
      const parameter = parameters[i];
      if (parameter === '__proto__') defineOwn(pathValues, parameter, found.values[i]);
      else pathValues[parameter] = found.values[i];
    }

    const judged = checkSecurity(operation.security, server.schemes, new RequestCredentials(incoming, query), options.authenticate);
    if (judged instanceof Promise) {
      judged.then(
        (security) => {
          try {
            proceed(exchange, operation, pathValues, query, security);
          } catch (error) {
            exchange.send(internalError(exchange, error));
          }
        },
        (error) => exchange.send(internalError(exchange, error)),
      );
    } else proceed(exchange, operation, pathValues, query, judged);
  };

  /** The rest of a request once routed: its security outcome, then its body. */
  const proceed = (
    exchange,
    operation,
    pathValues,
    query,
    security,
  ) => {
    const errors = operation.errors;
    if (!security.ok) {
      const challenge = security.challenge ? [['www-authenticate', security.challenge]] : [];
      const message = security.kind === 'missingScope' ? 'the credentials lack a required scope' : 'authentication required';
      return exchange.refuse(errors[security.kind], failure(message), challenge);
    }
    if (!operation.body) return validated(exchange, operation, pathValues, query, security.auth, undefined);
    const incoming = exchange.incoming;
    const contentLength = headerValue(incoming.headers, 'content-length');
    if (contentLength !== undefined && Number(contentLength) > maxBodyBytes) {
      return exchange.refuse(errors.payloadTooLarge, failure(`the body is larger than ${maxBodyBytes} bytes`));
    }
    incoming.readBody(maxBodyBytes, (error, bytes) => {
      // A body that stops arriving is the client's doing (a dropped connection, an aborted upload), not a failure of
      // the server's own: answered 400 for whoever still listens, and not told to onError.
      if (error !== undefined) return exchange.refuse(errors.malformedRequest, failure('the request body could not be read'));
      try {
        if (bytes === TOO_LARGE) return exchange.refuse(errors.payloadTooLarge, failure(`the body is larger than ${maxBodyBytes} bytes`));
        let body;
        if (bytes !== undefined && bytes.length > 0) {
          body = parseBody(operation.body, headerValue(incoming.headers, 'content-type'), bytes);
          if (body instanceof BodyRefusal) return exchange.refuse(errors[body.kind], failure(body.message));
        }
        validated(exchange, operation, pathValues, query, security.auth, body);
      } catch (thrown) {
        exchange.send(internalError(exchange, thrown));
      }
    });
  };

  /** The request validated and, when it holds, given to its handler. */
  const validated = (
    exchange,
    operation,
    pathValues,
    query,
    auth,
    body,
  ) => {
    const errors = operation.errors;
    const name = exchange.operation;
    const checked = operation.endpoint.validateRequest({ path: pathValues, query, headers: exchange.incoming.headers, body });
    if (!checked.ok) return exchange.refuse(forbiddenAnswer(operation, checked.errors) ?? errors.invalidRequest, invalidRequestFailure(checked.errors));

    const handler = handlerOf.get(name);
    if (!handler) return exchange.refuse(errors.notImplemented, failure(`${name} is not implemented`));
    const value = checked.value ;
    const input = new HandlerInputValue(value.path, value.query, value.headers, value.cookies, value.body, auth, exchange);
    const failed = (error) =>
      error instanceof NotImplementedError ? exchange.refuse(errors.notImplemented, failure(`${name} is not implemented`)) : exchange.send(internalError(exchange, error));
    let pending;
    try {
      pending = (handler )(input);
    } catch (error) {
      return failed(error);
    }
    const answered = (result) => {
      let outgoing;
      try {
        outgoing = finish(exchange, operation, result);
      } catch (error) {
        outgoing = internalError(exchange, error);
      }
      exchange.send(outgoing);
    };
    (pending instanceof Promise ? pending : Promise.resolve(pending)).then(answered, failed);
  };

  /** The handler's answer, checked and serialised. */
  const finish = (exchange, operation, result) => {
    const name = exchange.operation;
    if (typeof result !== 'object' || result === null || !Number.isInteger(result.status) || result.status < 100 || result.status > 599) {
      const what = result === null ? 'null' : typeof result === 'object' ? 'an answer without a valid status' : typeof result;
      return internalError(exchange, new TypeError(`${name} returned ${what}, not { status, body?, headers? }`));
    }
    const { headers, body: payload } = serialise(result, byStatus(operation.media, result.status));
    // The request id the server adds is part of the answer the spec is checked against.
    exchange.addRequestId(headers);
    if (options.validateResponses) {
      const verdict = operation.endpoint.validateResponse(result.status, result.body, lowerCaseRecord(headers));
      if (!verdict.ok) return internalError(exchange, new ResponseValidationError(name, verdict.errors));
    }
    return exchange.answer(result.status, headers, payload);
  };

  return (incoming, respond) => {
    // The method as it came when it is already upper case: Node's are constants, which look-ups by name find at once.
    const method = incoming.method;
    const upper = method.toUpperCase();
    const exchange = new Exchange(incoming, upper === method ? method : upper, server.requestIdHeader, server.errors, respond);
    try {
      admit(incoming, exchange);
    } catch (error) {
      exchange.send(internalError(exchange, error));
    }
  };
}

/** Why a body was refused before validation: the error kind it is answered with, and what is wrong. */
class BodyRefusal {
  constructor(
     kind,
     message,
  ) {;this.kind = kind;this.message = message;}
}

/** A request body as its media type reads: JSON parsed, form data as a record, other text as text, else bytes. */
function parseBody(accepted, contentType, bytes) {
  const type = contentType === undefined ? '' : essence(contentType);
  if (!accepts(accepted, type)) {
    return new BodyRefusal('unsupportedMediaType', type === '' ? 'the body has no content type' : `the body's media type ${type} is not accepted`);
  }
  const json = isJsonMediaType(type);
  if (!json && !type.startsWith('text/') && type !== 'application/x-www-form-urlencoded') return bytes;
  let text;
  try {
    text = utf8Text(bytes);
  } catch {
    return new BodyRefusal('malformedRequest', 'the body is not UTF-8 text');
  }
  if (json) {
    try {
      return JSON.parse(text) ;
    } catch {
      return new BodyRefusal('malformedRequest', 'the body is not valid JSON');
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    try {
      return parseQuery(text);
    } catch {
      return new BodyRefusal('malformedRequest', 'the body is not valid form data');
    }
  }
  return text;
}

/** The documented answer of a forbidden field the request sent, if any. */
function forbiddenAnswer(operation, errors) {
  if (!operation.forbidden) return undefined;
  for (const entry of operation.forbidden) {
    if (errors.some((error) => error.in === 'body' && (error.pointer === entry.pointer || error.pointer.startsWith(`${entry.pointer}/`)))) return entry.answer;
  }
  return undefined;
}

async function readWebBody(request, limit) {
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  reader.releaseLock();
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function incomingFromWeb(request) {
  const headers = Object.create(null);
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#');
  return {
    method: request.method,
    target: start === -1 ? '/' : url.slice(start, hash === -1 ? undefined : hash),
    headers,
    webRequest: () => request ,
    readBody: (limit, done) => {
      readWebBody(request, limit).then(
        (bytes) => done(undefined, bytes),
        (error) => done(error ?? new Error('the request body could not be read'), undefined),
      );
    },
  };
}

/** A web `Response` of the core's answer. */
function toWebResponse(outgoing) {
  const headers = outgoing.headers;
  if (outgoing.head && outgoing.body !== null) {
    const length = typeof outgoing.body === 'string' ? utf8Bytes(outgoing.body).length : outgoing.body.length;
    headers.push(['content-length', String(length)]);
  }
  return new (platform().Response)(outgoing.head ? null : outgoing.body, { status: outgoing.status, headers }) ;
}

/** The web handler of a server core: what `createHandler` returns, carrying the core for `createNodeListener`. */
export function webHandler(core) {
  const handler = (request) =>
    new Promise((resolve, reject) => {
      core(incomingFromWeb(request ), (outgoing) => {
        try {
          resolve(toWebResponse(outgoing));
        } catch (error) {
          reject(error);
        }
      });
    });
  Object.defineProperty(handler, SERVER_CORE, { value: core });
  return handler;
}
