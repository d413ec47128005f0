import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { freePort, runTestCli, startMock, type RunningMock } from './support/processes.js';

// What a pipeline sees of `specforge serve` and `specforge test` when something is wrong: one line naming it, and
// exit 2 for input that cannot be used or a server that is not there; the same seed, the same cases.

describe('specforge test: unusable input and unreachable servers', () => {
  it('says in one line that nothing answers at the URL, and exits 2', async () => {
    const port = await freePort();
    const result = await runTestCli(['specs/autosend.yaml', '--base-url', `http://127.0.0.1:${port}`]);
    expect(result.stderr).toBe(`specforge: cannot reach http://127.0.0.1:${port}/v1/webhooks: fetch failed: connect ECONNREFUSED 127.0.0.1:${port}\n`);
    expect(result.code).toBe(2);
  });

  it.each([
    [['specs/autosend.yaml'], 'specforge: test: --base-url URL is required: where the API under test is served\n'],
    [['specs/autosend.yaml', '--base-url', 'ftp://x'], 'specforge: --base-url must be http or https, not ftp:\n'],
    [['specs/autosend.yaml', '--base-url', 'http://x', '--format', 'xml'], "specforge: --format must be one of stylish, json, junit, not 'xml'\n"],
    [['specs/autosend.yaml', '--base-url', 'http://x', '--max-requests', '0'], "specforge: --max-requests must be a whole number of at least 1, not '0'\n"],
    [['specs/nope.yaml', '--base-url', 'http://x'], 'specforge: specs/nope.yaml: no such file\n'],
  ])('%j: one line, exit 2', (args, line) => {
    const result = runCli(['test', ...args]);
    expect(result.stderr).toBe(line);
    expect(result.code).toBe(2);
  });

  it('names the operations there are when --operation names none of them', () => {
    const result = runCli(['test', 'specs/autosend.yaml', '--base-url', 'http://127.0.0.1:1', '--operation', 'nope']);
    expect(result.stderr).toBe('specforge: --operation "nope" is not an operation of the spec (listWebhooks, createWebhook, getWebhook, updateWebhook, deleteWebhook)\n');
    expect(result.code).toBe(2);
  });
});

describe('specforge serve: unusable input', () => {
  it('refuses a port in use in one line, exit 2', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const port = (holder.address() as { port: number }).port;
    try {
      const result = runCli(['serve', 'specs/autosend.yaml', '--port', String(port)]);
      expect(result.stderr).toBe(`specforge: port ${port} on 127.0.0.1 is in use; choose another with --port\n`);
      expect(result.code).toBe(2);
    } finally {
      holder.close();
    }
  });

  it.each([
    [['specs/nope.yaml'], 'specforge: specs/nope.yaml: no such file\n'],
    [['specs/autosend.yaml', '--port', '70000'], "specforge: --port must be a port number from 0 to 65535, not '70000'\n"],
    [['specs/autosend.yaml', '--token', ''], 'specforge: --token must not be empty\n'],
  ])('%j: one line, exit 2', (args, line) => {
    const result = runCli(['serve', ...args]);
    expect(result.stderr).toBe(line);
    expect(result.code).toBe(2);
  });
});

describe('specforge test --seed', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock('specs/agentmessage.yaml');
  });
  afterAll(async () => {
    await mock.stop();
  });

  async function sent(seed: string): Promise<string[]> {
    const result = await runTestCli(['specs/agentmessage.yaml', '--base-url', mock.origin, '--seed', seed, '--operation', 'updateWebhook', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    return (JSON.parse(result.stdout).results as { id: string; title: string }[]).map((r) => `${r.id} ${r.title}`);
  }

  it('gives the same cases for the same seed, and other values for another', async () => {
    const first = await sent('7');
    expect(await sent('7')).toEqual(first);
    expect(await sent('8')).not.toEqual(first);
  });
});
