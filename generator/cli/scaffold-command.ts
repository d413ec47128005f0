import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { lintInWorker } from '../pipeline/lint-in-worker.js';
import { readManifest } from '../scaffold/manifest.js';
import { isNpmName, toNpmName } from '../naming/npm-names.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { printLintWarnings } from '../report/lint-warnings.js';
import { parseCommandArgs } from './parse-args.js';

/** The folder, inside the project, of the package it depends on unless --package names another. */
const PACKAGE_FOLDER = 'generated';

/** The manifest `specforge generate` keeps in a package folder (generator/write/write-package.ts). */
const PACKAGE_MANIFEST = '.specforge-files';

export async function runScaffold(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('scaffold', args, {
    out: { type: 'string' },
    package: { type: 'string' },
    'package-name': { type: 'string' },
    force: { type: 'boolean', default: false },
    config: { type: 'string' },
  });
  if (positionals.length !== 1) {
    throw new UserError(`scaffold: name ${positionals.length === 0 ? 'the' : 'one'} spec to scaffold a server for: specforge scaffold <spec> --out DIR`);
  }
  const out = values.out as string | undefined;
  if (out === undefined || out === '') throw new UserError('scaffold: --out DIR is required: the folder of the server project');
  const specPath = resolve(positionals[0]!);
  if (!existsSync(specPath)) throw new UserError('no such file', ExitCode.unusable, displayPath(specPath));
  const dir = resolve(out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError('--out names a file, not a folder', ExitCode.unusable, displayPath(dir));
  const force = values.force as boolean;
  const lintConfigPath = values.config as string | undefined;

  // Flags and folders are checked before anything is loaded or started: a mistake there is answered at once.
  const previous = readManifest(dir);
  const specName = basename(specPath, extname(specPath));
  const packageName = (values['package-name'] as string | undefined) ?? previous?.package.name ?? toNpmName(specName, 'api');
  if (!isNpmName(packageName)) {
    throw new UserError(`--package-name ${JSON.stringify(packageName)} is not a name npm accepts (lowercase letters, digits, - . _ ~, an optional @scope/)`);
  }
  const packageOption = values.package as string | undefined;
  const packageDir =
    packageOption !== undefined && packageOption !== '' ? resolve(packageOption)
    : previous !== undefined ? resolve(dir, previous.package.dir)
    : join(dir, PACKAGE_FOLDER, toNpmName(specName, 'api'));
  checkPackageFolder(packageDir, dir, force);

  // The lint thread starts before the generator's modules load, as in generate.
  const lint = lintInWorker({ specPath, configPath: lintConfigPath });
  lint.catch(() => undefined); // awaited by generatePackageModel; never left unhandled if something fails first
  const [{ generatePackageModel }, { writePackage }, { scaffoldProject }, { scaffoldModel }, lintConfig] = await Promise.all([
    import('../pipeline/generate-package.js'),
    import('../write/write-package.js'),
    import('../scaffold/scaffold-project.js'),
    import('../scaffold/model.js'),
    lintConfigPath === undefined ? undefined : import('../lint/config.js').then(({ loadLintConfig }) => loadLintConfig(lintConfigPath)),
  ]);

  const generated = await generatePackageModel({ specPath, packageName, lintConfig, lintConfigPath, lint });
  printLintWarnings(generated.warnings, specPath);
  const written = writePackage(packageDir, generated.files);
  process.stdout.write(`${displayPath(packageDir)}: package ${written.written.length} written, ${written.unchanged.length} unchanged, ${written.removed.length} removed\n`);

  const model = scaffoldModel(generated.ir, generated.names, packageName);
  let projectName = toNpmName(basename(dir), 'server');
  if (projectName === packageName) projectName = `${projectName}-server`;
  const entries = scaffoldProject({
    dir,
    model,
    force,
    previous,
    projectName,
    packageDir: posixRelative(dir, packageDir),
    specPath: posixRelative(dir, specPath),
  });

  const counts = new Map<string, number>();
  for (const entry of entries) {
    counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
    if (entry.action === 'unchanged') continue;
    process.stdout.write(`${entry.action.padEnd(8)} ${displayPath(join(dir, entry.path))}${entry.note ? `: ${entry.note}` : ''}\n`);
  }
  const actions = ['created', 'updated', 'unchanged', 'kept', 'reported'] as const;
  process.stdout.write(`${displayPath(dir)}: ${model.operations.length} operations; ${actions.map((action) => `${counts.get(action) ?? 0} ${action}`).join(', ')}\n`);
  return (counts.get('reported') ?? 0) > 0 ? ExitCode.problems : ExitCode.ok;
}

/**
 * The package folder is specforge's: empty, missing, or holding a package it generated. A folder of other files is
 * not written into without --force, nor one that holds the project.
 */
function checkPackageFolder(packageDir: string, projectDir: string, force: boolean): void {
  const shown = displayPath(packageDir);
  const inside = relative(packageDir, projectDir);
  if (inside === '' || (!inside.startsWith('..') && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside))) {
    throw new UserError('the package folder may not hold the project: name another with --package', ExitCode.unusable, shown);
  }
  if (!existsSync(packageDir)) return;
  if (!statSync(packageDir).isDirectory()) throw new UserError('--package names a file, not a folder', ExitCode.unusable, shown);
  if (force || existsSync(join(packageDir, PACKAGE_MANIFEST)) || readdirSync(packageDir).length === 0) return;
  throw new UserError('holds files specforge did not generate; name an empty folder or a generated package with --package, or use --force', ExitCode.unusable, shown);
}

/** A path from the project to `target`, with `/` separators, as package.json and the README have it. */
function posixRelative(from: string, to: string): string {
  const path = relative(from, to).split(sep).join('/');
  return path === '' ? '.' : path;
}
