import type { ApiIR } from '../ir/ir.js';
import type { PackageNames } from '../naming/package-names.js';

/** A file an emitter wants written, relative to the package folder, with `/` separators. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /** For a TypeScript module whose emitter already knows its declarations (`.d.ts` text), so none are derived. */
  declarations?: string;
  /** For a TypeScript module whose emitter already knows its JavaScript (a types-only module's is empty). */
  javascript?: string;
}

export interface EmitContext {
  ir: ApiIR;
  /** Every name of the generated package, settled once for all emitters. */
  names: PackageNames;
  /** The bundled OpenAPI document, for emitters that delegate to OpenAPI-native tools (openapi-typescript). */
  document: Record<string, unknown>;
  /** The generated package's npm name. */
  packageName: string;
}

/** An emitter makes one artefact of the package from the IR: types, validators, endpoints, package files. */
export interface Emitter {
  name: string;
  emit(context: EmitContext): Promise<GeneratedFile[]> | GeneratedFile[];
}
