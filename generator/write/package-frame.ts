import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { runtimeModuleId, type EmittedModule, type Emitter, type IndexExport, type ModuleDeclaration, type ModuleSpecifiers } from '../emit/emitter.js';
import type { ApiIR } from '../ir/ir.js';
import { packageRoot } from '../util/package-root.js';
import type { GeneratedFile, PackageLayout } from './package-layout.js';
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
  { ir, packageName, version }: Omit<PackageDescription, 'files'>,
): GeneratedFile[] {
  const files = [...frameModules(emitters, layout, version), ...emitted].flatMap((module) => layout.files(module));
  const description = { ir, packageName, version, files };
  const all = [...files, packageManifest(emitters, description), packageReadme(emitters, description)];
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
  packageName: string;
  version: string;
  /** Every file of the package but package.json and the README, to list what `npm pack` ships. */
  files: readonly GeneratedFile[];
}

/** package.json: ESM, `exports` for the index and each emitter's subpaths, and `files` so that only the package ships. */
function packageManifest(emitters: readonly Emitter[], { ir, packageName, files }: PackageDescription): GeneratedFile {
  const exports: Record<string, { types: string; import: string }> = { '.': { types: `./${INDEX_MODULE}.d.ts`, import: `./${INDEX_MODULE}.js` } };
  for (const { subpath, module } of emitters.flatMap((emitter) => emitter.subpaths ?? [])) {
    exports[subpath] = { types: `./${module}.d.ts`, import: `./${module}.js` };
  }
  const shipped = [...new Set(files.map((file) => file.path.split('/')[0]!))].sort();
  const manifest = {
    name: packageName,
    version: '0.0.0',
    description: ir.description?.split('\n')[0]?.trim() || `Types and validators for ${ir.title}`,
    private: true,
    type: 'module',
    sideEffects: false,
    types: `./${INDEX_MODULE}.d.ts`,
    exports,
    files: shipped,
  };
  return { path: 'package.json', contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** The package README: the template, with each emitter's section as a partial. */
/** The README template with the emitters' sections as partials, compiled once per list of emitters. */
const readmeTemplates = new WeakMap<readonly Emitter[], Handlebars.TemplateDelegate>();

function readmeTemplate(emitters: readonly Emitter[]): Handlebars.TemplateDelegate {
  let template = readmeTemplates.get(emitters);
  if (template === undefined) {
    const hbs = Handlebars.create();
    for (const emitter of emitters) hbs.registerPartial(partialName(emitter), emitter.readme);
    template = hbs.compile(readFileSync(join(packageRoot(), 'templates', 'package', 'README.md.hbs'), 'utf8'), { strict: true, knownHelpersOnly: true });
    readmeTemplates.set(emitters, template);
  }
  return template;
}

function packageReadme(emitters: readonly Emitter[], { ir, packageName, version }: PackageDescription): GeneratedFile {
  const contents = readmeTemplate(emitters)({
    title: ir.title,
    packageName,
    version,
    operationCount: ir.operations.length,
    schemaCount: ir.schemas.size,
    sections: emitters.map((emitter) => ({ partial: partialName(emitter) })),
  });
  return { path: 'README.md', contents };
}

function partialName(emitter: Emitter): string {
  return `emitter-${emitter.name}`;
}
