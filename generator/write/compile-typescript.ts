import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';
import { ts } from '../util/ts-morph.js';

// Loaded on first use: the emitters print their own JavaScript, and the runtime modules are compiled when
// specforge is built (see runtime-modules.ts), so a generate run seldom needs it.
let sucrase: typeof import('sucrase') | undefined;

const declarationOptions: TypeScript.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  declaration: true,
  isolatedDeclarations: true,
  newLine: ts.NewLineKind.LineFeed,
};

/** JavaScript of one module: its TypeScript with the types removed (sucrase: a fraction of tsc's time). */
export function javascriptOf(path: string, contents: string): string {
  sucrase ??= createRequire(import.meta.url)('sucrase') as typeof import('sucrase');
  return sucrase.transform(contents, { transforms: ['typescript'], disableESTransforms: true, filePath: path }).code;
}

/** Declarations of one module, from the TypeScript compiler (no type-checking: isolated declarations). */
export function declarationsOf(path: string, contents: string): string {
  const result = ts.transpileDeclaration(contents, { compilerOptions: declarationOptions, fileName: path, reportDiagnostics: true });
  const problem = result.diagnostics?.[0];
  if (problem) throw new Error(`${path} has no isolated declarations: ${ts.flattenDiagnosticMessageText(problem.messageText, '\n')}`);
  return result.outputText;
}
