import { isObject } from '../../util/is-object.js';
import { escapePointerSegment } from '../../util/json-pointer.js';
import type { JsonSchema } from '../json-schema.js';
import type { Lines } from './body-lines.js';
import type { ValidationDirection } from './contract.js';
import type { FunctionBody, FunctionScope } from './function-scope.js';
import type { InstancePath } from './instance-path.js';
import { stringLiteral } from './literals.js';
import { childLocation, unsupportedAt, type SchemaLocation } from './schema-documents.js';
import type { UnsupportedSchemaError } from './unsupported-schema-error.js';

/** What the code of a schema is compiled for: which value, where, into which flag and function, in what mode. */
export interface SiteContext {
  /** The expression of the value checked: an `unknown` variable. */
  value: string;
  /** Where that value is inside the function's own value. */
  path: InstancePath;
  /** The flag a failure clears. */
  valid: string;
  direction: ValidationDirection;
  /** Properties that may not travel in this direction, declared by an `allOf` around this schema (see read-write.ts). */
  forbiddenAround: ReadonlySet<string>;
  /**
   * Whether the errors of the code are never read: an `if` condition's, a `not`'s, the items `contains` tries. Its
   * failures then only clear the flag: no error is made to be thrown away.
   */
  silent: boolean;
  /** The collector of what in-place keywords evaluate of this value, when an `unevaluated…` keyword needs it. */
  evaluated: string | undefined;
  /** Whether an OpenAPI discriminator may pick the `oneOf`/`anyOf` branch (not in the code for values no object). */
  discriminator: boolean;
  body: FunctionBody;
}

/** A schema object being compiled, with its context: what keywords read and write their lines through. */
export class SchemaSite {
  constructor(
    readonly scope: FunctionScope,
    readonly schema: Record<string, unknown>,
    readonly location: SchemaLocation,
    readonly context: SiteContext,
  ) {}

  get compiler(): FunctionScope['compiler'] {
    return this.scope.compiler;
  }
  get value(): string {
    return this.context.value;
  }
  get path(): InstancePath {
    return this.context.path;
  }
  get valid(): string {
    return this.context.valid;
  }
  get direction(): ValidationDirection {
    return this.context.direction;
  }
  get evaluated(): string | undefined {
    return this.context.evaluated;
  }

  /** This site with some of its context changed. */
  with(changes: Partial<SiteContext>): SchemaSite {
    return new SchemaSite(this.scope, this.schema, this.location, { ...this.context, ...changes });
  }

  /**
   * The lines checking a subschema, in this context but for `changes`. What is evaluated is recorded per value: a
   * subschema of another value (another `path`) starts with no collector unless given one.
   */
  check(schema: JsonSchema, location: SchemaLocation, changes: Partial<SiteContext> = {}): Lines {
    const context = { ...this.context, ...changes };
    if (changes.path !== undefined && changes.path !== this.context.path && !('evaluated' in changes)) context.evaluated = undefined;
    return this.compiler.schemaCode(this.scope, schema, location, context);
  }

  has(keyword: string): boolean {
    return Object.hasOwn(this.schema, keyword);
  }

  child(...segments: string[]): SchemaLocation {
    return childLocation(this.location, ...segments);
  }

  local(prefix: string): string {
    return this.scope.local(prefix);
  }

  runtimeHelper(name: string): string {
    return this.scope.runtimeHelper(name);
  }

  /** The pointer of the function's own value, joined on first use into `here`. */
  private here(): string {
    this.context.body.usesHere = true;
    return `(here ??= ${this.runtimeHelper('joinPointer')}(parent, key))`;
  }

  /** The expression of the JSON pointer of the value at `path`. */
  pointer(path: InstancePath = this.path): string {
    if (path.length === 0) return `${this.runtimeHelper('joinPointer')}(parent, key)`;
    let text = this.here();
    for (const segment of path) {
      if (segment.kind === 'name') text += ` + ${stringLiteral('/' + escapePointerSegment(segment.name))}`;
      else if (segment.kind === 'index') text += ` + "/" + ${segment.expr}`;
      else text += ` + "/" + ${this.runtimeHelper('escapePointerSegment')}(${segment.expr})`;
    }
    return text;
  }

  /** `parent, key` arguments for a function validating the value at `path`. */
  callArguments(path: InstancePath = this.path): string {
    const last = path[path.length - 1];
    if (last === undefined) return 'parent, key';
    const parent = path.length === 1 ? this.here() : this.pointer(path.slice(0, -1));
    // The key goes as its pointer segment, escaped already: at compile time when it is a name.
    const keyExpr = last.kind === 'name' ? stringLiteral(escapePointerSegment(last.name)) : last.kind === 'key' ? `${this.runtimeHelper('escapePointerSegment')}(${last.expr})` : last.expr;
    return `${parent}, ${keyExpr}`;
  }

  /** A failure of `keyword`: an error with `message` at `path` (unless silent), and the flag cleared. */
  error(keyword: string, message: string, path: InstancePath = this.path): Lines {
    return this.errorExpression(keyword, stringLiteral(message), path);
  }

  /** As `error`, with the message an expression of the generated code. */
  errorExpression(keyword: string, messageExpression: string, path: InstancePath = this.path): Lines {
    if (this.context.silent) return [`${this.valid} = false;`];
    return [`errors.push({ pointer: ${this.pointer(path)}, keyword: ${stringLiteral(keyword)}, message: ${messageExpression} });`, `${this.valid} = false;`];
  }

  fail(keyword: string, reason: string): UnsupportedSchemaError {
    return unsupportedAt(keyword, this.location, reason);
  }

  /** The value of `keyword` (an own one), checked to be a schema. */
  subschema(keyword: string): JsonSchema {
    return this.schemaValue(this.schema[keyword], keyword);
  }

  /** `value`, one of `keyword`'s subschemas, checked to be a schema. */
  schemaValue(value: unknown, keyword: string): JsonSchema {
    if (isObject(value) || typeof value === 'boolean') return value;
    throw this.fail(keyword, `${keyword} must hold a schema (an object or a boolean)`);
  }

  /** The non-empty list of schemas `keyword` holds. */
  schemaList(keyword: string): JsonSchema[] {
    const value = this.schema[keyword];
    if (!Array.isArray(value) || value.length === 0) throw this.fail(keyword, `${keyword} must be a non-empty array of schemas`);
    return value.map((item: unknown) => this.schemaValue(item, keyword));
  }

  nonNegativeInteger(keyword: string): number | undefined {
    if (!this.has(keyword)) return undefined;
    const value = this.schema[keyword];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw this.fail(keyword, `${keyword} must be a non-negative integer`);
    return value;
  }

  finiteNumber(keyword: string): number | undefined {
    if (!this.has(keyword)) return undefined;
    const value = this.schema[keyword];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.fail(keyword, `${keyword} must be a number`);
    return value;
  }
}
