import type { JsonSchema } from '../../schema/json-schema.js';
import type { MockAnswer, MockData, MockOperation } from '../../../templates/package/contract-model.js';
import type { ApiIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { PackageNames } from '../../naming/package-names.js';
import { findCollections } from './collections.js';
import { operationNames } from './operation-names.js';
import { checkerFor } from './schema-check.js';
import { sampleValue } from './schema-values.js';

export interface MockDataResult {
  data: MockData;
  /** Responses with a body but no example the mock can answer with, in words. */
  warnings: string[];
}

/** The concrete status of a status key: itself, the range's first (`4XX` → 400), `default` → 500. */
export function concreteCode(status: string): number {
  if (status === 'default') return 500;
  const range = /^([1-5])XX$/i.exec(status);
  return range ? Number(range[1]) * 100 : Number(status);
}

/** Each IR's mock data, once: `specforge serve` reports the warnings of the data its package was generated with. */
const made = new WeakMap<ApiIR, MockDataResult>();

/** What the mock answers each operation with: every documented response, its examples (or a built one) and headers. */
export function mockData(ir: ApiIR, names?: PackageNames): MockDataResult {
  let result = made.get(ir);
  if (!result) made.set(ir, (result = makeMockData(ir, names)));
  return result;
}

function makeMockData(ir: ApiIR, names: PackageNames | undefined): MockDataResult {
  const byId = operationNames(ir, names);
  const checker = checkerFor(ir.schemas, ir.readWriteReach);
  const warnings: string[] = [];
  const operations: Record<string, MockOperation> = {};
  checker.prepare(
    ir.operations.flatMap((op) => op.responses.flatMap((response): JsonSchema[] => {
      const schema = jsonMedia(response.content)?.schema;
      return schema === undefined ? [] : [schema];
    })),
    'response',
  );
  for (const op of ir.operations) {
    const name = byId.get(op.id)!;
    const answers: MockAnswer[] = op.responses.map((response) => {
      const media = jsonMedia(response.content) ?? response.content[0];
      let examples: { name: string; value: unknown }[] = [];
      if (media) {
        const schema = media.schema;
        examples = media.examples.filter((e) => {
          const ok = schema === undefined || !jsonMedia([media]) || checker.isValid(schema, e.value, 'response');
          if (!ok) warnings.push(`${name} ${response.status}: the example ${e.name} fails its schema; left out`);
          return ok;
        });
        if (examples.length === 0 && schema !== undefined) {
          const built = sampleValue(schema, ir.schemas, { direction: 'response', properties: 'all', readWriteReach: ir.readWriteReach });
          if (built.ok) examples = [{ name: 'generated', value: built.value }];
          else warnings.push(`${name} ${response.status}: no example, and none could be built (${built.reason})`);
        }
      }
      const headers: Record<string, string> = {};
      for (const header of response.headers) {
        const built = sampleValue(header.schema, ir.schemas, { direction: 'response', readWriteReach: ir.readWriteReach });
        if (built.ok) headers[header.name] = typeof built.value === 'string' ? built.value : JSON.stringify(built.value);
        else warnings.push(`${name} ${response.status}: no value for the header ${header.name} (${built.reason})`);
      }
      return {
        status: response.status,
        code: concreteCode(response.status),
        ...(media ? { contentType: media.mediaType } : {}),
        examples,
        headers,
      };
    });
    const success = op.responses.find((r) => /^2(\d\d|XX)$/i.test(r.status));
    operations[name] = { answers, ...(success ? { success: success.status } : {}) };
  }
  const scopes: Record<string, string[]> = {};
  for (const [scheme, definition] of ir.securitySchemes) scopes[scheme] = [...definition.scopes];
  return { data: { operations, collections: findCollections(ir, names), scopes }, warnings };
}
