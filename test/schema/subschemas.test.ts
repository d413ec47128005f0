import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { JsonSchema } from '../../generator/schema/json-schema.js';
import { forEachSubschema, subschemaShape, type SubschemaShape } from '../../generator/schema/subschemas.js';
import { projectRoot } from '../support/run-cli.js';

// The subschema keywords of JSON Schema 2020-12, read from its own metaschemas (the vocabularies' and the deprecated
// ones of schema.json): a keyword whose value is `{ $dynamicRef: '#meta' }` holds one schema, `schemaArray` a list,
// an object of `#meta`s a map.
const folder = join(projectRoot, 'generator/schema/metaschemas');
const metaschemas = ['schema.json', ...readdirSync(join(folder, 'meta')).map((name) => `meta/${name}`)].map(
  (file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as { properties?: Record<string, Record<string, unknown>> },
);

function shapeInMetaschema(definition: Record<string, unknown>): SubschemaShape | undefined {
  if (definition['$dynamicRef'] === '#meta') return 'schema';
  if (definition['$ref'] === '#/$defs/schemaArray') return 'list';
  const values = definition['additionalProperties'] as Record<string, unknown> | undefined;
  if (definition['type'] === 'object' && values?.['$dynamicRef'] === '#meta') return 'map';
  return undefined;
}

const keywords = metaschemas.flatMap((metaschema) =>
  Object.entries(metaschema.properties ?? {}).flatMap(([keyword, definition]) => {
    const shape = shapeInMetaschema(definition);
    return shape === undefined ? [] : [[keyword, shape] as const];
  }),
);

/** `keyword` holding the marker schema the way its shape holds subschemas, and the segments the walker must report. */
function holding(keyword: string, shape: SubschemaShape): { schema: JsonSchema; segments: string[] } {
  const marker = { title: keyword };
  if (shape === 'schema') return { schema: { [keyword]: marker }, segments: [keyword] };
  if (shape === 'list') return { schema: { [keyword]: [true, marker] }, segments: [keyword, '1'] };
  return { schema: { [keyword]: { name: marker } }, segments: [keyword, 'name'] };
}

function visited(schema: JsonSchema, legacy = false): Array<[string[], JsonSchema]> {
  const seen: Array<[string[], JsonSchema]> = [];
  forEachSubschema(schema, (subschema, segments) => seen.push([segments, subschema]), { legacy });
  return seen;
}

describe('the one subschema walker', () => {
  test('knows the subschema keywords of every 2020-12 vocabulary', () => {
    expect(keywords.map(([keyword]) => keyword).sort()).toEqual(
      ['$defs', 'additionalProperties', 'allOf', 'anyOf', 'contains', 'contentSchema', 'definitions', 'dependentSchemas', 'else', 'if', 'items', 'not', 'oneOf', 'patternProperties', 'prefixItems', 'properties', 'propertyNames', 'then', 'unevaluatedItems', 'unevaluatedProperties'].sort(),
    );
  });

  test.each(keywords)('visits %s (%s)', (keyword, shape) => {
    const { schema, segments } = holding(keyword, shape);
    expect(subschemaShape(keyword, (schema as Record<string, unknown>)[keyword])).toBe(shape);
    expect(visited(schema).filter(([, subschema]) => subschema !== true)).toEqual([[segments, { title: keyword }]]);
  });

  test('visits a schema holding every keyword at once, each subschema once', () => {
    const schema = Object.assign({}, ...keywords.map(([keyword, shape]) => holding(keyword, shape).schema)) as JsonSchema;
    const found = visited(schema).filter(([, subschema]) => subschema !== true);
    expect(found.map(([segments]) => segments)).toEqual(expect.arrayContaining(keywords.map(([keyword, shape]) => holding(keyword, shape).segments)));
    expect(found).toHaveLength(keywords.length);
  });

  test("visits OpenAPI 3.0's additionalItems and list-form items only when asked for the legacy forms", () => {
    const schema = { items: [{ type: 'string' }], additionalItems: { type: 'number' } };
    expect(visited(schema)).toEqual([]);
    expect(visited(schema, true)).toEqual([
      [['additionalItems'], { type: 'number' }],
      [['items', '0'], { type: 'string' }],
    ]);
    expect(subschemaShape('items', { type: 'string' }, { legacy: true })).toBe('schema');
  });

  test('does not walk into values that hold data, nor into own properties of the wrong shape', () => {
    expect(visited({ const: { not: {} }, enum: [{ items: {} }], examples: [{ properties: {} }], default: { if: {} }, not: 3, allOf: {}, properties: [] })).toEqual([]);
  });
});
