import { isObject } from '../../../util/is-object.js';
import { block, type Lines } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import type { ObjectSite } from '../../compiler/object-site.js';

export const dependentRequired: Keyword<ObjectSite> = {
  keywords: ['dependentRequired'],
  code(site) {
    const dependencies = site.schema['dependentRequired'];
    if (!isObject(dependencies)) throw site.fail('dependentRequired', 'dependentRequired must be an object');
    const out: Lines = [];
    for (const name of Object.keys(dependencies)) {
      const list = dependencies[name];
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
        throw site.fail('dependentRequired', 'dependentRequired values must be arrays of strings');
      }
      const checks: Lines = [];
      for (const dependency of new Set(list as string[])) {
        checks.push(...block(`if (${site.absent(dependency)})`, site.error('dependentRequired', `must have property '${dependency}' when property '${name}' is present`)));
      }
      if (checks.length > 0) out.push(...block(`if (${site.present(name)})`, checks));
    }
    return out;
  },
};
