import { resolve } from 'node:path';
import type { Finding } from '../lint/finding.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { inFolder, shownFrom, whereFrom, workingFolder } from './errors.js';

export type { Finding } from '../lint/finding.js';

export interface LintOptions {
  /** The spec files to lint, relative to `cwd`. Undefined or empty: the specs listed in `cwd`'s specforge.config.json. */
  specs?: readonly string[];
  /** A Redocly config file to use instead of specforge's own (as `specforge lint --config`), relative to `cwd`. */
  config?: string;
  /** The folder paths are taken and shown relative to; `process.cwd()` by default. */
  cwd?: string;
}

/** One spec's part of a lint. */
export interface SpecLint {
  /** The spec's path, relative to `cwd` when inside it. */
  spec: string;
  errors: number;
  warnings: number;
  /** Set when the spec could not be linted at all: a missing file, YAML that does not parse, not OpenAPI 3.0 or 3.1. */
  unusable?: { message: string; where?: string };
}

export interface LintResult {
  /** Every finding, spec by spec in the order of `specs` (each spec's sorted by file, line and column). */
  findings: Finding[];
  specs: SpecLint[];
  /** Totals over all specs. */
  errors: number;
  warnings: number;
  /** What `specforge lint` exits with: 2 when a spec is unusable, else 1 when there are errors, else 0. */
  exitCode: 0 | 1 | 2;
}

/** How a caller's messages name its inputs: the API's options, or the CLI's arguments. */
export interface LintWording {
  /** Where the specs are named, in the message for none named and no project config. */
  specs: string;
}

const API_WORDING: LintWording = { specs: 'the `specs` option' };

/**
 * Lints specs as `specforge lint` does, and returns the findings instead of printing them. Prints nothing, never
 * exits. A spec that cannot be used is reported in its `specs` entry (`unusable`), and the others are still
 * linted; a lint config that cannot be loaded, a malformed specforge.config.json, or no specs to lint rejects
 * with a SpecforgeError (exit code 2).
 */
export function lint(options: LintOptions = {}): Promise<LintResult> {
  return lintWith(options, API_WORDING);
}

/** `lint()`, with its messages naming the inputs as `wording` says (the CLI names its arguments). */
export async function lintWith(options: LintOptions, wording: LintWording): Promise<LintResult> {
  const cwd = workingFolder(options.cwd);
  // Loaded here rather than imported, so that importing specforge does not load Redocly.
  const [{ readProjectConfig }, { loadLintConfig }, { lintInWorker }] = await Promise.all([
    import('../config/project-config.js'),
    import('../lint/config.js'),
    import('../pipeline/lint-in-worker.js'),
  ]);
  const files = await inFolder(cwd, () => {
    if (options.specs !== undefined && options.specs.length > 0) return options.specs.map((spec) => resolve(cwd, spec));
    const project = readProjectConfig(cwd);
    if (!project) throw new UserError(`name the specs to lint (${wording.specs}), or list them in specforge.config.json`);
    return project.specs.map((spec) => spec.path);
  });
  const configPath = options.config ? resolve(cwd, options.config) : undefined;
  await inFolder(cwd, () => loadLintConfig(configPath)); // a config that cannot be used is reported once, before any spec

  const findings: Finding[] = [];
  const specs: SpecLint[] = [];
  for (const file of files) {
    const spec = displayPath(file, cwd);
    // On a thread of its own, so that a lint stuck in an example check is stopped (see lintInWorker).
    try {
      const found = (await lintInWorker({ specPath: file, configPath })).findings.map((finding) => ({ ...finding, file: shownFrom(cwd, finding.file) }));
      findings.push(...found);
      specs.push({ spec, errors: found.filter((f) => f.severity === 'error').length, warnings: found.filter((f) => f.severity === 'warn').length });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const where = error.where === undefined ? {} : { where: whereFrom(cwd, error.where) };
      specs.push({ spec, errors: 0, warnings: 0, unusable: { message: error.message, ...where } });
    }
  }
  const errors = specs.reduce((sum, spec) => sum + spec.errors, 0);
  const warnings = specs.reduce((sum, spec) => sum + spec.warnings, 0);
  const exitCode = specs.some((spec) => spec.unusable) ? ExitCode.unusable : errors > 0 ? ExitCode.problems : ExitCode.ok;
  return { findings, specs, errors, warnings, exitCode };
}
