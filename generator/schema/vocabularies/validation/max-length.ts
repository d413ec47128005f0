import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { plural } from '../../compiler/literals.js';

/** Length in code points, as JSON Schema counts: only a string of more UTF-16 units than the limit needs counting. */
export const maxLength: Keyword = {
  keywords: ['maxLength'],
  code(site) {
    const limit = site.nonNegativeInteger('maxLength')!;
    const x = site.value;
    return block(`if (${x}.length > ${limit} && ${site.runtimeHelper('codePointLength')}(${x}) > ${limit})`, site.error('maxLength', `must be at most ${plural(limit, 'character')}`));
  },
};
