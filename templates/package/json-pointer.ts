/**
 * JSON pointers (RFC 6901) over plain JSON values: where the mock puts a resource in its envelope and where the
 * contract runner finds one. Own properties only, so `__proto__` and `constructor` are ordinary names. Part of every
 * generated package that carries the mock or the contract runner; depends on parameters-runtime.
 */
import { defineOwn } from './parameters-runtime.js';

const hasOwnProperty = Object.prototype.hasOwnProperty;

function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `root`, or undefined when there is none. */
export function valueAt(root: unknown, pointer: string): unknown {
  let at = root;
  for (const segment of segments(pointer)) {
    if (typeof at !== 'object' || at === null || !hasOwnProperty.call(at, segment)) return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

/** A deep copy of a JSON value, with `__proto__` keys kept as own properties. */
export function copyJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) defineOwn(copy, key, copyJson((value as Record<string, unknown>)[key]));
  return copy as T;
}

/** A copy of `root` with `value` at `pointer`; undefined when the pointer's parent is not there. */
export function withValueAt(root: unknown, pointer: string, value: unknown): { value: unknown } | undefined {
  const path = segments(pointer);
  if (path.length === 0) return { value };
  const copy = copyJson(root);
  let at: unknown = copy;
  for (const segment of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null || !hasOwnProperty.call(at, segment)) return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  if (typeof at !== 'object' || at === null) return undefined;
  const last = path[path.length - 1]!;
  if (Array.isArray(at)) {
    const index = Number(last);
    if (!Number.isInteger(index) || index < 0 || index > at.length) return undefined;
    at[index] = value;
  } else defineOwn(at as Record<string, unknown>, last, value);
  return { value: copy };
}

/** `/data` and `id` → `/data/id`. */
export function childPointer(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
