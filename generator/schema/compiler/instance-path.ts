/**
 * Where a value is inside the value a compiled function validates (whose own pointer is `parent` + `key`): a
 * property by its name, an item by its index expression, a key by the expression of the key. Strings are built only
 * where an error is reported (or where a called function needs its parent's pointer).
 */
export type InstancePathSegment =
  | { kind: 'name'; name: string }
  | { kind: 'index'; expr: string }
  | { kind: 'key'; expr: string };

export type InstancePath = readonly InstancePathSegment[];

export function propertyPath(path: InstancePath, name: string): InstancePath {
  return [...path, { kind: 'name', name }];
}

export function itemPath(path: InstancePath, index: string): InstancePath {
  return [...path, { kind: 'index', expr: index }];
}

export function keyPath(path: InstancePath, key: string): InstancePath {
  return [...path, { kind: 'key', expr: key }];
}
