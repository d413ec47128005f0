import { block, withElse, type Lines } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { branchCode } from './branch-annotations.js';

/** `if` compiled silently; `then` or `else` in place by its outcome. Without either, `if` only annotates. */
export const ifThenElse: Keyword = {
  keywords: ['if'],
  code(site) {
    const condition = site.subschema('if');
    const then = site.has('then') ? site.subschema('then') : undefined;
    const otherwise = site.has('else') ? site.subschema('else') : undefined;
    const thenLines = then === undefined ? [] : site.check(then, site.child('then'));
    const elseLines = otherwise === undefined ? [] : site.check(otherwise, site.child('else'));
    if (thenLines.length === 0 && elseLines.length === 0 && site.evaluated === undefined) return [];
    const mark = site.local('e');
    const matches = site.local('b');
    const { lines, merge } = branchCode(site, matches, (at) => at.check(condition, site.child('if'), { valid: matches, silent: true, forbiddenAround: new Set() }));
    const inner: Lines = [`const ${mark} = errors.length;`, `let ${matches} = true;`, ...lines, `if (errors.length > ${mark}) errors.length = ${mark};`, ...merge];
    if (thenLines.length > 0) inner.push(...withElse(block(`if (${matches})`, thenLines), elseLines));
    else if (elseLines.length > 0) inner.push(...block(`if (!${matches})`, elseLines));
    return block('', inner);
  },
};
