import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatedPackage, recording } from './support/client-package.js';
import { answerFor, operationsByName, requestFor } from './support/spec-cases.js';

type Json = any;

const TOKEN = 'good-token';
const authenticate = ({ credentials }: Json) => (credentials.token === TOKEN ? { scopes: ['webhooks:read', 'webhooks:write'], principal: {} } : null);

const autousers = generatedPackage('specs/autousers.yaml', 'client-retry-autousers');
const autosend = generatedPackage('specs/autosend.yaml', 'client-retry-autosend');
const AUTOUSERS = operationsByName('specs/autousers.yaml');
const AUTOSEND = operationsByName('specs/autosend.yaml');

/** The documented answer of a status key, with extra headers. */
function answer(op: Json, key: string, headers: Record<string, string> = {}): Json {
  const { status, body } = answerFor(op, key);
  return { status, body, headers };
}

/** The package's handler, whose operation `name` answers `answers` in turn (the last one repeated), recording its inputs. */
function serving(pkg: Json, name: string, answers: Json[]) {
  const inputs: Json[] = [];
  const handler = pkg.createHandler({ [name]: async (input: Json) => (inputs.push(input), answers[Math.min(inputs.length - 1, answers.length - 1)]) }, { authenticate });
  return { fetch: recording(handler), inputs };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('waits the Retry-After of a 429 before the second attempt, and resolves with the second answer', async () => {
    vi.useFakeTimers();
    const op = AUTOUSERS.getWebhook!;
    const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', [answer(op, '429', { 'Retry-After': '1' }), answer(op, '200')]);
    const client = autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3 }, validateResponses: true });
    const pending = client.getWebhook(requestFor('autousers', op));
    await vi.advanceTimersByTimeAsync(999);
    expect(inputs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(inputs).toHaveLength(2);
    const result = await pending;
    expect(result).toMatchObject({ status: 200, documented: true, body: answerFor(op, '200').body });
  });

  it('waits until a Retry-After date', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const op = AUTOUSERS.getWebhook!;
    const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', [answer(op, '429', { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }), answer(op, '200')]);
    const pending = autousers.pkg.createClient({ fetch, token: TOKEN, retry: {} }).getWebhook(requestFor('autousers', op));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(inputs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('backs off delayMs for a Retry-After that is neither whole seconds nor a date', async () => {
    vi.useFakeTimers();
    const op = AUTOUSERS.getWebhook!;
    for (const retryAfter of ['1.5', '-1', 'soon']) {
      const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', [answer(op, '500', { 'Retry-After': retryAfter }), answer(op, '200')]);
      const pending = autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 2, delayMs: 100 } }).getWebhook(requestFor('autousers', op));
      await vi.advanceTimersByTimeAsync(99);
      expect(inputs, retryAfter).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(200);
    }
  });

  it('backs off delayMs, doubled for each next attempt, when the answer names no wait', async () => {
    vi.useFakeTimers();
    const op = AUTOUSERS.getWebhook!;
    const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', [answer(op, '500'), answer(op, '500'), answer(op, '200')]);
    const pending = autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3, delayMs: 100 } }).getWebhook(requestFor('autousers', op));
    await vi.advanceTimersByTimeAsync(99);
    expect(inputs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(inputs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(199);
    expect(inputs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('retries only the statuses listed', async () => {
    const op = AUTOUSERS.getWebhook!;
    const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', [answer(op, '429'), answer(op, '200')]);
    const client = autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3, statuses: [503], delayMs: 1 } });
    const result = await client.getWebhook(requestFor('autousers', op));
    expect(result).toMatchObject({ status: 429, documented: true, body: answerFor(op, '429').body });
    expect(inputs).toHaveLength(1);

    const unavailable = serving(autousers.pkg, 'getWebhook', [{ status: 503, body: { down: true } }, answer(op, '200')]);
    const retried = await autousers.pkg.createClient({ fetch: unavailable.fetch, token: TOKEN, retry: { attempts: 3, statuses: [503], delayMs: 1 } }).getWebhook(requestFor('autousers', op));
    expect(retried.status).toBe(200);
    expect(unavailable.inputs).toHaveLength(2);
  });

  it('does not retry a POST whose operation takes no Idempotency-Key', async () => {
    const op = AUTOSEND.createWebhook!;
    const { fetch, inputs } = serving(autosend.pkg, 'createWebhook', [answer(op, '429', { 'Retry-After': '0' }), answer(op, '201')]);
    const client = autosend.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3, delayMs: 1 } });
    const result = await client.createWebhook(requestFor('autosend', op));
    expect(result.status).toBe(429);
    expect(inputs).toHaveLength(1);
    expect(fetch.requests[0]!.headers.has('idempotency-key')).toBe(false);
  });

  it('retries a POST that takes an Idempotency-Key, sending one key with every attempt: its own when the call gives none', async () => {
    const op = AUTOUSERS.createWebhook!;
    const request = requestFor('autousers', op);
    delete request.headers['Idempotency-Key'];
    const { fetch, inputs } = serving(autousers.pkg, 'createWebhook', [answer(op, '429', { 'Retry-After': '0' }), answer(op, '500'), answer(op, '201')]);
    const client = autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3, delayMs: 1 }, validateRequests: true, validateResponses: true });
    const result = await client.createWebhook(request);
    expect(result).toMatchObject({ status: 201, documented: true, body: answerFor(op, '201').body });
    expect(inputs).toHaveLength(3);
    const keys = inputs.map((input) => input.headers['Idempotency-Key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
    expect(inputs.map((input) => input.body)).toEqual([inputs[0].body, inputs[0].body, inputs[0].body]);

    // Another call has another key.
    const again = serving(autousers.pkg, 'createWebhook', [answer(op, '201')]);
    await autousers.pkg.createClient({ fetch: again.fetch, token: TOKEN }).createWebhook(request);
    expect(again.inputs[0].headers['Idempotency-Key']).not.toBe(keys[0]);
  });

  it('keeps the caller’s Idempotency-Key on every attempt', async () => {
    const op = AUTOUSERS.rotateWebhookSecret!;
    const request = { ...requestFor('autousers', op), headers: { 'Idempotency-Key': 'caller-key-1' } };
    const { fetch, inputs } = serving(autousers.pkg, 'rotateWebhookSecret', [answer(op, '500'), answer(op, '200')]);
    const result = await autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 2, delayMs: 1 } }).rotateWebhookSecret(request);
    expect(result.status).toBe(200);
    expect(inputs.map((input) => input.headers['Idempotency-Key'])).toEqual(['caller-key-1', 'caller-key-1']);
  });

  it('returns a 429 whose Retry-After is beyond maxDelayMs as the result, without waiting', async () => {
    const op = AUTOUSERS.getWebhook!;
    const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', [answer(op, '429', { 'Retry-After': '120' }), answer(op, '200')]);
    const started = Date.now();
    const result = await autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3, maxDelayMs: 60_000 } }).getWebhook(requestFor('autousers', op));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ status: 429, documented: true, body: answerFor(op, '429').body });
    expect(result.headers.get('retry-after')).toBe('120');
    expect(inputs).toHaveLength(1);
  });

  it('returns the last answer when the attempts are spent', async () => {
    const op = AUTOUSERS.getWebhook!;
    const bodies = [1, 2, 3].map((n) => ({ error: { type: 'api_error', message: `attempt ${n}`, request_id: `r${n}` } }));
    const { fetch, inputs } = serving(autousers.pkg, 'getWebhook', bodies.map((body) => ({ status: 503, body })));
    const result = await autousers.pkg.createClient({ fetch, token: TOKEN, retry: { attempts: 3, delayMs: 1 } }).getWebhook(requestFor('autousers', op));
    expect(result).toMatchObject({ status: 503, documented: false, body: bodies[2] });
    expect(inputs).toHaveLength(3);
  });

  it('retries a GET whose fetch throws, then rejects with ClientError network and the thrown error as cause', async () => {
    const op = AUTOUSERS.getWebhook!;
    const { fetch: handler } = serving(autousers.pkg, 'getWebhook', [answer(op, '200')]);
    let calls = 0;
    const flaky = async (request: Request) => (++calls <= 2 ? Promise.reject(new TypeError('fetch failed')) : handler(request));
    const recovered = await autousers.pkg.createClient({ fetch: flaky, token: TOKEN, retry: { attempts: 3, delayMs: 1 } }).getWebhook(requestFor('autousers', op));
    expect(recovered.status).toBe(200);
    expect(calls).toBe(3);

    const failure = new TypeError('getaddrinfo ENOTFOUND app.autousers.ai');
    let tries = 0;
    const down = async () => (tries++, Promise.reject(failure));
    const rejected = autousers.pkg.createClient({ fetch: down, token: TOKEN, retry: { attempts: 2, delayMs: 1 } }).getWebhook(requestFor('autousers', op));
    await expect(rejected).rejects.toMatchObject({ name: 'ClientError', kind: 'network', operation: 'getWebhook', cause: failure, message: expect.stringContaining('ENOTFOUND') });
    expect(tries).toBe(2);
  });

  it('does not retry a POST without an Idempotency-Key whose fetch throws', async () => {
    let tries = 0;
    const down = async () => (tries++, Promise.reject(new TypeError('fetch failed')));
    const rejected = autosend.pkg.createClient({ fetch: down, token: TOKEN, retry: { attempts: 3, delayMs: 1 } }).createWebhook(requestFor('autosend', AUTOSEND.createWebhook!));
    await expect(rejected).rejects.toMatchObject({ kind: 'network' });
    expect(tries).toBe(1);
  });
});
