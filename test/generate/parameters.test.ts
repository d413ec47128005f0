import { describe, expect, it } from 'vitest';
import { fixturePackage } from './support/generated-package.js';

// test/generate/fixtures/parameter-styles.yaml has an operation per way of sending parameters; each operation's
// validateRequest is generated code that reads them by their style and schema before validating them.
describe('parameters are parsed by their schema and style before validation', () => {
  const { endpoints, valueOf } = fixturePackage('test/generate/fixtures/parameter-styles.yaml', 'styles');

  it('reads integers, numbers, booleans and null; leaves text that is none of them as a string', () => {
    const value = valueOf('readNumbers', { path: { id: '42' }, query: { ratio: '0.5', active: 'false', page: 'two', nothing: '' } });
    expect(value.path).toEqual({ id: 42 });
    expect(value.query).toEqual({ ratio: 0.5, active: false, page: 'two', nothing: null });
    expect(valueOf('readNumbers', { path: { id: '-7' }, query: { page: '3' } })).toMatchObject({ path: { id: -7 }, query: { page: 3 } });
    expect(endpoints.readNumbers!.validateRequest({ path: { id: '4.5' } }).errors).toEqual([
      { in: 'path', pointer: '/id', keyword: 'type', message: 'must be integer' },
    ]);
  });

  it('takes repeated query keys as an array (form, explode) and splits delimited forms', () => {
    const value = valueOf('readLists', { query: { tag: ['a', 'b'], one: 'only', ids: '1,2,3', pipes: '4|5', spaces: '6 7' } });
    expect(value.query).toEqual({ tag: ['a', 'b'], one: ['only'], ids: [1, 2, 3], pipes: [4, 5], spaces: [6, 7] });
  });

  it('keeps a primitive sent twice as a list, so validation reports it instead of picking one', () => {
    expect(endpoints.readNumbers!.validateRequest({ path: { id: '1' }, query: { limit: ['1', '2'] } }).errors).toEqual([
      { in: 'query', pointer: '/limit', keyword: 'type', message: 'must be integer' },
    ]);
    expect(valueOf('readNumbers', { path: { id: '1' }, query: { limit: ['3'] } }).query).toEqual({ limit: 3 });
  });

  it('reads deepObject and exploded form objects from several query keys', () => {
    const value = valueOf('readObjects', { query: { 'filter[name]': 'ada', 'filter[age]': '36', name: 'grace', age: '85' } });
    expect(value.query).toEqual({ filter: { name: 'ada', age: 36 }, person: { name: 'grace', age: 85 } });
    expect(valueOf('readObjects', { query: {} }).query).toEqual({});
  });

  it('reads simple, label and matrix path styles', () => {
    const path = { simple: '1,2', label: '.3.4', matrix: ';matrix=5;matrix=6', point: ';point=7', obj: 'r=100,g=200' };
    expect(valueOf('readPathStyles', { path }).path).toEqual({ simple: [1, 2], label: [3, 4], matrix: [5, 6], point: 7, obj: { r: 100, g: 200 } });
  });

  it('matches header names in any case, lower case (as Node gives them) first, and reads cookies from the Cookie header', () => {
    const value = valueOf('readHeaders', { headers: { 'idempotency-KEY': 'k-1', 'X-RETRIES': '2', Cookie: 'theme=dark; session=abc' } });
    expect(value.headers).toEqual({ 'Idempotency-Key': 'k-1', 'X-Retries': 2 });
    expect(value.cookies).toEqual({ session: 'abc', theme: 'dark' });
    const node = valueOf('readHeaders', { headers: { 'idempotency-key': 'k-2', 'Idempotency-Key': 'other', cookie: 'session=a; session=b' } });
    expect(node.headers).toEqual({ 'Idempotency-Key': 'k-2' });
    expect(node.cookies).toEqual({ session: 'b' });
    expect(valueOf('readHeaders', { headers: { 'Idempotency-Key': ['a', 'b'] } }).headers).toEqual({ 'Idempotency-Key': 'a, b' });
    expect(endpoints.readHeaders!.validateRequest({ headers: { 'x-retries': 'many' } }).errors).toEqual([
      { in: 'header', pointer: '/X-Retries', keyword: 'type', message: 'must be integer' },
    ]);
  });

  it('reads response headers the same way for validateResponse', () => {
    expect(endpoints.readHeaders!.validateResponse(200, undefined, { 'X-Request-Id': 'r1', 'x-rate-limit': '10' }).ok).toBe(true);
    expect(endpoints.readHeaders!.validateResponse(200, undefined, { 'x-rate-limit': 'ten' }).errors).toEqual([
      { in: 'header', pointer: '', keyword: 'required', message: "must have required property 'X-Request-Id'" },
      { in: 'header', pointer: '/X-Rate-Limit', keyword: 'type', message: 'must be integer' },
    ]);
  });

  it('decodes content-encoded (JSON) parameters, and leaves broken JSON for validation to report', () => {
    expect(valueOf('readJson', { query: { where: '{"a":[1,2]}', broken: '{' } }).query).toEqual({ where: { a: [1, 2] }, broken: '{' });
    expect(endpoints.readJson!.validateRequest({ query: { where: '{' } }).errors).toEqual([
      { in: 'query', pointer: '/where', keyword: 'type', message: 'must be object' },
    ]);
  });

  it('treats parameter names as data: __proto__ and constructor are ordinary own keys, and nothing reaches Object.prototype', () => {
    const query = JSON.parse('{"__proto__": "x", "constructor": "y", "where[__proto__]": "5"}');
    const path = JSON.parse('{"__proto__": "p"}');
    const value = valueOf('readNames', { path, query, headers: { tostring: 'h' } });
    expect(Object.keys(value.path)).toEqual(['__proto__']);
    expect(Object.keys(value.query)).toEqual(['__proto__', 'constructor', 'where']);
    expect(Object.keys(value.headers)).toEqual(['toString']);
    expect(Object.keys(value.query.where)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(value.query.where, '__proto__')?.value).toBe(5);
    for (const part of [value.path, value.query, value.query.where, value.headers]) expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value.path, '__proto__')?.value).toBe('p');
    expect(Object.prototype).not.toHaveProperty('where');
    // Absent, they are absent: inherited members are not parameters.
    expect(endpoints.readNames!.validateRequest({ query: {} }).errors).toEqual([
      { in: 'path', pointer: '', keyword: 'required', message: "must have required property '__proto__'" },
    ]);
    expect(Object.keys(valueOf('readNames', { path, query: {} }).query)).toEqual([]);
  });
});
