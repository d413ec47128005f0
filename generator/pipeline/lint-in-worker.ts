import type { Finding } from '../lint/finding.js';
import { runInWorker } from '../util/worker.js';

export interface LintJob {
  specPath: string;
  /** A Redocly config file; specforge's own when undefined. */
  configPath: string | undefined;
}

export interface LintResult {
  findings: Finding[];
  /** How long the lint took on its thread. */
  ms: number;
}

/** Lints a spec on a worker thread. */
export function lintInWorker(job: LintJob): Promise<LintResult> {
  return runInWorker<LintResult>(new URL('./lint-worker.js', import.meta.url), job);
}
