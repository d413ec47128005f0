import type { JsonSchema } from '../schema/json-schema.js';
import { isObject } from '../util/is-object.js';
import { escapePointerSegment, segmentsOf } from '../util/json-pointer.js';

/** The IR's only form of schema reference: `#/components/schemas/<name>`, the name pointer-escaped (not URI-encoded). */
export const COMPONENT_SCHEMA_REF = '#/components/schemas/';

export function schemaRef(name: string): string {
  return COMPONENT_SCHEMA_REF + escapePointerSegment(name);
}

/** The named schema an IR `$ref` points into (the schema itself or a place inside it), or undefined. */
export function schemaNameUnder(ref: string): string | undefined {
  if (!ref.startsWith(COMPONENT_SCHEMA_REF)) return undefined;
  return segmentsOf(ref.slice(1))[2];
}

/** The schema name an IR `$ref` names, or undefined for any other reference. */
export function schemaNameOf(ref: string): string | undefined {
  if (!ref.startsWith(COMPONENT_SCHEMA_REF)) return undefined;
  const segments = segmentsOf(ref.slice(1)); // a plain pointer: IR references are not URI-encoded
  return segments.length === 3 ? segments[2] : undefined;
}

/** The schema an IR `$ref` (`#/components/schemas/<name>`, or a place inside it) points to; undefined for any other. */
export function schemaAt(ref: string, schemas: ReadonlyMap<string, JsonSchema>): JsonSchema | undefined {
  if (!ref.startsWith(COMPONENT_SCHEMA_REF)) return undefined;
  const [, , name, ...rest] = segmentsOf(ref.slice(1)); // a plain pointer: IR references are not URI-encoded
  let node: unknown = name === undefined ? undefined : schemas.get(name);
  for (const segment of rest) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return typeof node === 'boolean' || isObject(node) ? (node as JsonSchema) : undefined;
}
