import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

interface Finding {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
  pointer: string;
}

const fixture = (name: string) => `test/lint/fixtures/examples/${name}`;

/** `line:col rule message` of each example finding. */
function exampleFindings(args: string[]): string[] {
  const result = runCli(['lint', ...args, '--format', 'json']);
  const findings = JSON.parse(result.stdout) as Finding[];
  return findings.filter((f) => f.rule.includes('examples')).map((f) => `${f.line}:${f.col} ${f.rule} ${f.message}`);
}

describe('specforge lint checks examples against their schemas', () => {
  it('reports each broken example where it is, and only those', () => {
    expect(exampleFindings([fixture('examples.yaml')])).toEqual([
      // A path parameter's example below its minimum.
      '12:26 specforge/no-invalid-parameter-examples Example value must conform to the schema: must be >= 1.',
      // A read-only property sent in a request example (it is fine in the response examples below).
      '20:47 specforge/no-invalid-media-type-examples Example value must conform to the schema: `id` property is read-only and may not be sent.',
      // A property no member of the allOf declares, reported on its name.
      "30:81 specforge/no-invalid-media-type-examples Example value must conform to the schema: must not have unevaluated property 'colour'.",
      // The discriminator picks Cat, which has no `bark`.
      "31:71 specforge/no-invalid-media-type-examples Example value must conform to the schema: must not have unevaluated property 'bark'.",
      // An example behind a $ref is reported in components/examples, where it is written.
      "36:68 specforge/no-invalid-media-type-examples Example value must conform to the schema: `note` property must not have unevaluated property 'extra'.",
      // Schemas' own examples.
      '53:44 specforge/no-invalid-schema-examples Example value must conform to the schema: must be string.',
      '65:58 specforge/no-invalid-schema-examples Example value must conform to the schema: must be <= 9.',
    ]);
  });

  it('lets examples carry undeclared properties when the config allows them', () => {
    const findings = exampleFindings([fixture('examples.yaml'), '--config', fixture('allow-additional.redocly.yaml')]);
    expect(findings.filter((f) => f.includes('unevaluated'))).toEqual([]);
    expect(findings.some((f) => f.includes('is read-only and may not be sent'))).toBe(true);
  });

  it('follows $refs into other files, and reports a schema it cannot compile without skipping the others', () => {
    expect(exampleFindings([fixture('split.yaml')])).toEqual([
      '17:35 specforge/no-invalid-media-type-examples Example value must conform to the schema: `size` property must be integer.',
      '26:23 specforge/no-invalid-media-type-examples Example cannot be checked, its schema is not supported: `pattern`: "(?<" is not a valid ECMA-262 regular expression.',
    ]);
  });
});
