// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The contract runner behind `specforge test` and every package's contract suite: it sends each case of the
 * contract data to a base URL (or to an in-process handler through `fetch`), and checks every answer against the
 * spec with checks of stable names. A spec rule decides every failure: only documented operations are sent, and
 * only what the spec says of them is checked. Part of every generated package that carries the contract suite;
 * depends on its sibling runtime modules.
 */
import { BASIC_USER, INVALID_CREDENTIAL, PLACEHOLDER_CREDENTIAL, type Collection, type ContractCase, type ContractData, type ContractOperation, type CaseRequest } from './contract-model.js';
import { isPlainObject, type ResponseResult } from './endpoint-runtime.js';
import { childPointer, valueAt } from './json-pointer.js';
import { documentedStatus } from './http-status.js';
import { essence, isJsonMediaType } from './media-types.js';
import { own, type WireRecord } from './parameters-runtime.js';
import type { SchemaValidator, ValidationError } from './validation-runtime.js';
import { deepEqual } from './validation-runtime.js';
import { platform, utf8Bytes, type HeadersLike, type WebRequest, type WebResponse } from './web-platform.js';

/** The checks, by their stable names. */
export const CONTRACT_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'error_envelope_conformance',
  'positive_data_acceptance',
  'negative_data_rejection',
  'ignored_auth',
  'use_after_delete',
  'ensure_resource_availability',
] as const;
export type ContractCheck = (typeof CONTRACT_CHECKS)[number];

/** What the runner needs of an operation beyond its data: the package's endpoint, and the error envelope's validator. */
export interface ContractOperationRuntime extends ContractOperation {
  readonly endpoint: { validateResponse(status: number, body: unknown, headers?: WireRecord): ResponseResult };
  /** The generated validator of the spec's error envelope, as the package's validators module exports it. */
  readonly envelope?: SchemaValidator;
}

export interface ContractSuite extends Omit<ContractData, 'operations'> {
  readonly operations: { readonly [operation: string]: ContractOperationRuntime };
}

export type ContractFetch = (request: WebRequest) => Promise<WebResponse>;

/** The globals the runner uses beyond web-platform's, described here so that it type-checks under any consumer settings. */
interface RunnerGlobals {
  fetch?: ContractFetch;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  AbortController?: new () => { abort(): void; readonly signal: unknown };
  btoa(text: string): string;
}

const globals = (): RunnerGlobals => globalThis as unknown as RunnerGlobals;

export interface ContractProgress {
  readonly id: string;
  readonly operation: string;
  readonly title: string;
  readonly failures: readonly ContractFailure[];
  /** Cases done, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface ContractOptions {
  /** The API's root, its base path included: `http://127.0.0.1:4010/v1`. */
  readonly baseUrl: string;
  /** Default `globalThis.fetch`; a package's suite passes its handler. */
  readonly fetch?: ContractFetch;
  /**
   * The valid credential (a bearer token, an API key, or `user:pass` for basic; a basic token without `:` is sent as
   * the password of user `specforge`). Without one, valid-credential cases send a placeholder, which a mock accepts.
   */
  readonly token?: string;
  /** A credential without the operations' scopes; without one, the cases expecting 403 are skipped. */
  readonly tokenWithoutScopes?: string;
  /** Only these operations (by name in code). */
  readonly operations?: readonly string[];
  /** Instead of the contract's cases. */
  readonly cases?: readonly ContractCase[];
  /** Also run create → read → update → read → delete → read on each collection. */
  readonly stateful?: boolean;
  /** Stop after this many requests (default 5000). */
  readonly maxRequests?: number;
  /** Per request, in milliseconds (default 10000). */
  readonly timeout?: number;
  /** For the whole run, in milliseconds; none by default. */
  readonly deadline?: number;
  readonly onCase?: (progress: ContractProgress) => void;
}

export interface ContractFailure {
  readonly check: ContractCheck;
  readonly operation: string;
  /** The case's id. */
  readonly case: string;
  readonly title: string;
  readonly reason: string;
  readonly status?: number;
  /** One shell-safe line that sends the request again. */
  readonly curl: string;
}

export interface ContractReport {
  /** Operations selected. */
  readonly operations: number;
  /** Cases run (a stateful sequence counts as one). */
  readonly cases: number;
  readonly requests: number;
  /** Cases run without a failure. */
  readonly passed: number;
  readonly failures: readonly ContractFailure[];
  readonly skipped: readonly { readonly case: string; readonly reason: string }[];
  readonly stopped?: 'maxRequests' | 'deadline';
}

/** The first request got no answer: the server is not there. A CLI exits 2 on it. */
export class ContractUnreachableError extends Error {
  constructor(
    readonly url: string,
    override readonly cause: unknown,
  ) {
    super(`cannot reach ${url}: ${describeError(cause)}`);
    this.name = 'ContractUnreachableError';
  }
}

function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = error, depth = 0; at !== undefined && at !== null && depth < 4; depth++) {
    const message = at instanceof Error ? at.message : String(at);
    if (message !== '' && !parts.includes(message)) parts.push(message);
    at = at instanceof Error ? at.cause : undefined;
  }
  return parts.join(': ') || 'no answer';
}

/** A request as sent, with how to show it in a `curl` line. */
interface Outgoing {
  readonly method: string;
  readonly url: string;
  readonly headers: [string, string][];
  readonly body?: string;
  /** `user:pass` of a basic credential, shown with `-u`. */
  readonly basic?: string;
}

/** What came back: a status, headers and the body's text, or why nothing did. */
type Received = { readonly status: number; readonly headers: HeadersLike; readonly text: string } | { readonly error: string };

/** A request the platform cannot make (a header value outside Latin-1, say): the case is skipped, not failed. */
class Unsendable {
  constructor(readonly reason: string) {}
}

class Stop extends Error {
  constructor(readonly why: 'maxRequests' | 'deadline') {
    super(why);
  }
}

const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** `printf '%b'` text: backslashes doubled, control characters as octal escapes, so that the line stays one line. */
function printfEscaped(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\\/g, '\\\\').replace(/[\x00-\x1f\x7f]/g, (char) => `\\0${char.charCodeAt(0).toString(8).padStart(3, '0')}`);
}

/** One line of POSIX shell that sends `outgoing` again with curl. */
export function curlLine(outgoing: Outgoing): string {
  const words = ['curl', '-sS', '-i'];
  if (outgoing.method === 'HEAD') words.push('--head');
  else if (outgoing.method !== 'GET' || outgoing.body !== undefined) words.push('-X', quote(outgoing.method));
  words.push(quote(outgoing.url));
  if (outgoing.basic !== undefined) words.push('-u', quote(outgoing.basic));
  for (const [name, value] of outgoing.headers) {
    if (outgoing.basic !== undefined && name === 'authorization') continue;
    words.push('-H', quote(`${name}: ${value}`));
  }
  if (outgoing.body === undefined) return words.join(' ');
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x1f\x7f]/.test(outgoing.body)) return [...words, '--data-raw', quote(outgoing.body)].join(' ');
  return `printf '%b' ${quote(printfEscaped(outgoing.body))} | ${[...words, '--data-binary', '@-'].join(' ')}`;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of utf8Bytes(text)) binary += String.fromCharCode(byte);
  return globals().btoa(binary);
}

function mediaMatches(documented: string, type: string): boolean {
  if (documented === type || documented === '*/*') return true;
  return documented.endsWith('/*') && type.startsWith(documented.slice(0, -1));
}


/** The values of a path template's parameters in a concrete path (`/orgs/{org}/hooks` and `/orgs/o1/hooks`). */
function pathValues(template: string, path: string): Map<string, string> {
  const values = new Map<string, string>();
  const names = template.split('/');
  const parts = path.split('/');
  names.forEach((name, i) => {
    const match = /^\{(.+)\}$/.exec(name);
    if (match && parts[i] !== undefined) values.set(match[1]!, parts[i]!);
  });
  return values;
}

function fillPath(template: string, values: Map<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => values.get(name) ?? whole);
}

interface Sent {
  readonly outgoing: Outgoing;
  readonly received: Received;
}

/** One run: its counters, its failures, and the sending of requests within its bounds. */
class Run {
  requests = 0;
  passed = 0;
  casesRun = 0;
  readonly failures: ContractFailure[] = [];
  readonly skipped: { case: string; reason: string }[] = [];
  private readonly started = Date.now();
  private readonly fetch: ContractFetch;
  private readonly baseUrl: string;

  constructor(
    readonly suite: ContractSuite,
    readonly options: ContractOptions,
  ) {
    this.fetch =
      options.fetch ??
      ((request) => {
        const fetch = globals().fetch;
        if (!fetch) throw new TypeError('this platform has no fetch: pass options.fetch');
        return fetch(request);
      });
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** The request of a case, its credentials added; undefined (with the reason) when it cannot be sent. */
  outgoing(operation: ContractOperationRuntime, request: CaseRequest): Outgoing | string {
    const headers: [string, string][] = Object.keys(request.headers).map((name) => [name, request.headers[name]!]);
    let query = request.query ?? '';
    let basic: string | undefined;
    const placement = operation.credentials;
    if (placement && request.credentials !== 'none') {
      let token: string;
      if (request.credentials === 'invalid') token = INVALID_CREDENTIAL;
      else if (request.credentials === 'withoutScopes') {
        if (this.options.tokenWithoutScopes === undefined) return 'no token without scopes was given';
        token = this.options.tokenWithoutScopes;
      } else token = this.options.token ?? PLACEHOLDER_CREDENTIAL;
      if (placement.kind === 'bearer') headers.push(['authorization', `Bearer ${token}`]);
      else if (placement.kind === 'basic') {
        basic = token.includes(':') ? token : `${BASIC_USER}:${token}`;
        headers.push(['authorization', `Basic ${base64(basic)}`]);
      } else if (placement.in === 'header') headers.push([placement.name.toLowerCase(), token]);
      else if (placement.in === 'query') query += `${query === '' ? '' : '&'}${encodeURIComponent(placement.name)}=${encodeURIComponent(token)}`;
      else {
        const at = headers.findIndex(([name]) => name === 'cookie');
        const pair = `${placement.name}=${token}`;
        if (at === -1) headers.push(['cookie', pair]);
        else headers[at] = ['cookie', `${headers[at]![1]}; ${pair}`];
      }
    }
    const url = `${this.baseUrl}${request.path}${query === '' ? '' : `?${query}`}`;
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body;
    return { method: request.method, url, headers, ...(body !== undefined ? { body } : {}), ...(basic !== undefined ? { basic } : {}) };
  }

  /** Sends one request within the run's bounds; the first one unanswered makes the whole run fail. */
  async send(outgoing: Outgoing): Promise<Received | Unsendable> {
    let request: WebRequest;
    const Controller = globals().AbortController;
    const controller = Controller ? new Controller() : undefined;
    try {
      const init = { method: outgoing.method, headers: outgoing.headers, body: outgoing.body === undefined ? null : utf8Bytes(outgoing.body), signal: controller?.signal };
      request = new (platform().Request)(outgoing.url, init) as unknown as WebRequest;
    } catch (error) {
      return new Unsendable(`the request cannot be made: ${describeError(error)}`);
    }
    if (this.requests >= (this.options.maxRequests ?? 5000)) throw new Stop('maxRequests');
    if (this.options.deadline !== undefined && Date.now() - this.started >= this.options.deadline) throw new Stop('deadline');
    const first = this.requests === 0;
    this.requests += 1;
    const timeout = this.options.timeout ?? 10_000;
    let timer: unknown;
    const expired = new Promise<never>((_, reject) => {
      timer = globals().setTimeout(() => {
        controller?.abort();
        reject(new Error(`no answer within ${timeout} ms`));
      }, timeout);
    });
    try {
      const answered = await Promise.race([
        (async () => {
          const response = (await this.fetch(request)) as unknown as { status: number; headers: HeadersLike; text(): Promise<string> };
          return { status: response.status, headers: response.headers, text: await response.text() };
        })(),
        expired,
      ]);
      return answered;
    } catch (error) {
      if (first) throw new ContractUnreachableError(outgoing.url, error);
      return { error: describeError(error) };
    } finally {
      globals().clearTimeout(timer);
    }
  }

  fail(check: ContractCheck, operation: string, id: string, title: string, reason: string, sent: Sent): void {
    const status = 'status' in sent.received ? sent.received.status : undefined;
    this.failures.push({ check, operation, case: id, title, reason, ...(status !== undefined ? { status } : {}), curl: curlLine(sent.outgoing) });
  }

  /** The checks every answer gets, and the case's expectation; the number of failures found. */
  check(name: string, id: string, title: string, sent: Sent, expect: ContractCase['expect'] | undefined, anyRejection = false): number {
    const before = this.failures.length;
    const operation = this.suite.operations[name]!;
    const fail = (check: ContractCheck, reason: string) => this.fail(check, name, id, title, reason, sent);
    const received = sent.received;
    if ('error' in received) {
      fail('not_a_server_error', `no answer: ${received.error}`);
      return this.failures.length - before;
    }
    const { status, headers, text } = received;
    if (status >= 500) fail('not_a_server_error', `answered ${status}`);
    const key = documentedStatus(operation.statuses, status);
    if (key === undefined && !(anyRejection && status >= 400 && status < 500)) fail('status_code_conformance', `status ${status} is not documented for ${operation.method} ${operation.path} (documented: ${operation.statuses.join(', ')})`);

    let body: unknown = text === '' ? undefined : text;
    let parsed = true;
    const contentType = headers.get('content-type');
    const type = contentType === null ? undefined : essence(contentType);
    if (key !== undefined) {
      const media = operation.media[key] ?? [];
      if (media.length === 0 && text !== '') fail('content_type_conformance', `a body${type ? ` (${type})` : ''} where the spec documents none for ${key}`);
      else if (media.length > 0 && text === '' && status !== 204 && operation.method !== 'HEAD') fail('content_type_conformance', `no body where the spec documents ${media.join(' or ')}`);
      else if (media.length > 0 && text !== '' && (type === undefined || !media.some((documented) => mediaMatches(documented, type)))) {
        fail('content_type_conformance', `content type ${type ?? '(none)'} where the spec documents ${media.join(' or ')}`);
      }
      const json = type !== undefined && media.some((documented) => documented === type) ? isJsonMediaType(type) : media.length > 0 && media.every(isJsonMediaType);
      if (json && text !== '') {
        try {
          body = JSON.parse(text) as unknown;
        } catch {
          parsed = false;
        }
      }
    } else if (type !== undefined && isJsonMediaType(type) && text !== '') {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        parsed = false;
      }
    }

    let envelopeBroken = false;
    // An error the spec documents without a JSON body (a bare 401, say) is not held to the envelope; one it does not
    // document at all is, when it has a body.
    const enveloped = key === undefined ? text !== '' : (operation.media[key] ?? []).some(isJsonMediaType);
    if (status >= 400 && operation.envelope && enveloped) {
      const errors: ValidationError[] = [];
      const valid = text !== '' && parsed && operation.envelope(body, '', errors);
      if (!valid) {
        envelopeBroken = true;
        fail('error_envelope_conformance', text === '' ? 'an error answer without a body' : !parsed ? 'the error body is not valid JSON' : `the error body is outside the spec's envelope: ${describeErrors(errors)}`);
      }
    }

    if (key !== undefined) {
      const record: Record<string, string> = Object.create(null);
      headers.forEach((value, header) => {
        record[header] = value;
      });
      const missing = (operation.headers[key] ?? []).filter((header) => headers.get(header) === null);
      if (missing.length > 0) fail('response_headers_conformance', `missing documented header${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
      if (!parsed) {
        if (!envelopeBroken) fail('response_schema_conformance', 'the body is not valid JSON');
      } else {
        let verdict: ResponseResult;
        try {
          verdict = operation.endpoint.validateResponse(status, body, record);
        } catch (error) {
          verdict = { ok: false, errors: [{ in: 'body', pointer: '', keyword: 'validator', message: `the validator threw: ${describeError(error)}` }] };
        }
        if (!verdict.ok) {
          const bodyErrors = verdict.errors.filter((error) => error.in === 'body');
          const headerErrors = verdict.errors.filter((error) => error.in === 'header' && !missing.some((header) => error.pointer.toLowerCase().includes(header)));
          if (bodyErrors.length > 0 && !envelopeBroken) fail('response_schema_conformance', `the body breaks the schema for ${key}: ${describeErrors(bodyErrors)}`);
          if (headerErrors.length > 0 && missing.length === 0) fail('response_headers_conformance', `headers break the spec for ${key}: ${describeErrors(headerErrors)}`);
        }
      }
    }

    if (expect === 'accepted') {
      const documented404 = status === 404 && operation.path.includes('{') && documentedStatus(operation.statuses, 404) !== undefined;
      if (!(status >= 200 && status < 300) && !documented404) fail('positive_data_acceptance', `a valid request answered ${status}, not a documented 2xx`);
    } else if (expect === 'rejected') {
      if (!(status >= 400 && status < 500)) fail('negative_data_rejection', `an invalid request answered ${status}, not a 4xx`);
    } else if (expect === 'unauthorized') {
      // Where the spec documents no 401, any refusal will do; a 2xx never.
      if (anyRejection ? !(status >= 400 && status < 500) : status !== 401) fail('ignored_auth', `a request with ${credentialWords(id)} answered ${status}, not ${anyRejection ? 'a 4xx' : '401'}`);
    } else if (expect === 'forbidden') {
      if (anyRejection ? !(status >= 400 && status < 500) : status !== 403) fail('ignored_auth', `a request with a credential lacking the scopes answered ${status}, not ${anyRejection ? 'a 4xx' : '403'}`);
    }
    return this.failures.length - before;
  }
}

function credentialWords(id: string): string {
  return /invalid|bad|wrong/i.test(id) ? 'a bad credential' : /none|missing|without/i.test(id) ? 'no credential' : 'a credential that must be refused';
}

function describeErrors(errors: readonly ValidationError[]): string {
  const shown = errors.slice(0, 3).map((error) => `${error.pointer === '' ? '(root)' : error.pointer} ${error.message}`);
  return shown.join('; ') + (errors.length > 3 ? ` (and ${errors.length - 3} more)` : '');
}

/** The JSON of an answer, when it has one. */
function jsonOf(received: Received): unknown {
  if ('error' in received || received.text === '') return undefined;
  try {
    return JSON.parse(received.text) as unknown;
  } catch {
    return undefined;
  }
}

function is2xx(received: Received): boolean {
  return 'status' in received && received.status >= 200 && received.status < 300;
}

/** Fields sent that the resource read shows otherwise: of an object body, those the resource has, but read- and write-only ones. */
function differences(sentBody: string | undefined, resource: unknown, collection: Collection): string[] {
  let body: unknown;
  try {
    body = sentBody === undefined ? undefined : (JSON.parse(sentBody) as unknown);
  } catch {
    return [];
  }
  if (!isPlainObject(body) || !isPlainObject(resource)) return [];
  return Object.keys(body).filter((key) => {
    if (collection.writeOnly.includes(key) || collection.readOnly.includes(key) || !Object.prototype.hasOwnProperty.call(resource, key)) return false;
    const sent = body[key];
    // A blank string may clear a field (read back as null), as specs allow: not compared.
    if (typeof sent === 'string' && sent.trim() === '') return false;
    return !deepEqual(sent, resource[key]);
  });
}

/** An operation's cases that a valid request makes, with valid credentials. */
function acceptedCases(cases: readonly ContractCase[], operation: string): ContractCase[] {
  return cases.filter((c) => c.operation === operation && c.expect === 'accepted' && c.request.credentials === 'valid');
}

/** The first case of an operation that a valid request makes: a documented example first. */
function firstAccepted(cases: readonly ContractCase[], operation: string | undefined): ContractCase | undefined {
  if (operation === undefined) return undefined;
  const accepted = acceptedCases(cases, operation);
  return accepted.find((c) => c.kind === 'example') ?? accepted[0];
}

/** For an update: the first valid request that changes something (an example first), so that a read can show it. */
function firstChanging(cases: readonly ContractCase[], operation: string | undefined): ContractCase | undefined {
  if (operation === undefined) return undefined;
  const changing = acceptedCases(cases, operation).filter((c) => {
    const body = jsonText(c.request.body);
    return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length > 0;
  });
  return changing.find((c) => c.kind === 'example') ?? changing[0] ?? firstAccepted(cases, operation);
}

function jsonText(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** create → read → update → read → delete → read on one collection; returns whether it passed. */
async function runSequence(run: Run, collection: Collection, cases: readonly ContractCase[]): Promise<{ id: string; title: string; operation: string; failures: number } | string> {
  const suite = run.suite;
  const id = `stateful${collection.path}`;
  const title = `create, read, update, read, delete, read on ${collection.path}`;
  const create = firstAccepted(cases, collection.create);
  if (!collection.create || !create) return `${collection.path} has no create case to start from`;
  let failures = 0;
  const step = async (operation: string, request: CaseRequest, expect: ContractCase['expect'] | undefined): Promise<Sent | undefined> => {
    const outgoing = run.outgoing(suite.operations[operation]!, request);
    if (typeof outgoing === 'string') return undefined;
    const received = await run.send(outgoing);
    if (received instanceof Unsendable) return undefined;
    const sent = { outgoing, received };
    failures += run.check(operation, id, title, sent, expect);
    return sent;
  };
  const fail = (check: ContractCheck, operation: string, reason: string, sent: Sent) => {
    failures += 1;
    run.fail(check, operation, id, title, reason, sent);
  };
  const result = () => ({ id, title, operation: collection.create!, failures });

  const created = await step(collection.create, create.request, 'accepted');
  if (!created || !is2xx(created.received)) return result();
  const createdBody = jsonOf(created.received);
  const idPointer = childPointer(own(collection.resourceAt, collection.create) ?? '', collection.idField);
  const newId = valueAt(createdBody, idPointer);
  if (typeof newId !== 'string' && typeof newId !== 'number') {
    fail('ensure_resource_availability', collection.create, `the create answer has no id at ${idPointer}`, created);
    return result();
  }
  const values = pathValues(collection.path, create.request.path);
  values.set(collection.idParameter, encodeURIComponent(String(newId)));
  const itemRequest = (operation: string, from: ContractCase | undefined, withBody = true): CaseRequest => {
    const template = suite.operations[operation]!.path;
    const own = from ? pathValues(template, from.request.path) : new Map<string, string>();
    for (const [name, value] of values) own.set(name, value);
    return {
      method: suite.operations[operation]!.method,
      path: fillPath(template, own),
      ...(from?.request.query !== undefined ? { query: from.request.query } : {}),
      headers: from?.request.headers ?? {},
      ...(withBody && from?.request.body !== undefined ? { body: from.request.body } : {}),
      credentials: 'valid',
    };
  };
  const readBack = async (what: string, sentBody: string | undefined, writer: string): Promise<boolean> => {
    const read = await step(collection.read, itemRequest(collection.read, firstAccepted(cases, collection.read), false), undefined);
    if (!read) return false;
    if (!is2xx(read.received)) {
      fail('ensure_resource_availability', collection.read, `the resource just ${what} (id ${String(newId)}) answered ${'status' in read.received ? read.received.status : 'nothing'}, not 2xx`, read);
      return false;
    }
    const resource = valueAt(jsonOf(read.received), own(collection.resourceAt, collection.read) ?? '');
    const shownId = isPlainObject(resource) ? resource[collection.idField] : undefined;
    const changed = differences(sentBody, resource, collection);
    if (String(shownId) !== String(newId)) fail('ensure_resource_availability', collection.read, `the resource read has id ${JSON.stringify(shownId)}, not the ${String(newId)} just ${what}`, read);
    else if (changed.length > 0) fail('ensure_resource_availability', collection.read, `the resource read does not show the ${changed.join(', ')} ${writer} sent`, read);
    return true;
  };

  if (!(await readBack('created', create.request.body, 'create'))) return result();
  const updater = collection.update ?? collection.replace;
  const update = firstChanging(cases, updater);
  if (updater && update) {
    const updated = await step(updater, itemRequest(updater, update), 'accepted');
    if (!updated) return result();
    if (!is2xx(updated.received)) {
      fail('ensure_resource_availability', updater, `updating the resource just created answered ${'status' in updated.received ? updated.received.status : 'nothing'}, not 2xx`, updated);
      return result();
    }
    if (!(await readBack('updated', update.request.body, 'update'))) return result();
  }
  if (collection.remove) {
    const removed = await step(collection.remove, itemRequest(collection.remove, firstAccepted(cases, collection.remove)), 'accepted');
    if (!removed) return result();
    if (!is2xx(removed.received)) {
      fail('ensure_resource_availability', collection.remove, `deleting the resource just created answered ${'status' in removed.received ? removed.received.status : 'nothing'}, not 2xx`, removed);
      return result();
    }
    const gone = await step(collection.read, itemRequest(collection.read, firstAccepted(cases, collection.read), false), undefined);
    if (gone && 'status' in gone.received && gone.received.status !== 404 && gone.received.status !== 410) {
      fail('use_after_delete', collection.read, `the resource deleted (id ${String(newId)}) answered ${gone.received.status}, not 404`, gone);
    }
  }
  return result();
}

/**
 * Runs the contract's cases (then, with `stateful`, a sequence per collection) against `options.baseUrl`, in their
 * order, and reports every failure. Rejects with ContractUnreachableError when the first request gets no answer.
 */
export async function runContract(suite: ContractSuite, options: ContractOptions): Promise<ContractReport> {
  const names = Object.keys(suite.operations);
  if (options.operations) {
    const unknown = options.operations.filter((name) => !Object.prototype.hasOwnProperty.call(suite.operations, name));
    if (unknown.length > 0) throw new TypeError(`no operation is named ${unknown.join(', ')}; the operations are ${names.join(', ')}`);
  }
  const selected = new Set(options.operations ?? names);
  const run = new Run(suite, options);
  const allCases = options.cases ?? suite.cases;
  const cases = allCases.filter((c) => selected.has(c.operation) && Object.prototype.hasOwnProperty.call(suite.operations, c.operation));
  const collections = options.stateful ? suite.collections.filter((c) => c.create !== undefined && selected.has(c.create) && selected.has(c.read)) : [];
  const total = cases.length + collections.length;
  let done = 0;
  let stopped: ContractReport['stopped'];
  const progress = (id: string, operation: string, title: string, from: number) => {
    done += 1;
    options.onCase?.({ id, operation, title, failures: run.failures.slice(from), done, total });
  };
  try {
    for (const c of cases) {
      const outgoing = run.outgoing(suite.operations[c.operation]!, c.request);
      if (typeof outgoing === 'string') {
        run.skipped.push({ case: c.id, reason: outgoing });
        progress(c.id, c.operation, c.title, run.failures.length);
        continue;
      }
      const from = run.failures.length;
      const received = await run.send(outgoing);
      if (received instanceof Unsendable) {
        run.skipped.push({ case: c.id, reason: received.reason });
        progress(c.id, c.operation, c.title, from);
        continue;
      }
      run.casesRun += 1;
      if (run.check(c.operation, c.id, c.title, { outgoing, received }, c.expect, c.anyRejection === true) === 0) run.passed += 1;
      progress(c.id, c.operation, c.title, from);
    }
    for (const collection of collections) {
      const from = run.failures.length;
      const outcome = await runSequence(run, collection, allCases);
      if (typeof outcome === 'string') {
        run.skipped.push({ case: `stateful${collection.path}`, reason: outcome });
        continue;
      }
      run.casesRun += 1;
      if (outcome.failures === 0) run.passed += 1;
      progress(outcome.id, outcome.operation, outcome.title, from);
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    stopped = error.why;
  }
  return {
    operations: selected.size,
    cases: run.casesRun,
    requests: run.requests,
    passed: run.passed,
    failures: run.failures,
    skipped: run.skipped,
    ...(stopped !== undefined ? { stopped } : {}),
  };
}
