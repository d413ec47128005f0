import { block, withElse, type Lines } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { discriminatorTakes } from '../openapi/discriminator.js';
import { branchCode } from './branch-annotations.js';

/** The matches are counted: one drops the branches' errors; none keeps them; more than one drops them for its own. */
export const oneOf: Keyword = {
  keywords: ['oneOf'],
  code(site) {
    if (discriminatorTakes(site, 'oneOf')) return [];
    const members = site.schemaList('oneOf');
    const mark = site.local('e');
    const count = site.local('c');
    const out: Lines = [`const ${mark} = errors.length;`, `let ${count} = 0;`];
    members.forEach((member, index) => {
      const matches = site.local('b');
      const { lines, merge } = branchCode(site, matches, (at) => at.check(member, site.child('oneOf', String(index)), { valid: matches }));
      out.push(...block('', [`let ${matches} = true;`, ...lines, `if (${matches}) ${count}++;`, ...merge]));
    });
    const failure = [`if (${count} > 1 && errors.length > ${mark}) errors.length = ${mark};`, ...site.error('oneOf', 'must match exactly one schema in oneOf')];
    out.push(...withElse(block(`if (${count} === 1)`, [`if (errors.length > ${mark}) errors.length = ${mark};`]), failure));
    return out;
  },
};
