/**
 * specforge as a library. The CLI (`specforge lint | generate | test`) is the main way in; this module exposes the
 * parts a program may want on its own.
 */
export {
  compileSchema,
  UnsupportedSchemaError,
  type CompileSchemaOptions,
  type CompiledSchema,
  type JsonSchema,
  type ValidationError,
  type ValidationResult,
} from './api/compile-schema.js';
export { generate, type GenerateEvent, type GenerateOptions, type GenerateResult, type GenerationTarget, type SpecResult, type TargetStatus } from './api/generate.js';
export { UserError } from './util/user-error.js';
