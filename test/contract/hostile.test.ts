import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../generate/support/generated-package.js';

// Spec text that names what JavaScript objects already have (`__proto__`, `constructor`, `toString`) and text that
// would be code elsewhere: the contract carries it as data, its cases send it, and the mock serves it.

describe('the contract of the hostile spec', () => {
  it("sends a query parameter named __proto__, and finds only the spec's own gaps", async () => {
    const dir = tempDir('hostile-contract');
    const generated = runCli(['generate', 'test/generate/fixtures/hostile.yaml', '--out', dir]);
    expect(generated.code, generated.stderr).toBe(0);
    const contract = await import(pathToFileURL(join(dir, 'contract.js')).href);
    const invalid = contract.contractData.cases.find((c: { id: string }) => c.id === 'constructor_/negative/query/__proto__/type');
    expect(invalid.request.query).toBe('__proto__=not_a_value');

    for (const stateful of [false, true]) {
      const mock = contract.createMockHandler({ token: 't', stateful });
      const report = await contract.runContract({ baseUrl: `http://api.test${contract.contractData.basePath}`, fetch: mock, token: 't', stateful });
      // The spec declares no error envelope and documents its 400s as application/json: the server answers them in
      // RFC 9457 problem details, which the contract reports. It documents no 401: any refusal passes there.
      const checks = new Set(report.failures.map((f: { check: string }) => f.check));
      expect([...checks]).toEqual(['content_type_conformance']);
      expect(report.failures.every((f: { reason: string }) => f.reason.includes('application/problem+json'))).toBe(true);
      expect(report.passed).toBeGreaterThan(20);
    }
  });
});
