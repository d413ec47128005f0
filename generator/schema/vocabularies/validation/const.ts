import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { isJsonValue, isPrimitive, jsonLiteral } from '../../compiler/literals.js';
import { shownValue } from '../../../util/spec-text.js';

export const constKeyword: Keyword = {
  keywords: ['const'],
  code(site) {
    const value = site.schema['const'];
    if (!isJsonValue(value)) throw site.fail('const', 'const must be a JSON value');
    const condition = isPrimitive(value)
      ? `${site.value} !== ${jsonLiteral(value)}`
      : `!${site.runtimeHelper('deepEqual')}(${site.value}, ${site.compiler.names.jsonConstant(value, 'unknown')})`;
    const message = 'must be equal to constant';
    return block(`if (${condition})`, site.error('const', site.compiler.valuesInMessages ? `${message} ${shownValue(value)}` : message));
  },
};
