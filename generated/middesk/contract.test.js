// The package's contract suite: `npm test` here, or `node --test contract.test.js`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractData, createMockHandler, runContract } from "./contract.js";
import { createClient } from "./client.js";

// The suite's own credentials: the mock accepts the first with every scope, the second with none.
const token = 'contract-suite-token';
const tokenWithoutScopes = 'contract-suite-token-without-scopes';
const baseUrl = `http://contract.test${contractData.basePath}`;

function described(failures) {
  return failures.map((failure) => `${failure.check} ${failure.case}: ${failure.reason}\n  ${failure.curl}`);
}

// Handlers take a Request and answer a Response: each is a fetch in this process.
const mock = createMockHandler({ token, tokenWithoutScopes });

for (const operation of Object.keys(contractData.operations)) {
  test(`${operation}: every case of the contract, against the mock`, async () => {
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
  test(`${example.operation}: the typed client sends ${example.title}`, async () => {
    const result = await client[example.operation](example.input);
    assert.ok(result.documented && result.status >= 200 && result.status < 300, `answered ${result.status}`);
  });
}
