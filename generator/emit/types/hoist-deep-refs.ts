import { isObject, setOwn } from '../../util/is-object.js';
import { subschemaKeywords } from '../../schema/subschemas.js';
import { escapePointerSegment, segmentsOf, valueAt } from '../../util/json-pointer.js';

/**
 * openapi-typescript writes a `$ref` as an indexed access type along the pointer's path. That type exists only for
 * `#/components/schemas/X`: a pointer deeper into a schema (`X/definitions/y`, `X/items`, `X/allOf/0`, and even
 * `X/properties/y`, which is circular when X holds the `$ref` itself) or to a schema inside an operation, a response
 * or a parameter (`#/paths/…/schema/items`) gives a type that does not exist. Such targets are given components of
 * their own, in a copy of the document made for openapi-typescript.
 */
function isDeepSchemaRef(ref: string, position: Position): boolean {
  // more than three segments: a `/` after the component's name
  if (ref.startsWith('#/components/schemas/')) return ref.includes('/', '#/components/schemas/'.length);
  return position === 'schema' && ref.startsWith('#/');
}

/**
 * The same holds for a parameter `$ref` to another operation's parameter (`#/paths/~1a/get/parameters/0`): the
 * indexed access goes through the optional `query` of that operation's parameters and does not type-check.
 */
function isOperationParameterRef(ref: string, position: Position): boolean {
  return position === 'parameter' && ref.startsWith('#/paths/');
}

/** What stands where a `$ref` object is: a schema, an item of a Parameter list, or anything else. */
type Position = 'schema' | 'parameter' | 'other';

// Where a schema sits in its parent: the value of these keys, an item of these arrays, a value of these maps. An
// OpenAPI document holds both dialects' subschema keywords, and OpenAPI's own: the `schema` of a parameter, a header
// or a media type, and the Components Object's `schemas`.
const SCHEMA_VALUE_KEYS = new Set(['schema', ...subschemaKeywords('schema', { legacy: true })]);
const SCHEMA_ARRAY_KEYS = new Set(subschemaKeywords('list', { legacy: true }));
const SCHEMA_MAP_KEYS = new Set(['schemas', ...subschemaKeywords('map')]);

/** Keys whose values are data (examples, defaults, constants) or extensions: a `$ref` inside them is not a reference. */
function holdsData(key: string): boolean {
  return key === 'example' || key === 'examples' || key === 'default' || key === 'const' || key === 'enum' || key.startsWith('x-');
}

/** Whether any `$ref` in the document points deep into a component schema (see `hoistDeepSchemaRefs`). */
export function hasDeepSchemaRefs(document: unknown): boolean {
  let found = false;
  walkRefs(document, (node, position) => {
    if (!found) found = isDeepSchemaRef(node.$ref, position) || isOperationParameterRef(node.$ref, position);
  });
  return found;
}

type RefNode = Record<string, unknown> & { $ref: string };

/** Calls `visit` for every `$ref` object outside data, with what stands there. */
function walkRefs(document: unknown, visit: (node: RefNode, position: Position) => void): void {
  const walk = (node: unknown, position: Position, key: string | undefined): void => {
    if (Array.isArray(node)) {
      const items: Position =
        key === undefined ? 'other' : SCHEMA_ARRAY_KEYS.has(key) ? 'schema' : key === 'parameters' && position !== 'schema' ? 'parameter' : 'other';
      for (const item of node) walk(item, items, undefined);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') visit(node as RefNode, position);
    const isMap = key !== undefined && SCHEMA_MAP_KEYS.has(key) && position !== 'schema';
    for (const child of Object.keys(node)) {
      if (child === '$ref' || (!isMap && holdsData(child))) continue;
      walk(node[child], isMap || SCHEMA_VALUE_KEYS.has(child) ? 'schema' : 'other', isMap ? undefined : child);
    }
  };
  walk(document, 'other', undefined);
}

/** Gives each such `$ref` target a component of its own and points the `$ref`s at it; changes `doc` in place. */
export function hoistDeepSchemaRefs(doc: Record<string, unknown>): void {
  if (!isObject(doc.components)) setOwn(doc, 'components', {});
  const components = doc.components as Record<string, Record<string, unknown>>;
  const hoisted = new Map<string, string>();
  const pending: unknown[] = [doc];
  const hoist = (node: RefNode, section: 'schemas' | 'parameters'): string | undefined => {
    const target = valueAt(doc, node.$ref);
    if (!isObject(target) && (section === 'parameters' || typeof target !== 'boolean')) return undefined;
    let name = hoisted.get(node.$ref);
    if (name === undefined) {
      if (!isObject(components[section])) setOwn(components, section, {});
      const entries = components[section]!;
      const segments = segmentsOf(node.$ref);
      const base = (segments[0] === 'components' && segments[1] === section ? segments.slice(2) : segments).join('_');
      name = base;
      for (let n = 2; Object.hasOwn(entries, name); n++) name = `${base}_${n}`;
      hoisted.set(node.$ref, name);
      setOwn(entries, name, target);
      // Walked again in the place it now has, where a schema is walked as one.
      if (isObject(target)) pending.push(section === 'schemas' ? { schema: target } : { parameters: [target] });
    }
    return `#/components/${section}/${escapePointerSegment(name)}`;
  };
  while (pending.length > 0) {
    walkRefs(pending.pop(), (node, position) => {
      const section = isDeepSchemaRef(node.$ref, position) ? 'schemas' : isOperationParameterRef(node.$ref, position) ? 'parameters' : undefined;
      const ref = section && hoist(node, section);
      if (ref !== undefined) node.$ref = ref;
    });
  }
}
