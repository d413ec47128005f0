import type { JsonSchema } from '../emit/validators/contract.js';
import { isObject } from '../util/is-object.js';
import { schemaNameOf } from '../ir/schema-ref.js';

/** Whether a named schema has `readOnly` or `writeOnly` anywhere inside it, following `$ref`s. */
export function hasReadWriteMarkers(name: string, schemas: ReadonlyMap<string, JsonSchema>, cache = new Map<string, boolean>()): boolean {
  if (cache.has(name)) return cache.get(name)!;
  cache.set(name, false); // a cycle adds nothing new
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(visit);
    if (!isObject(node)) return false;
    if (node.readOnly === true || node.writeOnly === true) return true;
    if (typeof node.$ref === 'string') {
      const target = schemaNameOf(node.$ref);
      if (target !== undefined && schemas.has(target) && hasReadWriteMarkers(target, schemas, cache)) return true;
    }
    return Object.keys(node).some((key) => key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'default' && visit(node[key]));
  };
  const result = visit(schemas.get(name));
  cache.set(name, result);
  return result;
}
