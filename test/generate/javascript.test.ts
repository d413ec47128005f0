import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../support/run-cli.js';
import { tempDir } from './support/generated-package.js';

// Generated modules get their JavaScript and declarations printed from the same structures as their TypeScript,
// not from a transpiler. These tests hold them to what TypeScript itself makes of the TypeScript.

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** Code in one canonical layout, without comments: equal for programs that differ only in formatting. */
function canonical(code: string, fileName: string): string {
  const kind = fileName.endsWith('.d.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return printer.printFile(ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, false, kind));
}

const SPECS = ['specs/middesk.yaml', 'specs/agentmessage.yaml', 'test/generate/fixtures/hostile.yaml'];
const MODULES = ['validators', 'endpoints'];

describe('JavaScript and declarations of generated modules', () => {
  const outs: string[] = [];
  beforeAll(() => {
    for (const spec of SPECS) {
      const out = tempDir('javascript');
      const result = runCli(['generate', spec, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      outs.push(out);
    }
  });

  it('the JavaScript is the TypeScript with its types removed, statement for statement', () => {
    for (const out of outs) {
      for (const module of MODULES) {
        const source = readFileSync(join(out, 'src', `${module}.ts`), 'utf8');
        const expected = ts.transpileModule(source, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        }).outputText;
        const printed = readFileSync(join(out, `${module}.js`), 'utf8');
        expect(canonical(printed, `${module}.js`), `${out}/${module}.js`).toBe(canonical(expected, `${module}.js`));
      }
    }
  });

  it('the declarations are what TypeScript derives from the module', () => {
    for (const out of outs) {
      for (const module of MODULES) {
        // A source in src/ imports the types, which have declarations only, from beside the index: `../types.js`.
        const source = readFileSync(join(out, 'src', `${module}.ts`), 'utf8').replaceAll(' from "../', ' from "./');
        const derived = ts.transpileDeclaration(source, {
          compilerOptions: { declaration: true, isolatedDeclarations: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
          fileName: `${module}.ts`,
          reportDiagnostics: true,
        });
        expect(derived.diagnostics ?? []).toEqual([]);
        const printed = readFileSync(join(out, `${module}.d.ts`), 'utf8');
        // TypeScript keeps value imports as they are written; the generator writes the ones declarations use as type-only.
        const typeOnly = (text: string) => text.replace(/^import \{ type (\w+) \}/gm, 'import type { $1 }');
        expect(canonical(printed, `${module}.d.ts`), `${out}/${module}.d.ts`).toBe(canonical(typeOnly(derived.outputText), `${module}.d.ts`));
      }
    }
  });

  it('is what the committed packages hold', () => {
    const committed = readFileSync(join(projectRoot, 'generated', 'middesk', 'validators.js'), 'utf8');
    expect(readFileSync(join(outs[0]!, 'validators.js'), 'utf8')).toBe(committed);
  });
});

describe('printing modules with verbatim code', () => {
  it('spec text that spells the splice markers stays text, and verbatim code lands where it was written', async () => {
    const { printModuleFiles, verbatimExpression, verbatimStatements } = await import('../../generator/emit/print-module.js');
    const { docComment } = await import('../../generator/emit/comments.js');
    const { toLiteral } = await import('../../generator/emit/literal.js');
    const { StructureKind, VariableDeclarationKind } = await import('ts-morph');
    const hostile = 'a\u0000specforge:verbatim-expression\u0000b\n\u0000specforge:verbatim-body\u0000';
    const printed = printModuleFiles([
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: docComment(hostile),
        declarations: [{ name: 'text', type: 'string', initializer: toLiteral(hostile) }],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'spliced', type: 'readonly number[]', initializer: verbatimExpression('[1,\n  2]') }],
      },
      {
        kind: StructureKind.Function,
        name: 'answer',
        isExported: true,
        docs: docComment(hostile),
        parameters: [{ name: 'x', type: 'unknown' }],
        returnType: 'number',
        statements: verbatimStatements([{ typescript: 'const y: unknown = x;', javascript: 'const y = x;' }, 'if (y) {', '  return spliced.length;', '}', 'return 0;']),
      },
      {
        kind: StructureKind.Function,
        name: 'withDefault',
        isExported: true,
        parameters: [{ name: 'options', type: '{ a?: number }', initializer: '{}' }],
        returnType: 'number',
        statements: verbatimStatements(['return options.a ?? 0;']),
      },
    ]);
    for (const text of [printed.typescript, printed.javascript, printed.declarations]) expect(text).not.toContain('\u0000specforge');
    expect(printed.typescript).toContain('const spliced: readonly number[] = [1,\n  2];');
    expect(printed.typescript).toContain('export function answer(x: unknown): number {\n    const y: unknown = x;\n    if (y) {\n        return spliced.length;\n    }\n    return 0;\n}');
    expect(printed.javascript).toContain('export function answer(x) {\n    const y = x;\n');
    expect(printed.declarations).toContain('export declare function answer(x: unknown): number;');
    // a default value is the implementation's: the declaration has an optional parameter (an initializer there is TS2371)
    expect(printed.declarations).toContain('export declare function withDefault(options?: { a?: number }): number;');
    expect(printed.typescript).toContain('export function withDefault(options: { a?: number } = {}): number {');
    const module = await import(`data:text/javascript,${encodeURIComponent(printed.javascript)}`);
    expect(module.text).toBe(hostile);
    expect(module.answer(true)).toBe(2);
  });
});

describe('the runtime modules every package carries', () => {
  it('are compiled when specforge is built, and a module edited since is compiled when used', async () => {
    const { compiledRuntime, compileRuntimeSource } = await import('../../generator/write/runtime-modules.js');
    const contents = readFileSync(join(projectRoot, 'templates/package/validation-runtime.ts'), 'utf8');
    // npm test builds first, so this one comes from dist/runtime-modules.json: the same as compiling it now
    expect(compiledRuntime('validation-runtime.ts', contents)).toEqual(compileRuntimeSource('validation-runtime.ts', contents));
    const module = compiledRuntime('validation-runtime.ts', `${contents}\nexport const addedSinceTheBuild = 1;\n`);
    expect(module.javascript).toContain('export const addedSinceTheBuild = 1;');
    expect(module.declarations).toContain('export declare const addedSinceTheBuild = 1;');
  });
});
