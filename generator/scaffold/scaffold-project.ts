import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTOR_MODULE, collectorModule, handlerModule, handlerModulePath } from './handler-modules.js';
import { manifestText, SCAFFOLD_MANIFEST, type ScaffoldManifest } from './manifest.js';
import { mergeCollector } from './merge-collector.js';
import { mergeHandlerModule } from './merge-handler.js';
import type { ScaffoldModel } from './model.js';
import { projectFiles, type ProjectSettings } from './project-files.js';

/**
 * A server project written, or brought in step with the spec: the files from the templates, the collector and one
 * handler module per operation. What exists is kept: template files are rewritten only with `force`, the user's
 * files never, and modules are merged (only the handler's signature and imports change), or left as they are and
 * reported when they cannot be.
 */

export type ScaffoldAction = 'created' | 'updated' | 'unchanged' | 'kept' | 'reported';

export interface ScaffoldEntry {
  action: ScaffoldAction;
  /** Relative to the project, with `/` separators. */
  path: string;
  note?: string;
}

export interface ScaffoldRequest extends ProjectSettings {
  /** The project folder. */
  dir: string;
  model: ScaffoldModel;
  /** Rewrite the template files, and handler modules that do not parse. */
  force: boolean;
  /** The record of the last scaffold of this project, if there was one. */
  previous: ScaffoldManifest | undefined;
}

interface Planned {
  entry: ScaffoldEntry;
  /** What to write, when something is. */
  contents?: string;
}

/** Plans every file, then writes: the entries in the order of the summary, all of them deterministic. */
export function scaffoldProject(request: ScaffoldRequest): ScaffoldEntry[] {
  const planned = planProject(request);
  for (const { entry, contents } of planned) {
    if (contents === undefined) continue;
    const target = join(request.dir, entry.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  return planned.map(({ entry }) => entry).filter((entry) => entry.path !== SCAFFOLD_MANIFEST);
}

function planProject(request: ScaffoldRequest): Planned[] {
  const { dir, model, force, previous } = request;
  const read = (path: string): string | undefined | Error => {
    const target = join(dir, path);
    if (!existsSync(target)) return undefined;
    if (!statSync(target).isFile()) return new Error('is not a file');
    return readFileSync(target, 'utf8');
  };
  const previousPackageName = previous?.package.name !== model.packageName ? previous?.package.name : undefined;
  const planned: Planned[] = [];

  for (const file of projectFiles(model, request)) {
    const existing = read(file.path);
    if (existing instanceof Error) planned.push({ entry: { action: 'reported', path: file.path, note: `${existing.message}; left as it is` } });
    else if (existing === undefined) planned.push({ entry: { action: 'created', path: file.path }, contents: file.contents });
    else if (existing === file.contents) planned.push({ entry: { action: 'unchanged', path: file.path } });
    else if (file.owner === 'user') planned.push({ entry: { action: 'kept', path: file.path, note: 'yours' } });
    else if (force) planned.push({ entry: { action: 'updated', path: file.path, note: 'rewritten from its template (--force)' }, contents: file.contents });
    else planned.push({ entry: { action: 'kept', path: file.path, note: 'differs from its template; --force rewrites it' } });
  }

  const names = model.operations.map((operation) => operation.name);
  const current = new Set(names);
  const gone = (previous?.handlers ?? []).filter((name) => !current.has(name));

  const collector = read(COLLECTOR_MODULE);
  const fresh = collectorModule(model);
  if (collector instanceof Error) planned.push({ entry: { action: 'reported', path: COLLECTOR_MODULE, note: `${collector.message}; left as it is` } });
  else if (collector === undefined) planned.push({ entry: { action: 'created', path: COLLECTOR_MODULE }, contents: fresh });
  else if (force && collector !== fresh) planned.push({ entry: { action: 'updated', path: COLLECTOR_MODULE, note: 'written afresh (--force)' }, contents: fresh });
  else {
    const merged = mergeCollector(COLLECTOR_MODULE, collector, { operations: names, gone, packageName: model.packageName, previousPackageName });
    if (merged.kind === 'unchanged') planned.push({ entry: { action: 'unchanged', path: COLLECTOR_MODULE } });
    else if (merged.kind === 'updated') {
      const note = [
        merged.added.length > 0 ? `added ${merged.added.join(', ')}` : '',
        merged.removed.length > 0 ? `removed ${merged.removed.join(', ')}` : '',
      ].filter(Boolean).join('; ');
      planned.push({ entry: { action: 'updated', path: COLLECTOR_MODULE, note: note || 'import of the package' }, contents: merged.text });
    } else if (merged.kind === 'unparsable') {
      planned.push({ entry: { action: 'reported', path: COLLECTOR_MODULE, note: `does not parse (${merged.where}: ${merged.message}); left as it is: add the handlers of new operations yourself` } });
    } else {
      planned.push({ entry: { action: 'reported', path: COLLECTOR_MODULE, note: "has no exported 'handlers' object; left as it is: add the handlers of new operations yourself" } });
    }
  }

  for (const operation of model.operations) {
    const path = handlerModulePath(operation);
    const existing = read(path);
    const stub = handlerModule(operation, model.packageName);
    if (existing instanceof Error) {
      planned.push({ entry: { action: 'reported', path, note: `${existing.message}; left as it is` } });
      continue;
    }
    if (existing === undefined) {
      planned.push({ entry: { action: 'created', path }, contents: stub });
      continue;
    }
    const merged = mergeHandlerModule(path, existing, { name: operation.name, packageName: model.packageName, previousPackageName });
    if (merged.kind === 'unchanged') planned.push({ entry: { action: 'unchanged', path } });
    else if (merged.kind === 'updated') planned.push({ entry: { action: 'updated', path, note: merged.changes.join(', ') }, contents: merged.text });
    else if (merged.kind === 'unparsable') {
      const problem = `does not parse (${merged.where}: ${merged.message})`;
      if (force) planned.push({ entry: { action: 'updated', path, note: `${problem}; written afresh (--force)` }, contents: stub });
      else planned.push({ entry: { action: 'reported', path, note: `${problem}; left as it is, its signature not updated` } });
    } else {
      planned.push({ entry: { action: 'reported', path, note: `exports no function ${operation.name}; left as it is (delete it to have the stub written again)` } });
    }
  }

  const kept: string[] = [];
  for (const name of gone) {
    const path = handlerModulePath({ name });
    if (read(path) === undefined) continue;
    kept.push(name);
    planned.push({ entry: { action: 'reported', path, note: `operation ${name} is no longer in the spec; kept as it is (it no longer type-checks: move what you need and delete it)` } });
  }

  const manifest: ScaffoldManifest = { package: { name: model.packageName, dir: request.packageDir }, handlers: [...names, ...kept] };
  const record = manifestText(manifest);
  const existingRecord = read(SCAFFOLD_MANIFEST);
  planned.push({ entry: { action: existingRecord === record ? 'unchanged' : existingRecord === undefined ? 'created' : 'updated', path: SCAFFOLD_MANIFEST }, contents: existingRecord === record ? undefined : record });
  return planned;
}
