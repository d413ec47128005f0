import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../util/display-path.js';
import { isObject } from '../util/is-object.js';
import { UserError } from '../util/user-error.js';

/** What the scaffold made in a project, for the next run: specforge's file, rewritten every run. */
export const SCAFFOLD_MANIFEST = '.specforge-scaffold.json';

export interface ScaffoldManifest {
  /** The package the project depends on: its name and its folder relative to the project (`/` separators). */
  package: { name: string; dir: string };
  /** The operations whose handler modules the scaffold wrote and that are still there, by name in code. */
  handlers: string[];
}

export function readManifest(projectDir: string): ScaffoldManifest | undefined {
  const path = join(projectDir, SCAFFOLD_MANIFEST);
  if (!existsSync(path)) return undefined;
  const shown = displayPath(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`does not parse as JSON (${(error as Error).message}); it is specforge's record of the scaffold: delete it to scaffold afresh`, undefined, shown);
  }
  const pkg = isObject(parsed) ? parsed.package : undefined;
  const handlers = isObject(parsed) ? parsed.handlers : undefined;
  if (
    !isObject(pkg) || typeof pkg.name !== 'string' || typeof pkg.dir !== 'string' ||
    !Array.isArray(handlers) || !handlers.every((name) => typeof name === 'string' && /^[A-Za-z0-9_]+$/.test(name))
  ) {
    throw new UserError("is not specforge's record of a scaffold ({ package: { name, dir }, handlers: [...] }): delete it to scaffold afresh", undefined, shown);
  }
  return { package: { name: pkg.name, dir: pkg.dir }, handlers: handlers as string[] };
}

export function manifestText(manifest: ScaffoldManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
