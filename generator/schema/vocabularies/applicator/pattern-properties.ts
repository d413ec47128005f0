import { block, type Lines } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import type { KeyLoopSite } from '../../compiler/object-site.js';
import { regexFlags } from '../../compiler/regex-flags.js';

/** Each key matching a pattern: its value against the pattern's schema; with additionalProperties, `matched` is set. */
export const patternProperties: Keyword<KeyLoopSite> = {
  keywords: ['patternProperties'],
  code(site) {
    const { key, value, path, matched } = site.loop;
    const out: Lines = [];
    for (const pattern of site.patterns) {
      const subschema = site.schemaValue(site.patternProperties[pattern], 'patternProperties');
      if (regexFlags(pattern) === undefined) throw site.fail('patternProperties', `${JSON.stringify(pattern)} is not a valid ECMA-262 regular expression`);
      const regex = site.compiler.names.regex(pattern);
      const lines = site.check(subschema, site.child('patternProperties', pattern), { value, path, forbiddenAround: new Set() });
      const evaluated = site.evaluated !== undefined && !site.has('additionalProperties') ? [`${site.evaluated}.properties.add(${key});`] : [];
      const inner = site.needsAdditional ? [`${matched} = true;`, ...evaluated, ...lines] : [...evaluated, ...lines];
      if (inner.length > 0) out.push(...block(`if (${regex}.test(${key}))`, inner));
    }
    return out;
  },
};
