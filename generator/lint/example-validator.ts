import { loadSchemaValidator, schemaModule, type ValidationResult } from '../api/load-validators.js';
import type { OpenApiVersion } from '../load/read-spec.js';

export interface ExampleProblem {
  /** JSON pointer into the example of the value at fault. */
  pointer: string;
  message: string;
}

type Validate = (value: unknown) => ValidationResult;

/** Validators by the schema object they were compiled from: one rule checks many bodies against one envelope. */
const compiled = new WeakMap<object, Map<OpenApiVersion, Validate | Error>>();

function validatorFor(schema: object, version: OpenApiVersion): Validate | Error {
  let byVersion = compiled.get(schema);
  if (!byVersion) compiled.set(schema, (byVersion = new Map()));
  let validator = byVersion.get(version);
  if (!validator) {
    try {
      validator = loadSchemaValidator(schemaModule(schema as Record<string, unknown>, { dialect: version === '3.0' ? 'oas3.0' : '2020-12', valuesInMessages: true }));
    } catch (error) {
      validator = error as Error;
    }
    byVersion.set(version, validator);
  }
  return validator;
}

/**
 * Checks an example value against a self-contained schema (see `inlineSchema`), the way the linter checks examples
 * written in specforge's extensions, with the validator compiler generated packages use.
 */
export function checkExample(value: unknown, schema: unknown, version: OpenApiVersion): ExampleProblem[] {
  const validator =
    typeof schema === 'boolean' ? loadSchemaValidator(schemaModule(schema, { valuesInMessages: true })) : typeof schema === 'object' && schema !== null ? validatorFor(schema, version) : undefined;
  if (validator instanceof Error) return [{ pointer: '', message: `the schema cannot be used to check it: ${validator.message}` }];
  const result = validator ? validator(value) : { ok: true as const };
  if (result.ok) return [];
  return result.errors.map((error) => ({ pointer: error.pointer, message: `${error.pointer || 'the body'} ${error.message}` }));
}
