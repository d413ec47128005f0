import { loadLintConfig } from '../lint/config.js';
import { lintSpec } from '../lint/lint-spec.js';
import { JsonFirstResolver, readSpec } from '../load/read-spec.js';
import { serveWorker } from '../util/worker.js';
import { EXAMPLE_RULES, type LintJob, type LintResult } from './lint-in-worker.js';

// Lints one spec on a thread of its own, so that linting a large spec overlaps with generating its code.
serveWorker<LintJob, LintResult>(async (job) => {
  const start = performance.now();
  const config = await loadLintConfig(job.configPath);
  if (job.skipExampleChecks) config.skipRules(EXAMPLE_RULES);
  const resolver = new JsonFirstResolver();
  const spec = await readSpec(job.specPath, resolver);
  const findings = await lintSpec(spec, config, resolver.jsonSources());
  return { findings, ms: performance.now() - start };
});
