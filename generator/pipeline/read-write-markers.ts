import type { JsonSchema } from '../schema/json-schema.js';
import { isObject } from '../util/is-object.js';
import { schemaNameOf } from '../ir/schema-ref.js';

/**
 * The named schemas that have `readOnly` or `writeOnly` anywhere inside them, following `$ref`s: those whose own
 * tree has one, and every schema that refers to one of them, however indirectly (one walk of each schema, then the
 * references backwards).
 */
export function readWriteMarkedSchemas(schemas: ReadonlyMap<string, JsonSchema>): Set<string> {
  const referrers = new Map<string, Set<string>>();
  const marked: string[] = [];
  for (const [name, schema] of schemas) {
    let direct = false;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(visit);
        return;
      }
      if (!isObject(node)) return;
      if (node.readOnly === true || node.writeOnly === true) direct = true;
      if (typeof node.$ref === 'string') {
        const target = schemaNameOf(node.$ref);
        if (target !== undefined && schemas.has(target)) {
          let set = referrers.get(target);
          if (!set) referrers.set(target, (set = new Set()));
          set.add(name);
        }
      }
      for (const key of Object.keys(node)) if (key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'default') visit(node[key]);
    };
    visit(schema);
    if (direct) marked.push(name);
  }
  const result = new Set(marked);
  for (let name = marked.pop(); name !== undefined; name = marked.pop()) {
    for (const referrer of referrers.get(name) ?? []) {
      if (!result.has(referrer)) {
        result.add(referrer);
        marked.push(referrer);
      }
    }
  }
  return result;
}
