/**
 * JSON data as a JavaScript expression: the serializer through which spec values reach generated code.
 * `JSON.stringify` escapes every string (quotes, backslashes, control characters, U+2028/U+2029 are valid in
 * ES2019+ literals); an own key `__proto__` is written computed, since a literal `"__proto__":` would set the
 * prototype instead of defining a property.
 */
export function toLiteral(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'undefined' : text;
  }
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  const entries = Object.keys(value).map((key) => `${propertyKey(key)}: ${toLiteral((value as Record<string, unknown>)[key])}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** A property key for an object literal or an interface. */
export function propertyKey(key: string): string {
  return key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
}
