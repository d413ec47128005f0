import { isObject } from '../../../util/is-object.js';
import { annotatedConst, block, type Lines } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import type { ObjectSite } from '../../compiler/object-site.js';
import { isTrivial } from '../../compiler/trivial.js';

/** The whole object against a property's schema when the property is present. */
export const dependentSchemas: Keyword<ObjectSite> = {
  keywords: ['dependentSchemas'],
  code(site) {
    const dependents = site.schema['dependentSchemas'];
    if (!isObject(dependents)) throw site.fail('dependentSchemas', 'dependentSchemas must be an object');
    const out: Lines = [];
    for (const name of Object.keys(dependents)) {
      const subschema = site.schemaValue(dependents[name], 'dependentSchemas');
      if (isTrivial(subschema)) continue;
      const value = site.local('x');
      const lines = site.check(subschema, site.child('dependentSchemas', name), { value, forbiddenAround: new Set() });
      out.push(...block(`if (${site.present(name)})`, [annotatedConst(value, 'unknown', site.object), ...lines]));
    }
    return out;
  },
};
