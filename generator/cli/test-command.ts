import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBaseUrl, TEST_DEFAULTS, testWith, type TestWording } from '../api/test.js';
import { UserError, type ExitCode } from '../util/user-error.js';
import { printLintWarnings } from '../report/lint-warnings.js';
import { parseCommandArgs } from './parse-args.js';
import { CONTRACT_REPORT_FORMATS as FORMATS, formatContractReport, type ContractReportFormat } from '../report/format-contract-report.js';

/** How `test()`'s messages name its options here: by their flags. */
const FLAGS: TestWording = {
  spec: 'specforge test <spec>',
  baseUrl: '--base-url',
  operations: '--operation',
  maxRequests: '--max-requests',
  timeout: '--timeout',
  deadline: '--deadline',
  seed: '--seed',
};

/** `specforge test`: the flags to `test()`'s options, its report printed. */
export async function runTest(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('test', args, {
    'base-url': { type: 'string' },
    token: { type: 'string' },
    'token-without-scopes': { type: 'string' },
    operation: { type: 'string', multiple: true },
    format: { type: 'string', default: 'stylish' },
    output: { type: 'string' },
    stateful: { type: 'boolean', default: false },
    'max-requests': { type: 'string', default: String(TEST_DEFAULTS.maxRequests) },
    timeout: { type: 'string', default: String(TEST_DEFAULTS.timeout) },
    deadline: { type: 'string', default: String(TEST_DEFAULTS.deadline) },
    seed: { type: 'string', default: String(TEST_DEFAULTS.seed) },
    config: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UserError(`test: name ${positionals.length === 0 ? 'the' : 'one'} spec to test against: specforge test <spec> --base-url URL`);
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const baseUrl = values['base-url'] as string | undefined;
  if (baseUrl === undefined || baseUrl === '') throw new UserError('test: --base-url URL is required: where the API under test is served');
  parseBaseUrl(baseUrl, FLAGS.baseUrl);
  const maxRequests = count(values['max-requests'] as string, FLAGS.maxRequests, 1);
  const timeout = count(values.timeout as string, FLAGS.timeout, 1);
  const deadline = count(values.deadline as string, FLAGS.deadline, 1);
  const seed = count(values.seed as string, FLAGS.seed, 0);
  const spec = positionals[0]!;

  const result = await testWith(
    {
      spec,
      baseUrl,
      token: values.token as string | undefined,
      tokenWithoutScopes: values['token-without-scopes'] as string | undefined,
      operations: values.operation as string[] | undefined,
      stateful: values.stateful as boolean,
      maxRequests,
      timeout,
      deadline,
      seed,
      config: values.config as string | undefined,
      onLintWarnings: (warnings) => printLintWarnings(warnings, resolve(spec)),
    },
    FLAGS,
  );
  const { failed, results, lintWarnings: _, exitCode, ...report } = result;
  const text = formatContractReport(report, format as ContractReportFormat, results);
  const output = values.output as string | undefined;
  if (output !== undefined) writeFileSync(output, text);
  else process.stdout.write(text);
  if (output !== undefined || format !== 'stylish') {
    process.stderr.write(`${report.passed} passed, ${failed} failed\n`);
    // The bounds are the user's own; a run they cut short passes on what it ran, and says it was cut.
    if (report.stopped) process.stderr.write(`stopped early: ${report.stopped === 'maxRequests' ? `--max-requests ${maxRequests} reached` : `--deadline ${deadline} s passed`}\n`);
  }
  return exitCode;
}

function count(text: string, flag: string, least: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < least || !Number.isSafeInteger(value)) throw new UserError(`${flag} must be a whole number of at least ${least}, not '${text}'`);
  return value;
}
