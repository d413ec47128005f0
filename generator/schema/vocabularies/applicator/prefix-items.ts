import { block, type Lines } from '../../compiler/body-lines.js';
import type { ArraySite } from '../../compiler/array-site.js';
import { itemPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';
import { isTrivial } from '../../compiler/trivial.js';

export const prefixItems: Keyword<ArraySite> = {
  keywords: ['prefixItems'],
  code(site) {
    const items = site.schema['prefixItems'];
    if (!Array.isArray(items)) throw site.fail('prefixItems', 'prefixItems must be an array of schemas');
    const out: Lines = [];
    items.forEach((item: unknown, index) => {
      const subschema = site.schemaValue(item, 'prefixItems');
      if (isTrivial(subschema)) return;
      const value = site.local('x');
      const lines = site.check(subschema, site.child('prefixItems', String(index)), { value, path: itemPath(site.path, String(index)), forbiddenAround: new Set() });
      out.push(...block(`if (${site.array}.length > ${index})`, [`const ${value} = ${site.array}[${index}];`, ...lines]));
    });
    if (site.evaluated !== undefined && items.length > 0) out.push(`${site.runtimeHelper('evaluateItems')}(${site.evaluated}, Math.min(${site.array}.length, ${items.length}));`);
    return out;
  },
};

/** How many items `prefixItems` checks (items then checks the rest). */
export function prefixLength(site: ArraySite): number {
  const items = site.schema['prefixItems'];
  return site.has('prefixItems') && Array.isArray(items) ? items.length : 0;
}
