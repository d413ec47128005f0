import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { jsonLiteral, numberText } from '../../compiler/literals.js';

/** `%` for an integer divisor; the runtime's isMultipleOf for a fraction, which `%` gets wrong in binary floating point. */
export const multipleOf: Keyword = {
  keywords: ['multipleOf'],
  code(site) {
    const divisor = site.finiteNumber('multipleOf')!;
    if (divisor <= 0) throw site.fail('multipleOf', 'multipleOf must be greater than 0');
    const x = site.value;
    const condition = Number.isInteger(divisor) ? `${x} % ${jsonLiteral(divisor)} !== 0` : `!${site.runtimeHelper('isMultipleOf')}(${x}, ${jsonLiteral(divisor)})`;
    return block(`if (${condition})`, site.error('multipleOf', `must be a multiple of ${numberText(divisor)}`));
  },
};
