import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ExitCode, UserError } from '../util/user-error.js';
import { displayPath } from '../util/display-path.js';
import { isObject } from '../util/is-object.js';
import { isNpmName, isSemver, toNpmName } from '../naming/npm-names.js';

/** One spec the project generates a package for. */
export interface ProjectSpec {
  /** Absolute path of the spec file. */
  path: string;
  /** The package's folder name under `out`; defaults to the spec's file name without extension. */
  name: string;
  /** The generated package.json `name`; defaults to `name`. */
  packageName: string;
  /**
   * The generated package.json `version`, semver; a package with one is meant to be published and is not `private`.
   * Undefined: the spec's `info.version` when it is semver, else 0.0.0.
   */
  version: string | undefined;
}

export interface ProjectConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Absolute path of the folder packages are written to. */
  out: string;
  specs: ProjectSpec[];
}

export const PROJECT_CONFIG_FILES = ['specforge.config.json', 'specforge.config.yaml', 'specforge.config.yml'] as const;

/** Finds and reads the project config in `dir`; undefined when there is none. Malformed configs are a UserError naming the field. */
export function readProjectConfig(dir: string = process.cwd()): ProjectConfig | undefined {
  const file = PROJECT_CONFIG_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) return undefined;
  const shown = displayPath(file);
  const fail = (message: string) => new UserError(message, ExitCode.unusable, shown);
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw fail(`does not parse: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isObject(raw)) throw fail('must be an object with a `specs` list');
  const base = dirname(file);
  const out = raw.out ?? 'generated';
  if (typeof out !== 'string' || out === '') throw fail('`out` must be a folder path');
  if (!Array.isArray(raw.specs) || raw.specs.length === 0) throw fail('`specs` must be a non-empty list');
  const specs = raw.specs.map((entry, index): ProjectSpec => {
    const where = `specs[${index}]`;
    const item = typeof entry === 'string' ? { spec: entry } : entry;
    if (!isObject(item) || typeof item.spec !== 'string' || item.spec === '') {
      throw fail(`\`${where}\` must be a spec path or an object with a \`spec\` path`);
    }
    const name = item.name ?? basename(item.spec, extname(item.spec));
    if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(name)) {
      throw fail(`\`${where}.name\` must be a folder name (letters, digits, '.', '_', '-')`);
    }
    const packageName = item.packageName ?? toNpmName(name, 'api');
    if (typeof packageName !== 'string' || !isNpmName(packageName)) {
      throw fail(`\`${where}.packageName\` ${JSON.stringify(packageName)} is not a name npm accepts (lowercase letters, digits, - . _ ~, an optional @scope/)`);
    }
    const version = item.version;
    if (version !== undefined && (typeof version !== 'string' || !isSemver(version))) {
      throw fail(`\`${where}.version\` ${JSON.stringify(version)} is not a semantic version npm accepts (such as 1.2.0 or 2.0.0-beta.1)`);
    }
    return { path: resolve(base, item.spec), name, packageName, version };
  });
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.name)) throw fail(`two specs are written to the same folder \`${spec.name}\`; give one a \`name\``);
    seen.add(spec.name);
  }
  return { file, out: resolve(base, out), specs };
}
