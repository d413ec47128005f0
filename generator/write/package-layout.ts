import { posix } from 'node:path';
import type { EmittedModule, ModuleDeclaration, ModuleId, ModuleSpecifiers } from '../emit/emitter.js';

/** A file of the package, relative to its folder, with `/` separators. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** The folder of the readable TypeScript sources, out of the way of what `exports` resolve to. */
export const SOURCE_FOLDER = 'src';

/**
 * Where each module's files go, and so every import specifier between modules. A consumer resolves the package
 * through `exports` to `index.d.ts` and `index.js`, and from there reaches only `.d.ts` and `.js` files: the
 * TypeScript sources are in `src/`, where no import of the package's JavaScript or declarations leads, so a
 * consumer's compiler never checks specforge's code under its own settings. A `types` module has no source but its
 * declarations; the sources import it from beside the index (`../types.js` from `src/endpoints.ts`).
 */
export class PackageLayout implements ModuleSpecifiers {
  private readonly kinds = new Map<ModuleId, ModuleDeclaration['kind']>();

  constructor(modules: readonly ModuleDeclaration[]) {
    for (const module of modules) {
      if (this.kinds.has(module.id)) throw new Error(`two emitters declare the module ${module.id}`);
      this.kinds.set(module.id, module.kind);
    }
  }

  typescript(from: ModuleId, to: ModuleId): string {
    return relativeSpecifier(this.sourcePath(from), this.kindOf(to) === 'code' ? this.sourcePath(to) : to);
  }

  output(from: ModuleId, to: ModuleId): string {
    this.assertDeclared(from, to);
    return relativeSpecifier(from, to);
  }

  /** The files of an emitted module: its source in `src/` (for code), its declarations and JavaScript. */
  files(module: EmittedModule): GeneratedFile[] {
    const kind = this.kindOf(module.id);
    if ((kind === 'code') !== (module.typescript !== undefined)) {
      throw new Error(`module ${module.id} is declared ${kind} but was emitted ${module.typescript === undefined ? 'without' : 'with'} TypeScript`);
    }
    const files: GeneratedFile[] = [{ path: `${module.id}.js`, contents: module.javascript }];
    if (kind !== 'script') files.push({ path: `${module.id}.d.ts`, contents: module.declarations });
    if (module.typescript !== undefined) files.push({ path: `${this.sourcePath(module.id)}.ts`, contents: module.typescript });
    return files;
  }

  private sourcePath(id: ModuleId): string {
    return `${SOURCE_FOLDER}/${id}`;
  }

  private assertDeclared(...ids: ModuleId[]): void {
    for (const id of ids) this.kindOf(id);
  }

  private kindOf(id: ModuleId): ModuleDeclaration['kind'] {
    const kind = this.kinds.get(id);
    if (kind === undefined) throw new Error(`no emitter declares the module ${id}`);
    return kind;
  }
}

function relativeSpecifier(fromPath: string, toPath: string): string {
  const relative = posix.relative(posix.dirname(fromPath), toPath);
  return `${relative.startsWith('.') ? '' : './'}${relative}.js`;
}
