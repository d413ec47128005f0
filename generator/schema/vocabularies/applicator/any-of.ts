import { block, withElse, type Lines } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { discriminatorTakes } from '../openapi/discriminator.js';
import { branchCode } from './branch-annotations.js';

/** The branches' errors are dropped once one matches; all of them are the errors when none does. */
export const anyOf: Keyword = {
  keywords: ['anyOf'],
  code(site) {
    if (discriminatorTakes(site, 'anyOf')) return [];
    const members = site.schemaList('anyOf');
    const mark = site.local('e');
    const matched = site.local('m');
    const out: Lines = [`const ${mark} = errors.length;`, `let ${matched} = false;`];
    members.forEach((member, index) => {
      const matches = site.local('b');
      const { lines, merge } = branchCode(site, matches, (at) => at.check(member, site.child('anyOf', String(index)), { valid: matches }));
      const body = [`let ${matches} = true;`, ...lines, ...block(`if (${matches})`, [`${matched} = true;`]), ...merge];
      // Once one matched, the rest need not run, unless their annotations are collected.
      out.push(...(index === 0 || site.evaluated !== undefined ? block('', body) : block(`if (!${matched})`, body)));
    });
    out.push(...withElse(block(`if (${matched})`, [`if (errors.length > ${mark}) errors.length = ${mark};`]), site.error('anyOf', 'must match a schema in anyOf')));
    return out;
  },
};
