import type { InterfaceDeclarationStructure, StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import type { OperationIR } from '../../ir/ir.js';
import type { OperationNames } from '../../naming/package-names.js';
import { docComment } from '../comments.js';
import { printPackageModule, verbatimExpression } from '../print-module.js';
import { runtimeModuleId, type EmitContext, type EmittedModule, type Emitter } from '../emitter.js';
import { TYPES_MODULE } from '../types/emit-types.js';
import { VALIDATORS_MODULE } from '../validators/emit-validators.js';
import { propertyKey, toLiteral } from '../literal.js';
import { render, RuntimeImports, SharedCode, typed, type Lines } from './code.js';
import { requestCheck, responseHeadersReader, type RequestCheckContext } from './request-check.js';
import { requestValueMembers } from './request-value-type.js';
import { BodyDefaults } from './schema-defaults.js';

export const ENDPOINTS_MODULE = 'endpoints';
const ENDPOINT_RUNTIME = runtimeModuleId('endpoint-runtime');
const PARAMETERS_RUNTIME = runtimeModuleId('parameters-runtime');
/** What generated code uses of the endpoint runtime; everything else it uses is the parameters runtime's. */
const OF_ENDPOINT_RUNTIME = new Set(['endpoint', 'isPlainObject', 'located', 'Endpoint', 'RequestError', 'RequestInput', 'RequestResult']);

/**
 * `endpoints`: one entry per operation, keyed by operationId, with its method, path, `validateRequest` and
 * `validateResponse`, made by the package runtime's `endpoint` from the operation's generated request check (see
 * request-check.ts) and its responses' validators.
 *
 * The whole table is one statement, and the code several operations share (see SharedCode) is one more. TypeScript
 * follows control flow back from every reference to a variable or import to the start of the module, passing each
 * top-level declaration on the way: with a constant per operation, the package of Microsoft Graph beta (22,361
 * operations) did not type-check in half an hour; with the two statements it does in under three minutes. Inside
 * an entry's arrow function the walk ends at the arrow, or at the table for the imports it calls; its locals are
 * not annotated but for the part objects and the error list, and the typing of the request is the `Endpoints`
 * interface's, which each entry's `endpoint` call takes from where it is written.
 */
export const endpointsEmitter: Emitter = {
  name: 'endpoints',
  // endpoints.ts imports validators.ts, and types.ts for its types
  requires: ['types', 'validators'],
  modules: [{ id: ENDPOINTS_MODULE, kind: 'code' }],
  runtime: ['endpoint-runtime', 'parameters-runtime'],
  index: [
    { from: ENDPOINTS_MODULE, values: ['endpoints'], types: ['Endpoints'] },
    { from: ENDPOINT_RUNTIME, types: ['Endpoint', 'RequestInput', 'RequestResult', 'ResponseResult', 'RequestError', 'ResponseError'] },
  ],
  readme: `\`\`\`js
import { endpoints } from '{{packageName}}';

const result = endpoints{{#if example.operationId}}.{{example.operationId}}{{else}}[operationId]{{/if}}.validateRequest({ path, query, headers, body });
if (result.ok) use(result.value); // parameters parsed and typed, defaults applied
else console.log(result.errors); // [{ in, pointer, keyword, message }]

const checked = endpoints{{#if example.operationId}}.{{example.operationId}}{{else}}[operationId]{{/if}}.validateResponse(200, responseBody, responseHeaders);
\`\`\`

- \`endpoints\`: every operation by operationId, with \`method\`, \`path\`, \`validateRequest(request)\` (parameters
  parsed by their styles, every part validated, the schemas' defaults applied; \`{ ok: true, value }\` or
  \`{ ok: false, errors }\`) and \`validateResponse(status, body, headers?)\` (the body and headers against the
  response declared for that status).
`,
  emit({ ir, names, specifiers }: EmitContext): EmittedModule[] {
    const runtime = new RuntimeImports();
    const shared = new SharedCode();
    runtime.useType('Endpoint');
    const context: RequestCheckContext = { schemas: ir.schemas, runtime, shared, bodyDefaults: new BodyDefaults(ir.schemas, shared, runtime) };
    // Each entry's lines are rendered as they are made, indented once, for both languages.
    const entries = { typescript: [] as string[], javascript: [] as string[] };
    for (const op of ir.operations) {
      const opNames = names.operations.get(op.id)!;
      const check = requestCheck(op, opNames, context);
      const head = `${propertyKey(op.id)}: ${runtime.use('endpoint')}(${toLiteral(op.method.toUpperCase())}, ${toLiteral(op.path)}, `;
      const first = check[0]!;
      const last = check[check.length - 1]!;
      const entry: Lines = [
        typeof first === 'string' ? head + first : typed(head + first.typescript, head + first.javascript),
        ...check.slice(1, -1),
        `${last as string}, ${responsesLiteral(op, opNames, context)}),`,
      ];
      entries.typescript.push(render(entry, 'typescript', '  '));
      entries.javascript.push(render(entry, 'javascript', '  '));
    }
    const statements: StatementStructures[] = [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: ENDPOINT_RUNTIME, namedImports: runtime.specifiers((name) => OF_ENDPOINT_RUNTIME.has(name)) }];
    const parameterReadings = runtime.specifiers((name) => !OF_ENDPOINT_RUNTIME.has(name));
    if (parameterReadings.length > 0) statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: PARAMETERS_RUNTIME, namedImports: parameterReadings });
    statements.push(
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: VALIDATORS_MODULE, namespaceImport: 'validators' },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: TYPES_MODULE, namespaceImport: 'types', isTypeOnly: true },
    );
    const endpointsInterface: InterfaceDeclarationStructure = {
      kind: StructureKind.Interface,
      name: 'Endpoints',
      isExported: true,
      docs: ['Every operation of the API by operationId: its method, path and request/response validators.'],
      properties: ir.operations.map((op) => ({
        name: propertyKey(op.id),
        isReadonly: true,
        type: `Endpoint<{ ${requestValueMembers(op, names.operations.get(op.id)!)} }>`,
        docs: docComment([op.summary, op.description].filter(Boolean).join('\n\n') || undefined),
      })),
    };
    if (shared.size > 0) {
      const table = shared.table();
      statements.push({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Generated code the operations call: readers of parameter values and response headers, and body defaults.'],
        declarations: [{ name: SharedCode.TABLE, initializer: verbatimExpression({ typescript: render(table, 'typescript'), javascript: render(table, 'javascript') }) }],
      });
    }
    const table = (language: 'typescript' | 'javascript') => (entries[language].length ? `{\n${entries[language].join('\n')}\n}` : '{}');
    statements.push(endpointsInterface, {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'endpoints', type: 'Endpoints', initializer: verbatimExpression({ typescript: table('typescript'), javascript: table('javascript') }) }],
    });
    return [{ id: ENDPOINTS_MODULE, ...printPackageModule(ENDPOINTS_MODULE, statements, specifiers) }];
  },
};

/** The responses' checks: each declared status's body and headers validators, and the reader of its headers. */
function responsesLiteral(op: OperationIR, opNames: OperationNames, context: RequestCheckContext): string {
  const responses = op.responses.map((response) => {
    const parts: string[] = [];
    const body = opNames.responseValidators.get(response.status);
    if (body) parts.push(`body: validators.${body}`);
    const headers = opNames.responseHeaderValidators.get(response.status);
    if (headers && response.headers.length > 0) parts.push(`headers: validators.${headers}`, `readHeaders: ${responseHeadersReader(response.headers, context)}`);
    return `${propertyKey(response.status)}: ${parts.length > 0 ? `{ ${parts.join(', ')} }` : '{}'}`;
  });
  return `{ ${responses.join(', ')} }`;
}
