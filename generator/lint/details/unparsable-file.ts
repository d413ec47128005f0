import type { NormalizedProblem } from '@redocly/openapi-core';
import { yamlErrorCause } from '../../load/yaml-error-cause.js';

/** Redocly's problem for a `$ref`ed file that does not parse: the parser's message, its file and place. */
const FAILED_TO_PARSE = /^Failed to parse: (.+?)(?: in "[^"]*")?(?: \(\d+:\d+\))?$/;

/**
 * A `$ref`ed file that does not parse, said as for the spec's own file (`YAML does not parse: …`, without the
 * absolute path Redocly's message repeats), at the cause when the parser's position is after it (yamlErrorCause).
 */
export async function unparsableFile(problem: NormalizedProblem): Promise<NormalizedProblem> {
  const location = problem.location[0];
  const match = FAILED_TO_PARSE.exec(problem.message);
  if (!match || !location || location.pointer !== undefined || !location.start) return problem;
  const at = { line: location.start.line, col: location.start.col, reason: match[1]! };
  const cause = (typeof location.source.body === 'string' ? await yamlErrorCause(location.source.body, at) : undefined) ?? at;
  return {
    ...problem,
    message: `YAML does not parse: ${cause.reason}`,
    location: [{ ...location, start: { line: cause.line, col: cause.col } }, ...problem.location.slice(1)],
  };
}
