import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { freePort, startMock, type RunningMock } from '../contract/support/processes.js';
import { captured, specforge } from './support.js';

// `test()` from 'specforge': what `specforge test` does, as a report instead of output.
const { test: contractTest, SpecforgeError } = specforge;
const SPEC = 'specs/agentmessage.yaml';
const OPERATIONS = ['createWebhook', 'deleteWebhook', 'getWebhook', 'listWebhooks', 'rotateWebhookSecret', 'updateWebhook'];

describe('test() against specforge serve', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock(SPEC);
  });
  afterAll(async () => {
    await mock?.stop();
  });

  it('passes every case of every operation, exit code 0, printing nothing', async () => {
    const progress: string[] = [];
    const warned: string[] = [];
    const { value: result, error, written } = await captured(() =>
      contractTest({
        spec: SPEC,
        baseUrl: mock.origin,
        cwd: projectRoot,
        onCase: ({ id, done, total }) => progress.push(`${done}/${total} ${id}`),
        onLintWarnings: (warnings) => warned.push(...warnings.map((w) => `${w.file}:${w.line}:${w.col} ${w.rule}`)),
      }),
    );
    expect(error).toBeUndefined();
    expect(written).toEqual([]);
    expect(result!.failures).toEqual([]);
    expect(result!.exitCode).toBe(0);
    expect(result!.failed).toBe(0);
    expect(result!.stopped).toBeUndefined();
    expect(result!.operations).toBe(OPERATIONS.length);
    expect([...new Set(result!.results.map((r) => r.operation))].sort()).toEqual(OPERATIONS);
    expect(result!.results.every((r) => r.passed && r.failed.length === 0)).toBe(true);
    expect(result!.passed).toBe(result!.cases);
    expect(progress).toHaveLength(result!.results.length);
    expect(progress.at(-1)).toMatch(new RegExp(`^${result!.results.length}/${result!.results.length} `));
    expect(warned).toEqual(['specs/agentmessage.yaml:21:10 no-server-example.com']);
    expect(result!.lintWarnings.map((w) => w.rule)).toEqual(['no-server-example.com']);
  });

  it('reports failing checks with operation, reason and curl line, and exit code 1', async () => {
    // A base path the mock does not serve: every valid request is answered 404.
    const result = await contractTest({ spec: SPEC, baseUrl: `${mock.origin}/elsewhere`, operations: ['listWebhooks'], cwd: projectRoot });
    expect(result.exitCode).toBe(1);
    expect(result.failed).toBeGreaterThan(0);
    expect(result.failures.find((f) => f.check === 'status_code_conformance')).toMatchObject({
      operation: 'listWebhooks',
      status: 404,
      reason: 'status 404 is not documented for GET /v1/webhooks (documented: 200, 401, 403, 422, 429)',
      curl: expect.stringMatching(/^curl -sS -i 'http:\/\/127\.0\.0\.1:\d+\/elsewhere\/v1\/webhooks/),
    });
    expect(new Set(result.results.map((r) => r.operation))).toEqual(new Set(['listWebhooks']));
    expect(result.results.filter((r) => !r.passed).every((r) => r.failed.length > 0)).toBe(true);
  });
});

describe('test() on input it cannot use', () => {
  it('rejects with a SpecforgeError, exit code 2, when nothing answers at the URL', async () => {
    const port = await freePort();
    const { error, written } = await captured(() => contractTest({ spec: SPEC, baseUrl: `http://127.0.0.1:${port}`, cwd: projectRoot }));
    expect(written).toEqual([]);
    expect(error).toBeInstanceOf(SpecforgeError);
    expect(error).toMatchObject({ exitCode: 2 });
    expect((error as Error).message).toMatch(new RegExp(`^cannot reach http://127\\.0\\.0\\.1:${port}/v1/webhooks.*ECONNREFUSED`));
  });

  it.each([
    [{ spec: SPEC, baseUrl: 'nope' }, { message: 'baseUrl "nope" is not a URL' }],
    [{ spec: SPEC, baseUrl: 'ftp://x' }, { message: 'baseUrl must be http or https, not ftp:' }],
    [{ spec: SPEC, baseUrl: 'http://x', maxRequests: 0 }, { message: 'maxRequests must be a whole number of at least 1, not 0' }],
    [{ spec: 'specs/nope.yaml', baseUrl: 'http://x' }, { message: 'no such file', where: 'specs/nope.yaml' }],
    [{ spec: SPEC, baseUrl: 'http://127.0.0.1:1', operations: ['nope'] }, { message: expect.stringMatching(/^operations "nope" is not an operation of the spec \(listWebhooks, /) }],
  ])('%j: rejects with exit code 2', async (options, expected) => {
    const error = await contractTest({ ...options, cwd: projectRoot }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecforgeError);
    expect(error).toMatchObject({ ...expected, exitCode: 2 });
  });

  it('rejects a spec it cannot generate from with exit code 1, naming the problem', async () => {
    const error = await contractTest({ spec: 'test/lint/fixtures/unresolved-ref.yaml', baseUrl: 'http://127.0.0.1:1', cwd: projectRoot }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecforgeError);
    expect(error).toMatchObject({ exitCode: 1 });
    expect((error as Error).message).toContain('test/lint/fixtures/unresolved-ref.yaml:32:23 no-unresolved-refs');
  });
});
