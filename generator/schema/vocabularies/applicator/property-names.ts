import { annotatedConst, block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import type { KeyLoopSite } from '../../compiler/object-site.js';

/** Each key, as a value, against the schema; its errors are marked as the name's (the runtime's markPropertyNameErrors). */
export const propertyNames: Keyword<KeyLoopSite> = {
  keywords: ['propertyNames'],
  code(site) {
    const mark = site.local('e');
    const matches = site.local('b');
    const name = site.local('x');
    const lines = site.check(site.names!, site.child('propertyNames'), { value: name, path: site.loop.path, valid: matches, forbiddenAround: new Set() });
    return [
      `const ${mark} = errors.length;`,
      annotatedConst(name, 'unknown', site.loop.key),
      `let ${matches} = true;`,
      ...lines,
      ...block(`if (!${matches})`, [`${site.runtimeHelper('markPropertyNameErrors')}(errors, ${mark});`, `${site.valid} = false;`]),
    ];
  },
};
