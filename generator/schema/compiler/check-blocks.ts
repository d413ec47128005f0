import { block, HERE_DECLARATION, type Lines } from './body-lines.js';
import { FunctionBody } from './function-scope.js';
import type { ObjectSite } from './object-site.js';

/** Property checks per function: well under where TypeScript's control-flow analysis gives up. */
export const CHECKS_PER_FUNCTION = 64;

/** One check of an object's property (`required`, the property's schema): its lines, at a site that says into which flag. */
export interface PropertyCheck {
  name: string;
  lines: (site: ObjectSite) => Lines;
}

/**
 * The checks of single properties of an object, each a block of its own. TypeScript gives up on control flow in a
 * function of several hundred of them (TS2563, DocuSign's `accountSettingsInformation` has 700 properties), so past
 * CHECKS_PER_FUNCTION they go, that many at a time, into functions of their own, each given the object and the same
 * `parent, key`; `prelude` are the lines such a function starts with.
 */
export function checkBlocks(site: ObjectSite, checks: readonly PropertyCheck[], prelude: () => Lines): Lines {
  if (checks.length <= CHECKS_PER_FUNCTION) return checks.flatMap((check) => check.lines(site));
  const out: Lines = [];
  for (let start = 0; start < checks.length; start += CHECKS_PER_FUNCTION) {
    const slice = checks.slice(start, start + CHECKS_PER_FUNCTION);
    const body = new FunctionBody();
    const inSlice = site.retarget({ valid: 'valid', body });
    const lines = slice.flatMap((check) => check.lines(inSlice));
    const first = slice[0]!.name;
    const last = slice[slice.length - 1]!.name;
    const what = `${JSON.stringify(first)} to ${JSON.stringify(last)}`;
    const name = `${site.scope.functionName}_${start / CHECKS_PER_FUNCTION + 1}`.slice(0, 64);
    const head: Lines = body.usesHere ? [HERE_DECLARATION] : [];
    const fn = site.compiler.checksFunction(name, site.location, what, site.object, [...head, 'let valid = true;', ...prelude(), ...lines, 'return valid;']);
    out.push(...block(`if (!${fn}(${site.object}, parent, key, errors${site.scope.dynamicArgument}))`, [`${site.valid} = false;`]));
  }
  return out;
}
