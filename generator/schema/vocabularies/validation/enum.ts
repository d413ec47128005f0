import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { isJsonValue, isPrimitive, jsonLiteral } from '../../compiler/literals.js';
import { valueList } from '../../../util/spec-text.js';

export const enumKeyword: Keyword = {
  keywords: ['enum'],
  code(site) {
    const values = site.schema['enum'];
    if (!Array.isArray(values) || !isJsonValue(values)) throw site.fail('enum', 'enum must be an array of JSON values');
    const x = site.value;
    let condition: string;
    if (values.length === 0) condition = 'true';
    else if (values.every(isPrimitive)) {
      condition = values.length <= 4 ? values.map((item) => `${x} !== ${jsonLiteral(item)}`).join(' && ') : `!${site.compiler.names.primitiveSet(values)}.has(${x})`;
    } else {
      condition = `!${site.runtimeHelper('includesDeep')}(${site.compiler.names.jsonConstant(values, 'readonly unknown[]')}, ${x})`;
    }
    const message = 'must be equal to one of the allowed values';
    return block(`if (${condition})`, site.error('enum', site.compiler.valuesInMessages && values.length > 0 ? `${message}: ${valueList(values)}` : message));
  },
};
