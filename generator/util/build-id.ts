import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/** Where `npm run build` writes the build's id (write/stamp-build.ts). */
export const BUILD_ID_FILE = join('dist', 'build-id');

/** This build of specforge, by the hash of its code and templates; undefined in a build that was not stamped. */
export function buildId(): string | undefined {
  try {
    return readFileSync(join(packageRoot(), BUILD_ID_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
