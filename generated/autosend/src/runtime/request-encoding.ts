// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * What a generated client calls to put a request on the wire: its parameters by their OpenAPI `style` and `explode`
 * (the path percent-encoded segment by segment, the query, headers, one `cookie` header) and its body by media type.
 * It writes exactly what the generated server reads (`parameters-runtime.ts`, `route-table.ts`, `server-runtime.ts`),
 * and gives the request as that server's request check reads it, so a client can validate what it sends. A value a
 * style cannot carry so that it reads back the same (an item holding its style's delimiter, a nested object in a
 * query form, a header with a line break) is refused with a TypeError naming the parameter, never sent altered.
 * Web-standard only; part of every generated package that calls; depends only on its sibling runtime modules.
 */
import { essence, isJsonMediaType } from './media-types.js';
import { parseQuery, type WireRecord, type WireValue } from './parameters-runtime.js';

/** How one operation parameter is sent; the generator emits one per parameter as a literal. */
export interface ParameterEncoding {
  /** The name as the spec writes it. */
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly style: 'simple' | 'form' | 'matrix' | 'label' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
  /** A query value may carry RFC 3986 reserved characters unencoded (those that mean nothing to a query). */
  readonly allowReserved?: true;
  /** A `content`-encoded parameter: its value sent as this media type's text (JSON for JSON types, else as text). */
  readonly contentType?: string;
}

/** A request's parameter values by location, each by the parameter's name as the spec writes it. */
export interface ParameterValues {
  readonly path?: object | undefined;
  readonly query?: object | undefined;
  readonly headers?: object | undefined;
  readonly cookies?: object | undefined;
}

/** The request's parameters as the generated request check (`validateRequest`) takes them: what the server reads. */
export interface WireRequest {
  readonly path: WireRecord;
  readonly query: WireRecord;
  /** By lower-case name, the `cookie` header included. */
  readonly headers: WireRecord;
}

/** One request's parameters on the wire. */
export interface EncodedParameters {
  /** The path and query to append to the base URL: `/webhooks/abc%2F..%2Fadmin?limit=5&tags=a,b`. */
  readonly target: string;
  /** Header parameters by the names the spec writes, and one `cookie` header when cookies are given. */
  readonly headers: [string, string][];
  readonly wire: WireRequest;
}

/** The platform's `BodyInit`, as its `Request` takes it, where the consumer's settings declare one. */
export type RequestBody = typeof globalThis extends { readonly Request: new (input: never, init: { body?: infer B }) => unknown } ? NonNullable<B> : unknown;

/** A request body ready for `fetch`. */
export interface EncodedBody {
  readonly body: RequestBody;
  /** The `content-type` to send; undefined for multipart, whose boundary `fetch` sets. */
  readonly contentType: string | undefined;
  /** The body as the server's request check reads it; undefined when it is not read before sending (multipart, binary). */
  readonly wire: unknown;
}

interface BlobLike {
  readonly size: number;
  readonly type: string;
}
interface FormDataLike {
  append(name: string, value: unknown, filename?: string): void;
}
interface WebGlobals {
  readonly Blob?: { new (parts: readonly unknown[], options?: { type?: string }): BlobLike; readonly prototype: BlobLike };
  readonly FormData?: { new (): FormDataLike; readonly prototype: FormDataLike };
  readonly URLSearchParams?: { readonly prototype: object };
  readonly ReadableStream?: { readonly prototype: object };
}

const web = globalThis as unknown as WebGlobals;
const hasOwnProperty = Object.prototype.hasOwnProperty;

function isBlob(value: unknown): value is BlobLike {
  return isInstance(value, web.Blob);
}

function isInstance(value: unknown, type: { readonly prototype: object } | undefined): boolean {
  return type !== undefined && value instanceof (type as unknown as new () => object);
}

// ---------------------------------------------------------------------------------------------------------------
// Values as text

type Located = 'path parameter' | 'query parameter' | 'header' | 'cookie';

function refuse(where: Located, name: string, why: string): never {
  throw new TypeError(`${where} ${JSON.stringify(name)}: ${why}`);
}

/**
 * A primitive as the server reads it: strings as themselves, numbers and booleans as their JSON text, null as
 * empty text (which the server reads as null), a Date as its ISO 8601 text, a bigint by its digits.
 */
function textOf(value: unknown, where: Located, name: string): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return String(value);
    case 'number':
      if (!Number.isFinite(value)) refuse(where, name, `${value} is not a number JSON can write`);
      return String(value);
    case 'object':
      if (value === null) return '';
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) refuse(where, name, 'the date is invalid');
        return value.toISOString();
      }
      return refuse(where, name, 'an object cannot be sent as one item of this style');
    default:
      return refuse(where, name, `a ${typeof value} cannot be sent`);
  }
}

type Shape = { kind: 'primitive'; text: string } | { kind: 'array'; items: string[] } | { kind: 'object'; entries: [string, string][] };

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object' || value instanceof Date;
}

/** A value as a style sees it: one text, a list of texts, or an object's own entries as texts. */
function shapeOf(value: unknown, where: Located, name: string): Shape {
  if (isPrimitive(value)) return { kind: 'primitive', text: textOf(value, where, name) };
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value as unknown[]) {
      if (item === undefined) continue;
      if (!isPrimitive(item)) refuse(where, name, 'an array of arrays or objects cannot be sent by this style; send it as JSON (content)');
      items.push(textOf(item, where, name));
    }
    return { kind: 'array', items };
  }
  const entries: [string, string][] = [];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item === undefined) continue;
    if (!isPrimitive(item)) refuse(where, name, `its property ${JSON.stringify(key)} is an object or array, which this style cannot carry; send it as JSON (content)`);
    entries.push([key, textOf(item, where, name)]);
  }
  return { kind: 'object', entries };
}

/** Refuses a text that holds one of `delimiters`: the server would read it as more than one item. */
function plain(text: string, delimiters: readonly string[], where: Located, name: string, role = 'a value'): string {
  for (const delimiter of delimiters) {
    if (text.includes(delimiter)) refuse(where, name, `${role} ${JSON.stringify(text)} holds ${JSON.stringify(delimiter)}, which this style uses as a delimiter, so it would not read back as sent`);
  }
  return text;
}

/** Items joined by `delimiter`; a single empty item would read back as no items, so it is refused. */
function joinItems(items: readonly string[], delimiter: string, where: Located, name: string): string {
  if (items.length === 1 && items[0] === '') refuse(where, name, 'an array of one empty text reads back as an empty array');
  return items.map((item) => plain(item, [delimiter], where, name, 'the item')).join(delimiter);
}

/** An object as `k,v,k2,v2` (explode false) or `k=v,k2=v2` (explode true), by `separator`. */
function joinPairs(entries: readonly [string, string][], explode: boolean, separator: string, where: Located, name: string): string {
  const parts: string[] = [];
  for (const [key, text] of entries) {
    const checkedKey = plain(key, explode ? [separator, '='] : [separator], where, name, 'the property name');
    const checkedText = plain(text, [separator], where, name);
    parts.push(explode ? `${checkedKey}=${checkedText}` : `${checkedKey}${separator}${checkedText}`);
  }
  return parts.join(separator);
}

/** `encodeURIComponent`, refusing a text it cannot encode (a lone surrogate) by the parameter's name. */
function encode(text: string, where: Located, name: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return refuse(where, name, 'the text is not well-formed Unicode (a lone surrogate)');
  }
}

// Reserved characters a query value may carry unencoded with `allowReserved`. `&`, `=` in a key, `+`, `#`, `[`, `]`
// keep their encoding (OpenAPI 3.1.1 §4.8.12.3), and so does `%`: a value is data, never taken as encoded already.
const RESERVED_KEPT = /%(?:3A|2F|3F|40|21|24|27|28|29|2A|2C|3B|3D)/g;

function encodeReserved(text: string, where: Located, name: string): string {
  return encode(text, where, name).replace(RESERVED_KEPT, (escape) => decodeURIComponent(escape));
}

/** A `content`-encoded value's text: JSON for JSON media types (escaped to ASCII where it goes in a header), else text. */
function contentText(value: unknown, contentType: string, where: Located, name: string): string | undefined {
  if (!isJsonMediaType(essence(contentType))) return textOf(value, where, name);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    return refuse(where, name, `the value cannot be written as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text === undefined) return undefined;
  // In a header or cookie: every character outside printable ASCII, and `;`, as a JSON escape, which reads the same.
  if (where === 'header' || where === 'cookie') text = text.replace(/[^\x20-\x3a\x3c-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// Path

const PATH_PARAMETER = /\{([^{}]+)\}/g;

function mapShape(shape: Shape, enc: (text: string) => string): Shape {
  if (shape.kind === 'primitive') return { kind: 'primitive', text: enc(shape.text) };
  if (shape.kind === 'array') return { kind: 'array', items: shape.items.map(enc) };
  return { kind: 'object', entries: shape.entries.map(([key, text]) => [enc(key), enc(text)]) };
}

/** A path parameter's text within its segment, given its value read by `pathShape`. */
type PathText = (parameter: ParameterEncoding, value: unknown, enc: (text: string) => string) => string;

/** A path value as a shape of texts, each through `enc`; a `content`-encoded value as its text. */
function pathShape(parameter: ParameterEncoding, value: unknown, enc: (text: string) => string): Shape | string {
  const name = parameter.name;
  const where = 'path parameter';
  if (value === undefined) refuse(where, name, 'a path parameter is required, and no value was given');
  if (parameter.contentType !== undefined) {
    const text = contentText(value, parameter.contentType, where, name);
    return text === undefined ? refuse(where, name, 'the value has no JSON text') : enc(text);
  }
  return mapShape(shapeOf(value, where, name), enc);
}

/**
 * A simple-style path parameter's text within its segment: with `enc` the identity, as the router captures it
 * (decoded); with `encodeURIComponent`, as sent, each item, name and value encoded and the style's delimiters literal.
 */
const simplePathText: PathText = (parameter, value, enc) => {
  const shape = pathShape(parameter, value, enc);
  if (typeof shape === 'string') return shape;
  const name = parameter.name;
  const where = 'path parameter';
  if (shape.kind === 'primitive') return shape.text;
  if (shape.kind === 'array') {
    if (shape.items.length === 0) refuse(where, name, 'an empty array cannot be sent in a simple-style path (its segment would be empty)');
    return joinItems(shape.items, ',', where, name);
  }
  if (shape.entries.length === 0) refuse(where, name, 'an empty object cannot be sent in a simple-style path (its segment would be empty)');
  return joinPairs(shape.entries, parameter.explode, ',', where, name);
};

/** A path parameter's text within its segment by any style (see simplePathText). */
const styledPathText: PathText = (parameter, value, enc) => {
  if (parameter.style !== 'label' && parameter.style !== 'matrix') return simplePathText(parameter, value, enc);
  const shape = pathShape(parameter, value, enc);
  if (typeof shape === 'string') return shape;
  const name = parameter.name;
  const where = 'path parameter';
  const explode = parameter.explode;
  if (parameter.style === 'label') {
    if (shape.kind === 'primitive') return `.${shape.text}`;
    if (shape.kind === 'array') {
      if (!explode) return `.${joinItems(shape.items, ',', where, name)}`;
      // Read back by splitting on `.`, with no empty-text special case: an empty array cannot be told from [''].
      if (shape.items.length === 0) refuse(where, name, 'an empty array cannot be sent in an exploded label-style path');
      return `.${shape.items.map((item) => plain(item, ['.'], where, name, 'the item')).join('.')}`;
    }
    return `.${joinPairs(shape.entries, explode, explode ? '.' : ',', where, name)}`;
  }
  const prefix = `;${enc(name)}=`;
  if (shape.kind === 'primitive') return `${prefix}${shape.text}`;
  if (shape.kind === 'array') {
    if (!explode) return `${prefix}${joinItems(shape.items, ',', where, name)}`;
    if (shape.items.length === 0) return prefix;
    for (const item of shape.items) {
      if (item === '') refuse(where, name, 'an exploded matrix-style array cannot carry an empty item');
      plain(item, [',', prefix], where, name, 'the item');
    }
    return shape.items.map((item) => `${prefix}${item}`).join('');
  }
  if (!explode) return `${prefix}${joinPairs(shape.entries, false, ',', where, name)}`;
  if (shape.entries.length === 0) return ';';
  return shape.entries.map(([key, text]) => `;${plain(key, [';', ',', '='], where, name, 'the property name')}=${plain(text, [';', ','], where, name)}`).join('');
};

interface TemplateSegment {
  readonly segment: string;
  /** The literal texts around the segment's parameters (one more than `names`). */
  readonly literals: readonly string[];
  readonly names: readonly string[];
}

const parsedTemplates = new Map<string, readonly TemplateSegment[]>();

/** A path template's segments, each with its parameters' names and the literals around them; parsed once per template. */
function parsedTemplate(template: string): readonly TemplateSegment[] {
  let parsed = parsedTemplates.get(template);
  if (parsed !== undefined) return parsed;
  parsed = template.split('/').map((segment, s) => {
    const literals: string[] = [];
    const names: string[] = [];
    if (s === 0 || segment.indexOf('{') === -1) return { segment, literals, names };
    let at = 0;
    for (const match of segment.matchAll(PATH_PARAMETER)) {
      literals.push(segment.slice(at, match.index));
      names.push(match[1]!);
      at = match.index! + match[0].length;
    }
    literals.push(segment.slice(at));
    return { segment, literals, names };
  });
  parsedTemplates.set(template, parsed);
  return parsed;
}

/**
 * The path with its parameters filled in, each value percent-encoded so that it stays within its segment. A
 * segment the router could not read back (empty, or a dot segment `.`/`..`, which a URL resolves away even
 * percent-encoded) is refused, as is a value holding the literal that follows it in a segment like `{a}-{b}`.
 */
function fillPath(template: string, byName: Map<string, ParameterEncoding>, values: Record<string, unknown>, wire: Record<string, WireValue>, pathText: PathText): string {
  const out: string[] = [];
  for (const { segment, literals, names } of parsedTemplate(template)) {
    if (names.length === 0) {
      out.push(segment);
      continue;
    }
    let decoded = literals[0]!;
    let encoded = literals[0]!;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const parameter = byName.get(name) ?? { name, in: 'path', style: 'simple', explode: false };
      const value = own(values, name);
      // Read as the router captures it first, which is where a value the style cannot carry is refused.
      const text = pathText(parameter, value, (t) => t);
      const sent = pathText(parameter, value, (t) => encode(t, 'path parameter', name));
      if (names.length > 1 || literals[0] !== '' || literals[1] !== '') {
        if (text === '') refuse('path parameter', name, 'an empty value cannot be told apart from the text around it in its segment');
        if (i < names.length - 1) plain(text, [literals[i + 1]!], 'path parameter', name);
      }
      defineOwn(wire, name, text);
      decoded += text + literals[i + 1]!;
      encoded += sent + literals[i + 1]!;
    }
    const last = names[names.length - 1]!;
    if (decoded === '') refuse('path parameter', last, 'an empty value leaves an empty path segment, which no route matches');
    if (decoded === '.' || decoded === '..') refuse('path parameter', last, `the value makes the segment ${JSON.stringify(decoded)}, a dot segment, which a URL resolves away even when percent-encoded`);
    out.push(encoded);
  }
  return out.join('/');
}

// ---------------------------------------------------------------------------------------------------------------
// Query

const QUERY_DELIMITER: { readonly [style: string]: string } = { spaceDelimited: ' ', pipeDelimited: '|' };

function queryPairs(parameter: ParameterEncoding, value: unknown, into: string[], wire: Record<string, WireValue>): void {
  const name = parameter.name;
  const where = 'query parameter';
  const valueOf = parameter.allowReserved ? (text: string) => encodeReserved(text, where, name) : (text: string) => encode(text, where, name);
  const add = (key: string, text: string, encodedValue = valueOf(text), encodedKey = encode(key, where, name)) => {
    into.push(`${encodedKey}=${encodedValue}`);
    const existing = wire[key];
    defineOwn(wire, key, existing === undefined ? text : typeof existing === 'string' ? [existing, text] : [...existing, text]);
  };
  if (parameter.contentType !== undefined) {
    const text = contentText(value, parameter.contentType, where, name);
    if (text !== undefined) add(name, text);
    return;
  }
  const shape = shapeOf(value, where, name);
  const style = parameter.style;
  if (style === 'deepObject') {
    if (shape.kind !== 'object') refuse(where, name, 'a deepObject-style parameter must be an object');
    for (const [key, text] of shape.entries) add(`${name}[${key}]`, text, undefined, `${encode(name, where, name)}[${encode(key, where, name)}]`);
    return;
  }
  if (shape.kind === 'primitive') return add(name, shape.text);
  const delimiter = QUERY_DELIMITER[style] ?? ',';
  // The delimiter goes on the wire as itself (`a,b`, `a|b`; a space as `%20`); the server decodes, then splits.
  const delimited = (texts: string) => add(name, texts, texts.split(delimiter).map(valueOf).join(delimiter === ' ' ? '%20' : delimiter));
  if (shape.kind === 'array') {
    if (parameter.explode && style === 'form') {
      for (const item of shape.items) add(name, item);
      return;
    }
    return delimited(joinItems(shape.items, delimiter, where, name));
  }
  if (parameter.explode && style === 'form') {
    for (const [key, text] of shape.entries) add(key, text);
    return;
  }
  delimited(joinPairs(shape.entries, false, delimiter, where, name));
}

// ---------------------------------------------------------------------------------------------------------------
// Headers and cookies

/** Refuses a header value `fetch` would refuse or change: a line break or NUL, a character beyond one byte, blanks at either end. */
function headerSafe(text: string, where: Located, name: string): string {
  if (/[\0-\x08\x0a-\x1f\x7f]/.test(text)) refuse(where, name, 'the value holds a line break (CR or LF) or another control character, which a header cannot carry');
  if (/[^\0-\xff]/.test(text)) refuse(where, name, 'the value holds a character beyond Latin-1, which a header cannot carry; send it as JSON (content), which escapes it');
  if (/^[ \t]|[ \t]$/.test(text)) refuse(where, name, 'the value starts or ends with a blank, which HTTP strips from a header');
  return text;
}

function simpleText(parameter: ParameterEncoding, value: unknown, where: Located): string | undefined {
  const name = parameter.name;
  if (parameter.contentType !== undefined) return contentText(value, parameter.contentType, where, name);
  const shape = shapeOf(value, where, name);
  if (shape.kind === 'primitive') return shape.text;
  if (shape.kind === 'array') return joinItems(shape.items, ',', where, name);
  return joinPairs(shape.entries, parameter.explode, ',', where, name);
}

// ---------------------------------------------------------------------------------------------------------------

/** The own value of `name` in a record of values (inherited properties are not values). */
function own(record: object | undefined, name: string): unknown {
  if (record === undefined || record === null || !hasOwnProperty.call(record, name)) return undefined;
  return (record as Record<string, unknown>)[name];
}

/** Sets a key of a wire record; every one is made by `record()`, without a prototype, so `__proto__` is a key like any other. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  target[key] = value;
}

function record(): Record<string, WireValue> {
  return Object.create(null) as Record<string, WireValue>;
}

/** Where the encoders of the locations other than the path put what they make. */
export interface EncodedParts {
  readonly query: string[];
  readonly headers: [string, string][];
  readonly cookies: string[];
  readonly wire: WireRequest;
}

/** Puts one parameter's value on the wire. */
export type LocationEncoder = (parameter: ParameterEncoding, value: unknown, parts: EncodedParts) => void;

/** Fills a path template's parameters in. */
export type PathEncoder = (template: string, byName: Map<string, ParameterEncoding>, values: Record<string, unknown>, wire: Record<string, WireValue>) => string;

/**
 * The encoders of the locations an operation has parameters in. Each generated operation names only its own, so that
 * a bundle that calls a few operations carries only the encoding they need.
 */
export interface ParameterEncoders {
  readonly path?: PathEncoder;
  readonly query?: LocationEncoder;
  readonly header?: LocationEncoder;
  readonly cookie?: LocationEncoder;
}

/** Fills in path parameters of any style. */
export const encodePath: PathEncoder = (template, byName, values, wire) => fillPath(template, byName, values, wire, styledPathText);

/** Fills in simple-style path parameters only: most operations', without the other styles' code. */
export const encodeSimplePath: PathEncoder = (template, byName, values, wire) => fillPath(template, byName, values, wire, simplePathText);

export const encodeQuery: LocationEncoder = (parameter, value, parts) => queryPairs(parameter, value, parts.query, parts.wire.query as Record<string, WireValue>);

export const encodeHeader: LocationEncoder = (parameter, value, parts) => {
  const name = parameter.name;
  const text = simpleText(parameter, value, 'header');
  if (text === undefined) return;
  parts.headers.push([name, headerSafe(text, 'header', name)]);
  defineOwn(parts.wire.headers as Record<string, WireValue>, name.toLowerCase(), text);
};

export const encodeCookie: LocationEncoder = (parameter, value, parts) => {
  const name = parameter.name;
  const text = simpleText(parameter, value, 'cookie');
  if (text === undefined) return;
  if (name === '' || /[=;,\s]/.test(name)) refuse('cookie', name, 'the name cannot be written in a cookie header');
  headerSafe(text, 'cookie', name);
  // The server reads a cookie's value trimmed, up to the next `;`.
  if (text.trim() !== text) refuse('cookie', name, 'the value starts or ends with a blank, which is trimmed from a cookie');
  parts.cookies.push(`${name}=${plain(text, [';'], 'cookie', name)}`);
};

const ALL_ENCODERS: ParameterEncoders = { path: encodePath, query: encodeQuery, header: encodeHeader, cookie: encodeCookie };

const VALUES_OF: { readonly [location: string]: keyof ParameterValues } = { query: 'query', header: 'headers', cookie: 'cookies' };

/**
 * One request's parameters on the wire, by their encodings: the path (`pathTemplate` as the spec writes it, such as
 * `/webhooks/{id}`) filled in and the query appended, the headers, and the request as the server reads it. Values
 * that are undefined or absent are left out (a path parameter must have one). Throws a TypeError naming the
 * parameter when a value cannot be sent by its style so that it reads back as given.
 */
export function encodeParameters(pathTemplate: string, parameters: readonly ParameterEncoding[], values: ParameterValues): EncodedParameters {
  return encodeParametersWith(ALL_ENCODERS, pathTemplate, parameters, values);
}

/** `encodeParameters` with only the given locations' encoders: a parameter elsewhere is an error of the generator's. */
export function encodeParametersWith(encoders: ParameterEncoders, pathTemplate: string, parameters: readonly ParameterEncoding[], values: ParameterValues): EncodedParameters {
  const wire: WireRequest = { path: record(), query: record(), headers: record() };
  const parts: EncodedParts = { query: [], headers: [], cookies: [], wire };
  let path = pathTemplate;
  if (encoders.path !== undefined) {
    const pathParameters = new Map<string, ParameterEncoding>();
    for (const parameter of parameters) if (parameter.in === 'path') pathParameters.set(parameter.name, parameter);
    path = encoders.path(pathTemplate, pathParameters, (values.path ?? {}) as Record<string, unknown>, wire.path as Record<string, WireValue>);
  }
  for (const parameter of parameters) {
    if (parameter.in === 'path') continue;
    const value = own(values[VALUES_OF[parameter.in]!], parameter.name);
    if (value === undefined) continue;
    const encoder = encoders[parameter.in];
    if (encoder === undefined) throw new TypeError(`no encoder for ${parameter.in} parameters is given`);
    encoder(parameter, value, parts);
  }
  const headers = parts.headers;
  if (parts.cookies.length > 0) {
    const cookie = parts.cookies.join('; ');
    headers.push(['cookie', cookie]);
    const existing = wire.headers['cookie'];
    defineOwn(wire.headers as Record<string, WireValue>, 'cookie', existing === undefined ? cookie : `${String(existing)}; ${cookie}`);
  }
  const search = parts.query.join('&');
  return { target: search === '' ? path : `${path}?${search}`, headers, wire };
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies

function bodyError(why: string): never {
  throw new TypeError(`request body: ${why}`);
}

/** A primitive of a body as text; `what` names it in the error (`the field "a"`, `the body`). */
function bodyText(value: unknown, what: string): string {
  if (!isPrimitive(value)) return bodyError(`${what} is an object, which application/x-www-form-urlencoded cannot carry`);
  try {
    return textOf(value, 'query parameter', what);
  } catch {
    return bodyError(`${what} cannot be written as text`);
  }
}

function encodeForm(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isInstance(value, web.URLSearchParams)) return String(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bodyError('an application/x-www-form-urlencoded body must be an object of fields');
  const pairs: string[] = [];
  const fields = value as Record<string, unknown>;
  const enc = (text: string) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return bodyError('a field is not well-formed Unicode (a lone surrogate)');
    }
  };
  for (const key of Object.keys(fields)) {
    const field = fields[key];
    if (field === undefined) continue;
    const items = Array.isArray(field) ? (field as unknown[]) : [field];
    for (const item of items) if (item !== undefined) pairs.push(`${enc(key)}=${enc(bodyText(item, `the field ${JSON.stringify(key)}`))}`);
  }
  return pairs.join('&');
}

function isBinary(value: unknown): boolean {
  return isBlob(value) || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function formPart(form: FormDataLike, key: string, value: unknown): void {
  if (value === undefined) return;
  if (isBlob(value)) form.append(key, value);
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    if (!web.Blob) bodyError('binary parts need the platform’s Blob');
    form.append(key, new web.Blob([value]), key);
  } else if (isPrimitive(value)) form.append(key, bodyText(value, `the part ${JSON.stringify(key)}`));
  else form.append(key, JSON.stringify(value));
}

function encodeMultipart(value: unknown): FormDataLike {
  if (isInstance(value, web.FormData)) return value as FormDataLike;
  if (!web.FormData) return bodyError('multipart/form-data needs the platform’s FormData');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bodyError('a multipart/form-data body must be an object of parts');
  const form = new web.FormData();
  const parts = value as Record<string, unknown>;
  for (const key of Object.keys(parts)) {
    const part = parts[key];
    // An array of primitives or files is the same part repeated; an array holding objects is one JSON part.
    if (Array.isArray(part) && (part as unknown[]).every((item) => isPrimitive(item) || isBinary(item))) {
      for (const item of part as unknown[]) formPart(form, key, item);
    } else formPart(form, key, part);
  }
  return form;
}

/**
 * A request body as `fetch` sends it, by its media type: JSON (`application/json`, `+json`) as its text;
 * `application/x-www-form-urlencoded` from an object of fields (an array repeats its key; a string or
 * URLSearchParams is sent as it is); `multipart/form-data` as a FormData (Blobs and bytes as files, primitives as
 * text, objects as JSON text, an array as the part repeated; no content type, so that `fetch` sets the boundary);
 * `text/*` as text; anything else as binary (Blob, ArrayBuffer, typed arrays, ReadableStream, or a string).
 */
export function encodeBody(mediaType: string, value: unknown): EncodedBody {
  const type = essence(mediaType);
  const encoder = isJsonMediaType(type)
    ? jsonBody
    : type === 'application/x-www-form-urlencoded'
      ? formBody
      : type === 'multipart/form-data'
        ? multipartBody
        : type.startsWith('text/')
          ? textBody
          : binaryBody;
  return encoder(mediaType, value);
}

/** Encodes a body of one kind of media type; each generated operation names the ones its media types need. */
export type BodyEncoder = (mediaType: string, value: unknown) => EncodedBody;

export const jsonBody: BodyEncoder = (mediaType, value) => {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    return bodyError(`the value cannot be written as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text === undefined) return bodyError(`a ${typeof value} cannot be written as JSON`);
  return { body: text as RequestBody, contentType: mediaType, wire: JSON.parse(text) as unknown };
};

export const formBody: BodyEncoder = (mediaType, value) => {
  const text = encodeForm(value);
  let wire: Record<string, WireValue>;
  try {
    wire = parseQuery(text);
  } catch {
    return bodyError('the form text is not valid percent-encoding');
  }
  return { body: text as RequestBody, contentType: mediaType, wire };
};

export const multipartBody: BodyEncoder = (_mediaType, value) => ({ body: encodeMultipart(value) as RequestBody, contentType: undefined, wire: undefined });

export const textBody: BodyEncoder = (mediaType, value) => {
  if (!isPrimitive(value) || value === null) return bodyError(`a ${mediaType} body must be text`);
  const text = bodyText(value, 'the body');
  return { body: text as RequestBody, contentType: mediaType, wire: text };
};

export const binaryBody: BodyEncoder = (mediaType, value) => {
  if (typeof value === 'string' || isBinary(value) || isInstance(value, web.ReadableStream)) {
    return { body: value as RequestBody, contentType: mediaType, wire: undefined };
  }
  return bodyError(`a ${mediaType} body must be a Blob, an ArrayBuffer, a typed array, a ReadableStream or a string`);
};
