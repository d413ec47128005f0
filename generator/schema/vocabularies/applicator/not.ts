import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';

/** The subschema compiled silently, evaluating nothing: its failure is the success. */
export const not: Keyword = {
  keywords: ['not'],
  code(site) {
    const subschema = site.subschema('not');
    const mark = site.local('e');
    const matches = site.local('b');
    const lines = site.check(subschema, site.child('not'), { valid: matches, silent: true, evaluated: undefined, forbiddenAround: new Set() });
    return block('', [
      `const ${mark} = errors.length;`,
      `let ${matches} = true;`,
      ...lines,
      `if (errors.length > ${mark}) errors.length = ${mark};`,
      ...block(`if (${matches})`, site.error('not', 'must not match the schema in not')),
    ]);
  },
};
