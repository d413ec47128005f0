import { createMockHandlers, mockAuthenticate, type MockServerOptions } from "./runtime/mock-runtime.js";
import { runContract as runCases, type ContractOptions, type ContractReport, type ContractSuite } from "./runtime/contract-runtime.js";
import { contractData, mockData } from "../contract-data.js";
import type { WebHandler } from "./runtime/server-runtime.js";
import { createHandler } from "./server.js";
import { endpoints } from "./endpoints.js";
import { validateListWebhooksResponse400 } from "./validators.js";
export { ContractUnreachableError, type ContractOptions, type ContractReport, type ContractFailure } from "./runtime/contract-runtime.js";
export { type MockServerOptions } from "./runtime/mock-runtime.js";
export { contractData, mockData } from "../contract-data.js";
const byName = { "listWebhooks": endpoints["listWebhooks"], "createWebhook": endpoints["createWebhook"], "getWebhook": endpoints["getWebhook"], "updateWebhook": endpoints["updateWebhook"], "deleteWebhook": endpoints["deleteWebhook"] };
const suite: ContractSuite = { ...contractData, operations: { "listWebhooks": { ...contractData.operations["listWebhooks"]!, endpoint: byName["listWebhooks"], envelope: validateListWebhooksResponse400 }, "createWebhook": { ...contractData.operations["createWebhook"]!, endpoint: byName["createWebhook"], envelope: validateListWebhooksResponse400 }, "getWebhook": { ...contractData.operations["getWebhook"]!, endpoint: byName["getWebhook"], envelope: validateListWebhooksResponse400 }, "updateWebhook": { ...contractData.operations["updateWebhook"]!, endpoint: byName["updateWebhook"], envelope: validateListWebhooksResponse400 }, "deleteWebhook": { ...contractData.operations["deleteWebhook"]!, endpoint: byName["deleteWebhook"], envelope: validateListWebhooksResponse400 } } };

/** A mock of the API: the package's own server (every request checked as `createHandler` checks it) answering from the spec's examples, or with `stateful` keeping the collections' resources in memory. With `token`, that credential alone is accepted (with every scope; `tokenWithoutScopes` with none); without, any non-empty one. */
export function createMockHandler(options: MockServerOptions = {}): WebHandler {
    return createHandler(createMockHandlers(mockData, byName, options) as never, { authenticate: mockAuthenticate(mockData, options) });
}

/** Sends the contract suite's cases to `options.baseUrl` (through `options.fetch` when given) and checks every answer against the spec; resolves to the report, or rejects with `ContractUnreachableError` when the first request reaches no server. */
export function runContract(options: ContractOptions): Promise<ContractReport> {
    return runCases(suite, options);
}
