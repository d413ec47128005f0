import type { ts as Ts } from 'ts-morph';
import { ts } from '../util/ts-morph.js';
import { handlerSignature } from './handler-modules.js';
import {
  applyEdits,
  bindsName,
  hasModifier,
  importDeclarations,
  importInsertion,
  localImportName,
  parseModule,
  respecify,
  specifierOf,
  type Edit,
} from './source-edits.js';

export type ModuleMerge =
  | { kind: 'unchanged' }
  | { kind: 'updated'; text: string; changes: string[] }
  /** The module has a syntax error: it is left as it is. */
  | { kind: 'unparsable'; where: string; message: string }
  /** The module parses but exports no function of the operation's name: it is left as it is. */
  | { kind: 'no-function' };

export interface HandlerTarget {
  /** The operation's name in code: the function's name. */
  name: string;
  packageName: string;
  /** The package's name when the project was last scaffolded, if it was another: imports of it are moved. */
  previousPackageName: string | undefined;
}

type HandlerFunction = Ts.FunctionDeclaration | Ts.ArrowFunction | Ts.FunctionExpression;

/**
 * An existing handler module brought in step with the spec: the exported function of the operation gets the
 * current parameter type (of its first parameter) and return type, and the module the imports those need. Only
 * those places change; the body, the module's other statements, comments and formatting stay byte for byte.
 */
export function mergeHandlerModule(path: string, text: string, target: HandlerTarget): ModuleMerge {
  const parsed = parseModule(path, text);
  if (!parsed.ok) return { kind: 'unparsable', where: parsed.where, message: parsed.message };
  const file = parsed.file;
  const fn = exportedFunction(file, target.name);
  if (fn === undefined) return { kind: 'no-function' };

  const edits: Edit[] = respecify(file, target.previousPackageName, target.packageName);
  const changes = new Set<string>(edits.length > 0 ? ['import'] : []);
  const packages = [target.packageName, ...(target.previousPackageName === undefined ? [] : [target.previousPackageName])];
  const local = (imported: string) => packages.map((module) => localImportName(file, module, imported)).find((name) => name !== undefined);
  const missing: string[] = [];
  const nameOf = (imported: string): string => {
    const found = local(imported);
    if (found !== undefined) return found;
    // Bound some other way (the user's own import or type): theirs to keep.
    if (!bindsName(file, imported)) missing.push(imported);
    return imported;
  };
  const signature = handlerSignature(target.name, { input: nameOf('HandlerInput'), result: nameOf('HandlerResult') });

  const parameter = fn.parameters[0];
  const parenthesized = fn.getChildren(file).some((child) => child.kind === ts.SyntaxKind.OpenParenToken);
  if (parameter !== undefined && !parenthesized) {
    // `input => …`: a type needs the parentheses, and so does a return type.
    edits.push({ start: parameter.getStart(file), end: parameter.getEnd(), text: `(${parameter.getText(file)}: ${signature.parameter}): ${signature.returns}` });
    changes.add('parameter type').add('return type');
  } else {
    if (parameter !== undefined) {
      if (parameter.type === undefined) {
        const after = (parameter.questionToken ?? parameter.name).getEnd();
        edits.push({ start: after, end: after, text: `: ${signature.parameter}` });
        changes.add('parameter type');
      } else if (parameter.type.getText(file) !== signature.parameter) {
        edits.push({ start: parameter.type.getStart(file), end: parameter.type.getEnd(), text: signature.parameter });
        changes.add('parameter type');
      }
    }
    if (fn.type === undefined) {
      const close = fn.getChildren(file).find((child) => child.kind === ts.SyntaxKind.CloseParenToken);
      if (close !== undefined) {
        edits.push({ start: close.getEnd(), end: close.getEnd(), text: `: ${signature.returns}` });
        changes.add('return type');
      }
    } else if (fn.type.getText(file) !== signature.returns) {
      edits.push({ start: fn.type.getStart(file), end: fn.type.getEnd(), text: signature.returns });
      changes.add('return type');
    }
  }

  if (missing.length > 0) {
    edits.push(importTypes(file, text, target.packageName, missing, packages));
    changes.add('import');
  }
  if (edits.length === 0) return { kind: 'unchanged' };
  const merged = applyEdits(text, edits);
  return merged === text ? { kind: 'unchanged' } : { kind: 'updated', text: merged, changes: [...changes] };
}

/** The function the module exports under `name`: `export [async] function name`, `export const name = …`, `export { local as name }`. */
function exportedFunction(file: Ts.SourceFile, name: string): HandlerFunction | undefined {
  let local: string | undefined;
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier === undefined && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        const element = clause.elements.find((e) => e.name.text === name && !e.isTypeOnly);
        if (element) local = (element.propertyName ?? element.name).text;
      }
    }
  }
  for (const statement of file.statements) {
    const exported = hasModifier(statement, ts.SyntaxKind.ExportKeyword) && !hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && statement.body !== undefined && statement.name !== undefined) {
      const declared = statement.name.text;
      if ((exported && declared === name) || declared === local) return statement;
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        const declared = declaration.name.text;
        if (!((exported && declared === name) || declared === local)) continue;
        let init = declaration.initializer;
        while (init !== undefined && ts.isParenthesizedExpression(init)) init = init.expression;
        if (init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init;
      }
    }
  }
  return undefined;
}

/** `HandlerInput` / `HandlerResult` added to the module's import of the package, or a new type import of them. */
function importTypes(file: Ts.SourceFile, text: string, packageName: string, names: string[], packages: string[]): Edit {
  const named = importDeclarations(file).find((declaration) => {
    const specifier = specifierOf(declaration);
    const bindings = declaration.importClause?.namedBindings;
    return specifier !== undefined && packages.includes(specifier) && bindings !== undefined && ts.isNamedImports(bindings);
  });
  const bindings = named?.importClause?.namedBindings;
  if (named !== undefined && bindings !== undefined && ts.isNamedImports(bindings)) {
    const typeOnly = named.importClause!.isTypeOnly;
    const added = names.map((name) => (typeOnly ? name : `type ${name}`));
    const last = bindings.elements.at(-1);
    if (last === undefined) {
      const open = bindings.getStart(file) + 1;
      return { start: open, end: open, text: ` ${added.join(', ')} ` };
    }
    if (bindings.elements.hasTrailingComma) {
      const after = text.indexOf(',', last.getEnd()) + 1;
      return { start: after, end: after, text: ` ${added.join(', ')},` };
    }
    return { start: last.getEnd(), end: last.getEnd(), text: `, ${added.join(', ')}` };
  }
  return importInsertion(file, text, `import type { ${names.join(', ')} } from '${packageName}';`);
}
