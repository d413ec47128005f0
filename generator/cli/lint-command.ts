import { readProjectConfig } from '../config/project-config.js';
import { loadLintConfig } from '../lint/config.js';
import type { Finding } from '../lint/finding.js';
import { lintInWorker } from '../pipeline/lint-in-worker.js';
import { FINDING_FORMATS, formatFindings, type FindingFormat } from '../report/format-findings.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { parseCommandArgs } from './parse-args.js';

export async function runLint(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('lint', args, {
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  const format = values.format as string;
  if (!(FINDING_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${FINDING_FORMATS.join(', ')}, not '${format}'`);
  }
  const files = positionals.length > 0 ? positionals : projectSpecs();
  const configPath = values.config as string | undefined;
  await loadLintConfig(configPath); // a config that cannot be used is reported once, before any spec

  const findings: Finding[] = [];
  let unusable = 0;
  for (const file of files) {
    // On a thread of its own, so that a lint stuck in an example check is stopped (see lintInWorker).
    try {
      findings.push(...(await lintInWorker({ specPath: file, configPath })).findings);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      unusable++;
      process.stderr.write(`specforge: ${error.line}\n`);
      if (format !== 'text') findings.push(unusableFinding(error));
    }
  }

  process.stdout.write(formatFindings(findings, format as FindingFormat));
  const errors = findings.filter((f) => f.severity === 'error' && f.rule !== UNUSABLE_RULE).length;
  const warnings = findings.filter((f) => f.severity === 'warn').length;
  if (format === 'text') process.stderr.write(summary(files.length, unusable, errors, warnings));
  if (unusable) return ExitCode.unusable;
  return errors > 0 ? ExitCode.problems : ExitCode.ok;
}

function summary(specs: number, unusable: number, errors: number, warnings: number): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [count(errors, 'error'), count(warnings, 'warning')];
  if (unusable > 0) parts.unshift(`${unusable} unusable`);
  return `${count(specs, 'spec')}: ${parts.join(', ')}\n`;
}

const UNUSABLE_RULE = 'specforge/unusable-input';

function unusableFinding(error: UserError): Finding {
  const [file = '', line = '1', col = '1'] = (error.where ?? '').split(/:(?=\d+(?::\d+)?$)/).flatMap((part, index) =>
    index === 0 ? [part] : part.split(':'),
  );
  return { file, line: Number(line), col: Number(col), severity: 'error', rule: UNUSABLE_RULE, message: error.message, pointer: '' };
}

function projectSpecs(): string[] {
  const project = readProjectConfig();
  if (!project) {
    throw new UserError('name the specs to lint (specforge lint <spec>...), or list them in specforge.config.json');
  }
  return project.specs.map((spec) => spec.path);
}
