import { someObject } from '../util/some-object.js';

/**
 * Whether a `$ref` anywhere points outside the document (another file or a URL). In a file parsed as JSON (its
 * `jsonText` given), every such `$ref` is the text `"$ref"`, a colon and a string that does not start with `#`,
 * unless escapes spell the key: when the text has neither, no walk of the parsed tree is needed (GitHub's 13 MB: a
 * few ms against 60).
 */
export function hasExternalRef(parsed: unknown, jsonText: string | undefined): boolean {
  if (jsonText !== undefined && !/"\$ref"\s*:\s*"(?!#)/.test(jsonText) && !/\\u00(?:24|72|65|66)/i.test(jsonText)) return false;
  return someObject(parsed, (node) => typeof node.$ref === 'string' && !node.$ref.startsWith('#'));
}
