import type { Direction, JsonSchema } from '../json-schema.js';
import type { ReadWriteReach } from '../read-write-reach.js';

export type { Direction, JsonSchema };

/**
 * The validator compiler's contract. It turns JSON Schema 2020-12 (OpenAPI 3.1's dialect; the IR has already
 * rewritten OpenAPI 3.0 schemas into it) into standalone validator functions (a ValidatorModule, which the generator
 * prints with ts-morph).
 * Generated validators use no library and no `eval`/`new Function`; every string from a spec reaches code only
 * through `JSON.stringify` (a serializer), never by pasting.
 */

/** `neutral`: `readOnly` and `writeOnly` are annotations only (a schema compiled on its own). */
export type ValidationDirection = Direction | 'neutral';

export interface ValidatorRoot {
  /** The exported function's name: a valid, unique identifier already (the naming module settles names). */
  exportName: string;
  schema: JsonSchema;
  direction: ValidationDirection;
}

export interface CompileValidatorsInput {
  /** Named schemas, which `$ref: '#/components/schemas/<name>'` (JSON-pointer-escaped name) refers to. */
  schemas: ReadonlyMap<string, JsonSchema>;
  /**
   * Which named schemas have `readOnly` / `writeOnly` in reach, when the caller knows already (the generator does:
   * see ApiIR); worked out here otherwise.
   */
  readWriteReach?: ReadWriteReach<string>;
  /** Schema documents that `$ref`s may name by absolute URI, keyed by that URI (which their `$id` may change). */
  remotes?: ReadonlyMap<string, JsonSchema>;
  /** The validators to export. */
  roots: readonly ValidatorRoot[];
  /** `assert`: formats are checked (specforge's default); `annotate`: formats are ignored, as 2020-12 prescribes by default. */
  formats: 'assert' | 'annotate';
  /**
   * OpenAPI's `discriminator` picks the `oneOf`/`anyOf` branch by the value of its property, whose errors are then
   * the errors (an annotation elsewhere: plain JSON Schema has no such keyword).
   */
  discriminator?: boolean;
  /** The module specifier the statements import the runtime from, e.g. `./runtime.js`. */
  runtimeModule: string;
  /**
   * `enum` and `const` errors name the allowed values (ten at most, then how many more), as whoever reads one has
   * to fix the value: lint's example checks, and the generated packages (a 422's errors, a client's checks).
   */
  valuesInMessages?: boolean;
}

/**
 * A line of a ready-made function body, indented two spaces per level: one text for both languages, or a
 * TypeScript line and its JavaScript (a typed local, say).
 */
export type BodyLine = string | { typescript: string; javascript: string };

/**
 * A compiled validator module, before printing, in a stable order: what it imports from the runtime, its constants
 * (regular expressions, sets of enum values, JSON values), its internal functions with ready bodies, and its exported
 * validators. `validatorStatements` makes ts-morph structures of it for the generator; `validatorJavaScript` the
 * JavaScript a process loads it from (compileSchema, lint's example checks), without loading ts-morph.
 */
export interface ValidatorModule {
  runtimeModule: string;
  imports: { name: string; alias: string | undefined; typeOnly: boolean }[];
  constants: { name: string; type: string | undefined; initializer: string }[];
  functions: { name: string; doc: string; parameters: { name: string; type: string }[]; body: BodyLine[] }[];
  /** `export const <name>: SchemaValidator = <arrow>;`, the arrow the same in both languages. */
  exports: { name: string; doc: string; arrow: string }[];
}

export interface CompiledValidators {
  module: ValidatorModule;
}

/**
 * Each exported root validator is a constant of the runtime's `SchemaValidator` type:
 *
 *   export const <exportName>: SchemaValidator; // (value: unknown, pointer: string, errors: ValidationError[]) => boolean
 *
 * It returns whether `value` is valid and pushes one `ValidationError` per failure found, all of them (not only
 * the first), with `pointer` the JSON pointer of the value at fault (`pointer` argument + the path inside it).
 */
export interface ValidationError {
  /** JSON pointer (RFC 6901) of the value at fault. */
  pointer: string;
  /** The JSON Schema keyword that failed: `type`, `maxLength`, `required`, `additionalProperties`, `format`, … */
  keyword: string;
  /** A sentence for people: "must be at most 500 characters", "must have required property 'url'". */
  message: string;
}
