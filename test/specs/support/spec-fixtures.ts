import { bundle, createConfig } from '@redocly/openapi-core';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { projectRoot } from '../../support/run-cli.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export const VENDORS = ['autousers', 'autosend', 'agentmessage', 'middesk'] as const;
export type Vendor = (typeof VENDORS)[number];

export const SEED_OF: Record<Vendor, string> = {
  autousers: '000_acdb919f1b3d9a8c.txt',
  autosend: '001_fa6834a34664a89c.txt',
  agentmessage: '002_a4f22d1989cdfe04.txt',
  middesk: '003_0d3a2c2e9d479a0a.txt',
};

type Json = any;

/** A bundled spec with every `$ref` replaced by what it names. */
export async function dereferencedSpec(vendor: Vendor): Promise<Json> {
  const config = await createConfig({});
  const result = await bundle({ ref: `${projectRoot}/specs/${vendor}.yaml`, config, dereference: true });
  return result.bundle.parsed;
}

/** The operation with this operationId, with its path item's parameters merged in. */
export function operation(spec: Json, operationId: string): Json {
  for (const pathItem of Object.values<Json>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']) {
      const op = pathItem[method];
      if (op?.operationId === operationId) {
        return { ...op, parameters: [...(pathItem.parameters ?? []), ...(op.parameters ?? [])] };
      }
    }
  }
  throw new Error(`no operation ${operationId}`);
}

// This is a reference validator for checking the specs' schemas in tests; specforge's own validators are generated.
const bodies = new Ajv2020({ strict: false, allErrors: true });
addFormats(bodies);
const parameters = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
addFormats(parameters);

export interface Outcome {
  ok: boolean;
  /** JSON pointers of the values at fault: the instance path, plus the property name for property-name errors. */
  pointers: string[];
  messages: string[];
}

export function validate(schema: Json, value: unknown, as: 'body' | 'parameter' = 'body'): Outcome {
  return compileValidator(schema, as)(value);
}

/** `validate` for one schema, compiled once: for checking many values against it. */
export function compileValidator(schema: Json, as: 'body' | 'parameter' = 'body'): (value: unknown) => Outcome {
  const ajv = as === 'body' ? bodies : parameters;
  const check = ajv.compile(structuredClone(schema));
  return (value) => {
    const ok = check(structuredClone(value)) as boolean;
    const errors: ErrorObject[] = check.errors ?? [];
    return {
      ok,
      pointers: errors.map((e) =>
        e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath,
      ),
      messages: errors.map((e) => `${e.instancePath || '(body)'} ${e.message}`),
    };
  };
}

/** Every named example in a dereferenced spec, with the schema beside it. */
export function namedExamples(spec: Json): { where: string; example: Json; schema: Json }[] {
  const found: { where: string; example: Json; schema: Json }[] = [];
  const walk = (node: Json, path: string[]) => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, [...path, String(index)]));
    if (node === null || typeof node !== 'object') return;
    if (node.examples && typeof node.examples === 'object' && !Array.isArray(node.examples) && node.schema !== undefined) {
      for (const [name, example] of Object.entries<Json>(node.examples)) {
        if (example && typeof example === 'object' && 'value' in example) {
          found.push({ where: [...path, 'examples', name].join('/'), example, schema: node.schema });
        }
      }
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(spec, []);
  return found;
}
