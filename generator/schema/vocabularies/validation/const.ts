import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { isJsonValue, isPrimitive, jsonLiteral } from '../../compiler/literals.js';

export const constKeyword: Keyword = {
  keywords: ['const'],
  code(site) {
    const value = site.schema['const'];
    if (!isJsonValue(value)) throw site.fail('const', 'const must be a JSON value');
    const condition = isPrimitive(value)
      ? `${site.value} !== ${jsonLiteral(value)}`
      : `!${site.runtimeHelper('deepEqual')}(${site.value}, ${site.compiler.names.jsonConstant(value, 'unknown')})`;
    return block(`if (${condition})`, site.error('const', 'must be equal to constant'));
  },
};
