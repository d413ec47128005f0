import type { MockServerOptions } from "./runtime/mock-runtime.js";
import type { ContractOptions, ContractReport } from "./runtime/contract-runtime.js";
import type { ContractData, MockData } from "./runtime/contract-model.js";
import type { WebHandler } from "./runtime/server-runtime.js";

export { ContractUnreachableError, type ContractOptions, type ContractReport, type ContractFailure } from "./runtime/contract-runtime.js";
export { type MockServerOptions } from "./runtime/mock-runtime.js";
/** Every documented answer of every operation with its examples, and the collections the stateful mock keeps. */
export declare const mockData: MockData;
/** The contract suite: the cases derived from the spec (seed 0) and what the checks know of each operation. */
export declare const contractData: ContractData;

/** A mock of the API: the package's own server (every request checked as `createHandler` checks it) answering from the spec's examples, or with `stateful` keeping the collections' resources in memory. With `token`, that credential alone is accepted (with every scope; `tokenWithoutScopes` with none); without, any non-empty one. */
export declare function createMockHandler(options?: MockServerOptions): WebHandler;

/** Sends the contract suite's cases to `options.baseUrl` (through `options.fetch` when given) and checks every answer against the spec; resolves to the report, or rejects with `ContractUnreachableError` when the first request reaches no server. */
export declare function runContract(options: ContractOptions): Promise<ContractReport>;
