import type { GenerateOptions, GenerateResult } from '../pipeline/generate-run.js';
import { inFolder, workingFolder } from './errors.js';

export type { GenerateEvent, GenerateOptions, GenerateResult, SpecResult } from '../pipeline/generate-run.js';
export type { GenerationTarget } from '../pipeline/generation-targets.js';
export type { TargetStatus } from '../pipeline/generate-target.js';

/**
 * `specforge generate` as a function: a package per spec (the specs named, or those of specforge.config in `cwd`),
 * each spec's result returned rather than printed. A spec refused or unusable is a result (`status`, `error`), not a
 * rejection; options no spec can be generated with reject with a SpecforgeError (`exitCode` 2, `where`).
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const cwd = workingFolder(options.cwd);
  // Loaded when called: importing `specforge` stays cheap.
  const { generate: run } = await import('../pipeline/generate-run.js');
  return inFolder(cwd, () => run({ ...options, cwd }));
}
