import type { JsonSchema } from '../../schema/json-schema.js';
import { escapePointerSegment } from '../../util/json-pointer.js';
import { flatten, isForbidden, typesOf, type SchemaObject } from './schema-shape.js';

/** One place of a JSON body a case may change: its pointer, schema, and what its parent says of it. */
export interface BodyField {
  pointer: string;
  schema: JsonSchema;
  flat: SchemaObject;
  /** Whether its parent object requires it (false at the root and for array items). */
  required: boolean;
  /** Whether its parent object forbids it (`not: {}`). */
  forbidden: boolean;
  /** The parent's schema, to build the parent when the base body lacks it; undefined at the root. */
  parent: { pointer: string; schema: JsonSchema } | undefined;
}

/** How deep into a body cases go: properties of properties of properties, and their items. */
const MAX_FIELD_DEPTH = 3;

/** The body's fields in document order, the root first, to a sensible depth. */
export function bodyFields(root: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>): BodyField[] {
  const fields: BodyField[] = [];
  const walk = (field: BodyField, depth: number, seen: readonly object[]) => {
    fields.push(field);
    if (depth >= MAX_FIELD_DEPTH || field.forbidden) return;
    // A schema met again below itself (a tree of comments, say) is not walked twice.
    if (typeof field.schema === 'object' && seen.includes(field.schema)) return;
    const below = typeof field.schema === 'object' ? [...seen, field.schema] : seen;
    const { flat } = field;
    const types = typesOf(flat);
    if (types.includes('object') || (types.length === 0 && flat['properties'])) {
      const properties = (flat['properties'] ?? {}) as Record<string, JsonSchema>;
      const required = new Set((Array.isArray(flat['required']) ? flat['required'] : []) as string[]);
      for (const [name, schema] of Object.entries(properties)) {
        walk(
          {
            pointer: `${field.pointer}/${escapePointerSegment(name)}`,
            schema,
            flat: flatten(schema, schemas),
            required: required.has(name),
            forbidden: isForbidden(schema),
            parent: { pointer: field.pointer, schema: field.schema },
          },
          depth + 1,
          below,
        );
      }
    }
    if (types.includes('array') && flat['items'] !== undefined && flat['items'] !== false) {
      const items = flat['items'] as JsonSchema;
      walk({ pointer: `${field.pointer}/0`, schema: items, flat: flatten(items, schemas), required: false, forbidden: false, parent: { pointer: field.pointer, schema: field.schema } }, depth + 1, below);
    }
  };
  walk({ pointer: '', schema: root, flat: flatten(root, schemas), required: true, forbidden: false, parent: undefined }, 0, []);
  return fields;
}
