import { isObject } from '../../../util/is-object.js';
import { escapePointerSegment } from '../../../util/json-pointer.js';
import { block, indent, typedConst, withElse, type Lines } from '../../compiler/body-lines.js';
import { propertyPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';
import { stringLiteral } from '../../compiler/literals.js';
import { childLocation, locationKey, unsupportedAt, type SchemaLocation } from '../../compiler/schema-documents.js';
import { SchemaSite } from '../../compiler/schema-site.js';
import { applicatorsCode } from '../../compiler/schema-code.js';
import { GROUP_CONDITIONS } from '../validation/type.js';

type Branching = 'oneOf' | 'anyOf';

interface Discriminated {
  keyword: Branching;
  /** The branch (its index) each discriminator value picks. */
  branches: ReadonlyMap<string, number>;
}

/** What the discriminator of a site picks, worked out once: its keyword runs before `anyOf` and `oneOf` ask. */
const discriminatedAt = new WeakMap<SchemaSite, Discriminated | undefined>();

function discriminated(site: SchemaSite): Discriminated | undefined {
  if (discriminatedAt.has(site)) return discriminatedAt.get(site);
  const keyword = site.context.discriminator ? (['oneOf', 'anyOf'] as const).find((name) => site.has(name)) : undefined;
  const branches = keyword === undefined ? undefined : discriminatorBranches(site, keyword);
  const result = keyword === undefined || branches === undefined ? undefined : { keyword, branches };
  discriminatedAt.set(site, result);
  return result;
}

/** Whether the discriminator checks `keyword`'s branches, so that the keyword itself compiles nothing. */
export function discriminatorTakes(site: SchemaSite, keyword: Branching): boolean {
  return site.has('discriminator') && discriminated(site)?.keyword === keyword;
}

/**
 * The branch each discriminator value picks: the mapping's, then each `$ref` branch by its schema's name. Undefined
 * when the discriminator cannot pick (no branch is a `$ref` the values name).
 */
function discriminatorBranches(site: SchemaSite, keyword: Branching): Map<string, number> | undefined {
  const { documents } = site.compiler;
  const location = site.location;
  const discriminator = site.schema['discriminator'];
  const members = site.schema[keyword];
  if (!isObject(discriminator) || typeof discriminator['propertyName'] !== 'string' || !Array.isArray(members)) return undefined;
  const targets = members.map((member: unknown, index) =>
    isObject(member) && typeof member['$ref'] === 'string' ? documents.tryResolve(member['$ref'], childLocation(location, keyword, String(index))) : undefined,
  );
  const branchByTarget = new Map<string, number>();
  targets.forEach((target, index) => {
    if (target !== undefined && !branchByTarget.has(locationKey(target))) branchByTarget.set(locationKey(target), index);
  });
  const branches = new Map<string, number>();
  const mapping = isObject(discriminator['mapping']) ? discriminator['mapping'] : {};
  for (const value of Object.keys(mapping)) {
    const ref = mapping[value];
    if (typeof ref !== 'string') continue;
    const target = documents.tryResolve(ref.includes('/') || ref.startsWith('#') ? ref : `#/components/schemas/${escapePointerSegment(ref)}`, location);
    const index = target === undefined ? undefined : branchByTarget.get(locationKey(target));
    if (index === undefined) throw unsupportedAt('discriminator', location, `the mapping of ${JSON.stringify(value)} names no ${keyword} branch`);
    branches.set(value, index);
  }
  const mapped = new Set(branches.values());
  targets.forEach((target, index) => {
    if (mapped.has(index) || target === undefined) return;
    const name = schemaName(target);
    if (name !== undefined && !branches.has(name)) branches.set(name, index);
  });
  return branches.size > 0 ? branches : undefined;
}

/** The schema's name: a component's, or the last segment of `#/$defs/<name>`. */
function schemaName(target: SchemaLocation): string | undefined {
  const path = target.path;
  if (target.document.name !== undefined && path.length === 0) return target.document.name;
  return path.length >= 2 && ['$defs', 'definitions'].includes(path[path.length - 2]!) ? path[path.length - 1] : undefined;
}

/**
 * A `oneOf`/`anyOf` with an OpenAPI discriminator: the value of its property picks one branch, which alone is
 * checked, so its errors are the errors. A missing or unmapped value is an error of its own; a value that is no
 * object is checked against every branch, as without a discriminator.
 */
export const discriminator: Keyword = {
  keywords: ['discriminator'],
  code(site) {
    const picked = discriminated(site);
    if (picked === undefined) return [];
    const { keyword, branches } = picked;
    const members = site.schemaList(keyword);
    const property = (site.schema['discriminator'] as { propertyName: string }).propertyName;
    const object = site.local('o');
    const tag = site.local('t');
    const cases: Lines = [];
    const valuesByBranch = new Map<number, string[]>();
    for (const [value, index] of branches) valuesByBranch.set(index, [...(valuesByBranch.get(index) ?? []), value]);
    for (const [index, values] of valuesByBranch) {
      const member = members[index];
      if (member === undefined) continue;
      const lines = site.check(member, site.child(keyword, String(index)));
      cases.push(...values.map((value) => `case ${stringLiteral(value)}:`), ...indent([...lines, 'break;']));
    }
    const known = [...branches.keys()].map((value) => JSON.stringify(value)).join(', ');
    cases.push('default:', ...indent([...site.error('discriminator', `must be one of ${known}`, propertyPath(site.path, property)), 'break;']));
    const dispatch = [
      typedConst(object, site.value, 'Record<string, unknown>'),
      `const ${tag} = ${object}[${stringLiteral(property)}];`,
      ...withElse(
        block(`if (${tag} === undefined || !${site.runtimeHelper('hasOwn')}(${object}, ${stringLiteral(property)}))`, site.error('discriminator', `must have the discriminator property '${property}'`)),
        block(`switch (${tag})`, cases),
      ),
    ];
    // Not an object: the branches as they are.
    const plain = applicatorsCode(new SchemaSite(site.scope, { [keyword]: site.schema[keyword] }, site.location, { ...site.context, discriminator: false }));
    return withElse(block(`if (${GROUP_CONDITIONS.object(site.value)})`, dispatch), plain);
  },
};
