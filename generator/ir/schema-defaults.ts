import type { JsonSchema } from '../schema/json-schema.js';
import { isObject } from '../util/is-object.js';
import { schemaAt } from './schema-ref.js';

/**
 * A schema's `default` as a request gets it (its own, else through its `$ref` and `allOf`), and the walk that finds
 * it. The endpoints emitter applies defaults with these; the handler's types say which fields arrive present.
 */

type Schemas = ReadonlyMap<string, JsonSchema>;

export const MAX_DEPTH = 32;

/** The schemas a schema is made of besides itself: its `$ref`'s target, then its `allOf` branches. */
export function schemaParts(schema: Record<string, unknown>, schemas: Schemas): JsonSchema[] {
  const found: JsonSchema[] = [];
  if (typeof schema.$ref === 'string') {
    const target = schemaAt(schema.$ref, schemas);
    if (target !== undefined) found.push(target);
  }
  if (Array.isArray(schema.allOf)) found.push(...(schema.allOf as JsonSchema[]));
  return found;
}

/** A schema's `default` (its own, else the first through its `$ref` and `allOf`), as `{ value }`; undefined when it has none. */
export function defaultOf(schema: JsonSchema, schemas: Schemas, depth = 0): { value: unknown } | undefined {
  if (!isObject(schema) || depth > MAX_DEPTH) return undefined;
  if (Object.hasOwn(schema, 'default')) return { value: schema.default };
  for (const part of schemaParts(schema, schemas)) {
    const found = defaultOf(part, schemas, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function isReadOnly(schema: JsonSchema, schemas: Schemas, depth = 0): boolean {
  if (!isObject(schema) || depth > MAX_DEPTH) return false;
  return schema.readOnly === true || schemaParts(schema, schemas).some((part) => isReadOnly(part, schemas, depth + 1));
}

/** The default an absent body property gets: its schema's, unless it is read-only (a request may not send it). */
export function propertyDefault(property: JsonSchema, schemas: Schemas): { value: unknown } | undefined {
  return isReadOnly(property, schemas) ? undefined : defaultOf(property, schemas);
}
