import { setOwn } from '../../util/is-object.js';
import { schemaAt } from '../../ir/schema-ref.js';
import type { JsonSchema } from '../../schema/json-schema.js';

export type SchemaObject = { readonly [keyword: string]: unknown };

/**
 * A schema with its `$ref`s followed and its `allOf` merged into one object, for reading its constraints (not for
 * validating: the checker always validates against the schema as written). Merging keeps the stricter bound and
 * both sides of a property.
 */
export function flatten(schema: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>, depth = 0): SchemaObject {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  if (depth > 16) return schema;
  let out: Record<string, unknown> = {};
  const { $ref, allOf, ...own } = schema as Record<string, unknown>;
  if (typeof $ref === 'string') {
    const target = schemaAt($ref, schemas);
    if (target !== undefined) out = mergeSchemas(out, flatten(target, schemas, depth + 1));
  }
  if (Array.isArray(allOf)) for (const part of allOf as JsonSchema[]) out = mergeSchemas(out, flatten(part, schemas, depth + 1));
  return mergeSchemas(out, own);
}

const LOWER = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const UPPER = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];

export function mergeSchemas(a: SchemaObject, b: SchemaObject): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [keyword, value] of Object.entries(b)) {
    const existing = out[keyword];
    if (existing === undefined) out[keyword] = value;
    else if (keyword === 'properties') {
      // Property names are the spec's (`__proto__` among them): kept as own properties.
      const merged: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(existing as object)) setOwn(merged, name, sub);
      for (const [name, sub] of Object.entries(value as object)) {
        setOwn(merged, name, Object.hasOwn(merged, name) ? { allOf: [merged[name], sub] } : sub);
      }
      out[keyword] = merged;
    } else if (keyword === 'required') out[keyword] = [...new Set([...(existing as string[]), ...(value as string[])])];
    else if (LOWER.includes(keyword) && typeof value === 'number') out[keyword] = Math.max(existing as number, value);
    else if (UPPER.includes(keyword) && typeof value === 'number') out[keyword] = Math.min(existing as number, value);
    else if (keyword === 'type') out[keyword] = intersectTypes(existing, value);
    else if (keyword === 'enum' && Array.isArray(existing) && Array.isArray(value)) {
      out[keyword] = existing.filter((item) => value.some((other) => JSON.stringify(other) === JSON.stringify(item)));
    } else if (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') {
      if (value === false) out[keyword] = false;
    } else out[keyword] = value;
  }
  return out;
}

function intersectTypes(a: unknown, b: unknown): unknown {
  const list = (t: unknown) => (Array.isArray(t) ? (t as string[]) : [t as string]);
  const bs = list(b);
  const both = list(a).filter((t) => bs.includes(t) || (t === 'integer' && bs.includes('number')));
  const extra = bs.filter((t) => t === 'integer' && list(a).includes('number'));
  const types = [...new Set([...both, ...extra])];
  return types.length === 1 ? types[0] : types;
}

/** The JSON types a schema allows, inferred from its keywords when it has no `type`. */
export function typesOf(schema: SchemaObject): string[] {
  const { type } = schema;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type as string[];
  if ('const' in schema) return [jsonType(schema['const'])];
  if (Array.isArray(schema['enum'])) return [...new Set((schema['enum'] as unknown[]).map(jsonType))];
  if ('properties' in schema || 'required' in schema || 'additionalProperties' in schema) return ['object'];
  if ('items' in schema || 'prefixItems' in schema || 'minItems' in schema || 'maxItems' in schema) return ['array'];
  if ('minLength' in schema || 'maxLength' in schema || 'pattern' in schema || 'format' in schema) return ['string'];
  if ('minimum' in schema || 'maximum' in schema || 'exclusiveMinimum' in schema || 'exclusiveMaximum' in schema || 'multipleOf' in schema) return ['number'];
  return [];
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a schema forbids any value: `false` or `not: {}` (the way specs mark a field that must not be sent). */
export function isForbidden(schema: unknown): boolean {
  if (schema === false) return true;
  if (schema === null || typeof schema !== 'object') return false;
  const not = (schema as SchemaObject)['not'];
  return not === true || (not !== null && typeof not === 'object' && Object.keys(not).length === 0);
}
