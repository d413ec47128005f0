import { block } from '../../compiler/body-lines.js';
import { checkBlocks, type PropertyCheck } from '../../compiler/check-blocks.js';
import type { Keyword } from '../../compiler/keyword.js';
import type { ObjectSite } from '../../compiler/object-site.js';

/** A property that may not travel in this direction (see read-write.ts) is not required in it. */
export const required: Keyword<ObjectSite> = {
  keywords: ['required'],
  code(site) {
    const names = site.schema['required'];
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) throw site.fail('required', 'required must be an array of strings');
    const checks: PropertyCheck[] = [];
    for (const name of new Set(names as string[])) {
      if (site.forbiddenNames.has(name)) continue;
      checks.push({ name, lines: (at) => block(`if (${at.absent(name)})`, at.error('required', `must have required property '${name}'`)) });
    }
    return checkBlocks(site, checks, () => site.plainPrelude());
  },
};
