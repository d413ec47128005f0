import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath } from '../util/display-path.js';
import { pathStat } from '../util/path-stat.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { MANIFEST } from './write-package.js';

/**
 * Refuses (exit 2) a package folder that is a file or lies under one: the first part of the path that exists must
 * be a folder. `flag` names where the path came from (`--out`, a config's `out`).
 */
export function checkFolderPath(dir: string, flag: string): void {
  for (let at = dir; ; at = dirname(at)) {
    // Undefined also when a part of the path above is a file, which the walk up comes to.
    const stat = pathStat(at);
    if (stat !== undefined) {
      if (stat.isDirectory()) return;
      const shown = displayPath(at);
      throw new UserError(
        at === dir ? `${flag} ${displayPath(dir)} is a file, not a folder` : `${flag} ${displayPath(dir)} is under ${shown}, which is a file`,
        ExitCode.unusable,
      );
    }
    if (dirname(at) === at) return;
  }
}

/**
 * Whether specforge may write a package into `dir`: it does not exist, it is empty, or specforge wrote it (its
 * manifest is there). Any other folder holds someone's own files, and is refused (exit 2) unless `force`.
 */
export function checkFolderOwned(dir: string, force: boolean): void {
  if (force || !existsSync(dir) || existsSync(join(dir, MANIFEST))) return;
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? `, and ${entries.length - 3} more` : '');
  throw new UserError(
    `holds files specforge did not write (${shown}) and no ${MANIFEST}: specforge writes only into folders of its own; ` +
      'choose an empty or new folder, or pass --force to write the package there (files of the same name are replaced, no other file is touched)',
    ExitCode.unusable,
    displayPath(dir),
  );
}
