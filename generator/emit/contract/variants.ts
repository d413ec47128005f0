/** Leaves the field out of the request. */
export const REMOVE = Symbol('remove');

/** One change to one field: the rule it exercises (unique per field and kind), in words for a report. */
export interface Variant {
  rule: string;
  words: string;
  value: unknown;
  /** For negatives: the validator keywords that must be among the failures, so the case fails for its stated reason. */
  keywords?: readonly string[];
}

/** Where a field travels: a body's JSON keeps types; a parameter's text is read back by its schema. */
export type Carrier = 'body' | 'parameter';

export function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
