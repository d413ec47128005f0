import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { readTree, runInNode, tempDir, typeCheck } from './support/generated-package.js';

// test/generate/fixtures/hostile.yaml puts code in titles, descriptions, operationIds, schema and property names,
// enum values, patterns, server URLs and Handlebars syntax. Were any of it run, `process.exit(86)` would end the
// process or `globalThis.PWNED` would be set.
/** A body for `Foo-Bar` as JSON text: `__proto__` must be an own key, which an object literal cannot make. */
const HOSTILE_BODY = `{${[
  ['__proto__', 'abc'],
  ['constructor', 1],
  ['toString', true],
  ['*/ process.exit(86) /*', '*/ process.exit(86) /*'],
  ['a"b\'c`d', '</script>'],
]
  .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
  .join(',')}}`;

describe('hostile spec text stays data', () => {
  let dir: string;
  let generation: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = tempDir('hostile');
    generation = runCli(['generate', 'test/generate/fixtures/hostile.yaml', '--out', dir, '--package-name', 'hostile']);
  });

  it('generates, running none of it (lint findings are only warnings)', () => {
    expect(generation.stderr).not.toMatch(/internal error/);
    expect(generation.code).toBe(0);
    expect(generation.stderr).toContain('warn operation-operationId');
  });

  it('leaves no spec text outside strings and comments in any generated module', () => {
    for (const [path, contents] of readTree(dir)) {
      if (!/\.(ts|js)$/.test(path)) continue;
      // Strings first (they may hold comment markers), then comments: what is left is code.
      const code = contents
        .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, path).not.toContain('process.exit');
      expect(code, path).not.toContain('PWNED');
    }
  });

  it('keeps a valid package.json whatever the title and description hold', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('hostile');
    // The description's first sentence, on one line: its HTML tags gone, its line separators spaces.
    expect(manifest.description).toBe('*/ globalThis.PWNED = 1; /* ${process.exit(86)} \' " \\ process.exit(86) Line separator: [ ] paragraph separator: [ ]');
  });

  it('imports running nothing, and validates hostile names as plain data', () => {
    const script = `
const pkg = await import(PKG);
const e = pkg.endpoints;
const ids = Object.keys(e);
const body = JSON.parse(${JSON.stringify(HOSTILE_BODY)});
const ok = e.constructor.validateRequest({ path: { id: 'abc/123' }, query: JSON.parse('{"__proto__":"5"}'), headers: { 'X-*/-HEADER': '\`\${process.exit(86)}\`' }, body });
const bad = e.constructor.validateRequest({ path: { id: 'abc' }, query: JSON.parse('{"__proto__":"11"}'), body: JSON.parse('{"constructor":1,"toString":"no","extra":1}') });
console.log(JSON.stringify({ pwned: globalThis.PWNED ?? null, ids, ok: ok.ok, okErrors: ok.errors ?? [], bad: bad.errors.map((x) => x.in + ' ' + x.pointer + ' ' + x.keyword) }));
`;
    const result = runInNode(dir, script);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.pwned).toBeNull();
    expect(report.ids).toEqual(['constructor', '__proto__', 'toString', 'delete `*/ ${process.exit(86)}', 'patchThings']);
    expect(report.okErrors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.bad).toEqual(
      expect.arrayContaining([
        'path /id pattern',
        'query /__proto__ maximum',
        'body  required',
        'body /toString type',
        'body /extra additionalProperties',
      ]),
    );
  });

  it('serves hostile names as plain data: operations by their names in code, paths and queries as values', () => {
    const script = `
const pkg = await import(PKG);
const seen = [];
const handler = pkg.createHandler({
  constructor_: async (input) => (seen.push({ path: input.path, query: input.query, keys: Object.keys(input.body) }), { status: 200, body: { ok: true } }),
  proto: async () => ({ status: 200, body: [] }),
}, { authenticate: ({ scheme, credentials }) => (credentials.token === 'ok' ? { scopes: [], principal: scheme } : null) });
const auth = { authorization: 'Bearer ok' };
const post = await handler(new Request('http://h/things/abc%2F123/%60%24x%60?__proto__=5', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: ${JSON.stringify(HOSTILE_BODY)} }));
const get = await handler(new Request('http://h/things?__proto__=1&constructor=2', { method: 'GET', headers: auth }));
const missing = await handler(new Request('http://h/things', { method: 'PUT', headers: auth }));
console.log(JSON.stringify({ pwned: globalThis.PWNED ?? null, polluted: Object.prototype.polluted ?? null, statuses: [post.status, get.status, missing.status], seen }));
`;
    const result = runInNode(dir, script);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      pwned: null,
      polluted: null,
      statuses: [200, 200, 501],
      seen: [{ path: { id: 'abc/123' }, query: JSON.parse('{"__proto__":5}'), keys: ['__proto__', 'constructor', 'toString', '*/ process.exit(86) /*', 'a"b\'c`d'] }],
    });
  });

  it('type-checks strictly, names that collide once sanitised both surviving', () => {
    const consumer = `
import type { FooBar, FooBar2, Class, ToString, String2 } from 'hostile';
export type All = [FooBar, FooBar2, Class, ToString, String2];
`;
    expect(typeCheck([{ dir, name: 'hostile' }], consumer)).toBe('');
  });
});
