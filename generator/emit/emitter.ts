import type { ApiIR } from '../ir/ir.js';
import type { PackageNames } from '../naming/package-names.js';

/**
 * A module of the generated package by its path from the package root, without extension: `endpoints`,
 * `runtime/endpoint-runtime`. The writer decides where its files go (see write/package-layout.ts).
 */
export type ModuleId = string;

/** The module of a runtime module (`templates/package/<name>.ts`), which every package carries in `runtime/`. */
export function runtimeModuleId(name: string): ModuleId {
  return `runtime/${name}`;
}

/**
 * A module an emitter writes. `code`: a TypeScript source (in the package's `src/`) with its JavaScript and
 * declarations beside the package index. `types`: declarations only (openapi-typescript's types): the `.d.ts` is the
 * source, and the JavaScript is an empty module, so that `export *` of it works at run time. `data`: JavaScript and
 * declarations with no TypeScript source, for large generated data (the contract's cases), which a source would only
 * copy. `script`: JavaScript only, beside the index, outside the library (the package's `node --test` suite): no
 * source and no declarations.
 */
export interface ModuleDeclaration {
  id: ModuleId;
  kind: 'code' | 'types' | 'data' | 'script';
}

/** What the package index re-exports from one module. */
export interface IndexExport {
  from: ModuleId;
  /** `export * from`: the module's names as they are; `names` lists the fixed ones, which package names must avoid. */
  all?: { names: readonly string[] };
  /** `export * as <namespace> from`. */
  namespace?: string;
  /** Values, then types, by name. */
  values?: readonly string[];
  types?: readonly string[];
}

/** A module as an emitter made it: its three texts (`typescript` only for a `code` module). */
export interface EmittedModule {
  id: ModuleId;
  typescript?: string;
  javascript: string;
  /** Empty for a `script`. */
  declarations: string;
}

/**
 * Import specifiers between the package's modules, settled by the writer's layout: a module's TypeScript source
 * sits in `src/`, its JavaScript and declarations do not, so the two may need different specifiers for the same import.
 */
export interface ModuleSpecifiers {
  /** The specifier in the TypeScript source of `from`. */
  typescript(from: ModuleId, to: ModuleId): string;
  /** The specifier in the JavaScript and declarations of `from`. */
  output(from: ModuleId, to: ModuleId): string;
}

export interface EmitContext {
  ir: ApiIR;
  /** Every name of the generated package, settled once for all emitters. */
  names: PackageNames;
  /** The bundled OpenAPI document, for the one emitter that delegates to an OpenAPI-native tool (openapi-typescript). */
  document: Record<string, unknown>;
  /** The generated package's npm name. */
  packageName: string;
  specifiers: ModuleSpecifiers;
}

/**
 * An emitter makes one artefact of the package from the IR (types, validators, endpoints) and declares what it adds
 * to the package: the modules it writes, the runtime modules they import (`templates/package/<name>.ts`, copied into
 * `runtime/`), what the package index re-exports, subpath exports, and its part of the package README. The package
 * index, `package.json` and README are made from these declarations (write/package-frame.ts).
 */
export interface Emitter {
  name: string;
  /**
   * The emitters whose modules this one's modules import (the client imports `endpoints` and the types of `types`),
   * by name: selecting this emitter brings them (select-emitters.ts). Each comes before this one in the registry.
   */
  requires?: readonly string[];
  modules: readonly ModuleDeclaration[];
  /** Runtime modules by name (`endpoint-runtime`); the ones they import come with them. */
  runtime: readonly string[];
  index: readonly IndexExport[];
  /** `package.json` exports besides `.`, such as `./client`: the subpath and the module it resolves to. */
  subpaths?: readonly { subpath: string; module: ModuleId }[];
  /** `package.json` scripts it adds, such as `test` running the package's own suite. */
  scripts?: { readonly [name: string]: string };
  /**
   * Its section of the package README: a Handlebars template (strict, escaped) given `packageName`, `title`, counts
   * and `example` (`operationId`: one fit for `endpoints.<id>`, `validator`: a request body's validator; each null
   * when the spec has none), the data of write/package-readme.ts.
   */
  readme: string;
  /** The emitter leaves a large syntax tree behind on big specs: the pipeline collects garbage after it. */
  leavesLargeGarbage?: boolean;
  emit(context: EmitContext): Promise<EmittedModule[]> | EmittedModule[];
}
