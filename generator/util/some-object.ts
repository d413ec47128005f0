import { isObject } from './is-object.js';

/**
 * Whether `test` holds for any object in a JSON tree (the root included), looking into own properties only and
 * not into those `skip` names.
 */
export function someObject(node: unknown, test: (object: Record<string, unknown>) => boolean, skip?: (key: string) => boolean): boolean {
  if (Array.isArray(node)) return node.some((item) => someObject(item, test, skip));
  if (!isObject(node)) return false;
  if (test(node)) return true;
  for (const key in node) if (Object.hasOwn(node, key) && !skip?.(key) && someObject(node[key], test, skip)) return true;
  return false;
}
