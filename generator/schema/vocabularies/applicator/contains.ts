import { block, type Lines } from '../../compiler/body-lines.js';
import type { ArraySite } from '../../compiler/array-site.js';
import { itemPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';
import { plural } from '../../compiler/literals.js';

/**
 * `contains`, with the validation vocabulary's `minContains` and `maxContains`, which count its matches in the same
 * loop (and mean nothing without it). The items are tried silently: a non-matching item is no error.
 */
export const contains: Keyword<ArraySite> = {
  keywords: ['contains'],
  code(site) {
    const subschema = site.subschema('contains');
    const minContains = site.nonNegativeInteger('minContains') ?? 1;
    const maxContains = site.nonNegativeInteger('maxContains');
    const evaluated = site.evaluated;
    if (minContains === 0 && maxContains === undefined && evaluated === undefined) return [];
    const count = site.local('c');
    const mark = site.local('e');
    const index = site.local('i');
    const value = site.local('x');
    const matches = site.local('b');
    const lines = site.check(subschema, site.child('contains'), { value, path: itemPath(site.path, index), valid: matches, silent: true, forbiddenAround: new Set() });
    // Every matching item is an evaluated one; otherwise the search may stop at enough of them.
    const onMatch =
      evaluated !== undefined ? [`${count}++;`, `${evaluated}.itemSet.add(${index});`] : maxContains === undefined ? [`if (++${count} >= ${minContains}) break;`] : [`${count}++;`];
    const out: Lines = [`let ${count} = 0;`, `const ${mark} = errors.length;`];
    out.push(...block(`for (let ${index} = 0; ${index} < ${site.array}.length; ${index}++)`, [`const ${value} = ${site.array}[${index}];`, `let ${matches} = true;`, ...lines, ...block(`if (${matches})`, onMatch)]));
    out.push(`if (errors.length > ${mark}) errors.length = ${mark};`);
    if (minContains > 0) {
      const keyword = site.has('minContains') ? 'minContains' : 'contains';
      out.push(...block(`if (${count} < ${minContains})`, site.error(keyword, `must contain at least ${plural(minContains, 'matching item')}`)));
    }
    if (maxContains !== undefined) {
      out.push(...block(`if (${count} > ${maxContains})`, site.error('maxContains', `must contain at most ${plural(maxContains, 'matching item')}`)));
    }
    return out;
  },
};
