import { block } from '../../compiler/body-lines.js';
import type { ArraySite } from '../../compiler/array-site.js';
import type { Keyword } from '../../compiler/keyword.js';

export const uniqueItems: Keyword<ArraySite> = {
  keywords: ['uniqueItems'],
  code(site) {
    const unique = site.schema['uniqueItems'];
    if (typeof unique !== 'boolean') throw site.fail('uniqueItems', 'uniqueItems must be a boolean');
    if (!unique) return [];
    const duplicates = site.local('d');
    return [
      `const ${duplicates} = ${site.runtimeHelper('findDuplicateItems')}(${site.array});`,
      ...block(
        `if (${duplicates} !== undefined)`,
        site.errorExpression('uniqueItems', `"must not have duplicate items (items " + ${duplicates}[0] + " and " + ${duplicates}[1] + " are identical)"`),
      ),
    ];
  },
};
