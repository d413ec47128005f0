import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { jsonLiteral, numberText } from '../../compiler/literals.js';

/** Each bound: the comparison that fails it, and how its message words the one that passes. */
const BOUNDS: ReadonlyArray<[keyword: string, failing: string, wording: string]> = [
  ['minimum', '<', '>='],
  ['maximum', '>', '<='],
  ['exclusiveMinimum', '<=', '>'],
  ['exclusiveMaximum', '>=', '<'],
];

/** `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`. */
export const numberBounds: Keyword = {
  keywords: BOUNDS.map(([keyword]) => keyword),
  code(site) {
    for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum']) {
      if (site.has(keyword) && typeof site.schema[keyword] === 'boolean') {
        throw site.fail(keyword, `the boolean form of ${keyword} (OpenAPI 3.0 / draft 4) is not JSON Schema 2020-12`);
      }
    }
    return BOUNDS.flatMap(([keyword, failing, wording]) => {
      const bound = site.finiteNumber(keyword);
      if (bound === undefined) return [];
      return block(`if (${site.value} ${failing} ${jsonLiteral(bound)})`, site.error(keyword, `must be ${wording} ${numberText(bound)}`));
    });
  },
};
