import { describe, expect, it } from 'vitest';
import { VALID_IDS } from '../server/support/serve.js';
import { generatedPackage, recording } from './support/client-package.js';
import { answerFor, operationsByName, requestFor } from './support/spec-cases.js';

type Json = any;

const TOKEN = 'good-token';
const authenticate = ({ credentials }: Json) => (credentials.token === TOKEN ? { scopes: ['webhooks:read', 'webhooks:write'], principal: {} } : null);

const generated = generatedPackage('specs/middesk.yaml', 'client-validation-middesk');
const OPS = operationsByName('specs/middesk.yaml');

function serving(answer: Json) {
  const ran: string[] = [];
  const handlers: Record<string, () => Promise<Json>> = {};
  for (const name of Object.keys(OPS)) handlers[name] = async () => (ran.push(name), answer);
  return { fetch: recording(generated.pkg.createHandler(handlers, { authenticate })), ran };
}

describe('validateRequests', () => {
  it('refuses a request that breaks the spec before sending it, with the errors the endpoint’s validateRequest gives', async () => {
    const { fetch } = serving(answerFor(OPS.createWebhook!, '201'));
    const client = generated.pkg.createClient({ fetch, token: TOKEN, validateRequests: true });
    const body = { url: 'not a url', enabled_events: ['no.such.event'], extra: 1 };
    const expected = generated.pkg.endpoints.createWebhook.validateRequest({ headers: { 'content-type': 'application/json' }, body }).errors;
    expect(expected.length).toBeGreaterThan(1);

    const error = await client.createWebhook({ body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(generated.pkg.ClientError);
    expect(error).toMatchObject({ kind: 'invalidRequest', operation: 'createWebhook' });
    expect(error.errors).toEqual(expected);
    expect(Object.keys(error.errors[0])).toEqual(['in', 'pointer', 'keyword', 'message']);
    expect(error.message).toBe(`createWebhook: the request breaks the spec: body ${expected[0].pointer}: ${expected[0].message}`);
    expect(fetch.requests).toHaveLength(0);
  });

  it('refuses a path parameter that breaks its schema, naming it', async () => {
    const { fetch } = serving(answerFor(OPS.getWebhook!, '200'));
    const client = generated.pkg.createClient({ fetch, token: TOKEN, validateRequests: true });
    const error = await client.getWebhook({ path: { id: 'not-a-uuid' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalidRequest', errors: generated.pkg.endpoints.getWebhook.validateRequest({ path: { id: 'not-a-uuid' } }).errors });
    expect(error.errors[0]).toMatchObject({ in: 'path', pointer: '/id', keyword: 'format' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('sends the same request when validateRequests is off, for the server to refuse with its documented answer', async () => {
    const { fetch, ran } = serving(answerFor(OPS.createWebhook!, '201'));
    const result = await generated.pkg.createClient({ fetch, token: TOKEN, validateResponses: true }).createWebhook({ body: { url: 'not a url', enabled_events: [] } });
    expect(result).toMatchObject({ status: 422, documented: true });
    expect(ran).toEqual([]);
  });
});

describe('validateResponses', () => {
  it('rejects a documented status whose body lacks a required field, naming the field', async () => {
    const webhook = { ...(answerFor(OPS.getWebhook!, '200').body as object) } as Json;
    delete webhook.url;
    const { fetch } = serving({ status: 200, body: webhook });
    const client = generated.pkg.createClient({ fetch, token: TOKEN, validateResponses: true });
    const error = await client.getWebhook({ path: { id: VALID_IDS.middesk } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ClientError', kind: 'invalidResponse', operation: 'getWebhook' });
    expect(error.errors).toEqual(generated.pkg.endpoints.getWebhook.validateResponse(200, webhook).errors);
    expect(error.errors).toContainEqual(expect.objectContaining({ in: 'body', keyword: 'required', message: expect.stringContaining('url') }));
    expect(error.message).toMatch(/^getWebhook: the 200 response breaks the spec: body .*url/);
    expect(error.response.status).toBe(200);

    // Without the check, the same answer is the caller's to read.
    const unchecked = await generated.pkg.createClient({ fetch, token: TOKEN }).getWebhook({ path: { id: VALID_IDS.middesk } });
    expect(unchecked).toMatchObject({ status: 200, documented: true, body: webhook });
  });

  it('rejects a JSON response that does not parse, with the parse error as cause', async () => {
    const broken = async () => new Response('{"object": "webhook",', { status: 200, headers: { 'content-type': 'application/json' } });
    const error = await generated.pkg.createClient({ fetch: broken, token: TOKEN }).getWebhook(requestFor('middesk', OPS.getWebhook!)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalidResponse', operation: 'getWebhook', message: "getWebhook: the 200 response's body is not valid JSON" });
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.response.status).toBe(200);
  });
});
