import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRef, resolveRef, scanDiscriminators as openapiTypescriptScan, type OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scanDiscriminators } from '../../generator/emit/types/scan-discriminators.js';
import { projectRoot } from '../support/run-cli.js';

const FOLDERS = ['test/generate/fixtures', 'test/corpus/specs', 'specs'];

/** A document with each way a discriminator reaches a schema, mapped and inferred, by oneOf and by allOf. */
const EVERY_BRANCH = {
  openapi: '3.1.0',
  info: { title: 'Discriminators', version: '1' },
  paths: {
    '/a': {
      post: {
        requestBody: {
          content: {
            'application/json': {
              // an inline discriminator, in a path
              schema: { oneOf: [{ $ref: '#/components/schemas/Hamster' }], discriminator: { propertyName: 'kind' } },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Lizard' }],
        discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', kitten: '#/components/schemas/Cat', fish: '#/components/schemas/Fish' } },
      },
      Cat: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, petType: { type: 'string', description: 'its kind' } } },
      Dog: { type: 'object' },
      Hamster: { type: 'object' },
      Lizard: { allOf: [{ $ref: '#/components/schemas/Base' }] },
      Fish: { type: 'string' },
      Base: { type: 'object', properties: { a: { type: 'string' } } },
      Animal: { type: 'object', discriminator: { propertyName: 'kind', mapping: { bird: '#/components/schemas/Bird' } } },
      Bird: { allOf: [{ $ref: '#/components/schemas/Animal' }, { type: 'object' }] },
      Sparrow: { allOf: [{ $ref: '#/components/schemas/Bird' }] },
      Inline: { allOf: [{ type: 'object', discriminator: { propertyName: 'sort' } }] },
      'a/b~c': { type: 'object', discriminator: { propertyName: 'escaped' } },
      Child: { allOf: [{ $ref: '#/components/schemas/a~1b~0c' }] },
    },
  },
};

function documents(): [string, unknown][] {
  const found: [string, unknown][] = [['every branch', EVERY_BRANCH]];
  for (const folder of FOLDERS) {
    for (const file of readdirSync(join(projectRoot, folder)).sort()) {
      if (!/\.(json|ya?ml)$/.test(file)) continue;
      const text = readFileSync(join(projectRoot, folder, file), 'utf8');
      let document: unknown;
      try {
        document = file.endsWith('.json') ? JSON.parse(text) : parse(text);
      } catch {
        continue; // the fixtures of unparsable input
      }
      if (document && typeof document === 'object') found.push([`${folder}/${file}`, document]);
    }
  }
  return found;
}

describe("specforge's discriminator scan", () => {
  it("finds and patches exactly what openapi-typescript's does, on every spec the tests have", () => {
    const all = documents();
    expect(all.length).toBeGreaterThan(60);
    let withDiscriminators = 0;
    for (const [name, document] of all) {
      const theirs = structuredClone(document) as OpenAPI3;
      const ours = structuredClone(document) as OpenAPI3;
      const expected = openapiTypescriptScan(theirs, { silent: true });
      const actual = scanDiscriminators(ours, { createRef, resolveRef });
      expect(actual, name).toEqual(expected);
      expect(ours, name).toEqual(theirs);
      if (Object.keys(expected.objects).length > 0) withDiscriminators++;
    }
    expect(withDiscriminators).toBeGreaterThanOrEqual(5);
  });

  it('patches the schemas of the document that shows each branch', () => {
    const ours = structuredClone(EVERY_BRANCH) as unknown as OpenAPI3;
    const { objects, refsHandled } = scanDiscriminators(ours, { createRef, resolveRef });
    expect(Object.keys(objects)).toEqual(expect.arrayContaining(['#/components/schemas/Pet', '#/components/schemas/Bird', '#/components/schemas/Sparrow', '#/components/schemas/a~1b~0c', '#/components/schemas/Child', '#/components/schemas/Inline/allOf/0']));
    expect(refsHandled).toEqual(expect.arrayContaining(['#/components/schemas/Hamster', '#/components/schemas/Cat', '#/components/schemas/Dog', '#/components/schemas/Lizard', '#/components/schemas/Bird']));
    const cat = (ours.components!.schemas! as Record<string, { required?: string[]; properties?: Record<string, { enum?: string[] }> }>).Cat!;
    expect(cat.required).toEqual(['name', 'petType']);
    expect(cat.properties!.petType!.enum).toEqual(['cat', 'kitten']);
  });
});
