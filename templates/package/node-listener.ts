/**
 * `createNodeListener`: a generated server on `node:http` (and `https`, `http2`'s compatibility API). A handler
 * made by `createHandler` is served straight from Node's request and response, with no web `Request` made per
 * call; any other web handler is served through `Request` and `Response`. Node's types are described here by what
 * is used, so the package needs no `@types/node`. Part of every generated package that serves.
 */
import { SERVER_CORE, TOO_LARGE, type BodyCallback, type IncomingRequest, type OutgoingResponse, type ServerCore, type WebHandler } from './server-runtime.js';
import { platform, utf8Bytes, type ResponseLike, type WebRequest } from './web-platform.js';

export interface NodeRequest {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: { readonly [name: string]: string | readonly string[] | undefined };
  readonly socket?: { readonly encrypted?: boolean; readonly remoteAddress?: string | undefined } | null;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  removeAllListeners(event?: string): unknown;
  pause(): unknown;
}

export interface NodeResponse {
  writeHead(status: number, headers: string[]): unknown;
  end(body?: string | Uint8Array): unknown;
  readonly headersSent?: boolean;
  destroy?(error?: unknown): unknown;
}

export interface NodeListenerOptions {
  /** Told of a failure outside any handler (a response that could not be written). */
  readonly onError?: (error: unknown) => void;
}

/** Reads a request's body, at most `limit` bytes, and calls `done` once (see `IncomingRequest.readBody`). */
function readNodeBody(request: NodeRequest, limit: number, done: BodyCallback): void {
  let first: Uint8Array | undefined;
  let more: Uint8Array[] | undefined;
  let total = 0;
  let settled = false;
  request.on('data', (chunk) => {
    total += chunk.length;
    if (total > limit) {
      // Stop reading: the rest is neither buffered nor waited for; the answer closes the connection.
      request.removeAllListeners('data');
      request.pause();
      settled = true;
      done(undefined, TOO_LARGE);
      return;
    }
    if (first === undefined) first = chunk;
    else (more ??= [first]).push(chunk);
  });
  request.on('end', () => {
    if (settled) return;
    settled = true;
    if (more === undefined) return done(undefined, first);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of more) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    done(undefined, bytes);
  });
  request.on('error', (error) => {
    if (settled) return;
    settled = true;
    done(error ?? new Error('the request stream failed'), undefined);
  });
}

function headerOf(request: NodeRequest, name: string): string | undefined {
  const value = request.headers[name];
  return value === undefined ? undefined : typeof value === 'string' ? value : value.join(', ');
}

/** A Host header that names a host (and port) and nothing else; another is not used to make a URL. */
const AUTHORITY = /^(?:[A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+(?::\d{0,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{0,5})?$/;
const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/**
 * The request target as a path and query. An absolute-form target (`GET http://host/path`, which RFC 9112 says a
 * server must accept) gives its path; the asterisk-form (`OPTIONS *`) and anything else are kept as they came.
 */
function originForm(url: string): string {
  if (url.charCodeAt(0) === 0x2f || !ABSOLUTE_FORM.test(url)) return url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start === -1) return '/';
  const hash = url.indexOf('#', start);
  return hash === -1 ? url.slice(start) : url.slice(start, hash);
}

function webRequestOf(request: NodeRequest, body: Uint8Array | undefined): WebRequest {
  const headers: [string, string][] = [];
  for (const name of Object.keys(request.headers)) {
    const value = headerOf(request, name);
    if (value !== undefined && !name.startsWith(':')) headers.push([name, value]);
  }
  const scheme = request.socket?.encrypted ? 'https' : 'http';
  // The URL's host is the client's word; one that is not a host (`a b`, `x/y?z`) must not fail or move the path.
  const given = headerOf(request, 'host') ?? headerOf(request, ':authority');
  const host = given !== undefined && AUTHORITY.test(given) ? given : 'localhost';
  const target = originForm(request.url ?? '/');
  const method = request.method ?? 'GET';
  const init = { method, headers, body: method === 'GET' || method === 'HEAD' ? null : (body ?? null) };
  const Request = platform().Request;
  const path = target.charCodeAt(0) === 0x2f ? target : `/${target}`;
  try {
    return new Request(`${scheme}://${host}${path}`, init) as unknown as WebRequest;
  } catch {
    // A port out of range, say: the request is still served, under a host of no meaning.
    return new Request(`${scheme}://localhost${path}`, init) as unknown as WebRequest;
  }
}

/** A `node:http` request as the server core reads it; the web request is made only if something asks for it. */
class NodeIncoming implements IncomingRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: NodeRequest['headers'];
  tooLarge = false;
  private body: Uint8Array | undefined = undefined;
  private bodyRead = false;
  private web: WebRequest | undefined = undefined;
  // A web request made before the body was read (for `authenticate`) has none; the handler's is made again.
  private webHasBody = false;

  constructor(private readonly request: NodeRequest) {
    this.method = request.method ?? 'GET';
    this.target = originForm(request.url ?? '/');
    this.headers = request.headers;
  }

  readBody(limit: number, done: BodyCallback): void {
    readNodeBody(this.request, limit, (error, read) => {
      this.bodyRead = true;
      if (read === TOO_LARGE) this.tooLarge = true;
      else this.body = read;
      done(error, read);
    });
  }

  webRequest(): WebRequest {
    if (!this.web || (this.bodyRead && !this.webHasBody)) {
      this.web = webRequestOf(this.request, this.body);
      this.webHasBody = this.bodyRead;
    }
    return this.web;
  }
}

let byteLength: ((text: string) => number) | undefined;

/** The UTF-8 length of a body: Node's own count (native, a few instructions a byte) where there is one. */
function bodyLength(body: string | Uint8Array): number {
  if (typeof body !== 'string') return body.length;
  byteLength ??= (globalThis as { Buffer?: { byteLength(text: string): number } }).Buffer?.byteLength ?? ((text) => utf8Bytes(text).length);
  return byteLength(body);
}

function writeNode(response: NodeResponse, outgoing: OutgoingResponse, close: boolean): void {
  const headers = outgoing.headers;
  const flat: string[] = new Array<string>(2 * headers.length + (close ? 2 : 0) + (outgoing.body !== null ? 2 : 0));
  let at = 0;
  for (let i = 0; i < headers.length; i++) {
    flat[at++] = headers[i]![0];
    flat[at++] = headers[i]![1];
  }
  if (close) {
    flat[at++] = 'connection';
    flat[at++] = 'close';
  }
  // A known length lets Node send the head and the body in one write, where chunked encoding takes several.
  if (outgoing.body !== null) {
    flat[at++] = 'content-length';
    flat[at++] = String(bodyLength(outgoing.body));
  }
  response.writeHead(outgoing.status, flat);
  if (outgoing.head || outgoing.body === null) response.end();
  else response.end(outgoing.body);
}

async function writeWeb(response: NodeResponse, answer: ResponseLike, head: boolean): Promise<void> {
  const flat: string[] = [];
  answer.headers.forEach((value, name) => flat.push(name, value));
  const bytes = head ? undefined : new Uint8Array(await answer.arrayBuffer());
  response.writeHead(answer.status, flat);
  response.end(bytes);
}

function fail(response: NodeResponse, error: unknown, options: NodeListenerOptions): void {
  try {
    options.onError?.(error);
  } catch {
    // The reporter's own failure changes nothing here.
  }
  try {
    if (!response.headersSent) {
      response.writeHead(500, ['content-type', 'text/plain; charset=utf-8', 'connection', 'close']);
      response.end('internal server error');
    } else response.destroy?.();
  } catch {
    // The connection is gone.
  }
}

/** A `node:http` request listener serving `handler`: `http.createServer(createNodeListener(handler))`. */
export function createNodeListener(handler: WebHandler, options: NodeListenerOptions = {}): (request: NodeRequest, response: NodeResponse) => void {
  const core = (handler as unknown as { [SERVER_CORE]?: ServerCore })[SERVER_CORE];
  if (core) {
    return (request, response) => {
      const incoming = new NodeIncoming(request);
      core(incoming, (outgoing) => {
        try {
          writeNode(response, outgoing, incoming.tooLarge);
        } catch (error) {
          fail(response, error, options);
        }
      });
    };
  }
  return (request, response) => {
    const method = request.method ?? 'GET';
    readNodeBody(request, Number.MAX_SAFE_INTEGER, (error, body) => {
      if (error !== undefined) return fail(response, error, options);
      Promise.resolve()
        .then(async () => {
          const answer = await handler(webRequestOf(request, body === TOO_LARGE ? undefined : body));
          await writeWeb(response, answer as unknown as ResponseLike, method === 'HEAD');
        })
        .catch((failure: unknown) => fail(response, failure, options));
    });
  };
}
