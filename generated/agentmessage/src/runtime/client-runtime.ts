// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * What every generated client is made of: an operation's request put on the wire as the spec declares it
 * (parameters by style, body by media type, credentials where the security scheme says), sent with `fetch` (or
 * anything that answers a `Request` with a `Response`, such as the package's own handler), retried when it is safe,
 * and its response read by its media type and told documented or not by its status. Documented error statuses are
 * results; a request that cannot be sent or answered rejects with a `ClientError`. Part of every generated package
 * with a client; depends only on its sibling runtime modules.
 */
import type { Endpoint, RequestError, RequestInput, ResponseError } from './endpoint-runtime.js';
import type { WireRecord } from './parameters-runtime.js';
import { essence, isJsonMediaType } from './media-types.js';
import { encodeParametersWith, type BodyEncoder, type EncodedBody, type EncodedParameters, type ParameterEncoders, type ParameterEncoding } from './request-encoding.js';
import type { SecurityScheme } from './security-runtime.js';
import type { GlobalInstance, HeadersLike, WebRequest, WebResponse } from './web-platform.js';

export type ClientMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** One operation as the client sends it, written by the generator from the spec. */
export interface ClientOperation {
  /** The operation's name in code, for messages. */
  readonly name: string;
  /** The operationId as the spec writes it, where it is not `name`: the key of its entry in `endpoints`. */
  readonly id?: string;
  readonly method: ClientMethod;
  /** The path template as the spec writes it (`/webhooks/{id}`), below the base URL. */
  readonly path: string;
  readonly parameters: readonly ParameterEncoding[];
  /** The request body's media types, the first sent unless the call names another. */
  readonly body?: readonly (readonly [mediaType: string, encoder: BodyEncoder])[];
  /** The encoders of the locations the operation has parameters in (a bundle carries only those its calls use). */
  readonly encoders: ParameterEncoders;
  /** Alternatives, each the names of the schemes it needs together; an empty one means anonymous access. */
  readonly security: readonly (readonly string[])[];
  /** The documented status keys as the spec writes them: `200`, `4XX`, `default`. */
  readonly statuses: readonly string[];
  /** The name of the operation's `Idempotency-Key` header parameter, as written: a POST with one may be retried. */
  readonly idempotencyKey?: string;
}

/** What the whole API's client shares: the default base URL (the spec's first server) and its security schemes. */
export interface ClientDescriptor {
  readonly baseUrl: string | undefined;
  readonly schemes: { readonly [name: string]: ClientScheme };
}

/** A security scheme of the API, and how the client sends its credential (none for a kind it cannot send). */
export interface ClientScheme extends SecurityScheme {
  readonly credential?: CredentialPlacement;
}

export type EndpointTable = { readonly [operation: string]: Endpoint<unknown> };

interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The platform's `AbortSignal` where the consumer's settings declare it. */
export type WebAbortSignal = GlobalInstance<'AbortSignal', AbortSignalLike>;
/** The platform's `Headers` where the consumer's settings declare it. */
export type WebHeaders = GlobalInstance<'Headers', HeadersLike>;
/** The platform's `Blob`, for files in bodies. */
export type WebBlob = GlobalInstance<'Blob', { readonly size: number; readonly type: string }>;
/** The platform's `FormData`, accepted as a `multipart/form-data` body as it is. */
export type WebFormData = GlobalInstance<'FormData', { append(name: string, value: string): void }>;
/** A binary body: bytes, a file, or text sent as it is. */
export type BinaryBody = WebBlob | ArrayBuffer | ArrayBufferView | string;

/** What the client sends requests with: the platform's `fetch`, or anything that answers a `Request` with a `Response`. */
export type FetchFunction = (request: WebRequest) => Promise<WebResponse>;

/**
 * Retries of a request that failed in a way another try may not: a network failure, a timeout, or an answer whose
 * status is in `statuses`. Only idempotent methods are retried, and a POST or PATCH that takes an `Idempotency-Key`
 * header (the client sets one, once, and sends it with every attempt). `Retry-After` is honoured up to `maxDelayMs`;
 * an answer that asks for longer is returned as it is.
 */
export interface RetryOptions {
  /** Attempts in all, the first included (at least 1; 3 when `retry` is given without it). */
  readonly attempts?: number | undefined;
  /** Statuses worth another try (408, 425, 429, 500, 502, 503, 504 when not given). */
  readonly statuses?: readonly number[] | undefined;
  /** The wait before the second attempt when the answer names none, doubled for each next one (200 ms). */
  readonly delayMs?: number | undefined;
  /** The longest wait, `Retry-After` included (30 s). */
  readonly maxDelayMs?: number | undefined;
}

export interface ClientOptions {
  /** Where the API is: the spec's first server URL when not given. */
  readonly baseUrl?: string | undefined;
  /**
   * The credential, sent where the operation's security scheme says: `Authorization: Bearer …` for bearer, OAuth 2
   * and OpenID Connect schemes, the key's header, query parameter or cookie for API keys. A function is asked for
   * every request (it may refresh the token).
   */
  readonly token?: string | (() => string | Promise<string>) | undefined;
  /** For `http` `basic` schemes. */
  readonly basic?: { readonly username: string; readonly password: string } | undefined;
  /** Headers sent with every request; an operation's own header parameters win over them. */
  readonly headers?: { readonly [name: string]: string } | undefined;
  /** `globalThis.fetch` when not given. */
  readonly fetch?: FetchFunction | undefined;
  /** Check each request against the spec before it is sent: one that breaks it rejects with `ClientError` (`invalidRequest`). */
  readonly validateRequests?: boolean | undefined;
  /** Check each response against the spec: one that breaks it rejects with `ClientError` (`invalidResponse`). */
  readonly validateResponses?: boolean | undefined;
  /** Give up on an attempt after this long (the body read included): `ClientError` (`timeout`). `Infinity` sets none. */
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryOptions | undefined;
  /**
   * The package's `endpoints`, which the checks need: `createClient` passes them; give them to `connect` to check.
   * Typed `object`, as the package's `Endpoints` is an interface, which no index-signature type accepts.
   */
  readonly endpoints?: object | undefined;
}

/** What one call takes besides the request's parts. */
export interface CallOptions {
  readonly signal?: WebAbortSignal | undefined;
  /** This call's timeout, instead of the client's (`Infinity` for none); not a positive number, the call rejects with a TypeError. */
  readonly timeoutMs?: number | undefined;
}

/** A response of a documented status, with that status's body. */
export interface DocumentedResponse<TStatus extends number, TBody> {
  readonly status: TStatus;
  readonly documented: true;
  readonly body: TBody;
  readonly headers: WebHeaders;
  readonly response: WebResponse;
}

/** A response of a status the spec does not document: its body as it came (JSON parsed, text, or bytes). */
export interface UndocumentedResponse<TStatus extends number> {
  readonly status: TStatus;
  readonly documented: false;
  readonly body: unknown;
  readonly headers: WebHeaders;
  readonly response: WebResponse;
}

export type ClientErrorKind = 'invalidRequest' | 'network' | 'timeout' | 'aborted' | 'invalidResponse';

/**
 * A call that did not give a response to read: the request broke the spec (`invalidRequest`, with `errors`), it could
 * not be sent or answered (`network`), took longer than its timeout (`timeout`), was aborted by its signal
 * (`aborted`), or the response could not be read or broke the spec (`invalidResponse`). `cause` is the original.
 */
export class ClientError extends Error {
  readonly kind: ClientErrorKind;
  /** The operation's name in code. */
  readonly operation: string;
  /** What broke the spec, for `invalidRequest` and `invalidResponse`, as `validateRequest` and `validateResponse` say it. */
  readonly errors: readonly (RequestError | ResponseError)[];
  /** The response, for `invalidResponse`. */
  readonly response: WebResponse | undefined;

  constructor(kind: ClientErrorKind, operation: string, message: string, details: { cause?: unknown; errors?: readonly (RequestError | ResponseError)[]; response?: WebResponse } = {}) {
    super(message, 'cause' in details ? { cause: details.cause } : undefined);
    this.name = 'ClientError';
    this.kind = kind;
    this.operation = operation;
    this.errors = details.errors ?? [];
    this.response = details.response;
  }
}

/** A client's settings, checked once: what every call of the operations reads. */
export interface Connection {
  readonly options: ClientOptions;
  readonly descriptor: ClientDescriptor;
}

interface ResolvedConnection extends Connection {
  readonly checks: ClientChecks | undefined;
  readonly baseUrl: string;
  readonly send: FetchFunction;
  readonly retry: Required<{ [K in keyof RetryOptions]-?: NonNullable<RetryOptions[K]> }>;
}

const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const RETRY_STATUSES: readonly number[] = [408, 425, 429, 500, 502, 503, 504];

/** A client's settings, checked: a wrong option throws a `TypeError` naming it, here and not at the first call. */
export function connection(descriptor: ClientDescriptor, options: ClientOptions = {}, checks?: ClientChecks): Connection {
  if (typeof options !== 'object' || options === null) throw new TypeError('the client options must be an object');
  const baseUrl = (options.baseUrl ?? descriptor.baseUrl ?? '').replace(/\/+$/, '');
  if (baseUrl === '' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) || baseUrl.includes('{')) {
    // Without a baseUrl: the spec names no server the client can call (none, a relative one, or one with variables).
    const given = options.baseUrl === undefined ? 'the spec names no absolute server URL without variables' : `baseUrl ${JSON.stringify(options.baseUrl)} is not an absolute URL`;
    throw new TypeError(`${given}: give the client a baseUrl such as "https://api.example.com"`);
  }
  const send = options.fetch ?? (globalThis as unknown as { fetch?: FetchFunction }).fetch?.bind(globalThis);
  if (typeof send !== 'function') throw new TypeError('fetch is not a function: give the client a fetch');
  checkTimeout(options.timeoutMs);
  if ((options.validateRequests || options.validateResponses) && (checks === undefined || options.endpoints === undefined)) {
    throw new TypeError('connect makes no checks: use createClient for validateRequests and validateResponses');
  }
  const headers = options.headers ?? {};
  for (const name of Object.keys(headers)) {
    const value: unknown = headers[name];
    const refuse = (why: string): never => {
      throw new TypeError(`headers ${JSON.stringify(name)}: ${why}`);
    };
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) refuse('the name is not an HTTP header name');
    if (typeof value !== 'string') refuse('the value is not a string');
    if (/[\r\n\0]|[^\0-\xff]/.test(value as string)) refuse('the value holds a line break, a NUL or a character beyond Latin-1, which a header cannot carry');
  }
  const retry = options.retry ?? { attempts: 1 };
  const attempts = retry.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) throw new TypeError(`retry.attempts ${String(attempts)} is not a whole number of at least 1`);
  const resolved: ResolvedConnection = {
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
function checkTimeout(timeoutMs: number | undefined): void {
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new TypeError(`timeoutMs ${String(timeoutMs)} is not a positive number of milliseconds`);
}

/** The input of any operation: its request's parts by location, its body and call options. */
export interface CallInput extends CallOptions {
  readonly path?: object | undefined;
  readonly query?: object | undefined;
  readonly headers?: object | undefined;
  readonly cookies?: object | undefined;
  readonly body?: unknown;
  /** The body's media type, where the operation accepts more than one. */
  readonly contentType?: string | undefined;
}

export type AnyResponse = DocumentedResponse<number, unknown> | UndocumentedResponse<number>;

/** Sends one operation's request and reads its response (see the module's comment). */
export async function call(client: Connection, operation: ClientOperation, input: CallInput | undefined): Promise<AnyResponse> {
  const resolved = client as ResolvedConnection;
  const given: CallInput = input ?? {};
  const { options } = resolved;
  const signal = given.signal;
  if (signal?.aborted) throw new ClientError('aborted', operation.name, `${operation.name} was aborted before it was sent`, { cause: signal.reason });
  checkTimeout(given.timeoutMs);

  let encoded: EncodedParameters;
  let body: EncodedBody | undefined;
  try {
    encoded = encodeParametersWith(operation.encoders, operation.path, operation.parameters, { path: given.path, query: given.query, headers: given.headers, cookies: given.cookies });
    if (given.body !== undefined) {
      if (!operation.body) throw new TypeError(`${operation.name} takes no request body`);
      const mediaType = given.contentType ?? operation.body[0]![0];
      const accepted = operation.body.find(([type]) => type === mediaType);
      if (!accepted) throw new TypeError(`${operation.name} takes no ${mediaType} body (it takes ${operation.body.map(([type]) => type).join(', ')})`);
      body = accepted[1](mediaType, given.body);
    }
  } catch (error) {
    throw new ClientError('invalidRequest', operation.name, `${operation.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  const credentials = await credentialsFor(resolved, operation);
  const headers = new Map<string, [string, string]>();
  const setHeader = (name: string, value: string): void => void headers.set(name.toLowerCase(), [name, value]);
  for (const name of Object.keys(options.headers ?? {})) setHeader(name, options.headers![name]!);
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
    const wireHeaders: Record<string, string> = Object.create(null) as Record<string, string>;
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
    let outcome: Attempt;
    try {
      outcome = await attemptOnce(resolved, operation, url, headerList, body?.body, signal, timeoutMs, attempt, last);
    } catch (error) {
      const failure = error as ClientError;
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

type Attempt = { response: WebResponse; body: unknown } | { retryAfter: number };

/** One attempt: sent, and its response read (or, when another attempt should follow, the wait before it). */
async function attemptOnce(
  client: ResolvedConnection,
  operation: ClientOperation,
  url: string,
  headers: readonly [string, string][],
  body: unknown,
  signal: WebAbortSignal | undefined,
  timeoutMs: number | undefined,
  attempt: number,
  last: boolean,
): Promise<Attempt> {
  // A signal aborted already (while the token was asked for, say) fires no event: the attempt is not sent.
  if ((signal as AbortSignalLike | undefined)?.aborted) {
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
    controller!.abort(timeoutError(late));
  }, timerDelay(timeoutMs));
  const onAbort = (): void => controller!.abort((signal as AbortSignalLike).reason);
  (signal as AbortSignalLike | undefined)?.addEventListener('abort', onAbort);
  let stopped: Promise<never> | undefined;
  if (controller !== undefined) {
    stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason as unknown));
    });
    stopped.catch(() => undefined);
  }
  const unlessStopped = <T>(work: Promise<T>): Promise<T> => (stopped === undefined ? work : Promise.race([work, stopped]));
  try {
    const init: RequestInit & { duplex?: 'half' } = { method: operation.method, headers: headers as [string, string][] };
    if (controller !== undefined) init.signal = controller.signal;
    if (body !== undefined) init.body = body as BodyInit;
    if (isStream(body)) init.duplex = 'half';
    const request = new Request(url, init) as unknown as WebRequest;
    const response = await unlessStopped(client.send(request));
    if (!last && client.retry.statuses.includes(response.status)) {
      const delay = retryDelay(client, response, attempt);
      if (delay !== undefined) {
        void (response as unknown as Response).body?.cancel().catch(() => undefined);
        return { retryAfter: delay };
      }
    }
    const read = await unlessStopped(readBody(operation, response));
    return { response, body: read };
  } catch (error) {
    if (error instanceof ClientError) throw error;
    if ((signal as AbortSignalLike | undefined)?.aborted) {
      throw aborted(operation, signal);
    }
    if (timedOut) throw new ClientError('timeout', operation.name, late, { cause: error });
    throw new ClientError('network', operation.name, `${operation.name} could not be sent or answered: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    (signal as AbortSignalLike | undefined)?.removeEventListener('abort', onAbort);
  }
}

/** The wait a retried status asks for (`Retry-After`, seconds or a date), else the backoff; undefined when it asks too much. */
function retryDelay(client: ResolvedConnection, response: WebResponse, attempt: number): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null || header.trim() === '') return backoff(client, attempt);
  const text = header.trim();
  // Whole seconds, or an HTTP date, which starts with its day's name (Date.parse would read "1.5" as a day in 2001).
  const delay = /^\d+$/.test(text) ? Number(text) * 1000 : /^[a-z]{3}/i.test(text) ? Date.parse(text) - Date.now() : Number.NaN;
  if (Number.isNaN(delay)) return backoff(client, attempt);
  const wanted = Math.max(0, delay);
  return wanted > client.retry.maxDelayMs ? undefined : wanted;
}

function backoff(client: ResolvedConnection, attempt: number): number {
  return Math.min(client.retry.delayMs * 2 ** (attempt - 1), client.retry.maxDelayMs);
}

/** The longest delay `setTimeout` keeps: a longer one (or Infinity) it takes as 1 ms. */
const LONGEST_TIMER = 2_147_483_647;

function aborted(operation: ClientOperation, signal: WebAbortSignal | undefined): ClientError {
  return new ClientError('aborted', operation.name, `${operation.name} was aborted`, { cause: (signal as AbortSignalLike | undefined)?.reason });
}

/** What a timed-out attempt is aborted with, and the `cause` of its `ClientError`: the platform's own kind of timeout. */
function timeoutError(message: string): Error {
  return new DOMException(message, 'TimeoutError');
}

function timerDelay(ms: number): number {
  return Math.min(ms, LONGEST_TIMER);
}

function wait(ms: number, signal: WebAbortSignal | undefined, operation: ClientOperation): Promise<void> {
  const abortable = signal as AbortSignalLike | undefined;
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
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

const NO_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/** A response body as its media type reads: JSON parsed, text as text, other bytes as bytes; none for 204 and HEAD. */
async function readBody(operation: ClientOperation, response: WebResponse): Promise<unknown> {
  const readable = response as unknown as Response;
  if (operation.method === 'HEAD' || NO_BODY_STATUSES.has(response.status)) {
    void readable.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const type = essence(response.headers.get('content-type') ?? '');
  if (isJsonMediaType(type)) {
    const text = await readable.text();
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new ClientError('invalidResponse', operation.name, `${operation.name}: the ${response.status} response's body is not valid JSON`, { cause: error, response });
    }
  }
  if (/^text\/|^application\/xml$|\+xml$|^application\/x-www-form-urlencoded$/.test(type)) return readable.text();
  const bytes = new Uint8Array(await readable.arrayBuffer());
  return bytes.length === 0 && type === '' ? undefined : bytes;
}

function documents(statuses: readonly string[], status: number): boolean {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  return statuses.some((key) => key === exact || key.toUpperCase() === range || key === 'default');
}

function finish(client: ResolvedConnection, operation: ClientOperation, response: WebResponse, body: unknown): AnyResponse {
  const status = response.status;
  if (client.options.validateResponses && client.checks) client.checks.response(client.options, operation, response, body);
  return { status, documented: documents(operation.statuses, status), body, headers: response.headers as WebHeaders, response } as AnyResponse;
}

/**
 * The checks of `validateRequests` and `validateResponses`, by the package's `endpoints`. `createClient` gives them to
 * its connection; `connect` does not, so that a bundle of a few calls does not carry them.
 */
export interface ClientChecks {
  request(options: ClientOptions, operation: ClientOperation, request: RequestInput): void;
  response(options: ClientOptions, operation: ClientOperation, response: WebResponse, body: unknown): void;
}

function endpointOf(options: ClientOptions, operation: ClientOperation): Endpoint<unknown> | undefined {
  const endpoints = options.endpoints as EndpointTable | undefined;
  const key = operation.id ?? operation.name;
  return endpoints !== undefined && Object.prototype.hasOwnProperty.call(endpoints, key) ? endpoints[key] : undefined;
}

function firstError(errors: readonly (RequestError | ResponseError)[]): string {
  const first = errors[0]!;
  return `${first.in} ${first.pointer || '(the whole)'}: ${first.message}`;
}

export const clientChecks: ClientChecks = {
  request(options, operation, request) {
    const checked = endpointOf(options, operation)?.validateRequest(request);
    if (checked && !checked.ok) {
      throw new ClientError('invalidRequest', operation.name, `${operation.name}: the request breaks the spec: ${firstError(checked.errors)}`, { errors: checked.errors });
    }
  },
  response(options, operation, response, body) {
    const headers: Record<string, string> = Object.create(null) as Record<string, string>;
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const checked = endpointOf(options, operation)?.validateResponse(response.status, body, headers as WireRecord);
    if (checked && !checked.ok) {
      throw new ClientError('invalidResponse', operation.name, `${operation.name}: the ${response.status} response breaks the spec: ${firstError(checked.errors)}`, { errors: checked.errors, response });
    }
  },
};

/** The credentials of one request, by where they go. */
export interface Credentials {
  readonly headers: [string, string][];
  /** Encoded `name=value` pairs. */
  readonly query: string[];
  readonly cookies: string[];
}

/**
 * How a kind of security scheme carries its credential: from which option, and where it puts it. The generator
 * names one per scheme the client can send (none for those it cannot, such as mutual TLS), so that a bundle
 * carries only the kinds its API uses.
 */
export interface CredentialPlacement {
  readonly from: 'token' | 'basic';
  /** Puts `value` (the token, or `username:password`) where the scheme says; throws a message when it cannot. */
  place(scheme: SecurityScheme, value: string, out: Credentials): void;
}

/** `Authorization: Bearer …`: http bearer, OAuth 2 and OpenID Connect schemes. */
export const bearerCredential: CredentialPlacement = {
  from: 'token',
  place: (_scheme, value, out) => void out.headers.push(['Authorization', `Bearer ${value}`]),
};

/** `Authorization: Basic …`, from `basic`. */
export const basicCredential: CredentialPlacement = {
  from: 'basic',
  place(_scheme, value, out) {
    let binary = '';
    for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
    out.headers.push(['Authorization', `Basic ${btoa(binary)}`]);
  },
};

/** An API key in its header, query parameter or cookie. */
export const apiKeyCredential: CredentialPlacement = {
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
async function credentialsFor(client: ResolvedConnection, operation: ClientOperation): Promise<Credentials> {
  const out: Credentials = { headers: [], query: [], cookies: [] };
  const { token, basic } = client.options;
  if (token === undefined && basic === undefined) return out;
  const schemes = client.descriptor.schemes;
  const can = (name: string): boolean => {
    const credential = Object.prototype.hasOwnProperty.call(schemes, name) ? schemes[name]!.credential : undefined;
    return credential !== undefined && (credential.from === 'basic' ? basic !== undefined : token !== undefined);
  };
  const chosen = operation.security.find((requirement) => requirement.length > 0 && requirement.every(can));
  if (!chosen) return out;
  let tokenValue: string | undefined;
  for (const name of chosen) {
    const scheme = schemes[name]!;
    const credential = scheme.credential!;
    let value: string;
    if (credential.from === 'basic') value = `${basic!.username}:${basic!.password}`;
    else {
      try {
        value = tokenValue ??= typeof token === 'function' ? await token() : token!;
      } catch (error) {
        throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token function failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (typeof value !== 'string') throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token is not a string`);
      if (/[\r\n]/.test(value)) throw new ClientError('invalidRequest', operation.name, `${operation.name}: the token holds a line break`);
    }
    try {
      credential.place(scheme, value, out);
    } catch (error) {
      throw new ClientError('invalidRequest', operation.name, `${operation.name}: ${(error as Error).message}`, { cause: error });
    }
  }
  return out;
}

function randomKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?(): string } }).crypto;
  // randomUUID is missing only outside secure contexts (a page on plain http).
  return crypto?.randomUUID ? crypto.randomUUID() : Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function isStream(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { getReader?: unknown }).getReader === 'function';
}

/** A client object with one method per operation, each `call` with its operation. */
export function bindOperations(client: Connection, operations: { readonly [name: string]: ClientOperation }): { [name: string]: (input?: CallInput) => Promise<AnyResponse> } {
  const methods: { [name: string]: (input?: CallInput) => Promise<AnyResponse> } = Object.create(null) as { [name: string]: (input?: CallInput) => Promise<AnyResponse> };
  for (const name of Object.keys(operations)) {
    const operation = operations[name]!;
    Object.defineProperty(methods, name, { value: (input?: CallInput) => call(client, operation, input), enumerable: true });
  }
  return methods;
}
