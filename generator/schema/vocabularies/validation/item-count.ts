import { block } from '../../compiler/body-lines.js';
import type { ArraySite } from '../../compiler/array-site.js';
import type { Keyword } from '../../compiler/keyword.js';
import { plural } from '../../compiler/literals.js';

export const minItems: Keyword<ArraySite> = {
  keywords: ['minItems'],
  code(site) {
    const limit = site.nonNegativeInteger('minItems')!;
    if (limit === 0) return [];
    return block(`if (${site.array}.length < ${limit})`, site.error('minItems', `must have at least ${plural(limit, 'item')}`));
  },
};

export const maxItems: Keyword<ArraySite> = {
  keywords: ['maxItems'],
  code(site) {
    const limit = site.nonNegativeInteger('maxItems')!;
    return block(`if (${site.array}.length > ${limit})`, site.error('maxItems', `must have at most ${plural(limit, 'item')}`));
  },
};
