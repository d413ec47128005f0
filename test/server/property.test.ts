import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { VENDORS } from '../specs/support/spec-fixtures.js';
import { bundledPackage, VALID_IDS } from './support/serve.js';

type Json = any;

const SEED = Number(process.env['SPECFORGE_PROPERTY_SEED'] ?? 20261204);
const ORIGIN: Record<string, string> = {};

const authenticate = ({ credentials }: Json) => (credentials.type === 'bearer' && credentials.token.length % 2 === 0 ? { scopes: ['webhooks:read'], principal: credentials.token } : null);

/** Every operation implemented, answering 200 with an empty object: the server's own checks are what is tried. */
function implementAll(pkg: Json): Record<string, () => Promise<Json>> {
  const handlers: Record<string, () => Promise<Json>> = {};
  for (const name of Object.keys(pkg.endpoints)) handlers[name] = async () => ({ status: 200, body: {} });
  return handlers;
}

const segment = fc.oneof(
  fc.constantFrom('v1', 'api', 'webhooks', 'rotate-secret', 'test', 'deliveries', '497f6eca-6276-4993-bfeb-53cbbbba6f08', '__proto__', 'constructor', 'prototype', '', '%2F', '%E0%A4%A', '..', '%00'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const randomPath = fc.array(segment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`);

/** The API's own paths under its base path, with each parameter random or valid: most requests reach a handler. */
function pathOf(pkg: Json, basePath: string, id: string): fc.Arbitrary<string> {
  const templates = Object.values<Json>(pkg.endpoints).map((endpoint) => basePath + endpoint.path);
  const known = fc.tuple(fc.constantFrom(...templates), segment, fc.boolean()).map(([template, value, valid]) =>
    template.replace(/\{[^}]+\}/g, valid ? id : value),
  );
  return fc.oneof(known, known, randomPath);
}
const query = fc.array(fc.tuple(fc.constantFrom('limit', 'cursor', '__proto__', 'constructor[prototype]', 'a[b]', 'isActive', 'page'), fc.string({ maxLength: 8 })), { maxLength: 4 });
const headerName = fc.constantFrom('authorization', 'content-type', '__proto__', 'constructor', 'prototype', 'x-request-id', 'cookie', 'idempotency-key', 'x-custom');
const headerValue = fc.oneof(fc.constantFrom('Bearer ab', 'Bearer abc', 'Bearer ', 'Basic !!!', 'application/json', 'text/plain', 'application/json; charset=utf-8', '__proto__=1'), fc.string({ maxLength: 16 }));
const body = fc.oneof(
  fc.constant(undefined),
  fc.constant(undefined),
  fc.constant('{}'),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"€": 1}', '[', '', '\u0000', '{"url":"https://x.example","events":[]}'),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ url: 'https://hooks.example/x', events: ['email.sent'], extra: value })),
);
const credential = fc.oneof(fc.constant('Bearer ab'), fc.constant('Bearer ab'), fc.constant('Bearer abc'), fc.constant(undefined));
const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'get');

describe.each(VENDORS)('%s: random requests', (vendor) => {
  it('never answer a 5xx, never throw, never touch Object.prototype', async () => {
    const pkg = await bundledPackage(vendor);
    const handler = pkg.createHandler(implementAll(pkg), { authenticate });
    ORIGIN[vendor] = 'https://api.example';
    const basePath = vendor === 'autosend' ? '/v1' : '';
    const path = pathOf(pkg, basePath, VALID_IDS[vendor]);
    let served = 0;
    await fc.assert(
      fc.asyncProperty(method, path, query, credential, fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }), body, async (verb, at, pairs, token, headerPairs, payload) => {
        const search = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
        const headers = new Headers(token ? { authorization: token, 'content-type': 'application/json' } : {});
        for (const [name, value] of headerPairs) {
          try {
            headers.append(name, value);
          } catch {
            // A value Headers itself refuses never reaches a server.
          }
        }
        const sendsBody = payload !== undefined && verb !== 'GET' && verb !== 'HEAD' && verb !== 'get';
        let request: Request;
        try {
          request = new Request(`${ORIGIN[vendor]}${at}${search ? `?${search}` : ''}`, { method: verb, headers, body: sendsBody ? payload : undefined });
        } catch {
          return; // Not a request fetch would send (TRACE, say).
        }
        const response: Response = await handler(request);
        expect(response.status, `${verb} ${at}?${search}`).toBeLessThan(500);
        if (response.status < 300) served += 1;
        await response.arrayBuffer();
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(({} as Json).polluted).toBeUndefined();
      }),
      { numRuns: 400, seed: SEED },
    );
    // The property is only worth something if some requests got through every check to a handler.
    expect(served).toBeGreaterThan(0);
  });
});

describe('a soak of 100,000 requests', () => {
  it('leaves the heap flat', () => {
    const entry = pathToFileURL(join(projectRoot, 'generated', 'agentmessage', 'index.js')).href;
    const script = `
      const pkg = await import(${JSON.stringify(entry)});
      const answer = { id: '497f6eca-6276-4993-bfeb-53cbbbba6f08' };
      const handler = pkg.createHandler({ updateWebhook: async () => ({ status: 200, body: answer }) }, { authenticate: () => ({ scopes: ['webhooks:write'], principal: 1 }) });
      const url = 'https://example.com/v1/webhooks/497f6eca-6276-4993-bfeb-53cbbbba6f08';
      const bodies = ['{"active":false}', '{"url":"http://insecure.example"}', '{"__proto__":{"x":1}}', '[', '{}'];
      const run = async (count) => {
        for (let i = 0; i < count; i++) {
          const response = await handler(new Request(url, { method: i % 7 === 0 ? 'PUT' : 'PATCH', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: bodies[i % bodies.length] }));
          await response.arrayBuffer();
        }
      };
      const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
      await run(10000);
      const before = heap();
      await run(100000);
      const after = heap();
      console.log(JSON.stringify({ before, after }));
    `;
    const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 240_000 });
    expect(result.stderr).toBe('');
    const { before, after } = JSON.parse(result.stdout);
    expect(after - before, `heap grew from ${before} to ${after} bytes`).toBeLessThan(4 * 1024 * 1024);
  }, 300_000);
});
