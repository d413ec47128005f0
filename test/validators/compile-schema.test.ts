import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileSchema, UnsupportedSchemaError } from '../../generator/index.js';
import { tempDir } from '../generate/support/generated-package.js';
import { projectRoot } from '../support/run-cli.js';

describe('compileSchema', () => {
  test("returns the module the generator would emit and that module's validator, loaded", () => {
    const { source, validate } = compileSchema({ type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } });
    expect(source).toContain('export const validate: SchemaValidator = (value, pointer, errors) => ');
    expect(source).toContain('from "specforge/validation-runtime"');
    expect(source).not.toMatch(/\beval\b|new Function/);
    expect(validate({ id: '3f1c1f44-0c2b-4d6e-9a7e-8c1b2a3d4e5f' })).toEqual({ ok: true, value: { id: '3f1c1f44-0c2b-4d6e-9a7e-8c1b2a3d4e5f' } });
    // formats are asserted by default, and every error is reported
    expect(validate({ id: 'not-a-uuid', extra: 1 })).toEqual({ ok: false, errors: [{ pointer: '/id', keyword: 'format', message: 'must match format "uuid"' }] });
    expect(validate({})).toEqual({ ok: false, errors: [{ pointer: '', keyword: 'required', message: "must have required property 'id'" }] });
  });

  test("formats: 'annotate' ignores formats, as JSON Schema 2020-12 prescribes by default", () => {
    expect(compileSchema({ format: 'email' }, { formats: 'annotate' }).validate('nope').ok).toBe(true);
    expect(compileSchema({ format: 'email' }).validate('nope').ok).toBe(false);
  });

  test("dialect 'oas3.0': nullable and boolean exclusive bounds; direction: readOnly and writeOnly", () => {
    const schema = { type: 'object', properties: { id: { type: 'integer', readOnly: true }, count: { type: 'number', minimum: 0, exclusiveMinimum: true, nullable: true } } };
    const neutral = compileSchema(schema, { dialect: 'oas3.0' }).validate;
    expect(neutral({ count: null }).ok).toBe(true);
    expect(neutral({ count: 0 })).toEqual({ ok: false, errors: [{ pointer: '/count', keyword: 'exclusiveMinimum', message: 'must be > 0' }] });
    expect(neutral({ id: 1 }).ok).toBe(true);
    const request = compileSchema(schema, { dialect: 'oas3.0', direction: 'request' }).validate;
    expect(request({ id: 1 })).toEqual({ ok: false, errors: [{ pointer: '/id', keyword: 'readOnly', message: 'is read-only and may not be sent' }] });
    expect(compileSchema(schema, { dialect: 'oas3.0', direction: 'response' }).validate({ id: 1 }).ok).toBe(true);
  });

  test("dialect 'oas3.0': a discriminator picks the branch, whose errors are the errors", () => {
    const pet = {
      oneOf: [{ $ref: '#/$defs/Cat' }, { $ref: '#/$defs/Dog' }],
      discriminator: { propertyName: 'petType', mapping: { cat: '#/$defs/Cat' } },
      $defs: {
        Cat: { type: 'object', required: ['petType', 'name'], properties: { petType: { type: 'string' }, name: { type: 'string' } } },
        Dog: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, bark: { type: 'boolean' } } },
      },
    };
    const { validate } = compileSchema(pet, { dialect: 'oas3.0' });
    expect(validate({ petType: 'cat', name: 'Tom' }).ok).toBe(true);
    // Dog is picked by its name (no mapping entry), and only its errors are reported
    expect(validate({ petType: 'Dog', bark: 'loud' })).toEqual({ ok: false, errors: [{ pointer: '/bark', keyword: 'type', message: 'must be boolean' }] });
    expect(validate({ petType: 'cat' })).toEqual({ ok: false, errors: [{ pointer: '', keyword: 'required', message: "must have required property 'name'" }] });
    expect(validate({ petType: 'cow' })).toEqual({ ok: false, errors: [{ pointer: '/petType', keyword: 'discriminator', message: 'must be one of "cat", "Dog"' }] });
    expect(validate({ name: 'Tom' })).toEqual({ ok: false, errors: [{ pointer: '', keyword: 'discriminator', message: "must have the discriminator property 'petType'" }] });
    // In JSON Schema 2020-12, discriminator is an unknown keyword: both branches match this cat, so oneOf fails
    expect(compileSchema(pet).validate({ petType: 'cat', name: 'Tom' }).ok).toBe(false);
  });

  test('remotes are what $refs may name by URI', () => {
    const remotes = { 'https://example.com/money.json': { $defs: { amount: { type: 'integer', minimum: 0 } } } };
    const { validate } = compileSchema({ properties: { price: { $ref: 'https://example.com/money.json#/$defs/amount' } } }, { remotes });
    expect(validate({ price: -1 })).toEqual({ ok: false, errors: [{ pointer: '/price', keyword: 'minimum', message: 'must be >= 0' }] });
    expect(() => compileSchema({ $ref: 'https://example.com/other.json' })).toThrow(UnsupportedSchemaError);
  });

  test('direction holds for read-only and write-only properties of remote schemas too', () => {
    const remotes = { 'https://example.com/user.json': { properties: { id: { type: 'integer', readOnly: true }, password: { type: 'string', writeOnly: true } } } };
    const schema = { $ref: 'https://example.com/user.json' };
    expect(compileSchema(schema, { remotes, direction: 'request' }).validate({ id: 1, password: 'x' })).toEqual({
      ok: false,
      errors: [{ pointer: '/id', keyword: 'readOnly', message: 'is read-only and may not be sent' }],
    });
    expect(compileSchema(schema, { remotes, direction: 'response' }).validate({ id: 1, password: 'x' })).toEqual({
      ok: false,
      errors: [{ pointer: '/password', keyword: 'writeOnly', message: 'is write-only and may not be returned' }],
    });
  });

  test('property names and schema text are data', () => {
    const hostile = '"); globalThis.hacked = true; ("';
    const { validate, source } = compileSchema({ required: ['__proto__', hostile], properties: { constructor: { const: hostile } }, pattern: hostile.replace(/[()]/g, '') });
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
    expect(source).toContain(JSON.stringify(hostile));
    // only own properties count: every object inherits a __proto__, none has one of its own unless JSON says so
    expect(validate({ [hostile]: 1, constructor: hostile })).toEqual({ ok: false, errors: [{ pointer: '', keyword: 'required', message: "must have required property '__proto__'" }] });
    expect(validate(JSON.parse(`{"__proto__": 1, ${JSON.stringify(hostile)}: 1, "constructor": ${JSON.stringify(hostile)}}`)).ok).toBe(true);
  });

  test('a polluted Object.prototype adds no property, and objects of any prototype are read by their own', () => {
    const { validate } = compileSchema({ required: ['url'], properties: { url: { type: 'string' }, count: { type: 'integer' } } });
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['url'] = 'https://inherited.example';
    prototype['count'] = 'not an integer';
    try {
      expect(validate({})).toEqual({ ok: false, errors: [{ pointer: '', keyword: 'required', message: "must have required property 'url'" }] });
      expect(validate({ url: 'own' }).ok).toBe(true);
    } finally {
      delete prototype['url'];
      delete prototype['count'];
    }
    const inherits = Object.create({ url: 'from a prototype' }) as Record<string, unknown>;
    expect(validate(inherits).ok).toBe(false);
    inherits['url'] = 'own';
    expect(validate(inherits).ok).toBe(true);
    expect(validate(Object.assign(Object.create(null), { url: 'own', count: 1.5 })).ok).toBe(false);
  });

  test("is what `import { compileSchema } from 'specforge'` gives a program, with its types", () => {
    const work = tempDir('library');
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(projectRoot, join(work, 'node_modules', 'specforge'), 'dir');
    writeFileSync(join(work, 'package.json'), '{"type":"module"}');
    const program = `import { compileSchema, type ValidationResult } from 'specforge';
const { validate } = compileSchema({ type: 'integer', maximum: 3 });
const result: ValidationResult<number> = validate<number>(4);
console.log(JSON.stringify(result));
`;
    writeFileSync(join(work, 'main.ts'), program);
    writeFileSync(join(work, 'main.mjs'), program.replace(', type ValidationResult', '').replace(': ValidationResult<number>', '').replace('<number>(4)', '(4)'));
    const run = spawnSync(process.execPath, [join(work, 'main.mjs')], { cwd: work, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, errors: [{ pointer: '', keyword: 'maximum', message: 'must be <= 3' }] });
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    const check = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'main.ts'], { cwd: work, encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toBe('');
  });
});
