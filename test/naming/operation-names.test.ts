import { describe, expect, it } from 'vitest';
import type { ApiIR, OperationIR } from '../../generator/ir/ir.js';
import { planPackageNames } from '../../generator/naming/package-names.js';

function irWith(ids: string[]): ApiIR {
  const operations = ids.map((id, i) => ({ id, method: 'get', path: `/p${i}`, parameters: [], responses: [], requestBody: undefined }) as unknown as OperationIR);
  return { schemas: new Map(), operations } as unknown as ApiIR;
}

describe("an operation's name in code", () => {
  it('is its operationId as a camelCase identifier, settled once', () => {
    const names = planPackageNames(irWith(['updateWebhook', 'repos/get', 'repos-get', 'getURL', 'getUrl', 'delete', 'ListItems']), () => false, []);
    expect([...names.operations.values()].map((n) => n.name)).toEqual(['updateWebhook', 'reposGet', 'reposGet2', 'getURL', 'getUrl2', 'delete_', 'listItems']);
  });
});
