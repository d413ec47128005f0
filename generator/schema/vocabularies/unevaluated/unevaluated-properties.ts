import { block, typedConst, type Lines } from '../../compiler/body-lines.js';
import { keyPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';
import { GROUP_CONDITIONS } from '../validation/type.js';

/**
 * The properties no in-place keyword evaluated, which this schema's collector (see schema-code.ts) has recorded, are checked against
 * the keyword's schema; after it, every one of them is evaluated.
 */
export const unevaluatedProperties: Keyword = {
  keywords: ['unevaluatedProperties'],
  code(site) {
    const evaluated = site.evaluated!;
    const subschema = site.subschema('unevaluatedProperties');
    const object = site.local('o');
    const key = site.local('k');
    const value = site.local('x');
    const path = keyPath(site.path, key);
    const lines =
      subschema === false
        ? site.errorExpression('unevaluatedProperties', `"must not have unevaluated property '" + ${key} + "'"`, path)
        : [`const ${value} = ${object}[${key}];`, ...site.check(subschema, site.child('unevaluatedProperties'), { value, path, forbiddenAround: new Set() })];
    const out: Lines = [];
    if (subschema !== true) {
      out.push(
        ...block(`if (${GROUP_CONDITIONS.object(site.value)})`, [
          typedConst(object, site.value, 'Record<string, unknown>'),
          ...block(`for (const ${key} of Object.keys(${object}))`, block(`if (!${site.runtimeHelper('isEvaluatedProperty')}(${evaluated}, ${key}))`, lines)),
        ]),
      );
    }
    out.push(`${evaluated}.allProperties = true;`);
    return out;
  },
};
