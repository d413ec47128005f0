import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathStat } from '../util/path-stat.js';
import { ExitCode } from '../util/user-error.js';
import { GenerationCache } from './generation-cache.js';
import { generationTargets, type GenerationTarget, type TargetOptions } from './generation-targets.js';
import type { TargetJob } from './generate-target.js';
import { emptyOutcome, type TargetOutcome, type TargetStatus } from './target-outcome.js';
import { lintInWorker, type LintResult } from './lint-in-worker.js';

export interface GenerateOptions extends TargetOptions {
  /** Write nothing; report each package as up to date or stale. */
  check?: boolean | undefined;
  /** Write into folders specforge does not own (same-named files replaced, no other touched), and ignore the cache. */
  force?: boolean | undefined;
  /** Stop at the first spec that is refused: the ones not started yet are skipped. */
  failFast?: boolean | undefined;
  /**
   * How many specs are generated at once, each on a thread of its own. By default the machine's cores, when the specs
   * to generate are large enough to repay a thread (2 MB in all); else one, on this thread.
   */
  jobs?: number | undefined;
  /** Hears of each spec as it starts, each stage, and each result, in the order they happen. */
  onEvent?: ((event: GenerateEvent) => void) | undefined;
}

export interface SpecResult extends TargetOutcome {
  /** Absolute path of the spec. */
  spec: string;
  /** Absolute path of its package folder. */
  dir: string;
  packageName: string;
  /** Wall time of this spec, on its thread. */
  ms: number;
}

export type GenerateEvent =
  | { type: 'start'; index: number; target: GenerationTarget }
  | { type: 'stage'; index: number; stage: string }
  | { type: 'done'; index: number; result: SpecResult };

export interface GenerateResult {
  /** 0 all done; 1 a spec refused or a package stale (`check`); 2 a spec or folder unusable; 3 a bug in specforge. */
  exitCode: ExitCode;
  /** One per spec, in the order they were named. */
  specs: SpecResult[];
  /** The run's own stages (the specs' own are in each result), which add up to `ms`. */
  stages: { name: string; ms: number }[];
  ms: number;
}

/**
 * Generates a package per spec. Each spec stands alone: a spec refused or unusable is reported in its result and
 * the others are still written (unless `failFast`). A package whose inputs are all as the last run left them is
 * skipped (`cached`); several are generated at once on worker threads. Options that cannot be used at all (a bad
 * flag, an `--out` that is a file, a project config that does not parse) reject with a UserError.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const targets = generationTargets(options);
  return generateTargets(targets, options, [{ name: 'targets', ms: performance.now() - started }]);
}

/** `generate` for targets already settled (`--watch` regenerates the ones whose files changed). */
export async function generateTargets(targets: readonly GenerationTarget[], options: GenerateOptions, stages: GenerateResult['stages'] = []): Promise<GenerateResult> {
  const started = performance.now() - stages.reduce((sum, s) => sum + s.ms, 0);
  // --force skips the lookup, not the record: the run after it is a no-op again.
  const cache = GenerationCache.forProject(options.cwd);
  const results: (SpecResult | undefined)[] = new Array(targets.length).fill(undefined);
  const lookupStart = performance.now();
  const todo: number[] = [];
  for (const [index, target] of targets.entries()) {
    const at = performance.now();
    const hit = options.force ? undefined : cache.lookup(target);
    if (hit === undefined) {
      todo.push(index);
      continue;
    }
    const status = options.check ? 'up-to-date' : 'cached';
    const result: SpecResult = { ...base(target, status), files: hit.files, warnings: hit.warnings, inputs: hit.inputs, ms: performance.now() - at };
    results[index] = result;
    options.onEvent?.({ type: 'start', index, target });
    options.onEvent?.({ type: 'done', index, result });
  }
  stages.push({ name: 'cache', ms: performance.now() - lookupStart });

  const jobOf = (target: GenerationTarget): TargetJob => ({ target, check: options.check ?? false, force: options.force ?? false, cacheFolder: cache.enabled ? cache.folder : undefined });
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(todo.map((index) => targets[index]!)), todo.length));
  const runStart = performance.now();
  const finish = (index: number, outcome: TargetOutcome, ms: number): boolean => {
    const result: SpecResult = { ...base(targets[index]!, outcome.status), ...outcome, ms };
    results[index] = result;
    options.onEvent?.({ type: 'done', index, result });
    return !(options.failFast && failed(result));
  };
  if (todo.length > 0) {
    const before = stages.length;
    if (jobs === 1) await generateInTurn(todo, targets, jobOf, options, finish, stages);
    else await generateInParallel(todo, targets, jobOf, jobs, options, finish);
    const inner = stages.slice(before).reduce((sum, s) => sum + s.ms, 0);
    stages.push({ name: jobs === 1 ? 'generate' : `generate (${jobs} threads)`, ms: performance.now() - runStart - inner });
  }
  const specs = results.map((result, index) => {
    if (result !== undefined) return result;
    const skipped: SpecResult = { ...base(targets[index]!, 'skipped'), ms: 0 };
    options.onEvent?.({ type: 'done', index, result: skipped });
    return skipped;
  });
  return { exitCode: exitCodeOf(specs), specs, stages, ms: performance.now() - started };
}

/**
 * As many threads as cores, where they pay for themselves: a thread loads the code generator again (about a second
 * of CPU), which small specs do not repay, so specs of less than SMALL_SPECS_BYTES in all run in turn on this thread.
 */
function defaultJobs(targets: readonly GenerationTarget[]): number {
  // A spec that is not there weighs nothing here: it is reported unusable when its turn comes.
  const bytes = targets.reduce((sum, target) => sum + (pathStat(target.path)?.size ?? 0), 0);
  return bytes < SMALL_SPECS_BYTES ? 1 : availableParallelism();
}

const SMALL_SPECS_BYTES = 2_000_000;

function base(target: GenerationTarget, status: TargetStatus): Omit<SpecResult, 'ms'> {
  return { ...emptyOutcome(status, [target.path]), spec: target.path, dir: target.dir, packageName: target.packageName };
}

function failed(result: SpecResult): boolean {
  return result.status === 'refused' || result.status === 'unusable' || result.status === 'failed';
}

function exitCodeOf(specs: readonly SpecResult[]): ExitCode {
  if (specs.some((spec) => spec.status === 'failed')) return ExitCode.internal;
  if (specs.some((spec) => spec.status === 'unusable')) return ExitCode.unusable;
  if (specs.some((spec) => spec.status === 'refused' || spec.status === 'stale')) return ExitCode.problems;
  return ExitCode.ok;
}

/**
 * One spec after another on this thread. Each spec's lint is asked for as the spec before it starts, so that the
 * lint thread is a spec ahead; the first's starts before the code generator's modules load (most of a second).
 * The module load is a stage of the run.
 */
async function generateInTurn(
  todo: readonly number[],
  targets: readonly GenerationTarget[],
  jobOf: (target: GenerationTarget) => TargetJob,
  options: GenerateOptions,
  finish: (index: number, outcome: TargetOutcome, ms: number) => boolean,
  stages: GenerateResult['stages'],
): Promise<void> {
  // A lint asked for ahead of a spec that is then not generated (--fail-fast) is withdrawn, not waited for.
  const ahead = new AbortController();
  const lintOf = (n: number): Promise<LintResult> | undefined => {
    const target = n < todo.length ? targets[todo[n]!]! : undefined;
    if (target === undefined) return undefined;
    const lint = lintInWorker({ specPath: target.path, configPath: target.lintConfig }, { signal: ahead.signal });
    lint.catch(() => undefined); // awaited by its spec; never left unhandled if the run stops first
    return lint;
  };
  let lint = lintOf(0);
  const loadStart = performance.now();
  const { generateTarget } = await import('./generate-target.js');
  stages.push({ name: 'modules', ms: performance.now() - loadStart });
  for (const [n, index] of todo.entries()) {
    const at = performance.now();
    const own = lint;
    lint = lintOf(n + 1);
    options.onEvent?.({ type: 'start', index, target: targets[index]! });
    let outcome: TargetOutcome;
    try {
      outcome = await generateTarget(jobOf(targets[index]!), { ...(own ? { lint: own } : {}), onStage: (stage) => options.onEvent?.({ type: 'stage', index, stage }) });
    } catch (error) {
      outcome = crashed(error);
    }
    if (!finish(index, outcome, performance.now() - at)) {
      ahead.abort();
      return;
    }
  }
}

/** `jobs` worker threads, each taking the next spec when it is done with one; the results come back as they finish. */
async function generateInParallel(
  todo: readonly number[],
  targets: readonly GenerationTarget[],
  jobOf: (target: GenerationTarget) => TargetJob,
  jobs: number,
  options: GenerateOptions,
  finish: (index: number, outcome: TargetOutcome, ms: number) => boolean,
): Promise<void> {
  const queue = [...todo];
  let stop = false;
  const thread = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      for (let index = queue.shift(); index !== undefined && !stop; index = stop ? undefined : queue.shift()) {
        const at = performance.now();
        options.onEvent?.({ type: 'start', index, target: targets[index]! });
        // A thread that died (out of memory, an error nothing caught) fails its spec, and the next gets a new one.
        const current = (worker ??= new Worker(new URL('./generate-worker.js', import.meta.url)));
        const outcome = await new Promise<TargetOutcome>((resolve) => {
          const settle = (outcome: TargetOutcome): void => {
            current.off('message', onMessage).off('error', onError).off('exit', onExit);
            resolve(outcome);
          };
          const onMessage = (message: { id: number; stage?: string; outcome?: TargetOutcome; crash?: string }): void => {
            if (message.id !== index) return;
            if (message.stage !== undefined) options.onEvent?.({ type: 'stage', index, stage: message.stage });
            else settle(message.outcome ?? crashed(message.crash));
          };
          const onError = (error: unknown): void => {
            worker = undefined;
            void current.terminate();
            settle(crashed(error));
          };
          const onExit = (code: number): void => {
            worker = undefined;
            settle(crashed(new Error(`the worker thread stopped (exit code ${code})`)));
          };
          current.on('message', onMessage).on('error', onError).on('exit', onExit);
          current.postMessage({ id: index, job: jobOf(targets[index]!) });
        });
        if (!finish(index, outcome, performance.now() - at)) stop = true;
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: jobs }, thread));
}

/** A bug in specforge while generating one spec: reported as that spec's failure, so that the others still land. */
function crashed(error: unknown): TargetOutcome {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const message = process.env.SPECFORGE_DEBUG ? text : text.split('\n')[0]!;
  return { ...emptyOutcome('failed', []), error: { message: `internal error: ${message}` } };
}
