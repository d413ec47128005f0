import type { ts as Ts } from 'ts-morph';
import { ts } from '../../util/ts-morph.js';
import { isObject } from '../../util/is-object.js';

/**
 * A schema no value satisfies (`not: {}`, `not: true`: AutoSend's `secret`, which update refuses) is typed `never`,
 * so that sending the field is a type error; openapi-typescript types it `unknown`, which accepts anything.
 *
 * Used as openapi-typescript's `transform`, called with every schema object: undefined keeps its own type.
 */
export function neverForForbidden(schema: unknown): Ts.TypeNode | undefined {
  if (!isObject(schema) || !('not' in schema)) return undefined;
  const not = schema.not;
  const matchesEverything = not === true || (isObject(not) && Object.keys(not).every((key) => key === 'description' || key === 'title' || key.startsWith('x-')));
  return matchesEverything ? ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword) : undefined;
}
