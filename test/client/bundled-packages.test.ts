import { describe, expect, it } from 'vitest';
import { VENDORS } from '../specs/support/spec-fixtures.js';
import { generatedPackage } from './support/client-package.js';
import { answerFor, operationsOf, readSpec, requestFor } from './support/spec-cases.js';

type Json = any;

const TOKEN = 'good-token';
const authenticate = ({ credentials }: Json) =>
  credentials.type === 'bearer' && credentials.token === TOKEN ? { scopes: ['webhooks:read', 'webhooks:write'], principal: { team: 't1' } } : null;

describe.each(VENDORS)('%s: the client against its own handler', (vendor) => {
  const spec = readSpec(`specs/${vendor}.yaml`);
  const operations = operationsOf(spec);
  const generated = generatedPackage(`specs/${vendor}.yaml`, `client-${vendor}`);
  const cases = operations.flatMap((op) => Object.keys(op.responses).map((key, nth) => ({ name: op.name, key, op, nth })));

  it('has one method per operation of the spec, named as its handlers are', () => {
    const client = generated.pkg.createClient({ fetch: async () => new Response(null) });
    expect(Object.keys(client).sort()).toEqual(operations.map((op) => op.name).sort());
  });

  it.each(cases)('$name: a $key answer is a documented result with the body the handler sent', async ({ op, key, nth }) => {
    const { pkg } = generated;
    const answer = answerFor(op, key);
    const request = requestFor(vendor, op, nth);
    const received: Json[] = [];
    const handler = pkg.createHandler(
      { [op.name]: async (input: Json) => (received.push(input), { status: answer.status, body: answer.body }) },
      { authenticate, validateResponses: true },
    );
    const client = pkg.createClient({ fetch: handler, token: TOKEN, validateRequests: true, validateResponses: true });
    const result = await client[op.name](request);

    expect(result.status).toBe(answer.status);
    expect(result.documented).toBe(true);
    expect(result.body).toEqual(answer.body);
    expect(result.headers.get('content-type')).toBe(answer.type ?? null);
    expect(received).toHaveLength(1);
    if (request.path) expect(received[0].path).toEqual(request.path);
    if (request.query) expect(received[0].query).toMatchObject(request.query);
    if (request.headers) expect(received[0].headers).toMatchObject(request.headers);
    // The body as the server's own check gives it (defaults applied, blank-as-null fields as null).
    if (request.body !== undefined) expect(received[0].body).toEqual(pkg.endpoints[op.name].validateRequest({ path: request.path, body: request.body }).value.body);
  });

  it('resolves a status the operation does not document with documented: false, and rejects it when checking responses', async () => {
    const { pkg } = generated;
    const op = operations.find((o) => o.name === 'getWebhook')!;
    const handler = pkg.createHandler({ getWebhook: async () => ({ status: 418, body: { teapot: true } }) }, { authenticate });
    const request = requestFor(vendor, op);
    const result = await pkg.createClient({ fetch: handler, token: TOKEN }).getWebhook(request);
    expect(result).toMatchObject({ status: 418, documented: false, body: { teapot: true } });

    const checked = pkg.createClient({ fetch: handler, token: TOKEN, validateResponses: true }).getWebhook(request);
    await expect(checked).rejects.toMatchObject({
      name: 'ClientError',
      kind: 'invalidResponse',
      operation: 'getWebhook',
      errors: [{ in: 'status', pointer: '', keyword: 'status', message: 'status 418 is not a declared response' }],
    });
  });

  it.each(operations.map((op) => ({ name: op.name, op })))('$name: without the token, or with another, the server’s 401 is a documented result', async ({ op }) => {
    const { pkg } = generated;
    const ran: string[] = [];
    const handler = pkg.createHandler({ [op.name]: async () => (ran.push(op.name), { status: 500, body: {} }) }, { authenticate });
    for (const token of [undefined, 'wrong-token']) {
      const client = pkg.createClient({ fetch: handler, token, validateRequests: true, validateResponses: true });
      const result = await client[op.name](requestFor(vendor, op));
      expect(result.status).toBe(401);
      expect(result.documented).toBe(true);
      expect(result.headers.get('www-authenticate')).toBe('Bearer');
      expect(result.headers.get('content-type')).toMatch(/json/);
      expect(pkg.endpoints[op.name].validateResponse(401, result.body)).toEqual({ ok: true, value: result.body });
    }
    expect(ran).toEqual([]);
  });
});
