/**
 * Text from a spec, shown in a message: data, quoted and escaped, so that no value (one with a newline, a quote, a
 * control character) can change a message's shape or start a line of its own.
 */

/** How many allowed values a message lists before saying how many more there are. */
export const VALUES_LISTED = 10;

/** The longest a value is shown; a longer one is cut, ending in `…`. */
const LONGEST_VALUE = 60;

/** `text` in single quotes, escaped as in a JSON string (with `\'` for a single quote): `'a\nb'`. */
export function quoted(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'").replace(/[\u2028\u2029]/g, escapeChar)}'`;
}

/** A JSON value as JSON (`"query"`, `3`, `null`, `{"a":1}`), cut when long. */
export function shownValue(value: unknown): string {
  const json = (JSON.stringify(value) ?? String(value)).replace(/[\u2028\u2029]/g, escapeChar);
  return json.length > LONGEST_VALUE ? `${json.slice(0, LONGEST_VALUE - 1)}…` : json;
}

/** Up to ten values, as `shownValue`s: `"a", "b", "c"`, or `"a", …, "j", and 5 more`. */
export function valueList(values: readonly unknown[]): string {
  const shown = values.slice(0, VALUES_LISTED).map(shownValue).join(', ');
  return values.length > VALUES_LISTED ? `${shown}, and ${values.length - VALUES_LISTED} more` : shown;
}

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
