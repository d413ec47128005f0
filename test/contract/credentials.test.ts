import { afterAll, describe, expect, it } from 'vitest';
import { runNode, runTestCli, startMock, type RunningMock } from './support/processes.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../generate/support/generated-package.js';

// Credentials for schemes other than a bearer key: an OAuth 2 token goes as a bearer token (a token without the
// operation's scope must get 403), a basic credential as user:password; the mock and the tester agree on both.

const SPEC = 'test/contract/fixtures/oauth-and-basic.yaml';

describe('a spec with OAuth 2 scopes and HTTP basic', () => {
  let mock: RunningMock | undefined;
  afterAll(async () => {
    await mock?.stop();
  });

  it('passes specforge test against specforge serve, 403 included for a token without the scope', async () => {
    mock = await startMock(SPEC, ['--token', 'specforge:s3cret', '--token-without-scopes', 'unscoped']);
    const result = await runTestCli([SPEC, '--base-url', mock.origin, '--token', 'specforge:s3cret', '--token-without-scopes', 'unscoped', '--format', 'json']);
    expect(result.stderr).not.toContain('internal error');
    const report = JSON.parse(result.stdout);
    expect(report.failures).toEqual([]);
    expect(result.code).toBe(0);
    const ids: string[] = report.results.map((r: { id: string }) => r.id);
    expect(ids).toContain('getNote/auth/without-scopes');
    expect(ids).toContain('createNote/auth/invalid');
    expect(report.skipped).toEqual([]);
  });

  it('fails a server that grants every token every scope, naming ignored_auth', async () => {
    // The mock told that the unscoped token is the real one: the scoped operation answers it 200.
    const lenient = await startMock(SPEC, ['--token', 'unscoped']);
    try {
      const result = await runTestCli([SPEC, '--base-url', lenient.origin, '--token', 'unscoped', '--token-without-scopes', 'unscoped', '--operation', 'getNote', '--format', 'json']);
      const report = JSON.parse(result.stdout);
      expect(result.code).toBe(1);
      expect(report.failures.map((f: { check: string; case: string }) => `${f.check} ${f.case}`)).toContain('ignored_auth getNote/auth/without-scopes');
    } finally {
      await lenient.stop();
    }
  });

  it("has a package suite that passes, the typed client sending basic credentials", async () => {
    const dir = tempDir('oauth-and-basic');
    expect(runCli(['generate', SPEC, '--out', dir]).code).toBe(0);
    const { code, stdout, stderr } = await runNode(['--test', '--test-reporter=tap', 'contract.test.js'], { cwd: dir });
    expect(stdout + stderr).toMatch(/^# fail 0$/m);
    expect(code).toBe(0);
    expect(stdout).toContain('createNote: the typed client sends');
  });
});
