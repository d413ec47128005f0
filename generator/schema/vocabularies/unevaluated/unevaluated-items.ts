import { block, typedConst, type Lines } from '../../compiler/body-lines.js';
import { itemPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';

/** As unevaluatedProperties, for the items no in-place keyword evaluated. */
export const unevaluatedItems: Keyword = {
  keywords: ['unevaluatedItems'],
  code(site) {
    const evaluated = site.evaluated!;
    const subschema = site.subschema('unevaluatedItems');
    const array = site.local('a');
    const index = site.local('i');
    const value = site.local('x');
    const path = itemPath(site.path, index);
    const lines =
      subschema === false
        ? site.errorExpression('unevaluatedItems', `"must not have unevaluated item " + ${index}`, path)
        : [`const ${value} = ${array}[${index}];`, ...site.check(subschema, site.child('unevaluatedItems'), { value, path, forbiddenAround: new Set() })];
    const out: Lines = [];
    if (subschema !== true) {
      out.push(
        ...block(`if (Array.isArray(${site.value}))`, [
          typedConst(array, site.value, 'readonly unknown[]'),
          ...block(`for (let ${index} = 0; ${index} < ${array}.length; ${index}++)`, block(`if (!${site.runtimeHelper('isEvaluatedItem')}(${evaluated}, ${index}))`, lines)),
        ]),
      );
    }
    out.push(`${evaluated}.allItems = true;`);
    return out;
  },
};
