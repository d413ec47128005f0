import type { Config } from '@redocly/openapi-core';
import { loadLintConfig } from '../lint/config.js';
import { lintSpec } from '../lint/lint-spec.js';
import { JsonFirstResolver, readSpec } from '../load/read-spec.js';
import { serveWorker } from '../util/worker.js';
import { EXAMPLE_RULES, type LintJob, type LintResult } from './lint-in-worker.js';
import { lintConfigFiles } from './lint-config-files.js';

const configs = new Map<string, Promise<Config>>();

/** A config loaded once for the specs this thread lints with it (a run of many specs shares one), again once it or a file it names is edited. */
function configAt(path: string | undefined): Promise<Config> {
  const key = path === undefined ? '' : JSON.stringify([path, lintConfigFiles(path).map((file) => file.hash)]);
  let config = configs.get(key);
  if (config === undefined) {
    configs.set(key, (config = loadLintConfig(path)));
    config.catch(() => configs.delete(key));
  }
  return config;
}

// Lints specs on a thread of their own, so that linting a large spec overlaps with generating its code.
serveWorker<LintJob, LintResult>(async (job) => {
  const start = performance.now();
  const config = job.skipExampleChecks ? await loadLintConfig(job.configPath) : await configAt(job.configPath);
  if (job.skipExampleChecks) config.skipRules(EXAMPLE_RULES);
  const resolver = new JsonFirstResolver();
  const spec = await readSpec(job.specPath, resolver);
  const findings = await lintSpec(spec, config, resolver.jsonSources());
  return { findings, ms: performance.now() - start };
});
