import { statSync, type Stats } from 'node:fs';

/** A path's stat; undefined when nothing is there, a part of the path being a file (ENOTDIR) included. */
export function pathStat(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
