import { describe, expect, it } from 'vitest';
import { generatedPackage, recording } from './support/client-package.js';

type Json = any;

// A key as keys often are: base64, with characters a URL or a cookie may encode.
const SECRET = 'Zm9v/YmFy+YmF6==';

const generated = generatedPackage('test/client/fixtures/credentials.yaml', 'client-credentials');

/** The package's handler for every operation, recording what `authenticate` is shown and the inputs the handlers get. */
function serving() {
  const shown: Json[] = [];
  const inputs: Record<string, Json> = {};
  const handlers: Record<string, (input: Json) => Promise<Json>> = {};
  for (const name of Object.keys(generated.pkg.endpoints)) handlers[name] = async (input: Json) => ((inputs[name] = input), { status: 204 });
  const handler = generated.pkg.createHandler(handlers, {
    authenticate: ({ scheme, credentials }: Json) => {
      shown.push({ scheme, credentials });
      const secret = credentials.token ?? credentials.key ?? credentials.password;
      return secret === SECRET ? { scopes: [], principal: {} } : null;
    },
  });
  return { fetch: recording(handler), shown, inputs };
}

describe('credentials where the security scheme says', () => {

  it('sends a bearer token, and a token function’s answer, asked on every call', async () => {
    const { fetch, shown } = serving();
    expect((await generated.pkg.createClient({ fetch, token: SECRET, validateRequests: true }).withBearer()).status).toBe(204);
    let asked = 0;
    const refreshing = generated.pkg.createClient({ fetch, token: async () => (asked++, SECRET) });
    expect((await refreshing.withBearer()).status).toBe(204);
    expect((await refreshing.withBearer()).status).toBe(204);
    expect(asked).toBe(2);
    expect(shown.map((s) => s.credentials)).toEqual([1, 2, 3].map(() => ({ type: 'bearer', token: SECRET })));
  });

  it('rejects with a ClientError, sending nothing, when the token function fails', async () => {
    const { fetch } = serving();
    const failure = new Error('the vault is sealed');
    const client = generated.pkg.createClient({ fetch, token: async () => { throw failure; } });
    await expect(client.withBearer()).rejects.toMatchObject({ name: 'ClientError', kind: 'invalidRequest', message: 'withBearer: the token function failed: the vault is sealed', cause: failure });
    expect(fetch.requests).toHaveLength(0);
  });

  it('sends basic credentials', async () => {
    const { fetch, shown } = serving();
    const result = await generated.pkg.createClient({ fetch, basic: { username: 'zoë', password: SECRET }, validateRequests: true }).withBasic();
    expect(result.status).toBe(204);
    expect(shown).toEqual([{ scheme: 'basic', credentials: { type: 'basic', username: 'zoë', password: SECRET } }]);
  });

  it('sends an API key in its header, its query parameter beside the operation’s own, and its cookie beside the operation’s own', async () => {
    const { fetch, shown, inputs } = serving();
    const client = generated.pkg.createClient({ fetch, token: SECRET, validateRequests: true, validateResponses: true });
    expect((await client.withHeaderKey()).status).toBe(204);
    expect((await client.withQueryKey({ query: { page: 2 } })).status).toBe(204);
    expect(inputs.withQueryKey.query).toEqual({ page: 2 });
    expect((await client.withCookieKey({ cookies: { theme: 'dark' } })).status).toBe(204);
    expect(inputs.withCookieKey.cookies).toEqual({ theme: 'dark' });
    expect(shown).toEqual([
      { scheme: 'headerKey', credentials: { type: 'apiKey', key: SECRET } },
      { scheme: 'queryKey', credentials: { type: 'apiKey', key: SECRET } },
      { scheme: 'cookieKey', credentials: { type: 'apiKey', key: SECRET } },
    ]);
    expect(fetch.requests[0]!.headers.get('x-api-key')).toBe(SECRET);
    expect(new URL(fetch.requests[1]!.url).searchParams.get('api_key')).toBe(SECRET);
    expect(fetch.requests[2]!.headers.get('cookie')).toBe(`theme=dark; sid=${SECRET}`);
  });

  it('sends the first alternative the client has credentials for, and none to an operation open to all', async () => {
    const { fetch, shown } = serving();
    expect((await generated.pkg.createClient({ fetch, token: SECRET }).withEither()).status).toBe(204);
    expect(shown).toEqual([{ scheme: 'queryKey', credentials: { type: 'apiKey', key: SECRET } }]);
    expect((await generated.pkg.createClient({ fetch, token: SECRET }).openToAll()).status).toBe(204);
    expect(fetch.requests[1]!.headers.has('authorization')).toBe(false);
    expect(new URL(fetch.requests[1]!.url).search).toBe('');
  });

  it('gets the documented 401 as a result when it has no credential the operation takes', async () => {
    const { fetch } = serving();
    const result = await generated.pkg.createClient({ fetch, basic: { username: 'a', password: SECRET }, validateResponses: true }).withHeaderKey();
    expect(result).toMatchObject({ status: 401, documented: true });
    expect(result.body).toMatchObject({ status: 401 });
  });

  it('refuses to send a token a cookie cannot carry as it is', async () => {
    const { fetch } = serving();
    const refused = generated.pkg.createClient({ fetch, token: 'a;b' }).withCookieKey();
    await expect(refused).rejects.toMatchObject({ kind: 'invalidRequest', message: 'withCookieKey: the token cannot be sent as the cookie "sid": it holds ";", a character beyond Latin-1, or blanks at either end' });
    expect(fetch.requests).toHaveLength(0);
  });
});
