import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';
import { ts } from '../util/ts-morph.js';
import type { GeneratedFile } from '../emit/emitter.js';

// Loaded on first use: the emitters print their own JavaScript, and the package's fixed modules are compiled when
// specforge is built (see fixed-modules.ts), so a generate run seldom needs it.
let sucrase: typeof import('sucrase') | undefined;

const declarationOptions: TypeScript.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  declaration: true,
  isolatedDeclarations: true,
  newLine: ts.NewLineKind.LineFeed,
};

/** JavaScript of one generated module: its TypeScript with the types removed (sucrase: a fraction of tsc's time). */
export function javascriptOf(file: GeneratedFile): string {
  sucrase ??= createRequire(import.meta.url)('sucrase') as typeof import('sucrase');
  return sucrase.transform(file.contents, { transforms: ['typescript'], disableESTransforms: true, filePath: file.path }).code;
}

/** Declarations of one generated module, from the TypeScript compiler (no type-checking: isolated declarations). */
export function declarationsOf(file: GeneratedFile): string {
  const result = ts.transpileDeclaration(file.contents, { compilerOptions: declarationOptions, fileName: file.path, reportDiagnostics: true });
  const problem = result.diagnostics?.[0];
  if (problem) throw new Error(`generated ${file.path} has no isolated declarations: ${ts.flattenDiagnosticMessageText(problem.messageText, '\n')}`);
  return result.outputText;
}

/**
 * Each TypeScript module of the package beside its JavaScript and declarations, so that plain Node imports the
 * package with no build step and TypeScript users get types. Modules are translated one at a time, without
 * type-checking: the emitters' output is type-checked by the tests, not at generation time.
 */
export function withJavaScript(files: readonly GeneratedFile[]): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const file of files) {
    out.push({ path: file.path, contents: file.contents });
    if (!file.path.endsWith('.ts') || file.path.endsWith('.d.ts')) continue;
    const stem = file.path.slice(0, -3);
    out.push({ path: `${stem}.js`, contents: file.javascript ?? javascriptOf(file) });
    out.push({ path: `${stem}.d.ts`, contents: file.declarations ?? declarationsOf(file) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
