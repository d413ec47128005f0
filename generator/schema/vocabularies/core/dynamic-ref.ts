import { isObject } from '../../../util/is-object.js';
import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';
import { stringLiteral } from '../../compiler/literals.js';

/**
 * A call of the initial target's function, or of the function the dynamic scope holds for the anchor: dynamic only
 * when the fragment is a plain name that the initial target declares as its `$dynamicAnchor`.
 */
export const dynamicRef: Keyword = {
  keywords: ['$dynamicRef'],
  code(site) {
    const ref = site.schema['$dynamicRef'];
    const { documents } = site.compiler;
    const target = documents.resolveRef(ref, site.location, '$dynamicRef');
    const fn = site.compiler.functionFor(target, site.direction, true);
    const fragment = typeof ref === 'string' && ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : '';
    const targetSchema = documents.schemaAt(target);
    const anchor = fragment !== '' && !fragment.startsWith('/') && isObject(targetSchema) && targetSchema['$dynamicAnchor'] === fragment ? fragment : undefined;
    // The target takes what it evaluated in a collector: this one, or a fresh one nobody reads.
    const evaluated = site.evaluated ?? `${site.runtimeHelper('newEvaluated')}()`;
    const called = anchor === undefined ? fn : `(dynamic.get(${stringLiteral(anchor)}) ?? ${fn})`;
    return block(`if (!${called}(${site.value}, ${site.callArguments()}, errors, dynamic, ${evaluated}))`, [`${site.valid} = false;`]);
  },
};
