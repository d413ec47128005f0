import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// Messages that say what is needed to fix the problem: the allowed values, the target of a $ref, the cause of a
// YAML error, the other operation with the same operationId; each at the place to fix, on a line of its own.

const fixture = (name: string) => `test/lint/fixtures/messages/${name}`;

/** The text-format lines of these rules. */
function lines(args: string[], rules: RegExp): string[] {
  return runCli(['lint', ...args]).stdout.split('\n').filter((line) => rules.test(line.split(' ')[2] ?? ''));
}

const outDir = () => mkdtempSync(join(tmpdir(), 'specforge-messages-'));

describe('enum messages list the allowed values', () => {
  it("lists an enum of up to ten values (Redocly's struct rule)", () => {
    expect(lines([fixture('enum.yaml')], /^struct$/)).toEqual([
      'test/lint/fixtures/messages/enum.yaml:20:27 error struct `in` can be one of the following only: "query", "header", "cookie".',
    ]);
    expect(lines([fixture('structure-30.yaml')], /^struct$/)).toEqual([
      'test/lint/fixtures/messages/structure-30.yaml:8:39 error struct `style` can be one of the following only: "form", "simple", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject".',
      'test/lint/fixtures/messages/structure-30.yaml:8:61 error struct `type` can be one of the following only: "object", "array", "string", "number", "integer", "boolean".',
      'test/lint/fixtures/messages/structure-30.yaml:13:15 error struct `type` can be one of the following only: "apiKey", "http", "oauth2", "openIdConnect".',
      'test/lint/fixtures/messages/structure-30.yaml:13:24 error struct The field `name` is not allowed here.',
    ]);
  });

  it('lists ten values and how many more of a longer enum, where Redocly lists none', () => {
    const config = fixture('tier.redocly.yaml');
    expect(lines([fixture('tier.yaml'), '--config', config], /^struct$/)).toEqual([
      'test/lint/fixtures/messages/tier.yaml:5:11 error struct `x-tier` can be one of the following only: "free", "hobby", "starter", "basic", "team", "pro", "business", "growth", "scale", "premium", and 2 more.',
    ]);
  });

  it('lists the values an example breaks an enum or const of', () => {
    expect(lines([fixture('example-enums.yaml')], /examples$/)).toEqual([
      'test/lint/fixtures/messages/example-enums.yaml:9:16 error specforge/no-invalid-schema-examples Example value must conform to the schema: must be equal to one of the allowed values: "small", "medium", "large".',
      'test/lint/fixtures/messages/example-enums.yaml:13:16 error specforge/no-invalid-schema-examples Example value must conform to the schema: must be equal to one of the allowed values: "red", "orange", "yellow", "green", "blue", "indigo", "violet", "black", "white", "grey", and 2 more.',
      'test/lint/fixtures/messages/example-enums.yaml:16:16 error specforge/no-invalid-schema-examples Example value must conform to the schema: must be equal to constant "cat".',
    ]);
  });
});

describe('an unresolved $ref is named, with why it names nothing', () => {
  it('a local ref: the key that is not there, and the one meant', () => {
    expect(lines([fixture('enum.yaml')], /^no-unresolved-refs$/)).toEqual([
      "test/lint/fixtures/messages/enum.yaml:18:12 error no-unresolved-refs Can't resolve $ref '#/components/schemas/Pett': '#/components/schemas' has no 'Pett' (did you mean 'Pet'?)",
    ]);
  });

  it('a file ref: as written, and whether the file is missing, lacks the pointer or does not parse (at the cause)', () => {
    expect(lines([fixture('file-refs.yaml')], /^no-unresolved-refs$/)).toEqual([
      'test/lint/fixtures/messages/broken-part.yaml:2:16 error no-unresolved-refs YAML does not parse: a double-quoted string starting here is not closed',
      "test/lint/fixtures/messages/file-refs.yaml:6:14 error no-unresolved-refs Can't resolve $ref './pet.yaml#/Pet': there is no file test/lint/fixtures/messages/pet.yaml",
      "test/lint/fixtures/messages/file-refs.yaml:7:13 error no-unresolved-refs Can't resolve $ref './parts.yaml#/Pets': test/lint/fixtures/messages/parts.yaml has no 'Pets' (did you mean 'Pet'?)",
      "test/lint/fixtures/messages/file-refs.yaml:8:13 error no-unresolved-refs Can't resolve $ref './broken-part.yaml#/Thing': test/lint/fixtures/messages/broken-part.yaml does not parse as YAML or JSON",
    ]);
  });

  it("is named in generate's refusal too", () => {
    const result = runCli(['generate', fixture('enum.yaml'), '--out', outDir()]);
    expect(result.stderr).toContain(
      "test/lint/fixtures/messages/enum.yaml:18:12 no-unresolved-refs Can't resolve $ref '#/components/schemas/Pett': '#/components/schemas' has no 'Pett' (did you mean 'Pet'?) (at /components/schemas/Pet/properties/a)\n",
    );
    expect(result.code).toBe(1);
  });
});

describe('a YAML error is reported at its cause', () => {
  const cases: [what: string, file: string, line: string][] = [
    ['an unterminated double quote', 'double-quote.yaml', 'double-quote.yaml:3:10: YAML does not parse: a double-quoted string starting here is not closed'],
    ['an unterminated single quote', 'single-quote.yaml', 'single-quote.yaml:4:12: YAML does not parse: a single-quoted string starting here is not closed'],
    ['an unclosed flow mapping', 'flow-mapping.yaml', "flow-mapping.yaml:2:7: YAML does not parse: a flow mapping ('{') starting here is not closed"],
    ['an unclosed flow sequence', 'flow-sequence.yaml', "flow-sequence.yaml:5:7: YAML does not parse: a flow sequence ('[') starting here is not closed"],
    ['a bracket closed by the other kind, in JSON', 'mismatched.json', "mismatched.json:1:95: YAML does not parse: a flow sequence ('[') starting here is closed with '}' instead of ']'"],
  ];

  it.each(cases)('%s', (_what, file, line) => {
    const result = runCli(['lint', fixture(file)]);
    expect(result.stderr).toBe(`specforge: test/lint/fixtures/messages/${line}\n1 spec: 1 unusable, 0 errors, 0 warnings\n`);
    expect(result.code).toBe(2);
  });

  it('the quote of the issue, in generate', () => {
    const result = runCli(['generate', fixture('double-quote.yaml'), '--out', outDir()]);
    expect(result.stderr).toBe('specforge: test/lint/fixtures/messages/double-quote.yaml:3:10: YAML does not parse: a double-quoted string starting here is not closed\n');
    expect(result.code).toBe(2);
  });
});

describe('a duplicate operationId is reported at its key, naming the operation that has it too', () => {
  it('in YAML', () => {
    expect(lines([fixture('enum.yaml'), '--format', 'text'], /^operation-operationId-unique$/)).toEqual([
      "test/lint/fixtures/messages/enum.yaml:10:7 error operation-operationId-unique Every operation must have a unique `operationId`: 'g' is also the operationId of GET /q.",
    ]);
    const json = JSON.parse(runCli(['lint', fixture('enum.yaml'), '--format', 'json']).stdout) as { rule: string; pointer: string }[];
    expect(json.filter((f) => f.rule === 'operation-operationId-unique').map((f) => f.pointer)).toEqual(['/paths/~1q/post/operationId']);
  });

  it('in JSON on one line: lint and generate', () => {
    expect(lines([fixture('duplicate.json')], /^operation-operationId-unique$/)).toEqual([
      "test/lint/fixtures/messages/duplicate.json:1:145 error operation-operationId-unique Every operation must have a unique `operationId`: 'g' is also the operationId of GET /q.",
    ]);
    const result = runCli(['generate', fixture('duplicate.json'), '--out', outDir()]);
    expect(result.stderr).toBe(
      'specforge: cannot generate from test/lint/fixtures/messages/duplicate.json:\n' +
        "test/lint/fixtures/messages/duplicate.json:1:145 operation-operationId-unique Every operation must have a unique `operationId`: 'g' is also the operationId of GET /q. (at /paths/~1q/post/operationId)\n",
    );
    expect(result.code).toBe(1);
  });
});

describe('every finding is a line of its own', () => {
  it('text output ends each finding with a newline; the summary is a line of its own on stderr', () => {
    const result = runCli(['lint', fixture('enum.yaml')]);
    expect(result.stdout.endsWith('"query", "header", "cookie".\n')).toBe(true);
    expect(result.stdout.split('\n').slice(0, -1).every((line) => /^\S+:\d+:\d+ (error|warn) \S+ /.test(line))).toBe(true);
    expect(result.stderr).toBe('1 spec: 10 errors, 2 warnings\n');
  });

  it('spec text with line breaks in a message does not start a line (lint and generate)', () => {
    const result = runCli(['lint', fixture('line-breaks.yaml')]);
    const stdout = result.stdout.split('\n');
    expect(stdout.pop()).toBe('');
    expect(stdout.every((line) => /^test\/lint\/fixtures\/messages\/line-breaks\.yaml:\d+:\d+ (error|warn) \S+ /.test(line))).toBe(true);
    expect(stdout).toContain("test/lint/fixtures/messages/line-breaks.yaml:5:3 error struct Property `line break` is not expected here.");
    expect(stdout).toContain(
      "test/lint/fixtures/messages/line-breaks.yaml:13:7 error operation-operationId-unique Every operation must have a unique `operationId`: 'two\\nlines' is also the operationId of GET /q.",
    );
    const refusal = runCli(['generate', fixture('line-breaks.yaml'), '--out', outDir()]).stderr.split('\n');
    expect(refusal[0]).toBe('specforge: cannot generate from test/lint/fixtures/messages/line-breaks.yaml:');
    expect(refusal.slice(1, -1).every((line) => /^test\/lint\/fixtures\/messages\/line-breaks\.yaml:\d+:\d+ \S+ /.test(line))).toBe(true);
  });
});
