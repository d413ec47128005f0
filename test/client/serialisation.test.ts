import { describe, expect, it } from 'vitest';
import { generatedPackage, recording } from './support/client-package.js';

type Json = any;

/** A handler for every operation of `pkg` that records the parsed input it receives and answers `answer`. */
function echoing(pkg: Json, answer: (name: string, input: Json) => Json = () => ({ status: 204 })) {
  const received: Record<string, Json> = {};
  const handlers: Record<string, (input: Json) => Promise<Json>> = {};
  for (const name of Object.keys(pkg.endpoints)) {
    handlers[name] = async (input: Json) => {
      received[name] = input;
      return answer(name, input);
    };
  }
  return { handler: pkg.createHandler(handlers), received };
}

describe('parameter-styles.yaml: every parameter style, from the client to the package’s own handler', () => {
  const generated = generatedPackage('test/generate/fixtures/parameter-styles.yaml', 'client-parameter-styles');

  const call = async (name: string, input: Json) => {
    const { handler, received } = echoing(generated.pkg, (op) => (op === 'readHeaders' ? { status: 200, headers: { 'X-Request-Id': 'r-1' } } : { status: 204 }));
    const fetch = recording(handler);
    const client = generated.pkg.createClient({ baseUrl: 'https://styles.example.com', fetch, validateRequests: true, validateResponses: true });
    const result = await client[name](input);
    expect(result.documented, `${result.status} ${JSON.stringify(result.body)}`).toBe(true);
    return { input: received[name], url: new URL(fetch.requests[0]!.url), request: fetch.requests[0]! };
  };

  it('sends numbers, booleans, a string where a number may be, and null through the path and query as they are', async () => {
    const query = { ratio: 1.5, active: false, page: 'two', nothing: null, limit: 0 };
    const { input, url } = await call('readNumbers', { path: { id: -42 }, query });
    expect(input.path).toEqual({ id: -42 });
    expect(input.query).toEqual(query);
    expect(url.pathname).toBe('/numbers/-42');
  });

  it('sends arrays in form (exploded and not), pipeDelimited and spaceDelimited queries', async () => {
    const query = { tag: ['a', 'b c', 'd&e=f'], one: ['solo'], ids: [1, 2, 3], pipes: [4, 5], spaces: [6, 7] };
    const { input, url } = await call('readLists', { query });
    expect(input.query).toEqual(query);
    expect(url.search).toBe('?tag=a&tag=b%20c&tag=d%26e%3Df&one=solo&ids=1,2,3&pipes=4|5&spaces=6%207');
  });

  it('sends objects as deepObject and as an exploded form', async () => {
    const query = { filter: { name: 'Ada [L]', age: 36 }, person: { name: 'Bob', age: 7 } };
    const { input, url } = await call('readObjects', { query });
    expect(input.query).toEqual(query);
    expect([...url.searchParams]).toEqual([['filter[name]', 'Ada [L]'], ['filter[age]', '36'], ['name', 'Bob'], ['age', '7']]);
  });

  it('sends path parameters in simple, exploded label and matrix styles, and an exploded simple object', async () => {
    const path = { simple: [1, 2], label: [3, 4], matrix: [5, 6], point: 7, obj: { r: 1, g: 2 } };
    const { input, url } = await call('readPathStyles', { path });
    expect(input.path).toEqual(path);
    // Each segment as its style writes it (the runtime percent-encodes the delimiters too; see the report of issue 14).
    expect(url.pathname.split('/').map(decodeURIComponent)).toEqual(['', 'styles', '1,2', '.3.4', ';matrix=5;matrix=6', ';point=7', 'r=1,g=2']);
  });

  it('sends header parameters by their names and cookie parameters in one cookie header', async () => {
    const { input, request } = await call('readHeaders', { headers: { 'Idempotency-Key': 'key-1', 'X-Retries': 3 }, cookies: { session: 's=1?', theme: 'dark' } });
    expect(input.headers).toEqual({ 'Idempotency-Key': 'key-1', 'X-Retries': 3 });
    expect(input.cookies).toEqual({ session: 's=1?', theme: 'dark' });
    expect(request.headers.get('cookie')).toBe('session=s=1?; theme=dark');
  });

  it('sends content-encoded query parameters as their JSON', async () => {
    const query = { where: { a: [1, 2] }, broken: { deep: [{ '&': '=?#' }], text: 'ünï' } };
    const { input, url } = await call('readJson', { query });
    expect(input.query).toEqual(query);
    expect(url.searchParams.get('where')).toBe('{"a":[1,2]}');
  });

  it('keeps a path value of ../admin in its one segment, and names that are Object.prototype’s as data', async () => {
    const path = JSON.parse('{"__proto__": "../admin"}');
    const query = JSON.parse('{"__proto__": "q", "constructor": "c", "where": {"__proto__": 5}}');
    const { input, url } = await call('readNames', { path, query, headers: { toString: 't' } });
    expect(url.pathname).toBe('/names/..%2Fadmin');
    expect(Object.entries(input.path)).toEqual([['__proto__', '../admin']]);
    expect(Object.entries(input.query)).toEqual([['__proto__', 'q'], ['constructor', 'c'], ['where', JSON.parse('{"__proto__": 5}')]]);
    expect(input.headers.toString).toBe('t');
  });

  it('refuses, before sending, a value its style cannot carry so that it reads back as sent, naming the parameter', async () => {
    const { handler, received } = echoing(generated.pkg);
    const client = generated.pkg.createClient({ baseUrl: 'https://styles.example.com', fetch: handler });
    const refused = client.readLists({ query: { ids: [1, 2], pipes: ['4|5'] } });
    await expect(refused).rejects.toMatchObject({ name: 'ClientError', kind: 'invalidRequest', operation: 'readLists', message: expect.stringMatching(/query parameter "pipes".*"\|"/) });
    const dot = client.readNames({ path: JSON.parse('{"__proto__": ".."}') });
    await expect(dot).rejects.toMatchObject({ kind: 'invalidRequest', message: expect.stringMatching(/path parameter "__proto__".*dot segment/) });
    expect(received).toEqual({});
  });
});

describe('wire-styles.yaml: the styles and bodies parameter-styles.yaml leaves out', () => {
  const generated = generatedPackage('test/client/fixtures/wire-styles.yaml', 'client-wire-styles');

  const client = (answer?: (name: string, input: Json) => Json) => {
    const { handler, received } = echoing(generated.pkg, answer);
    const fetch = recording(handler);
    return { client: generated.pkg.createClient({ fetch, validateRequests: true, validateResponses: true }), received, fetch };
  };

  it('sends label and matrix arrays unexploded, and objects in simple, exploded label and exploded matrix paths', async () => {
    const { client: c, received, fetch } = client();
    const path = { label: ['x', 'y z'], matrix: [1, 2], pair: { r: 1, g: 2 }, dotted: { r: 3, g: 4 }, spread: { r: 5, g: 6 } };
    expect((await c.readMorePathStyles({ path })).status).toBe(204);
    expect(received.readMorePathStyles.path).toEqual(path);
    const segments = new URL(fetch.requests[0]!.url).pathname.split('/').map(decodeURIComponent);
    expect(segments).toEqual(['', 'api', 'more', '.x,y z', ';matrix=1,2', 'r,1,g,2', '.r=3.g=4', ';r=5;g=6']);
  });

  it('sends an unexploded form object and delimited text, and a value with allowReserved with its reserved characters as they are', async () => {
    const { client: c, received, fetch } = client();
    const query = { colour: { r: 1, g: 2 }, pipes: ['a b', 'c'], spaces: ['d', 'e,f'], next: '/a/b?c=d:e@f', plain: '/a/b?c=d' };
    expect((await c.readMoreQuery({ query })).status).toBe(204);
    expect(received.readMoreQuery.query).toEqual(query);
    expect(new URL(fetch.requests[0]!.url).search).toBe('?colour=r,1,g,2&pipes=a%20b|c&spaces=d%20e%2Cf&next=/a/b?c=d:e@f&plain=%2Fa%2Fb%3Fc%3Dd');
  });

  it('sends arrays, exploded objects and JSON content in headers, and a cookie array unexploded', async () => {
    const { client: c, received, fetch } = client();
    const headers = { 'X-Tags': ['a', 'b'], 'X-Colour': { r: 1, g: 2 }, 'X-Filter': { name: 'Zoë; "q"' } };
    const cookies = { session: 'abc', ids: [1, 2, 3] };
    expect((await c.readMoreHeaders({ headers, cookies })).status).toBe(204);
    expect(received.readMoreHeaders.headers).toEqual(headers);
    expect(received.readMoreHeaders.cookies).toEqual(cookies);
    const sent = fetch.requests[0]!.headers;
    expect(sent.get('x-colour')).toBe('r=1,g=2');
    expect(sent.get('x-filter')).toBe('{"name":"Zo\\u00eb\\u003b \\"q\\""}');
    expect(sent.get('cookie')).toBe('session=abc; ids=1,2,3');
  });

  it('sends a form body by default, and multipart with a file when the call names it', async () => {
    const { client: c, received, fetch } = client();
    expect((await c.sendForm({ body: { name: 'Ada & Bob', tags: ['x', 'y=z'] } })).status).toBe(204);
    expect(received.sendForm.body).toEqual({ name: 'Ada & Bob', tags: ['x', 'y=z'] });
    expect(fetch.requests[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');

    const file = new Blob([new Uint8Array([0, 1, 2, 255])], { type: 'application/octet-stream' });
    expect((await c.sendForm({ contentType: 'multipart/form-data', body: { name: 'Ada', file } })).status).toBe(204);
    const type = fetch.requests[1]!.headers.get('content-type')!;
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(received.sendForm.body, { headers: { 'content-type': type } }).formData();
    expect(form.get('name')).toBe('Ada');
    expect([...new Uint8Array(await (form.get('file') as Blob).arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it('sends binary bodies and reads binary answers as bytes, a text answer as text', async () => {
    const { client: c, received } = client((name, input) =>
      name === 'putFile' ? { status: 200, body: input.body } : input.path.name === 'missing' ? { status: 404, body: 'no such file' } : { status: 200, body: new Uint8Array([9, 8, 7]) },
    );
    const put = await c.putFile({ path: { name: 'a.bin' }, body: new Uint8Array([1, 2, 3, 0]) });
    expect([...received.putFile.body]).toEqual([1, 2, 3, 0]);
    expect(put).toMatchObject({ status: 200, documented: true });
    expect(put.body).toBeInstanceOf(Uint8Array);
    expect([...put.body]).toEqual([1, 2, 3, 0]);
    expect(put.headers.get('content-type')).toBe('application/octet-stream');

    const got = await c.getFile({ path: { name: 'b.bin' } });
    expect([...got.body]).toEqual([9, 8, 7]);
    const missing = await c.getFile({ path: { name: 'missing' } });
    expect(missing).toMatchObject({ status: 404, documented: true, body: 'no such file' });
    expect(missing.headers.get('content-type')).toBe('text/plain');
  });

  it('sends a text body as text and reads the text answer', async () => {
    const { client: c, received } = client((_, input) => ({ status: 200, body: `read: ${input.body}` }));
    const result = await c.sendNote({ body: 'héllo\nworld' });
    expect(received.sendNote.body).toBe('héllo\nworld');
    expect(result).toMatchObject({ status: 200, documented: true, body: 'read: héllo\nworld' });
    expect(result.headers.get('content-type')).toBe('text/plain');
  });
});
