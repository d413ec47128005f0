import { describe, expect, test } from 'vitest';
import { compileValidators, UnsupportedSchemaError } from '../../generator/schema/compiler/compile-validators.js';
import type { JsonSchema } from '../../generator/schema/compiler/contract.js';
import { loadValidators, runtimeModule } from './support/load-validators.js';

function compileNamed(schema: JsonSchema): unknown {
  try {
    compileValidators({
      schemas: new Map([['Thing', { type: 'object', properties: { field: schema } }]]),
      roots: [{ exportName: 'validateThing', schema: { $ref: '#/components/schemas/Thing' }, direction: 'request' }],
      formats: 'assert',
      runtimeModule,
    });
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('keywords that cannot be checked exactly are refused, naming the keyword and the schema', () => {
  const cases: Array<[string, JsonSchema, string, string]> = [
    ['a remote $ref', { $ref: 'https://example.com/schema.json' }, '$ref', '#/components/schemas/Thing/properties/field'],
    ['an anchor $ref', { $ref: '#node' }, '$ref', '#/components/schemas/Thing/properties/field'],
    ['a $ref to nothing', { $ref: '#/$defs/missing' }, '$ref', '#/components/schemas/Thing/properties/field'],
    ['a $dynamicRef to nothing', { $dynamicRef: '#node' }, '$dynamicRef', '#/components/schemas/Thing/properties/field'],
    ['the array form of items', { items: [{ type: 'string' }] }, 'items', '#/components/schemas/Thing/properties/field'],
    ['a boolean exclusiveMinimum', { minimum: 1, exclusiveMinimum: true }, 'exclusiveMinimum', '#/components/schemas/Thing/properties/field'],
    ['a pattern that is not a regular expression', { pattern: '\\-[' }, 'pattern', '#/components/schemas/Thing/properties/field'],
    ['a malformed required', { required: 'id' }, 'required', '#/components/schemas/Thing/properties/field'],
    ['a negative maxLength', { maxLength: -1 }, 'maxLength', '#/components/schemas/Thing/properties/field'],
    ['multipleOf 0', { multipleOf: 0 }, 'multipleOf', '#/components/schemas/Thing/properties/field'],
    ['an unknown type', { type: 'float' }, 'type', '#/components/schemas/Thing/properties/field'],
  ];
  for (const [what, schema, keyword, pointer] of cases) {
    test(what, () => {
      const error = compileNamed(schema);
      expect(error).toBeInstanceOf(UnsupportedSchemaError);
      expect(error).toMatchObject({ keyword, pointer });
      expect((error as Error).message).toContain(`"${keyword}" at ${pointer}`);
    });
  }

  test('an inline root names its validator', () => {
    expect(() =>
      compileValidators({
        schemas: new Map(),
        roots: [{ exportName: 'listPets', schema: { type: 'array', items: { type: 'float' } }, direction: 'response' }],
        formats: 'assert',
        runtimeModule,
      }),
    ).toThrow('Unsupported JSON Schema: "type" at #/items (validator listPets)');
  });
});

test('trivial unevaluated* and unknown keywords are accepted and ignored', async () => {
  const loaded = await loadValidators({
    roots: [
      {
        exportName: 'validate',
        schema: { type: 'object', unevaluatedProperties: true, nullable: true, discriminator: { propertyName: 'x' }, 'x-foo': 1, madeUp: false },
        direction: 'request',
      },
    ],
  });
  expect(loaded.run('validate', { a: 1 }).valid).toBe(true);
  expect(loaded.run('validate', null).valid).toBe(false);
});
