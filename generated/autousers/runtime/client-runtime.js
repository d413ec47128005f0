// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.










import { essence, isJsonMediaType } from './media-types.js';
import { encodeParametersWith, } from './request-encoding.js';



 


































































































































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
export function connection(descriptor, options = {}, checks) {
  if (typeof options !== 'object' || options === null) throw new TypeError('the client options must be an object');
  const baseUrl = (options.baseUrl ?? descriptor.baseUrl ?? '').replace(/\/+$/, '');
  if (baseUrl === '' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) || baseUrl.includes('{')) {
    // Without a baseUrl: the spec names no server the client can call (none, a relative one, or one with variables).
    const given = options.baseUrl === undefined ? 'the spec names no absolute server URL without variables' : `baseUrl ${JSON.stringify(options.baseUrl)} is not an absolute URL`;
    throw new TypeError(`${given}: give the client a baseUrl such as "https://api.example.com"`);
  }
  const send = options.fetch ?? (globalThis ).fetch?.bind(globalThis);
  if (typeof send !== 'function') throw new TypeError('fetch is not a function: give the client a fetch');
  checkTimeout(options.timeoutMs);
  if ((options.validateRequests || options.validateResponses) && (checks === undefined || options.endpoints === undefined)) {
    throw new TypeError('connect makes no checks: use createClient for validateRequests and validateResponses');
  }
  const headers = options.headers ?? {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    const refuse = (why) => {
      throw new TypeError(`headers ${JSON.stringify(name)}: ${why}`);
    };
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) refuse('the name is not an HTTP header name');
    if (typeof value !== 'string') refuse('the value is not a string');
    if (/[\r\n\0]|[^\0-\xff]/.test(value )) refuse('the value holds a line break, a NUL or a character beyond Latin-1, which a header cannot carry');
  }
  const retry = options.retry ?? { attempts: 1 };
  const attempts = retry.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) throw new TypeError(`retry.attempts ${String(attempts)} is not a whole number of at least 1`);
  const resolved = {
    options,
    descriptor,
    checks,
    baseUrl,
    send,
    retry: { attempts, statuses: retry.statuses ?? RETRY_STATUSES, delayMs: retry.delayMs ?? 200, maxDelayMs: retry.maxDelayMs ?? 30_000 },
  };
  return resolved;
}

/** Refuses a timeout that is not a positive number of milliseconds (a client's, or one call's). */
function checkTimeout(timeoutMs) {
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new TypeError(`timeoutMs ${String(timeoutMs)} is not a positive number of milliseconds`);
}

/** The input of any operation: its request's parts by location, its body and call options. */












/** Sends one operation's request and reads its response (see the module's comment). */
export async function call(client, operation, input) {
  const resolved = client ;
  const given = input ?? {};
  const { options } = resolved;
  const signal = given.signal;
  if (signal?.aborted) throw new ClientError('aborted', operation.name, `${operation.name} was aborted before it was sent`, { cause: signal.reason });
  checkTimeout(given.timeoutMs);

  let encoded;
  let body;
  try {
    encoded = encodeParametersWith(operation.encoders, operation.path, operation.parameters, { path: given.path, query: given.query, headers: given.headers, cookies: given.cookies });
    if (given.body !== undefined) {
      if (!operation.body) throw new TypeError(`${operation.name} takes no request body`);
      const mediaType = given.contentType ?? operation.body[0][0];
      const accepted = operation.body.find(([type]) => type === mediaType);
      if (!accepted) throw new TypeError(`${operation.name} takes no ${mediaType} body (it takes ${operation.body.map(([type]) => type).join(', ')})`);
      body = accepted[1](mediaType, given.body);
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

  const checks = resolved.checks;
  if (options.validateRequests && checks) {
    const wireHeaders = Object.create(null) ;
    for (const [key, [, value]] of headers) wireHeaders[key] = value;
    checks.request(options, operation, { path: encoded.wire.path, query: encoded.wire.query, headers: wireHeaders, body: body?.wire });
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
    return finish(resolved, operation, outcome.response, outcome.body);
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
    throw aborted(operation, signal);
  }
  // Only an attempt that a signal or a timeout can stop needs a controller, and its sending and reading raced
  // against it: without either (the common call) none is made, which is most of an attempt's own cost.
  const timed = timeoutMs !== undefined && timeoutMs !== Infinity;
  const controller = signal === undefined && !timed ? undefined : new AbortController();
  let timedOut = false;
  const late = timed ? `${operation.name} took longer than ${timeoutMs} ms` : '';
  const timer = !timed ? undefined : setTimeout(() => {
    timedOut = true;
    controller.abort(timeoutError(late));
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
      throw aborted(operation, signal);
    }
    if (timedOut) throw new ClientError('timeout', operation.name, late, { cause: error });
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

function aborted(operation, signal) {
  return new ClientError('aborted', operation.name, `${operation.name} was aborted`, { cause: (signal )?.reason });
}

/** What a timed-out attempt is aborted with, and the `cause` of its `ClientError`: the platform's own kind of timeout. */
function timeoutError(message) {
  return new DOMException(message, 'TimeoutError');
}

function timerDelay(ms) {
  return Math.min(ms, LONGEST_TIMER);
}

function wait(ms, signal, operation) {
  const abortable = signal ;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted(operation, signal));
    };
    const timer = setTimeout(() => {
      abortable?.removeEventListener('abort', onAbort);
      resolve();
    }, timerDelay(ms));
    if (abortable?.aborted) onAbort();
    else abortable?.addEventListener('abort', onAbort);
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
  const type = essence(response.headers.get('content-type') ?? '');
  if (isJsonMediaType(type)) {
    const text = await readable.text();
    if (text === '') return undefined;
    try {
      return JSON.parse(text) ;
    } catch (error) {
      throw new ClientError('invalidResponse', operation.name, `${operation.name}: the ${response.status} response's body is not valid JSON`, { cause: error, response });
    }
  }
  if (/^text\/|^application\/xml$|\+xml$|^application\/x-www-form-urlencoded$/.test(type)) return readable.text();
  const bytes = new Uint8Array(await readable.arrayBuffer());
  return bytes.length === 0 && type === '' ? undefined : bytes;
}

function documents(statuses, status) {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  return statuses.some((key) => key === exact || key.toUpperCase() === range || key === 'default');
}

function finish(client, operation, response, body) {
  const status = response.status;
  if (client.options.validateResponses && client.checks) client.checks.response(client.options, operation, response, body);
  return { status, documented: documents(operation.statuses, status), body, headers: response.headers , response } ;
}

/**
 * The checks of `validateRequests` and `validateResponses`, by the package's `endpoints`. `createClient` gives them to
 * its connection; `connect` does not, so that a bundle of a few calls does not carry them.
 */





function endpointOf(options, operation) {
  const endpoints = options.endpoints ;
  const key = operation.id ?? operation.name;
  return endpoints !== undefined && Object.prototype.hasOwnProperty.call(endpoints, key) ? endpoints[key] : undefined;
}

function firstError(errors) {
  const first = errors[0];
  return `${first.in} ${first.pointer || '(the whole)'}: ${first.message}`;
}

export const clientChecks = {
  request(options, operation, request) {
    const checked = endpointOf(options, operation)?.validateRequest(request);
    if (checked && !checked.ok) {
      throw new ClientError('invalidRequest', operation.name, `${operation.name}: the request breaks the spec: ${firstError(checked.errors)}`, { errors: checked.errors });
    }
  },
  response(options, operation, response, body) {
    const headers = Object.create(null) ;
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const checked = endpointOf(options, operation)?.validateResponse(response.status, body, headers );
    if (checked && !checked.ok) {
      throw new ClientError('invalidResponse', operation.name, `${operation.name}: the ${response.status} response breaks the spec: ${firstError(checked.errors)}`, { errors: checked.errors, response });
    }
  },
};

/** The credentials of one request, by where they go. */


















/** `Authorization: Bearer …`: http bearer, OAuth 2 and OpenID Connect schemes. */
export const bearerCredential = {
  from: 'token',
  place: (_scheme, value, out) => void out.headers.push(['Authorization', `Bearer ${value}`]),
};

/** `Authorization: Basic …`, from `basic`. */
export const basicCredential = {
  from: 'basic',
  place(_scheme, value, out) {
    let binary = '';
    for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
    out.headers.push(['Authorization', `Basic ${btoa(binary)}`]);
  },
};

/** An API key in its header, query parameter or cookie. */
export const apiKeyCredential = {
  from: 'token',
  place(scheme, value, out) {
    const keyName = scheme.name ?? '';
    if (scheme.in === 'query') out.query.push(`${encodeURIComponent(keyName)}=${encodeURIComponent(value)}`);
    else if (scheme.in === 'cookie') {
      // As it is, as servers read cookies (the package's own among them); what a cookie cannot carry is refused.
      if (value.includes(';') || /[^\x20-\xff]/.test(value) || /^[ \t]|[ \t]$/.test(value)) {
        throw new TypeError(`the token cannot be sent as the cookie ${JSON.stringify(keyName)}: it holds ";", a character beyond Latin-1, or blanks at either end`);
      }
      out.cookies.push(`${keyName}=${value}`);
    } else out.headers.push([keyName, value]);
  },
};

/** The credentials of the first of the operation's alternatives the client can satisfy; none when it can satisfy none. */
async function credentialsFor(client, operation) {
  const out = { headers: [], query: [], cookies: [] };
  const { token, basic } = client.options;
  if (token === undefined && basic === undefined) return out;
  const schemes = client.descriptor.schemes;
  const can = (name) => {
    const credential = Object.prototype.hasOwnProperty.call(schemes, name) ? schemes[name].credential : undefined;
    return credential !== undefined && (credential.from === 'basic' ? basic !== undefined : token !== undefined);
  };
  const chosen = operation.security.find((requirement) => requirement.length > 0 && requirement.every(can));
  if (!chosen) return out;
  let tokenValue;
  for (const name of chosen) {
    const scheme = schemes[name];
    const credential = scheme.credential;
    let value;
    if (credential.from === 'basic') value = `${basic.username}:${basic.password}`;
    else {
      try {
        value = tokenValue ??= typeof token === 'function' ? await token() : token;
      } catch (error) {
        throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token function failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (typeof value !== 'string') throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token is not a string`);
      if (/[\r\n]/.test(value)) throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token holds a line break`);
    }
    try {
      credential.place(scheme, value, out);
    } catch (error) {
      throw new ClientError('invalidRequest', operation.name, `${operation.name}: ${(error ).message}`, { cause: error });
    }
  }
  return out;
}

function randomKey() {
  const crypto = (globalThis ).crypto;
  // randomUUID is missing only outside secure contexts (a page on plain http).
  return crypto?.randomUUID ? crypto.randomUUID() : Math.random().toString(36).slice(2) + Date.now().toString(36);
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
