// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.










import { encodeBody, encodeParameters, } from './request-encoding.js';



 



























































































































/**
 * A call that did not give a response to read: the request broke the spec (`invalidRequest`, with `errors`), it could
 * not be sent or answered (`network`), took longer than its timeout (`timeout`), was aborted by its signal
 * (`aborted`), or the response could not be read or broke the spec (`invalidResponse`). `cause` is the original.
 */
export class ClientError extends Error {
   kind;
  /** The operation's name in code. */
   operation;
  /** What broke the spec, for `invalidRequest` and `invalidResponse`, as `validateRequest` and `validateResponse` say it. */
   errors;
  /** The response, for `invalidResponse`. */
   response;

  constructor(kind, operation, message, details = {}) {
    super(message, 'cause' in details ? { cause: details.cause } : undefined);
    this.name = 'ClientError';
    this.kind = kind;
    this.operation = operation;
    this.errors = details.errors ?? [];
    this.response = details.response;
  }
}

/** A client's settings, checked once: what every call of the operations reads. */











const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const RETRY_STATUSES = [408, 425, 429, 500, 502, 503, 504];

/** A client's settings, checked: a wrong option throws a `TypeError` naming it, here and not at the first call. */
export function connection(descriptor, options = {}) {
  if (typeof options !== 'object' || options === null) throw new TypeError('the client options must be an object');
  const baseUrl = (options.baseUrl ?? descriptor.baseUrl ?? '').replace(/\/+$/, '');
  if (baseUrl === '' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) || baseUrl.includes('{')) {
    // Without a baseUrl: the spec names no server the client can call (none, a relative one, or one with variables).
    const given = options.baseUrl === undefined ? 'the spec names no absolute server URL without variables' : `baseUrl ${JSON.stringify(options.baseUrl)} is not an absolute URL`;
    throw new TypeError(`${given}: give the client a baseUrl such as "https://api.example.com"`);
  }
  const send = options.fetch ?? (globalThis ).fetch?.bind(globalThis);
  if (typeof send !== 'function') throw new TypeError('fetch is not a function: give the client a fetch, or run it where fetch is global');
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) throw new TypeError(`timeoutMs ${String(options.timeoutMs)} is not a positive number of milliseconds`);
  if ((options.validateRequests || options.validateResponses) && options.endpoints === undefined) {
    throw new TypeError('validateRequests and validateResponses need the package\'s endpoints: use createClient, or give connect the endpoints');
  }
  const headers = options.headers ?? {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    const refuse = (why) => {
      throw new TypeError(`headers ${JSON.stringify(name)}: ${why}`);
    };
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) refuse('the name is not an HTTP header name');
    if (typeof value !== 'string') refuse('the value is not a string');
    if (/[\r\n\0]/.test(value )) refuse('the value holds a line break or NUL, which a header cannot carry');
    if (/[^\0-\xff]/.test(value )) refuse('the value holds a character beyond Latin-1, which a header cannot carry');
  }
  const retry = options.retry ?? { attempts: 1 };
  const attempts = retry.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) throw new TypeError(`retry.attempts ${String(attempts)} is not a whole number of at least 1`);
  const resolved = {
    options,
    descriptor,
    baseUrl,
    send,
    retry: { attempts, statuses: retry.statuses ?? RETRY_STATUSES, delayMs: retry.delayMs ?? 200, maxDelayMs: retry.maxDelayMs ?? 30_000 },
  };
  return resolved;
}

/** The input of any operation: its request's parts by location, its body and call options. */












/** Sends one operation's request and reads its response (see the module's comment). */
export async function call(client, operation, input) {
  const resolved = client ;
  const given = input ?? {};
  const { options } = resolved;
  const signal = given.signal;
  if (signal?.aborted) throw new ClientError('aborted', operation.name, `${operation.name} was aborted before it was sent`, { cause: signal.reason });
  if (given.timeoutMs !== undefined && !(given.timeoutMs > 0)) throw new TypeError(`timeoutMs ${String(given.timeoutMs)} is not a positive number of milliseconds`);

  let encoded;
  let body;
  try {
    encoded = encodeParameters(operation.path, operation.parameters, { path: given.path, query: given.query, headers: given.headers, cookies: given.cookies });
    if (given.body !== undefined) {
      if (!operation.body) throw new TypeError(`${operation.name} takes no request body`);
      const mediaType = given.contentType ?? operation.body[0];
      if (!operation.body.includes(mediaType)) throw new TypeError(`${operation.name} takes no ${mediaType} body (it takes ${operation.body.join(', ')})`);
      body = encodeBody(mediaType, given.body);
    }
  } catch (error) {
    throw new ClientError('invalidRequest', operation.name, `${operation.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  const credentials = await credentialsFor(resolved, operation);
  const headers = new Map();
  const setHeader = (name, value) => void headers.set(name.toLowerCase(), [name, value]);
  for (const name of Object.keys(options.headers ?? {})) setHeader(name, options.headers[name]);
  for (const [name, value] of encoded.headers) setHeader(name, value);
  for (const [name, value] of credentials.headers) setHeader(name, value);
  if (credentials.cookies.length > 0) {
    const existing = headers.get('cookie');
    setHeader('cookie', [...(existing ? [existing[1]] : []), ...credentials.cookies].join('; '));
  }
  if (body?.contentType !== undefined) setHeader('content-type', body.contentType);
  if (operation.idempotencyKey !== undefined && !headers.has(operation.idempotencyKey.toLowerCase())) {
    setHeader(operation.idempotencyKey, randomKey());
  }
  let target = encoded.target;
  if (credentials.query.length > 0) target += (target.includes('?') ? '&' : '?') + credentials.query.join('&');

  const endpoints = options.endpoints ;
  const endpointKey = operation.id ?? operation.name;
  const endpoint = endpoints !== undefined && Object.prototype.hasOwnProperty.call(endpoints, endpointKey) ? endpoints[endpointKey] : undefined;
  if (options.validateRequests && endpoint) {
    const wireHeaders = Object.create(null) ;
    for (const [key, [, value]] of headers) wireHeaders[key] = value;
    const checked = endpoint.validateRequest({ path: encoded.wire.path, query: encoded.wire.query, headers: wireHeaders, body: body?.wire });
    if (!checked.ok) {
      const first = checked.errors[0];
      throw new ClientError('invalidRequest', operation.name, `${operation.name}: the request breaks the spec: ${first.in} ${first.pointer || '(the whole)'}: ${first.message}`, { errors: checked.errors });
    }
  }

  const url = resolved.baseUrl + target;
  const headerList = [...headers.values()];
  const retriable = (IDEMPOTENT.has(operation.method) || operation.idempotencyKey !== undefined) && !isStream(body?.body);
  const attempts = retriable ? resolved.retry.attempts : 1;
  const timeoutMs = given.timeoutMs ?? options.timeoutMs;

  for (let attempt = 1; ; attempt++) {
    const last = attempt >= attempts;
    let outcome;
    try {
      outcome = await attemptOnce(resolved, operation, url, headerList, body?.body, signal, timeoutMs, attempt, last);
    } catch (error) {
      const failure = error ;
      if (last || failure.kind === 'aborted' || failure.kind === 'invalidResponse') throw failure;
      await wait(backoff(resolved, attempt), signal, operation);
      continue;
    }
    if ('retryAfter' in outcome) {
      await wait(outcome.retryAfter, signal, operation);
      continue;
    }
    return finish(resolved, operation, outcome.response, outcome.body, endpoint);
  }
}



/** One attempt: sent, and its response read (or, when another attempt should follow, the wait before it). */
async function attemptOnce(
  client,
  operation,
  url,
  headers,
  body,
  signal,
  timeoutMs,
  attempt,
  last,
) {
  // A signal aborted already (while the token was asked for, say) fires no event: the attempt is not sent.
  if ((signal )?.aborted) {
    throw new ClientError('aborted', operation.name, `${operation.name} was aborted`, { cause: (signal ).reason });
  }
  // Only an attempt that a signal or a timeout can stop needs a controller, and its sending and reading raced
  // against it: without either (the common call) none is made, which is most of an attempt's own cost.
  const timed = timeoutMs !== undefined && timeoutMs !== Infinity;
  const controller = signal === undefined && !timed ? undefined : new AbortController();
  let timedOut = false;
  const timer = !timed ? undefined : setTimeout(() => {
    timedOut = true;
    controller.abort(timeoutError(`${operation.name} took longer than ${String(timeoutMs)} ms`));
  }, timerDelay(timeoutMs));
  const onAbort = () => controller.abort((signal ).reason);
  (signal )?.addEventListener('abort', onAbort);
  let stopped;
  if (controller !== undefined) {
    stopped = new Promise((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason ));
    });
    stopped.catch(() => undefined);
  }
  const unlessStopped = (work) => (stopped === undefined ? work : Promise.race([work, stopped]));
  try {
    const init = { method: operation.method, headers: headers  };
    if (controller !== undefined) init.signal = controller.signal;
    if (body !== undefined) init.body = body ;
    if (isStream(body)) init.duplex = 'half';
    const request = new Request(url, init) ;
    const response = await unlessStopped(client.send(request));
    if (!last && client.retry.statuses.includes(response.status)) {
      const delay = retryDelay(client, response, attempt);
      if (delay !== undefined) {
        void (response ).body?.cancel().catch(() => undefined);
        return { retryAfter: delay };
      }
    }
    const read = await unlessStopped(readBody(operation, response));
    return { response, body: read };
  } catch (error) {
    if (error instanceof ClientError) throw error;
    if ((signal )?.aborted) {
      throw new ClientError('aborted', operation.name, `${operation.name} was aborted`, { cause: (signal ).reason });
    }
    if (timedOut) throw new ClientError('timeout', operation.name, `${operation.name} took longer than ${String(timeoutMs)} ms`, { cause: error });
    throw new ClientError('network', operation.name, `${operation.name} could not be sent or answered: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    (signal )?.removeEventListener('abort', onAbort);
  }
}

/** The wait a retried status asks for (`Retry-After`, seconds or a date), else the backoff; undefined when it asks too much. */
function retryDelay(client, response, attempt) {
  const header = response.headers.get('retry-after');
  if (header === null || header.trim() === '') return backoff(client, attempt);
  const text = header.trim();
  // Whole seconds, or an HTTP date, which starts with its day's name (Date.parse would read "1.5" as a day in 2001).
  const delay = /^\d+$/.test(text) ? Number(text) * 1000 : /^[a-z]{3}/i.test(text) ? Date.parse(text) - Date.now() : Number.NaN;
  if (Number.isNaN(delay)) return backoff(client, attempt);
  const wanted = Math.max(0, delay);
  return wanted > client.retry.maxDelayMs ? undefined : wanted;
}

function backoff(client, attempt) {
  return Math.min(client.retry.delayMs * 2 ** (attempt - 1), client.retry.maxDelayMs);
}

/** The longest delay `setTimeout` keeps: a longer one (or Infinity) it takes as 1 ms. */
const LONGEST_TIMER = 2_147_483_647;

/** What a timed-out attempt is aborted with, and the `cause` of its `ClientError`: the platform's own kind of timeout. */
function timeoutError(message) {
  const DOMExceptionClass = (globalThis ).DOMException;
  if (DOMExceptionClass) return new DOMExceptionClass(message, 'TimeoutError');
  const error = new Error(message);
  error.name = 'TimeoutError';
  return error;
}

function timerDelay(ms) {
  return Math.min(ms, LONGEST_TIMER);
}

function wait(ms, signal, operation) {
  const abortable = signal ;
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(new ClientError('aborted', operation.name, `${operation.name} was aborted`, { cause: abortable?.reason }));
    };
    const timer = setTimeout(() => {
      abortable?.removeEventListener('abort', aborted);
      resolve();
    }, timerDelay(ms));
    if (abortable?.aborted) aborted();
    else abortable?.addEventListener('abort', aborted);
  });
}

const NO_BODY_STATUSES = new Set([204, 205, 304]);

/** A response body as its media type reads: JSON parsed, text as text, other bytes as bytes; none for 204 and HEAD. */
async function readBody(operation, response) {
  const readable = response ;
  if (operation.method === 'HEAD' || NO_BODY_STATUSES.has(response.status)) {
    void readable.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    const text = await readable.text();
    if (text === '') return undefined;
    try {
      return JSON.parse(text) ;
    } catch (error) {
      throw new ClientError('invalidResponse', operation.name, `${operation.name}: the ${response.status} response's body is not valid JSON`, { cause: error, response });
    }
  }
  if (type.startsWith('text/') || type === 'application/xml' || type.endsWith('+xml') || type === 'application/x-www-form-urlencoded') return readable.text();
  const bytes = new Uint8Array(await readable.arrayBuffer());
  return bytes.length === 0 && type === '' ? undefined : bytes;
}

function documents(statuses, status) {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  return statuses.some((key) => key === exact || key.toUpperCase() === range || key === 'default');
}

function finish(client, operation, response, body, endpoint) {
  const status = response.status;
  if (client.options.validateResponses && endpoint) {
    const headers = Object.create(null) ;
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const checked = endpoint.validateResponse(status, body, headers );
    if (!checked.ok) {
      const first = checked.errors[0];
      throw new ClientError('invalidResponse', operation.name, `${operation.name}: the ${status} response breaks the spec: ${first.in} ${first.pointer || '(the whole)'}: ${first.message}`, { errors: checked.errors, response });
    }
  }
  return { status, documented: documents(operation.statuses, status), body, headers: response.headers , response } ;
}








/** The credentials of the first of the operation's alternatives the client can satisfy; none when it can satisfy none. */
async function credentialsFor(client, operation) {
  const out = { headers: [], query: [], cookies: [] };
  const { token, basic } = client.options;
  if (token === undefined && basic === undefined) return out;
  const schemes = client.descriptor.schemes;
  const can = (name) => {
    const scheme = Object.prototype.hasOwnProperty.call(schemes, name) ? schemes[name] : undefined;
    if (!scheme) return false;
    if (scheme.type === 'http' && scheme.scheme === 'basic') return basic !== undefined;
    return token !== undefined && (scheme.type === 'apiKey' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect' || (scheme.type === 'http' && scheme.scheme === 'bearer'));
  };
  const chosen = operation.security.find((requirement) => requirement.length > 0 && requirement.every(can));
  if (!chosen) return out;
  let value;
  for (const name of chosen) {
    const scheme = schemes[name];
    if (scheme.type === 'http' && scheme.scheme === 'basic') {
      out.headers.push(['Authorization', `Basic ${base64(`${basic.username}:${basic.password}`)}`]);
      continue;
    }
    value ??= typeof token === 'function' ? await token() : token;
    if (/[\r\n]/.test(value)) throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token holds a line break`);
    if (scheme.type === 'apiKey') {
      const keyName = scheme.name ?? '';
      if (scheme.in === 'query') out.query.push(`${encodeURIComponent(keyName)}=${encodeURIComponent(value)}`);
      else if (scheme.in === 'cookie') {
        // As it is, as servers read cookies (the package's own among them); what a cookie cannot carry is refused.
        if (value.includes(';') || /[^\x20-\xff]/.test(value) || /^[ \t]|[ \t]$/.test(value)) {
          throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token cannot be sent as the cookie ${JSON.stringify(keyName)}: it holds ";", a character beyond Latin-1, or blanks at either end`);
        }
        out.cookies.push(`${keyName}=${value}`);
      }
      else out.headers.push([keyName, value]);
    } else {
      out.headers.push(['Authorization', `Bearer ${value}`]);
    }
  }
  return out;
}

function base64(text) {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function randomKey() {
  const crypto = (globalThis ).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function isStream(body) {
  return typeof body === 'object' && body !== null && typeof (body ).getReader === 'function';
}

/** A client object with one method per operation, each `call` with its operation. */
export function bindOperations(client, operations) {
  const methods = Object.create(null) ;
  for (const name of Object.keys(operations)) {
    const operation = operations[name];
    Object.defineProperty(methods, name, { value: (input) => call(client, operation, input), enumerable: true });
  }
  return methods;
}
