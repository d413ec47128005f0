import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeModuleId, type EmittedModule } from '../emit/emitter.js';
import { packageRoot } from '../util/package-root.js';
import { declarationsOf, javascriptOf } from './compile-typescript.js';
import { runtimeHeader } from './runtime-header.js';

/**
 * The runtime every package carries: `templates/package/<name>.ts`, copied into the package's `runtime/` folder
 * with its JavaScript and declarations, under a header naming the specforge version that wrote it. A copy, not a
 * dependency: a package needs nothing installed beside it, and nothing can fall out of step with the code that
 * was generated against it. A fix reaches users when they regenerate with the specforge that has it, and
 * `generate --check` names a package whose runtime is another version's.
 */

const templateSources = new Map<string, string>();

/** A runtime module's source, read once: a run reads it for the closure and for the module, for every spec. */
function templateSource(name: string): string {
  let source = templateSources.get(name);
  if (source === undefined) {
    source = readFileSync(join(packageRoot(), 'templates', 'package', `${name}.ts`), 'utf8');
    templateSources.set(name, source);
  }
  return source;
}

const RUNTIME_IMPORT = /from '\.\/([\w-]+)\.js'/g;

/** The runtime modules `names` need, those they import included, sorted. */
export function runtimeClosure(names: readonly string[]): string[] {
  const needed = new Set<string>();
  const pending = [...names];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (needed.has(name)) continue;
    needed.add(name);
    for (const [, imported] of templateSource(name).matchAll(RUNTIME_IMPORT)) pending.push(imported!);
  }
  return [...needed].sort();
}

/** A runtime module as a package carries it, under its header. */
export function runtimeModule(name: string, version: string): EmittedModule {
  const source = templateSource(name);
  const compiled = compiledRuntime(`${name}.ts`, source);
  const head = runtimeHeader(version);
  return { id: runtimeModuleId(name), typescript: head + source, javascript: head + compiled.javascript, declarations: head + compiled.declarations };
}

export interface CompiledModule {
  javascript: string;
  declarations: string;
}

/**
 * A runtime module's JavaScript and declarations. They are the same for every spec, so `npm run build` compiles
 * them once into dist/runtime-modules.json (precompile-runtime.ts), keyed by the hash of each source; a source the
 * build has not seen (a template edited since) is compiled when it is used, so the output is right either way.
 */
export function compiledRuntime(path: string, source: string): CompiledModule {
  return precompiled().get(sourceHash(source)) ?? compileRuntimeSource(path, source);
}

export function compileRuntimeSource(path: string, contents: string): CompiledModule {
  return { javascript: javascriptOf(path, contents), declarations: declarationsOf(path, contents) };
}

export function sourceHash(contents: string): string {
  return createHash('sha256').update(contents).digest('hex');
}

export const PRECOMPILED_FILE = 'dist/runtime-modules.json';

let cache: Map<string, CompiledModule> | undefined;

function precompiled(): Map<string, CompiledModule> {
  if (cache) return cache;
  try {
    const entries = JSON.parse(readFileSync(join(packageRoot(), PRECOMPILED_FILE), 'utf8')) as Record<string, CompiledModule>;
    cache = new Map(Object.entries(entries));
  } catch {
    cache = new Map(); // not built: every runtime module is compiled when used
  }
  return cache;
}
