import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../lint/finding.js';
import type { ContractCheck, ContractProgress, ContractReport } from '../../templates/package/contract-runtime.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { inFolder, shownFrom, workingFolder } from './errors.js';

export type { ContractCheck, ContractFailure, ContractProgress, ContractReport } from '../../templates/package/contract-runtime.js';

export interface TestOptions {
  /** The spec the server is tested against, relative to `cwd`. */
  spec: string;
  /** Where the API under test is served, http or https. A URL without a path gets the spec's base path, as `specforge serve` serves it. */
  baseUrl: string | URL;
  /** The valid credential (a bearer token, an API key, or `user:pass` for basic); without one, a placeholder a mock accepts. */
  token?: string;
  /** A credential without the operations' scopes; without one, the cases expecting 403 are skipped. */
  tokenWithoutScopes?: string;
  /** Only these operations, by operationId or name in code; all by default. */
  operations?: readonly string[];
  /** Also run create → read → update → read → delete → read on each collection. */
  stateful?: boolean;
  /** Stop after this many requests; 5000 by default. */
  maxRequests?: number;
  /** Per request, in milliseconds; 10000 by default. */
  timeout?: number;
  /** For the whole run, in seconds; 600 by default. */
  deadline?: number;
  /** Values for the cases other than the spec's own (0, the default): the same seed gives the same cases. */
  seed?: number;
  /** A Redocly config file to lint the spec with instead of specforge's own, relative to `cwd`. */
  config?: string;
  /** The folder paths are taken and shown relative to; `process.cwd()` by default. */
  cwd?: string;
  /** Called after each case, with its failures and the progress of the run. */
  onCase?: (progress: ContractProgress) => void;
  /** Called once the spec is read, before the first request, with the lint warnings it was tested with. */
  onLintWarnings?: (warnings: readonly Finding[]) => void;
}

/** One case run: the checks it failed, none when it passed. */
export interface TestCaseResult {
  id: string;
  operation: string;
  title: string;
  passed: boolean;
  failed: ContractCheck[];
}

/**
 * The contract report (operations, cases and requests run, `passed` cases, `failures` each with its check, operation,
 * case, reason, status and curl line, `skipped` cases, `stopped` when a bound cut the run short) with every case run.
 */
export interface TestResult extends ContractReport {
  /** Cases with at least one failure. */
  failed: number;
  /** Every case run, in order. */
  results: TestCaseResult[];
  /** The spec's lint findings that do not stop the test. */
  lintWarnings: Finding[];
  /** What `specforge test` exits with: 1 when a check failed, else 0. */
  exitCode: 0 | 1;
}

export const TEST_DEFAULTS = { maxRequests: 5000, timeout: 10_000, deadline: 600, seed: 0 } as const;

/** How a caller's messages name its inputs: the API's options, or the CLI's flags. */
export interface TestWording {
  spec: string;
  baseUrl: string;
  operations: string;
  maxRequests: string;
  timeout: string;
  deadline: string;
  seed: string;
}

const API_WORDING: TestWording = {
  spec: '`spec`',
  baseUrl: 'baseUrl',
  operations: 'operations',
  maxRequests: 'maxRequests',
  timeout: 'timeout',
  deadline: 'deadline',
  seed: 'seed',
};

/**
 * Tests a running server against a spec as `specforge test` does, and returns the report instead of printing it.
 * Prints nothing, never exits. Rejects with a SpecforgeError for what stops the test from running: a bad option,
 * a missing or unusable spec, a server that cannot be reached (exit code 2), a spec that cannot be generated from
 * (exit code 1).
 */
export function test(options: TestOptions): Promise<TestResult> {
  return testWith(options, API_WORDING);
}

/** `test()`, with its messages naming the inputs as `wording` says (the CLI names its flags). */
export async function testWith(options: TestOptions, wording: TestWording): Promise<TestResult> {
  const cwd = workingFolder(options.cwd);
  if (typeof options.spec !== 'string' || options.spec === '') throw new UserError(`name the spec to test against (${wording.spec})`);
  const baseUrlText = String(options.baseUrl ?? '');
  if (baseUrlText === '') throw new UserError(`${wording.baseUrl} is required: where the API under test is served`);
  const baseUrl = parseBaseUrl(baseUrlText, wording.baseUrl);
  const maxRequests = wholeNumber(options.maxRequests ?? TEST_DEFAULTS.maxRequests, wording.maxRequests, 1);
  const timeout = wholeNumber(options.timeout ?? TEST_DEFAULTS.timeout, wording.timeout, 1);
  const deadline = wholeNumber(options.deadline ?? TEST_DEFAULTS.deadline, wording.deadline, 1);
  const seed = wholeNumber(options.seed ?? TEST_DEFAULTS.seed, wording.seed, 0);
  const specPath = resolve(cwd, options.spec);
  if (!existsSync(specPath)) throw new UserError('no such file', ExitCode.unusable, displayPath(specPath, cwd));
  const lintConfigPath = options.config ? resolve(cwd, options.config) : undefined;

  // Loaded here rather than imported, so that importing specforge does not load the generators; the lint starts first.
  const { lintInWorker } = await import('../pipeline/lint-in-worker.js');
  const lint = lintInWorker({ specPath, configPath: lintConfigPath });
  lint.catch(() => undefined);
  const [{ loadContractPackage }, { contractData }, { caseResults }] = await Promise.all([
    import('../pipeline/contract-package.js'),
    import('../emit/contract/contract-data.js'),
    import('../report/format-contract-report.js'),
  ]);
  const loaded = await inFolder(cwd, () => loadContractPackage(specPath, lint, lintConfigPath));
  loaded.remove();
  const lintWarnings = loaded.warnings.map((warning) => ({ ...warning, file: shownFrom(cwd, warning.file) }));
  options.onLintWarnings?.(lintWarnings);
  const data = loaded.contract.contractData;

  const all = loaded.ir.operations.map((op) => ({ id: op.id, name: loaded.names.operations.get(op.id)!.name }));
  const operations = selectedOperations(options.operations, all, wording.operations);
  const cases = seed === 0 ? data.cases : contractData(loaded.ir, loaded.names, { seed }).cases;
  // A base URL without a path is the server's root: the API is under the spec's base path there, as `serve` serves it.
  const root = baseUrl.pathname === '/' && data.basePath !== '' ? `${baseUrl.origin}${data.basePath}` : baseUrlText.replace(/\/+$/, '');

  const runs: { id: string; operation: string; title: string }[] = [];
  let report: ContractReport;
  try {
    report = await loaded.contract.runContract({
      baseUrl: root,
      token: options.token,
      tokenWithoutScopes: options.tokenWithoutScopes,
      operations,
      cases,
      stateful: options.stateful ?? false,
      maxRequests,
      timeout,
      deadline: deadline * 1000,
      onCase: (progress) => {
        runs.push({ id: progress.id, operation: progress.operation, title: progress.title });
        options.onCase?.(progress);
      },
    });
  } catch (error) {
    // The class is the generated package's own copy of the runtime's: told apart by name.
    if ((error as Error)?.name === 'ContractUnreachableError') throw new UserError((error as Error).message);
    throw error;
  }
  const failed = new Set(report.failures.map((failure) => failure.case)).size;
  const results: TestCaseResult[] = caseResults(report, runs);
  return { ...report, failed, results, lintWarnings, exitCode: report.failures.length > 0 ? ExitCode.problems : ExitCode.ok };
}

/** The URL of the API under test: http or https. */
export function parseBaseUrl(text: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`${name} ${JSON.stringify(text)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`${name} must be http or https, not ${url.protocol}`);
  return url;
}

function wholeNumber(value: number, name: string, least: number): number {
  if (!Number.isSafeInteger(value) || value < least) throw new UserError(`${name} must be a whole number of at least ${least}, not ${String(value)}`);
  return value;
}

/** The operations named (operationId or name in code), as names in code; all when none is named. */
function selectedOperations(named: readonly string[] | undefined, operations: readonly { id: string; name: string }[], name: string): string[] | undefined {
  if (named === undefined || named.length === 0) return undefined;
  return named.map((wanted) => {
    const found = operations.find((op) => op.id === wanted || op.name === wanted);
    if (!found) {
      const known = operations.slice(0, 10).map((op) => op.id).join(', ');
      throw new UserError(`${name} ${JSON.stringify(wanted)} is not an operation of the spec (${known}${operations.length > 10 ? ', …' : ''})`);
    }
    return found.name;
  });
}
