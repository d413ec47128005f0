import { getLineColLocation, lintDocument, type Config, type LocationObject, type NormalizedProblem, type Source } from '@redocly/openapi-core';
import { ExitCode, UserError } from '../util/user-error.js';
import { scanJson, type LineCol } from '../load/json-positions.js';
import type { SpecDocument } from '../load/read-spec.js';
import { displayPath } from '../util/display-path.js';
import { compareFindings, type Finding } from './finding.js';
import { addMessageDetails } from './message-details.js';

/**
 * Lints one spec that `readSpec` accepted; returns its findings sorted by file, line and column. Findings in
 * `jsonSources` (files parsed with `JSON.parse`, see JsonFirstResolver) are located by one scan of each file,
 * which also refuses a duplicate key in them, as Redocly's YAML parser would have. Messages get the details Redocly's
 * leave out (see addMessageDetails).
 */
export async function lintSpec(spec: SpecDocument, config: Config, jsonSources: readonly Source[] = []): Promise<Finding[]> {
  const found = (await lintDocument({ document: spec.document, config, externalRefResolver: spec.resolver })).filter((p) => !p.ignored);
  const problems = await addMessageDetails(found, spec, config);
  const positions = locateInJson(problems, jsonSources);
  return problems.map((problem) => toFinding(problem, positions)).sort(compareFindings);
}

function locateInJson(problems: readonly NormalizedProblem[], jsonSources: readonly Source[]): Map<LocationObject, LineCol> {
  const positions = new Map<LocationObject, LineCol>();
  for (const source of jsonSources) {
    const locations = problems.map((p) => p.location[0]).filter((l): l is LocationObject => l?.source === source && l.pointer !== undefined);
    const scan = scanJson(source.body, locations.map((l) => ({ pointer: l.pointer!.replace(/^#/, ''), onKey: l.reportOnKey === true })));
    if (scan.duplicateKey) {
      const where = `${displayPath(source.absoluteRef)}:${scan.duplicateKey.line}:${scan.duplicateKey.col}`;
      throw new UserError('YAML does not parse: duplicated mapping key', ExitCode.unusable, where);
    }
    locations.forEach((location, i) => positions.set(location, scan.places[i]!));
  }
  return positions;
}

function toFinding(problem: NormalizedProblem, positions: ReadonlyMap<LocationObject, LineCol>): Finding {
  const location = problem.location[0];
  const position = location ? (positions.get(location) ?? getLineColLocation(location).start) : { line: 1, col: 1 };
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
