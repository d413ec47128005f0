import { Ajv, type ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiVersion } from '../load/read-spec.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

export interface ExampleProblem {
  /** JSON pointer into the example of the value at fault. */
  pointer: string;
  message: string;
}

const validators = new Map<OpenApiVersion, Ajv>();

function ajvFor(version: OpenApiVersion): Ajv {
  let ajv = validators.get(version);
  if (!ajv) {
    const options = { strict: false, allErrors: true, validateFormats: true } as const;
    // OpenAPI 3.0 schemas are draft-04/07-like with `nullable`; ajv's default draft understands `nullable`.
    ajv = version === '3.1' ? (new Ajv2020(options) as unknown as Ajv) : new Ajv(options);
    addFormats(ajv);
    validators.set(version, ajv);
  }
  return ajv;
}

/**
 * Checks an example value against a self-contained schema (see `inlineSchema`), the way the linter checks examples
 * written in specforge's extensions. Lint-time only: generated code never depends on a validator library.
 */
export function checkExample(value: unknown, schema: unknown, version: OpenApiVersion): ExampleProblem[] {
  const ajv = ajvFor(version);
  let validate;
  try {
    validate = ajv.compile(schema as object);
  } catch (error) {
    return [{ pointer: '', message: `the schema cannot be used to check it: ${(error as Error).message}` }];
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    pointer: error.instancePath,
    message: `${error.instancePath || 'the body'} ${error.message ?? 'is invalid'}`,
  }));
}
