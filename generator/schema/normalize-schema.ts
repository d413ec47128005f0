import type { JsonSchema } from './json-schema.js';
import { isObject, setOwn } from '../util/is-object.js';
import { isSchema, subschemaShape } from './subschemas.js';

/**
 * Rewrites one schema into JSON Schema 2020-12, the IR's only dialect. `rewriteRef` maps each `$ref` to the IR's form.
 * OpenAPI 3.0 differences handled here: `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`, `$ref` siblings
 * (ignored by 3.0), array-form `items`. 3.1 schemas pass through with only their references rewritten.
 */
export function normalizeSchema(schema: unknown, version: '3.0' | '3.1', rewriteRef: (ref: string) => string): JsonSchema {
  const walk = (node: unknown): JsonSchema => {
    if (typeof node === 'boolean') return node;
    if (!isObject(node)) return {};
    if (typeof node.$ref === 'string') {
      const ref = rewriteRef(node.$ref);
      if (version === '3.0') return { $ref: ref };
      const { $ref: _ignored, ...siblings } = node;
      return Object.keys(siblings).length ? { ...walkKeywords(siblings), $ref: ref } : { $ref: ref };
    }
    const out = walkKeywords(node);
    return version === '3.0' ? fromOpenApi30(out) : out;
  };

  const walkKeywords = (node: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const value = node[key];
      const shape = subschemaShape(key, value, { legacy: true });
      if (shape === 'schema' && isSchema(value)) setOwn(out, key, walk(value));
      else if (key === 'items' && Array.isArray(value)) setOwn(out, 'prefixItems', value.map(walk));
      else if (shape === 'list' && Array.isArray(value)) setOwn(out, key, value.map(walk));
      else if (shape === 'map' && isObject(value)) {
        const map: Record<string, JsonSchema> = {};
        for (const name of Object.keys(value)) setOwn(map, name, walk(value[name]));
        setOwn(out, key, map);
      } else setOwn(out, key, value);
    }
    return out;
  };

  return walk(schema);
}

function fromOpenApi30(schema: Record<string, unknown>): JsonSchema {
  const out = { ...schema };
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (out[exclusive] === true && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else if (typeof out[exclusive] === 'boolean') {
      delete out[exclusive];
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (out.type === undefined) {
      // `nullable` beside `allOf`/`oneOf`/`$ref` (common in 3.0 specs) means "this, or null".
      return { anyOf: [{ type: 'null' }, out] };
    }
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  return out;
}
