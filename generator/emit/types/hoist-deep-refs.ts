import { isObject, setOwn } from '../../util/is-object.js';
import { escapePointerSegment, segmentsOf, valueAt } from '../../util/json-pointer.js';
import { someObject } from '../../util/some-object.js';

/**
 * openapi-typescript turns `#/components/schemas/X/properties/y` into a type, but not a `$ref` deeper into a
 * schema by any other path (`X/definitions/y`, `X/items`, `X/allOf/0`): it writes an indexed access that does not
 * exist. Such targets are given components of their own, in a copy of the document made for openapi-typescript.
 */
function isDeepSchemaRef(ref: string): boolean {
  if (!ref.startsWith('#/components/schemas/')) return false;
  const rest = segmentsOf(ref).slice(3);
  const onlyProperties = rest.length % 2 === 0 && rest.every((s, i) => i % 2 === 1 || s === 'properties');
  return rest.length > 0 && !onlyProperties;
}

/** Keys whose values are data (examples, defaults, constants) or extensions: a `$ref` inside them is not a reference. */
function holdsData(key: string): boolean {
  return key === 'example' || key === 'examples' || key === 'default' || key === 'const' || key === 'enum' || key.startsWith('x-');
}

/** Whether any `$ref` in the document points deep into a component schema (see `hoistDeepSchemaRefs`). */
export function hasDeepSchemaRefs(document: unknown): boolean {
  return someObject(document, (node) => typeof node.$ref === 'string' && isDeepSchemaRef(node.$ref), holdsData);
}

/** Gives each deep `$ref` target a component of its own and points the `$ref`s at it; changes `doc` in place. */
export function hoistDeepSchemaRefs(doc: Record<string, unknown>): void {
  const schemas = valueAt(doc, '/components/schemas') as Record<string, unknown>;
  const hoisted = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const target = typeof node.$ref === 'string' && isDeepSchemaRef(node.$ref) ? valueAt(doc, node.$ref) : undefined;
    if (typeof node.$ref === 'string' && (isObject(target) || typeof target === 'boolean')) {
      let name = hoisted.get(node.$ref);
      if (name === undefined) {
        const segments = segmentsOf(node.$ref);
        const base = segments.slice(2).join('_');
        name = base;
        for (let n = 2; Object.hasOwn(schemas, name); n++) name = `${base}_${n}`;
        hoisted.set(node.$ref, name);
        setOwn(schemas, name, target);
        visit(schemas[name]);
      }
      node.$ref = `#/components/schemas/${escapePointerSegment(name)}`;
    }
    for (const key of Object.keys(node)) if (key !== '$ref' && !holdsData(key)) visit(node[key]);
  };
  visit(doc);
}
