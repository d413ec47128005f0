import { afterAll, describe, expect, it } from 'vitest';
import { runTestCli, startMock, type RunningMock } from './support/processes.js';

// The acceptance of `specforge test` against `specforge serve`: for every bundled spec, every operation, the mock
// keeps its own contract, static and stateful.
const SPECS = ['agentmessage', 'autosend', 'autousers', 'middesk'];
const TOKEN = 'serve-and-test-token';
const UNSCOPED = 'serve-and-test-unscoped';
const OPERATIONS: Record<string, number> = { agentmessage: 6, autosend: 5, autousers: 8, middesk: 5 };

describe.each(SPECS)('specforge test specs/%s.yaml against specforge serve', (spec) => {
  const mocks: RunningMock[] = [];
  afterAll(async () => {
    for (const mock of mocks) await mock.stop();
  });

  it.each([
    ['static', [] as string[]],
    ['stateful', ['--stateful']],
  ])('passes every case, %s', async (_mode, flags) => {
    const mock = await startMock(`specs/${spec}.yaml`, [...flags, '--token', TOKEN, '--token-without-scopes', UNSCOPED]);
    mocks.push(mock);
    // A base URL without a path: the tester adds the spec's base path, as serve serves it.
    const result = await runTestCli([`specs/${spec}.yaml`, '--base-url', mock.origin, '--token', TOKEN, '--token-without-scopes', UNSCOPED, '--format', 'json', ...flags]);
    expect(result.stderr).not.toContain('internal error');
    const report = JSON.parse(result.stdout);
    expect(report.failures).toEqual([]);
    expect(result.code).toBe(0);
    // Every operation of the spec was exercised, each with cases of more than one kind.
    const results: { id: string; operation: string; passed: boolean }[] = report.results;
    expect(new Set(results.map((r) => r.operation)).size).toBe(report.operations);
    expect(report.operations).toBe(OPERATIONS[spec]);
    for (const operation of new Set(results.map((r) => r.operation))) {
      const ids = results.filter((r) => r.operation === operation).map((r) => r.id);
      expect(ids.some((id) => id.includes('/auth/')) && ids.some((id) => !id.includes('/auth/')), operation).toBe(true);
    }
    expect(results.every((r) => r.passed)).toBe(true);
    if (flags.includes('--stateful')) expect(results.some((r) => r.id.startsWith('stateful/'))).toBe(true);
    // One log line per request, and nothing on stderr.
    expect(mock.stdout().split('\n').filter((line) => /^(GET|POST|PATCH|PUT|DELETE) \S+ \d{3} [\d.]+ ms$/.test(line)).length).toBeGreaterThanOrEqual(report.requests);
    // Nothing but the spec's lint warnings on stderr: no failure of the mock's own.
    expect(mock.stderr().split('\n').filter((line) => line !== '' && !/:\d+:\d+ warn /.test(line))).toEqual([]);
  });
});
