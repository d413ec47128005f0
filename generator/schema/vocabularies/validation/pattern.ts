import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { regexFlags } from '../../compiler/regex-flags.js';

export const pattern: Keyword = {
  keywords: ['pattern'],
  code(site) {
    const pattern = site.schema['pattern'];
    if (typeof pattern !== 'string') throw site.fail('pattern', 'pattern must be a string');
    if (regexFlags(pattern) === undefined) throw site.fail('pattern', `${JSON.stringify(pattern)} is not a valid ECMA-262 regular expression`);
    const regex = site.compiler.names.regex(pattern);
    return block(`if (!${regex}.test(${site.value}))`, site.error('pattern', `must match pattern ${JSON.stringify(pattern)}`));
  },
};
