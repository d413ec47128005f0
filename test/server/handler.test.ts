import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot, runCli } from '../support/run-cli.js';
import { importPackage, tempDir } from '../generate/support/generated-package.js';
import { SEED_OF, VENDORS, type Vendor } from '../specs/support/spec-fixtures.js';
import { seedExamples } from '../specs/support/seed-examples.js';
import { bundledPackage, send, updateOperation, type Answer, type UpdateOperation } from './support/serve.js';

type Json = any;

const authenticate = ({ credentials }: Json) =>
  credentials.type === 'bearer' && credentials.token === 'good-token'
    ? { scopes: ['webhooks:read', 'webhooks:write'], principal: { team: 't1' } }
    : credentials.type === 'bearer' && credentials.token === 'read-only'
      ? { scopes: ['webhooks:read'], principal: { team: 't1' } }
      : null;

interface Fixture {
  pkg: Json;
  update: UpdateOperation;
  calls: Json[];
  handler: (request: Request) => Promise<Response>;
}

async function fixture(vendor: Vendor): Promise<Fixture> {
  const pkg = await bundledPackage(vendor);
  const update = await updateOperation(vendor);
  const calls: Json[] = [];
  const handler = pkg.createHandler(
    {
      updateWebhook: async (input: Json) => {
        calls.push(input);
        return { status: 200, body: update.answer };
      },
    },
    { authenticate },
  );
  return { pkg, update, calls, handler };
}

/** The error answer validates against what the operation documents for its status, when it documents it. */
function expectDocumented(pkg: Json, operationId: string, answer: Answer): void {
  const verdict = pkg.endpoints[operationId].validateResponse(answer.status, answer.json);
  const undocumented = verdict.ok === false && verdict.errors[0].keyword === 'status';
  if (!undocumented) expect(verdict, `${answer.status} ${answer.text}`).toEqual({ ok: true, value: answer.json });
}

describe.each(VENDORS)('%s: the update operation behind createHandler', (vendor) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture(vendor);
  });

  it('runs the handler for every documented request body, with the path parsed, and answers its documented 200', async () => {
    expect(f.update.examples.length).toBeGreaterThan(0);
    for (const example of f.update.examples) {
      f.calls.length = 0;
      const answer = await send(f.handler, f.update.method, f.update.url, { body: example });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.json).toEqual(f.update.answer);
      expect(f.calls).toHaveLength(1);
      expect(f.calls[0].path).toEqual({ id: f.update.id });
      expect(f.calls[0].auth).toEqual({ scheme: 'bearerAuth', scopes: ['webhooks:read', 'webhooks:write'], principal: { team: 't1' } });
    }
  });

  it('answers a body that breaks the schema in the spec’s invalidRequest envelope, without running the handler', async () => {
    f.calls.length = 0;
    const answer = await send(f.handler, f.update.method, f.update.url, { body: { url: 'not a url' } });
    expect(f.calls).toHaveLength(0);
    const kind = f.update.spec['x-specforge-errors'].kinds.invalidRequest;
    expect(answer.status).toBe(kind.status);
    expectDocumented(f.pkg, 'updateWebhook', answer);
    const body = answer.json;
    if (vendor === 'agentmessage') {
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(body.error.details)).toContain('url');
      expect(body.error.request_id).toMatch(/^[0-9a-f-]{36}$/);
    } else if (vendor === 'autousers') {
      expect(body.error).toMatchObject({ type: 'invalid_request_error', param: 'url' });
      expect(body.error.message).toMatch(/^url /);
      expect(answer.headers.get('x-request-id')).toBe(body.error.request_id);
    } else if (vendor === 'middesk') {
      expect(body.errors.length).toBeGreaterThan(0);
      expect(body.errors[0]).toMatchObject({ parameter: 'url' });
    } else {
      expect(body).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR' } });
      expect(body.error.message).toMatch(/^url /);
    }
  });

  it('answers a missing or refused credential 401, before reading the body', async () => {
    for (const token of [null, 'wrong']) {
      const answer = await send(f.handler, f.update.method, f.update.url, { token, body: '{not json' });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expectDocumented(f.pkg, 'updateWebhook', answer);
    }
  });

  it('answers credentials without the scope the operation requires 403, where the spec names scopes', async () => {
    const answer = await send(f.handler, f.update.method, f.update.url, { token: 'read-only', body: {} });
    if (f.update.scopes.length === 0) expect(answer.status).toBe(200);
    else {
      expect(answer.status).toBe(403);
      expectDocumented(f.pkg, 'updateWebhook', answer);
    }
  });

  it('answers a body that is not JSON with the malformed-request answer, and one of another media type 415', async () => {
    const malformed = await send(f.handler, f.update.method, f.update.url, { body: '{"url": ' });
    const kinds = f.update.spec['x-specforge-errors'].kinds;
    expect(malformed.status).toBe((kinds.malformedRequest ?? kinds.invalidRequest).status);
    expectDocumented(f.pkg, 'updateWebhook', malformed);
    const text = await send(f.handler, f.update.method, f.update.url, { body: 'url=x', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
  });

  it('answers an unknown path 404 and a method the path does not declare 405 with Allow', async () => {
    const unknown = await send(f.handler, 'GET', `${f.update.origin}/nowhere/at/all`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json');
    const other = await send(f.handler, 'POST', f.update.url, { body: {} });
    expect(other.status).toBe(405);
    const allow = other.headers.get('allow')!.split(', ');
    expect(allow).toContain(f.update.method);
    expect(allow).toContain('GET');
    expect(allow).toContain('HEAD');
    expect(allow).not.toContain('POST');
  });

  it('answers a handler that is not given 501, and one that throws 500 with nothing of the error in the body', async () => {
    const errors: Json[] = [];
    const handler = f.pkg.createHandler(
      { updateWebhook: async () => { throw new Error('secret database password at /srv/app/db.ts:12'); } },
      { authenticate, onError: (error: unknown, context: Json) => errors.push({ error, context }) },
    );
    const thrown = await send(handler, f.update.method, f.update.url, { body: {} });
    expect(thrown.status).toBe(500);
    expect(thrown.text).not.toMatch(/secret|srv|db\.ts|Error|at /);
    expectDocumented(f.pkg, 'updateWebhook', thrown);
    expect(errors).toHaveLength(1);
    expect(errors[0].error.message).toContain('secret database password');
    expect(errors[0].context.operation).toBe('updateWebhook');
    const missing = await send(handler, 'GET', f.update.url);
    expect(missing.status).toBe(501);
  });
});

describe('createHandler', () => {
  it('refuses, at construction, to serve secured operations without authenticate, and handlers the API does not have', async () => {
    const pkg = await bundledPackage('agentmessage');
    expect(() => pkg.createHandler({})).toThrow(/updateWebhook.*require.*security.*authenticate/s);
    expect(() => pkg.createHandler({ updateWebhok: async () => ({ status: 200 }) }, { authenticate })).toThrow(/no operation is named "updateWebhok"/);
    expect(() => pkg.createHandler({ updateWebhook: 'yes' }, { authenticate })).toThrow(/not a function/);
  });

  it('answers AutoSend’s secret with the seed’s body exactly', async () => {
    const { handler, update } = await fixture('autosend');
    const answer = await send(handler, update.method, update.url, { body: { secret: 'whsec_new' } });
    const page = readFileSync(join(projectRoot, '..', 'shared', 'seeds', SEED_OF.autosend), 'utf8');
    const documented = seedExamples(page).find((example) => JSON.stringify(example.value).includes('Secret cannot be updated'));
    const expected = documented?.value ?? { success: false, error: { message: 'Secret cannot be updated. Create a new webhook instead.', code: 'VALIDATION_ERROR' } };
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(JSON.stringify(expected));
  });

  it('serves the paths under the path of the first server URL, or under options.basePath', async () => {
    const { pkg, update } = await fixture('autosend');
    const implement = { updateWebhook: async ({ path }: Json) => ({ status: 200, body: { ...(update.answer as object), id: path.id } }) };
    const handler = pkg.createHandler(implement, { authenticate });
    expect((await send(handler, 'PUT', `https://api.autosend.com/v1/webhooks/${update.id}`, { body: {} })).status).toBe(200);
    expect((await send(handler, 'PUT', `https://api.autosend.com/webhooks/${update.id}`, { body: {} })).status).toBe(404);
    const moved = pkg.createHandler(implement, { authenticate, basePath: '/api/autosend' });
    expect((await send(moved, 'PUT', `http://localhost/api/autosend/webhooks/${update.id}`, { body: {} })).status).toBe(200);
    expect((await send(moved, 'PUT', `http://localhost/v1/webhooks/${update.id}`, { body: {} })).status).toBe(404);
  });

  it('decodes path segments after splitting, so %2F stays in one parameter; a trailing slash is the same path, a doubled slash none', async () => {
    const { pkg, update } = await fixture('autosend');
    const seen: string[] = [];
    const handler = pkg.createHandler({ getWebhook: async ({ path }: Json) => (seen.push(path.id), { status: 200, body: update.answer }) }, { authenticate });
    expect((await send(handler, 'GET', 'https://api.autosend.com/v1/webhooks/a%2Fb')).status).toBe(200);
    expect((await send(handler, 'GET', 'https://api.autosend.com/v1/webhooks/caf%C3%A9/')).status).toBe(200);
    expect(seen).toEqual(['a/b', 'café']);
    expect((await send(handler, 'GET', 'https://api.autosend.com/v1//webhooks/x')).status).toBe(404);
    expect((await send(handler, 'GET', 'https://api.autosend.com/v1/webhooks//')).status).toBe(404);
  });

  it('answers HEAD where GET is declared, with the headers GET would send and no body', async () => {
    const { pkg, update } = await fixture('middesk');
    const handler = pkg.createHandler({ getWebhook: async () => ({ status: 200, body: update.answer }) }, { authenticate });
    const get = await send(handler, 'GET', update.url);
    const head = await send(handler, 'HEAD', update.url);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(get.text)));
  });

  it('answers a body over maxBodyBytes 413 without reading the rest of it', async () => {
    const { pkg, update } = await fixture('agentmessage');
    const handler = pkg.createHandler({ updateWebhook: async () => ({ status: 200, body: update.answer }) }, { authenticate, maxBodyBytes: 1024 });
    let pulled = 0;
    const chunk = new TextEncoder().encode(' '.repeat(512));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 10_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request(update.url, { method: 'PATCH', headers: { authorization: 'Bearer good-token', 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
    // A declared length over the limit is refused before any of the body is read.
    const declared = await send(handler, 'PATCH', update.url, { body: {}, headers: { 'content-length': '999999' } });
    expect(declared.status).toBe(413);
  });

  it('with validateResponses, turns an answer that breaks the spec into a 500 and reports it', async () => {
    const { pkg, update } = await fixture('agentmessage');
    const errors: unknown[] = [];
    const handler = pkg.createHandler(
      { updateWebhook: async () => ({ status: 200, body: { id: 12 } }), getWebhook: async () => ({ status: 299, body: {} }) },
      { authenticate, validateResponses: true, onError: (error: unknown) => errors.push(error) },
    );
    const answer = await send(handler, 'PATCH', update.url, { body: {} });
    expect(answer.status).toBe(500);
    expect(answer.text).not.toContain('"id"');
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).name).toBe('ResponseValidationError');
    expect((await send(handler, 'GET', update.url)).status).toBe(500);
    expect(errors).toHaveLength(2);
  });

  // The server adds the request-id header to every answer; validateResponses checks the answer with it.
  it('with validateResponses, accepts an answer that leaves the required X-Request-Id to the server (autousers)', async () => {
    const { pkg, update } = await fixture('autousers');
    const errors: unknown[] = [];
    const handler = pkg.createHandler(
      { updateWebhook: async () => ({ status: 200, body: update.answer }) },
      { authenticate, validateResponses: true, onError: (error: unknown) => errors.push(error) },
    );
    const answer = await send(handler, 'PATCH', update.url, { body: {} });
    expect(errors).toEqual([]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('treats __proto__, constructor and prototype in a body, a query and header names as data', async () => {
    const { pkg, update } = await fixture('agentmessage');
    const onError = vi.fn();
    const handler = pkg.createHandler({ updateWebhook: async () => ({ status: 200, body: update.answer }), listWebhooks: async () => ({ status: 200, body: { data: [] } }) }, { authenticate, onError });
    const hostile = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const answer = await send(handler, 'PATCH', `${update.url}?__proto__=1&constructor=2`, { body: hostile, headers: { __proto__: 'x', constructor: 'y' } as Json });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.json.error.details).sort()).toEqual(['__proto__', 'constructor']);
    const list = await send(handler, 'GET', `${update.origin}/v1/webhooks?__proto__[polluted]=1&limit=5`);
    expect(list.status).toBeLessThan(500);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('what a handler receives', () => {
  it('AgentMessage: a description blank after trimming arrives as null, any other as sent; one over 200 characters is still refused', async () => {
    const { handler, update, calls } = await fixture('agentmessage');
    const received = async (description: string) => {
      calls.length = 0;
      const answer = await send(handler, update.method, update.url, { body: { description } });
      expect(answer.status, answer.text).toBe(200);
      expect(calls).toHaveLength(1);
      return calls[0].body;
    };
    expect(await received('   ')).toEqual({ description: null });
    expect(await received('')).toEqual({ description: null });
    expect(await received('\t\n ')).toEqual({ description: null });
    expect(await received('x')).toEqual({ description: 'x' });
    expect(await received(' x ')).toEqual({ description: ' x ' });

    calls.length = 0;
    const tooLong = await send(handler, update.method, update.url, { body: { description: ' '.repeat(201) } });
    expect(tooLong.status).toBe(422);
    expect(Object.keys(tooLong.json.error.details)).toEqual(['description']);
    expect(calls).toHaveLength(0);
  });

  it('AgentMessage: a blank description given to createWebhook arrives as null too', async () => {
    const pkg = await bundledPackage('agentmessage');
    const { update } = await fixture('agentmessage');
    const calls: Json[] = [];
    const handler = pkg.createHandler({ createWebhook: async (input: Json) => (calls.push(input), { status: 201, body: update.answer }) }, { authenticate });
    const body = { url: 'https://example.com/hook', events: ['brand.vetted'], description: ' ' };
    const answer = await send(handler, 'POST', `${update.origin}/v1/webhooks`, { body });
    expect(answer.status, answer.text).toBe(201);
    expect(calls[0].body).toEqual({ ...body, description: null });
  });

  // test/generate/fixtures/defaults.yaml
  it('gives a handler the defaults of the parameters a request leaves out: limit arrives as 25', async () => {
    const dir = tempDir('defaults-handler');
    const result = runCli(['generate', 'test/generate/fixtures/defaults.yaml', '--out', dir, '--package-name', 'defaults']);
    expect(result.code, result.stderr).toBe(0);
    const pkg = await importPackage(dir);
    const calls: Json[] = [];
    const handler = pkg.createHandler({ listItems: async (input: Json) => (calls.push(input), { status: 204 }) });
    expect((await send(handler, 'GET', 'http://localhost/items', { token: null })).status).toBe(204);
    expect(calls[0].query).toEqual({ limit: 25, sort: 'asc', constructor: 'made' });
    expect(calls[0].headers).toEqual({ 'X-Page-Size': 10 });
    expect(calls[0].cookies).toEqual({ theme: 'light' });
    const sent = await send(handler, 'GET', 'http://localhost/items?limit=5&cursor=c1', { token: null, headers: { 'x-page-size': '3', cookie: 'theme=dark' } });
    expect(sent.status).toBe(204);
    expect(calls[1].query).toEqual({ limit: 5, sort: 'asc', cursor: 'c1', constructor: 'made' });
    expect(calls[1].headers).toEqual({ 'X-Page-Size': 3 });
    expect(calls[1].cookies).toEqual({ theme: 'dark' });
  });
});
