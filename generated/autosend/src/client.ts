import { bearerCredential as $bearerCredential, bindOperations as $bindOperations, call as $call, clientChecks as $clientChecks, connection as $connection, type BinaryBody, type CallOptions, type ClientDescriptor, type ClientOperation, type ClientOptions, type Connection, type DocumentedResponse, type UndocumentedResponse, type WebFormData } from "./runtime/client-runtime.js";
import { encodeSimplePath as $encodeSimplePath, encodeQuery as $encodeQuery, jsonBody as $jsonBody } from "./runtime/request-encoding.js";
import type { HttpStatus, Status2XX } from "./runtime/http-status.js";
import { endpoints as $endpoints } from "./endpoints.js";
import type * as types from "../types.js";
export { ClientError, type ClientOptions, type RetryOptions, type CallOptions, type ClientErrorKind, type Connection, type DocumentedResponse, type UndocumentedResponse, type FetchFunction, type BinaryBody } from "./runtime/client-runtime.js";
const $descriptor: ClientDescriptor = { baseUrl: "https://api.autosend.com/v1", schemes: { "bearerAuth": { "type": "http", "scheme": "bearer", credential: $bearerCredential } } };
const $operation1: ClientOperation = { "name": "listWebhooks", "method": "GET", "path": "/webhooks", "parameters": [{ "name": "isActive", "in": "query", "style": "form", "explode": true }, { "name": "page", "in": "query", "style": "form", "explode": true }, { "name": "limit", "in": "query", "style": "form", "explode": true }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "429"], encoders: { query: $encodeQuery } };
const $operation2: ClientOperation = { "name": "createWebhook", "method": "POST", "path": "/webhooks", "parameters": [], "security": [["bearerAuth"]], "statuses": ["201", "400", "401", "429"], encoders: {  }, body: [["application/json", $jsonBody]] };
const $operation3: ClientOperation = { "name": "getWebhook", "method": "GET", "path": "/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "404", "429"], encoders: { path: $encodeSimplePath } };
const $operation4: ClientOperation = { "name": "updateWebhook", "method": "PUT", "path": "/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["200", "400", "401", "404", "429"], encoders: { path: $encodeSimplePath }, body: [["application/json", $jsonBody]] };
const $operation5: ClientOperation = { "name": "deleteWebhook", "method": "DELETE", "path": "/webhooks/{id}", "parameters": [{ "name": "id", "in": "path", "style": "simple", "explode": false }], "security": [["bearerAuth"]], "statuses": ["400", "401", "404", "429", "2XX"], encoders: { path: $encodeSimplePath } };

/** What each operation's call takes: its parameters by location, its body, and the call's options. */
export interface ClientInputs {
    "listWebhooks": { query?: types.ListWebhooksQuery | undefined } & CallOptions;
    "createWebhook": CallOptions & { body: types.CreateWebhookRequestBody };
    "getWebhook": { path: types.GetWebhookPathParams } & CallOptions;
    "updateWebhook": { path: types.UpdateWebhookPathParams } & CallOptions & { body: types.UpdateWebhookRequestBody };
    "deleteWebhook": { path: types.DeleteWebhookPathParams } & CallOptions;
}

/** What each operation's call resolves to: one member per documented status with its body, told apart by `status`. */
export interface ClientResults {
    "listWebhooks": DocumentedResponse<200, types.ListWebhooksResponse200> | DocumentedResponse<400, types.ListWebhooksResponse400> | DocumentedResponse<401, types.ListWebhooksResponse401> | DocumentedResponse<429, types.ListWebhooksResponse429> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 429>>;
    "createWebhook": DocumentedResponse<201, types.CreateWebhookResponse201> | DocumentedResponse<400, types.CreateWebhookResponse400> | DocumentedResponse<401, types.CreateWebhookResponse401> | DocumentedResponse<429, types.CreateWebhookResponse429> | UndocumentedResponse<Exclude<HttpStatus, 201 | 400 | 401 | 429>>;
    "getWebhook": DocumentedResponse<200, types.GetWebhookResponse200> | DocumentedResponse<400, types.GetWebhookResponse400> | DocumentedResponse<401, types.GetWebhookResponse401> | DocumentedResponse<404, types.GetWebhookResponse404> | DocumentedResponse<429, types.GetWebhookResponse429> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 404 | 429>>;
    "updateWebhook": DocumentedResponse<200, types.UpdateWebhookResponse200> | DocumentedResponse<400, types.UpdateWebhookResponse400> | DocumentedResponse<401, types.UpdateWebhookResponse401> | DocumentedResponse<404, types.UpdateWebhookResponse404> | DocumentedResponse<429, types.UpdateWebhookResponse429> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 404 | 429>>;
    "deleteWebhook": DocumentedResponse<400, types.DeleteWebhookResponse400> | DocumentedResponse<401, types.DeleteWebhookResponse401> | DocumentedResponse<404, types.DeleteWebhookResponse404> | DocumentedResponse<429, types.DeleteWebhookResponse429> | DocumentedResponse<Status2XX, undefined> | UndocumentedResponse<Exclude<HttpStatus, 400 | 401 | 404 | 429 | Status2XX>>;
}

/** What a call of operation `Name` takes. */
export type ClientInput<Name extends keyof ClientInputs> = ClientInputs[Name];
/** What a call of operation `Name` resolves to. */
export type ClientResult<Name extends keyof ClientResults> = ClientResults[Name];

/** The API, one method per operation. */
export interface Client {
    /** GET /webhooks: List webhooks */
    "listWebhooks"(input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]>;
    /** POST /webhooks: Create a webhook */
    "createWebhook"(input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]>;
    /** GET /webhooks/{id}: Get a webhook */
    "getWebhook"(input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]>;
    /** PUT /webhooks/{id}: Update a webhook */
    "updateWebhook"(input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]>;
    /** DELETE /webhooks/{id}: Delete a webhook */
    "deleteWebhook"(input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]>;
}

/** A client of the API with one method per operation. Throws a `TypeError` naming the option at fault (a `baseUrl` that is not an absolute URL, say). */
export function createClient(options?: ClientOptions): Client {
    return $bindOperations($connection($descriptor, { ...options, endpoints: options?.endpoints ?? $endpoints }, $clientChecks), { "listWebhooks": $operation1, "createWebhook": $operation2, "getWebhook": $operation3, "updateWebhook": $operation4, "deleteWebhook": $operation5 }) as unknown as Client;
}

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export function connect(options?: ClientOptions): Connection {
    return $connection($descriptor, options);
}

/**
 * GET /webhooks: List webhooks
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export function listWebhooks(client: Connection, input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]> {
    return $call(client, $operation1, input) as Promise<ClientResults["listWebhooks"]>;
}

/**
 * POST /webhooks: Create a webhook
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export function createWebhook(client: Connection, input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]> {
    return $call(client, $operation2, input) as Promise<ClientResults["createWebhook"]>;
}

/**
 * GET /webhooks/{id}: Get a webhook
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export function getWebhook(client: Connection, input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]> {
    return $call(client, $operation3, input) as Promise<ClientResults["getWebhook"]>;
}

/**
 * PUT /webhooks/{id}: Update a webhook
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export function updateWebhook(client: Connection, input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]> {
    return $call(client, $operation4, input) as Promise<ClientResults["updateWebhook"]>;
}

/**
 * DELETE /webhooks/{id}: Delete a webhook
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export function deleteWebhook(client: Connection, input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]> {
    return $call(client, $operation5, input) as Promise<ClientResults["deleteWebhook"]>;
}
