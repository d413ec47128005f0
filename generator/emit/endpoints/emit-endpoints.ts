import type { InterfaceDeclarationStructure, StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import { jsonMedia } from '../../ir/media.js';
import type { OperationIR } from '../../ir/ir.js';
import type { OperationNames } from '../../naming/package-names.js';
import { docComment } from '../comments.js';
import { printPackageModule, verbatimExpression } from '../print-module.js';
import { runtimeModuleId, type EmitContext, type EmittedModule, type Emitter } from '../emitter.js';
import { TYPES_MODULE } from '../types/emit-types.js';
import { VALIDATORS_MODULE } from '../validators/emit-validators.js';
import { propertyKey, toLiteral } from '../literal.js';
import { parameterPlan } from './parameter-plan.js';

export const ENDPOINTS_MODULE = 'endpoints';
const ENDPOINT_RUNTIME = runtimeModuleId('endpoint-runtime');

/**
 * `endpoints`: one entry per operation, keyed by operationId, with its method, path, `validateRequest` and
 * `validateResponse`, made by the package runtime's `endpoint` from a constant descriptor (parameter plans and
 * validator references).
 *
 * The whole table is one statement, and the parameter plans several operations share are one more. TypeScript
 * follows control flow back from every reference to a variable or import to the start of the module, passing each
 * top-level declaration on the way: with a constant per operation, the package of Microsoft Graph beta (22,361
 * operations) did not type-check in half an hour; with the two statements it does in under three minutes.
 */
export const endpointsEmitter: Emitter = {
  name: 'endpoints',
  modules: [{ id: ENDPOINTS_MODULE, kind: 'code' }],
  runtime: ['endpoint-runtime'],
  index: [
    { from: ENDPOINTS_MODULE, values: ['endpoints'], types: ['Endpoints'] },
    { from: ENDPOINT_RUNTIME, types: ['Endpoint', 'RequestInput', 'RequestResult', 'ResponseResult', 'RequestError', 'ResponseError'] },
  ],
  readme: `\`\`\`js
import { endpoints } from '{{packageName}}';

const result = endpoints[operationId].validateRequest({ path, query, headers, body });
if (!result.ok) console.log(result.errors); // [{ in, pointer, keyword, message }]
\`\`\`

- \`endpoints\`: every operation by operationId, with \`method\`, \`path\`, \`validateRequest(request)\` and
  \`validateResponse(status, body, headers?)\`.
`,
  emit({ ir, names, specifiers }: EmitContext): EmittedModule[] {
    const statements: StatementStructures[] = [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: ENDPOINT_RUNTIME, namedImports: ['endpoint', 'type Endpoint'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: runtimeModuleId('parameters-runtime'), isTypeOnly: true, namedImports: ['ParameterPlan'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: VALIDATORS_MODULE, namespaceImport: 'validators' },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: TYPES_MODULE, namespaceImport: 'types', isTypeOnly: true },
    ];
    const endpointsInterface: InterfaceDeclarationStructure = {
      kind: StructureKind.Interface,
      name: 'Endpoints',
      isExported: true,
      docs: ['Every operation of the API by operationId: its method, path and request/response validators.'],
      properties: ir.operations.map((op) => ({
        name: propertyKey(op.id),
        isReadonly: true,
        type: `Endpoint<${requestValueType(op, names.operations.get(op.id)!)}>`,
        docs: docComment([op.summary, op.description].filter(Boolean).join('\n\n') || undefined),
      })),
    };
    const operationPlans = ir.operations.map((op) => plansOf(op, ir.schemas));
    const plans = new SharedPlans(operationPlans.flatMap((plan) => [plan.parameters, ...plan.responseHeaders.values()]));
    const entries = ir.operations.map((op, index) => {
      const fields = descriptorFields(op, names.operations.get(op.id)!, operationPlans[index]!, plans);
      return `  ${propertyKey(op.id)}: endpoint(${toLiteral(op.method.toUpperCase())}, ${toLiteral(op.path)}, {\n    ${fields.join(',\n    ')},\n  })`;
    });
    const shared = plans.table();
    if (shared) {
      statements.push({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Parameter plans that several operations share.'],
        declarations: [
          {
            name: SHARED_PLANS,
            initializer: verbatimExpression({ typescript: `${shared} satisfies { readonly [name: string]: readonly ParameterPlan[] }`, javascript: shared }),
          },
        ],
      });
    }
    statements.push(endpointsInterface, {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'endpoints', type: 'Endpoints', initializer: verbatimExpression(entries.length ? `{\n${entries.join(',\n')},\n}` : '{}') }],
    });
    return [{ id: ENDPOINTS_MODULE, ...printPackageModule(ENDPOINTS_MODULE, statements, specifiers) }];
  },
};

const SHARED_PLANS = 'sharedPlans';

/**
 * Parameter plan lists by their literal: one used by a single operation is written in its descriptor, one used
 * by several (the same headers on every response, say) once in the shared table.
 */
class SharedPlans {
  private readonly uses = new Map<string, number>();
  private readonly keys = new Map<string, string>();

  constructor(literals: readonly string[]) {
    for (const literal of literals) this.uses.set(literal, (this.uses.get(literal) ?? 0) + 1);
  }

  /** The expression for a plan list: the literal itself, or its entry in the shared table. */
  reference(literal: string): string {
    if (literal === '[]' || this.uses.get(literal)! < 2) return literal;
    let key = this.keys.get(literal);
    if (!key) {
      key = `p${this.keys.size + 1}`;
      this.keys.set(literal, key);
    }
    return `${SHARED_PLANS}.${key}`;
  }

  /** The object literal of the shared plans, in order of first reference; undefined when none is shared. */
  table(): string | undefined {
    if (this.keys.size === 0) return undefined;
    return `{\n${[...this.keys].map(([literal, key]) => `  ${key}: ${literal},`).join('\n')}\n}`;
  }
}

interface OperationPlans {
  readonly parameters: string;
  /** By response status, for the responses that declare headers. */
  readonly responseHeaders: ReadonlyMap<string, string>;
}

function plansOf(op: OperationIR, schemas: EmitContext['ir']['schemas']): OperationPlans {
  const responseHeaders = new Map<string, string>();
  for (const response of op.responses) {
    if (response.headers.length === 0) continue;
    const headerPlans = response.headers.map((h) =>
      parameterPlan({ name: h.name, in: 'header', required: h.required, deprecated: false, description: undefined, style: 'simple', explode: false, schema: h.schema, contentType: undefined }, schemas),
    );
    responseHeaders.set(response.status, toLiteral(headerPlans));
  }
  return { parameters: toLiteral(op.parameters.map((p) => parameterPlan(p, schemas))), responseHeaders };
}

function requestValueType(op: OperationIR, opNames: OperationNames): string {
  const part = (name: string | undefined) => (name ? `types.${name}` : 'Record<string, never>');
  const body = op.requestBody
    ? `${opNames.requestBodyType ? `types.${opNames.requestBodyType}` : 'unknown'}${op.requestBody.required ? '' : ' | undefined'}`
    : 'undefined';
  return `{ path: ${part(opNames.parameterTypes.path)}; query: ${part(opNames.parameterTypes.query)}; headers: ${part(opNames.parameterTypes.header)}; cookies: ${part(opNames.parameterTypes.cookie)}; body: ${body} }`;
}

/** The fields of the descriptor `endpoint` is given, as `name: expression`. */
function descriptorFields(op: OperationIR, opNames: OperationNames, operationPlans: OperationPlans, plans: SharedPlans): string[] {
  const fields: string[] = [`parameters: ${plans.reference(operationPlans.parameters)}`];
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
    const headerPlans = operationPlans.responseHeaders.get(response.status);
    if (headers && headerPlans) parts.push(`headers: validators.${headers}`, `headerPlans: ${plans.reference(headerPlans)}`);
    return `${propertyKey(response.status)}: { ${parts.join(', ')} }`;
  });
  fields.push(`responses: { ${responses.join(', ')} }`);
  return fields;
}
