import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { plural } from '../../compiler/literals.js';

/** Length in code points, as JSON Schema counts: only a string of fewer than twice as many UTF-16 units needs counting. */
export const minLength: Keyword = {
  keywords: ['minLength'],
  code(site) {
    const limit = site.nonNegativeInteger('minLength')!;
    if (limit === 0) return [];
    const x = site.value;
    const condition = limit === 1 ? `${x}.length === 0` : `${x}.length < ${2 * limit} && ${site.runtimeHelper('codePointLength')}(${x}) < ${limit}`;
    return block(`if (${condition})`, site.error('minLength', `must be at least ${plural(limit, 'character')}`));
  },
};
