import { bearerCredential as $bearerCredential, bindOperations as $bindOperations, call as $call, clientChecks as $clientChecks, connection as $connection } from "./runtime/client-runtime.js";
import { encodeSimplePath as $encodeSimplePath, encodeQuery as $encodeQuery, jsonBody as $jsonBody } from "./runtime/request-encoding.js";
import { endpoints as $endpoints } from "./endpoints.js";
export { ClientError } from "./runtime/client-runtime.js";
const $descriptor = { baseUrl: "https://api.middesk.com", schemes: { "bearerAuth": { "type": "http", "scheme": "bearer", credential: $bearerCredential } } };
const $operation1 = { "name": "listWebhooks", "method": "GET", "path": "/v1/webhooks", "parameters": [{ "name": "page", "in": "query", "style": "form", "explode": true }, { "name": "per_page", "in": "query", "style": "form", "explode": true }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "422", "429", "500"], encoders: { query: $encodeQuery } };
const $operation2 = { "name": "createWebhook", "method": "POST", "path": "/v1/webhooks", "parameters": [], "security": [["bearerAuth"]], "statuses": ["201", "400", "401", "422", "429", "500"], encoders: {  }, body: [["application/json", $jsonBody]] };
const $operation3 = { "name": "getWebhook", "method": "GET", "path": "/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "404", "422", "429", "500"], encoders: { path: $encodeSimplePath } };
const $operation4 = { "name": "updateWebhook", "method": "PUT", "path": "/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "404", "422", "429", "500"], encoders: { path: $encodeSimplePath }, body: [["application/json", $jsonBody]] };
const $operation5 = { "name": "deleteWebhook", "method": "DELETE", "path": "/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "404", "422", "429", "500"], encoders: { path: $encodeSimplePath } };

/** A client of the API with one method per operation. Throws a `TypeError` naming the option at fault (a `baseUrl` that is not an absolute URL, say). */
export function createClient(options) {
    return $bindOperations($connection($descriptor, { ...options, endpoints: options?.endpoints ?? $endpoints }, $clientChecks), { "listWebhooks": $operation1, "createWebhook": $operation2, "getWebhook": $operation3, "updateWebhook": $operation4, "deleteWebhook": $operation5 });
}

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export function connect(options) {
    return $connection($descriptor, options);
}

/**
 * GET /v1/webhooks: List webhooks
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export function listWebhooks(client, input) {
    return $call(client, $operation1, input);
}

/**
 * POST /v1/webhooks: Create a webhook
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export function createWebhook(client, input) {
    return $call(client, $operation2, input);
}

/**
 * GET /v1/webhooks/{id}: Get a webhook
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export function getWebhook(client, input) {
    return $call(client, $operation3, input);
}

/**
 * PUT /v1/webhooks/{id}: Update a webhook
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export function updateWebhook(client, input) {
    return $call(client, $operation4, input);
}

/**
 * DELETE /v1/webhooks/{id}: Delete a webhook
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export function deleteWebhook(client, input) {
    return $call(client, $operation5, input);
}
