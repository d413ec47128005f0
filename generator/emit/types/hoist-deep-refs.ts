import { isObject, setOwn } from '../../util/is-object.js';
import { escapePointerSegment, segmentsOf, valueAt } from '../../util/json-pointer.js';

const DEEP_REF = /"\$ref":\s*"#\/components\/schemas\/[^"/]+\/(?!properties\/[^"/]+")/;

/**
 * openapi-typescript turns `#/components/schemas/X/properties/y` into a type, but not a `$ref` deeper into a
 * schema by any other path (`X/definitions/y`, `X/items`, `X/allOf/0`): it writes an indexed access that does not
 * exist. Such targets are given components of their own, in a copy of the document made for openapi-typescript.
 * Takes and returns the document as JSON text, which is how it travels to openapi-typescript's thread.
 */
export function hoistDeepSchemaRefs(documentJson: string): string {
  if (!DEEP_REF.test(documentJson)) return documentJson;
  const doc = JSON.parse(documentJson) as Record<string, unknown>;
  const schemas = valueAt(doc, '/components/schemas') as Record<string, unknown>;
  const hoisted = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') {
      const segments = segmentsOf(node.$ref);
      const rest = segments.slice(3);
      const onlyProperties = rest.length % 2 === 0 && rest.every((s, i) => i % 2 === 1 || s === 'properties');
      if (segments[0] === 'components' && segments[1] === 'schemas' && rest.length > 0 && !onlyProperties) {
        let name = hoisted.get(node.$ref);
        if (name === undefined) {
          const base = [segments[2], ...rest].join('_');
          name = base;
          for (let n = 2; Object.hasOwn(schemas, name); n++) name = `${base}_${n}`;
          hoisted.set(node.$ref, name);
          setOwn(schemas, name, valueAt(doc, node.$ref));
          visit(schemas[name]);
        }
        node.$ref = `#/components/schemas/${escapePointerSegment(name)}`;
      }
    }
    for (const key of Object.keys(node)) if (key !== '$ref') visit(node[key]);
  };
  visit(doc);
  return JSON.stringify(doc);
}
