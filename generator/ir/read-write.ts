import type { JsonSchema } from '../schema/json-schema.js';
import { readWriteReach, type ReadWriteReach } from '../schema/read-write-reach.js';
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

const INLINE = Symbol('inline schema');

/** Whether a schema that is not a named one (an operation's body) has `readOnly` or `writeOnly` in reach. */
export function reachesReadWrite(ir: Pick<ApiIR, 'schemas' | 'readWriteReach'>, schema: JsonSchema): boolean {
  const reach = readWriteReach<string | symbol>([[INLINE, schema]], referencedName(ir.schemas), ir.readWriteReach);
  return reach.readOnly.has(INLINE) || reach.writeOnly.has(INLINE);
}
