import type { JsonSchema } from '../json-schema.js';

/** Keywords this compiler checks; a schema with none of them accepts everything. */
export const ASSERTING_KEYWORDS: ReadonlySet<string> = new Set([
  'type', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'items', 'prefixItems', 'contains',
  'minProperties', 'maxProperties', 'required', 'properties', 'patternProperties', 'additionalProperties',
  'propertyNames', 'dependentRequired', 'dependentSchemas', 'if', 'allOf', 'anyOf', 'oneOf', 'not', '$ref',
  '$dynamicRef', 'unevaluatedItems', 'unevaluatedProperties',
]);

export function isTrivial(schema: JsonSchema): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  return !Object.keys(schema).some((key) => ASSERTING_KEYWORDS.has(key));
}
