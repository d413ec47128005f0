import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../generate/support/generated-package.js';

// An operation that documents a 401 without content, in a spec with an error envelope: the server answers it with
// no body (the envelope's body there would break the operation's own contract), and the contract holds it to that.

describe('errors documented without content', () => {
  it('are answered without a body, and the mock keeps its contract', async () => {
    const dir = tempDir('bare-errors');
    const generated = runCli(['generate', 'test/contract/fixtures/bare-errors.yaml', '--out', dir]);
    expect(generated.code, generated.stderr).toBe(0);
    const contract = await import(pathToFileURL(join(dir, 'contract.js')).href);
    const mock = contract.createMockHandler({ token: 't' });

    const unauthenticated: Response = await mock(new Request('http://api.test/v1/things/t_0001'));
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('content-type')).toBe(null);
    expect(await unauthenticated.text()).toBe('');

    // A 400 is documented with the envelope: it still carries it.
    const invalid: Response = await mock(new Request('http://api.test/v1/things', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: '{}' }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ message: expect.any(String) });

    const report = await contract.runContract({ baseUrl: 'http://api.test/v1', fetch: mock, token: 't' });
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(5);
  });
});
