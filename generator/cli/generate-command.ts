import { basename, extname, join, resolve } from 'node:path';
import { readProjectConfig, type ProjectSpec } from '../config/project-config.js';
import { lintInWorker } from '../pipeline/lint-in-worker.js';
import { StageTimer } from '../pipeline/stage-timer.js';
import { isNpmName, isSemver, toNpmName } from '../naming/npm-names.js';
import { displayPath } from '../util/display-path.js';
import { packageVersion } from '../util/package-version.js';
import { checkPackage, writePackage } from '../write/write-package.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { printLintWarnings } from './lint-warnings.js';
import { parseCommandArgs } from './parse-args.js';

interface Target extends ProjectSpec {
  dir: string;
}

export async function runGenerate(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('generate', args, {
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    config: { type: 'string' },
    'package-name': { type: 'string' },
    'package-version': { type: 'string' },
    timings: { type: 'boolean', default: false },
  });
  const packageName = values['package-name'] as string | undefined;
  const version = values['package-version'] as string | undefined;
  if (positionals.length === 0 && (packageName !== undefined || version !== undefined)) {
    throw new UserError(`${packageName !== undefined ? '--package-name' : '--package-version'} is for one spec named on the command line; in specforge.config.json, give the spec a \`${packageName !== undefined ? 'packageName' : 'version'}\``);
  }
  const targets = positionals.length > 0 ? namedTargets(positionals, values.out as string | undefined, packageName, version) : projectTargets();
  const lintConfigPath = values.config as string | undefined;
  // The first spec's lint thread starts before the code generator's modules load (most of a second), and so
  // finishes that much sooner; later specs start theirs as they come.
  const firstLint = targets[0] && lintInWorker({ specPath: targets[0].path, configPath: lintConfigPath });
  firstLint?.catch(() => undefined); // awaited by generatePackage; never left unhandled if something fails first
  // specforge's own config is not loaded here: a JSON spec of one file needs nothing of it, nor of Redocly.
  const [{ generatePackage }, lintConfig] = await Promise.all([
    import('../pipeline/generate-package.js'),
    lintConfigPath === undefined ? undefined : import('../lint/config.js').then(({ loadLintConfig }) => loadLintConfig(lintConfigPath)),
  ]);

  let stale = 0;
  for (const [index, target] of targets.entries()) {
    const timer = new StageTimer();
    const lint = index === 0 ? firstLint : undefined;
    const generated = await generatePackage(
      { specPath: target.path, packageName: target.packageName, ...(target.version === undefined ? {} : { packageVersion: target.version }), lintConfig, lintConfigPath, ...(lint ? { lint } : {}) },
      timer,
    );
    printLintWarnings(generated.warnings, target.path);
    const dir = displayPath(target.dir);
    if (values.check) {
      const report = await timer.time('check', () => checkPackage(target.dir, generated.files));
      const problems = [...report.changed.map((p) => `changed ${p}`), ...report.missing.map((p) => `missing ${p}`), ...report.stale.map((p) => `stale ${p}`)];
      const versions = new Set(report.runtime.map((file) => file.writtenBy));
      for (const version of versions) {
        const files = report.runtime.filter((file) => file.writtenBy === version).length;
        problems.push(
          version === undefined || version === packageVersion()
            ? `runtime: ${files === 1 ? 'a runtime file' : `${files} runtime files`} edited since specforge wrote ${files === 1 ? 'it' : 'them'}`
            : `runtime: written by specforge ${version}, not by this specforge (${packageVersion()})`,
        );
      }
      if (problems.length > 0) {
        stale++;
        process.stderr.write(`${dir}: out of date with ${displayPath(target.path)}:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
      } else process.stderr.write(`${dir}: up to date\n`);
    } else {
      const report = await timer.time('write', () => writePackage(target.dir, generated.files));
      process.stderr.write(`${dir}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed\n`);
    }
    if (values.timings) process.stderr.write(`${dir}: ${timer.format()}\n`);
  }
  if (stale > 0) process.stderr.write("run 'specforge generate' to bring them up to date\n");
  return stale > 0 ? ExitCode.problems : ExitCode.ok;
}

function namedTargets(specs: string[], out: string | undefined, packageName: string | undefined, version: string | undefined): Target[] {
  if (packageName !== undefined && specs.length > 1) throw new UserError('--package-name names one package; give one spec with it');
  if (version !== undefined && specs.length > 1) throw new UserError('--package-version is the version of one package; give one spec with it');
  if (version !== undefined && !isSemver(version)) {
    throw new UserError(`--package-version ${JSON.stringify(version)} is not a semantic version npm accepts (such as 1.2.0 or 2.0.0-beta.1)`);
  }
  if (packageName !== undefined && !isNpmName(packageName)) {
    throw new UserError(`--package-name ${JSON.stringify(packageName)} is not a name npm accepts (lowercase letters, digits, - . _ ~, an optional @scope/)`);
  }
  const nameOf = (spec: string) => basename(spec, extname(spec));
  const names = specs.map(nameOf);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate !== undefined && (specs.length > 1)) {
    throw new UserError(`two specs would be written to the same folder '${duplicate}'; generate them separately with --out`);
  }
  return specs.map((spec) => {
    const name = nameOf(spec);
    const dir = specs.length === 1 && out !== undefined ? resolve(out) : join(resolve(out ?? 'generated'), name);
    // The folder keeps the file's name; the package's is one npm accepts (`my spec.yaml` gives `my-spec`).
    return { path: resolve(spec), name, packageName: packageName ?? toNpmName(name, 'api'), version, dir };
  });
}

function projectTargets(): Target[] {
  const project = readProjectConfig();
  if (!project) throw new UserError('name the specs to generate (specforge generate <spec>... --out DIR), or list them in specforge.config.json');
  return project.specs.map((spec) => ({ ...spec, dir: join(project.out, spec.name) }));
}
