import * as runtime from '../../templates/package/validation-runtime.js';
import { compileValidators } from '../schema/compiler/compile-validators.js';
import type { JsonSchema, ValidationError, ValidatorModule } from '../schema/compiler/contract.js';
import { validatorJavaScript } from '../schema/compiler/validator-javascript.js';
import { metaschemas, NAMES_METASCHEMA } from '../schema/metaschemas.js';
import { normalizeSchema } from '../schema/normalize-schema.js';

// Compiling and loading validators in this process, without ts-morph (which only printing files needs): the lint
// thread checks examples with these, and compileSchema builds on them.

export interface CompileSchemaOptions {
  /**
   * `2020-12` (OpenAPI 3.1's dialect, the default) or `oas3.0`: `nullable`, boolean exclusive bounds, and a
   * `discriminator` that picks the `oneOf`/`anyOf` branch by its property's value.
   */
  dialect?: '2020-12' | 'oas3.0';
  /** `assert` (the default) checks formats; `annotate` ignores them, as JSON Schema 2020-12 prescribes by default. */
  formats?: 'assert' | 'annotate';
  /** Schemas that `$ref`s may name by URI, keyed by that URI. */
  remotes?: Readonly<Record<string, JsonSchema>>;
  /** `request` or `response`: `readOnly` properties may not be sent, `writeOnly` ones not returned; else neither. */
  direction?: 'request' | 'response';
  /** Where `source` imports the runtime from (the generator uses the package's own copy). */
  runtimeModule?: string;
  /** `enum` and `const` errors name the allowed values (ten at most, then how many more); by default they do not. */
  valuesInMessages?: boolean;
}

export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** A compiled root validator: pushes one error per failure to `errors`, with pointers below `pointer`. */
export type SchemaCheck = (value: unknown, pointer: string, errors: ValidationError[]) => boolean;

/** The name of the one validator a module compiled from one schema exports. */
export const EXPORT_NAME = 'validate';
export const RUNTIME_MODULE = 'specforge/validation-runtime';

/**
 * The validator module of one JSON Schema, exporting `validate`. Throws UnsupportedSchemaError, naming the keyword and
 * its place, for a schema it cannot check correctly.
 */
export function schemaModule(schema: JsonSchema, options: CompileSchemaOptions = {}): ValidatorModule {
  const normalized = options.dialect === 'oas3.0' ? normalizeSchema(schema, '3.0', (ref) => ref) : schema;
  const remotes = new Map(
    Object.entries(options.remotes ?? {}).map(([uri, remote]) => [uri, options.dialect === 'oas3.0' ? normalizeSchema(remote, '3.0', (ref) => ref) : remote]),
  );
  if (NAMES_METASCHEMA.test(JSON.stringify([schema, options.remotes ?? {}]))) {
    for (const [uri, metaschema] of metaschemas()) if (!remotes.has(uri)) remotes.set(uri, metaschema);
  }
  return compileValidators({
    schemas: new Map(),
    remotes,
    roots: [{ exportName: EXPORT_NAME, schema: normalized, direction: options.direction ?? 'neutral' }],
    formats: options.formats ?? 'assert',
    discriminator: options.dialect === 'oas3.0',
    runtimeModule: options.runtimeModule ?? RUNTIME_MODULE,
    valuesInMessages: options.valuesInMessages,
  }).module;
}

/** `validate` of a module from `schemaModule`, loaded, with the result `endpoints` give. */
export function loadSchemaValidator(module: ValidatorModule): <T = unknown>(value: unknown) => ValidationResult<T> {
  const check = loadValidators(module).get(EXPORT_NAME)!;
  return <T>(value: unknown): ValidationResult<T> => {
    const errors: ValidationError[] = [];
    return check(value, '', errors) ? { ok: true, value: value as T } : { ok: false, errors };
  };
}

/**
 * Loads compiled validators in this process: the module's JavaScript, with the runtime's functions passed in where
 * the module imports them; returns its exported validators by name. The code is what the generator emits, where every
 * value from the schema is a literal written by a serializer, so evaluating it defines functions and runs nothing else.
 */
export function loadValidators(module: ValidatorModule): Map<string, SchemaCheck> {
  const names: string[] = [];
  const values: unknown[] = [];
  for (const { name, alias, typeOnly } of module.imports) {
    if (typeOnly) continue;
    const value = (runtime as Record<string, unknown>)[name];
    if (value === undefined) throw new Error(`the validation runtime has no ${name}`);
    names.push(alias ?? name);
    values.push(value);
  }
  const exported = module.exports.map((entry) => entry.name);
  const body = `"use strict";\n${validatorJavaScript(module)}\nreturn { ${exported.join(', ')} };`;
  const factory = new Function(...names, body) as (...args: unknown[]) => Record<string, SchemaCheck>;
  return new Map(Object.entries(factory(...values)));
}
