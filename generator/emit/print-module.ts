import type {
  ExportDeclarationStructure,
  ExportSpecifierStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  ImportSpecifierStructure,
  OptionalKind,
  StatementStructures,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';
import type { BodyLine } from '../schema/compiler/contract.js';
import { printStructure, StructureKind } from '../util/ts-morph.js';
import type { ModuleId, ModuleSpecifiers } from './emitter.js';

/**
 * Generated modules are printed from ts-morph statement structures, without building source files (the same text
 * as `createSourceFile(…).getFullText()`, several times faster for GitHub-sized modules). One set of structures
 * gives all three files of a module: the TypeScript, its JavaScript (the same structures without their types) and
 * its declarations (the exported structures without bodies), so nothing is parsed or transpiled afterwards.
 */
export interface PrintedModule {
  typescript: string;
  javascript: string;
  declarations: string;
}


/** Code the emitter has already written: a function body (lines) or an expression (an initializer's text). */
type Verbatim = { kind: 'body'; lines: readonly BodyLine[] } | { kind: 'expression'; text: BodyLine };

type Language = 'typescript' | 'javascript';

// Where verbatim code goes. No printed text can hold U+0000 but these markers: spec text reaches printed code only
// as string literals (JSON.stringify escapes it) and comments (commentText replaces it); names are identifiers.
const BODY_MARKER = '\u0000specforge:verbatim-body\u0000';
const EXPRESSION_MARKER = '\u0000specforge:verbatim-expression\u0000';
const VERBATIM = /^( *)\u0000specforge:verbatim-body\u0000$|\u0000specforge:verbatim-expression\u0000/gm;

/** The verbatim code met while printing, in order; printing is synchronous, so one list serves each print. */
let verbatimMet: Verbatim[] = [];

function verbatimWriter(verbatim: Verbatim, marker: string): WriterFunction {
  return (writer) => {
    verbatimMet.push(verbatim);
    writer.write(marker);
  };
}

/**
 * A function body of ready-made code lines. ts-morph's writer tracks every character it writes (strings, comments,
 * indentation), which for GitHub's validators is most of their printing time; a verbatim body skips it and is
 * spliced into the printed module as it is. The lines must be JavaScript as well as TypeScript.
 */
export function verbatimStatements(lines: readonly BodyLine[]): WriterFunction {
  return verbatimWriter({ kind: 'body', lines }, BODY_MARKER);
}

/**
 * An initializer the emitter has already written (the endpoints table, say), spliced in as it is, for the same
 * reason; its lines after the first keep the indentation they have. One text for both languages, or a TypeScript
 * expression and its JavaScript (without a `satisfies`, say).
 */
export function verbatimExpression(text: BodyLine): WriterFunction {
  return verbatimWriter({ kind: 'expression', text }, EXPRESSION_MARKER);
}

function print(statements: readonly StatementStructures[], language: Language = 'typescript'): string {
  verbatimMet = [];
  const printed = printStructure({ kind: StructureKind.SourceFile, statements: [...statements] });
  const met = verbatimMet;
  verbatimMet = [];
  if (met.length === 0) return printed;
  let next = 0;
  const spliced = printed.replace(VERBATIM, (_marker, base: string | undefined) => {
    const verbatim = met[next++];
    if (verbatim === undefined || (verbatim.kind === 'body') !== (base !== undefined)) {
      throw new Error('verbatim code was printed in another order than it was written');
    }
    if (verbatim.kind === 'expression') return typeof verbatim.text === 'string' ? verbatim.text : verbatim.text[language];
    return verbatim.lines.map((line) => indentLine(base!, typeof line === 'string' ? line : line[language])).join('\n');
  });
  if (next !== met.length) throw new Error(`${met.length} pieces of verbatim code written, ${next} printed`);
  return spliced;
}

function indentLine(base: string, line: string): string {
  const text = line.trimStart();
  return text === '' ? '' : base + '    '.repeat((line.length - text.length) / 2) + text;
}

/** The TypeScript of a module. */
export function printModule(statements: readonly StatementStructures[]): string {
  return print(statements);
}

/** A module's TypeScript, JavaScript and declarations (see PrintedModule), its imports' specifiers as written. */
export function printModuleFiles(statements: readonly StatementStructures[]): PrintedModule {
  return { typescript: print(statements), ...printOutput(statements) };
}

/**
 * A package module's files (see PrintedModule). Its imports name other modules of the package by ModuleId; the
 * writer's layout gives their specifiers, which differ between the TypeScript source and the files beside the index.
 */
export function printPackageModule(from: ModuleId, statements: readonly StatementStructures[], specifiers: ModuleSpecifiers): PrintedModule {
  const resolved = (specifier: (from: ModuleId, to: ModuleId) => string): StatementStructures[] =>
    statements.map((statement) =>
      statement.kind === StructureKind.ImportDeclaration || (statement.kind === StructureKind.ExportDeclaration && statement.moduleSpecifier !== undefined)
        ? { ...statement, moduleSpecifier: specifier(from, statement.moduleSpecifier!) }
        : statement,
    );
  return { typescript: print(resolved((at, to) => specifiers.typescript(at, to))), ...printOutput(resolved((at, to) => specifiers.output(at, to))) };
}

function printOutput(statements: readonly StatementStructures[]): Omit<PrintedModule, 'typescript'> {
  return { javascript: print(javascriptStatements(statements), 'javascript'), declarations: printDeclarations(statements) };
}

// ---- JavaScript: the structures without types --------------------------------------------------------------------

function javascriptStatements(statements: readonly StatementStructures[]): StatementStructures[] {
  const out: StatementStructures[] = [];
  for (const statement of statements) {
    switch (statement.kind) {
      case StructureKind.ImportDeclaration: {
        const kept = valueImport(statement);
        if (kept) out.push(kept);
        break;
      }
      case StructureKind.VariableStatement:
        out.push({ ...statement, declarations: statement.declarations.map(({ type: _type, hasExclamationToken: _bang, ...rest }) => rest) });
        break;
      case StructureKind.Function:
        out.push(untypedFunction(statement));
        break;
      case StructureKind.ExportDeclaration: {
        const kept = valueReexport(statement);
        if (kept) out.push(kept);
        break;
      }
      case StructureKind.Interface:
      case StructureKind.TypeAlias:
        break;
      default:
        throw new Error(`printing ${StructureKind[statement.kind]} statements as JavaScript is not supported`);
    }
  }
  return out;
}

function untypedFunction(fn: FunctionDeclarationStructure): FunctionDeclarationStructure {
  const { returnType: _returnType, typeParameters: _typeParameters, overloads: _overloads, ...rest } = fn;
  return { ...rest, parameters: (fn.parameters ?? []).map(({ type: _type, hasQuestionToken: _question, ...parameter }) => parameter) };
}

function isTypeOnlySpecifier(specifier: string | WriterFunction | OptionalKind<ImportSpecifierStructure> | OptionalKind<ExportSpecifierStructure>): boolean {
  if (typeof specifier === 'string') return specifier.startsWith('type ');
  if (typeof specifier === 'function') throw new Error('import specifiers written by functions cannot be printed as JavaScript');
  return specifier.isTypeOnly === true;
}

/** An import without its type-only parts, or none when nothing but types was imported. */
function valueImport(declaration: ImportDeclarationStructure): ImportDeclarationStructure | undefined {
  if (declaration.isTypeOnly) return undefined;
  if (!Array.isArray(declaration.namedImports)) return declaration;
  const named = declaration.namedImports.filter((specifier) => !isTypeOnlySpecifier(specifier));
  if (named.length === 0 && declaration.defaultImport === undefined && declaration.namespaceImport === undefined) return undefined;
  return { ...declaration, namedImports: named };
}

/** A re-export without its type-only names, or none when it passes on nothing but types. */
function valueReexport(declaration: ExportDeclarationStructure): ExportDeclarationStructure | undefined {
  if (declaration.isTypeOnly) return undefined;
  if (!Array.isArray(declaration.namedExports)) return declaration;
  const named = declaration.namedExports.filter((specifier) => !isTypeOnlySpecifier(specifier));
  return named.length === 0 ? undefined : { ...declaration, namedExports: named };
}

// ---- Declarations: what a module exports, without bodies ---------------------------------------------------------

function printDeclarations(statements: readonly StatementStructures[]): string {
  const declared: StatementStructures[] = [];
  for (const statement of statements) {
    switch (statement.kind) {
      case StructureKind.ImportDeclaration:
        break;
      case StructureKind.VariableStatement:
        if (statement.isExported) declared.push(declaredVariables(statement));
        break;
      case StructureKind.Function:
        if (statement.isExported) {
          const { statements: _body, ...signature } = statement;
          declared.push({ ...signature, parameters: declaredParameters(signature.parameters), hasDeclareKeyword: true });
        }
        break;
      case StructureKind.Interface:
      case StructureKind.TypeAlias:
      case StructureKind.ExportDeclaration:
        declared.push(statement);
        break;
      default:
        throw new Error(`declarations of ${StructureKind[statement.kind]} statements are not supported`);
    }
  }
  if (declared.length === 0) return 'export {};\n';
  const body = print(declared);
  // Only the imports the declarations use (names outside comments and strings), as type-only imports.
  const code = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const used = new Set(code.match(/[A-Za-z_$][\w$]*/g));
  const imports: StatementStructures[] = [];
  for (const statement of statements) {
    if (statement.kind !== StructureKind.ImportDeclaration) continue;
    const kept = typeImport(statement, used);
    if (kept) imports.push(kept);
  }
  return imports.length === 0 ? body : `${print(imports)}\n${body}`;
}

/** The names of an import that `used` holds, imported as types; none when it holds none of them. */
function typeImport(declaration: ImportDeclarationStructure, used: ReadonlySet<string>): ImportDeclarationStructure | undefined {
  if (declaration.namespaceImport !== undefined) {
    return used.has(declaration.namespaceImport) ? { ...declaration, isTypeOnly: true } : undefined;
  }
  if (declaration.defaultImport !== undefined) throw new Error('default imports are not supported in declarations');
  const names: OptionalKind<ImportSpecifierStructure>[] = [];
  for (const specifier of Array.isArray(declaration.namedImports) ? declaration.namedImports : []) {
    if (typeof specifier === 'function') throw new Error('import specifiers written by functions are not supported in declarations');
    const { name, alias } = typeof specifier === 'string' ? { name: specifier.replace(/^type /, ''), alias: undefined } : specifier;
    if (used.has(alias ?? name)) names.push({ name, ...(alias === undefined ? {} : { alias }) });
  }
  return names.length === 0 ? undefined : { kind: StructureKind.ImportDeclaration, moduleSpecifier: declaration.moduleSpecifier, isTypeOnly: true, namedImports: names };
}

/** Parameters as a declaration writes them: a default value is an implementation's, so the parameter is optional instead. */
function declaredParameters(parameters: FunctionDeclarationStructure['parameters']): FunctionDeclarationStructure['parameters'] {
  return parameters?.map(({ initializer, ...parameter }) => (initializer === undefined ? parameter : { ...parameter, hasQuestionToken: true }));
}

function declaredVariables(statement: VariableStatementStructure): VariableStatementStructure {
  return {
    ...statement,
    hasDeclareKeyword: true,
    declarations: statement.declarations.map(({ initializer: _initializer, ...declaration }) => {
      if (declaration.type === undefined) throw new Error(`exported ${declaration.name} has no type for its declaration`);
      return declaration;
    }),
  };
}
