import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPackage, updateOperation, type UpdateOperation } from './support/serve.js';

type Json = any;

const authenticate = ({ credentials }: Json) => (credentials.token === 'good-token' ? { scopes: ['webhooks:read', 'webhooks:write'], principal: 'me' } : null);

describe('createNodeListener: a generated server on node:http', () => {
  let server: Server;
  let base: string;
  let update: UpdateOperation;
  const seen: Json[] = [];

  beforeAll(async () => {
    const pkg = await bundledPackage('agentmessage');
    update = await updateOperation('agentmessage');
    const handler = pkg.createHandler(
      {
        updateWebhook: async (input: Json) => {
          seen.push({ body: input.body, url: input.request.url, text: await input.request.text(), auth: input.auth });
          return { status: 200, body: update.answer, headers: { 'x-served-by': 'specforge' } };
        },
      },
      { authenticate },
    );
    server = createServer(pkg.createNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const path = () => new URL(update.url).pathname;

  it('serves a valid request, giving the handler its body and, when asked, the request', async () => {
    const response = await fetch(base + path(), { method: 'PATCH', headers: { authorization: 'Bearer good-token', 'content-type': 'application/json' }, body: JSON.stringify({ active: false }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-served-by')).toBe('specforge');
    expect(await response.json()).toEqual(update.answer);
    expect(seen.at(-1)).toEqual({ body: { active: false }, url: base + path(), text: '{"active":false}', auth: { scheme: 'bearerAuth', scopes: ['webhooks:read', 'webhooks:write'], principal: 'me' } });
  });

  it('answers the spec’s errors: 401, 404, 405 with Allow, 422', async () => {
    const unauthenticated = await fetch(base + path(), { method: 'PATCH', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(unauthenticated.status).toBe(401);
    expect((await unauthenticated.json()).error.code).toBe('UNAUTHORIZED');
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    const other = await fetch(base + path(), { method: 'PUT', headers: { authorization: 'Bearer good-token' } });
    expect(other.status).toBe(405);
    expect(other.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE');
    const invalid = await fetch(base + path(), { method: 'PATCH', headers: { authorization: 'Bearer good-token', 'content-type': 'application/json' }, body: '{"url":"http://insecure.example"}' });
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json()).error.details)).toEqual(['url']);
  });

  it('answers a body over the limit 413 before the client has sent the rest, and closes the connection', async () => {
    const { status, endedFirst } = await new Promise<{ status: number; endedFirst: boolean }>((resolve, reject) => {
      let ended = false;
      const request = httpRequest(base + path(), { method: 'PATCH', headers: { authorization: 'Bearer good-token', 'content-type': 'application/json' } }, (response) => {
        response.resume();
        resolve({ status: response.statusCode!, endedFirst: ended });
        request.destroy();
      });
      request.on('error', (error) => (ended ? undefined : reject(error)));
      // 2 MiB written, the request never ended: a server that waited for the whole body would not answer.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let i = 0; i < 32; i++) request.write(chunk);
      setTimeout(() => {
        ended = true;
        request.destroy();
        resolve({ status: 0, endedFirst: true });
      }, 5000).unref();
    });
    expect(status).toBe(413);
    expect(endedFirst).toBe(false);
  });
});
