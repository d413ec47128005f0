import { describe, expect, it } from 'vitest';
import { parseParameters, type ParameterPlan } from '../../templates/package/parameters-runtime.js';

const plan = (p: Partial<ParameterPlan> & Pick<ParameterPlan, 'name' | 'in'>): ParameterPlan => ({
  style: p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple',
  explode: p.in === 'query' || p.in === 'cookie',
  shape: { kind: 'primitive', types: ['string'] },
  ...p,
});

describe('parameters are parsed by their schema and style before validation', () => {
  it('reads integers, numbers and booleans; leaves text that is none of them as a string', () => {
    const plans = [
      plan({ name: 'id', in: 'path', shape: { kind: 'primitive', types: ['integer'] } }),
      plan({ name: 'ratio', in: 'query', shape: { kind: 'primitive', types: ['number'] } }),
      plan({ name: 'active', in: 'query', shape: { kind: 'primitive', types: ['boolean'] } }),
      plan({ name: 'page', in: 'query', shape: { kind: 'primitive', types: ['integer'] } }),
    ];
    const parsed = parseParameters(plans, { path: { id: '42' }, query: { ratio: '0.5', active: 'false', page: 'two' } });
    expect(parsed.path).toEqual({ id: 42 });
    expect(parsed.query).toEqual({ ratio: 0.5, active: false, page: 'two' });
  });

  it('takes repeated query keys as an array (form, explode) and splits delimited forms', () => {
    const items = { kind: 'array', items: ['integer'] } as const;
    const plans = [
      plan({ name: 'tag', in: 'query', shape: { kind: 'array', items: ['string'] } }),
      plan({ name: 'one', in: 'query', shape: { kind: 'array', items: ['string'] } }),
      plan({ name: 'ids', in: 'query', explode: false, shape: items }),
      plan({ name: 'pipes', in: 'query', style: 'pipeDelimited', explode: false, shape: items }),
      plan({ name: 'spaces', in: 'query', style: 'spaceDelimited', explode: false, shape: items }),
    ];
    const parsed = parseParameters(plans, { query: { tag: ['a', 'b'], one: 'only', ids: '1,2,3', pipes: '4|5', spaces: '6 7' } });
    expect(parsed.query).toEqual({ tag: ['a', 'b'], one: ['only'], ids: [1, 2, 3], pipes: [4, 5], spaces: [6, 7] });
  });

  it('keeps a primitive sent twice as a list, so validation reports it instead of picking one', () => {
    const parsed = parseParameters([plan({ name: 'limit', in: 'query', shape: { kind: 'primitive', types: ['integer'] } })], { query: { limit: ['1', '2'] } });
    expect(parsed.query).toEqual({ limit: [1, 2] });
  });

  it('reads deepObject and exploded form objects from several query keys', () => {
    const properties = { name: ['string'], age: ['integer'] } as const;
    const plans = [
      plan({ name: 'filter', in: 'query', style: 'deepObject', shape: { kind: 'object', properties } }),
      plan({ name: 'person', in: 'query', shape: { kind: 'object', properties } }),
    ];
    const parsed = parseParameters(plans, { query: { 'filter[name]': 'ada', 'filter[age]': '36', name: 'grace', age: '85' } });
    expect(parsed.query).toEqual({ filter: { name: 'ada', age: 36 }, person: { name: 'grace', age: 85 } });
  });

  it('reads simple, label and matrix path styles', () => {
    const items = { kind: 'array', items: ['integer'] } as const;
    const plans = [
      plan({ name: 'simple', in: 'path', shape: items }),
      plan({ name: 'label', in: 'path', style: 'label', explode: true, shape: items }),
      plan({ name: 'matrix', in: 'path', style: 'matrix', explode: true, shape: items }),
      plan({ name: 'point', in: 'path', style: 'matrix', shape: { kind: 'primitive', types: ['integer'] } }),
      plan({ name: 'obj', in: 'path', explode: true, shape: { kind: 'object', properties: { r: ['integer'], g: ['integer'] } } }),
    ];
    const parsed = parseParameters(plans, { path: { simple: '1,2', label: '.3.4', matrix: ';matrix=5;matrix=6', point: ';point=7', obj: 'r=100,g=200' } });
    expect(parsed.path).toEqual({ simple: [1, 2], label: [3, 4], matrix: [5, 6], point: 7, obj: { r: 100, g: 200 } });
  });

  it('matches header names case-insensitively and reads cookies from the Cookie header', () => {
    const plans = [
      plan({ name: 'Idempotency-Key', in: 'header' }),
      plan({ name: 'session', in: 'cookie' }),
    ];
    const parsed = parseParameters(plans, { headers: { 'idempotency-KEY': 'k-1', Cookie: 'theme=dark; session=abc' } });
    expect(parsed.header).toEqual({ 'Idempotency-Key': 'k-1' });
    expect(parsed.cookie).toEqual({ session: 'abc' });
  });

  it('decodes content-encoded (JSON) parameters, and leaves broken JSON for validation to report', () => {
    const plans = [plan({ name: 'where', in: 'query', shape: { kind: 'json' } }), plan({ name: 'broken', in: 'query', shape: { kind: 'json' } })];
    const parsed = parseParameters(plans, { query: { where: '{"a":[1,2]}', broken: '{' } });
    expect(parsed.query).toEqual({ where: { a: [1, 2] }, broken: '{' });
  });

  it('treats parameter names as data: __proto__ and constructor are ordinary own keys', () => {
    const plans = [plan({ name: '__proto__', in: 'query' }), plan({ name: 'constructor', in: 'query' })];
    const query = JSON.parse('{"__proto__": "x", "constructor": "y"}');
    const parsed = parseParameters(plans, { query });
    expect(Object.keys(parsed.query)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(parsed.query)).toBe(Object.prototype);
    expect(parseParameters(plans, { query: {} }).query).toEqual({});
  });
});
