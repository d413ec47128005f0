import { isObject } from '../../../util/is-object.js';
import type { JsonSchema } from '../../json-schema.js';
import { block } from '../../compiler/body-lines.js';
import type { ValidatorCompiler } from '../../compiler/compile-validators.js';
import type { ValidationDirection } from '../../compiler/contract.js';
import type { Keyword } from '../../compiler/keyword.js';
import { locationKey, type SchemaLocation } from '../../compiler/schema-documents.js';

/** The largest `$ref` target (as JSON) compiled in place rather than called. */
const INLINE_LEAF_MAX_CHARS = 1_000;
/** Keywords (as JSON keys) that keep a `$ref` target a function: references, resources, annotations read later, direction. */
const INLINE_BLOCKERS = /"(?:\$ref|\$dynamicRef|\$recursiveRef|\$id|\$anchor|\$dynamicAnchor|\$recursiveAnchor|\$schema|\$vocabulary|unevaluatedProperties|unevaluatedItems|readOnly|writeOnly|discriminator|properties|patternProperties|dependentSchemas)":/;

/**
 * Which `$ref` targets are compiled in place, decided once per target: small enough, and safe to, nothing in it
 * refers anywhere or sets a base URI or an anchor, it lists no properties (object schemas keep functions of their
 * own), reads nothing evaluated and holds no readOnly/writeOnly (whose context a function carries).
 */
export class InlineLeaves {
  private readonly leaves = new Map<string, boolean>();

  has(target: SchemaLocation, schema: Record<string, unknown>): boolean {
    const key = locationKey(target);
    let leaf = this.leaves.get(key);
    if (leaf === undefined) {
      const text = JSON.stringify(schema);
      leaf = text.length <= INLINE_LEAF_MAX_CHARS && !Object.hasOwn(schema, 'properties') && !Object.hasOwn(schema, 'patternProperties') && !INLINE_BLOCKERS.test(text);
      this.leaves.set(key, leaf);
    }
    return leaf;
  }
}

/**
 * What a `$ref` compiles to: a call of its target's function; nothing for a target that is `true`; or, for a small
 * leaf target (`inline`), the target itself, compiled in place. A function call per value costs more than the
 * checks of an enum or a string format, and an array of them makes a pointer per item for the call.
 */
function refTarget(compiler: ValidatorCompiler, ref: unknown, location: SchemaLocation, direction: ValidationDirection, collects: boolean): { target: SchemaLocation; fn: string | undefined; inline?: JsonSchema } {
  const target = compiler.documents.resolveRef(ref, location);
  const targetSchema = compiler.documents.schemaAt(target);
  if (targetSchema === true && !collects) return { target, fn: undefined };
  if (!collects && !compiler.dynamic && isObject(targetSchema) && compiler.inlineLeaves.has(target, targetSchema)) return { target, fn: undefined, inline: targetSchema };
  return { target, fn: compiler.functionFor(target, direction, collects) };
}

export const ref: Keyword = {
  keywords: ['$ref'],
  code(site) {
    const evaluated = site.evaluated;
    const { fn, target, inline } = refTarget(site.compiler, site.schema['$ref'], site.location, site.direction, evaluated !== undefined);
    if (inline !== undefined) return site.check(inline, target, { forbiddenAround: new Set() });
    if (fn === undefined) return [];
    const evaluatedArgument = evaluated === undefined ? '' : `, ${evaluated}`;
    return block(`if (!${fn}(${site.value}, ${site.callArguments()}, errors${site.scope.dynamicArgument}${evaluatedArgument}))`, [`${site.valid} = false;`]);
  },
};

/** The `$ref` target when `schema` is only a `$ref` (plus annotations): a root then exports its target's function. */
export function pureRefTarget(compiler: ValidatorCompiler, schema: JsonSchema, location: SchemaLocation, asserting: ReadonlySet<string>): SchemaLocation | undefined {
  if (!isObject(schema) || !Object.hasOwn(schema, '$ref')) return undefined;
  if (Object.keys(schema).filter((key) => asserting.has(key)).length !== 1) return undefined;
  // An `$id` changes what the `$ref` means, and entering a resource may add to the dynamic scope.
  if (Object.hasOwn(schema, '$id') || compiler.dynamic) return undefined;
  return compiler.documents.resolveRef(schema['$ref'], location);
}
