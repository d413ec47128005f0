import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../support/run-cli.js';
import { VALID_IDS } from '../../server/support/serve.js';
import type { Vendor } from '../../specs/support/spec-fixtures.js';

type Json = any;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

/** A spec read from its YAML, with every local `$ref` replaced by what it names (a cycle stops at its second visit). */
export function readSpec(file: string): Json {
  const document = parse(readFileSync(join(projectRoot, file), 'utf8'));
  const resolve = (node: Json, seen: readonly string[]): Json => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, seen));
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      if (seen.includes(node.$ref)) return {};
      const target = node.$ref.slice(2).split('/').reduce((at: Json, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
      if (target === undefined) throw new Error(`${file}: unresolved ${node.$ref}`);
      return resolve(target, [...seen, node.$ref]);
    }
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) out[key] = resolve(value, seen);
    return out;
  };
  return resolve(document, []);
}

export interface OperationCase {
  name: string;
  method: string;
  path: string;
  parameters: Json[];
  requestBody: Json | undefined;
  responses: Record<string, Json>;
}

/** Every operation of a spec read by `readSpec`, its path item's parameters merged in. */
export function operationsOf(spec: Json): OperationCase[] {
  const found: OperationCase[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      found.push({
        name: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])],
        requestBody: op.requestBody,
        responses: op.responses,
      });
    }
  }
  return found;
}

/** The documented value of a media type or parameter: its first named example, its example, its schema's. */
export function exampleOf(holder: Json): { found: boolean; value?: unknown } {
  if (holder?.examples && typeof holder.examples === 'object' && !Array.isArray(holder.examples)) {
    const first = Object.values<Json>(holder.examples)[0];
    if (first && 'value' in first) return { found: true, value: first.value };
  }
  if (holder && 'example' in holder) return { found: true, value: holder.example };
  const schema = holder?.schema;
  if (schema && 'example' in schema) return { found: true, value: schema.example };
  if (Array.isArray(schema?.examples) && schema.examples.length > 0) return { found: true, value: schema.examples[0] };
  return { found: false };
}

/** Every named example of a media type, or its one example. */
export function examplesOf(media: Json): unknown[] {
  if (media?.examples && typeof media.examples === 'object') return Object.values<Json>(media.examples).map((example) => example.value);
  const one = exampleOf(media);
  return one.found ? [one.value] : [];
}

// Values that match the patterns the bundled specs give their strings, tried in order.
const PATTERN_CANDIDATES = ['c0123456789abcdefghijklmn', 'whsec_0123456789abcdef', 'whsec_abcdef', 'evaluation.completed', 'abc', 'a', '60d5ec49f1b2c72d9c8b1234'];

const FORMAT_SAMPLES: Record<string, string> = {
  uuid: '497f6eca-6276-4993-bfeb-53cbbbba6f08',
  'date-time': '2024-01-02T03:04:05Z',
  date: '2024-01-02',
  uri: 'https://example.com/hooks',
  url: 'https://example.com/hooks',
  email: 'ops@example.com',
  ipv4: '192.0.2.1',
  hostname: 'example.com',
};

/**
 * A minimal value valid for `schema` (required properties only, arrays at their least length), for statuses the spec
 * gives no example; `direction` leaves out write-only properties of responses and read-only ones of requests.
 */
export function sampleOf(schema: Json, direction: 'request' | 'response' = 'response'): unknown {
  if (schema === undefined || schema === true || schema === null) return {};
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((value: unknown) => value !== null) ?? schema.enum[0];
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part: Json) => sampleOf(part, direction));
    const own = { ...schema };
    delete own.allOf;
    if (Object.keys(own).some((key) => key === 'type' || key === 'properties' || key === 'required')) parts.push(sampleOf(own, direction));
    return parts.every((part: unknown) => typeof part === 'object' && part !== null && !Array.isArray(part)) ? Object.assign({}, ...parts) : parts[0];
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) {
      const branch = schema[key].find((b: Json) => b.type !== 'null') ?? schema[key][0];
      return sampleOf(branch, direction);
    }
  }
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((t) => t !== 'null') ?? (schema.properties ? 'object' : schema.items ? 'array' : types[0]);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        const property = schema.properties?.[name] ?? schema.additionalProperties ?? {};
        if (direction === 'response' && property.writeOnly) continue;
        if (direction === 'request' && property.readOnly) continue;
        out[name] = sampleOf(property, direction);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items, direction));
    case 'string': {
      if (schema.format && FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format];
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern, 'u');
        const match = PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate));
        if (match === undefined) throw new Error(`no sample matches the pattern ${schema.pattern}`);
        return match;
      }
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    }
    case 'integer':
    case 'number': {
      if (typeof schema.minimum === 'number') return schema.minimum;
      if (typeof schema.exclusiveMinimum === 'number') return Math.floor(schema.exclusiveMinimum) + 1;
      return 1;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** A status the key stands for: itself, or for `4XX` / `default` one that no other key of the operation documents. */
export function concreteStatus(key: string, keys: readonly string[]): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  const taken = new Set(keys.filter((k) => /^\d{3}$/.test(k)).map(Number));
  const ranges = new Set(keys.filter((k) => /^\dXX$/i.test(k)).map((k) => k.charAt(0)));
  const candidates = /^\dXX$/i.test(key)
    ? [4, 0, 1, 2, 3, 6, 8, 9].map((last) => Number(key.charAt(0)) * 100 + last)
    : [503, 502, 500, 418, 451];
  const status = candidates.find((s) => !taken.has(s) && (key.toUpperCase() !== 'DEFAULT' || !ranges.has(String(s).charAt(0))));
  if (status === undefined) throw new Error(`no status left for ${key}`);
  return status;
}

const PLACE: Record<string, string> = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' };

/** A request valid per the spec: path ids valid for their schema, other parameters by example or sample, the body by its `nth` example. */
export function requestFor(vendor: Vendor, op: OperationCase, nth = 0): Json {
  const input: Json = {};
  for (const parameter of op.parameters) {
    const example = exampleOf(parameter);
    const value = parameter.in === 'path' ? VALID_IDS[vendor] : example.found ? example.value : sampleOf(parameter.schema, 'request');
    (input[PLACE[parameter.in]!] ??= {})[parameter.name] = value;
  }
  if (op.requestBody) {
    const media = Object.values<Json>(op.requestBody.content)[0];
    const examples = examplesOf(media);
    input.body = examples.length > 0 ? examples[nth % examples.length] : sampleOf(media.schema, 'request');
  }
  return input;
}

/** What a handler answers for a status key: the concrete status, the documented media type, and a body valid for it. */
export function answerFor(op: OperationCase, key: string): { status: number; type: string | undefined; body: unknown } {
  const status = concreteStatus(key, Object.keys(op.responses));
  const [type, media] = Object.entries<Json>(op.responses[key].content ?? {})[0] ?? [];
  if (media === undefined) return { status, type: undefined, body: undefined };
  const example = exampleOf(media);
  return { status, type, body: example.found ? example.value : sampleOf(media.schema) };
}

/** A bundled spec's operations by name. */
export function operationsByName(file: string): Record<string, OperationCase> {
  return Object.fromEntries(operationsOf(readSpec(file)).map((op) => [op.name, op]));
}
