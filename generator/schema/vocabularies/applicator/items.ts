import { block, type Lines } from '../../compiler/body-lines.js';
import type { ArraySite } from '../../compiler/array-site.js';
import { itemPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';
import { plural } from '../../compiler/literals.js';
import { isTrivial } from '../../compiler/trivial.js';
import { prefixLength } from './prefix-items.js';

/** The items after `prefixItems`' (all of them without it). */
export const items: Keyword<ArraySite> = {
  keywords: ['items'],
  code(site) {
    if (Array.isArray(site.schema['items'])) {
      throw site.fail('items', 'the array form of items (draft 2019-09 and earlier) is not JSON Schema 2020-12; use prefixItems');
    }
    const subschema = site.subschema('items');
    const from = prefixLength(site);
    const out: Lines = [];
    if (subschema === false) {
      out.push(...block(`if (${site.array}.length > ${from})`, site.error('items', `must have at most ${plural(from, 'item')}`)));
    } else if (!isTrivial(subschema)) {
      const index = site.local('i');
      const value = site.local('x');
      const lines = site.check(subschema, site.child('items'), { value, path: itemPath(site.path, index), forbiddenAround: new Set() });
      out.push(...block(`for (let ${index} = ${from}; ${index} < ${site.array}.length; ${index}++)`, [`const ${value} = ${site.array}[${index}];`, ...lines]));
    }
    if (site.evaluated !== undefined) out.push(`${site.evaluated}.allItems = true;`);
    return out;
  },
};
