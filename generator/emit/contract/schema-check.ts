import { loadValidators, type SchemaCheck } from '../../api/load-validators.js';
import { compileValidators } from '../../schema/compiler/compile-validators.js';
import type { JsonSchema, ValidationDirection, ValidationError } from '../../schema/compiler/contract.js';
import type { ReadWriteReach } from '../../schema/read-write-reach.js';

export type CheckDirection = ValidationDirection;

export type CheckResult = { ok: true } | { ok: false; errors: ValidationError[] };

/**
 * Checks values against schemas of one API with the validators its package would have (formats asserted, `$ref`s to
 * `#/components/schemas/<name>` resolved), so that a built value is valid exactly when the generated server says so.
 */
export class SchemaChecker {
  private readonly compiled = new WeakMap<object, Map<CheckDirection, SchemaCheck | Error>>();

  constructor(
    private readonly schemas: ReadonlyMap<string, JsonSchema>,
    private readonly readWriteReach?: ReadWriteReach<string>,
  ) {}

  check(schema: JsonSchema, value: unknown, direction: CheckDirection = 'neutral'): CheckResult {
    const validate = this.validator(schema, direction);
    if (validate instanceof Error) return { ok: false, errors: [{ pointer: '', keyword: 'unsupported', message: validate.message }] };
    const errors: ValidationError[] = [];
    return validate(value, '', errors) ? { ok: true } : { ok: false, errors };
  }

  isValid(schema: JsonSchema, value: unknown, direction: CheckDirection = 'neutral'): boolean {
    return this.check(schema, value, direction).ok;
  }

  private validator(schema: JsonSchema, direction: CheckDirection): SchemaCheck | Error {
    // Boolean schemas have no identity to cache by; they are wrapped (a fresh wrapper is cheap to compile).
    const key = typeof schema === 'object' ? schema : { allOf: [schema] };
    let byDirection = this.compiled.get(key);
    if (!byDirection) this.compiled.set(key, (byDirection = new Map()));
    let validate = byDirection.get(direction);
    if (!validate) {
      try {
        const { module } = compileValidators({
          schemas: this.schemas,
          ...(this.readWriteReach ? { readWriteReach: this.readWriteReach } : {}),
          roots: [{ exportName: 'validate', schema: key, direction }],
          formats: 'assert',
          discriminator: true,
          runtimeModule: 'specforge/validation-runtime',
        });
        validate = loadValidators(module).get('validate')!;
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      byDirection.set(direction, validate);
    }
    return validate;
  }
}

const checkers = new WeakMap<object, SchemaChecker>();

/** One checker per named-schema map, so that every module checking one API's values shares its compiled validators. */
export function checkerFor(schemas: ReadonlyMap<string, JsonSchema>, readWriteReach?: ReadWriteReach<string>): SchemaChecker {
  let checker = checkers.get(schemas);
  if (!checker) checkers.set(schemas, (checker = new SchemaChecker(schemas, readWriteReach)));
  return checker;
}
