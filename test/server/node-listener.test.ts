import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawConnection } from './support/raw-http.js';
import { bundledPackage, updateOperation, type UpdateOperation } from './support/serve.js';

type Json = any;

const authenticate = ({ credentials }: Json) => (credentials.token === 'good-token' ? { scopes: ['webhooks:read', 'webhooks:write'], principal: 'me' } : null);

describe('createNodeListener: a generated server on node:http', () => {
  let server: Server;
  let base: string;
  let update: UpdateOperation;
  const seen: Json[] = [];
  const reported: unknown[] = [];

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
      { authenticate, onError: (error: unknown) => reported.push(error) },
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

  it('takes a client that drops the connection halfway through its body for what it is: no handler, no onError', async () => {
    const before = seen.length;
    reported.length = 0;
    const closed = new Promise<void>((resolve) => server.once('request', (request) => request.on('close', () => setTimeout(resolve, 50))));
    const client = httpRequest(`${base}${path()}`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer good-token', 'content-type': 'application/json', 'content-length': '1000' },
    });
    client.on('error', () => {});
    client.write('{"description": "half of a bo');
    setTimeout(() => client.destroy(), 50);
    await closed;
    expect(seen.length).toBe(before);
    expect(reported).toEqual([]);
  });

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

// What a client may put on the wire in the request line and Host (found by node-property.test.ts's raw requests):
// none of it is a 5xx or a misroute.
describe('createNodeListener: the request line and Host as the client wrote them', () => {
  let server: Server;
  let connection: RawConnection;
  let update: UpdateOperation;
  let plain: Server;
  let plainConnection: RawConnection;
  const reported: unknown[] = [];
  const token: [string, string] = ['authorization', 'Bearer good-token'];

  const listen = async (listener: Json): Promise<[Server, RawConnection]> => {
    const started = createServer(listener);
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    return [started, new RawConnection((started.address() as AddressInfo).port)];
  };

  beforeAll(async () => {
    const pkg = await bundledPackage('agentmessage');
    update = await updateOperation('agentmessage');
    const handler = pkg.createHandler(
      {
        // A handler that looks at the request, as one that logs its URL would.
        getWebhook: async ({ request }: Json) => ({ status: 200, body: { ...(update.answer as object), description: new URL(request.url).pathname } }),
        listWebhooks: async () => ({ status: 200, body: { data: [] } }),
        deleteWebhook: async () => {
          throw new Error('the store is down');
        },
      },
      { authenticate, onError: (error: unknown) => reported.push(error) },
    );
    [server, connection] = await listen(pkg.createNodeListener(handler));
    // Any web handler that is not createHandler's own (middleware around it, say) is served through a web Request.
    [plain, plainConnection] = await listen(pkg.createNodeListener((request: Request) => handler(request)));
  });

  afterAll(async () => {
    for (const [started, open] of [[server, connection], [plain, plainConnection]] as const) {
      open?.close();
      if (!started) continue;
      started.closeAllConnections();
      await new Promise((resolve) => started.close(resolve));
    }
  });

  const path = () => new URL(update.url).pathname;

  it('gives a handler that reads input.request its request whatever the Host header (a b, x:99999, [), not a 500', async () => {
    for (const host of ['a b', 'x:99999', '[']) {
      const answer = await connection.send({ method: 'GET', target: path(), host, headers: [token] });
      expect(answer.status, `Host: ${host} → ${answer.text}`).toBeLessThan(500);
    }
  });

  it('tells onError of a handler’s failure when the Host header makes no URL', async () => {
    reported.length = 0;
    const answer = await connection.send({ method: 'DELETE', target: path(), host: 'a b', headers: [token] });
    expect(answer.status).toBe(500);
    expect(reported).toHaveLength(1);
  });

  it('routes an absolute-form request target (RFC 9112 §3.2.2: a server must accept it) by its path', async () => {
    const answer = await connection.send({ method: 'GET', target: `http://127.0.0.1${path()}`, headers: [token] });
    expect(answer.status, answer.text).toBe(200);
  });

  it('serves a plain web handler an asterisk-form or absolute-form target without a 500', async () => {
    for (const [method, target] of [['OPTIONS', '*'], ['GET', `http://127.0.0.1${path()}`]]) {
      const answer = await plainConnection.send({ method: method!, target: target!, headers: [token] });
      expect(answer.status, `${method} ${target} → ${answer.status} ${answer.text}`).toBeLessThan(500);
    }
  });
});
