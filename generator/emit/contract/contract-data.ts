import type { ContractData } from '../../../templates/package/contract-model.js';
import type { ApiIR } from '../../ir/ir.js';
import type { PackageNames } from '../../naming/package-names.js';
import { basePathOf } from '../server/server-descriptor.js';
import { findCollections } from './collections.js';
import { contractOperations } from './contract-operations.js';
import { deriveCases } from './derive-cases.js';

/** The contract suite of a spec: its cases (the same for the same seed), the checks' knowledge of each operation, its collections. */
export function contractData(ir: ApiIR, names: PackageNames, options: { seed: number }): ContractData {
  return {
    operations: contractOperations(ir, names),
    cases: deriveCases(ir, { seed: options.seed, names }),
    collections: findCollections(ir, names),
    basePath: basePathOf(ir.servers[0]?.url),
  };
}
