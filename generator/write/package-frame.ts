import { runtimeModuleId, type EmittedModule, type Emitter, type IndexExport, type ModuleDeclaration, type ModuleSpecifiers } from '../emit/emitter.js';
import type { ApiIR } from '../ir/ir.js';
import type { PackageNames } from '../naming/package-names.js';
import { isSemver } from '../naming/npm-names.js';
import { firstSentence } from '../util/first-sentence.js';
import type { GeneratedFile, PackageLayout } from './package-layout.js';
import { packageReadme } from './package-readme.js';
import { runtimeClosure, runtimeModule } from './runtime-modules.js';

/**
 * What holds a package together, made from its emitters' declarations: the index module, the runtime modules they
 * need, package.json and the README. No emitter is named here: adding one adds its exports, subpaths and README
 * section through its declaration.
 */
export const INDEX_MODULE = 'index';

/** Every module of the package: the emitters', the index and the runtime they need. */
export function packageModules(emitters: readonly Emitter[]): ModuleDeclaration[] {
  return [
    { id: INDEX_MODULE, kind: 'code' },
    ...emitters.flatMap((emitter) => emitter.modules),
    ...runtimeClosure(emitters.flatMap((emitter) => emitter.runtime)).map((name) => ({ id: runtimeModuleId(name), kind: 'code' as const })),
  ];
}

/** Names the package index exports whatever the spec: generated names (a schema's type, say) must avoid them. */
export function indexedNames(emitters: readonly Emitter[]): string[] {
  const names = emitters.flatMap((emitter) =>
    emitter.index.flatMap((entry) => [...(entry.all?.names ?? []), ...(entry.namespace === undefined ? [] : [entry.namespace]), ...(entry.values ?? []), ...(entry.types ?? [])]),
  );
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) throw new Error(`two exports of the package index are named ${twice}`);
  return names;
}

/** Every file of the package: each module's files where the layout puts them, package.json and the README. */
export function packageFiles(
  emitters: readonly Emitter[],
  layout: PackageLayout,
  emitted: readonly EmittedModule[],
  description: Omit<PackageDescription, 'files'>,
): GeneratedFile[] {
  const files = [...frameModules(emitters, layout, description.version), ...emitted].flatMap((module) => layout.files(module));
  const all = [...files, packageManifest(emitters, { ...description, files }), packageReadme(emitters, description)];
  return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The index module and the runtime modules. */
function frameModules(emitters: readonly Emitter[], specifiers: ModuleSpecifiers, version: string): EmittedModule[] {
  const exports = emitters.flatMap((emitter) => emitter.index);
  return [
    indexModule(exports, specifiers),
    ...runtimeClosure(emitters.flatMap((emitter) => emitter.runtime)).map((name) => runtimeModule(name, version)),
  ];
}

function indexModule(exports: readonly IndexExport[], specifiers: ModuleSpecifiers): EmittedModule {
  const lines = (specifier: (to: string) => string, withTypes: boolean): string[] =>
    exports.flatMap((entry) => {
      const from = JSON.stringify(specifier(entry.from));
      const out: string[] = [];
      if (entry.all) out.push(`export * from ${from};`);
      if (entry.namespace !== undefined) out.push(`export * as ${entry.namespace} from ${from};`);
      const values = entry.values ?? [];
      const types = withTypes ? entry.types ?? [] : [];
      if (values.length > 0) out.push(`export { ${[...values, ...types.map((name) => `type ${name}`)].join(', ')} } from ${from};`);
      else if (types.length > 0) out.push(`export type { ${types.join(', ')} } from ${from};`);
      return out;
    });
  const text = (list: string[]) => `${list.join('\n')}\n`;
  const output = (to: string) => specifiers.output(INDEX_MODULE, to);
  return {
    id: INDEX_MODULE,
    typescript: text(lines((to) => specifiers.typescript(INDEX_MODULE, to), true)),
    javascript: text(lines(output, false)),
    declarations: text(lines(output, true)),
  };
}

export interface PackageDescription {
  ir: ApiIR;
  names: PackageNames;
  packageName: string;
  /**
   * The package's version as configured (`--package-version`, a config's `version`): a package with one is meant to
   * be published, and is not `private`. Undefined: the spec's `info.version` when it is semver, else 0.0.0, private.
   */
  packageVersion: string | undefined;
  /** specforge's version. */
  version: string;
  /** Every file of the package but package.json and the README, to list what `npm pack` ships. */
  files: readonly GeneratedFile[];
}

/**
 * package.json: ESM only, `exports` for the index and each emitter's subpaths, and `files` so that only the package
 * ships. Each export has `types` and `default`: `import` and `require()` reach the same ES module (Node ≥ 20.19 and
 * 22.12 load it with `require`, without a flag), so there is one copy of every module and no dual-package hazard.
 */
function packageManifest(emitters: readonly Emitter[], { ir, packageName, packageVersion, files }: PackageDescription): GeneratedFile {
  const entry = (module: string) => ({ types: `./${module}.d.ts`, default: `./${module}.js` });
  const exports: Record<string, { types: string; default: string } | string> = { '.': entry(INDEX_MODULE) };
  for (const { subpath, module } of emitters.flatMap((emitter) => emitter.subpaths ?? [])) exports[subpath] = entry(module);
  exports['./package.json'] = './package.json';
  const scripts = Object.assign({}, ...emitters.map((emitter) => emitter.scripts ?? {})) as Record<string, string>;
  const shipped = [...new Set(files.map((file) => file.path.split('/')[0]!))].sort();
  const manifest = {
    name: packageName,
    version: packageVersion ?? defaultPackageVersion(ir),
    description: (ir.description !== undefined && firstSentence(ir.description)) || `Types and validators for ${ir.title}`,
    // A configured version means the package is meant to be published.
    ...(packageVersion === undefined ? { private: true } : {}),
    type: 'module',
    sideEffects: false,
    types: `./${INDEX_MODULE}.d.ts`,
    exports,
    ...(Object.keys(scripts).length > 0 ? { scripts } : {}),
    files: shipped,
  };
  return { path: 'package.json', contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** Without a configured version: the spec's `info.version` when it is semver (`1.4.0`; not `2022-11-28` or `v2`), else 0.0.0. */
export function defaultPackageVersion(ir: ApiIR): string {
  return isSemver(ir.version) ? ir.version : '0.0.0';
}
