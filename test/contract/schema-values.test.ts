import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../generator/api/compile-schema.js';
import { sampleValue } from '../../generator/emit/contract/schema-values.js';

const schemas = new Map<string, any>([
  ['Webhook', {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'url', 'secret', 'events'],
    properties: {
      id: { type: 'string', format: 'uuid', readOnly: true },
      url: { type: 'string', format: 'uri', pattern: '^https://', maxLength: 2048 },
      secret: { type: 'string', writeOnly: true, minLength: 32, maxLength: 32 },
      events: { type: 'array', minItems: 2, uniqueItems: true, items: { enum: ['a.created', 'a.deleted', 'b.sent'] } },
      api_version: { not: {} },
      count: { type: 'integer', exclusiveMinimum: 0, maximum: 100, multipleOf: 5 },
      code: { type: 'string', pattern: '^[A-Z]{2}-\\d{3}(-[a-z]+)?$' },
    },
  }],
]);
const ref = { $ref: '#/components/schemas/Webhook' };

describe('sampleValue', () => {
  it('builds a value the validator accepts, leaving readOnly out of requests and writeOnly out of responses', () => {
    const request = sampleValue(ref, schemas, { direction: 'request', properties: 'all' });
    expect(request.ok).toBe(true);
    const value = request.value as any;
    expect(value).not.toHaveProperty('id');
    expect(value).not.toHaveProperty('api_version');
    expect(value.url).toMatch(/^https:\/\//);
    expect(value.secret).toHaveLength(32);
    expect(new Set(value.events).size).toBe(value.events.length);
    expect(value.count % 5).toBe(0);
    expect(value.code).toMatch(/^[A-Z]{2}-\d{3}(-[a-z]+)?$/);
    const response = sampleValue(ref, schemas, { direction: 'response' }).value as any;
    expect(response).toHaveProperty('id');
    expect(response).not.toHaveProperty('secret');
  });

  it('is deterministic for a seed and prefers a valid example', () => {
    expect(sampleValue(ref, schemas, { seed: 5, properties: 'all' })).toEqual(sampleValue(ref, schemas, { seed: 5, properties: 'all' }));
    expect(sampleValue({ type: 'string', examples: [12, 'documented'] }, new Map()).value).toBe('documented');
  });

  it('picks a oneOf branch that is valid for the whole schema', () => {
    const schema = { oneOf: [{ type: 'string', maxLength: 2, minLength: 5 }, { type: 'integer', minimum: 7, maximum: 7 }] };
    expect(sampleValue(schema, new Map()).value).toBe(7);
  });

  it('says why, and gives no value, when none is valid', () => {
    const result = sampleValue({ type: 'string', minLength: 5, maxLength: 2 }, new Map());
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.ok ? '' : result.reason).toMatch(/failed its schema|fits/);
  });

  it('builds values valid under an independent compile for many seeds', () => {
    const schema = { type: 'object', required: ['at', 'mail', 'ip', 'day'], properties: { at: { type: 'string', format: 'date-time' }, mail: { type: 'string', format: 'email' }, ip: { type: 'string', format: 'ipv4' }, day: { type: 'string', format: 'date' } } };
    const { validate } = compileSchema(schema);
    for (let seed = 0; seed < 20; seed++) expect(validate(sampleValue(schema, new Map(), { seed }).value).ok).toBe(true);
  });
});
