import { detectSpec, getTypes, normalizeTypes, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import type { SpecDocument } from '../load/read-spec.js';
import { mappedSchemaName } from '../spec/mapping-names.js';
import { valueAt } from '../util/json-pointer.js';
import { duplicateOperationId } from './details/duplicate-operation-id.js';
import { enumValuesMessage, isUnlistedEnum } from './details/enum-values.js';
import { SpecFiles } from './details/spec-files.js';
import { unparsableFile } from './details/unparsable-file.js';
import { unresolvedRefMessage } from './details/unresolved-ref.js';

/**
 * Redocly's problems with what their messages leave out put in, from the spec itself: the target of a `$ref` that
 * does not resolve and why, the operation a duplicate operationId is also used by (and the place of its key), the
 * values of an enum too long for Redocly to list, the cause of a `$ref`ed file's YAML error. Each message is made one
 * line (a spec's text in it is data, and must not start a line of its own), and problems reported twice are one.
 */
export async function addMessageDetails(problems: readonly NormalizedProblem[], spec: SpecDocument, config: Config): Promise<NormalizedProblem[]> {
  const files = new SpecFiles(spec);
  let types: ReturnType<typeof normalizeTypes> | undefined;
  const out: NormalizedProblem[] = [];
  const seen = new Set<string>();
  for (const original of problems) {
    let problem = original;
    if (problem.ruleId === 'no-unresolved-refs') {
      // Redocly takes a mapping's schema name (`cat: Cat`) for a file; OpenAPI allows it, and generation reads it so.
      if (await isMappedSchemaName(problem, files)) continue;
      problem = await unparsableFile(problem);
      const message = await unresolvedRefMessage(problem, files);
      if (message !== undefined) problem = { ...problem, message };
    } else if (problem.ruleId === 'operation-operationId-unique') {
      problem = await duplicateOperationId(problem, files);
    } else if (isUnlistedEnum(problem)) {
      const version = detectSpec(spec.document.parsed);
      types ??= normalizeTypes(config.extendTypes(getTypes(version), version), config);
      const message = enumValuesMessage(problem, types);
      if (message !== undefined) problem = { ...problem, message };
    }
    problem = { ...problem, message: oneLine(problem.message) };
    const key = identity(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

/** A message on one line: line breaks (and the space around them) become one space, other control characters `\uXXXX`. */
function oneLine(message: string): string {
  return message
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What makes two problems the same problem: Redocly reports a discriminator mapping's unresolved `$ref` twice. */
function identity(problem: NormalizedProblem): string {
  const location = problem.location[0];
  const place = location ? [location.source.absoluteRef, location.pointer ?? '', location.reportOnKey === true, location.pointer === undefined ? JSON.stringify(location.start) : ''] : [];
  return JSON.stringify([problem.ruleId, problem.severity, problem.message, ...place]);
}

/** Whether the unresolved `$ref` is a discriminator mapping's value that names a schema of the same document. */
async function isMappedSchemaName(problem: NormalizedProblem, files: SpecFiles): Promise<boolean> {
  const location = problem.location[0];
  if (location?.pointer === undefined || !/\/discriminator\/mapping\/[^/]+$/.test(location.pointer)) return false;
  const document = await files.parsed(location.source.absoluteRef);
  return mappedSchemaName(valueAt(document, location.pointer.replace(/^#/, '')), document) !== undefined;
}
