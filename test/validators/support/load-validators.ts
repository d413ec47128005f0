import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { printModuleFiles, type PrintedModule } from '../../../generator/emit/print-module.js';
import { compileValidators } from '../../../generator/schema/compiler/compile-validators.js';
import { validatorStatements } from '../../../generator/emit/validators/validator-statements.js';
import type { CompileValidatorsInput, JsonSchema, ValidationError, ValidatorRoot } from '../../../generator/schema/compiler/contract.js';

/** The runtime every generated package gets a copy of. */
export const runtimeSourcePath = fileURLToPath(new URL('../../../templates/package/validation-runtime.ts', import.meta.url));

/** The module specifier compiled validators import the runtime from, in the temp dirs made here. */
export const runtimeModule = './validation-runtime.js';

export type LoadedValidator = (value: unknown, pointer: string, errors: ValidationError[]) => boolean;

export interface LoadedValidators {
  /** Where the `.ts` and `.js` files were written (`validators.ts`, `validation-runtime.ts`, and their `.js`). */
  dir: string;
  /** The printed TypeScript of the compiled module. */
  source: string;
  /** The exported functions, by export name. */
  validators: Record<string, LoadedValidator>;
  /** Runs one exported validator with pointer "" and returns what a caller sees. */
  run(exportName: string, value: unknown, pointer?: string): { valid: boolean; errors: ValidationError[] };
}

export interface ValidatorsOptions {
  schemas?: ReadonlyMap<string, JsonSchema> | Record<string, JsonSchema>;
  roots: readonly ValidatorRoot[];
  formats?: 'assert' | 'annotate';
}

/** Compiles validators and prints the module's TypeScript, JavaScript and declarations, as the generator does. */
export function printValidators(options: ValidatorsOptions): PrintedModule {
  const schemas = options.schemas instanceof Map ? options.schemas : new Map(Object.entries(options.schemas ?? {}));
  const input: CompileValidatorsInput = {
    schemas,
    roots: options.roots,
    formats: options.formats ?? 'assert',
    runtimeModule,
  };
  return printModuleFiles(validatorStatements(compileValidators(input).module));
}

function transpile(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/** Writes printed validators (`.ts` and `.js`) and the runtime (`.ts` and transpiled `.js`) into a fresh temp dir. */
async function writeValidators(printed: PrintedModule): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'specforge-validators-'));
  await mkdir(dir, { recursive: true });
  const runtime = await readFile(runtimeSourcePath, 'utf8');
  await writeFile(join(dir, 'validation-runtime.ts'), runtime);
  await writeFile(join(dir, 'validation-runtime.js'), transpile(runtime));
  await writeFile(join(dir, 'validators.ts'), printed.typescript);
  await writeFile(join(dir, 'validators.js'), printed.javascript);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  return dir;
}

/** Compiles, prints, transpiles and imports validators; the result runs them as a user of the package would. */
export async function loadValidators(options: ValidatorsOptions): Promise<LoadedValidators> {
  const printed = printValidators(options);
  const dir = await writeValidators(printed);
  const module = (await import(pathToFileURL(join(dir, 'validators.js')).href)) as Record<string, unknown>;
  const validators: Record<string, LoadedValidator> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') validators[name] = value as LoadedValidator;
  }
  return {
    dir,
    source: printed.typescript,
    validators,
    run(exportName, value, pointer = '') {
      const validator = validators[exportName];
      if (validator === undefined) throw new Error(`no exported validator ${exportName}`);
      const errors: ValidationError[] = [];
      const valid = validator(value, pointer, errors);
      return { valid, errors };
    },
  };
}

/**
 * Type-checks `validators.ts` and `validation-runtime.ts` in `dir` under `strict` + `noUncheckedIndexedAccess`
 * and returns the diagnostics as text (empty when clean).
 */
export function typeCheckValidators(dir: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    noEmit: true,
    types: [],
  };
  const program = ts.createProgram([join(dir, 'validators.ts'), join(dir, 'validation-runtime.ts')], options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1}: ${text}`;
  });
}
