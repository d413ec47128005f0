import { MAX_DEPTH, propertyDefault, schemaParts } from '../../ir/schema-defaults.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import { isObject } from '../../util/is-object.js';
import { toLiteral } from '../literal.js';
import { assignOwn, typed, type Lines, type RuntimeImports, type SharedCode } from './code.js';

/**
 * The schemas' `default`s, as a request gets them once it is valid: an absent parameter takes its schema's default,
 * and an absent property of a JSON body its property schema's, through `properties`, `$ref` and `allOf` (not inside
 * `anyOf`/`oneOf` branches, whose choice the value makes, as ajv's `useDefaults`). A read-only property gets none:
 * a request may not send it.
 */

type Schemas = ReadonlyMap<string, JsonSchema>;

/** A declared property of an object schema, with its default for requests (undefined when it has none). */
interface PropertyStep {
  name: string;
  schema: JsonSchema;
  default: { value: unknown } | undefined;
}

function propertySteps(schema: Record<string, unknown>, schemas: Schemas): PropertyStep[] {
  if (!isObject(schema.properties)) return [];
  const properties = schema.properties;
  return Object.keys(properties).map((name) => {
    const property = properties[name] as JsonSchema;
    return { name, schema: property, default: propertyDefault(property, schemas) };
  });
}

/**
 * The body defaults of an API's schemas, each schema with defaults in reach compiled into a function of the shared
 * table that copies the object it is given where it adds a default (copy on write: the caller's object is never
 * changed, and what is not on the way to a default stays shared) and returns it, or the object itself when there
 * was nothing to add.
 */
export class BodyDefaults {
  /** Whether defaults are in reach of a schema, by schema object; settled for every schema reachable from one asked about. */
  private readonly reach = new Map<object, boolean>();

  constructor(
    private readonly schemas: Schemas,
    private readonly shared: SharedCode,
    private readonly runtime: RuntimeImports,
  ) {}

  /** The function applying `schema`'s defaults to a plain object; undefined when it has none in reach. */
  applier(schema: JsonSchema, depth = 0): string | undefined {
    if (!isObject(schema) || !this.inReach(schema)) return undefined;
    // A schema that adds nothing to the one it refers to (a bare `$ref`, say) takes that one's function.
    const only = this.soleSource(schema);
    if (only !== undefined && depth < MAX_DEPTH) return this.applier(only, depth + 1);
    return this.shared.keyed('defaults', schema, () => this.write(schema));
  }

  /** The one part of `schema` its defaults come from, when its own properties bring none. */
  private soleSource(schema: Record<string, unknown>): Record<string, unknown> | undefined {
    const own = propertySteps(schema, this.schemas).some((step) => step.default !== undefined || (isObject(step.schema) && this.inReach(step.schema)));
    if (own) return undefined;
    const sources = schemaParts(schema, this.schemas).filter((part): part is Record<string, unknown> => isObject(part) && this.inReach(part));
    return sources.length === 1 ? sources[0] : undefined;
  }

  private children(schema: Record<string, unknown>): Record<string, unknown>[] {
    return [...propertySteps(schema, this.schemas).map((step) => step.schema), ...schemaParts(schema, this.schemas)].filter(isObject);
  }

  /**
   * Walks the schemas reachable from `root` that are not settled yet (through properties, `$ref` and `allOf`),
   * then marks those with a default of their own and every one that reaches them, as read-write-reach.ts does.
   */
  private inReach(root: Record<string, unknown>): boolean {
    const settled = this.reach.get(root);
    if (settled !== undefined) return settled;
    const referrers = new Map<object, object[]>();
    const walked: Record<string, unknown>[] = [];
    const marked: object[] = [];
    const seen = new Set<object>([root]);
    const pending = [root];
    for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
      walked.push(schema);
      if (propertySteps(schema, this.schemas).some((step) => step.default !== undefined)) marked.push(schema);
      for (const child of this.children(schema)) {
        const known = this.reach.get(child);
        if (known === true) marked.push(schema);
        if (known !== undefined) continue;
        let list = referrers.get(child);
        if (list === undefined) referrers.set(child, (list = []));
        list.push(schema);
        if (!seen.has(child)) {
          seen.add(child);
          pending.push(child);
        }
      }
    }
    const reached = new Set<object>(marked);
    for (let schema = marked.pop(); schema !== undefined; schema = marked.pop()) {
      for (const referrer of referrers.get(schema) ?? []) {
        if (!reached.has(referrer)) {
          reached.add(referrer);
          marked.push(referrer);
        }
      }
    }
    for (const schema of walked) this.reach.set(schema, reached.has(schema));
    return reached.has(root);
  }

  /** The applier of one schema: its own properties' defaults and those below them, then its `$ref`'s and `allOf`'s. */
  private write(schema: Record<string, unknown>): Lines {
    const runtime = this.runtime;
    const copy = 'if (out === value) out = { ...value };';
    const body: string[] = ['let out = value;'];
    let n = 0;
    for (const step of propertySteps(schema, this.schemas)) {
      const nested = this.applier(step.schema);
      if (step.default === undefined && nested === undefined) continue;
      const key = toLiteral(step.name);
      if (nested === undefined) {
        body.push(`if (${runtime.use('own')}(out, ${key}) === undefined) {`, `  ${copy}`, `  ${assignOwn('out', step.name, toLiteral(step.default!.value), runtime)}`, '}');
        continue;
      }
      const local = `v${++n}`;
      body.push(`${step.default === undefined ? 'const' : 'let'} ${local} = ${runtime.use('own')}(out, ${key});`);
      if (step.default !== undefined) {
        body.push(`if (${local} === undefined) {`, `  ${local} = ${toLiteral(step.default.value)};`, `  ${copy}`, `  ${assignOwn('out', step.name, local, runtime)}`, '}');
      }
      const applied = `n${n}`;
      body.push(
        `if (${runtime.use('isPlainObject')}(${local})) {`,
        `  const ${applied} = ${nested}(${local});`,
        `  if (${applied} !== ${local}) {`,
        `    ${copy}`,
        `    ${assignOwn('out', step.name, applied, runtime)}`,
        '  }',
        '}',
      );
    }
    for (const part of schemaParts(schema, this.schemas)) {
      const nested = this.applier(part);
      if (nested !== undefined) body.push(`out = ${nested}(out);`);
    }
    body.push('return out;');
    return [
      typed('(value: Record<string, unknown>): Record<string, unknown> => {', '(value) => {'),
      ...body.map((line) => `  ${line}`),
      '}',
    ];
  }
}
