// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * What generated request parsing calls. Each operation's `validateRequest` is code generated for its own parameters
 * (their names, styles and schemas are settled when the package is made); these are the small readings it shares:
 * values as they arrive on the wire (strings; repeated query keys as arrays) by name, texts split by a style's
 * delimiters, header names in any case. Part of every generated package; depends on nothing.
 */

export type WireValue = string | readonly string[] | undefined;
export type WireRecord = { readonly [name: string]: WireValue };

/** The record of a request part the caller left out. */
export const NO_VALUES: WireRecord = Object.freeze({});

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** The own value of `name` (`__proto__`, `constructor` are names like any other; inherited values are not there). */
export function own<TValue>(record: { readonly [name: string]: TValue }, name: string): TValue | undefined {
  const value = record[name];
  return value !== undefined && hasOwnProperty.call(record, name) ? value : undefined;
}

/** The first text of a wire value: a path or deepObject value sent more than once counts once. */
export function first(value: WireValue): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}

/** Defines an own property, for keys that would otherwise set the prototype (`__proto__`) or are not known in advance. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function isIntegerText(text: string): boolean {
  return INTEGER.test(text);
}

export function isNumberText(text: string): boolean {
  return NUMBER.test(text);
}

// A text read as one JSON type, or itself when it does not read as one (validation then says why).

export function asInteger(text: string): string | number {
  return INTEGER.test(text) ? Number(text) : text;
}

export function asNumber(text: string): string | number {
  return NUMBER.test(text) ? Number(text) : text;
}

export function asBoolean(text: string): string | boolean {
  return text === 'true' ? true : text === 'false' ? false : text;
}

export function asNull(text: string): string | null {
  return text === '' || text === 'null' ? null : text;
}

/** A `content`-encoded (JSON) value; text that is not JSON stays a string, for validation to report. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The items of a delimited array value (`1,2,3`); none in an empty text. */
export function splitItems(text: string, delimiter: string): string[] {
  return text === '' ? [] : text.split(delimiter);
}

/** The items of a query array sent as delimited text, possibly under the key more than once. */
export function splitEach(value: string | readonly string[], delimiter: string): string[] {
  if (typeof value === 'string') return splitItems(value, delimiter);
  const items: string[] = [];
  for (const text of value) items.push(...splitItems(text, delimiter));
  return items;
}

/** An object value as text: `a,1,b,2`, or exploded, `a=1,b=2`; the values stay strings. */
export function pairsOf(text: string, explode: boolean, separator: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (text === '') return out;
  const parts = text.split(separator);
  if (explode) {
    for (const part of parts) {
      const at = part.indexOf('=');
      defineOwn(out, at === -1 ? part : part.slice(0, at), at === -1 ? '' : part.slice(at + 1));
    }
  } else {
    for (let i = 0; i + 1 < parts.length; i += 2) defineOwn(out, parts[i]!, parts[i + 1]!);
  }
  return out;
}

/** A deepObject query parameter (`filter[name]=ada&filter[age]=36`), its values as strings; undefined when none is sent. */
export function deepObjectOf(query: WireRecord, name: string): Record<string, unknown> | undefined {
  const prefix = `${name}[`;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(query)) {
    if (!key.startsWith(prefix) || !key.endsWith(']')) continue;
    const text = first(query[key]);
    if (text === undefined) continue;
    out ??= {};
    defineOwn(out, key.slice(prefix.length, -1), text);
  }
  return out;
}

/** A label-style path value without its leading `.`. */
export function unlabel(text: string): string {
  return text.startsWith('.') ? text.slice(1) : text;
}

/** A matrix-style path value (`;id=5`) without its prefix (`;id=`). */
export function unmatrix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** An exploded matrix array (`;id=3;id=4`) as delimited text (`3,4`). */
export function matrixItems(text: string, prefix: string): string {
  return text.split(prefix).filter((part) => part !== '').join(',');
}

/** An exploded matrix object (`;r=1;g=2`) as exploded pairs (`r=1,g=2`). */
export function matrixPairs(text: string): string {
  return text.replace(/^;/, '').split(';').join(',');
}

/** A value sent under one query key more than once: each copy read, so validation reports a list rather than one copy winning silently. */
export function eachText(texts: readonly string[], read?: (text: string) => unknown): unknown {
  if (read === undefined) return texts.length === 1 ? texts[0] : texts.slice();
  return texts.length === 1 ? read(texts[0]!) : texts.map((text) => read(text));
}

function joined(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : value.join(', ');
}

/**
 * A header by its lower-case name, as Node's `req.headers` has them: looked up directly; only when absent so,
 * in any case among the names given (the last wins). Repeated headers are joined with `, `, as HTTP allows.
 */
export function headerValue(headers: WireRecord, lowerCaseName: string): string | undefined {
  const value = headers[lowerCaseName];
  if (value !== undefined && hasOwnProperty.call(headers, lowerCaseName)) return joined(value);
  let found: string | readonly string[] | undefined;
  for (const name in headers) {
    if (name.length !== lowerCaseName.length) continue;
    const lower = name.toLowerCase();
    // The name in lower case was looked up above.
    if (lower !== lowerCaseName || lower === name || !hasOwnProperty.call(headers, name)) continue;
    const candidate = headers[name];
    if (candidate !== undefined) found = candidate;
  }
  return found === undefined ? undefined : joined(found);
}

/** A cookie's value from the `Cookie` header (`theme=dark; session=abc`); the last of the same name wins. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined || header === '') return undefined;
  let found: string | undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) found = pair.slice(at + 1).trim();
  }
  return found;
}

function decodeQueryPart(text: string): string {
  const plain = text.indexOf('+') === -1 ? text : text.replace(/\+/g, ' ');
  return plain.indexOf('%') === -1 ? plain : decodeURIComponent(plain);
}

/** A request's query when it has none: shared, so frozen. */
const NO_QUERY: Record<string, string | string[]> = Object.freeze(Object.create(null) as Record<string, string | string[]>);

/**
 * A query (or `application/x-www-form-urlencoded` text) as a record with no prototype, repeated keys as lists, `+`
 * as a space; throws URIError on bad percent-encoding.
 */
export function parseQuery(text: string): Record<string, string | string[]> {
  if (text === '') return NO_QUERY;
  const query: Record<string, string | string[]> = Object.create(null);
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decodeQueryPart(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decodeQueryPart(pair.slice(at + 1));
    const existing = query[key];
    query[key] = existing === undefined ? value : typeof existing === 'string' ? [existing, value] : [...existing, value];
  }
  return query;
}
