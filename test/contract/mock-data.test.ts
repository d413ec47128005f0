import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build-ir.js';
import { findCollections } from '../../generator/emit/contract/collections.js';
import { mockData } from '../../generator/emit/contract/mock-data.js';
import { generatedPackage } from '../client/support/client-package.js';
import { BUNDLED_SPECS, irOf, specPath } from './support.js';

describe.each(BUNDLED_SPECS)('mock data of %s', (spec) => {
  const generated = generatedPackage(specPath(spec), `${spec}-mock`);

  it('answers every documented response with examples its own validator accepts', async () => {
    const ir = await irOf(specPath(spec));
    const { data, warnings } = mockData(ir);
    expect(warnings).toEqual([]);
    const wrong: string[] = [];
    for (const [name, op] of Object.entries(data.operations)) {
      expect(op.success).toMatch(/^2/);
      for (const answer of op.answers) {
        if (answer.contentType === undefined) continue;
        expect(answer.examples.length, `${name} ${answer.status}`).toBeGreaterThan(0);
        for (const example of answer.examples) {
          const result = generated.pkg.endpoints[name].validateResponse(answer.code, example.value);
          if (!result.ok) wrong.push(`${name} ${answer.status} ${example.name}: ${JSON.stringify(result.errors)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(data.collections.length).toBeGreaterThan(0);
  });
});

describe('collections', () => {
  it('are found from paths, with the id field, envelopes, read-only fields and timestamps', async () => {
    const ir = await irOf(specPath('agentmessage'));
    const [webhooks] = findCollections(ir);
    expect(webhooks).toMatchObject({
      path: '/v1/webhooks', itemPath: '/v1/webhooks/{id}', idParameter: 'id', idField: 'id',
      create: 'createWebhook', list: 'listWebhooks', read: 'getWebhook', update: 'updateWebhook', remove: 'deleteWebhook',
    });
    expect(webhooks!.resourceAt['listWebhooks']).toBe('/data');
    expect(webhooks!.resourceAt['getWebhook']).toBe('');
  });

  it('a range or default gets a concrete code, and a response without examples a generated one', () => {
    const ir = buildIR({
      openapi: '3.1.0', info: { title: 't', version: '1' },
      paths: { '/things': { get: { operationId: 'listThings', responses: {
        '2XX': { description: 'ok', content: { 'application/json': { schema: { type: 'object', required: ['n'], properties: { n: { type: 'integer', minimum: 3 } } } } } },
        default: { description: 'error', content: { 'application/json': { schema: { type: 'object' } } } },
      } } } },
    } as any, '3.1');
    const { data } = mockData(ir);
    const answers = data.operations['listThings']!.answers;
    expect(answers.map((a) => a.code)).toEqual([200, 500]);
    expect(answers[0]!.examples[0]!.name).toBe('generated');
    expect((answers[0]!.examples[0]!.value as any).n).toBeGreaterThanOrEqual(3);
  });
});

describe('collections in envelopes', () => {
  it('are found two properties down (AutoSend answers { data: { webhook } })', async () => {
    const [webhooks] = findCollections(await irOf(specPath('autosend')));
    expect(webhooks?.resourceAt['getWebhook']).toBe('/data/webhook');
    expect(webhooks?.readOnly).toContain('id');
  });
});
