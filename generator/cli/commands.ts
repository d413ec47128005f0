import type { ExitCode } from './exit-codes.js';

/** A CLI command: its help text, and its implementation loaded only when it runs so that start-up stays fast. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  load(): Promise<(args: string[]) => Promise<ExitCode>>;
}

const EXIT_CODES = `Exit codes:
  0  done (lint: no errors; warnings may have been printed)
  1  problems found in the input
  2  unusable input: missing file, YAML that does not parse, not OpenAPI 3.0/3.1, bad flags or config
  3  internal error in specforge
`;

export const COMMANDS: readonly Command[] = [
  {
    name: 'lint',
    summary: 'check OpenAPI specs for what breaks code generation and contract tests',
    help: `Usage: specforge lint [spec...] [--config redocly.yaml] [--format text|json|github]

Lints OpenAPI 3.0 and 3.1 specs with Redocly's recommended rules and specforge's own (the
specforge/recommended config): unresolved $refs, missing or duplicate operationIds, examples
that break their schema, undefined path parameters, operations without security or 4xx
responses, write-only fields in response examples, error responses not using the spec's
declared error envelope (x-specforge-errors), and a well-formed error mapping.

With no spec named, lints the specs listed in specforge.config.json.

Options:
  --config FILE   a Redocly config of your own instead of specforge's; it can extend
                  specforge/recommended and use specforge/* rules
  --format F      text (default): file:line:col severity rule message
                  json: a JSON array of {file, line, col, severity, rule, message}
                  github: GitHub Actions annotations (::error file=…,line=…,col=…::…)

Examples:
  specforge lint specs/*.yaml
  specforge lint api.yaml --config redocly.yaml --format github

${EXIT_CODES}`,
    load: async () => (await import('./lint-command.js')).runLint,
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `specforge: OpenAPI-first code generation

Usage: specforge <command> [options]

Commands:
${lines}

Run 'specforge <command> --help' for a command's options and examples.
Options: --help, --version
`;
}
