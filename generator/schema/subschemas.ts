import { isObject } from '../util/is-object.js';
import type { JsonSchema } from './json-schema.js';

/**
 * Where JSON Schema keeps subschemas: the one list every walk of a schema tree reads (the compiler's, the OpenAPI 3.0
 * rewriting's, lint's example schemas', the types' `$ref` hoisting). A keyword's value is one subschema (`schema`), a
 * list of them (`list`) or a map of names to them (`map`). Walks go in this order, which decides which of two
 * resources or anchors with the same URI a schema tree registers first.
 */
export type SubschemaShape = 'schema' | 'list' | 'map';

/** JSON Schema 2020-12's subschema keywords (and `definitions`, its deprecated name for `$defs`). */
const KEYWORDS_2020_12: ReadonlyMap<string, SubschemaShape> = new Map([
  ['additionalProperties', 'schema'],
  ['propertyNames', 'schema'],
  ['items', 'schema'],
  ['contains', 'schema'],
  ['not', 'schema'],
  ['if', 'schema'],
  ['then', 'schema'],
  ['else', 'schema'],
  ['unevaluatedItems', 'schema'],
  ['unevaluatedProperties', 'schema'],
  ['contentSchema', 'schema'],
  ['allOf', 'list'],
  ['anyOf', 'list'],
  ['oneOf', 'list'],
  ['prefixItems', 'list'],
  ['properties', 'map'],
  ['patternProperties', 'map'],
  ['dependentSchemas', 'map'],
  ['$defs', 'map'],
  ['definitions', 'map'],
]);

/**
 * The forms 2020-12 dropped that OpenAPI 3.0 (and drafts up to 2019-09) write: `additionalItems`, and `items` as a list
 * (2020-12's `prefixItems`). Only schemas not yet rewritten into 2020-12 (normalizeSchema's input) hold them.
 */
const LEGACY_KEYWORDS: ReadonlyMap<string, SubschemaShape> = new Map([
  ['additionalItems', 'schema'],
  ['items', 'list'],
]);

export interface SubschemaOptions {
  /** Also OpenAPI 3.0's forms: `additionalItems`, and `items` holding a list. */
  legacy?: boolean;
}

/** How `keyword` holds subschemas when its value is `value` (`items` may hold a list in legacy input), or undefined. */
export function subschemaShape(keyword: string, value: unknown, options: SubschemaOptions = {}): SubschemaShape | undefined {
  if (options.legacy === true && (keyword !== 'items' || Array.isArray(value))) {
    const legacy = LEGACY_KEYWORDS.get(keyword);
    if (legacy !== undefined) return legacy;
  }
  return KEYWORDS_2020_12.get(keyword);
}

/** The subschema keywords of one shape, in walking order (legacy forms last). */
export function subschemaKeywords(shape: SubschemaShape, options: SubschemaOptions = {}): string[] {
  const keywords = [...KEYWORDS_2020_12].filter(([, each]) => each === shape).map(([keyword]) => keyword);
  if (options.legacy === true) for (const [keyword, each] of LEGACY_KEYWORDS) if (each === shape && !keywords.includes(keyword)) keywords.push(keyword);
  return keywords;
}

/** A schema is an object or a boolean. */
export function isSchema(value: unknown): value is JsonSchema {
  return isObject(value) || typeof value === 'boolean';
}

const SCHEMA_KEYWORDS = subschemaKeywords('schema');
const LIST_KEYWORDS = subschemaKeywords('list');
const MAP_KEYWORDS = subschemaKeywords('map');
const LEGACY_SCHEMA_KEYWORDS = subschemaKeywords('schema', { legacy: true });
const LEGACY_LIST_KEYWORDS = subschemaKeywords('list', { legacy: true });
const ANY_KEYWORD: ReadonlySet<string> = new Set([...KEYWORDS_2020_12.keys(), ...LEGACY_KEYWORDS.keys()]);

/**
 * Calls `visit` for each direct subschema of `schema` with the pointer segments from `schema` to it (`['items']`,
 * `['allOf', '0']`, `['properties', 'name']`), one shape after the other in the list's order.
 */
export function forEachSubschema(schema: JsonSchema, visit: (subschema: JsonSchema, segments: string[]) => void, options: SubschemaOptions = {}): void {
  if (!isObject(schema)) return;
  // Most schemas are leaves: one pass over their few keys finds that, where the loops below try every keyword.
  let any = false;
  for (const key in schema) {
    if (ANY_KEYWORD.has(key)) {
      any = true;
      break;
    }
  }
  if (!any) return;
  const legacy = options.legacy === true;
  for (const keyword of legacy ? LEGACY_SCHEMA_KEYWORDS : SCHEMA_KEYWORDS) {
    const value = schema[keyword];
    if (Object.hasOwn(schema, keyword) && isSchema(value)) visit(value, [keyword]);
  }
  for (const keyword of legacy ? LEGACY_LIST_KEYWORDS : LIST_KEYWORDS) {
    const value = schema[keyword];
    if (Object.hasOwn(schema, keyword) && Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        if (isSchema(item)) visit(item, [keyword, String(index)]);
      });
    }
  }
  for (const keyword of MAP_KEYWORDS) {
    const value = schema[keyword];
    if (Object.hasOwn(schema, keyword) && isObject(value)) {
      for (const name of Object.keys(value)) {
        const item = value[name];
        if (isSchema(item)) visit(item, [keyword, name]);
      }
    }
  }
}
