import type { NormalizedNodeType, NormalizedProblem } from '@redocly/openapi-core';
import { isObject } from '../../util/is-object.js';
import { valueList } from '../../util/spec-text.js';

/** Redocly's `struct` message for a value outside an enum of more than ten values, which lists none of them. */
const NOT_A_VALID_VALUE = /^`([^`]+)` "[\s\S]*" is not a valid value\.(?: See the supported values: (\S+)\.)?$/;

/** Whether a problem is `struct`'s message for an enum too long for Redocly to list. */
export function isUnlistedEnum(problem: NormalizedProblem): boolean {
  return problem.ruleId === 'struct' && NOT_A_VALID_VALUE.test(problem.message);
}

/**
 * `struct`'s message for a value outside an enum, listing the allowed values as `valueList` does (ten, then how
 * many more), where Redocly lists none past ten. The enum is the one the node types (Redocly's, as the config
 * extends them) give a property of that name with that documentation link; undefined unless exactly one does.
 */
export function enumValuesMessage(problem: NormalizedProblem, types: Readonly<Record<string, NormalizedNodeType>>): string | undefined {
  const match = NOT_A_VALID_VALUE.exec(problem.message);
  if (!match) return undefined;
  const [, property, link] = match;
  const enums = new Set<string>();
  for (const type of Object.values(types)) {
    const schema: unknown = type.properties?.[property!];
    if (!isObject(schema)) continue;
    for (const candidate of [schema, schema.items]) {
      if (isObject(candidate) && Array.isArray(candidate.enum) && candidate.documentationLink === link) enums.add(JSON.stringify(candidate.enum));
    }
  }
  if (enums.size !== 1) return undefined;
  const values = JSON.parse([...enums][0]!) as unknown[];
  return `\`${property}\` can be one of the following only: ${valueList(values)}.`;
}
