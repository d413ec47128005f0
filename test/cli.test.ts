import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

describe('specforge CLI', () => {
  it('--help lists the commands', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Commands:\n {2}lint {2}/m);
  });

  it('<command> --help explains the command with examples and exit codes', () => {
    const result = runCli(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: specforge lint [spec...]');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('Exit codes:');
    expect(runCli(['help', 'lint']).stdout).toBe(result.stdout);
  });

  it('without a command prints the help and exits 2', () => {
    const result = runCli([]);
    expect(result.stdout).toContain('Usage: specforge <command>');
    expect(result.code).toBe(2);
  });

  it('refuses an unknown command with exit 2', () => {
    const result = runCli(['frobnicate']);
    expect(result.stderr).toMatch(/^specforge: unknown command 'frobnicate'; the commands are lint/);
    expect(result.code).toBe(2);
  });

  it('refuses an unknown option with exit 2 and no stack trace', () => {
    const result = runCli(['lint', '--colour']);
    expect(result.stderr).toBe("specforge: lint: Unknown option '--colour'; run 'specforge lint --help'\n");
    expect(result.code).toBe(2);
  });

  it('prints its version', () => {
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
