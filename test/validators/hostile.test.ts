import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import type { JsonSchema, ValidationError } from '../../generator/schema/compiler/contract.js';
import { loadValidators, typeCheckValidators, type LoadedValidators } from './support/load-validators.js';

const schema = JSON.parse(readFileSync(new URL('./fixtures/hostile-schema.json', import.meta.url), 'utf8')) as JsonSchema;
const hostileName = '*/ globalThis.__specforgePwned = 1; /* "\'`${}</script>\u2028';
const evalKey = '"); globalThis.__specforgePwned = 1; ("';
const pattern = '^a/b"\'`\\$\\{x\\}\\*/$';

declare global {
  var __specforgePwned: unknown;
}

let loaded: LoadedValidators;

beforeAll(async () => {
  loaded = await loadValidators({
    schemas: new Map<string, JsonSchema>([[hostileName, { type: 'null', description: '*/ </script>' }]]),
    roots: [
      { exportName: 'validateHostile', schema, direction: 'request' },
      { exportName: 'validateHostileName', schema: { $ref: '#/components/schemas/*~1 globalThis.__specforgePwned = 1; ~1* "\'`${}<~1script>\u2028' }, direction: 'response' },
    ],
  });
});

const e = (pointer: string, keyword: string, message: string): ValidationError => ({ pointer, keyword, message });

test('compiling, importing and validating runs none of the spec text', () => {
  expect(globalThis.__specforgePwned).toBeUndefined();
  const value = JSON.parse(
    '{"__proto__":"line\\u2028separator","constructor":7,"toString":"a/b\\"\'`${x}*/",' +
      JSON.stringify(evalKey) +
      ':{"*/":"</script>","__proto__":{"polluted":true}},"*/ globalThis.__specforgePwned = 1; /*":true,"`${globalThis.__specforgePwned = 1}`":null,"x-\\"\'`/*/${}":"ok"}',
  ) as unknown;
  expect(loaded.run('validateHostile', value)).toEqual({ valid: true, errors: [] });
  expect(globalThis.__specforgePwned).toBeUndefined();
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

test('the printed module type-checks and never uses eval', () => {
  expect(typeCheckValidators(loaded.dir)).toEqual([]);
  expect(loaded.source).not.toMatch(/\beval\b|\bFunction\(/);
  expect(loaded.source).not.toContain('\u2028');
});

test('__proto__, constructor and toString are ordinary property names: own properties only', () => {
  expect(loaded.run('validateHostile', {}).errors).toEqual([
    e('', 'required', "must have required property '__proto__'"),
    e('', 'required', "must have required property 'constructor'"),
    e('', 'required', "must have required property 'toString'"),
    e('', 'required', `must have required property '${evalKey}'`),
  ]);
});

test('hostile enum values, patterns, consts and names are plain data', () => {
  const value = JSON.parse(
    '{"__proto__":"line separator","constructor":"7","toString":"a/b","hasOwnProperty":1,' +
      JSON.stringify(evalKey) +
      ':{"*/":"</script>","__proto__":{"polluted":false}},"`${globalThis.__specforgePwned = 1}`":0}',
  ) as unknown;
  expect(loaded.run('validateHostile', value).errors).toEqual([
    e('/__proto__', 'enum', 'must be equal to one of the allowed values'),
    e('/constructor', 'type', 'must be integer'),
    e('/toString', 'pattern', `must match pattern ${JSON.stringify(pattern)}`),
    e('/' + evalKey, 'const', 'must be equal to constant'),
    e('/`${globalThis.__specforgePwned = 1}`', 'type', 'must be null'),
    e('/hasOwnProperty', 'additionalProperties', "must not have additional property 'hasOwnProperty'"),
  ]);
  expect(globalThis.__specforgePwned).toBeUndefined();
});

test('a schema whose name closes comments and scripts compiles to a working function', () => {
  expect(loaded.run('validateHostileName', null)).toEqual({ valid: true, errors: [] });
  expect(loaded.run('validateHostileName', 1).errors).toEqual([e('', 'type', 'must be null')]);
});
