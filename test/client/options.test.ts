import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedPackage, recording } from './support/client-package.js';

type Json = any;

const generated = generatedPackage('specs/autosend.yaml', 'client-options-autosend');
const serverless = generatedPackage('test/generate/fixtures/parameter-styles.yaml', 'client-options-serverless');
const ID = '60d5ec49f1b2c72d9c8b1234';

describe('client options', () => {
  it('calls the spec’s first server unless given a baseUrl, with the operation’s path below it', async () => {
    const fetch = recording(async () => new Response(null, { status: 204 }));
    await generated.pkg.createClient({ fetch }).deleteWebhook({ path: { id: ID } });
    await generated.pkg.createClient({ fetch, baseUrl: 'http://localhost:8080/proxy/' }).deleteWebhook({ path: { id: ID } });
    expect(fetch.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`DELETE https://api.autosend.com/v1/webhooks/${ID}`, `DELETE http://localhost:8080/proxy/webhooks/${ID}`]);
  });

  it('sends the headers given for every request, under an operation’s own header parameters and credentials', async () => {
    const fetch = recording(async () => new Response(null, { status: 204 }));
    await generated.pkg.createClient({ fetch, token: 't', headers: { 'User-Agent': 'acme/1', Authorization: 'Basic eDp5' } }).deleteWebhook({ path: { id: ID } });
    expect(fetch.requests[0]!.headers.get('user-agent')).toBe('acme/1');
    expect(fetch.requests[0]!.headers.get('authorization')).toBe('Bearer t');
  });

  it('does not retry a request its own headers option makes unsendable: the client refuses it when made', async () => {
    let calls = 0;
    const fetch = async () => (calls++, new Response(null, { status: 204 }));
    expect(() => generated.pkg.createClient({ fetch, retry: { attempts: 3, delayMs: 1 }, headers: { 'X-Team': 'café ☕' } })).toThrow(/headers "X-Team"/);
    expect(calls).toBe(0);
  });

  it('refuses, when the client is made, options no call could use, naming each', () => {
    const create = (options: Json) => () => generated.pkg.createClient(options);
    expect(create({ baseUrl: '/v1' })).toThrow(new TypeError('baseUrl "/v1" is not an absolute URL: give the client a baseUrl such as "https://api.example.com"'));
    expect(create({ timeoutMs: 0 })).toThrow(new TypeError('timeoutMs 0 is not a positive number of milliseconds'));
    expect(create({ retry: { attempts: 0 } })).toThrow(new TypeError('retry.attempts 0 is not a whole number of at least 1'));
    expect(create({ fetch: 'https://api.autosend.com' })).toThrow(/fetch is not a function/);
    expect(create({ headers: { 'X-Team': 'a\r\nX-Admin: yes' } })).toThrow(new TypeError('headers "X-Team": the value holds a line break, a NUL or a character beyond Latin-1, which a header cannot carry'));
    expect(create({ headers: { 'X-Team': 'équipe' } })).not.toThrow();
    expect(create({ headers: { 'X-Team': 'team €' } })).toThrow(/a character beyond Latin-1/);
    expect(create({ headers: { 'X Team': 'a' } })).toThrow(new TypeError('headers "X Team": the name is not an HTTP header name'));
    expect(() => generated.pkg.createClient()).not.toThrow();
    // parameter-styles.yaml names no server.
    expect(() => serverless.pkg.createClient()).toThrow(new TypeError('the spec names no absolute server URL without variables: give the client a baseUrl such as "https://api.example.com"'));
    expect(() => serverless.pkg.createClient({ baseUrl: 'https://styles.example.com' })).not.toThrow();
  });

  it('sends an operation through connect and its own function from <package>/client, which makes no checks (createClient does)', async () => {
    const lean = await import(pathToFileURL(join(generated.dir, 'client.js')).href);
    const fetch = recording(async () => new Response(null, { status: 204 }));
    const api = lean.connect({ fetch, token: 't' });
    expect(await lean.deleteWebhook(api, { path: { id: ID } })).toMatchObject({ status: 204, documented: true, body: undefined });
    expect(() => lean.connect({ fetch, validateRequests: true })).toThrow('connect makes no checks: use createClient for validateRequests and validateResponses');
    expect(() => lean.connect({ fetch, validateResponses: true, endpoints: generated.pkg.endpoints })).toThrow(/connect makes no checks/);
    const checked = lean.createClient({ fetch, token: 't', validateRequests: true });
    await expect(checked.updateWebhook({ path: { id: ID }, body: { url: 'not a url' } })).rejects.toMatchObject({ kind: 'invalidRequest', errors: expect.arrayContaining([expect.objectContaining({ in: 'body', pointer: '/url', keyword: 'format' })]) });
    expect(fetch.requests).toHaveLength(1);
  });
});
