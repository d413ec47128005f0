import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { stringLiteral } from '../../compiler/literals.js';
import type { KeyLoopSite } from '../../compiler/object-site.js';

/** A key neither declared nor matched by a pattern: its value against the schema (or an error, for `false`). */
export const additionalProperties: Keyword<KeyLoopSite> = {
  keywords: ['additionalProperties'],
  code(site) {
    const { key, value, path, matched } = site.loop;
    const conditions: string[] = [];
    if (site.propertyNames.length > 8) conditions.push(`!${site.compiler.names.primitiveSet(site.propertyNames)}.has(${key})`);
    else for (const name of site.propertyNames) conditions.push(`${key} !== ${stringLiteral(name)}`);
    if (site.patterns.length > 0) conditions.push(`!${matched}`);
    const additional = site.additional!;
    const lines =
      additional === false
        ? site.errorExpression('additionalProperties', `"must not have additional property '" + ${key} + "'"`, path)
        : site.check(additional, site.child('additionalProperties'), { value, path, forbiddenAround: new Set() });
    return conditions.length === 0 ? lines : block(`if (${conditions.join(' && ')})`, lines);
  },
};
