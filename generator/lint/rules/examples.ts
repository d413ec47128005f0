import type { Location, Oas3Rule, Oas3Visitor, UserContext } from '@redocly/openapi-core';
import { loadValidators, RUNTIME_MODULE, type SchemaCheck } from '../../api/load-validators.js';
import { compileValidators, UnsupportedSchemaError } from '../../schema/compiler/compile-validators.js';
import type { Direction, JsonSchema, ValidationError, ValidatorRoot } from '../../schema/compiler/contract.js';
import { isObject } from '../../util/is-object.js';
import { segmentsOf } from '../../util/json-pointer.js';
import { ExampleSchemas, type Strictness } from './example-schemas.js';

/**
 * Examples are test data: contract tests send request examples and expect response examples, so each must be valid
 * against its schema. These rules take the places of Redocly's `no-invalid-media-type-examples`,
 * `no-invalid-parameter-examples` and `no-invalid-schema-examples`, with their options and findings, but check with
 * specforge's own validator compiler (the code generated packages validate with): one module compiled for all the
 * examples of a spec, instead of an ajv validator per schema.
 */

interface RuleOptions {
  /** Whether an example may hold properties its schema does not declare (Redocly's option; default: no). */
  allowAdditionalProperties?: boolean;
}

interface ExampleCheck {
  value: unknown;
  uri: string;
  direction: Direction | 'neutral';
  /** Where the example's value is. */
  at: Location;
  /** Where its schema is, for a schema that cannot be compiled. */
  schemaAt: Location;
  report: UserContext['report'];
}

/** The example checks of one lint run, compiled and run together when the walk is done. */
class ExampleBatch {
  readonly schemas: ExampleSchemas;
  private readonly checks: ExampleCheck[] = [];
  done = false;

  constructor(ctx: UserContext) {
    this.schemas = new ExampleSchemas(ctx.resolve, ctx.specVersion === 'oas3_0' ? '3.0' : '3.1');
  }

  add(value: unknown, schema: unknown, schemaAt: Location, at: Location, direction: ExampleCheck['direction'], strictness: Strictness, ctx: UserContext): void {
    this.checks.push({ value, uri: this.schemas.uriOf(schema, schemaAt, strictness), direction, at, schemaAt, report: ctx.report });
  }

  /** Runs every check collected, once: whichever rule leaves the document first runs them all. */
  run(): void {
    if (this.done) return;
    this.done = true;
    if (this.checks.length === 0) return;
    const remotes = this.schemas.resources();
    const roots = new Map<string, ValidatorRoot>();
    const rootOf = (check: ExampleCheck): ValidatorRoot => {
      const uri = this.schemas.canonical(check.uri);
      const key = `${check.direction} ${uri}`;
      let root = roots.get(key);
      if (!root) {
        root = { exportName: `check${roots.size}`, schema: { $ref: uri }, direction: check.direction };
        roots.set(key, root);
      }
      return root;
    };
    for (const check of this.checks) rootOf(check);
    const validators = this.compile([...roots.values()], remotes);
    const failed = new Set<string>();
    for (const check of this.checks) {
      const validator = validators.get(rootOf(check).exportName);
      if (typeof validator === 'function') {
        const errors: ValidationError[] = [];
        if (!validator(check.value, '', errors)) for (const error of errors) report(check, error);
      } else if (!failed.has(check.schemaAt.absolutePointer)) {
        failed.add(check.schemaAt.absolutePointer);
        check.report({ message: `Example cannot be checked, its schema is not supported: ${validator}.`, location: check.schemaAt });
      }
    }
  }

  /**
   * Each root's validator, or why its schema cannot be checked. When some schema cannot be compiled, the roots are
   * halved until the ones that need it are found, and the others are checked without it.
   */
  private compile(roots: ValidatorRoot[], remotes: ReadonlyMap<string, JsonSchema>): Map<string, SchemaCheck | string> {
    try {
      return loadValidators(compileValidators({ schemas: new Map(), remotes, roots, formats: 'assert', discriminator: true, runtimeModule: RUNTIME_MODULE, valuesInMessages: true }).module);
    } catch (error) {
      if (roots.length === 1) {
        return new Map([[roots[0]!.exportName, error instanceof UnsupportedSchemaError ? `\`${error.keyword}\`: ${error.reason}` : (error as Error).message]]);
      }
      const half = Math.ceil(roots.length / 2);
      return new Map([...this.compile(roots.slice(0, half), remotes), ...this.compile(roots.slice(half), remotes)]);
    }
  }
}

function report(check: ExampleCheck, error: ValidationError): void {
  const path = segmentsOf(error.pointer);
  // An undeclared property is reported on its name, which its error's pointer ends with.
  const onKey = error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties';
  const named = onKey ? path[path.length - 2] : path[path.length - 1];
  const location = path.length === 0 ? check.at : check.at.child(path);
  check.report({
    message: `Example value must conform to the schema: ${named === undefined ? '' : `\`${named}\` property `}${error.message}.`,
    location: { source: location.source, pointer: location.pointer, reportOnKey: onKey },
  });
}

const batches = new WeakMap<object, ExampleBatch>();

/** The batch of the document being linted: the three rules share it, and the first to enter the document makes it. */
function batchOf(root: object, ctx: UserContext): ExampleBatch {
  let batch = batches.get(root);
  if (!batch || batch.done) {
    batch = new ExampleBatch(ctx);
    batches.set(root, batch);
  }
  return batch;
}

/** The value an entry of `examples` holds (OpenAPI's `value`, or 3.2's `dataValue`) and the field it is in. */
function exampleValue(example: unknown): { value: unknown; field: string } | undefined {
  if (!isObject(example)) return undefined;
  if (example.dataValue !== undefined) return { value: example.dataValue, field: 'dataValue' };
  if (example.value !== undefined) return { value: example.value, field: 'value' };
  return undefined;
}

const strictnessOf = (options: RuleOptions): Strictness => (options.allowAdditionalProperties ? 'open' : 'closed');

/** Collects one example: its value, its schema and where both are. */
type AddExample = (value: unknown, schema: unknown, schemaAt: Location, at: Location, direction: ExampleCheck['direction'], ctx: UserContext) => void;

/** A rule whose visitors collect examples into the document's batch, which runs when the walk leaves the document. */
function exampleRule(visitors: (add: AddExample) => Oas3Visitor): Oas3Rule {
  return (options: RuleOptions) => {
    const strictness = strictnessOf(options);
    let batch: ExampleBatch | undefined;
    return {
      Root: {
        enter: (root: object, ctx: UserContext) => void (batch = batchOf(root, ctx)),
        leave: () => batch?.run(),
      },
      ...visitors((value, schema, schemaAt, at, direction, ctx) => batch?.add(value, schema, schemaAt, at, direction, strictness, ctx)),
    };
  };
}

/** Media type examples (`example`, or each of `examples`) against the media type's schema. */
export const MediaTypeExamples = exampleRule((add) => {
  const leave = (direction: Direction) => (node: object, ctx: UserContext) => {
    const media = node as Record<string, unknown>;
    if (media.schema === undefined) return;
    const schemaAt = ctx.location.child('schema');
    if (media.example !== undefined) {
      add(media.example, media.schema, schemaAt, ctx.location.child('example'), direction, ctx);
    } else if (isObject(media.examples)) {
      for (const name of Object.keys(media.examples)) {
        let example = media.examples[name];
        let at = ctx.location.child(['examples', name]);
        if (isObject(example) && typeof example.$ref === 'string') {
          const resolved = ctx.resolve(example as { $ref: string });
          if (!resolved.location) continue;
          example = resolved.node;
          at = resolved.location;
        }
        const selected = exampleValue(example);
        if (selected) add(selected.value, media.schema, schemaAt, at.child(selected.field), direction, ctx);
      }
    }
  };
  return {
    Parameter: { MediaType: { leave: leave('request') } },
    RequestBody: { MediaType: { leave: leave('request') } },
    Response: { MediaType: { leave: leave('response') } },
  };
});

/** Parameter examples (`example`, or each of `examples`) against the parameter's schema. */
export const ParameterExamples = exampleRule((add) => ({
  Parameter: {
    leave(node: object, ctx: UserContext) {
      const parameter = node as Record<string, unknown>;
      if (parameter.schema === undefined) return;
      const schemaAt = ctx.location.child('schema');
      if (parameter.example !== undefined) add(parameter.example, parameter.schema, schemaAt, ctx.location.child('example'), 'request', ctx);
      if (!isObject(parameter.examples)) return;
      for (const name of Object.keys(parameter.examples)) {
        const selected = exampleValue(parameter.examples[name]);
        if (selected) add(selected.value, parameter.schema, schemaAt, ctx.location.child(['examples', name, selected.field]), 'request', ctx);
      }
    },
  },
}));

/** A schema's own examples (`example`, and each of `examples`) against the schema, in neither direction. */
export const SchemaExamples = exampleRule((add) => ({
  Schema: {
    leave(node: object, ctx: UserContext) {
      const schema = node as Record<string, unknown>;
      if (Array.isArray(schema.examples)) {
        schema.examples.forEach((example, i) => add(example, schema, ctx.location, ctx.location.child(['examples', i]), 'neutral', ctx));
      }
      if (schema.example === undefined) return;
      // OpenAPI 3.0's way of saying that null is an example of a nullable schema.
      if (schema.nullable === true && schema.example === null && schema.type !== undefined) return;
      add(schema.example, schema, ctx.location, ctx.location.child('example'), 'neutral', ctx);
    },
  },
}));
