import { resolve } from 'node:path';
import { displayPath } from '../util/display-path.js';
import { UserError } from '../util/user-error.js';

/**
 * What `lint()`, `test()` and `generate()` reject with for input they cannot use: a missing file, a config that
 * cannot be loaded, a bad option, a server that cannot be reached. It is the error the CLI prints as one line
 * (`specforge: <where>: <message>`): `exitCode` is the code the CLI exits with for it (2 for unusable input, 1 for
 * a spec that generation refuses), `where` is `file`, `file:line` or `file:line:col` when known. Anything else a
 * call rejects with is a bug in specforge.
 */
export { UserError as SpecforgeError } from '../util/user-error.js';
export type { ExitCode } from '../util/user-error.js';

/** The folder an API call works in: `cwd` resolved, `process.cwd()` by default. */
export function workingFolder(cwd: string | undefined): string {
  return resolve(cwd ?? process.cwd());
}

/** A path as `displayPath` showed it (relative to `process.cwd()` when inside it), shown relative to `cwd` instead. */
export function shownFrom(cwd: string, shown: string): string {
  if (shown === '' || cwd === process.cwd()) return shown;
  return displayPath(resolve(shown), cwd);
}

/** A `where` (`file`, `file:line` or `file:line:col`) with its file shown relative to `cwd`. */
export function whereFrom(cwd: string, where: string): string {
  const [, file = where, position = ''] = /^(.*?)((?::\d+){1,2})?$/s.exec(where) ?? [];
  return shownFrom(cwd, file) + position;
}

/** Runs `work`, rethrowing a UserError with its `where` shown relative to `cwd`. */
export async function inFolder<T>(cwd: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UserError) || error.where === undefined || cwd === process.cwd()) throw error;
    throw new UserError(error.message, error.exitCode, whereFrom(cwd, error.where));
  }
}
