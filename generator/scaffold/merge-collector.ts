import type { ts as Ts } from 'ts-morph';
import { ts } from '../util/ts-morph.js';
import { COLLECTOR_EXPORT, collectorEntry, collectorImport, collectorLocal, handlerSpecifier } from './handler-modules.js';
import { applyEdits, hasModifier, importDeclarations, importInsertion, lineEnd, newlineOf, parseModule, respecify, specifierOf, type Edit } from './source-edits.js';

export type CollectorMerge =
  | { kind: 'unchanged' }
  | { kind: 'updated'; text: string; added: string[]; removed: string[] }
  | { kind: 'unparsable'; where: string; message: string }
  /** The module parses but has no exported `handlers` object to add to: it is left as it is. */
  | { kind: 'no-object' };

export interface CollectorTarget {
  /** Every operation's name in code, in document order. */
  operations: readonly string[];
  /** Operations the project had handlers for that the spec no longer has: their entries, as written, go. */
  gone: readonly string[];
  packageName: string;
  previousPackageName: string | undefined;
}

/**
 * The collector brought in step with the spec: each operation without an entry in the `handlers` object gets one
 * (and the import of its module); the entries and imports the scaffold wrote for operations the spec no longer has
 * are removed, when they are still exactly as written. Every other line is the user's and stays byte for byte. An
 * entry the user wrote another way (`updateWebhook: myUpdate`) counts as the operation's.
 */
export function mergeCollector(path: string, text: string, target: CollectorTarget): CollectorMerge {
  const parsed = parseModule(path, text);
  if (!parsed.ok) return { kind: 'unparsable', where: parsed.where, message: parsed.message };
  const object = handlersObject(parsed.file);
  if (object === undefined) return { kind: 'no-object' };
  // Removals first, then the module is read again for the additions, so that no two edits meet.
  const { text: pruned, removed } = removeGone(parsed.file, text, object, target);
  let file = parsed.file;
  if (pruned !== text) {
    const again = parseModule(path, pruned);
    if (!again.ok) throw new Error(`removing entries from ${path} left a syntax error at ${again.where}`);
    file = again.file;
  }
  const { text: merged, added } = addCurrent(file, pruned, handlersObject(file)!, target);
  return merged === text ? { kind: 'unchanged' } : { kind: 'updated', text: merged, added, removed };
}

function removeGone(file: Ts.SourceFile, text: string, object: Ts.ObjectLiteralExpression, target: CollectorTarget): { text: string; removed: string[] } {
  const edits: Edit[] = respecify(file, target.previousPackageName, target.packageName);
  const removed: string[] = [];
  for (const name of target.gone) {
    const property = object.properties.find((p) => keyOf(p) === name);
    const local = collectorLocal(name);
    const asWritten =
      property !== undefined &&
      ((ts.isShorthandPropertyAssignment(property) && local === name) ||
        (ts.isPropertyAssignment(property) && ts.isIdentifier(property.initializer) && property.initializer.text === local));
    if (!asWritten) continue;
    edits.push(lineRemoval(text, property.getStart(file), afterComma(text, property)));
    removed.push(name);
    const declaration = importDeclarations(file).find((d) => specifierOf(d) === handlerSpecifier(name));
    if (declaration !== undefined && declaration.getText(file) === collectorImport(name)) {
      edits.push(lineRemoval(text, declaration.getStart(file), declaration.getEnd()));
    }
  }
  return { text: applyEdits(text, edits), removed };
}

function addCurrent(file: Ts.SourceFile, text: string, object: Ts.ObjectLiteralExpression, target: CollectorTarget): { text: string; added: string[] } {
  const keys = new Set(object.properties.map((property) => keyOf(property)).filter((key): key is string => key !== undefined));
  const added = target.operations.filter((name) => !keys.has(name));
  if (added.length === 0) return { text, added };
  const newline = newlineOf(text);
  const edits: Edit[] = [];
  const imports = added.filter((name) => !bindsLocal(file, collectorLocal(name))).map((name) => collectorImport(name));
  if (imports.length > 0) edits.push(importInsertion(file, text, imports.join(newline)));
  edits.push(...entryInsertion(file, text, object, added.map((name) => collectorEntry(name)), newline));
  return { text: applyEdits(text, edits), added };
}

/** The object literal of `export const handlers = { … }` (through `satisfies`, `as` and parentheses). */
function handlersObject(file: Ts.SourceFile): Ts.ObjectLiteralExpression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== COLLECTOR_EXPORT) continue;
      let init = declaration.initializer;
      while (init !== undefined && (ts.isParenthesizedExpression(init) || ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
      if (init !== undefined && ts.isObjectLiteralExpression(init)) return init;
    }
  }
  return undefined;
}

function keyOf(property: Ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(property)) return undefined;
  const name = property.name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function bindsLocal(file: Ts.SourceFile, name: string): boolean {
  return importDeclarations(file).some((declaration) => {
    const bindings = declaration.importClause?.namedBindings;
    return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name);
  });
}

/** The end of a property with the comma after it, if there is one. */
function afterComma(text: string, property: Ts.Node): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text, undefined, property.getEnd());
  const token = scanner.scan();
  return token === ts.SyntaxKind.CommaToken ? scanner.getTokenEnd() : property.getEnd();
}

/** Removes `start…end`, and its whole line when nothing else is on it. */
function lineRemoval(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const stop = lineEnd(text, end);
  const after = text.slice(end, stop);
  if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after)) {
    const breakLength = text.startsWith('\r\n', stop) ? 2 : text[stop] === '\n' ? 1 : 0;
    return { start: lineStart, end: stop + breakLength, text: '' };
  }
  return { start, end: end + (after.match(/^[ \t]*/)?.[0].length ?? 0), text: '' };
}

/**
 * The new entries: at the end of the object, one a line as the others are, or before its first spread, so that what
 * a spread gives stays the handler.
 */
function entryInsertion(file: Ts.SourceFile, text: string, object: Ts.ObjectLiteralExpression, entries: string[], newline: string): Edit[] {
  const open = object.getStart(file);
  const close = object.getEnd() - 1;
  const properties = object.properties;
  const objectIndent = indentOf(text, open);
  const first = properties[0];
  const indent = first !== undefined && startsLine(text, first.getStart(file)) ? indentOf(text, first.getStart(file)) : `${objectIndent}  `;
  const multiline = text.slice(open, close).includes('\n');
  const spread = properties.find((property) => ts.isSpreadAssignment(property));
  if (spread !== undefined) {
    const at = spread.getStart(file);
    const lines = startsLine(text, at) ? entries.map((entry) => `${entry},${newline}${indent}`) : entries.map((entry) => `${entry}, `);
    return [{ start: at, end: at, text: lines.join('') }];
  }
  const last = properties.at(-1);
  if (last === undefined) {
    const lines = entries.map((entry) => `${newline}${indent}${entry},`).join('');
    return [{ start: open + 1, end: open + 1, text: multiline ? lines : `${lines}${newline}${objectIndent}` }];
  }
  const trailing = properties.hasTrailingComma;
  const anchor = afterComma(text, last);
  const closeOnOwnLine = startsLine(text, close);
  if (multiline && closeOnOwnLine) {
    // After the last entry's line (and a comment at its end), with the comma it may lack.
    const at = lineEnd(text, anchor);
    const lines = entries.map((entry) => `${newline}${indent}${entry},`).join('');
    if (trailing) return [{ start: at, end: at, text: lines }];
    if (at === last.getEnd()) return [{ start: at, end: at, text: `,${lines}` }];
    return [{ start: last.getEnd(), end: last.getEnd(), text: ',' }, { start: at, end: at, text: lines }];
  }
  return [{ start: anchor, end: anchor, text: `${trailing ? ' ' : ', '}${entries.join(', ')}${trailing ? ',' : ''}` }];
}

function startsLine(text: string, position: number): boolean {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, position));
}

function indentOf(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return text.slice(lineStart).match(/^[ \t]*/)?.[0] ?? '';
}
