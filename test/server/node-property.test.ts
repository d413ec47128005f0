import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileValidator, dereferencedSpec, VENDORS, type Outcome, type Vendor } from '../specs/support/spec-fixtures.js';
import { RawConnection, type RawAnswer, type RawRequest } from './support/raw-http.js';
import { bundledPackage, VALID_IDS } from './support/serve.js';

type Json = any;

// Random raw requests over real sockets to each bundled package on node:http: what reaches createNodeListener
// is whatever Node's parser lets through, not what `fetch` or `Request` would agree to send.

const SEED = Number(process.env['SPECFORGE_PROPERTY_SEED'] ?? 20261207);
const RUNS = Number(process.env['SPECFORGE_PROPERTY_RUNS'] ?? 300);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** An operation of the spec as the test aims requests at it. */
interface Operation {
  name: string;
  method: string;
  /** The full path template, base path included. */
  template: string;
  /** The documented request bodies. */
  examples: unknown[];
  /** The documented success: its status and, where the spec shows one, its body. */
  status: number;
  answer: unknown;
}

function operationsOf(spec: Json): Operation[] {
  const basePath = new URL(spec.servers[0].url).pathname.replace(/\/$/, '');
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const media = op.requestBody?.content?.['application/json'];
      const code = Object.keys(op.responses).find((key) => /^2(\d\d|XX)$/i.test(key))!;
      const success = op.responses[code].content?.['application/json'];
      const status = /^2XX$/i.test(code) ? (success ? 200 : 204) : Number(code);
      operations.push({
        name: op.operationId,
        method: method.toUpperCase(),
        template: basePath + path,
        examples: Object.values<Json>(media?.examples ?? {}).map((example) => example.value),
        status,
        answer: success ? (Object.values<Json>(success.examples ?? {})[0]?.value ?? success.example) : undefined,
      });
    }
  }
  return operations;
}

const scopesOf = (spec: Json): string[] => Object.values<Json>(spec.components.securitySchemes).flatMap((scheme) => Object.keys(scheme['x-specforge-scopes'] ?? {}));

/** Every own property of Object.prototype with its value: a request that adds, removes or replaces one changes this. */
function prototypeSnapshot(): [string, unknown][] {
  return Reflect.ownKeys(Object.prototype).map((key) => [String(key), Object.getOwnPropertyDescriptor(Object.prototype, key)?.value]);
}

const hostileKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];
const httpToken = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);

const method = (documented: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...documented), weight: 4 },
    fc.constantFrom('HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'PURGE', 'SEARCH', 'LINK', 'REPORT'),
    fc.constantFrom('get', 'post', 'patch', 'Put', 'dElEtE', 'head'),
    // CONNECT goes to the server's 'connect' event, never to a request listener.
    httpToken.filter((token) => token !== 'CONNECT'),
  );

const segment = (id: string) =>
  fc.oneof(
    fc.constantFrom('v1', 'api', 'webhooks', 'rotate-secret', 'test', 'deliveries', id, ...hostileKeys, '', '.', '..', '%2e%2e', '%2F', '%2f', '%', '%zz', '%E0%A4%A', '%00', '%C3%A9', '%FF', 'café', '日本'),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
    fc.string({ unit: 'grapheme', maxLength: 6 }).map(encodeURIComponent),
    fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@-]{0,12}$/),
  );

/** Request targets: the API's own paths (valid or mangled), random ones, very long ones and odd forms. */
function target(operations: Operation[], id: string): fc.Arbitrary<string> {
  const templates = [...new Set(operations.map((operation) => operation.template))];
  const known = fc
    .tuple(fc.constantFrom(...templates), fc.boolean(), segment(id))
    .map(([template, valid, value]) => template.replace(/\{[^}]+\}/g, valid ? id : value));
  const decorated = fc.tuple(known, fc.constantFrom('trailing', 'doubled', 'dots', 'upper', 'encoded', 'slashes')).map(([path, how]) => {
    switch (how) {
      case 'trailing':
        return `${path}/`;
      case 'doubled':
        return path.replace('/', '//');
      case 'dots':
        return path.replace(/\/([^/]*)$/, '/../$1');
      case 'upper':
        return path.toUpperCase();
      case 'encoded':
        return path.replace(/[a-z]/, (letter) => `%${letter.charCodeAt(0).toString(16)}`);
      default:
        return path.replaceAll('/', '%2F');
    }
  });
  const random = fc.array(segment(id), { maxLength: 6 }).map((segments) => `/${segments.join('/')}`);
  // Over Node's 16 KiB header limit, the longest are refused by Node itself (431); the others reach the router.
  const long = fc.tuple(fc.constantFrom(...templates), fc.integer({ min: 1_000, max: 20_000 })).map(([template, length]) => template.replace(/\{[^}]+\}/g, 'a'.repeat(length)));
  const odd = fc.constantFrom('*', '/', '//', '/?', '/#fragment', `${templates[0]}#x`, 'http://127.0.0.1/v1/webhooks', 'webhooks', '/%2e%2e/%2e%2e/etc/passwd', '/../../');
  const query = fc
    .array(
      fc.tuple(
        fc.constantFrom('limit', 'cursor', 'page', 'per_page', 'starting_after', 'status', 'isActive', ...hostileKeys, '__proto__[polluted]', 'constructor[prototype][polluted]', 'a[b][c]', '%zz', '+'),
        fc.oneof(fc.string({ maxLength: 8 }).map(encodeURIComponent), fc.constantFrom('%zz', '1', '-1', '0', '1e400', '101', 'true', '', '%E0%A4%A', 'a+b')),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));
  const path = fc.oneof({ arbitrary: known, weight: 3 }, { arbitrary: decorated, weight: 2 }, { arbitrary: random, weight: 2 }, long, odd);
  return fc.tuple(path, fc.option(query, { freq: 2 })).map(([at, search]) => (search === null ? at : `${at}?${search}`));
}

// Every value is written as UTF-8 and CR/LF are left out: a header may be odd, but it stays one header.
const headerValue = fc.oneof(
  fc.constantFrom('Bearer good-token', 'Bearer read-only', 'Bearer ', 'Basic !!!', 'application/json', 'text/plain', '__proto__=1; constructor=2', 'été', '日本語', ''),
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
).map((value) => value.replace(/[\r\n]/g, ''));
// Framing headers are this client's: content-length mismatches and transfer codings are Node's parser's business.
const headerName = fc.oneof(
  fc.constantFrom('authorization', 'content-type', 'x-request-id', 'request-id', 'idempotency-key', 'cookie', 'accept', 'host', 'x-api-key', ...hostileKeys),
  httpToken.filter((name) => !/^(content-length|transfer-encoding|upgrade|expect)$/i.test(name)),
);
const credential = fc.oneof(
  { arbitrary: fc.constant('Bearer good-token'), weight: 4 },
  fc.constantFrom('Bearer read-only', 'Bearer nope', 'bearer good-token', 'Bearer  good-token', 'Basic Z29vZDp0b2tlbg==', 'Bearer good-token, Bearer nope'),
  fc.constant(undefined),
);
// Routing never reads Host, so no Host may change an answer (node-listener.test.ts holds that a handler reading
// input.request gets a request whatever the Host).
const host = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 8 },
  fc.constantFrom('', 'a b', 'x:99999', '[', 'été', 'x/y?z', 'example.com', '__proto__'),
  fc.string({ maxLength: 12 }).map((value) => value.replace(/[\r\n]/g, '')),
);
const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 4 },
  fc.constantFrom('application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ';;;', 'application/json;__proto__=1'),
  fc.constant(undefined),
);

/** A documented body with one thing changed: a property replaced, added, dropped, the text cut short, or wrapped. */
const mutated = (examples: unknown[]) =>
  fc
    .tuple(fc.constantFrom(...examples), fc.constantFrom('set', 'add', 'drop', 'cut', 'wrap'), fc.nat(), fc.constantFrom(...hostileKeys, 'extra'), fc.jsonValue({ maxDepth: 2 }))
    .map(([example, how, pick, key, value]) => {
      const text = JSON.stringify(example);
      if (how === 'cut') return text.slice(0, pick % Math.max(text.length, 1));
      if (how === 'wrap') return `[${text}]`;
      if (typeof example !== 'object' || example === null || Array.isArray(example)) return text;
      const copy: Record<string, unknown> = { ...example };
      const keys = Object.keys(copy);
      if (how === 'drop' && keys.length > 0) delete copy[keys[pick % keys.length]!];
      // defineProperty, so that `__proto__` is an own property JSON.stringify writes, not the prototype.
      const name = how === 'set' && keys.length > 0 ? keys[pick % keys.length]! : key;
      if (how !== 'drop') Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true });
      return JSON.stringify(copy);
    });

const anyBody = (examples: unknown[]) =>
  fc.oneof(
    fc.constant(undefined),
    ...(examples.length > 0 ? [fc.constantFrom(...examples).map((example) => JSON.stringify(example)), mutated(examples)] : []),
    fc.json({ maxDepth: 3 }),
    fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"€": 1}', '[', '', '\u0000', 'null', 'url=x&events=a', '<xml/>', '{"a":1}{"b":2}', '\ufeff{}'),
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((text) => JSON.stringify({ url: 'https://hooks.example/a', description: text, name: text })),
    fc.string({ maxLength: 20 }),
    // Not UTF-8.
    fc.constantFrom(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]), new Uint8Array([0x7b, 0x22, 0xc3, 0x22, 0x3a, 0x31, 0x7d]), new Uint8Array([0xed, 0xa0, 0x80])),
    // Over the server's maxBodyBytes (set to 8 KiB below): 413.
    fc.integer({ min: 8_000, max: 12_000 }).map((length) => JSON.stringify({ description: 'x'.repeat(length) })),
  );

interface Shape {
  method: string;
  target: string;
  /** The Host header; the server's address when undefined. */
  host: string | undefined;
  credential: string | undefined;
  contentType: string | undefined;
  headers: [string, string][];
  body: string | Uint8Array | undefined;
}

/** Requests aimed at one operation (mostly well formed, so many get through every check), and wild ones. */
function requests(operations: Operation[], id: string): fc.Arbitrary<Shape> {
  const documented = [...new Set(operations.map((operation) => operation.method))];
  const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 });
  const aimed = fc.constantFrom(...operations).chain((operation) =>
    fc.record({
      method: fc.oneof({ arbitrary: fc.constant(operation.method), weight: 6 }, method(documented)),
      target: fc.oneof({ arbitrary: fc.constant(operation.template.replace(/\{[^}]+\}/g, id)), weight: 3 }, target([operation], id)),
      host,
      credential,
      contentType,
      headers: fc.oneof({ arbitrary: fc.constant([] as [string, string][]), weight: 2 }, headers),
      body:
        operation.examples.length > 0
          ? fc.oneof({ arbitrary: fc.constantFrom(...operation.examples).map((example) => JSON.stringify(example)), weight: 3 }, mutated(operation.examples), anyBody(operation.examples))
          : fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, anyBody([])),
    }),
  );
  const examples = operations.flatMap((operation) => operation.examples);
  const wild = fc.record({ method: method(documented), target: target(operations, id), host, credential, contentType, headers, body: anyBody(examples) });
  return fc.oneof({ arbitrary: aimed, weight: 2 }, wild);
}

function rawRequest(shape: Shape, probe: string): RawRequest {
  const headers: [string, string][] = [['x-probe', probe]];
  if (shape.credential !== undefined) headers.push(['authorization', shape.credential]);
  if (shape.contentType !== undefined && shape.body !== undefined) headers.push(['content-type', shape.contentType]);
  headers.push(...shape.headers);
  const body = typeof shape.body === 'string' ? Buffer.from(shape.body, 'utf8') : shape.body;
  return { method: shape.method, target: shape.target, headers, ...(body === undefined ? {} : { body }), ...(shape.host === undefined ? {} : { host: shape.host }) };
}

describe.each(VENDORS)('%s on node:http: random raw requests over sockets', (vendor: Vendor) => {
  let server: Server;
  let connection: RawConnection;
  let operations: Operation[];
  let checkEnvelope: (value: unknown) => Outcome;
  /** The probes of the requests that reached the listener; the others Node's parser answered itself. */
  const reached = new Set<string>();
  const thrown: unknown[] = [];
  const recordThrown = (error: unknown) => thrown.push(error);

  beforeAll(async () => {
    const spec = await dereferencedSpec(vendor);
    const pkg = await bundledPackage(vendor);
    operations = operationsOf(spec);
    const envelope = spec['x-specforge-errors'].envelope.split('/').slice(1).reduce((node: Json, key: string) => node[key], spec);
    checkEnvelope = compileValidator(envelope);
    const scopes = scopesOf(spec);
    const authenticate = ({ credentials }: Json) =>
      credentials.type === 'bearer' && credentials.token === 'good-token'
        ? { scopes, principal: 'tester' }
        : credentials.type === 'bearer' && credentials.token === 'read-only'
          ? { scopes: scopes.filter((scope) => scope.endsWith(':read')), principal: 'reader' }
          : null;
    // Each operation answers its documented success status, with the documented body where the spec shows one (not
    // every operation does, so validateResponses stays off: what is tried is the server's own answers).
    const handlers: Record<string, () => Promise<Json>> = {};
    for (const operation of operations) handlers[operation.name] = async () => ({ status: operation.status, body: operation.answer });
    const listener = pkg.createNodeListener(pkg.createHandler(handlers, { authenticate, maxBodyBytes: 8 * 1024 }));
    server = createServer((request, response) => {
      reached.add(String(request.headers['x-probe']));
      listener(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    connection = new RawConnection((server.address() as AddressInfo).port, 2000);
    process.on('uncaughtException', recordThrown);
    process.on('unhandledRejection', recordThrown);
  });

  afterAll(async () => {
    process.off('uncaughtException', recordThrown);
    process.off('unhandledRejection', recordThrown);
    connection?.close();
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('never answers a 5xx, answers every 4xx of its own in the spec’s envelope, never throws, never touches Object.prototype', async () => {
    const prototypeBefore = prototypeSnapshot();
    const count = { sent: 0, served: 0, envelopes: 0, refusedByNode: 0 };
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests(operations, VALID_IDS[vendor]), async (shape) => {
        const thrownBefore = thrown.length;
        const probe = String((count.sent += 1));
        const request = rawRequest(shape, probe);
        const answer: RawAnswer = await connection.send(request);
        const where = `${request.method} ${request.target.length > 200 ? `${request.target.slice(0, 200)}…` : request.target} → ${answer.status} ${answer.text.slice(0, 300)}`;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, where).toBeLessThan(500);
        if (!reached.has(probe)) {
          // Node's parser refused the request (a lower-case or unknown method, a target or header it will not read):
          // Node's own 4xx, before any code of the package ran.
          expect(answer.status, where).toBeGreaterThanOrEqual(400);
          count.refusedByNode += 1;
        } else if (answer.status >= 400) {
          expect(answer.headers.get('content-type'), where).toMatch(/^application\/(problem\+)?json/);
          if (request.method.toUpperCase() !== 'HEAD') {
            expect(answer.json, where).toBeDefined();
            expect(checkEnvelope(answer.json).messages, where).toEqual([]);
            count.envelopes += 1;
          }
          const requestId = answer.headers.get('x-request-id') ?? answer.headers.get('request-id');
          if (requestId !== null && answer.text !== '') expect(answer.text, where).toContain(JSON.stringify(requestId));
        } else {
          count.served += 1;
        }
        expect(thrown.slice(thrownBefore), where).toEqual([]);
        expect(({} as Json).polluted, where).toBeUndefined();
        expect(prototypeSnapshot(), where).toEqual(prototypeBefore);
      }),
      { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
    );
    expect(thrown).toEqual([]);
    // Worth something only if requests got through every check, the server answered errors of its own, and some
    // requests were odd enough for Node to refuse them.
    expect(count.served, JSON.stringify([...statuses])).toBeGreaterThan(RUNS / 10);
    expect(count.envelopes, JSON.stringify([...statuses])).toBeGreaterThan(RUNS / 10);
    expect(count.refusedByNode, JSON.stringify([...statuses])).toBeGreaterThan(0);
  }, 30_000);
});
