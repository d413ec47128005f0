import type { ModuleId, ModuleSpecifiers } from '../emitter.js';

/**
 * The package's own contract suite, a `node --test` module (no dependency): its mock and its contract cases against
 * each other in-process, static and stateful, and every documented request example sent by the typed client with
 * both its checks on. The text is the same for every spec: the spec reaches it only as the `contract` module's data.
 */
export function contractSuiteModule(from: ModuleId, contract: ModuleId, client: ModuleId, specifiers: ModuleSpecifiers): { javascript: string; declarations: string } {
  // JavaScript only: a test script, not a module of the library, with no source in src/ for consumers' compilers to meet.
  const specifier = (to: ModuleId) => JSON.stringify(specifiers.output(from, to));
  const javascript = `// The package's contract suite: \`npm test\` here, or \`node --test ${from}.js\`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractData, createMockHandler, runContract } from ${specifier(contract)};
import { createClient } from ${specifier(client)};

// The suite's own credentials: the mock accepts the first with every scope, the second with none.
const token = 'contract-suite-token';
const tokenWithoutScopes = 'contract-suite-token-without-scopes';
const baseUrl = \`http://contract.test\${contractData.basePath}\`;

function described(failures) {
  return failures.map((failure) => \`\${failure.check} \${failure.case}: \${failure.reason}\\n  \${failure.curl}\`);
}

// Handlers take a Request and answer a Response: each is a fetch in this process.
const mock = createMockHandler({ token, tokenWithoutScopes });

for (const operation of Object.keys(contractData.operations)) {
  test(\`\${operation}: every case of the contract, against the mock\`, async () => {
    const report = await runContract({ baseUrl, fetch: mock, token, tokenWithoutScopes, operations: [operation] });
    assert.deepEqual(described(report.failures), []);
  });
}

if (contractData.collections.length > 0) {
  test('the stateful mock keeps what is created, updated and deleted', async () => {
    const fetch = createMockHandler({ token, tokenWithoutScopes, stateful: true });
    const report = await runContract({ baseUrl, fetch, token, tokenWithoutScopes, stateful: true });
    assert.deepEqual(described(report.failures), []);
    // Every collection's sequence ran: none was skipped for want of a case to start from.
    assert.deepEqual(report.skipped.filter((skip) => skip.case.startsWith('stateful/')), []);
  });
}

const client = createClient({ baseUrl, fetch: mock, token, basic: { username: 'specforge', password: token }, validateRequests: true, validateResponses: true });
for (const example of contractData.cases) {
  if (example.kind !== 'example' || example.input === undefined) continue;
  test(\`\${example.operation}: the typed client sends \${example.title}\`, async () => {
    const result = await client[example.operation](example.input);
    assert.ok(result.documented && result.status >= 200 && result.status < 300, \`answered \${result.status}\`);
  });
}
`;
  return { javascript, declarations: '' };
}
