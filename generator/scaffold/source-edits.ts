import type { ts as Ts } from 'ts-morph';
import { ts } from '../util/ts-morph.js';

/**
 * Reading a module users have edited, and changing it by offsets: every character outside an edit stays as it was
 * (their formatting, comments and code), the way orval's handler merge regenerates parts of hono handler files.
 */

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export type Parsed = { ok: true; file: Ts.SourceFile } | { ok: false; where: string; message: string };

/** The module's syntax tree, or where its first syntax error is (`line:col`) and what it says. */
export function parseModule(path: string, text: string): Parsed {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics?: Ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = diagnostics[0];
  if (first === undefined) return { ok: true, file };
  const { line, character } = file.getLineAndCharacterOfPosition(first.start);
  return { ok: false, where: `${line + 1}:${character + 1}`, message: ts.flattenDiagnosticMessageText(first.messageText, ' ') };
}

/** The text with the edits made; edits may not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

/** The line break a module uses, for the lines an edit adds. */
export function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function importDeclarations(file: Ts.SourceFile): Ts.ImportDeclaration[] {
  return file.statements.filter(ts.isImportDeclaration);
}

export function specifierOf(declaration: Ts.ImportDeclaration): string | undefined {
  return ts.isStringLiteral(declaration.moduleSpecifier) ? declaration.moduleSpecifier.text : undefined;
}

/** The local name an import of `module` binds `imported` to (`import { HandlerInput as Input }` → `Input`). */
export function localImportName(file: Ts.SourceFile, module: string, imported: string): string | undefined {
  for (const declaration of importDeclarations(file)) {
    if (specifierOf(declaration) !== module) continue;
    const bindings = declaration.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName?.text ?? element.name.text) === imported) return element.name.text;
    }
  }
  return undefined;
}

/** Whether a top-level statement of the module binds `name` (an import, a declaration). */
export function bindsName(file: Ts.SourceFile, name: string): boolean {
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name?.text === name) return true;
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return true;
      if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name)) return true;
    } else if (ts.isVariableStatement(statement)) {
      if (statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)) return true;
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
      statement.name?.text === name
    ) {
      return true;
    }
  }
  return false;
}

/** Where a new import goes: after the last import's line, or at the top of the module. */
export function importInsertion(file: Ts.SourceFile, text: string, line: string): Edit {
  const newline = newlineOf(text);
  const last = importDeclarations(file).at(-1);
  if (last === undefined) return { start: 0, end: 0, text: `${line}${newline}` };
  const end = lineEnd(text, last.getEnd());
  return { start: end, end, text: `${newline}${line}` };
}

/** The end of the line `position` is on (the position of its line break, or the end of the text). */
export function lineEnd(text: string, position: number): number {
  const found = text.indexOf('\n', position);
  if (found === -1) return text.length;
  return found > 0 && text[found - 1] === '\r' ? found - 1 : found;
}

export function hasModifier(node: Ts.Node, kind: Ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

/** Module specifiers equal to `from`, rewritten to `to` (the package renamed with --package-name). */
export function respecify(file: Ts.SourceFile, from: string | undefined, to: string): Edit[] {
  if (from === undefined || from === to) return [];
  return importDeclarations(file)
    .filter((declaration) => specifierOf(declaration) === from)
    .map((declaration) => {
      const literal = declaration.moduleSpecifier;
      const quote = literal.getText(file).startsWith('"') ? '"' : "'";
      return { start: literal.getStart(file), end: literal.getEnd(), text: `${quote}${to}${quote}` };
    });
}
