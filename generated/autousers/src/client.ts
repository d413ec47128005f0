import { bearerCredential as $bearerCredential, bindOperations as $bindOperations, call as $call, clientChecks as $clientChecks, connection as $connection, type BinaryBody, type CallOptions, type ClientDescriptor, type ClientOperation, type ClientOptions, type Connection, type DocumentedResponse, type UndocumentedResponse, type WebFormData } from "./runtime/client-runtime.js";
import { encodeSimplePath as $encodeSimplePath, encodeQuery as $encodeQuery, encodeHeader as $encodeHeader, jsonBody as $jsonBody } from "./runtime/request-encoding.js";
import type { HttpStatus, Status2XX } from "./runtime/http-status.js";
import { endpoints as $endpoints } from "./endpoints.js";
import type * as types from "../types.js";
export { ClientError, type ClientOptions, type RetryOptions, type CallOptions, type ClientErrorKind, type Connection, type DocumentedResponse, type UndocumentedResponse, type FetchFunction, type BinaryBody } from "./runtime/client-runtime.js";
const $descriptor: ClientDescriptor = { baseUrl: "https://app.autousers.ai", schemes: { "bearerAuth": { "type": "http", "scheme": "bearer", credential: $bearerCredential } } };
const $operation1: ClientOperation = { "name": "listWebhooks", "method": "GET", "path": "/api/v1/webhooks", "parameters": [{ "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "429", "500"], encoders: { header: $encodeHeader } };
const $operation2: ClientOperation = { "name": "createWebhook", "method": "POST", "path": "/api/v1/webhooks", "parameters": [{ "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["201", "400", "401", "403", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { header: $encodeHeader }, body: [["application/json", $jsonBody]] };
const $operation3: ClientOperation = { "name": "getWebhook", "method": "GET", "path": "/api/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "429", "500"], encoders: { path: $encodeSimplePath, header: $encodeHeader } };
const $operation4: ClientOperation = { "name": "deleteWebhook", "method": "DELETE", "path": "/api/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["400", "401", "403", "404", "429", "500", "2XX"], encoders: { path: $encodeSimplePath, header: $encodeHeader } };
const $operation5: ClientOperation = { "name": "updateWebhook", "method": "PATCH", "path": "/api/v1/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { path: $encodeSimplePath, header: $encodeHeader }, body: [["application/json", $jsonBody]] };
const $operation6: ClientOperation = { "name": "rotateWebhookSecret", "method": "POST", "path": "/api/v1/webhooks/{id}/rotate-secret", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { path: $encodeSimplePath, header: $encodeHeader } };
const $operation7: ClientOperation = { "name": "testWebhook", "method": "POST", "path": "/api/v1/webhooks/{id}/test", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "409", "429", "500"], "idempotencyKey": "Idempotency-Key", encoders: { path: $encodeSimplePath, header: $encodeHeader }, body: [["application/json", $jsonBody]] };
const $operation8: ClientOperation = { "name": "listWebhookDeliveries", "method": "GET", "path": "/api/v1/webhooks/{id}/deliveries", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false }, { "name": "limit", "in": "query", "style": "form", "explode": true }, { "name": "starting_after", "in": "query", "style": "form", "explode": true }, { "name": "status", "in": "query", "style": "form", "explode": true }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "403", "404", "429", "500"], encoders: { path: $encodeSimplePath, query: $encodeQuery, header: $encodeHeader } };

/** What each operation's call takes: its parameters by location, its body, and the call's options. */
export interface ClientInputs {
    "listWebhooks": { headers?: types.ListWebhooksHeaders | undefined } & CallOptions;
    "createWebhook": { headers?: types.CreateWebhookHeaders | undefined } & CallOptions & { body: types.CreateWebhookRequestBody };
    "getWebhook": { path: types.GetWebhookPathParams; headers?: types.GetWebhookHeaders | undefined } & CallOptions;
    "deleteWebhook": { path: types.DeleteWebhookPathParams; headers?: types.DeleteWebhookHeaders | undefined } & CallOptions;
    "updateWebhook": { path: types.UpdateWebhookPathParams; headers?: types.UpdateWebhookHeaders | undefined } & CallOptions & { body: types.UpdateWebhookRequestBody };
    "rotateWebhookSecret": { path: types.RotateWebhookSecretPathParams; headers?: types.RotateWebhookSecretHeaders | undefined } & CallOptions;
    "testWebhook": { path: types.TestWebhookPathParams; headers?: types.TestWebhookHeaders | undefined } & CallOptions & { body?: types.TestWebhookRequestBody | undefined };
    "listWebhookDeliveries": { path: types.ListWebhookDeliveriesPathParams; query?: types.ListWebhookDeliveriesQuery | undefined; headers?: types.ListWebhookDeliveriesHeaders | undefined } & CallOptions;
}

/** What each operation's call resolves to: one member per documented status with its body, told apart by `status`. */
export interface ClientResults {
    "listWebhooks": DocumentedResponse<200, types.ListWebhooksResponse200> | DocumentedResponse<400, types.ListWebhooksResponse400> | DocumentedResponse<401, types.ListWebhooksResponse401> | DocumentedResponse<403, types.ListWebhooksResponse403> | DocumentedResponse<429, types.ListWebhooksResponse429> | DocumentedResponse<500, types.ListWebhooksResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 403 | 429 | 500>>;
    "createWebhook": DocumentedResponse<201, types.CreateWebhookResponse201> | DocumentedResponse<400, types.CreateWebhookResponse400> | DocumentedResponse<401, types.CreateWebhookResponse401> | DocumentedResponse<403, types.CreateWebhookResponse403> | DocumentedResponse<409, types.CreateWebhookResponse409> | DocumentedResponse<429, types.CreateWebhookResponse429> | DocumentedResponse<500, types.CreateWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 201 | 400 | 401 | 403 | 409 | 429 | 500>>;
    "getWebhook": DocumentedResponse<200, types.GetWebhookResponse200> | DocumentedResponse<400, types.GetWebhookResponse400> | DocumentedResponse<401, types.GetWebhookResponse401> | DocumentedResponse<403, types.GetWebhookResponse403> | DocumentedResponse<404, types.GetWebhookResponse404> | DocumentedResponse<429, types.GetWebhookResponse429> | DocumentedResponse<500, types.GetWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 403 | 404 | 429 | 500>>;
    "deleteWebhook": DocumentedResponse<400, types.DeleteWebhookResponse400> | DocumentedResponse<401, types.DeleteWebhookResponse401> | DocumentedResponse<403, types.DeleteWebhookResponse403> | DocumentedResponse<404, types.DeleteWebhookResponse404> | DocumentedResponse<429, types.DeleteWebhookResponse429> | DocumentedResponse<500, types.DeleteWebhookResponse500> | DocumentedResponse<Status2XX, undefined> | UndocumentedResponse<Exclude<HttpStatus, 400 | 401 | 403 | 404 | 429 | 500 | Status2XX>>;
    "updateWebhook": DocumentedResponse<200, types.UpdateWebhookResponse200> | DocumentedResponse<400, types.UpdateWebhookResponse400> | DocumentedResponse<401, types.UpdateWebhookResponse401> | DocumentedResponse<403, types.UpdateWebhookResponse403> | DocumentedResponse<404, types.UpdateWebhookResponse404> | DocumentedResponse<409, types.UpdateWebhookResponse409> | DocumentedResponse<429, types.UpdateWebhookResponse429> | DocumentedResponse<500, types.UpdateWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 403 | 404 | 409 | 429 | 500>>;
    "rotateWebhookSecret": DocumentedResponse<200, types.RotateWebhookSecretResponse200> | DocumentedResponse<400, types.RotateWebhookSecretResponse400> | DocumentedResponse<401, types.RotateWebhookSecretResponse401> | DocumentedResponse<403, types.RotateWebhookSecretResponse403> | DocumentedResponse<404, types.RotateWebhookSecretResponse404> | DocumentedResponse<409, types.RotateWebhookSecretResponse409> | DocumentedResponse<429, types.RotateWebhookSecretResponse429> | DocumentedResponse<500, types.RotateWebhookSecretResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 403 | 404 | 409 | 429 | 500>>;
    "testWebhook": DocumentedResponse<200, types.TestWebhookResponse200> | DocumentedResponse<400, types.TestWebhookResponse400> | DocumentedResponse<401, types.TestWebhookResponse401> | DocumentedResponse<403, types.TestWebhookResponse403> | DocumentedResponse<404, types.TestWebhookResponse404> | DocumentedResponse<409, types.TestWebhookResponse409> | DocumentedResponse<429, types.TestWebhookResponse429> | DocumentedResponse<500, types.TestWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 403 | 404 | 409 | 429 | 500>>;
    "listWebhookDeliveries": DocumentedResponse<200, types.ListWebhookDeliveriesResponse200> | DocumentedResponse<400, types.ListWebhookDeliveriesResponse400> | DocumentedResponse<401, types.ListWebhookDeliveriesResponse401> | DocumentedResponse<403, types.ListWebhookDeliveriesResponse403> | DocumentedResponse<404, types.ListWebhookDeliveriesResponse404> | DocumentedResponse<429, types.ListWebhookDeliveriesResponse429> | DocumentedResponse<500, types.ListWebhookDeliveriesResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 403 | 404 | 429 | 500>>;
}

/** What a call of operation `Name` takes. */
export type ClientInput<Name extends keyof ClientInputs> = ClientInputs[Name];
/** What a call of operation `Name` resolves to. */
export type ClientResult<Name extends keyof ClientResults> = ClientResults[Name];

/** The API, one method per operation. */
export interface Client {
    /** GET /api/v1/webhooks: List webhook endpoints */
    "listWebhooks"(input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]>;
    /** POST /api/v1/webhooks: Create a webhook endpoint */
    "createWebhook"(input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]>;
    /** GET /api/v1/webhooks/{id}: Get a webhook endpoint */
    "getWebhook"(input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]>;
    /** DELETE /api/v1/webhooks/{id}: Delete a webhook endpoint */
    "deleteWebhook"(input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]>;
    /** PATCH /api/v1/webhooks/{id}: Update a webhook endpoint */
    "updateWebhook"(input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]>;
    /** POST /api/v1/webhooks/{id}/rotate-secret: Rotate the signing secret */
    "rotateWebhookSecret"(input: ClientInputs["rotateWebhookSecret"]): Promise<ClientResults["rotateWebhookSecret"]>;
    /** POST /api/v1/webhooks/{id}/test: Send a synthetic test event */
    "testWebhook"(input: ClientInputs["testWebhook"]): Promise<ClientResults["testWebhook"]>;
    /** GET /api/v1/webhooks/{id}/deliveries: List deliveries for an endpoint */
    "listWebhookDeliveries"(input: ClientInputs["listWebhookDeliveries"]): Promise<ClientResults["listWebhookDeliveries"]>;
}

/** A client of the API with one method per operation. Throws a `TypeError` naming the option at fault (a `baseUrl` that is not an absolute URL, say). */
export function createClient(options?: ClientOptions): Client {
    return $bindOperations($connection($descriptor, { ...options, endpoints: options?.endpoints ?? $endpoints }, $clientChecks), { "listWebhooks": $operation1, "createWebhook": $operation2, "getWebhook": $operation3, "deleteWebhook": $operation4, "updateWebhook": $operation5, "rotateWebhookSecret": $operation6, "testWebhook": $operation7, "listWebhookDeliveries": $operation8 }) as unknown as Client;
}

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export function connect(options?: ClientOptions): Connection {
    return $connection($descriptor, options);
}

/**
 * GET /api/v1/webhooks: List webhook endpoints
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export function listWebhooks(client: Connection, input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]> {
    return $call(client, $operation1, input) as Promise<ClientResults["listWebhooks"]>;
}

/**
 * POST /api/v1/webhooks: Create a webhook endpoint
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export function createWebhook(client: Connection, input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]> {
    return $call(client, $operation2, input) as Promise<ClientResults["createWebhook"]>;
}

/**
 * GET /api/v1/webhooks/{id}: Get a webhook endpoint
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export function getWebhook(client: Connection, input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]> {
    return $call(client, $operation3, input) as Promise<ClientResults["getWebhook"]>;
}

/**
 * DELETE /api/v1/webhooks/{id}: Delete a webhook endpoint
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export function deleteWebhook(client: Connection, input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]> {
    return $call(client, $operation4, input) as Promise<ClientResults["deleteWebhook"]>;
}

/**
 * PATCH /api/v1/webhooks/{id}: Update a webhook endpoint
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export function updateWebhook(client: Connection, input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]> {
    return $call(client, $operation5, input) as Promise<ClientResults["updateWebhook"]>;
}

/**
 * POST /api/v1/webhooks/{id}/rotate-secret: Rotate the signing secret
 *
 * Sends rotateWebhookSecret through a connection made by `connect`.
 */
export function rotateWebhookSecret(client: Connection, input: ClientInputs["rotateWebhookSecret"]): Promise<ClientResults["rotateWebhookSecret"]> {
    return $call(client, $operation6, input) as Promise<ClientResults["rotateWebhookSecret"]>;
}

/**
 * POST /api/v1/webhooks/{id}/test: Send a synthetic test event
 *
 * Sends testWebhook through a connection made by `connect`.
 */
export function testWebhook(client: Connection, input: ClientInputs["testWebhook"]): Promise<ClientResults["testWebhook"]> {
    return $call(client, $operation7, input) as Promise<ClientResults["testWebhook"]>;
}

/**
 * GET /api/v1/webhooks/{id}/deliveries: List deliveries for an endpoint
 *
 * Sends listWebhookDeliveries through a connection made by `connect`.
 */
export function listWebhookDeliveries(client: Connection, input: ClientInputs["listWebhookDeliveries"]): Promise<ClientResults["listWebhookDeliveries"]> {
    return $call(client, $operation8, input) as Promise<ClientResults["listWebhookDeliveries"]>;
}
