import { lintWith, type LintResult } from '../api/lint.js';
import type { Finding } from '../lint/finding.js';
import { FINDING_FORMATS, formatFindings, type FindingFormat } from '../report/format-findings.js';
import { UserError, type ExitCode } from '../util/user-error.js';
import { parseCommandArgs } from './parse-args.js';

/** `specforge lint`: the flags to `lint()`'s options, its result printed. */
export async function runLint(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('lint', args, {
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  const format = values.format as string;
  if (!(FINDING_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${FINDING_FORMATS.join(', ')}, not '${format}'`);
  }
  const result = await lintWith({ specs: positionals, config: values.config as string | undefined }, { specs: 'specforge lint <spec>...' });

  for (const { unusable } of result.specs) {
    if (unusable) process.stderr.write(`specforge: ${unusable.where ? `${unusable.where}: ` : ''}${unusable.message}\n`);
  }
  process.stdout.write(formatFindings(format === 'text' ? result.findings : withUnusable(result), format as FindingFormat));
  if (format === 'text') process.stderr.write(summary(result));
  return result.exitCode;
}

function summary({ specs, errors, warnings }: LintResult): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const unusable = specs.filter((spec) => spec.unusable).length;
  const parts = [count(errors, 'error'), count(warnings, 'warning')];
  if (unusable > 0) parts.unshift(`${unusable} unusable`);
  return `${count(specs.length, 'spec')}: ${parts.join(', ')}\n`;
}

const UNUSABLE_RULE = 'specforge/unusable-input';

/** The findings with each unusable spec as an error finding in its place, for the machine-read formats. */
function withUnusable({ findings, specs }: LintResult): Finding[] {
  const all: Finding[] = [];
  let at = 0;
  for (const spec of specs) {
    // A spec's findings are its errors and warnings, in the order of the specs.
    const next = at + spec.errors + spec.warnings;
    all.push(...findings.slice(at, next));
    at = next;
    if (spec.unusable) all.push(unusableFinding(spec.unusable));
  }
  return all;
}

function unusableFinding({ message, where }: { message: string; where?: string }): Finding {
  const [file = '', line = '1', col = '1'] = (where ?? '').split(/:(?=\d+(?::\d+)?$)/).flatMap((part, index) =>
    index === 0 ? [part] : part.split(':'),
  );
  return { file, line: Number(line), col: Number(col), severity: 'error', rule: UNUSABLE_RULE, message, pointer: '' };
}
