import { createMockHandlers, mockAuthenticate } from "./runtime/mock-runtime.js";
import { runContract as runCases } from "./runtime/contract-runtime.js";
import { contractData, mockData } from "./contract-data.js";
import { createHandler } from "./server.js";
import { endpoints } from "./endpoints.js";
import { validateListWebhooksResponse400 } from "./validators.js";
export { ContractUnreachableError } from "./runtime/contract-runtime.js";
export { contractData, mockData } from "./contract-data.js";
const byName = { "listWebhooks": endpoints["listWebhooks"], "createWebhook": endpoints["createWebhook"], "getWebhook": endpoints["getWebhook"], "deleteWebhook": endpoints["deleteWebhook"], "updateWebhook": endpoints["updateWebhook"], "rotateWebhookSecret": endpoints["rotateWebhookSecret"], "testWebhook": endpoints["testWebhook"], "listWebhookDeliveries": endpoints["listWebhookDeliveries"] };
const suite = { ...contractData, operations: { "listWebhooks": { ...contractData.operations["listWebhooks"], endpoint: byName["listWebhooks"], envelope: validateListWebhooksResponse400 }, "createWebhook": { ...contractData.operations["createWebhook"], endpoint: byName["createWebhook"], envelope: validateListWebhooksResponse400 }, "getWebhook": { ...contractData.operations["getWebhook"], endpoint: byName["getWebhook"], envelope: validateListWebhooksResponse400 }, "deleteWebhook": { ...contractData.operations["deleteWebhook"], endpoint: byName["deleteWebhook"], envelope: validateListWebhooksResponse400 }, "updateWebhook": { ...contractData.operations["updateWebhook"], endpoint: byName["updateWebhook"], envelope: validateListWebhooksResponse400 }, "rotateWebhookSecret": { ...contractData.operations["rotateWebhookSecret"], endpoint: byName["rotateWebhookSecret"], envelope: validateListWebhooksResponse400 }, "testWebhook": { ...contractData.operations["testWebhook"], endpoint: byName["testWebhook"], envelope: validateListWebhooksResponse400 }, "listWebhookDeliveries": { ...contractData.operations["listWebhookDeliveries"], endpoint: byName["listWebhookDeliveries"], envelope: validateListWebhooksResponse400 } } };

/** A mock of the API: the package's own server (every request checked as `createHandler` checks it) answering from the spec's examples, or with `stateful` keeping the collections' resources in memory. With `token`, that credential alone is accepted (with every scope; `tokenWithoutScopes` with none); without, any non-empty one. */
export function createMockHandler(options = {}) {
    return createHandler(createMockHandlers(mockData, byName, options), { authenticate: mockAuthenticate(mockData, options) });
}

/** Sends the contract suite's cases to `options.baseUrl` (through `options.fetch` when given) and checks every answer against the spec; resolves to the report, or rejects with `ContractUnreachableError` when the first request reaches no server. */
export function runContract(options) {
    return runCases(suite, options);
}
