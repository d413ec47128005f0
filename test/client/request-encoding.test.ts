import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build-ir.js';
import { loadLintConfig } from '../../generator/lint/config.js';
import { bundleSpec } from '../../generator/load/bundle-spec.js';
import { JsonFirstResolver, readSpec } from '../../generator/load/read-spec.js';
import { encodeBody, encodeParameters, type ParameterEncoding, type ParameterValues } from '../../templates/package/request-encoding.js';
import { runCli } from '../support/run-cli.js';
import { importPackage, tempDir } from '../generate/support/generated-package.js';

type Json = any;

const BASE = 'http://api.test';

/**
 * A fixture spec's generated package behind its own `createHandler`, every operation answered by a handler that
 * keeps the input it was given; and each operation's parameter encodings, as the generator reads them into its IR.
 */
function servedFixture(spec: string, packageName: string) {
  const served = {
    pkg: undefined as Json,
    handler: undefined as unknown as (request: Request) => Promise<Response>,
    received: [] as Json[],
    encodings: new Map<string, ParameterEncoding[]>(),
  };
  beforeAll(async () => {
    const dir = tempDir(packageName);
    const result = runCli(['generate', spec, '--out', dir, '--package-name', packageName]);
    expect(result.code, result.stderr).toBe(0);
    served.pkg = await importPackage(dir);
    const handlers: Record<string, (input: Json) => Promise<Json>> = {};
    for (const name of Object.keys(served.pkg.endpoints)) {
      handlers[name] = async (input) => {
        served.received.push(input);
        return { status: 204 };
      };
    }
    served.handler = served.pkg.createHandler(handlers);
    const read = await readSpec(spec, new JsonFirstResolver());
    const ir = buildIR(await bundleSpec(read, await loadLintConfig()), read.version);
    for (const op of ir.operations) {
      served.encodings.set(
        op.id,
        op.parameters.map((p) => ({
          name: p.name,
          in: p.in,
          style: p.style,
          explode: p.explode,
          ...(p.allowReserved ? { allowReserved: true as const } : {}),
          ...(p.contentType !== undefined ? { contentType: p.contentType } : {}),
        })),
      );
    }
  }, 60_000);

  /**
   * Encodes `values` for `operation`, sends them to the server, and returns what its handler was given; checks on
   * the way that the request check run on the encoding's `wire` reads the same values the server did.
   */
  const roundTrip = async (operation: string, values: ParameterValues): Promise<Json> => {
    const endpoint = served.pkg.endpoints[operation];
    const encoded = encodeParameters(endpoint.path, served.encodings.get(operation)!, values);
    served.received.length = 0;
    const response = await served.handler(new Request(BASE + encoded.target, { method: endpoint.method, headers: encoded.headers }));
    expect(response.status, `${encoded.target}: ${await response.clone().text()}`).toBe(204);
    expect(served.received).toHaveLength(1);
    const input = served.received[0];
    const checked = endpoint.validateRequest(encoded.wire);
    expect(checked.errors ?? []).toEqual([]);
    expect({ path: input.path, query: input.query, headers: input.headers, cookies: input.cookies }).toEqual({
      path: checked.value.path,
      query: checked.value.query,
      headers: checked.value.headers,
      cookies: checked.value.cookies,
    });
    return input;
  };
  return { served, roundTrip };
}

/** The TypeError a value is refused with, or undefined when it is encoded. */
function refusal(run: () => unknown): TypeError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return error as TypeError;
  }
}

const p = (name: string, location: ParameterEncoding['in'], style: ParameterEncoding['style'], explode: boolean, extra: Partial<ParameterEncoding> = {}): ParameterEncoding => ({
  name,
  in: location,
  style,
  explode,
  ...extra,
});

// Text a user might send: what routes, queries and headers treat specially, and text beyond ASCII.
const SPECIAL = ['a', 'Z', '0', '/', '?', '#', '%', '%2F', '.', '..', ' ', '&', '=', ',', '|', '[', ']', ';', '+', ':', '@', '$', '"', "'", 'é', '中', '😀', '\u00a0'];
const anyText = fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 8 });
const textWithout = (...delimiters: string[]) => anyText.filter((text) => delimiters.every((d) => !text.includes(d)));
// A header carries Latin-1 without control characters, and no blank at either end.
const headerText = fc
  .string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '/', '?', '#', '%', '&', '=', ',', ';', '"', 'é', '.', '\t'), maxLength: 8 })
  .filter((text) => !/^[ \t]|[ \t]$/.test(text));

describe('encodeParameters: what the target, headers and wire of a request come to', () => {
  const webhook = [p('id', 'path', 'simple', false), p('limit', 'query', 'form', true), p('tags', 'query', 'form', false)];

  it('percent-encodes a path value so that `/`, `?`, `#` and `..` stay inside its one segment', () => {
    const encoded = encodeParameters('/webhooks/{id}', webhook, { path: { id: 'abc/../admin' }, query: { limit: 5, tags: ['a', 'b'] } });
    expect(encoded.target).toBe('/webhooks/abc%2F..%2Fadmin?limit=5&tags=a,b');
    expect(encodeParameters('/webhooks/{id}', webhook, { path: { id: 'a?b#c d%' } }).target).toBe('/webhooks/a%3Fb%23c%20d%25');
    expect({ ...encoded.wire.path }).toEqual({ id: 'abc/../admin' });
    expect({ ...encoded.wire.query }).toEqual({ limit: '5', tags: 'a,b' });
  });

  it('refuses a path value that would be a dot segment, an empty segment, or missing, naming the parameter', () => {
    // A URL resolves `.` and `..` away even percent-encoded (`%2E%2E`), so no encoding can carry them as a whole segment.
    expect(new URL('http://h/webhooks/%2E%2E').pathname).toBe('/');
    for (const id of ['..', '.', '']) {
      expect(refusal(() => encodeParameters('/webhooks/{id}', webhook, { path: { id } }))?.message).toMatch(/^path parameter "id": /);
    }
    expect(refusal(() => encodeParameters('/webhooks/{id}', webhook, { path: { id: '..' } }))?.message).toBe(
      'path parameter "id": the value makes the segment "..", a dot segment, which a URL resolves away even when percent-encoded',
    );
    expect(refusal(() => encodeParameters('/webhooks/{id}', webhook, {}))?.message).toBe('path parameter "id": a path parameter is required, and no value was given');
    // As part of a larger segment, dots are plain text.
    expect(encodeParameters('/files/{name}.json', [p('name', 'path', 'simple', false)], { path: { name: '..' } }).target).toBe('/files/...json');
  });

  it('writes every path style by OpenAPI’s table', () => {
    const styles = (style: ParameterEncoding['style'], explode: boolean, value: unknown) => encodeParameters('/{v}', [p('v', 'path', style, explode)], { path: { v: value } }).target;
    const rgb = { R: 100, G: 200 };
    expect([styles('simple', false, 5), styles('simple', false, [3, 4]), styles('simple', false, rgb), styles('simple', true, rgb)]).toEqual(['/5', '/3,4', '/R,100,G,200', '/R=100,G=200']);
    expect([styles('label', false, 5), styles('label', false, [3, 4]), styles('label', true, [3, 4]), styles('label', false, rgb), styles('label', true, rgb)]).toEqual([
      '/.5',
      '/.3,4',
      '/.3.4',
      '/.R,100,G,200',
      '/.R=100.G=200',
    ]);
    expect([styles('matrix', false, 5), styles('matrix', false, [3, 4]), styles('matrix', true, [3, 4]), styles('matrix', false, rgb), styles('matrix', true, rgb)]).toEqual([
      '/;v=5',
      '/;v=3,4',
      '/;v=3;v=4',
      '/;v=R,100,G,200',
      '/;R=100;G=200',
    ]);
  });

  it('writes every query style by OpenAPI’s table, leaving out undefined values and absent keys', () => {
    const parameters = [
      p('a', 'query', 'form', true),
      p('b', 'query', 'form', false),
      p('s', 'query', 'spaceDelimited', false),
      p('pipe', 'query', 'pipeDelimited', false),
      p('filter', 'query', 'deepObject', true),
      p('o', 'query', 'form', false),
      p('gone', 'query', 'form', true),
    ];
    const encoded = encodeParameters('/q', parameters, { query: { a: [1, 2], b: [1, 2], s: ['x', 'y'], pipe: ['x', 'y'], filter: { name: 'x', age: 3 }, o: { k: 'v', k2: 'v2' }, gone: undefined } });
    expect(encoded.target).toBe('/q?a=1&a=2&b=1,2&s=x%20y&pipe=x|y&filter[name]=x&filter[age]=3&o=k,v,k2,v2');
    expect(encodeParameters('/q', [p('person', 'query', 'form', true)], { query: { person: { name: 'ada', age: 36 } } }).target).toBe('/q?name=ada&age=36');
    expect(encodeParameters('/q', parameters, { query: {} }).target).toBe('/q');
    // Delimited objects as OpenAPI's table writes them (the generated server reads them split on `,`, not the delimiter).
    const color = { R: 100, G: 200 };
    expect(encodeParameters('/q', [p('color', 'query', 'spaceDelimited', false), p('c', 'query', 'pipeDelimited', false)], { query: { color, c: color } }).target).toBe(
      '/q?color=R%20100%20G%20200&c=R|100|G|200',
    );
  });

  it('writes numbers and booleans as JSON text, null as empty text (read as null), and a Date as ISO 8601', () => {
    const parameters = [p('n', 'query', 'form', true), p('t', 'query', 'form', true), p('z', 'query', 'form', true), p('d', 'query', 'form', true)];
    const encoded = encodeParameters('/q', parameters, { query: { n: -1.5e-7, t: false, z: null, d: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) } });
    expect(encoded.target).toBe('/q?n=-1.5e-7&t=false&z=&d=2026-01-02T03%3A04%3A05.000Z');
    expect(refusal(() => encodeParameters('/q', parameters, { query: { n: Number.NaN } }))?.message).toBe('query parameter "n": NaN is not a number JSON can write');
  });

  it('leaves reserved characters unencoded with allowReserved, but not those that would change the query (& + # [ ] %)', () => {
    const encoded = encodeParameters('/q', [p('raw', 'query', 'form', true, { allowReserved: true }), p('plain', 'query', 'form', true)], {
      query: { raw: "/a?b:c@d!$'()*,;=&+#[]% é", plain: '/a?b' },
    });
    expect(encoded.target).toBe("/q?raw=/a?b:c@d!$'()*,;=%26%2B%23%5B%5D%25%20%C3%A9&plain=%2Fa%3Fb");
  });

  it('refuses, naming the parameter, a value its style cannot carry so that it reads back as sent', () => {
    const cases: [ParameterEncoding, unknown, string][] = [
      [p('where', 'query', 'form', true), { a: { b: 1 } }, 'query parameter "where": its property "a" is an object or array, which this style cannot carry; send it as JSON (content)'],
      [p('ids', 'query', 'form', false), ['a,b', 'c'], 'query parameter "ids": the item "a,b" holds ",", which this style uses as a delimiter, so it would not read back as sent'],
      [p('ids', 'query', 'pipeDelimited', false), ['a|b'], 'query parameter "ids": the item "a|b" holds "|", which this style uses as a delimiter, so it would not read back as sent'],
      [p('ids', 'query', 'form', false), [''], 'query parameter "ids": an array of one empty text reads back as an empty array'],
      [p('f', 'query', 'deepObject', true), ['x'], 'query parameter "f": a deepObject-style parameter must be an object'],
      [p('f', 'query', 'deepObject', true), { a: [1] }, 'query parameter "f": its property "a" is an object or array, which this style cannot carry; send it as JSON (content)'],
      [p('f', 'query', 'form', true), [[1]], 'query parameter "f": an array of arrays or objects cannot be sent by this style; send it as JSON (content)'],
      [p('f', 'query', 'form', true), Symbol('s'), 'query parameter "f": a symbol cannot be sent'],
      [p('f', 'query', 'form', true), '\ud800', 'query parameter "f": the text is not well-formed Unicode (a lone surrogate)'],
      [p('f', 'query', 'form', true, { contentType: 'application/json' }), { n: 1n }, 'query parameter "f": the value cannot be written as JSON (Do not know how to serialize a BigInt)'],
    ];
    for (const [parameter, value, message] of cases) {
      expect(refusal(() => encodeParameters('/q', [parameter], { query: { [parameter.name]: value } }))?.message).toBe(message);
    }
  });

  it('refuses header and cookie values with CR or LF by the header’s name, as fetch would refuse them', () => {
    const parameters = [p('X-Trace', 'header', 'simple', false), p('session', 'cookie', 'form', true)];
    expect(refusal(() => encodeParameters('/h', parameters, { headers: { 'X-Trace': 'a\r\nSet-Cookie: x=1' } }))?.message).toBe(
      'header "X-Trace": the value holds a line break (CR or LF) or another control character, which a header cannot carry',
    );
    expect(refusal(() => encodeParameters('/h', parameters, { cookies: { session: 'a\nb' } }))?.message).toMatch(/^cookie "session": the value holds a line break/);
    expect(refusal(() => encodeParameters('/h', parameters, { cookies: { session: 'a; admin=1' } }))?.message).toMatch(/^cookie "session": a value "a; admin=1" holds ";"/);
    expect(refusal(() => encodeParameters('/h', parameters, { headers: { 'X-Trace': '中' } }))?.message).toMatch(/^header "X-Trace": the value holds a character beyond Latin-1/);
    expect(refusal(() => encodeParameters('/h', parameters, { headers: { 'X-Trace': ' padded' } }))?.message).toMatch(/^header "X-Trace": the value starts or ends with a blank/);
  });

  it('sends header parameters by their names and every cookie in one cookie header', () => {
    const parameters = [p('X-Ids', 'header', 'simple', false), p('session', 'cookie', 'form', true), p('theme', 'cookie', 'form', true), p('X-Json', 'header', 'simple', false, { contentType: 'application/json' })];
    const encoded = encodeParameters('/h', parameters, { headers: { 'X-Ids': [1, 2], 'X-Json': { name: 'Zoë 中; x' } }, cookies: { session: 'abc', theme: 'dark' } });
    expect(encoded.headers).toEqual([
      ['X-Ids', '1,2'],
      ['X-Json', '{"name":"Zo\\u00eb \\u4e2d\\u003b x"}'],
      ['cookie', 'session=abc; theme=dark'],
    ]);
    expect({ ...encoded.wire.headers }).toEqual({ 'x-ids': '1,2', 'x-json': '{"name":"Zo\\u00eb \\u4e2d\\u003b x"}', cookie: 'session=abc; theme=dark' });
  });

  it('treats keys such as __proto__ as data, and reads no inherited property as a value', () => {
    const filter = JSON.parse('{"__proto__": "x", "constructor": "y"}');
    const values = Object.create({ inherited: 'no' });
    values.filter = filter;
    const parameters = [p('filter', 'query', 'deepObject', true), p('inherited', 'query', 'form', true), p('__proto__', 'query', 'form', true)];
    const encoded = encodeParameters('/q', parameters, { query: values });
    expect(encoded.target).toBe('/q?filter[__proto__]=x&filter[constructor]=y');
    const exploded = encodeParameters('/q', [p('o', 'query', 'form', true)], { query: { o: JSON.parse('{"__proto__": "polluted"}') } });
    expect(exploded.target).toBe('/q?__proto__=polluted');
    expect(Object.keys(exploded.wire.query)).toEqual(['__proto__']);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('every parameter of parameter-styles.yaml reads back on the generated server as it was encoded', () => {
  const { served, roundTrip } = servedFixture('test/generate/fixtures/parameter-styles.yaml', 'styles-client');

  it('integers, numbers, booleans, null and text', async () => {
    const input = await roundTrip('readNumbers', { path: { id: 42 }, query: { ratio: 0.5, active: false, page: 'two', nothing: null, limit: 5 } });
    expect(input.path).toEqual({ id: 42 });
    expect(input.query).toEqual({ ratio: 0.5, active: false, page: 'two', nothing: null, limit: 5 });
  });

  it('repeated and delimited arrays', async () => {
    const input = await roundTrip('readLists', { query: { tag: ['a', 'b c'], one: ['only'], ids: [1, 2, 3], pipes: [4, 5], spaces: [6, 7] } });
    expect(input.query).toEqual({ tag: ['a', 'b c'], one: ['only'], ids: [1, 2, 3], pipes: [4, 5], spaces: [6, 7] });
    expect((await roundTrip('readLists', { query: { ids: [] } })).query).toEqual({ ids: [] });
  });

  it('deepObject and exploded form objects', async () => {
    const input = await roundTrip('readObjects', { query: { filter: { name: 'ada & [co]', age: 36 }, person: { name: 'grace=1', age: 85 } } });
    expect(input.query).toEqual({ filter: { name: 'ada & [co]', age: 36 }, person: { name: 'grace=1', age: 85 } });
  });

  it('simple, label and matrix path values', async () => {
    const input = await roundTrip('readPathStyles', { path: { simple: [1, 2], label: [3, 4], matrix: [5, 6], point: 7, obj: { r: 100, g: 200 } } });
    expect(input.path).toEqual({ simple: [1, 2], label: [3, 4], matrix: [5, 6], point: 7, obj: { r: 100, g: 200 } });
  });

  it('headers and cookies', async () => {
    const input = await roundTrip('readHeaders', { headers: { 'Idempotency-Key': 'k-1 "quoted", é', 'X-Retries': 2 }, cookies: { session: 'abc=def', theme: 'dark' } });
    expect(input.headers).toEqual({ 'Idempotency-Key': 'k-1 "quoted", é', 'X-Retries': 2 });
    expect(input.cookies).toEqual({ session: 'abc=def', theme: 'dark' });
  });

  it('JSON content', async () => {
    const where = { a: [1, 2], text: '&=?#%é' };
    expect((await roundTrip('readJson', { query: { where, broken: 'just text' } })).query).toEqual({ where, broken: 'just text' });
  });

  it('parameters named __proto__, constructor and toString', async () => {
    const where = JSON.parse('{"__proto__": 5}');
    const input = await roundTrip('readNames', { path: JSON.parse('{"__proto__": "x/../y"}'), query: JSON.parse('{"__proto__": "p", "constructor": "c"}'), headers: { toString: 't' } });
    expect(Object.getOwnPropertyDescriptor(input.path, '__proto__')?.value).toBe('x/../y');
    expect(Object.getOwnPropertyDescriptor(input.query, '__proto__')?.value).toBe('p');
    expect(input.query.constructor).toBe('c');
    expect(input.headers).toEqual({ toString: 't' });
    const deep = await roundTrip('readNames', { path: JSON.parse('{"__proto__": "x"}'), query: { where } });
    expect(Object.getOwnPropertyDescriptor(deep.query.where, '__proto__')?.value).toBe(5);
    expect(({} as Json).x).toBeUndefined();
  });

  it('any integer path id and any query text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), anyText, fc.boolean(), async (id, page, active) => {
        const input = await roundTrip('readNumbers', { path: { id }, query: { page, active } });
        expect(input.path).toEqual({ id });
        const read = input.query.page;
        // The schema is [integer, string]: text that reads as an integer is one.
        expect(typeof read === 'number' ? String(read) : read).toBe(page);
        expect(input.query.active).toBe(active);
      }),
      { numRuns: 150 },
    );
    expect(served.received).toHaveLength(1);
  });
});

describe('random values of every style either read back exactly on the generated server or are refused by name', () => {
  const { roundTrip, served } = servedFixture('test/client/fixtures/encoding-styles.yaml', 'encoding-client');
  const pair = (text: fc.Arbitrary<string>) => fc.record({ a: text, b: text });

  /** Sends the values; when they are refused, the TypeError names one of the operation's parameters. */
  const sendOrRefused = async (operation: string, values: ParameterValues): Promise<Json | undefined> => {
    const endpoint = served.pkg.endpoints[operation];
    const refused = refusal(() => encodeParameters(endpoint.path, served.encodings.get(operation)!, values));
    if (refused) {
      const names = served.encodings.get(operation)!.map((parameter) => JSON.stringify(parameter.name));
      expect(names.some((name) => refused.message.includes(`${name}: `)), refused.message).toBe(true);
      return undefined;
    }
    return roundTrip(operation, values);
  };

  for (const operation of ['simplePath', 'labelPath', 'matrixPath']) {
    it(`${operation}: any text, arrays and objects (property)`, async () => {
      let sent = 0;
      const value = fc.record({ text: anyText, list: fc.array(anyText, { maxLength: 4 }), listx: fc.array(anyText, { maxLength: 4 }), obj: pair(anyText), objx: pair(anyText) });
      await fc.assert(
        fc.asyncProperty(value, async (path) => {
          const input = await sendOrRefused(operation, { path });
          if (input === undefined) return;
          sent++;
          expect(input.path).toEqual(path);
        }),
        { numRuns: 300 },
      );
      expect(sent).toBeGreaterThan(0);
    });
  }

  it('path values without their style’s delimiters are never refused (property)', async () => {
    const clean = textWithout(',', '.', ';', '=').filter((text) => text !== '');
    const value = fc.record({ text: clean, list: fc.array(clean, { minLength: 1, maxLength: 4 }), listx: fc.array(clean, { minLength: 1, maxLength: 4 }), obj: pair(clean), objx: pair(clean) });
    await fc.assert(
      fc.asyncProperty(value, fc.constantFrom('simplePath', 'labelPath', 'matrixPath'), async (path, operation) => {
        expect((await roundTrip(operation, { path })).path).toEqual(path);
      }),
      { numRuns: 200 },
    );
  });

  it('a value in a segment with literal text around it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText.filter((text) => text !== ''), async (name) => {
        expect((await roundTrip('templatePath', { path: { name } })).path).toEqual({ name });
      }),
      { numRuns: 150 },
    );
  });

  it('query forms, delimited arrays, deepObject, allowReserved and JSON content (property)', async () => {
    const value = fc.record(
      {
        text: anyText,
        list: fc.array(anyText, { minLength: 1, maxLength: 4 }),
        flat: fc.array(textWithout(','), { maxLength: 4 }),
        spaces: fc.array(textWithout(' '), { maxLength: 4 }),
        pipes: fc.array(textWithout('|'), { maxLength: 4 }),
        pairs: pair(textWithout(',')),
        spacePairs: pair(textWithout(' ')),
        pipePairs: pair(textWithout('|')),
        filter: fc.dictionary(anyText, anyText, { minKeys: 1, maxKeys: 3 }),
        raw: anyText,
        where: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    );
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(value, async (query) => {
        const input = await sendOrRefused('queryForms', { query });
        if (input === undefined) return;
        sent++;
        const expected: Json = JSON.parse(JSON.stringify(query));
        if (expected.where === null) expected.where = null;
        expect(input.query).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(sent).toBeGreaterThan(150);
  });

  it('an exploded form object spreads over the query keys (property)', async () => {
    await fc.assert(
      fc.asyncProperty(pair(anyText), anyText, async (person, q) => {
        expect((await roundTrip('queryObject', { query: { person, q } })).query).toEqual({ person, q });
      }),
      { numRuns: 150 },
    );
  });

  it('headers and cookies of every shape, JSON content escaped to ASCII (property)', async () => {
    const cookieText = headerText.filter((text) => !text.includes(';') && text.trim() === text);
    const headers = fc.record(
      { 'X-Text': headerText, 'X-List': fc.array(headerText.filter((t) => !t.includes(',')), { maxLength: 3 }), 'X-Obj': pair(textWithout(',').filter((t) => /^[\x20-\x7e]*$/.test(t) && t.trim() === t)), 'X-Json': fc.jsonValue({ maxDepth: 2 }) },
      { requiredKeys: [] },
    );
    const cookies = fc.record({ session: cookieText, ids: fc.array(cookieText.filter((t) => !t.includes(',')), { maxLength: 3 }), blob: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] });
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(headers, cookies, async (h, c) => {
        const input = await sendOrRefused('headerShapes', { headers: h, cookies: c });
        if (input === undefined) return;
        sent++;
        expect(input.headers).toEqual(JSON.parse(JSON.stringify(h)));
        expect(input.cookies).toEqual(JSON.parse(JSON.stringify(c)));
      }),
      { numRuns: 300 },
    );
    expect(sent).toBeGreaterThan(100);
  });

  it('an exploded header object and a cookie object', async () => {
    const input = await roundTrip('headerShapes', { headers: { 'X-Objx': { a: '1', b: 'two words' } }, cookies: { prefs: { a: 'x', b: 'y=z' } } });
    expect(input.headers).toEqual({ 'X-Objx': { a: '1', b: 'two words' } });
    expect(input.cookies).toEqual({ prefs: { a: 'x', b: 'y=z' } });
  });
});

describe('encodeBody: a body by its media type, as the generated server reads it', () => {
  const { served } = servedFixture('test/client/fixtures/encoding-styles.yaml', 'encoding-bodies');

  const post = async (mediaType: string, value: unknown) => {
    const encoded = encodeBody(mediaType, value);
    const headers: [string, string][] = encoded.contentType === undefined ? [] : [['content-type', encoded.contentType]];
    served.received.length = 0;
    const response = await served.handler(new Request(`${BASE}/bodies`, { method: 'POST', headers, body: encoded.body as BodyInit }));
    return { encoded, response, body: served.received[0]?.body };
  };

  it('JSON: the server reads the value after a JSON round trip, which is the wire', async () => {
    const value = { a: [1, 'x', null], when: new Date(0), skip: undefined, text: 'é中😀' };
    const { encoded, response, body } = await post('application/json', value);
    expect(response.status).toBe(204);
    expect(encoded.contentType).toBe('application/json');
    expect(body).toEqual({ a: [1, 'x', null], when: '1970-01-01T00:00:00.000Z', text: 'é中😀' });
    expect(encoded.wire).toEqual(body);
    expect((await post('application/merge-patch+json; charset=utf-8', [1])).encoded.contentType).toBe('application/merge-patch+json; charset=utf-8');
    expect(refusal(() => encodeBody('application/json', undefined))?.message).toBe('request body: a undefined cannot be written as JSON');
    const cycle: Json = {};
    cycle.self = cycle;
    expect(refusal(() => encodeBody('application/json', cycle))?.message).toMatch(/^request body: the value cannot be written as JSON/);
  });

  it('form: fields by the form rules, arrays repeating their key, read by the server as the wire says', async () => {
    const value = JSON.parse('{"a": [1, 2], "b": "x y&z=+%", "__proto__": "data", "n": null, "t": true}');
    const { encoded, response, body } = await post('application/x-www-form-urlencoded', value);
    expect(response.status).toBe(204);
    expect(encoded.body).toBe('a=1&a=2&b=x%20y%26z%3D%2B%25&__proto__=data&n=&t=true');
    expect({ ...body }).toEqual({ a: ['1', '2'], b: 'x y&z=+%', ['__proto__']: 'data', n: '', t: 'true' });
    expect({ ...(encoded.wire as Json) }).toEqual({ ...body });
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toBe('data');
    expect(refusal(() => encodeBody('application/x-www-form-urlencoded', { a: { b: 1 } }))?.message).toBe(
      'request body: the field "a" is an object, which application/x-www-form-urlencoded cannot carry',
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(anyText, fc.oneof(anyText, fc.array(anyText, { minLength: 1, maxLength: 3 })), { maxKeys: 4 }), async (fields) => {
        const { encoded: sent, body: read } = await post('application/x-www-form-urlencoded', fields);
        expect({ ...(read ?? {}) }).toEqual({ ...(sent.wire as Json) });
        for (const key of Object.keys(fields)) expect(Object.getOwnPropertyDescriptor(read, key)?.value).toEqual(fields[key]!.length === 1 && Array.isArray(fields[key]) ? fields[key]![0] : fields[key]);
      }),
      { numRuns: 100 },
    );
  });

  it('multipart: a FormData of text, JSON and file parts, its boundary left to fetch', async () => {
    const file = new Blob(['hello'], { type: 'text/plain' });
    const encoded = encodeBody('multipart/form-data', { name: 'ada', n: 3, tags: ['a', 'b'], meta: { k: [1] }, file, bytes: new Uint8Array([1, 2, 3]), skip: undefined });
    expect(encoded.contentType).toBeUndefined();
    expect(encoded.wire).toBeUndefined();
    const read = await new Request(BASE, { method: 'POST', body: encoded.body as BodyInit }).formData();
    expect([...read.keys()]).toEqual(['name', 'n', 'tags', 'tags', 'meta', 'file', 'bytes']);
    expect(read.get('name')).toBe('ada');
    expect(read.get('n')).toBe('3');
    expect(read.getAll('tags')).toEqual(['a', 'b']);
    expect(JSON.parse(read.get('meta') as string)).toEqual({ k: [1] });
    expect(await (read.get('file') as Blob).text()).toBe('hello');
    expect([...new Uint8Array(await (read.get('bytes') as Blob).arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('text as text, which the server reads as the wire; anything else as bytes, passed through', async () => {
    const text = await post('text/plain', 'héllo');
    expect(text.response.status).toBe(204);
    expect(text.body).toBe('héllo');
    expect(text.encoded.wire).toBe('héllo');
    const bytes = await post('application/octet-stream', new Uint8Array([0, 255, 7]));
    expect(bytes.response.status).toBe(204);
    expect([...bytes.body]).toEqual([0, 255, 7]);
    expect(bytes.encoded.wire).toBeUndefined();
    for (const value of [new Blob(['x']), new ArrayBuffer(2), 'raw', new ReadableStream()]) expect(encodeBody('application/octet-stream', value).body).toBe(value);
    expect(refusal(() => encodeBody('application/octet-stream', { a: 1 }))?.message).toBe(
      'request body: a application/octet-stream body must be a Blob, an ArrayBuffer, a typed array, a ReadableStream or a string',
    );
    expect(refusal(() => encodeBody('text/plain', { a: 1 }))?.message).toBe('request body: a text/plain body must be text');
    expect(refusal(() => encodeBody('text/plain', Number.POSITIVE_INFINITY))?.message).toBe('request body: the body cannot be written as text');
  });
});

describe('allowReserved in the IR', () => {
  it('is true only for a query parameter that says so', async () => {
    const read = await readSpec('test/client/fixtures/encoding-styles.yaml', new JsonFirstResolver());
    const ir = buildIR(await bundleSpec(read, await loadLintConfig()), read.version);
    const reserved = ir.operations.flatMap((op) => op.parameters.filter((parameter) => parameter.allowReserved).map((parameter) => parameter.name));
    expect(reserved).toEqual(['raw']);
  });
});
