import type { FunctionDeclarationStructure, MethodSignatureStructure, OptionalKind, StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import { operationComment } from '../comments.js';
import { runtimeModuleId, type EmitContext, type EmittedModule, type Emitter } from '../emitter.js';
import { ENDPOINTS_MODULE } from '../endpoints/emit-endpoints.js';
import { propertyKey } from '../literal.js';
import { printPackageModule, verbatimExpression, verbatimStatements } from '../print-module.js';
import { TYPES_MODULE } from '../types/emit-types.js';
import { clientDescriptorCode, clientOperationCode, CREDENTIALS, ENCODERS, type CredentialKind, type EncoderKind } from './client-operations.js';
import { clientInputType, clientResultType } from './client-types.js';

export const CLIENT_MODULE = 'client';
const CLIENT_RUNTIME = runtimeModuleId('client-runtime');
const REQUEST_ENCODING = runtimeModuleId('request-encoding');
const HTTP_STATUS = runtimeModuleId('http-status');

/** What the client module passes on from its runtime, so that `<package>/client` alone is enough to use it. */
const RUNTIME_VALUES = ['ClientError'];
const RUNTIME_TYPES = ['ClientOptions', 'RetryOptions', 'CallOptions', 'ClientErrorKind', 'Connection', 'DocumentedResponse', 'UndocumentedResponse', 'FetchFunction', 'BinaryBody'];

/** The client module's own exports besides one function per operation, which those functions' names must avoid. */
const FIXED_VALUES = ['createClient', 'connect', ...RUNTIME_VALUES];

/**
 * `client`: `createClient(options)`, one method per operation, each resolving to a response typed by its status
 * (`ClientInputs`, `ClientResults`, `Client`); and for bundles that use a few operations, `connect(options)` and one
 * function per operation taking the connection, which a bundler keeps only when it is used. The request is put on
 * the wire and the response read by the runtime (client-runtime.ts) from a literal per operation.
 */
export const clientEmitter: Emitter = {
  name: 'client',
  // client.ts imports endpoints.ts, and types.ts for its types
  requires: ['types', 'endpoints'],
  modules: [{ id: CLIENT_MODULE, kind: 'code' }],
  runtime: ['client-runtime', 'http-status'],
  index: [{ from: CLIENT_MODULE, values: ['createClient', ...RUNTIME_VALUES], types: ['Client', 'ClientInputs', 'ClientResults', 'ClientInput', 'ClientResult', ...RUNTIME_TYPES] }],
  subpaths: [{ subpath: './client', module: CLIENT_MODULE }],
  readme: `\`\`\`js
import { createClient } from '{{packageName}}';

const client = createClient({ token: process.env.API_TOKEN }); // baseUrl: the spec's first server unless given
const res = await client.someOperation({ path: { id }, query, body });
if (res.status === 200) console.log(res.body); // each documented status has its own body type
else if (!res.documented) console.log('undocumented', res.status, res.body);
\`\`\`

- \`createClient(options)\`: one method per operation (the names are the operations' names in code, listed below).
  A call resolves to \`{ status, body, headers, response, documented }\` for every status, documented errors
  included; it rejects with a \`ClientError\` (\`kind\`: \`network\`, \`timeout\`, \`aborted\`, \`invalidRequest\`,
  \`invalidResponse\`; \`cause\`: the original) only when there is no response to read. Options: \`baseUrl\`,
  \`token\` (sent where the spec's security scheme says), \`basic\`, \`headers\`, \`fetch\` (the package's own
  \`createHandler(…)\` works, for tests), \`timeoutMs\`, \`retry: { attempts, statuses }\` (idempotent methods, and a
  POST that takes \`Idempotency-Key\`, which is set once and kept; \`Retry-After\` honoured), \`validateRequests\`,
  \`validateResponses\`.
- For a small bundle, import from \`{{packageName}}/client\`: \`const api = connect(options)\` and
  \`await someOperation(api, input)\`; a bundler keeps only the operations used and what they need (\`createClient\`
  keeps them all, with the checks; \`connect\` makes none).
`,
  emit({ ir, names, specifiers }: EmitContext): EmittedModule[] {
    const functionNames = leanFunctionNames(ir.operations.map((op) => names.operations.get(op.id)!.name));
    const entries = ir.operations.map((op, i) => ({ op, opNames: names.operations.get(op.id)!, constant: `$operation${i + 1}`, functionName: functionNames[i]! }));

    const encoders = new Set<EncoderKind>();
    const descriptors: StatementStructures[] = entries.map(({ op, opNames, constant }) => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: constant, type: 'ClientOperation', initializer: verbatimExpression(clientOperationCode(op, opNames.name, encoders)) }],
    }));
    const credentials = new Set<CredentialKind>();
    const descriptor = clientDescriptorCode(ir, credentials);
    const credentialImports = (Object.keys(CREDENTIALS) as CredentialKind[]).filter((kind) => credentials.has(kind)).map((kind) => ({ name: CREDENTIALS[kind].runtime, alias: CREDENTIALS[kind].local }));
    const encoderImports = (Object.keys(ENCODERS) as EncoderKind[]).filter((kind) => encoders.has(kind)).map((kind) => ({ name: ENCODERS[kind].runtime, alias: ENCODERS[kind].local }));
    const inputs = entries.map(({ op, opNames }) => ({ opNames, ...clientInputType(ir, op, opNames) }));
    const optionalInput = new Map(inputs.map(({ opNames, optional }) => [opNames.name, optional]));
    const key = (name: string): string => propertyKey(name);

    const methods: OptionalKind<MethodSignatureStructure>[] = entries.map(({ op, opNames }) => ({
      name: key(opNames.name),
      docs: operationComment(op),
      parameters: [{ name: 'input', type: `ClientInputs[${key(opNames.name)}]`, hasQuestionToken: optionalInput.get(opNames.name) }],
      returnType: `Promise<ClientResults[${key(opNames.name)}]>`,
    }));
    const leanFunctions: FunctionDeclarationStructure[] = entries.map(({ op, opNames, constant, functionName }) => ({
      kind: StructureKind.Function,
      name: functionName,
      isExported: true,
      docs: operationComment(op, `Sends ${opNames.name} through a connection made by \`connect\`.`),
      parameters: [
        { name: 'client', type: 'Connection' },
        { name: 'input', type: `ClientInputs[${key(opNames.name)}]`, hasQuestionToken: optionalInput.get(opNames.name) },
      ],
      returnType: `Promise<ClientResults[${key(opNames.name)}]>`,
      statements: verbatimStatements([{ typescript: `return $call(client, ${constant}, input) as Promise<ClientResults[${key(opNames.name)}]>;`, javascript: `return $call(client, ${constant}, input);` }]),
    }));
    const results = entries.map(({ op, opNames }) => ({ opNames, type: clientResultType(ir, op, opNames) }));
    const statusTypes = ['HttpStatus', 'Status1XX', 'Status2XX', 'Status3XX', 'Status4XX', 'Status5XX'].filter((name) => results.some(({ type }) => new RegExp(`\\b${name}\\b`).test(type)));
    const table = `{ ${entries.map(({ opNames, constant }) => `${key(opNames.name)}: ${constant}`).join(', ')} }`;

    const statements: StatementStructures[] = [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: CLIENT_RUNTIME,
        namedImports: [...credentialImports, { name: 'bindOperations', alias: '$bindOperations' }, { name: 'call', alias: '$call' }, { name: 'clientChecks', alias: '$clientChecks' }, { name: 'connection', alias: '$connection' }, 'type BinaryBody', 'type CallOptions', 'type ClientDescriptor', 'type ClientOperation', 'type ClientOptions', 'type Connection', 'type DocumentedResponse', 'type UndocumentedResponse', 'type WebFormData'],
      },
      ...(encoderImports.length > 0 ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: REQUEST_ENCODING, namedImports: encoderImports } as const] : []),
      ...(statusTypes.length > 0 ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: HTTP_STATUS, isTypeOnly: true, namedImports: statusTypes } as const] : []),
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: ENDPOINTS_MODULE, namedImports: [{ name: 'endpoints', alias: '$endpoints' }] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: TYPES_MODULE, namespaceImport: 'types', isTypeOnly: true },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: CLIENT_RUNTIME, namedExports: [...RUNTIME_VALUES, ...RUNTIME_TYPES.map((name) => `type ${name}`)] },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: '$descriptor', type: 'ClientDescriptor', initializer: verbatimExpression(descriptor) }],
      },
      ...descriptors,
      {
        kind: StructureKind.Interface,
        name: 'ClientInputs',
        isExported: true,
        docs: ["What each operation's call takes: its parameters by location, its body, and the call's options."],
        properties: inputs.map(({ opNames, type }) => ({ name: key(opNames.name), type })),
      },
      {
        kind: StructureKind.Interface,
        name: 'ClientResults',
        isExported: true,
        docs: ["What each operation's call resolves to: one member per documented status with its body, told apart by `status`."],
        properties: results.map(({ opNames, type }) => ({ name: key(opNames.name), type })),
      },
      {
        kind: StructureKind.TypeAlias,
        name: 'ClientInput',
        isExported: true,
        typeParameters: [{ name: 'Name', constraint: 'keyof ClientInputs' }],
        type: 'ClientInputs[Name]',
        docs: ['What a call of operation `Name` takes.'],
      },
      {
        kind: StructureKind.TypeAlias,
        name: 'ClientResult',
        isExported: true,
        typeParameters: [{ name: 'Name', constraint: 'keyof ClientResults' }],
        type: 'ClientResults[Name]',
        docs: ['What a call of operation `Name` resolves to.'],
      },
      { kind: StructureKind.Interface, name: 'Client', isExported: true, docs: ['The API, one method per operation.'], methods },
      {
        kind: StructureKind.Function,
        name: 'createClient',
        isExported: true,
        docs: ["A client of the API with one method per operation. Throws a `TypeError` naming the option at fault (a `baseUrl` that is not an absolute URL, say)."],
        parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
        returnType: 'Client',
        statements: verbatimStatements([
          {
            typescript: `return $bindOperations($connection($descriptor, { ...options, endpoints: options?.endpoints ?? $endpoints }, $clientChecks), ${table}) as unknown as Client;`,
            javascript: `return $bindOperations($connection($descriptor, { ...options, endpoints: options?.endpoints ?? $endpoints }, $clientChecks), ${table});`,
          },
        ]),
      },
      {
        kind: StructureKind.Function,
        name: 'connect',
        isExported: true,
        docs: ['A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does.'],
        parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
        returnType: 'Connection',
        statements: verbatimStatements(['return $connection($descriptor, options);']),
      },
      ...leanFunctions,
    ];
    return [{ id: CLIENT_MODULE, ...printPackageModule(CLIENT_MODULE, statements, specifiers) }];
  },
};


/** The operations' functions' names: their names in code, but where one is the module's own export (`connect`). */
function leanFunctionNames(operationNames: readonly string[]): string[] {
  const taken = new Set<string>([...FIXED_VALUES, ...operationNames]);
  return operationNames.map((name) => {
    if (!FIXED_VALUES.includes(name)) return name;
    let candidate = `${name}Operation`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}Operation${n}`;
    taken.add(candidate);
    return candidate;
  });
}
