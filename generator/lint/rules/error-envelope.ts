import type { Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ERRORS_EXTENSION, isErrorStatusKey } from '../../spec/extensions.js';
import { isJsonMediaType } from '../../spec/media-types.js';
import { followRef } from './refs.js';
import { isObject } from '../../util/is-object.js';

/**
 * When a spec declares its error envelope (`x-specforge-errors.envelope`), every error response of every operation
 * must carry it: generated clients type errors by it and contract tests check servers against it.
 */
export const ErrorEnvelope: Oas3Rule = () => {
  let envelope: string | undefined;
  let envelopeName = '';
  const reported = new Set<string>();

  const usesEnvelope = (schema: unknown, from: string, ctx: UserContext, depth = 0): boolean => {
    if (depth > 32) return false;
    let node = schema;
    let file = from;
    while (isObject(node) && typeof node.$ref === 'string') {
      const resolved = ctx.resolve(node as { $ref: string }, file);
      if (!resolved.location) return false;
      if (resolved.location.absolutePointer === envelope) return true;
      node = resolved.node;
      file = resolved.location.source.absoluteRef;
    }
    return isObject(node) && Array.isArray(node.allOf) && node.allOf.some((part) => usesEnvelope(part, file, ctx, depth + 1));
  };

  return {
    Root: {
      enter(node: object, ctx: UserContext) {
        const root = node as Record<string, unknown>;
        envelope = undefined;
        reported.clear();
        const declaration = root[ERRORS_EXTENSION];
        if (isObject(declaration) && typeof declaration.envelope === 'string' && declaration.envelope.startsWith('#/')) {
          envelope = ctx.location.source.absoluteRef + declaration.envelope;
          envelopeName = declaration.envelope.split('/').pop() ?? declaration.envelope;
        }
      },
    },
    Paths: {
      Operation(node: object, ctx: UserContext) {
        const operation = node as Record<string, unknown>;
        if (!envelope || !isObject(operation.responses)) return;
        for (const [status, raw] of Object.entries(operation.responses)) {
          if (!isErrorStatusKey(status)) continue;
          const { node: response, location } = followRef(raw, ctx.location.child(['responses', status]), ctx);
          if (!isObject(response) || !location || reported.has(location.absolutePointer)) continue;
          reported.add(location.absolutePointer);
          const content = isObject(response.content) ? response.content : {};
          const jsonTypes = Object.keys(content).filter(isJsonMediaType);
          if (jsonTypes.length === 0) {
            ctx.report({
              message: `Error response \`${status}\` has no JSON body; it must carry the declared error envelope \`${envelopeName}\`.`,
              location: location.key(),
            });
            continue;
          }
          for (const mediaType of jsonTypes) {
            const media = content[mediaType];
            const schema = isObject(media) ? media.schema : undefined;
            if (usesEnvelope(schema, location.source.absoluteRef, ctx)) continue;
            const at = location.child(['content', mediaType]);
            ctx.report({
              message: `Error response \`${status}\` (${mediaType}) does not use the declared error envelope \`${envelopeName}\`: its schema must be a \`$ref\` to it or an \`allOf\` that includes it.`,
              location: schema === undefined ? at.key() : at.child('schema'),
            });
          }
        }
      },
    },
  };
};
