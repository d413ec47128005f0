import { block, type Lines } from '../../compiler/body-lines.js';
import { checkBlocks, type PropertyCheck } from '../../compiler/check-blocks.js';
import { propertyPath } from '../../compiler/instance-path.js';
import type { Keyword } from '../../compiler/keyword.js';
import { stringLiteral } from '../../compiler/literals.js';
import type { ObjectSite } from '../../compiler/object-site.js';
import { isTrivial } from '../../compiler/trivial.js';
import { forbiddenPropertyCheck, isMarked } from '../openapi/read-write.js';

/** Each declared property present is checked against its schema: from its scanned slot, or looked up. */
export const properties: Keyword<ObjectSite> = {
  keywords: ['properties'],
  code(site) {
    const count = site.counted ? [`${site.presentCount}++;`] : [];
    const checks: PropertyCheck[] = [];
    for (const name of site.propertyNames) {
      const location = site.child('properties', name);
      const subschema = site.schemaValue(site.properties[name], 'properties');
      const path = propertyPath(site.path, name);
      if (site.forbidden !== undefined && isMarked(site.compiler.documents, subschema, location, site.forbidden)) {
        checks.push(forbiddenPropertyCheck(site, name, path, site.forbidden, count));
        continue;
      }
      if (isTrivial(subschema)) {
        if (site.counted) checks.push({ name, lines: (at) => block(`if (${at.object}[${stringLiteral(name)}] !== undefined && ${at.owns(name)})`, count) });
        continue;
      }
      checks.push({
        name,
        lines: (at) => {
          const slot = at.slot(name);
          if (slot !== undefined) return block(`if (${slot} !== undefined)`, at.check(subschema, location, { value: slot, path, forbiddenAround: new Set() }));
          const value = at.local('x');
          const lines = at.check(subschema, location, { value, path, forbiddenAround: new Set() });
          return [`const ${value} = ${at.object}[${stringLiteral(name)}];`, ...block(`if (${value} !== undefined && ${at.owns(name)})`, [...count, ...lines])];
        },
      });
    }
    const out: Lines = site.counted ? [`let ${site.presentCount} = 0;`] : [];
    out.push(...checkBlocks(site, checks, () => site.plainPrelude()));
    return out;
  },
};
