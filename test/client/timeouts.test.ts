import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatedPackage, recording } from './support/client-package.js';
import { answerFor, operationsByName, requestFor } from './support/spec-cases.js';

type Json = any;

const TOKEN = 'good-token';
const authenticate = ({ credentials }: Json) => (credentials.token === TOKEN ? { scopes: ['webhooks:read', 'webhooks:write'], principal: {} } : null);

const generated = generatedPackage('specs/agentmessage.yaml', 'client-timeouts-agentmessage');
const OPS = operationsByName('specs/agentmessage.yaml');
const getWebhook = OPS.getWebhook!;
const request = () => requestFor('agentmessage', getWebhook);

/** The package's handler, whose getWebhook never answers; `started` counts the calls that reached it. */
function hanging() {
  const started: Json[] = [];
  const handler = generated.pkg.createHandler({ getWebhook: (input: Json) => (started.push(input), new Promise(() => undefined)) }, { authenticate });
  return { fetch: recording(handler), started };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('timeouts and aborts', () => {
  it('rejects with ClientError timeout when the handler never answers within timeoutMs', async () => {
    const { fetch, started } = hanging();
    const client = generated.pkg.createClient({ fetch, token: TOKEN, timeoutMs: 50 });
    const started_at = Date.now();
    await expect(client.getWebhook(request())).rejects.toMatchObject({
      name: 'ClientError',
      kind: 'timeout',
      operation: 'getWebhook',
      message: 'getWebhook took longer than 50 ms',
      cause: { name: 'TimeoutError', message: 'getWebhook took longer than 50 ms' },
    });
    expect(Date.now() - started_at).toBeLessThan(2_000);
    expect(started).toHaveLength(1);
    // The request fetch was given is aborted, so a real fetch stops too.
    expect(fetch.signals[0]!.aborted).toBe(true);
  });

  it('takes a call’s own timeoutMs over the client’s, and retries a GET that timed out', async () => {
    vi.useFakeTimers();
    const { fetch, started } = hanging();
    const client = generated.pkg.createClient({ fetch, token: TOKEN, timeoutMs: 60_000, retry: { attempts: 2, delayMs: 10 } });
    const pending = client.getWebhook({ ...request(), timeoutMs: 100 });
    const settled = expect(pending).rejects.toMatchObject({ kind: 'timeout', message: 'getWebhook took longer than 100 ms' });
    await vi.advanceTimersByTimeAsync(99);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 + 10);
    expect(started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    await settled;
  });

  it('takes timeoutMs Infinity, or one beyond what setTimeout holds, as a wait that does not end at once', async () => {
    const slow = async () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(null, { status: 204 })), 50));
    for (const timeoutMs of [Infinity, 3_000_000_000]) {
      const client = generated.pkg.createClient({ fetch: slow, token: TOKEN, timeoutMs });
      expect((await client.getWebhook(request())).status).toBe(204);
      expect((await generated.pkg.createClient({ fetch: slow, token: TOKEN }).getWebhook({ ...request(), timeoutMs })).status).toBe(204);
    }
  });

  it('rejects a call whose own timeoutMs is not a positive number, without sending it', async () => {
    const { fetch } = hanging();
    for (const timeoutMs of [0, -5, Number.NaN]) {
      const pending = generated.pkg.createClient({ fetch, token: TOKEN }).getWebhook({ ...request(), timeoutMs });
      await expect(pending).rejects.toThrow(new TypeError(`timeoutMs ${timeoutMs} is not a positive number of milliseconds`));
    }
    expect(fetch.requests).toHaveLength(0);
  });

  it('times out a response whose body never ends', async () => {
    const endless = async () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) }), { status: 200, headers: { 'content-type': 'application/json' } });
    const client = generated.pkg.createClient({ fetch: endless, token: TOKEN, timeoutMs: 50 });
    await expect(client.getWebhook(request())).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('rejects with ClientError aborted, its cause the signal’s reason, when aborted mid-flight', async () => {
    const { fetch, started } = hanging();
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const pending = generated.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3 } }).getWebhook({ ...request(), signal: controller.signal });
    await vi.waitFor(() => expect(started).toHaveLength(1));
    controller.abort(reason);
    await expect(pending).rejects.toMatchObject({ name: 'ClientError', kind: 'aborted', operation: 'getWebhook', cause: reason });
    expect(started).toHaveLength(1);
    expect(fetch.signals[0]!.aborted).toBe(true);
  });

  it('rejects a call whose signal is aborted already without calling fetch', async () => {
    const { fetch } = hanging();
    const reason = new Error('never mind');
    const pending = generated.pkg.createClient({ fetch, token: TOKEN }).getWebhook({ ...request(), signal: AbortSignal.abort(reason) });
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', cause: reason, message: 'getWebhook was aborted before it was sent' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('rejects with aborted, without sending, when the signal aborts while the token function is asked', async () => {
    const handler = generated.pkg.createHandler({ getWebhook: async () => ({ status: 200, body: answerFor(getWebhook, '200').body }) }, { authenticate });
    const fetch = recording(handler);
    const controller = new AbortController();
    const token = async () => {
      controller.abort('gone');
      return TOKEN;
    };
    const pending = generated.pkg.createClient({ fetch, token }).getWebhook({ ...request(), signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', cause: 'gone' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('cuts a wait between retries short when the signal aborts', async () => {
    vi.useFakeTimers();
    const tooMany = { status: 429, body: answerFor(getWebhook, '429').body, headers: { 'Retry-After': '30' } };
    const handler = generated.pkg.createHandler({ getWebhook: async () => tooMany }, { authenticate });
    const fetch = recording(handler);
    const controller = new AbortController();
    const pending = generated.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3 } }).getWebhook({ ...request(), signal: controller.signal });
    const settled = expect(pending).rejects.toMatchObject({ kind: 'aborted', cause: 'stop' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetch.requests).toHaveLength(1);
    controller.abort('stop');
    await settled;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch.requests).toHaveLength(1);
  });
});
