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

/** `specforge serve`'s port unless --port says: Prism's, so that a pipeline moving from it needs no change. */
export const DEFAULT_MOCK_PORT = 4010;

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
    help: `Usage: specforge generate [spec...] [--out DIR] [--check] [--package-name NAME] [--package-version X.Y.Z]
       [--config redocly.yaml] [--force] [--fail-fast] [--jobs N] [--format text|json] [--watch] [--timings]

Generates an installable package per OpenAPI 3.0/3.1 spec: openapi-typescript types plus a
friendly type per schema and operation, standalone validators, \`endpoints\` with
validateRequest / validateResponse for every operation, a server, a client and a contract suite.
The package imports in plain Node right away: JavaScript, declarations and the TypeScript sources
sit side by side.

With no spec named, generates every spec in specforge.config.json into its folder.
With one spec, --out DIR is the package folder; with several, each goes to DIR/<spec name>/
(DIR defaults to generated).

Each spec stands alone: a spec that is refused or unusable is reported with its places and the
others are still written; the run then exits 1 (2 when a spec or folder was unusable).
A spec is refused only when correct code cannot be made from it: unresolved $refs, a document
that breaks OpenAPI's structure, duplicate operationIds, or a construct specforge does not
support; each problem is named with its file:line:col. Other lint findings are printed as
warnings (the first 50; 'specforge lint' lists them all). Output is byte-stable.

specforge writes only into folders of its own: a folder with files but no .specforge-files
(its manifest) is refused (exit 2) unless --force; files it did not write are never removed.

A package whose inputs are as the last run left them is skipped ('unchanged'): the spec and every
file it references, the options, the lint config and this specforge build are hashed, and its
files must be on disk as they were written. The cache is node_modules/.cache/specforge of the
project (the nearest folder with a package.json); SPECFORGE_CACHE_DIR puts it elsewhere.

Options:
  --out DIR            where packages go (see above); a file, or a path under one, is exit 2
  --check              write nothing; exit 1 if the packages on disk differ from what
                       generation would make now
  --package-name NAME  the package.json name of the one package generated
  --package-version X.Y.Z
                       its package.json version (semver); a package with one is meant to be
                       published and is not private. Without one: the spec's info.version when
                       it is semver, else 0.0.0, private
  --config FILE        the Redocly lint config to use instead of specforge's
  --force              write into a folder specforge does not own (files of the same name are
                       replaced, no other file is touched), and ignore the cache
  --fail-fast          stop at the first spec refused; the ones not started are skipped
  --jobs N             generate N specs at once, each on a worker thread (default: as many
                       as cores when the specs to generate are 2 MB or more in all, else 1)
  --format F           text (default): a line per spec on stderr, live on a terminal
                       (NO_COLOR turns colours off); json: one summary on stdout (per spec:
                       status, files written, warnings, error, time)
  --watch              generate, then again each time a spec or a file it references (or
                       specforge.config.json) changes, until Ctrl-C; a broken spec is reported
                       and its last good package kept
  --timings            print the time of each stage, per spec and for the whole run (from the
                       process's start: node, modules, cache, generation, report)

Examples:
  specforge generate
  specforge generate api.yaml --out packages/api-client --package-name @acme/api --package-version 1.2.0
  specforge generate specs/*.yaml --out packages --jobs 4 --format json
  specforge generate --watch
  specforge generate --check

${EXIT_CODES}`,
    load: async () => (await import('./generate-command.js')).runGenerate,
  },
  {
    name: 'scaffold',
    summary: 'write a runnable server project for a spec, or bring one in step with it',
    help: `Usage: specforge scaffold <spec> --out DIR [--package DIR] [--package-name NAME] [--force] [--config redocly.yaml]

Writes a server project into DIR that serves the spec with the generated package's
createHandler on node:http: package.json, tsconfig.json, README.md, .gitignore,
src/server.ts (PORT, HOST), src/authenticate.ts when the spec has security, src/handlers.ts
and one handler module per operation, src/handlers/<name>.ts, typed from the package and
answering 501 until written. It generates the package too, into DIR/generated/<spec name>
(or --package DIR), which package.json depends on by a relative file: path. Then
'npm install && npm start' serves it.

Run again after the spec changes: the package is generated again, new operations get
modules (and entries in src/handlers.ts), and each existing handler's parameter and return
types are set to the current ones; its body and every other line stay as written. A module
whose operation is gone is kept and reported; a module that does not parse is left as it is
and reported. Existing files are never overwritten without --force, and src/authenticate.ts
and handler bodies not even with it. The package name and folder are remembered
(DIR/.specforge-scaffold.json) for the next run.

Prints what was created, updated, kept (existing files it did not overwrite) and reported.

Options:
  --out DIR            the project folder (required); made if missing
  --package DIR        where the package is generated (default DIR/generated/<spec name>)
  --package-name NAME  the package's name (default the spec's file name)
  --force              rewrite the files made from templates, src/handlers.ts, and handler
                       modules that do not parse
  --config FILE        the Redocly lint config to use instead of specforge's

Examples:
  specforge scaffold api.yaml --out server
  specforge scaffold api.yaml --out server --package packages/api --package-name @acme/api

Exit codes:
  0  done
  1  the spec cannot be generated from, or a file was reported (a module that does not parse,
     has no function for its operation, or whose operation is gone)
  2  unusable input: missing file, YAML that does not parse, not OpenAPI 3.0/3.1, bad flags,
     a package folder of other files
  3  internal error in specforge
`,
    load: async () => (await import('./scaffold-command.js')).runScaffold,
  },
  {
    name: 'serve',
    summary: "mock the API from its examples, refusing what the spec refuses",
    help: `Usage: specforge serve <spec> [--port N] [--host H] [--stateful] [--token T]
       [--token-without-scopes T] [--config redocly.yaml]

Serves a mock of the API: the spec's generated server (every request checked exactly as
createHandler checks it, errors in the spec's envelope) answering from the spec's examples.
An operation answers its first documented 2xx with its first example, or, where the spec
has none, with a value built from the schema that passes the schema's own validator.

Choose another documented answer per request with a Prefer header (RFC 7240):
  Prefer: code=404            the documented 404 (its example)
  Prefer: example=<name>      that named example
Preferences the spec does not document are ignored; applied ones are named in
Preference-Applied.

--stateful keeps collections in memory: /things with POST and GET, /things/{id} with GET,
PATCH or PUT, DELETE. A create then a get returns what was created, an update changes what
a later get returns, a delete makes the get 404, in the spec's envelopes; read-only fields
are set by the mock, write-only ones never returned. The store starts from the examples.

Prints one line when it listens (title, operations, mode, URL with the spec's base path),
then one per request: method, target, status, time. Stop it with Ctrl-C or SIGTERM.

Options:
  --port N                  the port (default ${DEFAULT_MOCK_PORT}; 0 picks a free one)
  --host H                  the address to listen on (default 127.0.0.1)
  --stateful                keep created, updated and deleted resources
  --token T                 the one credential accepted, with every scope (default: any
                            non-empty credential)
  --token-without-scopes T  a credential accepted with no scope (its calls answer 403
                            where the spec requires scopes)
  --config FILE             the Redocly lint config to use instead of specforge's

Examples:
  specforge serve specs/autosend.yaml
  specforge serve api.yaml --port 0 --stateful --token secret

Exit codes:
  0  stopped by a signal
  1  the spec cannot be generated from
  2  unusable input: missing file, bad flags, a port in use
  3  internal error in specforge
`,
    load: async () => (await import('./serve-command.js')).runServe,
  },
  {
    name: 'test',
    summary: 'test a running server against the spec: cases derived from it, every answer checked',
    help: `Usage: specforge test <spec> --base-url URL [--token T] [--token-without-scopes T]
       [--operation ID]... [--stateful] [--format stylish|json|junit] [--output FILE]
       [--max-requests N] [--timeout MS] [--deadline S] [--seed N] [--config redocly.yaml]

Sends cases derived from the spec alone to the server at URL, and checks every answer.
A URL without a path gets the spec's base path (the path of its first server URL), as
'specforge serve' serves it; a URL with a path is used as it is.

Cases, per operation:
  example    every documented request example             expects a documented 2xx
  positive   one boundary at a time: a string of exactly maxLength, maxItems items,
             each enum value, each bound, each format's edge     expects a documented 2xx
  negative   one step past each bound, a wrong type, a value outside the enum, a broken
             format or pattern, a missing required field, a forbidden field (not: {}),
             an unknown field                              expects a documented 4xx
  auth       no credentials, a wrong one (401); with --token-without-scopes where the spec
             names scopes (403)
  --stateful create, read, update, read, delete, read on each collection

Checks, on every answer:
  not_a_server_error            no 5xx, no connection failure or timeout
  status_code_conformance       the status is documented for the operation
  content_type_conformance      the content type is documented for that status
  response_schema_conformance   the body is valid for that status
  response_headers_conformance  the documented required headers are present and valid
  error_envelope_conformance    an error body is in the spec's error envelope
  positive_data_acceptance      a valid request is accepted (2xx; a documented 404 passes
                                where the path names a resource)
  negative_data_rejection       an invalid request is refused with a documented 4xx
  ignored_auth                  missing or wrong credentials get 401, missing scopes 403
  use_after_delete              a deleted resource reads 404
  ensure_resource_availability  a created or updated resource reads back as written

Only methods and paths the spec declares are sent: a spec rule decides every failure. The
same seed gives the same cases; the run stops by itself (--max-requests, --timeout,
--deadline), and says so.

Options:
  --base-url URL            where the API under test is served (required)
  --token T                 the credential sent where the spec's security scheme says
                            (for basic schemes, user:password)
  --token-without-scopes T  a credential the server grants no scope
  --operation ID            only this operation (operationId or name in code); repeatable
  --stateful                also run the collections' sequences
  --format F                stylish (default), json, junit
  --output FILE             write the report there instead of stdout
  --max-requests N          send at most N requests (default 5000)
  --timeout MS              give up on a request after MS milliseconds (default 10000)
  --deadline S              stop the run after S seconds (default 600)
  --seed N                  the seed of the derived values (default 0)
  --config FILE             the Redocly lint config to use instead of specforge's

Examples:
  specforge test specs/autosend.yaml --base-url http://127.0.0.1:4010 --token secret
  specforge test api.yaml --base-url https://staging.example.com/v1 --format junit --output contract.xml

Exit codes:
  0  every check passed
  1  a check failed, or the spec cannot be generated from
  2  unusable input (missing file, bad flags) or a server that cannot be reached
  3  internal error in specforge
`,
    load: async () => (await import('./test-command.js')).runTest,
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
