import { loadValidators, type SchemaCheck } from '../../api/load-validators.js';
import type { ApiIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { PackageNames } from '../../naming/package-names.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import { compiledValidators } from '../validators/emit-validators.js';
import { checkerFor, type CheckDirection } from './schema-check.js';

/**
 * Hands the contract's checker the request body and response validators the validators emitter compiled for this
 * package, so that they are not compiled twice (about 0.4 s of GitHub's spec). The schemas and directions are the
 * validators' roots (see validator-roots.ts). Without that emitter, the checker compiles what it needs itself.
 */
export function adoptPackageValidators(ir: ApiIR, names: PackageNames): void {
  const module = compiledValidators(ir);
  if (module === undefined) return;
  const loaded = loadValidators(module);
  const entries: [JsonSchema, CheckDirection, SchemaCheck][] = [];
  const add = (schema: JsonSchema | undefined, direction: CheckDirection, name: string | undefined) => {
    const validate = name === undefined ? undefined : loaded.get(name);
    if (schema !== undefined && validate !== undefined) entries.push([schema, direction, validate]);
  };
  for (const op of ir.operations) {
    const opNames = names.operations.get(op.id)!;
    add(op.requestBody && jsonMedia(op.requestBody.content)?.schema, 'request', opNames.requestBodyValidator);
    for (const response of op.responses) add(jsonMedia(response.content)?.schema, 'response', opNames.responseValidators.get(response.status));
  }
  checkerFor(ir.schemas, ir.readWriteReach).adopt(entries);
}
