import { pathStat } from '../util/path-stat.js';
import { ExitCode, UserError } from '../util/user-error.js';

export type OpenApiVersion = '3.0' | '3.1';

/** A `UserError` with exit code 2 (unusable input), at `where`. */
export function unusableSpec(message: string, where: string): UserError {
  return new UserError(message, ExitCode.unusable, where);
}

/** Refuses a path that is not a file. */
export function checkSpecFile(absolutePath: string, shown: string): void {
  const stat = pathStat(absolutePath);
  if (!stat) throw unusableSpec('no such file', shown);
  if (stat.isDirectory()) throw unusableSpec('is a folder, not a spec file', shown);
}

/** The OpenAPI version of a parsed spec file; anything but an OpenAPI 3.0 or 3.1 document is refused. */
export function openApiVersionOf(root: unknown, shown: string): OpenApiVersion {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw unusableSpec('is not an OpenAPI document: expected a mapping at the top level', shown);
  }
  const { swagger, openapi } = root as Record<string, unknown>;
  if (swagger !== undefined) {
    throw unusableSpec(`is Swagger ${String(swagger)}; specforge reads OpenAPI 3.0 and 3.1: convert it first (for example with swagger2openapi)`, shown);
  }
  if (openapi === undefined) throw unusableSpec('is not an OpenAPI document: it has no `openapi` field', shown);
  const major = /^3\.([01])\.\d+$/.exec(String(openapi));
  if (!major) throw unusableSpec(`declares OpenAPI ${JSON.stringify(openapi)}; specforge reads OpenAPI 3.0.x and 3.1.x`, shown);
  return major[1] === '0' ? '3.0' : '3.1';
}

/**
 * Whether a file is read with `JSON.parse` rather than a YAML parser (several times faster on large specs): its
 * name ends in `.json` and its text starts like JSON. Text that then does not parse goes to the YAML parser, which
 * says where it breaks.
 */
export function readsAsJson(path: string, text: string): boolean {
  return /\.json$/i.test(path) && /^\s*[{[]/.test(text);
}
