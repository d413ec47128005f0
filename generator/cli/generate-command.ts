import type { GenerateOptions } from '../pipeline/generate-run.js';
import { jsonSummary } from '../report/generate-summary.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { parseCommandArgs } from './parse-args.js';

const FORMATS = ['text', 'json'] as const;

export async function runGenerate(args: string[]): Promise<ExitCode> {
  // From the process's start: node's own start and specforge's first modules are part of what a run costs.
  const startupMs = performance.now();
  // Asked for JSON, a caller gets one document whatever happens, a bad flag included.
  const json = args.some((arg, i) => arg === '--format=json' || (arg === '--format' && args[i + 1] === 'json'));
  if (!json) return runWithArgs(args, startupMs, false);
  try {
    return await runWithArgs(args, startupMs, true);
  } catch (error) {
    const user = error instanceof UserError;
    const exitCode = user ? error.exitCode : ExitCode.internal;
    const message = user ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    const where = user ? error.where : undefined;
    process.stdout.write(`${JSON.stringify({ exitCode, error: { message, ...(where ? { where } : {}) }, specs: [] }, null, 2)}\n`);
    if (!user) process.stderr.write(`specforge: ${message}\nspecforge: this is a bug in specforge; run again with SPECFORGE_DEBUG=1 for details and report it\n`);
    if (!user && process.env.SPECFORGE_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return exitCode;
  }
}

async function runWithArgs(args: string[], startupMs: number, json: boolean): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('generate', args, {
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    config: { type: 'string' },
    'package-name': { type: 'string' },
    'package-version': { type: 'string' },
    timings: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'fail-fast': { type: 'boolean', default: false },
    jobs: { type: 'string' },
    format: { type: 'string', default: 'text' },
    watch: { type: 'boolean', default: false },
  });
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  return runWithOptions(values, positionals, startupMs, json);
}

type Values = ReturnType<typeof parseCommandArgs>['values'];

async function runWithOptions(values: Values, positionals: string[], startupMs: number, json: boolean): Promise<ExitCode> {
  const jobsText = values.jobs as string | undefined;
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!/^\d+$/.test(jobsText!) || jobs < 1 || jobs > 64)) throw new UserError(`--jobs must be a whole number from 1 to 64, not '${jobsText}'`);
  if (values.watch && values.check) throw new UserError('--watch and --check do not go together: --check writes nothing, --watch writes on every change');
  const options: GenerateOptions = {
    specs: positionals,
    out: values.out as string | undefined,
    packageName: values['package-name'] as string | undefined,
    packageVersion: values['package-version'] as string | undefined,
    lintConfig: values.config as string | undefined,
    check: values.check as boolean,
    force: values.force as boolean,
    failFast: values['fail-fast'] as boolean,
    jobs,
  };
  if (values.watch) {
    const { watchGenerate } = await import('./watch-generate.js');
    return watchGenerate(options, { json });
  }
  const { generate } = await import('../pipeline/generate-run.js');
  if (json) {
    const result = await generate(options);
    process.stdout.write(`${JSON.stringify(jsonSummary(result), null, 2)}\n`);
    return result.exitCode;
  }
  const { GenerateProgress } = await import('../report/generate-progress.js');
  const progress = new GenerateProgress({
    live: process.stderr.isTTY === true && process.env.TERM !== 'dumb',
    color: process.stderr.isTTY === true && !process.env.NO_COLOR,
    timings: values.timings as boolean,
    rows: process.stderr.rows,
    columns: process.stderr.columns,
    write: (text) => process.stderr.write(text),
  });
  const commandMs = performance.now() - startupMs;
  const result = await generate({ ...options, onEvent: progress.onEvent });
  progress.end(result, [{ name: 'startup', ms: startupMs }, { name: 'command', ms: commandMs }]);
  return result.exitCode;
}
