import { beforeAll, describe, expect, test } from 'vitest';
import { compileValidators, UnsupportedSchemaError } from '../../generator/schema/compiler/compile-validators.js';
import type { JsonSchema, ValidationError } from '../../generator/schema/compiler/contract.js';
import { loadValidators, runtimeModule, typeCheckValidators, type LoadedValidators } from './support/load-validators.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const schemas: Record<string, JsonSchema> = {
  // recursion through itself
  Node: {
    type: 'object',
    required: ['value'],
    properties: { value: { type: 'integer' }, children: { type: 'array', items: ref('Node') } },
  },
  // recursion through another schema
  Folder: { type: 'object', required: ['entries'], properties: { entries: { type: 'array', items: ref('Entry') } }, additionalProperties: false },
  Entry: { oneOf: [ref('Folder'), ref('File')] },
  File: { type: 'object', required: ['size'], properties: { size: { type: 'integer', minimum: 0 } }, additionalProperties: false },
  ShortString: { type: 'string', maxLength: 5 },
  'Odd/Name~Here': { type: 'boolean' },
  // readOnly / writeOnly
  User: {
    type: 'object',
    required: ['id', 'name', 'password', 'address'],
    properties: {
      id: { type: 'integer', readOnly: true },
      name: { type: 'string' },
      password: { type: 'string', writeOnly: true },
      address: ref('Address'),
      createdAt: { $ref: '#/components/schemas/Timestamp', readOnly: true },
    },
  },
  Timestamp: { type: 'string', format: 'date-time' },
  Address: { type: 'object', required: ['city'], properties: { city: { type: 'string' } } },
  AuditedUser: { allOf: [ref('User'), { required: ['createdAt'] }] },
};

let loaded: LoadedValidators;

beforeAll(async () => {
  loaded = await loadValidators({
    schemas,
    roots: [
      { exportName: 'validateNode', schema: ref('Node'), direction: 'response' },
      { exportName: 'validateNodeRequest', schema: ref('Node'), direction: 'request' },
      { exportName: 'validateFolder', schema: ref('Folder'), direction: 'response' },
      { exportName: 'validateTwoLetters', schema: { $ref: '#/components/schemas/ShortString', minLength: 2 }, direction: 'request' },
      { exportName: 'validateOddName', schema: ref('Odd~1Name~0Here'), direction: 'request' },
      {
        exportName: 'validateCounts',
        schema: { $defs: { count: { type: 'integer', minimum: 0 } }, type: 'array', items: { $ref: '#/$defs/count' } },
        direction: 'request',
      },
      {
        exportName: 'validateList',
        schema: { type: 'object', required: ['head'], properties: { head: { type: 'string' }, tail: { $ref: '#' } } },
        direction: 'request',
      },
      { exportName: 'createUser', schema: ref('User'), direction: 'request' },
      { exportName: 'userResponse', schema: ref('User'), direction: 'response' },
      { exportName: 'createAudited', schema: ref('AuditedUser'), direction: 'request' },
      { exportName: 'auditedResponse', schema: ref('AuditedUser'), direction: 'response' },
      { exportName: 'addressRequest', schema: ref('Address'), direction: 'request' },
      { exportName: 'addressResponse', schema: ref('Address'), direction: 'response' },
    ],
  });
});

const e = (pointer: string, keyword: string, message: string): ValidationError => ({ pointer, keyword, message });

test('the printed module type-checks', () => {
  expect(typeCheckValidators(loaded.dir)).toEqual([]);
});

describe('$ref', () => {
  test('a self-recursive schema validates at any depth, with the full pointer', () => {
    const tree = { value: 1, children: [{ value: 2, children: [{ value: 3 }, { value: 'four' }] }] };
    expect(loaded.run('validateNode', tree)).toEqual({
      valid: false,
      errors: [e('/children/0/children/1/value', 'type', 'must be integer')],
    });
    expect(loaded.run('validateNode', { value: 1, children: [{ value: 2, children: [] }] }).valid).toBe(true);
  });

  test('mutual recursion through oneOf', () => {
    expect(loaded.run('validateFolder', { entries: [{ size: 1 }, { entries: [{ size: 2 }] }] }).valid).toBe(true);
    const result = loaded.run('validateFolder', { entries: [{ entries: [{ size: -1 }] }] });
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(e('/entries/0/entries/0/size', 'minimum', 'must be >= 0'));
    expect(result.errors.at(-1)).toEqual(e('/entries/0', 'oneOf', 'must match exactly one schema in oneOf'));
  });

  test('keywords beside $ref apply too', () => {
    expect(loaded.run('validateTwoLetters', 'ab').valid).toBe(true);
    expect(loaded.run('validateTwoLetters', 'a').errors).toEqual([e('', 'minLength', 'must be at least 2 characters')]);
    expect(loaded.run('validateTwoLetters', 'abcdef').errors).toEqual([e('', 'maxLength', 'must be at most 5 characters')]);
  });

  test('names are JSON-pointer-escaped in references', () => {
    expect(loaded.run('validateOddName', true).valid).toBe(true);
    expect(loaded.run('validateOddName', 1).errors).toEqual([e('', 'type', 'must be boolean')]);
  });

  test('local $defs and # references inside a root', () => {
    expect(loaded.run('validateCounts', [0, 3]).valid).toBe(true);
    expect(loaded.run('validateCounts', [1, -1]).errors).toEqual([e('/1', 'minimum', 'must be >= 0')]);
    expect(loaded.run('validateList', { head: 'a', tail: { head: 'b', tail: { head: 'c' } } }).valid).toBe(true);
    expect(loaded.run('validateList', { head: 'a', tail: { tail: { head: 1 } } }).errors).toEqual([
      e('/tail', 'required', "must have required property 'head'"),
      e('/tail/tail/head', 'type', 'must be string'),
    ]);
  });

  test('one function per named schema, shared by every reference', () => {
    expect(loaded.source.match(/function validate_Node\(/g)).toHaveLength(1);
    expect(loaded.source.match(/function validate_Entry\(/g)).toHaveLength(1);
    expect(loaded.source).not.toMatch(/validate_Node_(request|response)/);
  });

  test('an unknown schema name is refused at compile time', () => {
    expect(() =>
      compileValidators({ schemas: new Map(), roots: [{ exportName: 'v', schema: ref('Missing'), direction: 'request' }], formats: 'assert', runtimeModule }),
    ).toThrow(UnsupportedSchemaError);
  });
});

describe('readOnly and writeOnly', () => {
  const user = { name: 'Ada', address: { city: 'London' } };

  test('a request may not send readOnly properties, which are not required there', () => {
    expect(loaded.run('createUser', { ...user, password: 'secret' })).toEqual({ valid: true, errors: [] });
    expect(loaded.run('createUser', { ...user, password: 'secret', id: 1, createdAt: '2024-01-01T00:00:00Z' }).errors).toEqual([
      e('/id', 'readOnly', 'is read-only and may not be sent'),
      e('/createdAt', 'readOnly', 'is read-only and may not be sent'),
    ]);
    expect(loaded.run('createUser', user).errors).toEqual([e('', 'required', "must have required property 'password'")]);
  });

  test('a response may not return writeOnly properties, which are not required there', () => {
    expect(loaded.run('userResponse', { ...user, id: 1 })).toEqual({ valid: true, errors: [] });
    expect(loaded.run('userResponse', { ...user, id: 1, password: 'x', createdAt: 'yesterday' }).errors).toEqual([
      e('/password', 'writeOnly', 'is write-only and may not be returned'),
      e('/createdAt', 'format', 'must match format "date-time"'),
    ]);
    expect(loaded.run('userResponse', user).errors).toEqual([e('', 'required', "must have required property 'id'")]);
  });

  test('required in an allOf member does not demand a readOnly property of its sibling', () => {
    expect(loaded.run('createAudited', { ...user, password: 'p' }).valid).toBe(true);
    expect(loaded.run('auditedResponse', { ...user, id: 1 }).errors).toEqual([
      e('', 'required', "must have required property 'createdAt'"),
    ]);
  });

  test('schemas involving readOnly/writeOnly get one variant per direction; others one shared function', () => {
    expect(loaded.source).toMatch(/function validate_User_request\(/);
    expect(loaded.source).toMatch(/function validate_User_response\(/);
    expect(loaded.source).not.toMatch(/function validate_User\(/);
    expect(loaded.source.match(/function validate_Address(_\w+)?\(/g)).toEqual(['function validate_Address(']);
    expect(loaded.run('addressRequest', { city: 1 }).errors).toEqual([e('/city', 'type', 'must be string')]);
    expect(loaded.run('addressResponse', {}).errors).toEqual([e('', 'required', "must have required property 'city'")]);
  });
});
