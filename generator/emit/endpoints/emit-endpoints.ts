import type { InterfaceDeclarationStructure, StatementStructures, VariableStatementStructure } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import { jsonMedia } from '../../ir/media.js';
import type { OperationIR } from '../../ir/ir.js';
import { NameScope } from '../../naming/identifiers.js';
import type { OperationNames } from '../../naming/package-names.js';
import { docComment } from '../comments.js';
import { printModuleFiles, verbatimExpression } from '../print-module.js';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { propertyKey, toLiteral } from '../literal.js';
import { parameterPlan } from './parameter-plan.js';

export const RUNTIME_FOLDER = 'runtime';

/**
 * `endpoints`: one entry per operation, keyed by operationId, with its method, path, `validateRequest` and
 * `validateResponse`. Each entry is a constant descriptor (parameter plans and validator references) handed to
 * the package runtime's `checkRequest` / `checkResponse`.
 */
export const endpointsEmitter: Emitter = {
  name: 'endpoints',
  emit({ ir, names }: EmitContext): GeneratedFile[] {
    const scope = new NameScope(['endpoints', 'Endpoints', 'validators', 'types', 'checkRequest', 'checkResponse', 'Endpoint', 'OperationDescriptor', 'ParameterPlan']);
    const statements: StatementStructures[] = [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: `./${RUNTIME_FOLDER}/endpoint-runtime.js`,
        namedImports: ['checkRequest', 'checkResponse', 'type Endpoint', 'type OperationDescriptor'],
      },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: `./${RUNTIME_FOLDER}/parameters-runtime.js`,
        isTypeOnly: true,
        namedImports: ['ParameterPlan'],
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './validators.js', namespaceImport: 'validators' },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', namespaceImport: 'types', isTypeOnly: true },
    ];
    const endpointsInterface: InterfaceDeclarationStructure = {
      kind: StructureKind.Interface,
      name: 'Endpoints',
      isExported: true,
      docs: ['Every operation of the API by operationId: its method, path and request/response validators.'],
      properties: [],
    };
    const entries: string[] = [];
    // Identical plan lists (the same headers on every response, say) are written once and shared.
    const sharedPlans = new Map<string, string>();
    const plans = (literal: string): string => {
      let name = sharedPlans.get(literal);
      if (!name) {
        name = scope.claim(`plans ${sharedPlans.size + 1}`, 'camel');
        sharedPlans.set(literal, name);
      }
      return name;
    };

    for (const op of ir.operations) {
      const opNames = names.operations.get(op.id)!;
      const descriptor = scope.claim(`${opNames.stem} operation`, 'camel');
      statements.push(descriptorStatement(descriptor, op, opNames, ir.schemas, plans));
      endpointsInterface.properties!.push({
        name: propertyKey(op.id),
        isReadonly: true,
        type: `Endpoint<${requestValueType(op, opNames)}>`,
        docs: docComment([op.summary, op.description].filter(Boolean).join('\n\n') || undefined),
      });
      entries.push(
        `  ${propertyKey(op.id)}: {\n` +
          `    method: ${toLiteral(op.method.toUpperCase())},\n` +
          `    path: ${toLiteral(op.path)},\n` +
          `    validateRequest: (request) => checkRequest(${descriptor}, request),\n` +
          `    validateResponse: (status, body, headers) => checkResponse(${descriptor}, status, body, headers),\n` +
          `  }`,
      );
    }
    const planConstants: StatementStructures[] = [...sharedPlans].map(([literal, name]) => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, type: 'readonly ParameterPlan[]', initializer: verbatimExpression(literal) }],
    }));
    const afterImports = statements.filter((statement) => statement.kind === StructureKind.ImportDeclaration).length;
    statements.splice(afterImports, 0, ...planConstants);
    statements.push(endpointsInterface, {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'endpoints', type: 'Endpoints', initializer: verbatimExpression(entries.length ? `{\n${entries.join(',\n')},\n}` : '{}') }],
    });
    const module = printModuleFiles(statements);
    return [{ path: 'endpoints.ts', contents: module.typescript, javascript: module.javascript, declarations: module.declarations }];
  },
};

function requestValueType(op: OperationIR, opNames: OperationNames): string {
  const part = (name: string | undefined) => (name ? `types.${name}` : 'Record<string, never>');
  const body = op.requestBody
    ? `${opNames.requestBodyType ? `types.${opNames.requestBodyType}` : 'unknown'}${op.requestBody.required ? '' : ' | undefined'}`
    : 'undefined';
  return `{ path: ${part(opNames.parameterTypes.path)}; query: ${part(opNames.parameterTypes.query)}; headers: ${part(opNames.parameterTypes.header)}; cookies: ${part(opNames.parameterTypes.cookie)}; body: ${body} }`;
}

function descriptorStatement(
  name: string,
  op: OperationIR,
  opNames: OperationNames,
  schemas: EmitContext['ir']['schemas'],
  plans: (literal: string) => string,
): VariableStatementStructure {
  const fields: string[] = [`parameters: ${plans(toLiteral(op.parameters.map((p) => parameterPlan(p, schemas))))}`];
  for (const [location, validator] of Object.entries(opNames.parameterValidators)) fields.push(`${location}: validators.${validator}`);
  if (op.requestBody) {
    const validate = opNames.requestBodyValidator ? `, validate: validators.${opNames.requestBodyValidator}` : '';
    const hasJson = jsonMedia(op.requestBody.content) !== undefined || op.requestBody.content.length === 0;
    // A body in a media type specforge does not validate (form data, binary) is passed through unchecked.
    if (hasJson) fields.push(`body: { required: ${op.requestBody.required}${validate} }`);
  }
  const responses = op.responses.map((response) => {
    const parts: string[] = [];
    const body = opNames.responseValidators.get(response.status);
    if (body) parts.push(`body: validators.${body}`);
    const headers = opNames.responseHeaderValidators.get(response.status);
    if (headers) {
      const headerPlans = response.headers.map((h) =>
        parameterPlan({ name: h.name, in: 'header', required: h.required, deprecated: false, description: undefined, style: 'simple', explode: false, schema: h.schema, contentType: undefined }, schemas),
      );
      parts.push(`headers: validators.${headers}`, `headerPlans: ${plans(toLiteral(headerPlans))}`);
    }
    return `${propertyKey(response.status)}: { ${parts.join(', ')} }`;
  });
  fields.push(`responses: { ${responses.join(', ')} }`);
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, type: 'OperationDescriptor', initializer: verbatimExpression(`{\n  ${fields.join(',\n  ')},\n}`) }],
  };
}
