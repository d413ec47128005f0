import type { Config } from '@redocly/openapi-core';
import { selectEmitters } from '../emit/select-emitters.js';
import type { InputFile } from '../util/content-hash.js';
import { packageVersion } from '../util/package-version.js';
import { UserError } from '../util/user-error.js';
import { checkFolderOwned, checkFolderPath } from '../write/output-folder.js';
import { checkPackage, writePackage } from '../write/write-package.js';
import { generatePackage } from './generate-package.js';
import { GenerationCache } from './generation-cache.js';
import type { GenerationTarget } from './generation-targets.js';
import type { LintResult } from './lint-in-worker.js';
import { lintConfigFiles } from './lint-config-files.js';
import { StageTimer } from './stage-timer.js';
import { emptyOutcome, type TargetOutcome } from './target-outcome.js';

export type { TargetOutcome, TargetStatus } from './target-outcome.js';

export interface TargetJob {
  target: GenerationTarget;
  /** Write nothing; compare the folder with what generation makes now. */
  check: boolean;
  /** Write into a folder specforge does not own, and ignore the cache. */
  force: boolean;
  /** Where the cache is (GenerationCache.folder); undefined for none. */
  cacheFolder: string | undefined;
}

const lintConfigs = new Map<string, Promise<Config>>();

/**
 * A lint config, loaded once per thread for its text and the files it names (`--watch` sees an edit), and checked
 * (it may be refused) before any spec is generated with it. A config that could not be loaded is tried again.
 */
export function lintConfigAt(path: string, files: readonly InputFile[]): Promise<Config> {
  const key = JSON.stringify([path, files.map((file) => file.hash)]);
  let config = lintConfigs.get(key);
  if (config === undefined) {
    // Loaded when a spec has one: a JSON spec of one file with specforge's own config needs no Redocly on this thread.
    lintConfigs.set(key, (config = import('../lint/config.js').then(({ loadLintConfig }) => loadLintConfig(path))));
    config.catch(() => lintConfigs.delete(key));
  }
  return config;
}

/**
 * Generates one spec's package and writes it (or, with `check`, compares it): the unit of work a run repeats per
 * spec, on the main thread or on a worker. It never throws for the spec's own problems: a refusal, an unusable
 * input or a folder of someone else's files is an outcome, so that the other specs of the run go on.
 */
export async function generateTarget(job: TargetJob, options: { lint?: Promise<LintResult>; onStage?: (stage: string) => void } = {}): Promise<TargetOutcome> {
  const { target } = job;
  const timer = new StageTimer(options.onStage);
  const outcome: TargetOutcome = { ...emptyOutcome('written', [target.path]), stages: timer.stages };
  const cache = new GenerationCache(job.cacheFolder);
  try {
    checkFolderPath(target.dir, 'the package folder');
    if (!job.check) checkFolderOwned(target.dir, job.force);
    // Hashed before it is loaded: an edit during the run then only costs the next run its skip.
    const lintInputs = target.lintConfig === undefined ? [] : lintConfigFiles(target.lintConfig);
    const lintConfig = target.lintConfig === undefined ? undefined : await timer.time('lint config', () => lintConfigAt(target.lintConfig!, lintInputs));
    const generated = await generatePackage(
      {
        specPath: target.path,
        packageName: target.packageName,
        ...(target.version === undefined ? {} : { packageVersion: target.version }),
        lintConfig,
        lintConfigPath: target.lintConfig,
        ...(options.lint ? { lint: options.lint } : {}),
        ...(target.emitters === undefined ? {} : { emitters: selectEmitters(target.emitters) }),
      },
      timer,
    );
    outcome.warnings = generated.warnings;
    outcome.inputs = generated.inputs.map((input) => input.path);
    outcome.files = generated.files.length;
    if (job.check) {
      const report = await timer.time('check', () => checkPackage(target.dir, generated.files));
      outcome.differences = checkDifferences(report);
      outcome.status = outcome.differences.length > 0 ? 'stale' : 'up-to-date';
      if (outcome.status === 'up-to-date') cache.store(target, generated.inputs, lintInputs, generated.files.map((file) => file.path), generated.warnings);
    } else {
      const report = await timer.time('write', () => writePackage(target.dir, generated.files, { force: job.force }));
      Object.assign(outcome, report);
      await timer.time('cache', () => cache.store(target, generated.inputs, lintInputs, generated.files.map((file) => file.path), generated.warnings));
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    cache.forget(target);
    outcome.status = error.exitCode === 1 ? 'refused' : 'unusable';
    outcome.error = { message: error.message, where: error.where };
  }
  return outcome;
}

function checkDifferences(report: ReturnType<typeof checkPackage>): string[] {
  const lines = [...report.changed.map((p) => `changed ${p}`), ...report.missing.map((p) => `missing ${p}`), ...report.stale.map((p) => `stale ${p}`)];
  const versions = new Set(report.runtime.map((file) => file.writtenBy));
  for (const version of versions) {
    const files = report.runtime.filter((file) => file.writtenBy === version).length;
    lines.push(
      version === undefined || version === packageVersion()
        ? `runtime: ${files === 1 ? 'a runtime file' : `${files} runtime files`} edited since specforge wrote ${files === 1 ? 'it' : 'them'}`
        : `runtime: written by specforge ${version}, not by this specforge (${packageVersion()})`,
    );
  }
  return lines;
}
