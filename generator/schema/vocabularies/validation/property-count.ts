import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { plural } from '../../compiler/literals.js';
import type { ObjectSite } from '../../compiler/object-site.js';

export const minProperties: Keyword<ObjectSite> = {
  keywords: ['minProperties'],
  code(site) {
    const limit = site.nonNegativeInteger('minProperties')!;
    if (limit === 0) return [];
    return block(`if (${site.keyCount} < ${limit})`, site.error('minProperties', `must have at least ${plural(limit, 'property')}`));
  },
};

export const maxProperties: Keyword<ObjectSite> = {
  keywords: ['maxProperties'],
  code(site) {
    const limit = site.nonNegativeInteger('maxProperties')!;
    return block(`if (${site.keyCount} > ${limit})`, site.error('maxProperties', `must have at most ${plural(limit, 'property')}`));
  },
};
