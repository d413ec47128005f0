import { basename, extname, join, resolve, sep } from 'node:path';
import { readProjectConfig } from '../config/project-config.js';
import { isNpmName, isSemver, toNpmName } from '../naming/npm-names.js';
import { displayPath } from '../util/display-path.js';
import { UserError } from '../util/user-error.js';
import { checkFolderPath } from '../write/output-folder.js';

/** One package to generate: a spec, where it goes, and everything that decides what is made from it. */
export interface GenerationTarget {
  /** Absolute path of the spec. */
  path: string;
  /** Absolute path of the package folder. */
  dir: string;
  packageName: string;
  /** The package.json version as configured; undefined: the spec's info.version when semver, else 0.0.0. */
  version: string | undefined;
  /** The emitters to run by name; all when undefined. */
  emitters: readonly string[] | undefined;
  /** Absolute path of the Redocly lint config; specforge's own when undefined. */
  lintConfig: string | undefined;
}

export interface TargetOptions {
  /** Spec paths; the project's specforge.config when none. */
  specs?: readonly string[] | undefined;
  /** With one spec, its package folder; with several, the folder of one package per spec. */
  out?: string | undefined;
  packageName?: string | undefined;
  packageVersion?: string | undefined;
  /** A Redocly lint config for every spec, over what the project config says. */
  lintConfig?: string | undefined;
  cwd?: string | undefined;
}

/** The packages a run makes: the specs named, or those of the project config. Unusable options are a UserError (exit 2). */
export function generationTargets(options: TargetOptions): GenerationTarget[] {
  const cwd = options.cwd ?? process.cwd();
  const lintConfig = options.lintConfig === undefined ? undefined : resolve(cwd, options.lintConfig);
  const specs = options.specs ?? [];
  if (specs.length === 0 && (options.packageName !== undefined || options.packageVersion !== undefined)) {
    const flag = options.packageName !== undefined ? '--package-name' : '--package-version';
    throw new UserError(`${flag} is for one spec named on the command line; in specforge.config.json, give the spec a \`${options.packageName !== undefined ? 'packageName' : 'version'}\``);
  }
  if (options.out !== undefined) checkFolderPath(resolve(cwd, options.out), '--out');
  const targets = specs.length > 0 ? namedTargets(specs, options, cwd) : projectTargets(cwd, options.out);
  checkNoNesting(targets);
  return lintConfig === undefined ? targets : targets.map((target) => ({ ...target, lintConfig }));
}

/** Refuses two packages one inside the other: each run would take the inner one's files for someone else's. */
function checkNoNesting(targets: readonly GenerationTarget[]): void {
  for (const outer of targets) {
    for (const inner of targets) {
      if (inner !== outer && (inner.dir + sep).startsWith(outer.dir + sep)) {
        throw new UserError(`the package of ${displayPath(inner.path)} would be written inside that of ${displayPath(outer.path)} (${displayPath(inner.dir)} in ${displayPath(outer.dir)}); give each its own folder`);
      }
    }
  }
}

function namedTargets(specs: readonly string[], options: TargetOptions, cwd: string): GenerationTarget[] {
  const { packageName, packageVersion: version, out } = options;
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
  if (duplicate !== undefined) {
    throw new UserError(`two specs would be written to the same folder '${duplicate}'; generate them separately with --out`);
  }
  return specs.map((spec) => {
    const name = nameOf(spec);
    const dir = specs.length === 1 && out !== undefined ? resolve(cwd, out) : join(resolve(cwd, out ?? 'generated'), name);
    // The folder keeps the file's name; the package's is one npm accepts (`my spec.yaml` gives `my-spec`).
    return { path: resolve(cwd, spec), dir, packageName: packageName ?? toNpmName(name, 'api'), version, emitters: undefined, lintConfig: undefined };
  });
}

function projectTargets(cwd: string, out: string | undefined): GenerationTarget[] {
  const project = readProjectConfig(cwd);
  if (!project) throw new UserError('name the specs to generate (specforge generate <spec>... --out DIR), or list them in specforge.config.json');
  if (out !== undefined) throw new UserError('--out is for specs named on the command line; in specforge.config.json, set `out`');
  // A folder that is a file is that spec's problem alone, reported when its turn comes.
  return project.specs.map((spec) => ({ path: spec.path, dir: spec.dir, packageName: spec.packageName, version: spec.version, emitters: spec.emitters, lintConfig: spec.lintConfig }));
}
