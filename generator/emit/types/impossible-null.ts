import type { ts as Ts } from 'ts-morph';
import { ts } from '../../util/ts-morph.js';

/**
 * openapi-typescript types a schema with `type: "null"` beside a `oneOf` as `null & (A | B | …)`. When no
 * alternative can be null the schema admits no value at all, and TypeScript would reduce the intersection to `never`
 * anyway, except when an alternative refers back to the schema (`X[]`): it then gives up with TS2502 (vercel.com's
 * `EdgeConfigItemValue`). Such an intersection is written as the `never` it is; one that may hold null is kept.
 *
 * Used as openapi-typescript's `postTransform`, called for every schema object: undefined keeps its own node.
 */
export function neverForImpossibleNull(type: Ts.TypeNode): Ts.TypeNode | undefined {
  if (!ts.isIntersectionTypeNode(type) || !type.types.some(isNullType)) return undefined;
  if (!type.types.some((member) => !isNullType(member) && excludesNull(member))) return undefined;
  return ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
}

function isNullType(node: Ts.TypeNode): boolean {
  return ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword;
}

/** Whether no value of the type can be null, judged from the node alone: a reference might be nullable. */
function excludesNull(node: Ts.TypeNode): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
    case ts.SyntaxKind.NumberKeyword:
    case ts.SyntaxKind.BooleanKeyword:
    case ts.SyntaxKind.BigIntKeyword:
    case ts.SyntaxKind.ObjectKeyword:
    case ts.SyntaxKind.NeverKeyword:
    case ts.SyntaxKind.ArrayType:
    case ts.SyntaxKind.TupleType:
    case ts.SyntaxKind.TypeLiteral:
      return true;
    case ts.SyntaxKind.LiteralType:
      return !isNullType(node as Ts.LiteralTypeNode);
    case ts.SyntaxKind.ParenthesizedType:
      return excludesNull((node as Ts.ParenthesizedTypeNode).type);
    case ts.SyntaxKind.UnionType:
      return (node as Ts.UnionTypeNode).types.every(excludesNull);
    case ts.SyntaxKind.IntersectionType:
      return (node as Ts.IntersectionTypeNode).types.some(excludesNull);
    case ts.SyntaxKind.TypeReference: {
      // openapi-typescript's `Record<string, …>` for an object schema; an object type never holds null
      const name = (node as Ts.TypeReferenceNode).typeName;
      return ts.isIdentifier(name) && name.text === 'Record';
    }
    default:
      return false;
  }
}
