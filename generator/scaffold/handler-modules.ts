import type { ImportSpecifierStructure, OptionalKind, StatementStructures } from 'ts-morph';
import { docComment } from '../emit/comments.js';
import { printStructure, StructureKind } from '../util/ts-morph.js';
import type { ScaffoldModel, ScaffoldOperation } from './model.js';

/**
 * The TypeScript the scaffold writes: one handler module per operation and the module that collects them, printed
 * from ts-morph structures. Operation names come from the name planner (identifiers of letters and digits, with a
 * `_` only after a reserved word or before a leading digit); spec text reaches these modules only in doc comments,
 * through `docComment`.
 */

/** The folder of the handler modules and the module collecting them, relative to the project. */
export const HANDLERS_FOLDER = 'src/handlers';
export const COLLECTOR_MODULE = 'src/handlers.ts';

/** The exported object of the collector, which src/server.ts serves. */
export const COLLECTOR_EXPORT = 'handlers';

const PRINT = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

export function handlerModulePath(operation: Pick<ScaffoldOperation, 'name'>): string {
  return `${HANDLERS_FOLDER}/${operation.name}.ts`;
}

/** The collector's specifier of a handler module. */
export function handlerSpecifier(name: string): string {
  return `./handlers/${name}.js`;
}

/** The parameter and return types a handler of `name` has, written with the local names of the package's types. */
export function handlerSignature(name: string, local: { input: string; result: string } = { input: 'HandlerInput', result: 'HandlerResult' }) {
  return { parameter: `${local.input}<'${name}'>`, returns: `Promise<${local.result}<'${name}'>>` };
}

/**
 * The local name of `notImplemented` in a handler module: itself, unless the operation has that name (an
 * operationId `not-implemented`). No operation's name ends in `_` but a reserved word's, so the alias is free.
 */
export function notImplementedLocal(operationName: string): string {
  return operationName === 'notImplemented' ? 'notImplemented_' : 'notImplemented';
}

/** The collector's local name of a handler: itself, unless it is the collector's own export. */
export function collectorLocal(operationName: string): string {
  return operationName === COLLECTOR_EXPORT ? `${COLLECTOR_EXPORT}_` : operationName;
}

/** A new handler module: the operation's function, typed from the package, answering 501 until it is written. */
export function handlerModule(operation: ScaffoldOperation, packageName: string): string {
  return printStructure({ kind: StructureKind.SourceFile, statements: handlerStatements(operation, packageName) }, PRINT);
}

function handlerStatements(operation: ScaffoldOperation, packageName: string): StatementStructures[] {
  const local = notImplementedLocal(operation.name);
  const signature = handlerSignature(operation.name);
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: packageName,
      namedImports: [
        local === 'notImplemented' ? { name: 'notImplemented' } : { name: 'notImplemented', alias: local },
        { name: 'HandlerInput', isTypeOnly: true },
        { name: 'HandlerResult', isTypeOnly: true },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      isAsync: true,
      name: operation.name,
      docs: docComment(handlerDoc(operation)),
      parameters: [{ name: 'input', type: signature.parameter }],
      returnType: signature.returns,
      statements: [`throw ${local}();`],
    },
  ];
}

/** `<summary> — PATCH /v1/webhooks/{id}`, and the operationId when the name in code is not it. */
function handlerDoc(operation: ScaffoldOperation): string {
  const route = `${operation.method.toUpperCase()} ${operation.path}`;
  const id = operation.operationId === operation.name ? '' : ` (operationId ${operation.operationId})`;
  return operation.summary ? `${operation.summary} — ${route}${id}` : `${route}${id}`;
}

/** A new collector: every operation's handler, imported from its module, in one object typed by the package. */
export function collectorModule(model: Pick<ScaffoldModel, 'operations' | 'packageName'>): string {
  const imports: StatementStructures[] = model.operations.map((operation) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: handlerSpecifier(operation.name),
    namedImports: [importOf(operation.name)],
  }));
  const entries = model.operations.map((operation) => collectorEntry(operation.name));
  return printStructure(
    {
      kind: StructureKind.SourceFile,
      statements: [
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: model.packageName, isTypeOnly: true, namedImports: ['Handlers'] },
        ...imports,
        // Written with the writer itself: the variable statement's printer indents an initializer's lines as a
        // continuation of the declaration.
        (writer) => {
          writer.blankLineIfLastNot();
          writer.writeLine('/**');
          writer.writeLine(" * Every operation's handler, by its name in code: what src/server.ts serves. specforge scaffold adds the");
          writer.writeLine(' * handlers of new operations here and keeps your other lines.');
          writer.writeLine(' */');
          writer.write(`export const ${COLLECTOR_EXPORT}: Partial<Handlers> = `);
          if (entries.length === 0) writer.write('{}');
          else writer.inlineBlock(() => entries.forEach((entry) => writer.writeLine(`${entry},`)));
          writer.write(';').newLine();
        },
      ],
    },
    PRINT,
  );
}

function importOf(name: string): OptionalKind<ImportSpecifierStructure> {
  const local = collectorLocal(name);
  return local === name ? { name } : { name, alias: local };
}

/** The collector's entry for a handler: `updateWebhook`, or `handlers: handlers_`. */
export function collectorEntry(name: string): string {
  const local = collectorLocal(name);
  return local === name ? name : `${name}: ${local}`;
}

/** The collector's import of a handler, as `collectorModule` prints it. */
export function collectorImport(name: string): string {
  const local = collectorLocal(name);
  return `import { ${local === name ? name : `${name} as ${local}`} } from '${handlerSpecifier(name)}';`;
}
