import { ts } from 'ts-morph';
import type { GeneratedFile } from '../emit/emitter.js';

const javascriptOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};
const declarationOptions: ts.CompilerOptions = { ...javascriptOptions, declaration: true, isolatedDeclarations: true };

/**
 * Each TypeScript source of the package beside its JavaScript and declarations, so that plain Node imports the
 * package with no build step and TypeScript users get types. Files are translated one at a time, without
 * type-checking: the emitters' output is checked by the tests, not at generation time.
 */
export function withJavaScript(files: readonly GeneratedFile[]): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const file of files) {
    const { typesOnly: _, ...plain } = file;
    out.push(plain);
    if (!file.path.endsWith('.ts') || file.path.endsWith('.d.ts')) continue;
    const stem = file.path.slice(0, -3);
    if (file.typesOnly) {
      // Translating a large types-only module (GitHub's is megabytes) would only copy it: skip the compiler.
      out.push({ path: `${stem}.js`, contents: 'export {};\n' }, { path: `${stem}.d.ts`, contents: file.contents });
      continue;
    }
    const js = ts.transpileModule(file.contents, { compilerOptions: javascriptOptions, fileName: file.path, reportDiagnostics: true });
    const dts = ts.transpileDeclaration(file.contents, { compilerOptions: declarationOptions, fileName: file.path, reportDiagnostics: true });
    const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
    if (problems.length > 0) {
      const first = ts.flattenDiagnosticMessageText(problems[0]!.messageText, '\n');
      throw new Error(`generated ${file.path} does not compile: ${first}`);
    }
    out.push({ path: `${stem}.js`, contents: js.outputText }, { path: `${stem}.d.ts`, contents: dts.outputText });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
