import type { TypeAliasDeclarationStructure } from 'ts-morph';
import { StructureKind } from '../../util/ts-morph.js';
import type { ReceivedFields } from '../../ir/received.js';

/**
 * The type of a part a handler receives otherwise than a client sends it (see ir/received.ts): its request type
 * through a helper per difference, each one mapped type over that part's own keys, which a consumer's compiler
 * works out once per alias. No deep mapping: the differences are in the part's own fields. A union (a body's
 * `oneOf`) is mapped member by member, and `null` passes through, as the helpers are homomorphic.
 */
function helper(name: string, type: string, doc: string): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    typeParameters: [{ name: 'T' }, { name: 'K', constraint: 'PropertyKey' }],
    type,
    docs: [doc],
  };
}

export const receivedTypeHelpers = {
  $Defaulted: helper(
    '$Defaulted',
    'T & { [P in keyof T as P extends K ? P : never]-?: T[P] }',
    '`T` with its properties `K` present: a request may leave them out, and their schemas\' defaults fill them in.',
  ),
  $Optional: helper(
    '$Optional',
    '{ [P in keyof T as P extends K ? never : P]: T[P] } & { [P in keyof T as P extends K ? P : never]?: T[P] }',
    '`T` with its properties `K` optional: fields of a PATCH body with defaults, which arrive only when sent.',
  ),
  $BlankAsNull: helper(
    '$BlankAsNull',
    '{ [P in keyof T]: P extends K ? T[P] | null : T[P] }',
    '`T` with its properties `K` possibly null: a blank string sent in one arrives as null (`x-specforge-blank-as-null`).',
  ),
} satisfies Record<string, TypeAliasDeclarationStructure>;

export type ReceivedTypeHelper = keyof typeof receivedTypeHelpers;

/** The received type of a part whose request type is `requestType`, and the helpers it uses. */
export function receivedType(requestType: string, fields: ReceivedFields): { type: string; uses: ReceivedTypeHelper[] } {
  let type = requestType;
  const uses: ReceivedTypeHelper[] = [];
  const apply = (name: ReceivedTypeHelper, keys: readonly string[]) => {
    if (keys.length === 0) return;
    type = `${name}<${type}, ${keys.map((key) => JSON.stringify(key)).join(' | ')}>`;
    uses.push(name);
  };
  apply('$Optional', fields.optional);
  apply('$Defaulted', fields.present);
  apply('$BlankAsNull', fields.blankAsNull);
  return { type, uses };
}
