import { commentText } from '../../util/comment-text.js';
import { isObject } from '../../util/is-object.js';

// Every value from a schema reaches generated code through these: a serializer, never by pasting.

/** A JS literal for a string, through JSON.stringify (line separators escaped too, for tools that split on them). */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A JS expression for a JSON value; a `__proto__` key is written computed, so it stays an own property. */
export function jsonLiteral(value: unknown): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return value < 0 ? `(${JSON.stringify(value)})` : JSON.stringify(value);
  if (typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.keys(value).map((key) => {
      const name = key === '__proto__' ? `[${stringLiteral(key)}]` : stringLiteral(key);
      return `${name}: ${jsonLiteral(value[key])}`;
    });
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  throw new Error(`not a JSON value: ${typeof value}`);
}

export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (isObject(value)) return Object.keys(value).every((key) => isJsonValue(value[key]));
  return false;
}

export function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Text for a one-line block comment: line terminators written as escapes, the rest as for every comment. */
export function oneLineComment(text: string): string {
  return commentText(text.replace(/[\r\n\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')));
}

/** `2 items`, `1 item`; `properties` for the plural of `property`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`.replace(/propertys$/, 'properties');
}

/** `a, b or c`. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

/** A number as error messages write it. */
export function numberText(value: number): string {
  return JSON.stringify(value);
}
