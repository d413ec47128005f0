import { isObject } from '../../util/is-object.js';
import { escapePointerSegment, segmentsOf, valueAt } from '../../util/json-pointer.js';

/**
 * The document openapi-typescript is given, with copies of the schemas that must change for it.
 *
 * openapi-typescript's discriminator scan (`scanDiscriminators`) patches the schemas a discriminator maps to: it
 * pushes to their `allOf` or sets their discriminator property in `properties` and `required`. The caller's
 * document must not change, and copying all of it costs half a second on GitHub's 13 MB for 4 discriminators. So
 * the document is given back with copies of every schema the scan may patch (its `allOf`, `properties` and
 * `required` copied too) and of the objects on their paths; everything else is shared. The same document, unchanged,
 * when nothing needs a copy.
 *
 * The schemas the scan may patch are the `$ref`s of a discriminator's `oneOf`, its mapping's values, and every
 * schema whose `allOf` names an object holding a discriminator; more are copied if in doubt, never fewer.
 *
 * One change is made here, in the same copies: openapi-typescript types a `required` next to an `allOf` member
 * `$ref` as `WithRequired<Member, names>`, which does not type-check when the member is nullable (`keyof (T |
 * null)` is never: TS2344, Plaid's spec). Those names are left out of the copy's `required`: the type is looser
 * there (the properties optional), never wrong.
 */
export function withPatchedCopies(document: Record<string, unknown>): DocumentWithCopies {
  const { targets, requiredOverNullable } = patchableSchemas(document);
  if (targets.size === 0) return { document, copies: new Set() };
  const root = { ...document };
  const copies = new Set<unknown>([root]);
  for (const ref of targets) copyPath(root, segmentsOf(ref), copies);
  for (const [pointer, names] of requiredOverNullable) {
    const holder = valueAt(root, pointer);
    if (isObject(holder) && Array.isArray(holder.required) && copies.has(holder)) holder.required = holder.required.filter((name) => !names.has(name));
  }
  return { document: root, copies };
}

export interface DocumentWithCopies {
  document: Record<string, unknown>;
  /** The objects and arrays that are copies, free to change. */
  copies: ReadonlySet<unknown>;
}

interface Scan {
  /** Pointers (`#/…`) of the objects holding a discriminator with a propertyName. */
  holders: Set<string>;
  /** What the discriminators name: `oneOf` `$ref`s and mapping values. */
  named: Set<string>;
  /** Objects with an `allOf`, by pointer, with the `$ref`s in it. */
  allOfRefs: Map<string, string[]>;
}

function patchableSchemas(document: Record<string, unknown>): { targets: Set<string>; requiredOverNullable: Map<string, Set<string>> } {
  const scan: Scan = { holders: new Set(), named: new Set(), allOfRefs: new Map() };
  walk(document, '#', scan);
  const targets = new Set<string>();
  if (scan.holders.size > 0) {
    for (const ref of scan.named) if (ref.startsWith('#/')) targets.add(ref);
    for (const [pointer, refs] of scan.allOfRefs) if (refs.some((ref) => scan.holders.has(ref))) targets.add(pointer);
  }
  const requiredOverNullable = new Map<string, Set<string>>();
  for (const [pointer, refs] of scan.allOfRefs) {
    const holder = valueAt(document, pointer);
    if (!isObject(holder) || !Array.isArray(holder.required)) continue;
    const names = new Set<string>();
    for (const ref of refs) {
      const member = ref.startsWith('#/') ? valueAt(document, ref) : undefined;
      if (!isObject(member) || !isNullable(member) || !isObject(member.properties)) continue;
      for (const name of holder.required) if (typeof name === 'string' && Object.hasOwn(member.properties, name)) names.add(name);
    }
    if (names.size > 0) {
      requiredOverNullable.set(pointer, names);
      targets.add(pointer);
    }
  }
  return { targets, requiredOverNullable };
}

/** A schema that admits null: OpenAPI 3.0's `nullable`, or `null` among 3.1's types. */
function isNullable(schema: Record<string, unknown>): boolean {
  return schema.nullable === true || schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'));
}

function walk(node: unknown, pointer: string, scan: Scan): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${pointer}/${index}`, scan));
    return;
  }
  if (!isObject(node)) return;
  const discriminator = node.discriminator;
  if (isObject(discriminator) && typeof discriminator.propertyName === 'string') {
    scan.holders.add(pointer);
    if (Array.isArray(node.oneOf)) for (const item of node.oneOf) if (isObject(item) && typeof item.$ref === 'string') scan.named.add(item.$ref);
    if (isObject(discriminator.mapping)) for (const ref of Object.values(discriminator.mapping)) if (typeof ref === 'string') scan.named.add(ref);
  }
  if (Array.isArray(node.allOf)) {
    const refs = node.allOf.flatMap((item: unknown) => (isObject(item) && typeof item.$ref === 'string' ? [item.$ref] : []));
    if (refs.length > 0) scan.allOfRefs.set(pointer, refs);
  }
  for (const key in node) if (Object.hasOwn(node, key)) walk(node[key], `${pointer}/${escapePointerSegment(key)}`, scan);
}

type Container = Record<string, unknown> | unknown[];

function shallowCopy(value: Container): Container {
  return Array.isArray(value) ? value.slice() : { ...value };
}

/** Replaces each object on the path below `root` (already a copy) with a copy, then the target's patched fields. */
function copyPath(root: Record<string, unknown>, segments: readonly string[], copies: Set<unknown>): void {
  let parent: Container = root;
  for (const segment of segments) {
    const index = Array.isArray(parent) ? (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined) : segment;
    if (index === undefined || !Object.hasOwn(parent, index)) return;
    const value = (parent as Record<string | number, unknown>)[index];
    if (!isObject(value) && !Array.isArray(value)) return;
    let copy = value as Container;
    if (!copies.has(value)) {
      copy = shallowCopy(value as Container);
      copies.add(copy);
      (parent as Record<string | number, unknown>)[index] = copy;
    }
    parent = copy;
  }
  if (Array.isArray(parent)) return;
  for (const field of ['allOf', 'properties', 'required']) {
    const value = parent[field];
    if ((isObject(value) || Array.isArray(value)) && !copies.has(value)) {
      const copy = shallowCopy(value as Container);
      copies.add(copy);
      parent[field] = copy;
    }
  }
}
