import type { Finding } from '../lint/finding.js';
import { displayPath } from '../util/display-path.js';
import { pathStat } from '../util/path-stat.js';
import { ThreadWorker, WorkerTimeLimitError } from '../util/worker.js';

export interface LintJob {
  specPath: string;
  /** A Redocly config file; specforge's own when undefined. */
  configPath: string | undefined;
  /** Lint without the rules that check examples against their schemas (see lintInWorker). */
  skipExampleChecks?: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** How long the lint took on its thread. */
  ms: number;
}

/** The rules that run examples through validators: the ones a pattern that backtracks catastrophically can hang. */
export const EXAMPLE_RULES = [
  'specforge/no-invalid-media-type-examples',
  'specforge/no-invalid-parameter-examples',
  'specforge/no-invalid-schema-examples',
  // Redocly's own, which a team's config may still turn on.
  'no-invalid-media-type-examples',
  'no-invalid-parameter-examples',
  'no-invalid-schema-examples',
];

/**
 * How long a lint may take before it is taken to be stuck in an example check: 30 s, or 5 s per MB of spec for
 * larger ones (GitHub's 13 MB lint in about 2 s, so a spec of any size gets twenty times what it needs and more);
 * `SPECFORGE_LINT_TIME_LIMIT_MS` sets another.
 */
export function lintTimeLimitMs(specPath: string): number {
  const set = Number(process.env.SPECFORGE_LINT_TIME_LIMIT_MS);
  if (Number.isFinite(set) && set > 0) return set;
  const megabytes = (pathStat(specPath)?.size ?? 0) / 1e6;
  return Math.max(30_000, Math.round(megabytes * 5_000));
}

let thread: ThreadWorker | undefined;

/**
 * Lints a spec on a worker thread. A lint still running after `lintTimeLimitMs` is stuck, in practice in an
 * example check whose pattern backtracks catastrophically (`([\w.-]*)*` on an example it does not match): it is
 * stopped and the spec linted again without the example rules, with an error finding that says so. `signal`
 * withdraws a lint no longer needed.
 */
export async function lintInWorker(job: LintJob, options: { signal?: AbortSignal } = {}): Promise<LintResult> {
  // One queue of lints per thread that asks: specs are linted one at a time, in the order asked.
  thread ??= new ThreadWorker(new URL('./lint-worker.js', import.meta.url));
  try {
    return await thread.run<LintResult>(job, { timeLimitMs: lintTimeLimitMs(job.specPath), ...options });
  } catch (error) {
    if (!(error instanceof WorkerTimeLimitError)) throw error;
    const result = await thread.run<LintResult>({ ...job, skipExampleChecks: true }, options);
    const stuck: Finding = {
      file: displayPath(job.specPath),
      line: 1,
      col: 1,
      severity: 'error',
      rule: 'specforge/examples-not-checked',
      message:
        `checking examples against their schemas ${error.message}, so the spec was linted without ${EXAMPLE_RULES.join(', ')}: ` +
        'a schema pattern that backtracks catastrophically (a repeated group inside a repetition, such as ([\\w.-]*)*) ' +
        'on an example it does not match can take that long; validators with such a pattern are slow on such input too',
      pointer: '',
    };
    return { ...result, findings: [stuck, ...result.findings] };
  }
}
