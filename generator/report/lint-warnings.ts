import type { Finding } from '../lint/finding.js';
import { displayPath } from '../util/display-path.js';

/** Real specs can have thousands of lint warnings; commands show the first ones and say where the rest are. */
const WARNINGS_SHOWN = 50;

/** The lint warnings of a spec generation went ahead with, a line each: the first ones, then where the rest are. */
export function lintWarningLines(warnings: readonly Finding[], specPath: string): string {
  let text = '';
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) text += `${w.file}:${w.line}:${w.col} warn ${w.rule} ${w.message}\n`;
  if (warnings.length > WARNINGS_SHOWN) {
    text += `… and ${warnings.length - WARNINGS_SHOWN} more lint warnings: 'specforge lint ${displayPath(specPath)}' lists them all\n`;
  }
  return text;
}

/** `lintWarningLines` on stderr. */
export function printLintWarnings(warnings: readonly Finding[], specPath: string): void {
  process.stderr.write(lintWarningLines(warnings, specPath));
}
