import { getLineColLocation, lintDocument, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import type { SpecDocument } from '../load/read-spec.js';
import { displayPath } from '../util/display-path.js';
import { compareFindings, type Finding } from './finding.js';

/** Lints one spec that `readSpec` accepted; returns its findings sorted by file, line and column. */
export async function lintSpec(spec: SpecDocument, config: Config): Promise<Finding[]> {
  const problems = await lintDocument({ document: spec.document, config, externalRefResolver: spec.resolver });
  return problems.filter((problem) => !problem.ignored).map(toFinding).sort(compareFindings);
}

function toFinding(problem: NormalizedProblem): Finding {
  const location = problem.location[0];
  const position = location ? getLineColLocation(location).start : { line: 1, col: 1 };
  return {
    file: location ? displayPath(location.source.absoluteRef) : '',
    line: position.line,
    col: position.col,
    severity: problem.severity === 'error' ? 'error' : 'warn',
    rule: problem.ruleId,
    message: problem.message,
    pointer: location?.pointer?.replace(/^#/, '') ?? '',
  };
}
