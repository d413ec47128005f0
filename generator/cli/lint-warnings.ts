import type { Finding } from '../lint/finding.js';
import { displayPath } from '../util/display-path.js';

/** Real specs can have thousands of lint warnings; commands show the first ones and say where the rest are. */
const WARNINGS_SHOWN = 50;

/** The lint warnings of a spec generation went ahead with, on stderr. */
export function printLintWarnings(warnings: readonly Finding[], specPath: string): void {
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) process.stderr.write(`${w.file}:${w.line}:${w.col} warn ${w.rule} ${w.message}\n`);
  if (warnings.length > WARNINGS_SHOWN) {
    const more = warnings.length - WARNINGS_SHOWN;
    process.stderr.write(`… and ${more} more lint warnings: 'specforge lint ${displayPath(specPath)}' lists them all\n`);
  }
}
