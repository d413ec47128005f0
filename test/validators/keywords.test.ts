import { beforeAll, describe, expect, test } from 'vitest';
import { loadSchemaValidator, schemaModule } from '../../generator/api/load-validators.js';
import type { JsonSchema, ValidationError } from '../../generator/schema/compiler/contract.js';
import { loadValidators, typeCheckValidators, type LoadedValidators } from './support/load-validators.js';

const WIDE_NAMES = Array.from({ length: 700 }, (_, index) => `setting${index}`);

/** One exported validator per behaviour; all compiled into one module, as a generated package would have them. */
const schemas: Record<string, JsonSchema> = {
  length: { type: 'string', minLength: 2, maxLength: 3 },
  httpsUrl: { type: 'string', maxLength: 20, pattern: '^https://' },
  unanchored: { type: 'string', pattern: 'b' },
  // Valid only as a legacy (non-Unicode) expression, as many real specs write them.
  legacyPattern: { type: 'string', pattern: '^[a-z]+\\-[0-9]+$' },
  nullableName: { type: ['string', 'null'], maxLength: 2 },
  email: { type: 'string', format: 'email' },
  unknownFormat: { type: 'string', format: 'x-made-up' },
  boundedInteger: { type: 'integer', minimum: 1, maximum: 10 },
  exclusive: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  tenths: { multipleOf: 0.1 },
  threes: { type: 'integer', multipleOf: 3 },
  constObject: { const: { a: [1, { b: 2 }] } },
  constString: { const: 'active' },
  smallEnum: { enum: ['a', 1, null, { x: 1 }] },
  bigEnum: { enum: ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet'] },
  integerList: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: { type: 'integer' } },
  uniqueObjects: { type: 'array', uniqueItems: true },
  pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false },
  someStrings: { type: 'array', contains: { type: 'string' }, minContains: 2, maxContains: 3 },
  anyString: { type: 'array', contains: { type: 'string' } },
  link: {
    type: 'object',
    required: ['url'],
    properties: { url: { type: 'string' } },
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 2,
  },
  extensible: {
    type: 'object',
    properties: { id: {} },
    patternProperties: { '^x-': { type: 'string' } },
    additionalProperties: { type: 'number' },
  },
  shortNames: { type: 'object', propertyNames: { maxLength: 3 } },
  payment: { type: 'object', dependentRequired: { card: ['billing'] } },
  cardCheck: { type: 'object', dependentSchemas: { card: { required: ['cvv'] } } },
  source: {
    type: 'object',
    if: { properties: { kind: { const: 'web' } }, required: ['kind'] },
    then: { required: ['url'] },
    else: { required: ['path'] },
  },
  stringOrNumber: { anyOf: [{ type: 'string' }, { type: 'number' }] },
  exactlyOne: { oneOf: [{ type: 'integer' }, { minimum: 2 }] },
  notString: { not: { type: 'string' } },
  anything: true,
  nothing: false,
  forbiddenProperty: { type: 'object', properties: { secret: false } },
  strangeKeys: { type: 'object', additionalProperties: false, properties: { 'a/b~c': { type: 'integer' } } },
  annotated: {
    title: 'T',
    description: 'D',
    default: 3,
    examples: [1],
    deprecated: true,
    $comment: 'c',
    'x-extension': { type: 'string' },
    contentMediaType: 'text/plain',
    madeUpKeyword: { minimum: 100 },
    type: 'integer',
  },
  mixedTypes: { minLength: 2, minimum: 5, minItems: 1, required: ['a'] },
  // nested objects get functions of their own, given their parent's pointer and their key as a pointer segment
  escapedNames: {
    properties: { 'a/b~c': { type: 'object', properties: { d: { type: 'string' } } } },
    additionalProperties: { type: 'object', properties: { d: { type: 'string' } } },
  },
  // As wide as DocuSign's account settings (700 properties): more checks than TypeScript analyses in one function.
  wideSettings: {
    type: 'object',
    properties: { settings: { type: 'object', required: WIDE_NAMES, properties: Object.fromEntries(WIDE_NAMES.map((name) => [name, { type: 'integer' }])) } },
  },
};

let loaded: LoadedValidators;
let annotate: LoadedValidators;

beforeAll(async () => {
  loaded = await loadValidators({
    roots: Object.entries(schemas).map(([exportName, schema]) => ({ exportName, schema, direction: 'request' })),
  });
  annotate = await loadValidators({
    roots: [{ exportName: 'email', schema: schemas['email'] ?? true, direction: 'request' }],
    formats: 'annotate',
  });
});

function errors(name: string, value: unknown): ValidationError[] {
  const result = loaded.run(name, value);
  // validity and errors always agree
  expect(result.valid).toBe(result.errors.length === 0);
  return result.errors;
}

function valid(name: string, value: unknown): void {
  expect(errors(name, value)).toEqual([]);
}

const e = (pointer: string, keyword: string, message: string): ValidationError => ({ pointer, keyword, message });

test('the printed module type-checks under strict and noUncheckedIndexedAccess', () => {
  expect(typeCheckValidators(loaded.dir)).toEqual([]);
  expect(loaded.source).not.toMatch(/\beval\b|\bFunction\(/);
});

describe('strings', () => {
  test('length bounds count code points', () => {
    valid('length', 'ab');
    valid('length', 'abc');
    expect(errors('length', 'a')).toEqual([e('', 'minLength', 'must be at least 2 characters')]);
    expect(errors('length', 'abcd')).toEqual([e('', 'maxLength', 'must be at most 3 characters')]);
    valid('length', '😀😀'); // four UTF-16 units, two characters
    valid('length', '😀😀😀');
    expect(errors('length', '😀')).toEqual([e('', 'minLength', 'must be at least 2 characters')]);
    expect(errors('length', '😀😀😀😀')).toEqual([e('', 'maxLength', 'must be at most 3 characters')]);
    expect(errors('length', 12)).toEqual([e('', 'type', 'must be string')]);
  });

  test('pattern is matched unanchored, and skipped when the string is already too long', () => {
    valid('httpsUrl', 'https://example.com');
    expect(errors('httpsUrl', 'http://example.com')).toEqual([e('', 'pattern', 'must match pattern "^https://"')]);
    expect(errors('httpsUrl', 'http://example.com/a/long/path')).toEqual([e('', 'maxLength', 'must be at most 20 characters')]);
    valid('unanchored', 'abc');
    expect(errors('unanchored', 'acd')).toEqual([e('', 'pattern', 'must match pattern "b"')]);
  });

  test('a pattern valid only without the Unicode flag is still enforced', () => {
    valid('legacyPattern', 'abc-12');
    expect(errors('legacyPattern', 'abc_12')).toEqual([e('', 'pattern', 'must match pattern "^[a-z]+\\\\-[0-9]+$"')]);
  });

  test('a type list accepts each type and names all of them', () => {
    valid('nullableName', null);
    valid('nullableName', 'ab');
    expect(errors('nullableName', 'abc')).toEqual([e('', 'maxLength', 'must be at most 2 characters')]);
    expect(errors('nullableName', 5)).toEqual([e('', 'type', 'must be string or null')]);
  });

  test('formats are asserted by default and ignored in annotate mode; unknown formats are ignored', () => {
    valid('email', 'ada@example.com');
    expect(errors('email', 'not an email')).toEqual([e('', 'format', 'must match format "email"')]);
    expect(annotate.run('email', 'not an email')).toEqual({ valid: true, errors: [] });
    valid('unknownFormat', 'anything');
  });
});

describe('numbers', () => {
  test('integer means no fractional part, so 1.0 is an integer', () => {
    valid('boundedInteger', 1.0);
    valid('boundedInteger', 10);
    expect(errors('boundedInteger', 1.5)).toEqual([e('', 'type', 'must be integer')]);
    expect(errors('boundedInteger', '3')).toEqual([e('', 'type', 'must be integer')]);
    expect(errors('boundedInteger', 0)).toEqual([e('', 'minimum', 'must be >= 1')]);
    expect(errors('boundedInteger', 11)).toEqual([e('', 'maximum', 'must be <= 10')]);
  });

  test('exclusive bounds exclude the bound itself', () => {
    valid('exclusive', 0.5);
    valid('exclusive', 0.000001);
    expect(errors('exclusive', 0)).toEqual([e('', 'exclusiveMinimum', 'must be > 0')]);
    expect(errors('exclusive', 1)).toEqual([e('', 'exclusiveMaximum', 'must be < 1')]);
  });

  test('multipleOf is exact for decimals and ignores non-numbers', () => {
    valid('tenths', 0.3);
    valid('tenths', 4.5);
    valid('tenths', -1.2);
    expect(errors('tenths', 0.35)).toEqual([e('', 'multipleOf', 'must be a multiple of 0.1')]);
    valid('tenths', 'text');
    valid('threes', 9);
    expect(errors('threes', 10)).toEqual([e('', 'multipleOf', 'must be a multiple of 3')]);
  });
});

describe('const and enum', () => {
  test('const compares JSON values deeply, objects regardless of key order', () => {
    valid('constObject', { a: [1, { b: 2 }] });
    valid('constObject', JSON.parse('{"a":[1.0,{"b":2}]}'));
    expect(errors('constObject', { a: [1, { b: 3 }] })).toEqual([e('', 'const', 'must be equal to constant')]);
    expect(errors('constObject', { a: [1, { b: 2 }], c: 1 })).toEqual([e('', 'const', 'must be equal to constant')]);
    valid('constString', 'active');
    expect(errors('constString', 'Active')).toEqual([e('', 'const', 'must be equal to constant')]);
  });

  test('enum accepts exactly the listed values', () => {
    for (const value of ['a', 1, null, { x: 1 }]) valid('smallEnum', value);
    for (const value of ['b', '1', 2, false, { x: 2 }, [{ x: 1 }]]) {
      expect(errors('smallEnum', value)).toEqual([e('', 'enum', 'must be equal to one of the allowed values')]);
    }
    valid('bigEnum', 'violet');
    expect(errors('bigEnum', 'black')).toEqual([e('', 'enum', 'must be equal to one of the allowed values')]);
  });

  test('with valuesInMessages (lint), their errors name the allowed values: ten, then how many more', () => {
    const messages = (schema: JsonSchema, value: unknown) => {
      const result = loadSchemaValidator(schemaModule(schema, { valuesInMessages: true }))(value);
      return result.ok ? [] : result.errors.map((error) => error.message);
    };
    expect(messages(schemas.smallEnum!, 'b')).toEqual(['must be equal to one of the allowed values: "a", 1, null, {"x":1}']);
    const twelve = Array.from({ length: 12 }, (_, i) => `v${i}`);
    expect(messages({ enum: twelve }, 'x')).toEqual([
      'must be equal to one of the allowed values: "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", and 2 more',
    ]);
    expect(messages({ enum: ['line\nbreak', 'x'.repeat(80)] }, 'y')).toEqual([
      `must be equal to one of the allowed values: "line\\nbreak", "${'x'.repeat(58)}…`,
    ]);
    expect(messages(schemas.constString!, 'Active')).toEqual(['must be equal to constant "active"']);
  });
});

describe('arrays', () => {
  test('item count bounds, uniqueness and item schemas, all errors reported', () => {
    valid('integerList', [1]);
    valid('integerList', [1, 2, 3]);
    expect(errors('integerList', [])).toEqual([e('', 'minItems', 'must have at least 1 item')]);
    expect(errors('integerList', [1, 2, 3, 4])).toEqual([e('', 'maxItems', 'must have at most 3 items')]);
    expect(errors('integerList', [1, 2, 1])).toEqual([
      e('', 'uniqueItems', 'must not have duplicate items (items 0 and 2 are identical)'),
    ]);
    expect(errors('integerList', ['a', 1, 'b'])).toEqual([e('/0', 'type', 'must be integer'), e('/2', 'type', 'must be integer')]);
  });

  test('uniqueItems compares items deeply', () => {
    valid('uniqueObjects', [{ a: 1 }, { a: 2 }, 1, '1', [1], true]);
    expect(errors('uniqueObjects', [{ a: 1, b: [2] }, { b: [2], a: 1 }])).toEqual([
      e('', 'uniqueItems', 'must not have duplicate items (items 0 and 1 are identical)'),
    ]);
  });

  test('prefixItems checks positions and items: false forbids more', () => {
    valid('pair', ['a', 1]);
    valid('pair', ['a']);
    valid('pair', []);
    expect(errors('pair', [1, 'a'])).toEqual([e('/0', 'type', 'must be string'), e('/1', 'type', 'must be number')]);
    expect(errors('pair', ['a', 1, 2])).toEqual([e('', 'items', 'must have at most 2 items')]);
  });

  test('contains counts matching items without leaking the misses', () => {
    valid('someStrings', ['a', 'b', 1]);
    valid('someStrings', ['a', 'b', 'c']);
    expect(errors('someStrings', [1, 'a'])).toEqual([e('', 'minContains', 'must contain at least 2 matching items')]);
    expect(errors('someStrings', ['a', 'b', 'c', 'd'])).toEqual([e('', 'maxContains', 'must contain at most 3 matching items')]);
    valid('anyString', [1, 'a']);
    expect(errors('anyString', [1, 2])).toEqual([e('', 'contains', 'must contain at least 1 matching item')]);
  });
});

describe('objects', () => {
  test('required, property counts and additionalProperties: false', () => {
    valid('link', { url: 'https://example.com' });
    expect(errors('link', {})).toEqual([
      e('', 'required', "must have required property 'url'"),
      e('', 'minProperties', 'must have at least 1 property'),
    ]);
    expect(errors('link', { url: 'x', a: 1, b: 2 })).toEqual([
      e('', 'maxProperties', 'must have at most 2 properties'),
      e('/a', 'additionalProperties', "must not have additional property 'a'"),
      e('/b', 'additionalProperties', "must not have additional property 'b'"),
    ]);
    expect(errors('link', { url: 5 })).toEqual([e('/url', 'type', 'must be string')]);
    expect(errors('link', ['url'])).toEqual([e('', 'type', 'must be object')]);
  });

  test('an object with hundreds of properties reports every one of them, at its place, in order', () => {
    const all = Object.fromEntries(WIDE_NAMES.map((name, index) => [name, index]));
    valid('wideSettings', { settings: all });
    const wrong = Object.fromEntries(WIDE_NAMES.map((name) => [name, 'x']));
    expect(errors('wideSettings', { settings: wrong })).toEqual(WIDE_NAMES.map((name) => e(`/settings/${name}`, 'type', 'must be integer')));
    expect(errors('wideSettings', { settings: {} })).toEqual(
      WIDE_NAMES.map((name) => e('/settings', 'required', `must have required property '${name}'`)),
    );
    const { setting0: _first, setting699: _last, ...middle } = all;
    expect(errors('wideSettings', { settings: { ...middle, setting350: null } })).toEqual([
      e('/settings', 'required', "must have required property 'setting0'"),
      e('/settings', 'required', "must have required property 'setting699'"),
      e('/settings/setting350', 'type', 'must be integer'),
    ]);
  });

  test('pointers escape ~ and / in names, known and found at run time, at every depth', () => {
    expect(errors('escapedNames', { 'a/b~c': { d: 1 }, 'x/y~z': { d: 2 } })).toEqual([
      e('/a~1b~0c/d', 'type', 'must be string'),
      e('/x~1y~0z/d', 'type', 'must be string'),
    ]);
  });

  test('patternProperties and an additionalProperties schema split the keys', () => {
    valid('extensible', { id: true, 'x-a': 'v', n: 1 });
    expect(errors('extensible', { 'x-a': 1, n: 'v' })).toEqual([
      e('/x-a', 'type', 'must be string'),
      e('/n', 'type', 'must be number'),
    ]);
  });

  test('propertyNames reports the offending name at its property', () => {
    valid('shortNames', { abc: 1 });
    expect(errors('shortNames', { abcd: 1 })).toEqual([
      e('/abcd', 'propertyNames', 'property name must be at most 3 characters'),
    ]);
  });

  test('dependentRequired and dependentSchemas apply only when the property is present', () => {
    valid('payment', {});
    valid('payment', { card: 1, billing: 2 });
    expect(errors('payment', { card: 1 })).toEqual([
      e('', 'dependentRequired', "must have property 'billing' when property 'card' is present"),
    ]);
    valid('cardCheck', { cvv: 1, card: 2 });
    expect(errors('cardCheck', { card: 1 })).toEqual([e('', 'required', "must have required property 'cvv'")]);
  });

  test('property pointers escape "/" and "~"', () => {
    valid('strangeKeys', { 'a/b~c': 1 });
    expect(errors('strangeKeys', { 'a/b~c': 'x', '~/': 1 })).toEqual([
      e('/a~1b~0c', 'type', 'must be integer'),
      e('/~0~1', 'additionalProperties', "must not have additional property '~/'"),
    ]);
  });
});

describe('combinators', () => {
  test('if/then/else reports only the branch errors', () => {
    valid('source', { kind: 'web', url: 'u' });
    valid('source', { kind: 'file', path: 'p' });
    expect(errors('source', { kind: 'web' })).toEqual([e('', 'required', "must have required property 'url'")]);
    expect(errors('source', { kind: 'file' })).toEqual([e('', 'required', "must have required property 'path'")]);
    expect(errors('source', {})).toEqual([e('', 'required', "must have required property 'path'")]);
  });

  test('anyOf keeps branch errors only when no branch passes', () => {
    valid('stringOrNumber', 'a');
    valid('stringOrNumber', 2);
    expect(errors('stringOrNumber', true)).toEqual([
      e('', 'type', 'must be string'),
      e('', 'type', 'must be number'),
      e('', 'anyOf', 'must match a schema in anyOf'),
    ]);
  });

  test('oneOf needs exactly one passing branch', () => {
    valid('exactlyOne', 1);
    valid('exactlyOne', 2.5);
    valid('exactlyOne', 'x'); // minimum ignores strings
    expect(errors('exactlyOne', 3)).toEqual([e('', 'oneOf', 'must match exactly one schema in oneOf')]);
    expect(errors('exactlyOne', 1.5)).toEqual([
      e('', 'type', 'must be integer'),
      e('', 'minimum', 'must be >= 2'),
      e('', 'oneOf', 'must match exactly one schema in oneOf'),
    ]);
  });

  test('not passes when its schema fails, without leaking that failure', () => {
    valid('notString', 1);
    expect(errors('notString', 'a')).toEqual([e('', 'not', 'must not match the schema in not')]);
  });
});

describe('boolean schemas, annotations and unknown keywords', () => {
  test('true accepts everything, false nothing', () => {
    for (const value of [null, 0, 'a', [], {}]) valid('anything', value);
    expect(errors('nothing', null)).toEqual([e('', 'false', 'is not allowed')]);
    valid('forbiddenProperty', { other: 1 });
    expect(errors('forbiddenProperty', { secret: 1 })).toEqual([e('/secret', 'false', 'is not allowed')]);
  });

  test('annotations and unknown keywords are ignored', () => {
    valid('annotated', 3);
    expect(errors('annotated', 'x')).toEqual([e('', 'type', 'must be integer')]);
  });

  test('type-specific keywords apply only to their own type', () => {
    for (const value of [null, true, 'ab', 5, [1], { a: 1 }]) valid('mixedTypes', value);
    expect(errors('mixedTypes', 'a')).toEqual([e('', 'minLength', 'must be at least 2 characters')]);
    expect(errors('mixedTypes', 4)).toEqual([e('', 'minimum', 'must be >= 5')]);
    expect(errors('mixedTypes', [])).toEqual([e('', 'minItems', 'must have at least 1 item')]);
    expect(errors('mixedTypes', {})).toEqual([e('', 'required', "must have required property 'a'")]);
  });
});

test('errors are reported below the pointer the caller passes', () => {
  expect(loaded.run('link', { url: 1, extra: true }, '/body')).toEqual({
    valid: false,
    errors: [
      e('/body/url', 'type', 'must be string'),
      e('/body/extra', 'additionalProperties', "must not have additional property 'extra'"),
    ],
  });
});
