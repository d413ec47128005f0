import type { JsonSchema } from '../schema/json-schema.js';
import { readWriteReach, type ReadWriteReach } from '../schema/read-write-reach.js';
import { forEachSubschema } from '../schema/subschemas.js';
import { isObject } from '../util/is-object.js';
import type { ApiIR } from './ir.js';
import { schemaNameUnder } from './schema-ref.js';

/** The named schema a `$ref` points into, among `schemas`. */
function referencedName(schemas: ReadonlyMap<string, JsonSchema>): (ref: string) => string | undefined {
  return (ref) => {
    const name = schemaNameUnder(ref);
    return name !== undefined && schemas.has(name) ? name : undefined;
  };
}

/** Which named schemas have `readOnly` (`writeOnly`) in reach. */
export function namedSchemaReach(schemas: ReadonlyMap<string, JsonSchema>): ReadWriteReach<string> {
  return readWriteReach(schemas, referencedName(schemas));
}

/** Whether the named schema has `readOnly` or `writeOnly` in reach: its request and response forms differ. */
export function isReadWriteMarked(ir: Pick<ApiIR, 'readWriteReach'>, name: string): boolean {
  return ir.readWriteReach.readOnly.has(name) || ir.readWriteReach.writeOnly.has(name);
}

/**
 * Whether a schema that is not a named one (an operation's body) has `readOnly` or `writeOnly` in reach: in its own
 * tree, or in a named schema it refers to, whose reach the IR has. A walk of that tree alone: a types emitter asks
 * for every body and response of the spec.
 */
export function reachesReadWrite(ir: Pick<ApiIR, 'schemas' | 'readWriteReach'>, schema: JsonSchema): boolean {
  const named = referencedName(ir.schemas);
  const reaches = (node: JsonSchema): boolean => {
    if (!isObject(node)) return false;
    if (node['readOnly'] === true || node['writeOnly'] === true) return true;
    const ref = node['$ref'];
    if (typeof ref === 'string' && Object.hasOwn(node, '$ref')) {
      const name = named(ref);
      if (name !== undefined && isReadWriteMarked(ir, name)) return true;
    }
    let found = false;
    forEachSubschema(node, (subschema) => {
      found ||= reaches(subschema);
    });
    return found;
  };
  return reaches(schema);
}
