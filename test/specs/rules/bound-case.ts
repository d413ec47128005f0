/**
 * One documented rule of an operation, tried on both sides of its bound.
 * `valid` and `invalid` are the same request part, differing only where the rule bites.
 */
export interface BoundCase {
  /** The documented rule, in the vendor's words where possible. */
  rule: string;
  /** Which part of the request the rule is about. */
  where: 'body' | 'path' | 'query' | 'header';
  /** For `body`: a whole request body. For the others: an object from parameter name to its value as sent on the wire (a string). */
  valid: unknown;
  invalid: unknown;
  /** JSON pointer of the value at fault in `invalid` (`''` for the body as a whole, `/name` for a parameter). */
  pointer: string;
}
