import { describe, expect, it } from 'vitest';
import { fixturePackage, typeCheck } from './support/generated-package.js';

// test/generate/fixtures/defaults.yaml: what a valid request holds once the schemas' defaults are applied.
describe('validateRequest applies the schemas’ defaults to a valid request', () => {
  const fixture = fixturePackage('test/generate/fixtures/defaults.yaml', 'defaults');
  const { endpoints, valueOf } = fixture;

  it('gives absent query, header and cookie parameters their defaults, through $refs, and leaves sent ones as sent', () => {
    const value = valueOf('listItems', {});
    expect(value.query).toEqual({ limit: 25, sort: 'asc', constructor: 'made' });
    expect(Object.keys(value.query)).toContain('constructor');
    expect(value.headers).toEqual({ 'X-Page-Size': 10 });
    expect(value.cookies).toEqual({ theme: 'light' });
    const sent = valueOf('listItems', { query: { limit: '5', sort: 'desc', cursor: 'c1' }, headers: { 'x-page-size': '3', cookie: 'theme=dark' } });
    expect(sent.query).toEqual({ limit: 5, sort: 'desc', cursor: 'c1', constructor: 'made' });
    expect(sent.headers).toEqual({ 'X-Page-Size': 3 });
    expect(sent.cookies).toEqual({ theme: 'dark' });
  });

  it('validates what was sent before any default is applied', () => {
    expect(endpoints.listItems!.validateRequest({ query: { limit: '0' } }).errors).toEqual([
      { in: 'query', pointer: '/limit', keyword: 'minimum', message: 'must be >= 1' },
    ]);
    expect(endpoints.createItem!.validateRequest({ body: { status: 'active' } })).toMatchObject({ ok: false, errors: [{ in: 'body', keyword: 'required' }] });
  });

  it('fills absent body properties through properties, $ref and allOf, leaving the caller’s body unchanged', () => {
    const body = { name: 'lamp', settings: { color: 'red' }, tags: ['x'], choice: { kind: 'a' } };
    const before = structuredClone(body);
    const value = valueOf('createItem', { body });
    expect(value.body).toEqual({ name: 'lamp', settings: { color: 'red', size: 'm' }, tags: ['x'], choice: { kind: 'a' }, version: 1, status: 'active' });
    expect(body).toEqual(before);
    // Copied on the way to a default, shared elsewhere.
    expect(value.body).not.toBe(body);
    expect(value.body.settings).not.toBe(body.settings);
    expect(value.body.tags).toBe(body.tags);
    expect(value.body.choice).toBe(body.choice);
    expect(valueOf('replaceItem', { path: { id: '1' }, body: { name: 'lamp' } }).body).toEqual({ name: 'lamp', version: 1, status: 'active', tags: [] });
  });

  it('adds nothing inside oneOf branches or for read-only properties, and returns the very body when nothing is absent', () => {
    const value = valueOf('createItem', { body: { name: 'lamp', choice: { kind: 'a' } } });
    expect(value.body.choice).toEqual({ kind: 'a' });
    expect(value.body).not.toHaveProperty('id');
    const full = { name: 'lamp', version: 2, status: 'archived', tags: [], settings: { color: 'red', size: 's' } };
    expect(valueOf('createItem', { body: full }).body).toBe(full);
  });

  it('gives a PATCH body no defaults: an absent field means unchanged (its parameters still get theirs)', () => {
    const body = { name: 'lamp', settings: {} };
    const value = valueOf('updateItem', { path: { id: '1' }, body });
    expect(value.body).toBe(body);
    expect(value.body).toEqual({ name: 'lamp', settings: {} });
    expect(value.query).toEqual({ dryRun: false });
  });

  it('follows a schema that refers to itself as deep as the body goes', () => {
    const body = { child: { child: {} } };
    expect(valueOf('plantTree', { body }).body).toEqual({ label: 'leaf', child: { label: 'leaf', child: { label: 'leaf' } } });
    expect(body).toEqual({ child: { child: {} } });
    expect(valueOf('plantTree', {}).body).toBeUndefined();
  });

  it('writes defaults named __proto__ or constructor as own properties, and nothing reaches Object.prototype', () => {
    const body = JSON.parse('{"nested": {}}');
    const value = valueOf('postOdd', { body });
    expect(Object.keys(value.body)).toEqual(['nested', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value.body)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value.body, '__proto__')?.value).toBe('proto');
    expect(Object.getOwnPropertyDescriptor(value.body.nested, 'toString')?.value).toBe('text');
    expect(body).toEqual({ nested: {} });
    const sent = JSON.parse('{"__proto__": "mine", "constructor": "mine"}');
    expect(valueOf('postOdd', { body: sent }).body).toBe(sent);
    expect({}).not.toHaveProperty('nested');
  });

  it('type-checks strictly', () => {
    expect(typeCheck([{ dir: fixture.dir, name: 'defaults' }])).toBe('');
  });
});
