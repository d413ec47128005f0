import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintInWorker } from '../pipeline/lint-in-worker.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { printLintWarnings } from './lint-warnings.js';
import { parseCommandArgs } from './parse-args.js';
import { CONTRACT_REPORT_FORMATS as FORMATS, formatContractReport, type ContractCaseRun, type ContractReportFormat } from '../report/format-contract-report.js';


export async function runTest(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('test', args, {
    'base-url': { type: 'string' },
    token: { type: 'string' },
    'token-without-scopes': { type: 'string' },
    operation: { type: 'string', multiple: true },
    format: { type: 'string', default: 'stylish' },
    output: { type: 'string' },
    stateful: { type: 'boolean', default: false },
    'max-requests': { type: 'string', default: '5000' },
    timeout: { type: 'string', default: '10000' },
    deadline: { type: 'string', default: '600' },
    seed: { type: 'string', default: '0' },
    config: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UserError(`test: name ${positionals.length === 0 ? 'the' : 'one'} spec to test against: specforge test <spec> --base-url URL`);
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const baseUrlText = values['base-url'] as string | undefined;
  if (baseUrlText === undefined || baseUrlText === '') throw new UserError('test: --base-url URL is required: where the API under test is served');
  let baseUrl: URL;
  try {
    baseUrl = new URL(baseUrlText);
  } catch {
    throw new UserError(`--base-url ${JSON.stringify(baseUrlText)} is not a URL`);
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') throw new UserError(`--base-url must be http or https, not ${baseUrl.protocol}`);
  const maxRequests = count(values['max-requests'] as string, '--max-requests', 1);
  const timeout = count(values.timeout as string, '--timeout', 1);
  const deadline = count(values.deadline as string, '--deadline', 1);
  const seed = count(values.seed as string, '--seed', 0);
  const specPath = resolve(positionals[0]!);
  if (!existsSync(specPath)) throw new UserError('no such file', ExitCode.unusable, displayPath(specPath));

  const lintConfigPath = values.config as string | undefined;
  const lint = lintInWorker({ specPath, configPath: lintConfigPath });
  lint.catch(() => undefined);
  const [{ loadContractPackage }, { contractData }] = await Promise.all([import('../pipeline/contract-package.js'), import('../emit/contract/contract-data.js')]);
  const loaded = await loadContractPackage(specPath, lint, lintConfigPath);
  loaded.remove();
  printLintWarnings(loaded.warnings, specPath);
  const data = loaded.contract.contractData;

  const operations = selectedOperations(values.operation as string[] | undefined, loaded.ir.operations.map((op) => ({ id: op.id, name: loaded.names.operations.get(op.id)!.name })));
  const cases = seed === 0 ? data.cases : contractData(loaded.ir, loaded.names, { seed }).cases;
  // A base URL without a path is the server's root: the API is under the spec's base path there, as `serve` serves it.
  const root = baseUrl.pathname === '/' && data.basePath !== '' ? `${baseUrl.origin}${data.basePath}` : baseUrlText.replace(/\/+$/, '');

  const runs: ContractCaseRun[] = [];
  let report;
  try {
    report = await loaded.contract.runContract({
      baseUrl: root,
      token: values.token as string | undefined,
      tokenWithoutScopes: values['token-without-scopes'] as string | undefined,
      operations,
      cases,
      stateful: values.stateful as boolean,
      maxRequests,
      timeout,
      deadline: deadline * 1000,
      onCase: ({ id, operation, title }) => runs.push({ id, operation, title }),
    });
  } catch (error) {
    // The class is the generated package's own copy of the runtime's: told apart by name.
    if ((error as Error)?.name === 'ContractUnreachableError') throw new UserError((error as Error).message);
    throw error;
  }
  const text = formatContractReport(report, format as ContractReportFormat, runs);
  const output = values.output as string | undefined;
  if (output !== undefined) writeFileSync(output, text);
  else process.stdout.write(text);
  const failed = new Set(report.failures.map((failure) => failure.case)).size;
  if (output !== undefined || format !== 'stylish') {
    process.stderr.write(`${report.passed} passed, ${failed} failed\n`);
    // The bounds are the user's own; a run they cut short passes on what it ran, and says it was cut.
    if (report.stopped) process.stderr.write(`stopped early: ${report.stopped === 'maxRequests' ? `--max-requests ${maxRequests} reached` : `--deadline ${deadline} s passed`}\n`);
  }
  return report.failures.length > 0 ? ExitCode.problems : ExitCode.ok;
}

function count(text: string, flag: string, least: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < least || !Number.isSafeInteger(value)) throw new UserError(`${flag} must be a whole number of at least ${least}, not '${text}'`);
  return value;
}

/** The operations named by `--operation` (operationId or name in code), as names in code; all when none is named. */
function selectedOperations(named: readonly string[] | undefined, operations: readonly { id: string; name: string }[]): string[] | undefined {
  if (named === undefined || named.length === 0) return undefined;
  return named.map((wanted) => {
    const found = operations.find((op) => op.id === wanted || op.name === wanted);
    if (!found) {
      const known = operations.slice(0, 10).map((op) => op.id).join(', ');
      throw new UserError(`--operation ${JSON.stringify(wanted)} is not an operation of the spec (${known}${operations.length > 10 ? ', …' : ''})`);
    }
    return found.name;
  });
}
