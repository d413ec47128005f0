import type { ExitCode } from '../util/user-error.js';

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
                  json: a JSON array of {file, line, col, severity, rule, message, pointer}
                  github: GitHub Actions annotations (::error file=…,line=…,col=…::…)

Examples:
  specforge lint specs/*.yaml
  specforge lint api.yaml --config redocly.yaml --format github

${EXIT_CODES}`,
    load: async () => (await import('./lint-command.js')).runLint,
  },
  {
    name: 'generate',
    summary: 'generate a typed package (types, validators, endpoints) per spec',
    help: `Usage: specforge generate [spec...] [--out DIR] [--check] [--package-name NAME] [--config redocly.yaml] [--timings]

Generates an installable package per OpenAPI 3.0/3.1 spec: openapi-typescript types plus a
friendly type per schema and operation, standalone validators, and \`endpoints\` with
validateRequest / validateResponse for every operation. The package imports in plain Node
right away: JavaScript, declarations and the TypeScript sources sit side by side.

With no spec named, generates every spec in specforge.config.json into its \`out\` folder.
With one spec, --out DIR is the package folder; with several, each goes to DIR/<spec name>/
(DIR defaults to generated).

A spec is refused (exit 1) only when correct code cannot be made from it: unresolved $refs,
a document that breaks OpenAPI's structure, duplicate operationIds, or a construct specforge
does not support; each problem is named with its file:line:col. Other lint findings are
printed as warnings (the first 50; 'specforge lint' lists them all). Output is byte-stable:
the same spec always gives the same files.

Options:
  --out DIR            where packages go (see above)
  --check              write nothing; exit 1 if the packages on disk differ from what
                       generation would make now
  --package-name NAME  the package.json name of the one package generated
  --config FILE        the Redocly lint config to use instead of specforge's
  --timings            print the time of each stage (load, lint, bundle, ir, each emitter, write)

Examples:
  specforge generate
  specforge generate api.yaml --out packages/api-client --package-name @acme/api
  specforge generate --check

${EXIT_CODES}`,
    load: async () => (await import('./generate-command.js')).runGenerate,
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
