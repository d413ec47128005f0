import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedExamples } from './support/seed-examples.js';
import { dereferencedSpec, namedExamples, SEED_OF, validate, VENDORS } from './support/spec-fixtures.js';

/** The nested key structure of a JSON value: what a placeholder example and its corrected form share. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, shape((value as Record<string, unknown>)[key])]));
  }
  return typeof value;
}

// How many JSON examples each page shows (AutoSend shows its request and answer twice; Middesk's page shows none).
const SEED_EXAMPLE_COUNT = { autousers: 2, autosend: 4, agentmessage: 6, middesk: 0 };

describe.each(VENDORS)('%s spec', (vendor) => {
  const seedFile = SEED_OF[vendor];
  const page = readFileSync(new URL(`./seeds/${seedFile}`, import.meta.url), 'utf8');
  let spec: any;
  let examples: ReturnType<typeof namedExamples>;
  beforeAll(async () => {
    spec = await dereferencedSpec(vendor);
    examples = namedExamples(spec);
  });

  it('has updateWebhook, the seed operation', () => {
    const ids = Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item).map((op) => op?.operationId));
    expect(ids).toContain('updateWebhook');
  });

  it('carries every example of the seed page as a named example, corrected only where marked', () => {
    expect(seedExamples(page)).toHaveLength(SEED_EXAMPLE_COUNT[vendor]);
    const fromSeed = examples.filter(({ example }) => example['x-specforge-source'] === seedFile);
    for (const seed of seedExamples(page)) {
      const same = fromSeed.find(({ example }) => isDeepStrictEqual(example.value, seed.value));
      if (same && !seed.corrected) continue;
      // A placeholder (`"<string>"`) or a syntax slip on the page: the spec holds a corrected example that says so.
      const corrected = (same ? [same] : fromSeed.filter(({ example }) => isDeepStrictEqual(shape(example.value), shape(seed.value)))).filter(
        ({ example }) => typeof example['x-specforge-corrected'] === 'string' && example['x-specforge-corrected'].length > 0,
      );
      expect(corrected, `seed example ${seed.text.slice(0, 80)} is not in the spec`).not.toEqual([]);
    }
  });

  it('has every named example valid against its schema', () => {
    expect(examples.length).toBeGreaterThan(3);
    for (const { where, example, schema } of examples) {
      const outcome = validate(schema, example.value);
      expect(outcome.messages, where).toEqual([]);
    }
  });

  it('declares the error mapping with bodies that fit the envelope', () => {
    const errors = spec['x-specforge-errors'];
    const envelope = errors.envelope.split('/').slice(1).reduce((node: any, key: string) => node[key], spec);
    const answers = [...Object.values<any>(errors.kinds), ...(errors.forbiddenFields ?? [])];
    expect(Object.keys(errors.kinds)).toEqual(expect.arrayContaining(['invalidRequest', 'unauthenticated', 'notFound']));
    for (const answer of answers) expect(validate(envelope, answer.body).messages).toEqual([]);
  });
});

describe('seed rules carried into the specs', () => {
  it("AutoSend: sending `secret` is answered with the seed's own 400 body", async () => {
    const spec = await dereferencedSpec('autosend');
    expect(spec['x-specforge-errors'].forbiddenFields).toEqual([
      expect.objectContaining({
        operationId: 'updateWebhook',
        pointer: '/secret',
        status: 400,
        body: { success: false, error: { message: 'Secret cannot be updated. Create a new webhook instead.', code: 'VALIDATION_ERROR' } },
      }),
    ]);
  });

  it('AgentMessage: a blank description clears the label (x-specforge-blank-as-null)', async () => {
    const spec = await dereferencedSpec('agentmessage');
    const description = spec.components.schemas.UpdateWebhookRequest.properties.description;
    expect(description['x-specforge-blank-as-null']).toBe(true);
    expect(description.maxLength).toBe(200);
  });
});
