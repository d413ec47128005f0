import { printModule } from '../emit/print-module.js';
import type { JsonSchema } from '../schema/compiler/contract.js';
import { validatorStatements } from '../emit/validators/validator-statements.js';
import { loadSchemaValidator, schemaModule, type CompileSchemaOptions, type ValidationResult } from './load-validators.js';

export type { JsonSchema, ValidationError } from '../schema/compiler/contract.js';
export { UnsupportedSchemaError } from '../schema/compiler/compile-validators.js';
export type { CompileSchemaOptions, ValidationResult } from './load-validators.js';

export interface CompiledSchema {
  /** The TypeScript module the generator would emit for this schema; it exports `validate`. */
  source: string;
  /** The same validator, loaded: every failure is reported, with the JSON pointer of the value at fault. */
  validate<T = unknown>(value: unknown): ValidationResult<T>;
}

/**
 * Compiles one JSON Schema into a standalone validator, as the generator does for request and response bodies.
 * Throws UnsupportedSchemaError, naming the keyword and its place, for a schema it cannot check correctly.
 */
export function compileSchema(schema: JsonSchema, options: CompileSchemaOptions = {}): CompiledSchema {
  const module = schemaModule(schema, options);
  return { source: printModule(validatorStatements(module)), validate: loadSchemaValidator(module) };
}
