import { beforeAll, describe, expect, it } from 'vitest';
import type { MockData } from '../../templates/package/contract-model.js';
import { createMockHandlers, mockAuthenticate, parsePrefer } from '../../templates/package/mock-runtime.js';
import { bundledPackage } from '../server/support/serve.js';
import { COLLECTION, MOCK_DATA, WEBHOOK } from './support/agentmessage-data.js';

type Json = any;
type Handler = (request: Request) => Promise<Response>;

const BASE = 'http://mock.test/v1/webhooks';

let pkg: Json;
beforeAll(async () => {
  pkg = await bundledPackage('agentmessage');
});

function mock(data: MockData = MOCK_DATA, stateful = false, token?: string): Handler {
  return pkg.createHandler(createMockHandlers(data, pkg.endpoints, { stateful }), { authenticate: mockAuthenticate(data, token === undefined ? {} : { token, tokenWithoutScopes: 'no-scopes' }), validateResponses: true });
}

async function call(handler: Handler, method: string, url: string, options: { body?: unknown; headers?: Record<string, string | string[]>; token?: string | null } = {}) {
  const headers = new Headers();
  if (options.token !== null) headers.set('authorization', `Bearer ${options.token ?? 'anything'}`);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) for (const item of [value].flat()) headers.append(name, item);
  const response = await handler(new Request(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }));
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

describe('the static mock', () => {
  it('answers the success answer\'s first example', async () => {
    const answer = await call(mock(), 'GET', `${BASE}/${WEBHOOK.id}`);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(WEBHOOK);
    expect(answer.headers.get('preference-applied')).toBeNull();
  });

  it('answers the documented status Prefer names, with its headers, and says so', async () => {
    const answer = await call(mock(), 'GET', `${BASE}/${WEBHOOK.id}`, { headers: { prefer: 'code=429' } });
    expect(answer.status).toBe(429);
    expect(answer.json.error.code).toBe('RATE_LIMITED');
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(answer.headers.get('preference-applied')).toBe('code=429');
  });

  it('answers the named example, and both preferences combined across Prefer headers', async () => {
    const paused = await call(mock(), 'GET', `${BASE}/${WEBHOOK.id}`, { headers: { prefer: 'example=paused' } });
    expect(paused.json.active).toBe(false);
    expect(paused.headers.get('preference-applied')).toBe('example=paused');
    const combined = await call(mock(), 'GET', `${BASE}/${WEBHOOK.id}`, { headers: { prefer: ['respond-async, code=404; x=1', 'example="notFound"'] } });
    expect(combined.status).toBe(404);
    expect(combined.json.error.code).toBe('NOT_FOUND');
    expect(combined.headers.get('preference-applied')).toBe('code=404, example=notFound');
  });

  it('ignores an undocumented status or an unknown example: the answer stays documented', async () => {
    const teapot = await call(mock(), 'GET', `${BASE}/${WEBHOOK.id}`, { headers: { prefer: 'code=418, example=nope' } });
    expect(teapot.status).toBe(200);
    expect(teapot.json).toEqual(WEBHOOK);
    expect(teapot.headers.get('preference-applied')).toBeNull();
  });

  it('answers a bodyless success without a body', async () => {
    const answer = await call(mock(), 'DELETE', `${BASE}/${WEBHOOK.id}`);
    expect(answer.status).toBe(204);
    expect(answer.json).toBeUndefined();
  });

  it('parses RFC 7240 preferences, quoted values and parameters', () => {
    expect({ ...parsePrefer('Code = 404 ;a=b, example="a, \\"b\\"", code=500') }).toEqual({ code: '404', example: 'a, "b"' });
    expect({ ...parsePrefer(null) }).toEqual({});
  });
});

describe('the mock\'s credentials', () => {
  it('accepts any non-empty credential without a token, and refuses the runner\'s bad one', async () => {
    const handler = mock();
    expect((await call(handler, 'GET', BASE, { token: 'whatever' })).status).toBe(200);
    expect((await call(handler, 'GET', BASE, { token: null })).status).toBe(401);
    expect((await call(handler, 'GET', BASE, { token: 'specforge-invalid-credential' })).status).toBe(401);
  });

  it('with a token, accepts only it, and answers 403 to the token without scopes', async () => {
    const handler = mock(MOCK_DATA, false, 'sekret');
    expect((await call(handler, 'GET', BASE, { token: 'sekret' })).status).toBe(200);
    expect((await call(handler, 'GET', BASE, { token: 'other' })).status).toBe(401);
    expect((await call(handler, 'GET', BASE, { token: 'no-scopes' })).status).toBe(403);
  });

  it('matches basic credentials as user:pass or by password', async () => {
    const authenticate = mockAuthenticate(MOCK_DATA, { token: 'u:p' });
    const request = new Request('http://x');
    expect(await authenticate({ scheme: 'bearerAuth', credentials: { type: 'basic', username: 'u', password: 'p' }, request })).toEqual({ scopes: ['webhooks:read', 'webhooks:write'], principal: { mock: true } });
    expect(await authenticate({ scheme: 'bearerAuth', credentials: { type: 'basic', username: 'u', password: 'q' }, request })).toBeNull();
    const byPassword = mockAuthenticate(MOCK_DATA, { token: 'p' });
    expect(await byPassword({ scheme: 'bearerAuth', credentials: { type: 'basic', username: 'specforge', password: 'p' }, request })).not.toBeNull();
  });
});

describe('the stateful mock', () => {
  it('create → get → update → get → delete → get, in the spec\'s envelopes', async () => {
    const handler = mock(MOCK_DATA, true);
    const created = await call(handler, 'POST', BASE, { body: { url: 'https://new.example.com/hook', events: ['lookup.completed'], description: 'mine' } });
    expect(created.status).toBe(201);
    const id = created.json.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(WEBHOOK.id);
    expect(created.json).toMatchObject({ url: 'https://new.example.com/hook', events: ['lookup.completed'], description: 'mine', org_id: WEBHOOK.org_id, secret_displayed_once: true });
    expect(Date.parse(created.json.created_at)).toBeGreaterThan(Date.now() - 60_000);

    const read = await call(handler, 'GET', `${BASE}/${id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id, url: 'https://new.example.com/hook', events: ['lookup.completed'] });
    expect(read.json.secret).toBeUndefined();

    const updated = await call(handler, 'PATCH', `${BASE}/${id}`, { body: { active: false, events: ['brand.vetted'] } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, active: false, events: ['brand.vetted'], url: 'https://new.example.com/hook', created_at: created.json.created_at });
    expect((await call(handler, 'GET', `${BASE}/${id}`)).json).toMatchObject({ active: false, events: ['brand.vetted'] });

    const listed = await call(handler, 'GET', BASE);
    expect(listed.json.data.map((item: Json) => item.id)).toEqual([WEBHOOK.id, id]);

    expect((await call(handler, 'DELETE', `${BASE}/${id}`)).status).toBe(204);
    const gone = await call(handler, 'GET', `${BASE}/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('NOT_FOUND');
    expect((await call(handler, 'DELETE', `${BASE}/${id}`)).status).toBe(404);
    expect((await call(handler, 'PATCH', `${BASE}/${id}`, { body: { active: true } })).status).toBe(404);
  });

  it('is seeded from the examples', async () => {
    const handler = mock(MOCK_DATA, true);
    expect((await call(handler, 'GET', `${BASE}/${WEBHOOK.id}`)).json).toEqual(WEBHOOK);
  });

  it('never returns a write-only field', async () => {
    const data: MockData = { ...MOCK_DATA, collections: [{ ...COLLECTION, writeOnly: ['description'] }] };
    const handler = mock(data, true);
    const created = await call(handler, 'POST', BASE, { body: { url: 'https://new.example.com/hook', events: ['lookup.completed'], description: 'secret label' } });
    expect(created.status).toBe(201);
    expect(created.json).not.toHaveProperty('description');
    const read = await call(handler, 'GET', `${BASE}/${created.json.id}`);
    expect(read.json).not.toHaveProperty('description');
    expect(read.json.url).toBe('https://new.example.com/hook');
  });

  it('falls back to the example when a stateful answer would break the spec', async () => {
    const data: MockData = { ...MOCK_DATA, collections: [{ ...COLLECTION, fields: { ...COLLECTION.fields, getWebhook: ['id', 'url'] } }] };
    const handler = mock(data, true);
    const created = await call(handler, 'POST', BASE, { body: { url: 'https://new.example.com/hook', events: ['lookup.completed'] } });
    const read = await call(handler, 'GET', `${BASE}/${created.json.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(WEBHOOK);
  });

  it('a Prefer header gets the static answer', async () => {
    const handler = mock(MOCK_DATA, true);
    const answer = await call(handler, 'GET', `${BASE}/00000000-0000-4000-8000-000000000000`, { headers: { prefer: 'example=paused' } });
    expect(answer.status).toBe(200);
    expect(answer.json.active).toBe(false);
  });
});

describe('ids that are names of Object.prototype', () => {
  const data: MockData = {
    operations: {
      listThings: { success: '200', answers: [{ status: '200', code: 200, contentType: 'application/json', examples: [{ name: 'a', value: [{ id: '__proto__', name: 'seeded' }] }], headers: {} }] },
      getThing: {
        success: '200',
        answers: [
          { status: '200', code: 200, contentType: 'application/json', examples: [{ name: 'a', value: { id: 'constructor', name: 'read' } }], headers: {} },
          { status: '404', code: 404, contentType: 'application/json', examples: [{ name: 'missing', value: { message: 'no such thing' } }], headers: {} },
        ],
      },
      createThing: { success: '201', answers: [{ status: '201', code: 201, contentType: 'application/json', examples: [{ name: 'a', value: { id: 'thing-0001', name: 'x' } }], headers: {} }] },
      updateThing: { success: '200', answers: [{ status: '200', code: 200, contentType: 'application/json', examples: [{ name: 'a', value: { id: 'thing-0001', name: 'x' } }], headers: {} }, { status: '404', code: 404, contentType: 'application/json', examples: [{ name: 'missing', value: { message: 'gone' } }], headers: {} }] },
    },
    collections: [
      { path: '/things', itemPath: '/things/{id}', idParameter: 'id', idField: 'id', create: 'createThing', list: 'listThings', read: 'getThing', update: 'updateThing', resourceAt: { listThings: '', getThing: '', createThing: '', updateThing: '' }, fields: {}, readOnly: ['id'], writeOnly: [], timestamps: [] },
    ],
    scopes: {},
  };

  it('keeps them in the store, not on Object.prototype', async () => {
    const handlers = createMockHandlers(data, {}, { stateful: true });
    expect(await handlers.getThing!({ path: { id: '__proto__' } })).toMatchObject({ status: 200, body: { id: '__proto__', name: 'seeded' } });
    expect(await handlers.getThing!({ path: { id: 'hasOwnProperty' } })).toMatchObject({ status: 404 });
    expect(await handlers.updateThing!({ path: { id: 'toString' }, body: { name: 'y' } })).toMatchObject({ status: 404 });
    const created = await handlers.createThing!({ body: JSON.parse('{"__proto__": {"polluted": true}, "name": "new", "id": "ignored"}') });
    expect(created.status).toBe(201);
    const body = created.body as Json;
    expect(body.id).toMatch(/^thing-\d{4}$/);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(body, '__proto__')).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    const updated = await handlers.updateThing!({ path: { id: '__proto__' }, body: JSON.parse('{"constructor": 1}') });
    expect(updated.body).toMatchObject({ id: '__proto__', name: 'seeded', constructor: 1 });
    expect(({} as Json).constructor).toBe(Object);
  });
});
