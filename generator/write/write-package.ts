import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './package-layout.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { runtimeVersionOf } from './runtime-header.js';

/** Lists the files specforge wrote into a package folder, so that the next run removes only its own stale files. */
export const MANIFEST = '.specforge-files';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

export interface CheckReport {
  /** Files whose contents differ from what generation makes now. */
  changed: string[];
  /** Of those, the runtime files, with the specforge version their header names (undefined: no header, edited). */
  runtime: { path: string; writtenBy: string | undefined }[];
  missing: string[];
  /** Files specforge wrote before that generation no longer makes. */
  stale: string[];
}

function previousFiles(dir: string): string[] {
  const manifest = join(dir, MANIFEST);
  return existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').filter(Boolean) : [];
}

function withManifest(files: readonly GeneratedFile[]): GeneratedFile[] {
  return [...files, { path: MANIFEST, contents: `${files.map((f) => f.path).join('\n')}\n` }];
}

/**
 * The one place generated files reach the disk. Unchanged files are not rewritten (timestamps and watchers stay
 * quiet); files the previous run wrote and this one does not are removed; files specforge never wrote are never touched.
 */
export function writePackage(dir: string, files: readonly GeneratedFile[], options: { force?: boolean } = {}): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const keep = new Set(files.map((f) => f.path));
  const previous = previousFiles(dir); // read before this run's manifest replaces it
  const changes: GeneratedFile[] = [];
  for (const file of withManifest(files)) {
    const target = join(dir, file.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === file.contents) report.unchanged.push(file.path);
    else changes.push(file);
  }
  // A file there that the last run did not write is someone's own (a hand-written client.js beside a package that
  // had no client): it is replaced only with --force, and nothing is written before that is settled.
  const owned = new Set([...previous, MANIFEST]);
  const foreign = changes.filter((file) => !owned.has(file.path) && existsSync(join(dir, file.path))).map((file) => file.path);
  if (foreign.length > 0 && !options.force) {
    const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, and ${foreign.length - 5} more` : '');
    throw new UserError(`would replace files specforge did not write (${shown}): move them, or pass --force to replace them`, ExitCode.unusable, displayPath(dir));
  }
  for (const file of changes) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
    report.written.push(file.path);
  }
  for (const path of previous) {
    if (keep.has(path) || path === MANIFEST || path.includes('..')) continue;
    rmSync(join(dir, path), { force: true });
    report.removed.push(path);
  }
  return report;
}

/** Compares a package folder with what generation makes now, writing nothing. */
export function checkPackage(dir: string, files: readonly GeneratedFile[]): CheckReport {
  const report: CheckReport = { changed: [], runtime: [], missing: [], stale: [] };
  const all = withManifest(files);
  const keep = new Set(all.map((f) => f.path));
  for (const file of all) {
    const target = join(dir, file.path);
    if (!existsSync(target)) {
      report.missing.push(file.path);
      continue;
    }
    const contents = readFileSync(target, 'utf8');
    if (contents === file.contents) continue;
    report.changed.push(file.path);
    if (runtimeVersionOf(file.contents) !== undefined) report.runtime.push({ path: file.path, writtenBy: runtimeVersionOf(contents) });
  }
  for (const path of previousFiles(dir)) if (!keep.has(path) && existsSync(join(dir, path))) report.stale.push(path);
  return report;
}
