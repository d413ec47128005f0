import { block, type Lines } from '../../compiler/body-lines.js';
import type { SchemaSite } from '../../compiler/schema-site.js';

/**
 * A branch's annotations (what it evaluates, for an `unevaluated…` keyword) count only when it matches: compiled
 * with a collector of its own, merged into the site's when `matches` holds.
 */
export function branchCode(site: SchemaSite, matches: string, compile: (site: SchemaSite) => Lines): { lines: Lines; merge: Lines } {
  const outer = site.evaluated;
  if (outer === undefined) return { lines: compile(site), merge: [] };
  const own = site.local('ev');
  const lines = compile(site.with({ evaluated: own }));
  return {
    lines: [`const ${own} = ${site.runtimeHelper('newEvaluated')}();`, ...lines],
    merge: block(`if (${matches})`, [`${site.runtimeHelper('mergeEvaluated')}(${outer}, ${own});`]),
  };
}
