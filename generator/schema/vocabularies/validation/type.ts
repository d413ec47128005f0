import type { Lines } from '../../compiler/body-lines.js';
import { block, withElse } from '../../compiler/body-lines.js';
import { listWords } from '../../compiler/literals.js';
import type { SchemaSite } from '../../compiler/schema-site.js';

// `type` is no Keyword of its own: it guards the code of the keywords of each type it allows (see schema-code.ts).

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
const JSON_TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

/** The types whose values type-specific keywords check: `integer` is a number to them. */
export type TypeGroup = 'string' | 'number' | 'array' | 'object';
export const TYPE_GROUPS: readonly TypeGroup[] = ['string', 'number', 'array', 'object'];

export const TYPE_GROUP: Readonly<Record<JsonType, TypeGroup | undefined>> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: undefined,
  null: undefined,
  array: 'array',
  object: 'object',
};

const TYPE_CONDITIONS: Readonly<Record<JsonType, (value: string) => string>> = {
  string: (value) => `typeof ${value} === "string"`,
  number: (value) => `typeof ${value} === "number" && Number.isFinite(${value})`,
  integer: (value) => `typeof ${value} === "number" && Number.isInteger(${value})`,
  boolean: (value) => `typeof ${value} === "boolean"`,
  null: (value) => `${value} === null`,
  array: (value) => `Array.isArray(${value})`,
  object: (value) => `typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})`,
};

/** The guard of a type group's keywords: cheaper than the type's own check where they differ (`number`). */
export const GROUP_CONDITIONS: Readonly<Record<TypeGroup, (value: string) => string>> = {
  string: (value) => `typeof ${value} === "string"`,
  number: (value) => `typeof ${value} === "number"`,
  array: (value) => `Array.isArray(${value})`,
  object: (value) => `typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})`,
};

/** The types `type` allows (`number` covers `integer`), or undefined without `type`. */
export function allowedTypes(site: SchemaSite): JsonType[] | undefined {
  if (!site.has('type')) return undefined;
  const value = site.schema['type'];
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((type) => typeof type === 'string' && JSON_TYPES.has(type))) {
    throw site.fail('type', 'type must be a JSON type name or a non-empty array of them');
  }
  const types = [...new Set(list as JsonType[])];
  if (types.includes('number') && types.includes('integer')) return types.filter((type) => type !== 'integer');
  return types;
}

/**
 * The type check, with the keywords of each allowed type in its `else`: under their group's guard, unless one
 * group is all the type allows. Without `type`, each group's keywords under their guard.
 */
export function typeCode(site: SchemaSite, types: readonly JsonType[] | undefined, groups: ReadonlyMap<TypeGroup, Lines>, allowedGroups: number): Lines {
  const value = site.value;
  if (types === undefined) return [...groups].flatMap(([group, lines]) => block(`if (${GROUP_CONDITIONS[group](value)})`, lines));
  const condition = types.map((type) => (types.length === 1 ? TYPE_CONDITIONS[type](value) : `(${TYPE_CONDITIONS[type](value)})`)).join(' || ');
  const inner: Lines = [];
  for (const [group, lines] of groups) {
    if (allowedGroups === 1) inner.push(...lines);
    else inner.push(...block(`if (${GROUP_CONDITIONS[group](value)})`, lines));
  }
  const failure = site.error('type', `must be ${listWords(types)}`);
  return withElse(block(`if (!(${condition}))`, failure), inner);
}

