import type { ParameterIR } from '../../ir/ir.js';
import { schemaNameOf } from '../../ir/schema-ref.js';
import { isObject } from '../../util/is-object.js';
import type { JsonSchema } from '../../schema/json-schema.js';

export type Primitive = 'string' | 'integer' | 'number' | 'boolean' | 'null';
/** Parsing tries the most specific reading first; a string is the fallback. */
const ORDER: Primitive[] = ['integer', 'number', 'boolean', 'null', 'string'];

export type Shape =
  | { kind: 'primitive'; types: Primitive[] }
  | { kind: 'array'; items: Primitive[] }
  | { kind: 'object'; properties: Record<string, Primitive[]> }
  | { kind: 'json' };

export interface ParameterPlanData {
  name: string;
  in: ParameterIR['in'];
  style: ParameterIR['style'];
  explode: boolean;
  shape: Shape;
}

/** How a parameter's wire text is parsed before validation: its style, and the JSON types its schema allows. */
export function parameterPlan(parameter: ParameterIR, schemas: ReadonlyMap<string, JsonSchema>): ParameterPlanData {
  const resolve = (schema: JsonSchema | undefined, depth = 0): Record<string, unknown> => {
    if (!isObject(schema) || depth > 16) return {};
    if (typeof schema.$ref === 'string') {
      const name = schemaNameOf(schema.$ref);
      return resolve(name === undefined ? undefined : schemas.get(name), depth + 1);
    }
    return schema;
  };
  const typesOf = (raw: JsonSchema | undefined, depth = 0): Set<string> => {
    const schema = resolve(raw);
    const found = new Set<string>();
    if (typeof schema.type === 'string') found.add(schema.type);
    else if (Array.isArray(schema.type)) schema.type.forEach((t) => found.add(String(t)));
    else {
      for (const value of [...(Array.isArray(schema.enum) ? schema.enum : []), ...('const' in schema ? [schema.const] : [])]) {
        found.add(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value);
      }
      if (depth < 8) {
        for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
          const branches = schema[keyword];
          if (Array.isArray(branches)) for (const branch of branches) typesOf(branch as JsonSchema, depth + 1).forEach((t) => found.add(t));
        }
      }
    }
    return found;
  };
  const primitives = (raw: JsonSchema | undefined): Primitive[] => {
    const types = typesOf(raw);
    // Text that reads as none of them stays a string, for validation to report.
    const list = ORDER.filter((t) => types.has(t));
    return list.length ? list : ['string'];
  };

  let shape: Shape;
  const types = typesOf(parameter.schema);
  const schema = resolve(parameter.schema);
  if (parameter.contentType) shape = { kind: 'json' };
  else if (types.has('array')) shape = { kind: 'array', items: primitives(schema.items as JsonSchema | undefined) };
  else if (types.has('object')) {
    const properties: Record<string, Primitive[]> = {};
    const declared = isObject(schema.properties) ? schema.properties : {};
    for (const name of Object.keys(declared)) {
      Object.defineProperty(properties, name, { value: primitives(declared[name] as JsonSchema), enumerable: true, writable: true, configurable: true });
    }
    shape = { kind: 'object', properties };
  } else shape = { kind: 'primitive', types: primitives(parameter.schema) };
  return { name: parameter.name, in: parameter.in, style: parameter.style, explode: parameter.explode, shape };
}
