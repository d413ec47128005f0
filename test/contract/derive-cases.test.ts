import { describe, expect, it } from 'vitest';
import { deriveCases } from '../../generator/emit/contract/derive-cases.js';
import { contractOperations } from '../../generator/emit/contract/contract-operations.js';
import type { ContractCase } from '../../templates/package/contract-model.js';
import { generatedPackage } from '../client/support/client-package.js';
import { BUNDLED_SPECS, irOf, specPath } from './support.js';

/** Sends a case through the package's own handler (trivial handlers, any credential but `bad` accepted). */
async function answer(pkg: any, c: ContractCase, scopes: (op: string) => string[]): Promise<number> {
  const handlers = new Proxy({}, { get: () => async () => ({ status: 599 }) });
  const names = Object.keys(pkg.endpoints);
  const handler = pkg.createHandler(Object.fromEntries(names.map((n) => [n, (handlers as any)[n]])), {
    basePath: '',
    authenticate: ({ credentials }: any) => {
      if (credentials.type === 'bearer' && credentials.token === 'bad') return null;
      if (credentials.type === 'bearer' && credentials.token === 'noscopes') return { scopes: [], principal: 'x' };
      return { scopes: scopes(c.operation), principal: 'x' };
    },
  });
  const headers = new Headers(c.request.headers);
  if (c.request.credentials === 'valid') headers.set('authorization', 'Bearer good');
  if (c.request.credentials === 'invalid') headers.set('authorization', 'Bearer bad');
  if (c.request.credentials === 'withoutScopes') headers.set('authorization', 'Bearer noscopes');
  const url = `http://127.0.0.1${c.request.path}${c.request.query ? `?${c.request.query}` : ''}`;
  const response = await handler(new Request(url, { method: c.request.method, headers, ...(c.request.body !== undefined ? { body: c.request.body } : {}) }));
  return response.status;
}

describe.each(BUNDLED_SPECS)('cases derived from %s', (spec) => {
  const generated = generatedPackage(specPath(spec), `${spec}-cases`);

  it('are answered by the generated server as each expects', async () => {
    const ir = await irOf(specPath(spec));
    const cases = deriveCases(ir);
    const scopesByOp = new Map(ir.operations.map((op) => [op.id, [...new Set(op.security.flatMap((r) => r.flatMap((s) => s.scopes)))]]));
    const names = Object.keys(contractOperations(ir));
    const idOf = new Map(names.map((n, i) => [n, ir.operations[i]!.id]));
    const wrong: string[] = [];
    for (const c of cases) {
      const status = await answer(generated.pkg, c, (op) => scopesByOp.get(idOf.get(op)!) ?? []);
      const ok =
        c.expect === 'accepted' ? status === 599 // the handler ran: routing, security and validation let it through
          : c.expect === 'rejected' ? status >= 400 && status < 500 && ![401, 403, 404, 405].includes(status)
            : c.expect === 'unauthorized' ? status === 401
              : status === 403;
      if (!ok) wrong.push(`${c.id} (${c.title}) → ${status}: ${c.request.method} ${c.request.path}${c.request.query ? `?${c.request.query}` : ''} ${c.request.body ?? ''}`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
  });
});

describe('deriving cases', () => {
  it('is deterministic for a seed, with unique ids, and derives body cases past a forbidden field (not: {})', async () => {
    const ir = await irOf(specPath('agentmessage'));
    const cases = deriveCases(ir, { seed: 3 });
    expect(deriveCases(ir, { seed: 3 })).toEqual(cases);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const update = cases.filter((c) => c.operation === 'updateWebhook');
    const byId = new Map(update.map((c) => [c.id, c]));
    expect(byId.get('updateWebhook/negative/body/api_version/forbidden')?.request.body).toContain('api_version');
    expect(byId.get('updateWebhook/negative/body/url/pattern')?.title).toBe('body /url: an http URL, which the pattern ^https:// forbids');
    expect(JSON.parse(byId.get('updateWebhook/positive/body/description/maxLength')!.request.body!).description).toHaveLength(200);
    expect(JSON.parse(byId.get('updateWebhook/negative/body/description/maxLength')!.request.body!).description).toHaveLength(201);
    // Positive cases never carry the forbidden field.
    for (const c of update.filter((c) => c.kind !== 'negative' && c.request.body)) expect(JSON.parse(c.request.body!)).not.toHaveProperty('api_version');
    expect(update.filter((c) => c.kind === 'auth').map((c) => [c.request.credentials, c.expect])).toEqual([
      ['none', 'unauthorized'], ['invalid', 'unauthorized'], ['withoutScopes', 'forbidden'],
    ]);
    const example = update.find((c) => c.kind === 'example')!;
    expect(example.input?.path).toHaveProperty('id');
    expect(example.request.headers['content-type']).toBe('application/json');
  });

  it('writes parameters as exact wire text per style', async () => {
    const { buildIR } = await import('../../generator/ir/build-ir.js');
    const ir = buildIR({
      openapi: '3.1.0', info: { title: 't', version: '1' },
      paths: {
        '/items/{ids}': {
          get: {
            operationId: 'getItems',
            parameters: [
              { name: 'ids', in: 'path', required: true, style: 'label', schema: { type: 'array', items: { type: 'string', enum: ['a b', 'c'] }, minItems: 2, maxItems: 2, uniqueItems: true } },
              { name: 'tags', in: 'query', required: true, style: 'pipeDelimited', explode: false, schema: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 9 }, minItems: 2, maxItems: 2 } },
              { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string', pattern: '^[a-f0-9]{8}$' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    } as any, '3.1');
    const base = deriveCases(ir).find((c) => c.id === 'getItems/positive/base')!;
    expect(base.request.path).toMatch(/^\/items\/\.(a%20b|c),(a%20b|c)$/);
    expect(base.request.query).toMatch(/^tags=\d\|\d$/);
    expect(base.request.headers['x-trace']).toMatch(/^[a-f0-9]{8}$/);
    expect(deriveCases(ir).some((c) => c.id === 'getItems/negative/header/X-Trace/pattern')).toBe(true);
  });
});

describe('contractOperations', () => {
  it('gives statuses, media, credential placement and scoping by name in code', async () => {
    const operations = contractOperations(await irOf(specPath('agentmessage')));
    expect(operations['updateWebhook']).toMatchObject({ method: 'PATCH', path: '/v1/webhooks/{id}', credentials: { kind: 'bearer' }, scoped: true });
    expect(operations['updateWebhook']!.media['200']).toEqual(['application/json']);
    expect(operations['deleteWebhook']!.media['204']).toEqual([]);
  });
});
