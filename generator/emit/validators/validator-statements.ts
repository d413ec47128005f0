import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import { verbatimExpression, verbatimStatements } from '../print-module.js';
import type { ValidatorModule } from '../../schema/compiler/contract.js';

/**
 * A compiled validator module as ts-morph statement structures, which the generator prints into `validators.ts`
 * (its JavaScript and declarations are this print's text too, written straight from the module: see
 * javascriptAndDeclarations). Exported validators are constants of the runtime's `SchemaValidator` type: thousands
 * of them in a large spec, and a constant prints in half a function declaration's time.
 */
export function validatorStatements(module: ValidatorModule): StatementStructures[] {
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: module.runtimeModule,
      namedImports: module.imports.map(({ name, alias, typeOnly }) => ({ name, ...(alias === undefined ? {} : { alias }), ...(typeOnly ? { isTypeOnly: true } : {}) })),
    },
  ];
  for (const constant of module.constants) {
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: constant.name, initializer: verbatimExpression(constant.initializer), ...(constant.type === undefined ? {} : { type: constant.type }) }],
    });
  }
  for (const fn of module.functions) {
    statements.push({
      kind: StructureKind.Function,
      name: fn.name,
      docs: [fn.doc],
      parameters: fn.parameters,
      returnType: 'boolean',
      statements: verbatimStatements(fn.body),
    });
  }
  const validatorType = module.imports.find((entry) => entry.name === 'SchemaValidator')?.alias ?? 'SchemaValidator';
  for (const exported of module.exports) {
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [exported.doc],
      declarations: [{ name: exported.name, type: validatorType, initializer: verbatimExpression(exported.arrow) }],
    });
  }
  return statements;
}
