/**
 * specforge as a library. The CLI (`specforge lint | generate | test`) is the main way in; this module exposes the
 * same operations to programs, returning results instead of printing them, and the parts a program may want on
 * its own. Importing it stays cheap: `generate`, `lint` and `test` load Redocly and the generators when they are called.
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
export { SpecforgeError, type ExitCode } from './api/errors.js';
export { lint, type Finding, type LintOptions, type LintResult, type SpecLint } from './api/lint.js';
export {
  test,
  type ContractCheck,
  type ContractFailure,
  type ContractProgress,
  type ContractReport,
  type TestCaseResult,
  type TestOptions,
  type TestResult,
} from './api/test.js';
