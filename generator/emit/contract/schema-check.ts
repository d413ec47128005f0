import { mayBacktrack } from './backtracking.js';
import { forEachSubschema } from '../../schema/subschemas.js';
import { schemaNameOf, schemaNameUnder, schemaRef } from '../../ir/schema-ref.js';
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
  /** Each named schema's `$ref` closure: the named schemas a check of it needs. */
  private readonly closures = new Map<string, ReadonlySet<string>>();
  private readonly namedRoots = new Map<string, JsonSchema & object>();
  private readonly risky = new WeakMap<object, string | undefined>();

  constructor(
    private readonly schemas: ReadonlyMap<string, JsonSchema>,
    private readonly readWriteReach?: ReadWriteReach<string>,
  ) {}

  check(schema: JsonSchema, value: unknown, direction: CheckDirection = 'neutral'): CheckResult {
    const risky = this.riskyPattern(this.keyOf(schema));
    if (risky !== undefined) {
      const message = `the pattern ${JSON.stringify(risky)} may backtrack catastrophically: values are not checked against it`;
      return { ok: false, errors: [{ pointer: '', keyword: 'unchecked', message }] };
    }
    const validate = this.validator(schema, direction);
    if (validate instanceof Error) return { ok: false, errors: [{ pointer: '', keyword: 'unsupported', message: validate.message }] };
    const errors: ValidationError[] = [];
    return validate(value, '', errors) ? { ok: true } : { ok: false, errors };
  }

  isValid(schema: JsonSchema, value: unknown, direction: CheckDirection = 'neutral'): boolean {
    return this.check(schema, value, direction).ok;
  }

  /**
   * Takes validators already compiled for these schemas (the package's own, by the validators emitter) instead of
   * compiling them again: each entry is a schema, the direction it was compiled for, and its validator.
   */
  adopt(entries: Iterable<readonly [JsonSchema, CheckDirection, SchemaCheck]>): void {
    for (const [schema, direction, validate] of entries) {
      const key = this.keyOf(schema);
      if (!this.compiled.get(key)?.has(direction) && this.riskyPattern(key) === undefined) this.store(key, direction, validate);
    }
  }

  /**
   * Compiles the validators of many schemas in one module, for the checks to come: the named schemas they share are
   * compiled once, where a module per schema would compile GitHub's repository schema for each of its 300 lists.
   * A schema the compiler refuses is left to be compiled (and reported) alone.
   */
  prepare(schemas: readonly JsonSchema[], direction: CheckDirection): void {
    const keys = [...new Set(schemas.map((schema) => this.keyOf(schema)))].filter((key) => !this.compiled.get(key)?.has(direction) && this.riskyPattern(key) === undefined);
    if (keys.length < 2) return;
    try {
      const validators = this.compile(keys, direction);
      keys.forEach((key, i) => this.store(key, direction, validators.get(`validate${i}`)!));
    } catch {
      // One schema the compiler cannot take would fail the whole module: each is compiled alone when checked.
    }
  }

  private validator(schema: JsonSchema, direction: CheckDirection): SchemaCheck | Error {
    const key = this.keyOf(schema);
    let validate = this.compiled.get(key)?.get(direction);
    if (!validate) {
      try {
        validate = this.compile([key], direction).get('validate0')!;
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      this.store(key, direction, validate);
    }
    return validate;
  }

  /**
   * What a schema's validator is cached by. Boolean schemas have no identity; they are wrapped (a fresh wrapper is
   * cheap to compile). A bare `$ref` to a named schema (every response of a resource, say) is checked by that
   * schema's one validator.
   */
  private keyOf(schema: JsonSchema): JsonSchema & object {
    const named = typeof schema === 'object' && Object.keys(schema).length === 1 && typeof schema.$ref === 'string' ? schemaNameOf(schema.$ref) : undefined;
    return named !== undefined && this.schemas.has(named) ? this.namedRoot(named) : typeof schema === 'object' ? schema : { allOf: [schema] };
  }

  private store(key: object, direction: CheckDirection, validate: SchemaCheck | Error): void {
    let byDirection = this.compiled.get(key);
    if (!byDirection) this.compiled.set(key, (byDirection = new Map()));
    byDirection.set(direction, validate);
  }

  /** A module of `validate<i>` for each root, with only the named schemas they reach: a compilation walks every schema it is given. */
  private compile(roots: readonly (JsonSchema & object)[], direction: CheckDirection): Map<string, SchemaCheck> {
    const reached = new Set(roots.flatMap((root) => this.reached(root)));
    const schemas = new Map<string, JsonSchema>();
    for (const name of [...reached].sort()) schemas.set(name, this.schemas.get(name)!);
    const { module } = compileValidators({
      schemas,
      ...(this.readWriteReach ? { readWriteReach: this.readWriteReach } : {}),
      roots: roots.map((schema, i) => ({ exportName: `validate${i}`, schema, direction })),
      formats: 'assert',
      discriminator: true,
      runtimeModule: 'specforge/validation-runtime',
      valuesInMessages: true,
    });
    return loadValidators(module);
  }

  /**
   * A pattern the schema reaches (through `$ref`s too) that may backtrack catastrophically (see backtracking.ts), or
   * undefined. Checking a value against it could hang generation (an example the pattern does not match, say), so such
   * a schema's values go unchecked and unused: its examples, the values built for it and its negative cases.
   */
  private riskyPattern(key: JsonSchema & object): string | undefined {
    if (this.risky.has(key)) return this.risky.get(key);
    const schemas = [key, ...this.reached(key).map((name) => this.schemas.get(name)!)];
    const found = schemas.flatMap(patternsIn).find(mayBacktrack);
    this.risky.set(key, found);
    return found;
  }

  /** One root object per named schema, so that every bare `$ref` to it finds the same compiled validator. */
  private namedRoot(name: string): JsonSchema & object {
    let root = this.namedRoots.get(name);
    if (!root) this.namedRoots.set(name, (root = { $ref: schemaRef(name) }));
    return root;
  }

  /** The named schemas `schema` reaches through `$ref`s, transitively, in a stable order. */
  private reached(schema: JsonSchema): string[] {
    const names = new Set<string>();
    for (const name of refsIn(schema)) {
      if (names.has(name) || !this.schemas.has(name)) continue;
      for (const reached of this.closure(name)) names.add(reached);
    }
    return [...names].sort();
  }

  private closure(root: string): ReadonlySet<string> {
    const known = this.closures.get(root);
    if (known) return known;
    const names = new Set<string>();
    const pending = [root];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (names.has(name) || !this.schemas.has(name)) continue;
      names.add(name);
      pending.push(...refsIn(this.schemas.get(name)!));
    }
    this.closures.set(root, names);
    return names;
  }
}

/** A schema and every schema inside it, through the subschema keywords (not into data: examples, defaults, enums). */
function schemaNodes(schema: JsonSchema): (JsonSchema & object)[] {
  const nodes: (JsonSchema & object)[] = [];
  const visit = (node: JsonSchema): void => {
    if (typeof node !== 'object') return;
    nodes.push(node);
    forEachSubschema(node, visit, { legacy: true });
  };
  visit(schema);
  return nodes;
}

/** The names of the named schemas a schema's `$ref`s point into. */
function refsIn(schema: JsonSchema): string[] {
  return schemaNodes(schema).flatMap((node) => (typeof node.$ref === 'string' ? (schemaNameUnder(node.$ref) ?? []) : []));
}

/** Every `pattern` and `patternProperties` key in a schema. */
function patternsIn(schema: JsonSchema): string[] {
  return schemaNodes(schema).flatMap((node) => [
    ...(typeof node.pattern === 'string' ? [node.pattern] : []),
    ...(typeof node.patternProperties === 'object' && node.patternProperties !== null ? Object.keys(node.patternProperties) : []),
  ]);
}

const checkers = new WeakMap<object, SchemaChecker>();

/** One checker per named-schema map, so that every module checking one API's values shares its compiled validators. */
export function checkerFor(schemas: ReadonlyMap<string, JsonSchema>, readWriteReach?: ReadWriteReach<string>): SchemaChecker {
  let checker = checkers.get(schemas);
  if (!checker) checkers.set(schemas, (checker = new SchemaChecker(schemas, readWriteReach)));
  return checker;
}
