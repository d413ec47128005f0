import type { Location, UserContext } from '@redocly/openapi-core';
import { isObject } from '../../util/is-object.js';

/**
 * Follows `$ref`s from `node`, found at `at`, to the object they name, with its own location.
 * `location` is undefined when a reference does not resolve (no-unresolved-refs reports that).
 */
export function followRef(node: unknown, at: Location, ctx: UserContext): { node: unknown; location: Location | undefined } {
  let current = node;
  let location: Location | undefined = at;
  for (let hops = 0; hops < 64 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const resolved: { node: unknown; location?: Location } = ctx.resolve(current as { $ref: string }, location?.source.absoluteRef);
    current = resolved.node;
    location = resolved.location;
    if (!location) return { node: undefined, location: undefined };
  }
  return { node: current, location };
}
