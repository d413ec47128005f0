import type { MockServerOptions } from "./runtime/mock-runtime.js";
import type { ContractOptions, ContractReport } from "./runtime/contract-runtime.js";
import type { contractData, mockData } from "./contract-data.js";
import type { WebHandler } from "./runtime/server-runtime.js";

export { ContractUnreachableError, type ContractOptions, type ContractReport, type ContractFailure } from "./runtime/contract-runtime.js";
export { type MockServerOptions } from "./runtime/mock-runtime.js";
export { contractData, mockData } from "./contract-data.js";

/** A mock of the API: the package's own server (every request checked as `createHandler` checks it) answering from the spec's examples, or with `stateful` keeping the collections' resources in memory. With `token`, that credential alone is accepted (with every scope; `tokenWithoutScopes` with none); without, any non-empty one. */
export declare function createMockHandler(options?: MockServerOptions): WebHandler;

/** Sends the contract suite's cases to `options.baseUrl` (through `options.fetch` when given) and checks every answer against the spec; resolves to the report, or rejects with `ContractUnreachableError` when the first request reaches no server. */
export declare function runContract(options: ContractOptions): Promise<ContractReport>;
