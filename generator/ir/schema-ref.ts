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
