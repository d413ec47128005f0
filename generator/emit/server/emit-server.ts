import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import { printPackageModule, verbatimExpression, verbatimStatements } from '../print-module.js';
import { runtimeModuleId, type EmitContext, type EmittedModule, type Emitter } from '../emitter.js';
import { ENDPOINTS_MODULE } from '../endpoints/emit-endpoints.js';
import { TYPES_MODULE } from '../types/emit-types.js';
import { handlerInterfaces } from './handler-types.js';
import { ANSWER_SETS, ANSWERS, serverDescriptorCode } from './server-descriptor.js';

const SERVER_MODULE = 'server';
const SERVER_RUNTIME = runtimeModuleId('server-runtime');
const NODE_LISTENER = runtimeModuleId('node-listener');
const ERROR_ANSWERS = runtimeModuleId('error-answers');
const SERVER = 'server';

/**
 * `server`: `createHandler(handlers, options)`, a web-standard handler that serves the API behind its contract
 * (routing compiled here, security, body limits and media types, validation by the endpoints, answers in the spec's
 * error envelope), with `Handlers`, `HandlerInputs` and `HandlerResults` typed from the spec, and
 * `createNodeListener` to serve it on `node:http`.
 */
export const serverEmitter: Emitter = {
  name: 'server',
  // server.ts imports endpoints.ts, and types.ts for its types
  requires: ['types', 'endpoints'],
  modules: [{ id: SERVER_MODULE, kind: 'code' }],
  runtime: ['server-runtime', 'node-listener'],
  index: [
    { from: SERVER_MODULE, values: ['createHandler'], types: ['Handlers', 'HandlerInputs', 'HandlerResults', 'HandlerInput', 'HandlerResult'] },
    {
      from: SERVER_RUNTIME,
      values: ['notImplemented', 'NotImplementedError', 'ResponseValidationError'],
      types: ['HandlerOptions', 'ErrorContext', 'HandlerAuth', 'Authenticate', 'AuthResult', 'SecurityCredentials', 'WebHandler', 'AnswerHeaders'],
    },
    { from: NODE_LISTENER, values: ['createNodeListener'], types: ['NodeListenerOptions'] },
  ],
  readme: `\`\`\`js
import { createServer } from 'node:http';
import { createHandler, createNodeListener } from '{{packageName}}';

const handler = createHandler(
  { someOperation: async ({ path, query, body, auth }) => ({ status: 200, body: { /* … */ } }) },
  { authenticate: async ({ scheme, credentials }) => (await lookUp(credentials)) ?? null }, // { scopes, principal } or null
);
createServer(createNodeListener(handler)).listen(3000);
\`\`\`

- \`createHandler(handlers, options)\`: \`(request: Request) => Promise<Response>\`, for \`node:http\` through
  \`createNodeListener\`, and as it is for Bun, Deno, Hono and workers. Unknown paths answer 404, other methods 405
  with \`Allow\`, missing or refused credentials 401, missing scopes 403, a body over \`maxBodyBytes\` 413, another
  media type 415, a request that breaks the spec its documented error, all in the spec's error envelope; a handler
  not given answers 501, one that throws 500 (\`options.onError\` is told).
`,
  emit({ ir, names, specifiers }: EmitContext): EmittedModule[] {
    const entries = ir.operations.map((op) => ({ op, opNames: names.operations.get(op.id)! }));
    const operationNames = new Map(entries.map(({ op, opNames }) => [op.id, opNames.name]));
    const descriptor = serverDescriptorCode(ir, operationNames);
    const statements: StatementStructures[] = [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: SERVER_RUNTIME,
        namedImports: ['createServerCore', 'webHandler', 'type AnswerHeaders', 'type HandlerAuth', 'type HandlerOptions', 'type ServerDescriptor', 'type Status1XX', 'type Status2XX', 'type Status3XX', 'type Status4XX', 'type Status5XX', 'type WebHandler', 'type WebRequest'],
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: ENDPOINTS_MODULE, namedImports: ['endpoints'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: TYPES_MODULE, namespaceImport: 'types', isTypeOnly: true },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: ERROR_ANSWERS, isTypeOnly: true, namedImports: ['ErrorAnswer', 'ErrorAnswers'] },
      constant(ANSWERS, descriptor.answers, 'ErrorAnswer', 'Error answers of the spec, each written once.'),
      constant(ANSWER_SETS, descriptor.answerSets, 'ErrorAnswers', 'The error answer of every kind, for the operations that share them.'),
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: SERVER, type: 'ServerDescriptor', initializer: verbatimExpression(descriptor.server) }],
      },
      ...handlerInterfaces(entries),
      {
        kind: StructureKind.TypeAlias,
        name: 'HandlerInput',
        isExported: true,
        typeParameters: [{ name: 'Name', constraint: 'keyof Handlers' }],
        type: 'HandlerInputs[Name]',
        docs: ["What the handler of operation `Name` receives."],
      },
      {
        kind: StructureKind.TypeAlias,
        name: 'HandlerResult',
        isExported: true,
        typeParameters: [{ name: 'Name', constraint: 'keyof Handlers' }],
        type: 'HandlerResults[Name]',
        docs: ["What the handler of operation `Name` may answer."],
      },
      {
        kind: StructureKind.Function,
        name: 'createHandler',
        isExported: true,
        docs: [
          'The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec\'s error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have.',
        ],
        parameters: [
          { name: 'handlers', type: 'Partial<Handlers>' },
          { name: 'options', type: 'HandlerOptions', hasQuestionToken: true },
        ],
        returnType: 'WebHandler',
        statements: verbatimStatements([{ typescript: `return webHandler(createServerCore(${SERVER}, handlers as never, options));`, javascript: `return webHandler(createServerCore(${SERVER}, handlers, options));` }]),
      },
    ];
    return [{ id: SERVER_MODULE, ...printPackageModule(SERVER_MODULE, statements, specifiers) }];
  },
};

/** A table of shared literals; in TypeScript, checked against (and so typed as) the runtime type of its entries. */
function constant(name: string, literal: string, entryType: string, doc: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, initializer: verbatimExpression({ typescript: `${literal} satisfies { readonly [key: string]: ${entryType} }`, javascript: literal }) }],
  };
}
