import type { JsonSchema } from '../../schema/json-schema.js';
import type { ReadWriteReach } from '../../schema/read-write-reach.js';
import { seededRandom, type Random } from './random.js';
import { regexSample } from './regex-strings.js';
import { checkerFor, type SchemaChecker } from './schema-check.js';
import { flatten, isForbidden, mergeSchemas, typesOf, type SchemaObject } from './schema-shape.js';
import { formatSample } from './string-formats.js';

export interface SampleOptions {
  /** `request` leaves `readOnly` properties out, `response` `writeOnly` ones; the value is checked that way too. */
  direction?: 'request' | 'response';
  seed?: number;
  /** `required` (the default) builds objects with their required properties only; `all` with every allowed one. */
  properties?: 'required' | 'all';
  /** Whether the schema's own `examples` / `example` / `default` are tried first, where valid (default true). */
  useExamples?: boolean;
  /** The API's read/write reach (ApiIR), passed on to the validator compiler. */
  readWriteReach?: ReadWriteReach<string>;
}

export type SampleResult = { ok: true; value: unknown } | { ok: false; value: undefined; reason: string };

/** How many different seeds are tried before a schema is declared unbuildable. */
const ATTEMPTS = 8;
const MAX_DEPTH = 12;
/** Below this depth, `properties: 'all'` stops adding optional properties (recursive schemas stay small). */
const OPTIONAL_DEPTH = 4;
const NONE = Symbol('none');
type Built = unknown;

/**
 * A value valid for a JSON Schema 2020-12 schema, `$ref`s resolved through `schemas`, checked by the validator the
 * package would generate; `ok: false` with a reason when no attempt passes, never an invalid value.
 */
export function sampleValue(schema: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>, options: SampleOptions = {}): SampleResult {
  const checker = checkerFor(schemas, options.readWriteReach);
  const direction = options.direction ?? 'neutral';
  let lastReason = 'no value could be built';
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const builder = new ValueBuilder(schemas, checker, seededRandom((options.seed ?? 0) * 7919 + attempt), {
      direction: options.direction,
      all: options.properties === 'all',
      // The schema's own examples first; then, should they fail (an example valid alone but not here), without.
      useExamples: (options.useExamples ?? true) && attempt < ATTEMPTS / 2,
    });
    const value = builder.build(schema, 0);
    if (value === NONE) {
      lastReason = builder.reason ?? lastReason;
      continue;
    }
    const result = checker.check(schema, value, direction);
    if (result.ok) return { ok: true, value };
    const error = result.errors[0]!;
    lastReason = `a built value failed its schema: ${error.pointer || '(root)'} ${error.message}`;
  }
  return { ok: false, value: undefined, reason: lastReason };
}

interface BuilderOptions {
  direction: 'request' | 'response' | undefined;
  all: boolean;
  useExamples: boolean;
}

export class ValueBuilder {
  reason: string | undefined;

  constructor(
    private readonly schemas: ReadonlyMap<string, JsonSchema>,
    private readonly checker: SchemaChecker,
    private readonly random: Random,
    private readonly options: BuilderOptions,
  ) {}

  /** A value for the schema, or NONE; not yet checked as a whole. */
  build(schema: JsonSchema, depth: number): Built | typeof NONE {
    if (schema === true) return 'value';
    if (schema === false) return this.fail('the schema is false');
    if (depth > MAX_DEPTH) return this.fail('the schema nests too deep');
    if (this.options.useExamples) {
      // Below the root, an example is taken as it is and judged with the whole value (see sampleValue): a check per
      // nested schema is a compilation each, thousands on a spec such as GitHub's.
      for (const candidate of ownExamples(schema)) {
        if (depth > 0 || this.checker.isValid(schema, candidate, this.options.direction ?? 'neutral')) return structuredClone(candidate);
      }
    }
    if ('const' in schema) return structuredClone(schema['const']);
    const flat = flatten(schema, this.schemas);
    if ('const' in flat) return structuredClone(flat['const']);
    if (Array.isArray(flat['enum'])) {
      const values = flat['enum'] as unknown[];
      if (values.length === 0) return this.fail('the enum is empty');
      return structuredClone(this.random.pick(values));
    }
    const branches = (Array.isArray(flat['oneOf']) ? flat['oneOf'] : Array.isArray(flat['anyOf']) ? flat['anyOf'] : undefined) as JsonSchema[] | undefined;
    if (branches) {
      const { oneOf: _one, anyOf: _any, ...rest } = flat;
      const start = this.random.int(0, branches.length - 1);
      for (let i = 0; i < branches.length; i++) {
        const branch = branches[(start + i) % branches.length]!;
        const value = this.build(mergeSchemas(rest, flatten(branch, this.schemas)), depth + 1);
        if (value !== NONE && this.checker.isValid(schema, value, this.options.direction ?? 'neutral')) return value;
      }
      return this.fail('no branch of its oneOf/anyOf gave a valid value');
    }
    return this.buildFlat(flat, depth);
  }

  private buildFlat(flat: SchemaObject, depth: number): Built | typeof NONE {
    const types = typesOf(flat);
    if (types.length === 0) {
      if (isForbidden(flat)) return this.fail('the schema forbids any value');
      return 'value';
    }
    const type = types.find((t) => t !== 'null') ?? 'null';
    switch (type) {
      case 'string': return this.string(flat);
      case 'integer': case 'number': return numberIn(flat, type === 'integer', this.random) ?? this.fail('no number fits its bounds');
      case 'boolean': return true;
      case 'null': return null;
      case 'array': return this.array(flat, depth);
      case 'object': return this.object(flat, depth);
      default: return this.fail(`unknown type ${type}`);
    }
  }

  string(flat: SchemaObject, length?: number): string | typeof NONE {
    const min = typeof flat['minLength'] === 'number' ? flat['minLength'] : 0;
    const max = typeof flat['maxLength'] === 'number' ? flat['maxLength'] : Infinity;
    const fits = (text: string) => (length === undefined ? lengthOf(text) >= min && lengthOf(text) <= max : lengthOf(text) === length);
    if (typeof flat['pattern'] === 'string') {
      const pattern = flat['pattern'];
      const target = length ?? min;
      for (let i = 0; i < 24; i++) {
        const mode = i === 0 && length === undefined ? 'shortest' : i < 12 ? 'random' : 'longest';
        const text = regexSample(pattern, this.random, mode, Math.max(4, target + i));
        if (text === undefined) return this.fail(`the pattern ${pattern} is outside the generated subset`);
        if (fits(text)) return text;
      }
      return this.fail(`no string of the pattern ${pattern} fits its length bounds`);
    }
    if (typeof flat['format'] === 'string') {
      const text = formatSample(flat['format'], this.random);
      if (text !== undefined) {
        if (fits(text)) return text;
        const want = length ?? min;
        if (/^https:\/\//.test(text) && lengthOf(text) < want) return text + 'a'.repeat(want - lengthOf(text));
        if (length === undefined) return this.fail(`no ${flat['format']} string fits its length bounds`);
      }
    }
    const word = this.random.pick(['sample', 'example', 'value', 'alpha']);
    const want = length ?? Math.min(Math.max(min, word.length), max);
    return (word + 'a'.repeat(Math.max(0, want - word.length))).slice(0, want);
  }

  /** An array of exactly `count` items valid for the items schema (distinct where `uniqueItems`), or NONE. */
  arrayOfLength(flat: SchemaObject, count: number): unknown[] | typeof NONE {
    return this.array({ ...flat, minItems: count, maxItems: count }, 0);
  }

  private array(flat: SchemaObject, depth: number): unknown[] | typeof NONE {
    const min = typeof flat['minItems'] === 'number' ? flat['minItems'] : 0;
    const max = typeof flat['maxItems'] === 'number' ? flat['maxItems'] : Infinity;
    const prefix = (Array.isArray(flat['prefixItems']) ? flat['prefixItems'] : []) as JsonSchema[];
    const items = (flat['items'] ?? true) as JsonSchema;
    const count = Math.min(max, Math.max(min, prefix.length, depth < OPTIONAL_DEPTH && items !== false ? 1 : 0));
    const out: unknown[] = [];
    const seen = new Set<string>();
    const unique = flat['uniqueItems'] === true;
    const enumValues = Array.isArray(flatten(items, this.schemas)['enum']) ? (flatten(items, this.schemas)['enum'] as unknown[]) : undefined;
    for (let i = 0, tries = 0; out.length < count && tries < count * 6 + 6; tries++) {
      const schema = prefix[out.length] ?? items;
      let value: Built | typeof NONE;
      if (unique && enumValues && out.length >= prefix.length) value = enumValues[i++];
      else value = this.build(schema, depth + 1);
      if (value === NONE || value === undefined) {
        if (out.length < min) return this.fail('no item could be built');
        break;
      }
      const key = JSON.stringify(value);
      if (unique && seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
    if (out.length < min) return this.fail('not enough distinct items could be built');
    return out;
  }

  private object(flat: SchemaObject, depth: number): Record<string, unknown> | typeof NONE {
    const properties = (flat['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = new Set((Array.isArray(flat['required']) ? flat['required'] : []) as string[]);
    const out: Record<string, unknown> = {};
    const names = [...new Set([...Object.keys(properties), ...required])];
    for (const name of names) {
      const schema = Object.hasOwn(properties, name) ? properties[name]! : ((flat['additionalProperties'] ?? true) as JsonSchema);
      if (isForbidden(schema) || this.skipped(schema)) continue;
      if (!required.has(name) && !(this.options.all && depth < OPTIONAL_DEPTH)) continue;
      const value = this.build(schema, depth + 1);
      if (value === NONE) {
        if (required.has(name)) return this.fail(`no value for the required property ${name}: ${this.reason}`);
        continue;
      }
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  /** Whether a property is left out in this direction: `readOnly` in requests, `writeOnly` in responses. */
  skipped(schema: JsonSchema): boolean {
    if (typeof schema !== 'object' || this.options.direction === undefined) return false;
    const flat = flatten(schema, this.schemas);
    return this.options.direction === 'request' ? flat['readOnly'] === true : flat['writeOnly'] === true;
  }

  private fail(reason: string): typeof NONE {
    this.reason ??= reason;
    return NONE;
  }
}

/** A value's length as JSON Schema counts it: in code points. */
export function lengthOf(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function ownExamples(schema: SchemaObject): unknown[] {
  const out: unknown[] = [];
  if (Array.isArray(schema['examples'])) out.push(...(schema['examples'] as unknown[]));
  if ('example' in schema) out.push(schema['example']);
  if ('default' in schema) out.push(schema['default']);
  return out;
}

/** The inclusive bounds a number schema allows, exclusive ones stepped one `step` inside. */
export function numberBounds(flat: SchemaObject, integer: boolean): { low: number; high: number; step: number } {
  const multiple = typeof flat['multipleOf'] === 'number' ? flat['multipleOf'] : undefined;
  const step = multiple ?? (integer ? 1 : 0.5);
  let low = -Infinity;
  let high = Infinity;
  if (typeof flat['minimum'] === 'number') low = flat['minimum'];
  if (typeof flat['exclusiveMinimum'] === 'number') low = Math.max(low, nextAbove(flat['exclusiveMinimum'], step, integer));
  if (typeof flat['maximum'] === 'number') high = flat['maximum'];
  if (typeof flat['exclusiveMaximum'] === 'number') high = Math.min(high, nextBelow(flat['exclusiveMaximum'], step, integer));
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  return { low, high, step };
}

function nextAbove(bound: number, step: number, integer: boolean): number {
  return integer ? Math.floor(bound) + 1 : bound + step;
}

function nextBelow(bound: number, step: number, integer: boolean): number {
  return integer ? Math.ceil(bound) - 1 : bound - step;
}

function numberIn(flat: SchemaObject, integer: boolean, random: Random): number | undefined {
  const { low, high } = numberBounds(flat, integer);
  const multiple = typeof flat['multipleOf'] === 'number' ? flat['multipleOf'] : undefined;
  let value = Math.min(Math.max(random.int(1, 100), low), high);
  if (multiple !== undefined) {
    value = Math.ceil(value / multiple) * multiple;
    if (value > high) value = Math.floor(high / multiple) * multiple;
  }
  if (integer) value = Math.round(value);
  return value >= low && value <= high ? value : undefined;
}
