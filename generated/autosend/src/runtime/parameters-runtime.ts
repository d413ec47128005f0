// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Parameters as they arrive on the wire (strings; repeated query keys as arrays) parsed into values by their
 * OpenAPI style and schema, before validation. Part of every generated package; depends on nothing.
 */

export type WireValue = string | readonly string[] | undefined;
export type WireRecord = { readonly [name: string]: WireValue };

/** The JSON types a schema allows for a value, in the order parsing tries them. */
export type ValueTypes = readonly ('string' | 'integer' | 'number' | 'boolean' | 'null')[];

export type ParameterShape =
  | { readonly kind: 'primitive'; readonly types: ValueTypes }
  | { readonly kind: 'array'; readonly items: ValueTypes }
  | { readonly kind: 'object'; readonly properties: { readonly [name: string]: ValueTypes } }
  | { readonly kind: 'json' };

export interface ParameterPlan {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly style: 'simple' | 'form' | 'matrix' | 'label' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
  readonly shape: ParameterShape;
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A wire string as the first of `types` it reads as; the string itself when none fits (validation then says why). */
export function parsePrimitive(text: string, types: ValueTypes): unknown {
  for (const type of types) {
    if (type === 'integer' && INTEGER.test(text)) return Number(text);
    if (type === 'number' && NUMBER.test(text)) return Number(text);
    if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
    if (type === 'null' && (text === '' || text === 'null')) return null;
    if (type === 'string') return text;
  }
  return text;
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function first(value: WireValue): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}

function list(value: WireValue): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

const DELIMITER: Record<string, string> = { form: ',', simple: ',', spaceDelimited: ' ', pipeDelimited: '|', label: ',', matrix: ',' };

function parseArrayText(text: string, plan: ParameterPlan, items: ValueTypes): unknown[] {
  if (text === '') return [];
  return text.split(DELIMITER[plan.style] ?? ',').map((item) => parsePrimitive(item, items));
}

function parseObjectText(text: string, explode: boolean, properties: { readonly [name: string]: ValueTypes }, separator = ','): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (text === '') return out;
  const parts = text.split(separator);
  const typesOf = (key: string): ValueTypes => (hasOwn(properties, key) ? properties[key]! : ['string']);
  if (explode) {
    for (const part of parts) {
      const at = part.indexOf('=');
      const key = at === -1 ? part : part.slice(0, at);
      define(out, key, parsePrimitive(at === -1 ? '' : part.slice(at + 1), typesOf(key)));
    }
  } else {
    for (let i = 0; i + 1 < parts.length; i += 2) define(out, parts[i]!, parsePrimitive(parts[i + 1]!, typesOf(parts[i]!)));
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Strips a label (`.`) or matrix (`;name=`) prefix from a path value, leaving the style's plain text. */
function unprefix(text: string, plan: ParameterPlan): string {
  if (plan.style === 'label') return text.startsWith('.') ? text.slice(1) : text;
  if (plan.style !== 'matrix') return text;
  const prefix = `;${plan.name}=`;
  if (plan.explode && plan.shape.kind === 'array') return text.split(prefix).filter((part) => part !== '').join(',');
  if (plan.explode && plan.shape.kind === 'object') return text.replace(/^;/, '').split(';').join(',');
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** One path, header or cookie value (a single string) parsed by its plan. */
function parseSingle(text: string, plan: ParameterPlan): unknown {
  const shape = plan.shape;
  const plain = unprefix(text, plan);
  if (shape.kind === 'json') return parseJson(plain);
  if (shape.kind === 'primitive') return parsePrimitive(plain, shape.types);
  if (shape.kind === 'array') return plan.style === 'label' && plan.explode ? plain.split('.').map((i) => parsePrimitive(i, shape.items)) : parseArrayText(plain, plan, shape.items);
  return parseObjectText(plain, plan.explode, shape.properties, plan.style === 'label' && plan.explode ? '.' : ',');
}

/** A query parameter parsed from the whole query, since exploded objects and deepObject span several keys. */
function parseQuery(query: WireRecord, plan: ParameterPlan): unknown {
  const shape = plan.shape;
  if (shape.kind === 'object' && plan.style === 'deepObject') {
    const out: Record<string, unknown> = {};
    const prefix = `${plan.name}[`;
    let found = false;
    for (const key of Object.keys(query)) {
      if (!key.startsWith(prefix) || !key.endsWith(']')) continue;
      const property = key.slice(prefix.length, -1);
      const text = first(query[key]);
      if (text === undefined) continue;
      found = true;
      define(out, property, parsePrimitive(text, hasOwn(shape.properties, property) ? shape.properties[property]! : ['string']));
    }
    return found ? out : undefined;
  }
  if (shape.kind === 'object' && plan.style === 'form' && plan.explode) {
    const out: Record<string, unknown> = {};
    let found = false;
    for (const property of Object.keys(shape.properties)) {
      if (!hasOwn(query, property)) continue;
      const text = first(query[property]);
      if (text === undefined) continue;
      found = true;
      define(out, property, parsePrimitive(text, shape.properties[property]!));
    }
    return found ? out : undefined;
  }
  const raw = hasOwn(query, plan.name) ? query[plan.name] : undefined;
  if (raw === undefined) return undefined;
  if (shape.kind === 'array') {
    if (plan.explode && plan.style === 'form') return list(raw).map((item) => parsePrimitive(item, shape.items));
    return list(raw).flatMap((item) => parseArrayText(item, plan, shape.items));
  }
  // A primitive sent more than once stays a list, so validation reports it rather than one copy winning silently.
  if (typeof raw !== 'string') return raw.length === 1 ? parseSingle(raw[0]!, plan) : raw.map((item) => parseSingle(item, plan));
  return shape.kind === 'object' ? parseObjectText(raw, false, shape.properties) : parseSingle(raw, plan);
}

/** Header names compared case-insensitively; repeated headers joined with `, ` as HTTP allows. */
export function lowerCaseHeaders(headers: WireRecord | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) continue;
    define(out, name.toLowerCase(), typeof value === 'string' ? value : value.join(', '));
  }
  return out;
}

function cookies(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const header = hasOwn(headers, 'cookie') ? headers.cookie : undefined;
  if (!header) return out;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) define(out, pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return out;
}

export interface RawRequestParts {
  readonly path?: WireRecord;
  readonly query?: WireRecord;
  readonly headers?: WireRecord;
}

/** Parses every planned parameter present in the request; absent ones are left out (validation checks `required`). */
export function parseParameters(plans: readonly ParameterPlan[], request: RawRequestParts): Record<ParameterPlan['in'], Record<string, unknown>> {
  const parsed: Record<ParameterPlan['in'], Record<string, unknown>> = { path: {}, query: {}, header: {}, cookie: {} };
  const headers = lowerCaseHeaders(request.headers);
  const cookieValues = cookies(headers);
  const query = request.query ?? {};
  const path = request.path ?? {};
  for (const plan of plans) {
    let value: unknown;
    if (plan.in === 'query') value = parseQuery(query, plan);
    else {
      const text =
        plan.in === 'path'
          ? first(hasOwn(path, plan.name) ? path[plan.name] : undefined)
          : plan.in === 'header'
            ? (hasOwn(headers, plan.name.toLowerCase()) ? headers[plan.name.toLowerCase()] : undefined)
            : (hasOwn(cookieValues, plan.name) ? cookieValues[plan.name] : undefined);
      value = text === undefined ? undefined : parseSingle(text, plan);
    }
    if (value !== undefined) define(parsed[plan.in], plan.name, value);
  }
  return parsed;
}
