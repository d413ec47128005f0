import type { ContractData, MockData } from '../../../templates/package/contract-model.js';
import type { ContractOptions, ContractReport } from '../../../templates/package/contract-runtime.js';
import type { MockServerOptions } from '../../../templates/package/mock-runtime.js';
import type { WebHandler } from '../../../templates/package/server-runtime.js';

/** The package's `contract` module, as `specforge serve` and `specforge test` load it from a generated package. */
export interface ContractModule {
  readonly mockData: MockData;
  readonly contractData: ContractData;
  createMockHandler(options?: MockServerOptions): WebHandler;
  runContract(options: ContractOptions): Promise<ContractReport>;
}

export const CONTRACT_MODULE = 'contract';
export const CONTRACT_DATA_MODULE = 'contract-data';
export const CONTRACT_SUITE_MODULE = 'contract.test';
