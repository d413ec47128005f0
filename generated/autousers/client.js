import { bearerCredential as $bearerCredential, bindOperations as $bindOperations, call as $call, clientChecks as $clientChecks, connection as $connection } from "./runtime/client-runtime.js";
import { encodeSimplePath as $encodeSimplePath, encodeQuery as $encodeQuery, encodeHeader as $encodeHeader, jsonBody as $jsonBody } from "./runtime/request-encoding.js";
import { endpoints as $endpoints } from "./endpoints.js";
export { ClientError } from "./runtime/client-runtime.js";
const $descriptor = { baseUrl: "https://app.autousers.ai", schemes: { "bearerAuth": { "type": "http", "scheme": "bearer", credential: $bearerCredential } } };
const $operation1 = { "name": "listWebhooks", "method": "GET", "path": "/api/v1/webhooks", "parameters": [{ "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "429", "500"], encoders: { header: $encodeHeader } };
const $operation2 = { "name": "createWebhook", "method": "POST", "path": "/api/v1/webhooks", "parameters": [{ "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["201", "400", "401", "403", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { header: $encodeHeader }, body: [["application/json", $jsonBody]] };
const $operation3 = { "name": "getWebhook", "method": "GET", "path": "/api/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "429", "500"], encoders: { path: $encodeSimplePath, header: $encodeHeader } };
const $operation4 = { "name": "deleteWebhook", "method": "DELETE", "path": "/api/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["400", "401", "403", "404", "429", "500", "2XX"], encoders: { path: $encodeSimplePath, header: $encodeHeader } };
const $operation5 = { "name": "updateWebhook", "method": "PATCH", "path": "/api/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { path: $encodeSimplePath, header: $encodeHeader }, body: [["application/json", $jsonBody]] };
const $operation6 = { "name": "rotateWebhookSecret", "method": "POST", "path": "/api/v1/webhooks/{id}/rotate-secret", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { path: $encodeSimplePath, header: $encodeHeader } };
const $operation7 = { "name": "testWebhook", "method": "POST", "path": "/api/v1/webhooks/{id}/test", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { path: $encodeSimplePath, header: $encodeHeader }, body: [["application/json", $jsonBody]] };
const $operation8 = { "name": "listWebhookDeliveries", "method": "GET", "path": "/api/v1/webhooks/{id}/deliveries", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }, { "name": "limit", "in": "query", "style": "form", "explode": true }, { "name": "starting_after", "in": "query", "style": "form", "explode": true }, { "name": "status", "in": "query", "style": "form", "explode": true }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "429", "500"], encoders: { path: $encodeSimplePath, query: $encodeQuery, header: $encodeHeader } };

/** A client of the API with one method per operation. Throws a `TypeError` naming the option at fault (a `baseUrl` that is not an absolute URL, say). */
export function createClient(options) {
    return $bindOperations($connection($descriptor, { ...options, endpoints: options?.endpoints ?? $endpoints }, $clientChecks), { "listWebhooks": $operation1, "createWebhook": $operation2, "getWebhook": $operation3, "deleteWebhook": $operation4, "updateWebhook": $operation5, "rotateWebhookSecret": $operation6, "testWebhook": $operation7, "listWebhookDeliveries": $operation8 });
}

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export function connect(options) {
    return $connection($descriptor, options);
}

/**
 * GET /api/v1/webhooks: List webhook endpoints
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export function listWebhooks(client, input) {
    return $call(client, $operation1, input);
}

/**
 * POST /api/v1/webhooks: Create a webhook endpoint
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export function createWebhook(client, input) {
    return $call(client, $operation2, input);
}

/**
 * GET /api/v1/webhooks/{id}: Get a webhook endpoint
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export function getWebhook(client, input) {
    return $call(client, $operation3, input);
}

/**
 * DELETE /api/v1/webhooks/{id}: Delete a webhook endpoint
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export function deleteWebhook(client, input) {
    return $call(client, $operation4, input);
}

/**
 * PATCH /api/v1/webhooks/{id}: Update a webhook endpoint
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export function updateWebhook(client, input) {
    return $call(client, $operation5, input);
}

/**
 * POST /api/v1/webhooks/{id}/rotate-secret: Rotate the signing secret
 *
 * Sends rotateWebhookSecret through a connection made by `connect`.
 */
export function rotateWebhookSecret(client, input) {
    return $call(client, $operation6, input);
}

/**
 * POST /api/v1/webhooks/{id}/test: Send a synthetic test event
 *
 * Sends testWebhook through a connection made by `connect`.
 */
export function testWebhook(client, input) {
    return $call(client, $operation7, input);
}

/**
 * GET /api/v1/webhooks/{id}/deliveries: List deliveries for an endpoint
 *
 * Sends listWebhookDeliveries through a connection made by `connect`.
 */
export function listWebhookDeliveries(client, input) {
    return $call(client, $operation8, input);
}
