import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../../util/ts-morph.js';
import type { ApiIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { PackageNames } from '../../naming/package-names.js';
import { CLIENT_MODULE } from '../client/emit-client.js';
import { ENDPOINTS_MODULE } from '../endpoints/emit-endpoints.js';
import type { ContractData, MockData } from '../../../templates/package/contract-model.js';
import { propertyKey, toLiteral } from '../literal.js';
import { printPackageModule, verbatimExpression, verbatimStatements } from '../print-module.js';
import { runtimeModuleId, type EmitContext, type EmittedModule, type Emitter } from '../emitter.js';
import { VALIDATORS_MODULE } from '../validators/emit-validators.js';
import { CONTRACT_DATA_MODULE, CONTRACT_MODULE, CONTRACT_SUITE_MODULE } from './contract-module.js';
import { contractData } from './contract-data.js';
import { mockData } from './mock-data.js';
import { contractSuiteModule } from './contract-suite.js';
import { adoptPackageValidators } from './package-validators.js';

const MOCK_RUNTIME = runtimeModuleId('mock-runtime');
const CONTRACT_RUNTIME = runtimeModuleId('contract-runtime');
const CONTRACT_MODEL = runtimeModuleId('contract-model');
const SERVER_RUNTIME = runtimeModuleId('server-runtime');
const SERVER_MODULE = 'server';

/**
 * `contract`: the package's mock (`createMockHandler`, its handler answering from the spec's examples, static or
 * stateful) and its contract suite (`runContract`: cases derived from the spec, sent to a base URL, every answer
 * checked), reached through the `./contract` subpath only, so that the package index stays as light as it was; and
 * `contract.test`, a `node --test` suite running the two against each other in-process, with the typed client.
 */
export const contractEmitter: Emitter = {
  name: 'contract',
  // contract.ts imports server.ts, endpoints.ts and the error envelope's validator from validators.ts; the suite, client.ts
  requires: ['validators', 'endpoints', 'server', 'client'],
  modules: [
    { id: CONTRACT_MODULE, kind: 'code' },
    { id: CONTRACT_DATA_MODULE, kind: 'data' },
    { id: CONTRACT_SUITE_MODULE, kind: 'script' },
  ],
  runtime: ['mock-runtime', 'contract-runtime', 'contract-model'],
  index: [],
  subpaths: [{ subpath: './contract', module: CONTRACT_MODULE }],
  scripts: { test: `node --test ${CONTRACT_SUITE_MODULE}.js` },
  readme: `\`\`\`js
import { createServer } from 'node:http';
import { createNodeListener } from '{{packageName}}';
import { contractData, createMockHandler, runContract } from '{{packageName}}/contract';

// A mock of the API, answering from the spec's examples (\`stateful: true\` keeps what is created).
createServer(createNodeListener(createMockHandler({ stateful: true }))).listen(4010, '127.0.0.1');

// The contract suite against a running server (its root, with the API's base path): every answer checked.
const report = await runContract({ baseUrl: \`http://127.0.0.1:4010\${contractData.basePath}\`, token: process.env.API_TOKEN });
for (const failure of report.failures) console.log(failure.check, failure.operation, failure.reason, failure.curl);
\`\`\`

- \`{{packageName}}/contract\`: \`createMockHandler(options)\` (the package's server answering from the spec's
  examples; \`Prefer: code=404\` or \`Prefer: example=<name>\` choose another documented answer) and
  \`runContract(options)\` (the spec's contract suite against a base URL, or an in-process \`fetch\`).
  \`npm test\` in this folder runs the two against each other with the typed client (\`node --test\`).
`,
  emit({ ir, names, specifiers }: EmitContext): EmittedModule[] {
    adoptPackageValidators(ir, names);
    const operations = ir.operations.map((op) => ({ id: op.id, name: names.operations.get(op.id)!.name }));
    const envelope = envelopeValidator(ir, names);
    const endpointTable = `{ ${operations.map(({ id, name }) => `${propertyKey(name)}: endpoints[${toLiteral(id)}]`).join(', ')} }`;
    const suiteOperations = `{ ${operations
      .map(({ name }) => `${propertyKey(name)}: { ...contractData.operations[${toLiteral(name)}]!, endpoint: byName[${toLiteral(name)}]${envelope ? `, envelope: ${envelope}` : ''} }`)
      .join(', ')} }`;
    const statements: StatementStructures[] = [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: MOCK_RUNTIME, namedImports: ['createMockHandlers', 'mockAuthenticate', 'type MockServerOptions'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: CONTRACT_RUNTIME, namedImports: ['runContract as runCases', 'type ContractOptions', 'type ContractReport', 'type ContractSuite'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: CONTRACT_DATA_MODULE, namedImports: ['contractData', 'mockData'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: SERVER_RUNTIME, isTypeOnly: true, namedImports: ['WebHandler'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: SERVER_MODULE, namedImports: ['createHandler'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: ENDPOINTS_MODULE, namedImports: ['endpoints'] },
      ...(envelope ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: VALIDATORS_MODULE, namedImports: [envelope] } satisfies StatementStructures] : []),
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: CONTRACT_RUNTIME, namedExports: ['ContractUnreachableError', 'type ContractOptions', 'type ContractReport', 'type ContractFailure'] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: MOCK_RUNTIME, namedExports: ['type MockServerOptions'] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: CONTRACT_DATA_MODULE, namedExports: ['contractData', 'mockData'] },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'byName', initializer: verbatimExpression(endpointTable) }],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: 'suite', type: 'ContractSuite', initializer: verbatimExpression({ typescript: `{ ...contractData, operations: ${suiteOperations} }`, javascript: `{ ...contractData, operations: ${suiteOperations.replaceAll(']!,', '],')} }` }) }],
      },
      {
        kind: StructureKind.Function,
        name: 'createMockHandler',
        isExported: true,
        docs: [
          "A mock of the API: the package's own server (every request checked as `createHandler` checks it) answering from the spec's examples, or with `stateful` keeping the collections' resources in memory. With `token`, that credential alone is accepted (with every scope; `tokenWithoutScopes` with none); without, any non-empty one.",
        ],
        parameters: [{ name: 'options', type: 'MockServerOptions', initializer: '{}' }],
        returnType: 'WebHandler',
        statements: verbatimStatements([
          {
            // As the server's createHandler does with its handlers: an operation named like an Object member (`toString`) reads
            // as that member through the handlers' index signature.
            typescript: 'return createHandler(createMockHandlers(mockData, byName, options) as never, { authenticate: mockAuthenticate(mockData, options) });',
            javascript: 'return createHandler(createMockHandlers(mockData, byName, options), { authenticate: mockAuthenticate(mockData, options) });',
          },
        ]),
      },
      {
        kind: StructureKind.Function,
        name: 'runContract',
        isExported: true,
        docs: [
          "Sends the contract suite's cases to `options.baseUrl` (through `options.fetch` when given) and checks every answer against the spec; resolves to the report, or rejects with `ContractUnreachableError` when the first request reaches no server.",
        ],
        parameters: [{ name: 'options', type: 'ContractOptions' }],
        returnType: 'Promise<ContractReport>',
        statements: verbatimStatements(['return runCases(suite, options);']),
      },
    ];
    return [
      { id: CONTRACT_MODULE, ...printPackageModule(CONTRACT_MODULE, statements, specifiers) },
      dataModule(mockData(ir, names).data, contractData(ir, names, { seed: 0 }), specifiers.output(CONTRACT_DATA_MODULE, CONTRACT_MODEL)),
      { id: CONTRACT_SUITE_MODULE, ...contractSuiteModule(CONTRACT_SUITE_MODULE, CONTRACT_MODULE, CLIENT_MODULE, specifiers) },
    ];
  },
};

/**
 * `contract-data`: the mock's answers and the contract's cases, as JSON text parsed once on load, in JavaScript and
 * declarations only (a TypeScript source would copy GitHub's 11 MB). A literal of thousands of cases would cost every
 * compiler that meets it (a union too complex to represent, on Xero's spec) and V8 more than the text does;
 * `JSON.parse` makes `__proto__` keys own properties, and the text is a string literal, so spec text stays data.
 */
function dataModule(mock: MockData, contract: ContractData, model: string): EmittedModule {
  const parsed = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return {
    id: CONTRACT_DATA_MODULE,
    javascript: [
      '/** Every documented answer of every operation with its examples, and the collections the stateful mock keeps. */',
      `export const mockData = ${parsed(mock)};`,
      '/** The contract suite: the cases derived from the spec (seed 0) and what the checks know of each operation. */',
      `export const contractData = ${parsed(contract)};`,
      '',
    ].join('\n'),
    declarations: [
      `import type { ContractData, MockData } from ${JSON.stringify(model)};`,
      '/** Every documented answer of every operation with its examples, and the collections the stateful mock keeps. */',
      'export declare const mockData: MockData;',
      '/** The contract suite: the cases derived from the spec (seed 0) and what the checks know of each operation. */',
      'export declare const contractData: ContractData;',
      '',
    ].join('\n'),
  };
}

/**
 * The validator of the spec's error envelope (`x-specforge-errors.envelope`): that of a documented response whose
 * JSON body is the envelope itself; undefined when the spec declares none or no response uses it as it is.
 */
function envelopeValidator(ir: ApiIR, names: PackageNames): string | undefined {
  const envelope = ir.errors?.envelope;
  if (envelope === undefined) return undefined;
  const ref = `#/components/schemas/${envelope.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  for (const op of ir.operations) {
    for (const response of op.responses) {
      const schema = jsonMedia(response.content)?.schema;
      if (typeof schema === 'object' && schema !== null && Object.keys(schema).length === 1 && (schema as { $ref?: unknown }).$ref === ref) {
        const validator = names.operations.get(op.id)!.responseValidators.get(response.status);
        if (validator) return validator;
      }
    }
  }
  return undefined;
}
