import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { runNode } from './support/processes.js';

// Every bundled package carries its own contract suite (`npm test` in the package): its mock and its contract cases
// against each other in-process, and the typed client over every documented request example. The project's run
// includes all four, as a user's CI would run them.

describe.each(['agentmessage', 'autosend', 'autousers', 'middesk'])('generated/%s/contract.test.js', (name) => {
  it('passes: every operation against the mock, the stateful sequences, the client over every example', async () => {
    const dir = join(projectRoot, 'generated', name);
    const { code, stdout, stderr } = await runNode(['--test', '--test-reporter=tap', 'contract.test.js'], { cwd: dir });
    const output = stdout + stderr;
    expect(output).toMatch(/^# fail 0$/m);
    expect(code, output).toBe(0);
    const passed = Number(/^# pass (\d+)$/m.exec(output)?.[1]);
    expect(passed).toBeGreaterThanOrEqual(5);
    expect(output).toContain('the typed client sends');
  });
});
