import type { UserContext } from '@redocly/openapi-core';
import { isObject } from '../../util/is-object.js';

/**
 * A copy of `schema` with every `$ref` replaced by what it names, so that it can be validated on its own.
 * A reference back into a schema that is being copied (recursion) becomes `{}`: it accepts anything below that depth,
 * which is enough for checking example bodies and never rejects a valid one.
 */
export function inlineSchema(schema: unknown, file: string, ctx: UserContext): unknown {
  const copying = new Set<string>();
  const copy = (node: unknown, from: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => copy(item, from));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') {
      const resolved = ctx.resolve(node as { $ref: string }, from);
      if (!resolved.location) return {};
      const key = resolved.location.absolutePointer;
      if (copying.has(key)) return {};
      copying.add(key);
      const target = copy(resolved.node, resolved.location.source.absoluteRef);
      copying.delete(key);
      const { $ref: _ref, ...siblings } = node;
      return Object.keys(siblings).length ? { allOf: [target, copy(siblings, from)] } : target;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = copy(value, from);
    return out;
  };
  return copy(schema, file);
}
