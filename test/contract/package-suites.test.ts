import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';

// Every bundled package carries its own contract suite (`npm test` in the package): its mock and its contract cases
// against each other in-process, and the typed client over every documented request example. The project's run
// includes all four, as a user's CI would run them.

function nodeTest(file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--test', '--test-reporter=tap', file], { cwd: join(file, '..') });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe.each(['agentmessage', 'autosend', 'autousers', 'middesk'])('generated/%s/contract.test.js', (name) => {
  it('passes: every operation against the mock, the stateful sequences, the client over every example', async () => {
    const { code, output } = await nodeTest(join(projectRoot, 'generated', name, 'contract.test.js'));
    expect(output).toMatch(/^# fail 0$/m);
    expect(code, output).toBe(0);
    const passed = Number(/^# pass (\d+)$/m.exec(output)?.[1]);
    expect(passed).toBeGreaterThanOrEqual(5);
    expect(output).toContain('the typed client sends');
  });
});
