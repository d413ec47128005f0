import type { GenerateResult } from '../pipeline/generate-run.js';
import { displayPath } from '../util/display-path.js';

/** `--format json`: one document for machines, paths as the user would write them. */
export function jsonSummary(result: GenerateResult): unknown {
  return {
    exitCode: result.exitCode,
    ms: Math.round(result.ms),
    specs: result.specs.map((spec) => ({
      spec: displayPath(spec.spec),
      dir: displayPath(spec.dir),
      packageName: spec.packageName,
      status: spec.status,
      files: spec.files,
      written: spec.written,
      removed: spec.removed,
      unchanged: spec.unchanged.length,
      ...(spec.differences.length > 0 ? { differences: spec.differences } : {}),
      warnings: spec.warnings,
      ...(spec.error ? { error: spec.error } : {}),
      ms: Math.round(spec.ms),
      stages: spec.stages.map((s) => ({ name: s.name, ms: Math.round(s.ms) })),
    })),
  };
}
