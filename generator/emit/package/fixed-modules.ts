import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/package-root.js';
import { declarationsOf, javascriptOf } from '../../write/compile-typescript.js';
import type { GeneratedFile } from '../emitter.js';

/**
 * The TypeScript modules every package carries as they are (`templates/package/*.ts`: the index and the runtime),
 * each with its JavaScript and declarations. Those are the same for every spec, so `npm run build` compiles them
 * once into dist/fixed-modules.json (see precompile-fixed-modules.ts), keyed by the hash of each source; a source the
 * build has not seen (a template edited since) is compiled when it is used, so the output is right either way.
 */
export function fixedModule(path: string, templateFile: string): GeneratedFile {
  const contents = readFileSync(templateFile, 'utf8');
  const compiled = precompiled().get(sourceHash(contents));
  if (compiled) return { path, contents, ...compiled };
  return compileFixedModule(path, contents);
}

export interface CompiledModule {
  javascript: string;
  declarations: string;
}

export function compileFixedModule(path: string, contents: string): GeneratedFile {
  const file = { path, contents };
  return { ...file, javascript: javascriptOf(file), declarations: declarationsOf(file) };
}

export function sourceHash(contents: string): string {
  return createHash('sha256').update(contents).digest('hex');
}

export const PRECOMPILED_FILE = 'dist/fixed-modules.json';

let cache: Map<string, CompiledModule> | undefined;

function precompiled(): Map<string, CompiledModule> {
  if (cache) return cache;
  try {
    const entries = JSON.parse(readFileSync(join(packageRoot(), PRECOMPILED_FILE), 'utf8')) as Record<string, CompiledModule>;
    cache = new Map(Object.entries(entries));
  } catch {
    cache = new Map(); // not built: every fixed module is compiled when used
  }
  return cache;
}
