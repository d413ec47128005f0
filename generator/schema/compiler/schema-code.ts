import { isObject } from '../../util/is-object.js';
import type { JsonSchema } from '../json-schema.js';
import { additionalProperties } from '../vocabularies/applicator/additional-properties.js';
import { allOf } from '../vocabularies/applicator/all-of.js';
import { anyOf } from '../vocabularies/applicator/any-of.js';
import { contains } from '../vocabularies/applicator/contains.js';
import { dependentSchemas } from '../vocabularies/applicator/dependent-schemas.js';
import { ifThenElse } from '../vocabularies/applicator/if-then-else.js';
import { items } from '../vocabularies/applicator/items.js';
import { not } from '../vocabularies/applicator/not.js';
import { oneOf } from '../vocabularies/applicator/one-of.js';
import { patternProperties } from '../vocabularies/applicator/pattern-properties.js';
import { prefixItems } from '../vocabularies/applicator/prefix-items.js';
import { properties } from '../vocabularies/applicator/properties.js';
import { propertyNames } from '../vocabularies/applicator/property-names.js';
import { dynamicRef } from '../vocabularies/core/dynamic-ref.js';
import { ref } from '../vocabularies/core/ref.js';
import { format } from '../vocabularies/format/format.js';
import { discriminator } from '../vocabularies/openapi/discriminator.js';
import { unevaluatedItems } from '../vocabularies/unevaluated/unevaluated-items.js';
import { unevaluatedProperties } from '../vocabularies/unevaluated/unevaluated-properties.js';
import { constKeyword } from '../vocabularies/validation/const.js';
import { dependentRequired } from '../vocabularies/validation/dependent-required.js';
import { enumKeyword } from '../vocabularies/validation/enum.js';
import { maxItems, minItems } from '../vocabularies/validation/item-count.js';
import { maxLength } from '../vocabularies/validation/max-length.js';
import { minLength } from '../vocabularies/validation/min-length.js';
import { multipleOf } from '../vocabularies/validation/multiple-of.js';
import { numberBounds } from '../vocabularies/validation/number-bounds.js';
import { pattern } from '../vocabularies/validation/pattern.js';
import { maxProperties, minProperties } from '../vocabularies/validation/property-count.js';
import { required } from '../vocabularies/validation/required.js';
import { allowedTypes, TYPE_GROUP, TYPE_GROUPS, typeCode, type TypeGroup } from '../vocabularies/validation/type.js';
import { uniqueItems } from '../vocabularies/validation/unique-items.js';
import { arrayCode } from './array-site.js';
import { block, withElse, type Lines } from './body-lines.js';
import type { FunctionScope } from './function-scope.js';
import { keywordsCode } from './keyword.js';
import { ObjectSite } from './object-site.js';
import { unsupportedAt, type SchemaLocation } from './schema-documents.js';
import { SchemaSite, type SiteContext } from './schema-site.js';

// The order keywords are compiled in: `type`, then the keywords of each type (only those the type allows), cheap
// before costly; then `const` and `enum`, the applicators, and last the `unevaluated…` keywords, which read what
// all the others evaluated.

const NUMBER_KEYWORDS = [numberBounds, multipleOf];
const ARRAY_KEYWORDS = [minItems, maxItems, uniqueItems, prefixItems, items, contains];
const VALUE_KEYWORDS = [constKeyword, enumKeyword];
const APPLICATORS = [ref, dynamicRef, allOf, discriminator, anyOf, oneOf, not, ifThenElse];
const UNEVALUATED_KEYWORDS = [unevaluatedProperties, unevaluatedItems];

/** Code checking `context.value` against `schema`, pushing errors and clearing `context.valid` on failure. */
export function schemaCode(scope: FunctionScope, schema: JsonSchema, location: SchemaLocation, context: SiteContext): Lines {
  if (schema === true) return [];
  if (schema === false) return new SchemaSite(scope, {}, location, context).error('false', 'is not allowed');
  if (!isObject(schema)) throw unsupportedAt('schema', location, 'a schema must be an object or a boolean');
  const { compiler } = scope;
  let site = new SchemaSite(scope, compiler.vocabularies.enabledKeywords(schema, location), location, context);
  const outlined = outlinedCall(site);
  if (outlined !== undefined) return outlined;

  const out: Lines = [];
  // What in-place keywords evaluate of this value: recorded for an `unevaluated…` keyword here or around it.
  const outer = site.evaluated;
  const unevaluated = site.has('unevaluatedProperties') || site.has('unevaluatedItems');
  if (unevaluated) {
    const own = site.local('ev');
    out.push(`const ${own} = ${site.runtimeHelper('newEvaluated')}();`);
    site = site.with({ evaluated: own });
  }

  const types = allowedTypes(site);
  const allowedGroups = new Set<TypeGroup | undefined>(types === undefined ? TYPE_GROUPS : types.map((type) => TYPE_GROUP[type]));
  const groups = new Map<TypeGroup, Lines>();
  for (const group of TYPE_GROUPS) {
    if (!allowedGroups.has(group)) continue;
    const lines = typeGroupCode(site, group);
    if (lines.length > 0) groups.set(group, lines);
  }
  out.push(...typeCode(site, types, groups, allowedGroups.size));
  out.push(...keywordsCode(site, VALUE_KEYWORDS));
  out.push(...applicatorsCode(site));
  if (unevaluated) {
    out.push(...keywordsCode(site, UNEVALUATED_KEYWORDS));
    if (outer !== undefined) out.push(`${site.runtimeHelper('mergeEvaluated')}(${outer}, ${site.evaluated});`);
  }
  return out;
}

export function applicatorsCode(site: SchemaSite): Lines {
  return keywordsCode(site, APPLICATORS);
}

function typeGroupCode(site: SchemaSite, group: TypeGroup): Lines {
  switch (group) {
    case 'string':
      return stringCode(site);
    case 'number':
      return keywordsCode(site, NUMBER_KEYWORDS);
    case 'array':
      return arrayCode(site, ARRAY_KEYWORDS);
    case 'object':
      return objectCode(ObjectSite.of(site));
  }
}

/** A string over maxLength is not also matched against pattern and format. */
function stringCode(site: SchemaSite): Lines {
  // The lengths' values are checked first: the first bad keyword of a schema is the one reported.
  site.nonNegativeInteger('minLength');
  site.nonNegativeInteger('maxLength');
  const matching = keywordsCode(site, [pattern, format]);
  const tooShort = keywordsCode(site, [minLength]);
  const tooLong = keywordsCode(site, [maxLength]);
  return [...tooShort, ...(tooLong.length > 0 ? withElse(tooLong, matching) : matching)];
}

/** The object keywords, around the scan they share (see ObjectSite). */
function objectCode(site: ObjectSite): Lines {
  const requiredChecks = keywordsCode(site, [required]);
  const scan = site.scan();
  const out: Lines = [...scan.before, ...requiredChecks, ...scan.after];
  out.push(...keywordsCode(site, [minProperties, maxProperties, properties]));
  out.push(...site.evaluatedProperties());
  out.push(...site.keyLoop({ propertyNames, patternProperties, additionalProperties }));
  out.push(...keywordsCode(site, [dependentRequired, dependentSchemas]));
  return site.withHead(out);
}

/**
 * A call instead of the schema's code, where the schema is a function of its own: an embedded resource when
 * resources matter (entering it may add to the dynamic scope), and an object schema nested under a property or an
 * item, which keeps each function small (TypeScript gives up on control flow in very large ones, as GitHub's
 * `pull-request` made) and readable. Not when a sibling's read-only/write-only context must travel with it.
 */
function outlinedCall(site: SchemaSite): Lines | undefined {
  const { scope, schema, location } = site;
  const { compiler } = scope;
  const root = scope.root;
  if (compiler.dynamic && site.has('$id') && (location.document !== root.document || location.path.length !== root.path.length)) {
    const evaluated = site.evaluated;
    const fn = compiler.functionFor(location, site.direction, evaluated !== undefined);
    return block(`if (!${fn}(${site.value}, ${site.callArguments()}, errors, dynamic${evaluated === undefined ? '' : `, ${evaluated}`}))`, [`${site.valid} = false;`]);
  }
  if (location.document !== root.document || location.path.length <= root.path.length || site.context.forbiddenAround.size > 0) return undefined;
  const last = location.path[location.path.length - 1];
  const before = location.path[location.path.length - 2];
  const nested = last === 'items' || last === 'additionalProperties' || before === 'properties' || before === 'patternProperties' || before === 'prefixItems';
  if (!nested || !isObject(schema['properties']) || Object.keys(schema['properties']).length === 0 || site.has('$ref')) return undefined;
  const fn = compiler.functionFor(location, site.direction);
  return block(`if (!${fn}(${site.value}, ${site.callArguments()}, errors${scope.dynamicArgument}))`, [`${site.valid} = false;`]);
}
