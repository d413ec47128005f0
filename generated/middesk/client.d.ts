import type { BinaryBody, CallOptions, ClientOptions, Connection, DocumentedResponse, UndocumentedResponse } from "./runtime/client-runtime.js";
import type { HttpStatus } from "./runtime/http-status.js";
import type * as types from "./types.js";

export { ClientError, type ClientOptions, type RetryOptions, type CallOptions, type ClientErrorKind, type Connection, type DocumentedResponse, type UndocumentedResponse, type FetchFunction, type BinaryBody } from "./runtime/client-runtime.js";

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
    "listWebhooks": DocumentedResponse<200, types.ListWebhooksResponse200> | DocumentedResponse<400, types.ListWebhooksResponse400> | DocumentedResponse<401, types.ListWebhooksResponse401> | DocumentedResponse<422, types.ListWebhooksResponse422> | DocumentedResponse<429, types.ListWebhooksResponse429> | DocumentedResponse<500, types.ListWebhooksResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 422 | 429 | 500>>;
    "createWebhook": DocumentedResponse<201, types.CreateWebhookResponse201> | DocumentedResponse<400, types.CreateWebhookResponse400> | DocumentedResponse<401, types.CreateWebhookResponse401> | DocumentedResponse<422, types.CreateWebhookResponse422> | DocumentedResponse<429, types.CreateWebhookResponse429> | DocumentedResponse<500, types.CreateWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 201 | 400 | 401 | 422 | 429 | 500>>;
    "getWebhook": DocumentedResponse<200, types.GetWebhookResponse200> | DocumentedResponse<400, types.GetWebhookResponse400> | DocumentedResponse<401, types.GetWebhookResponse401> | DocumentedResponse<404, types.GetWebhookResponse404> | DocumentedResponse<422, types.GetWebhookResponse422> | DocumentedResponse<429, types.GetWebhookResponse429> | DocumentedResponse<500, types.GetWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 404 | 422 | 429 | 500>>;
    "updateWebhook": DocumentedResponse<200, types.UpdateWebhookResponse200> | DocumentedResponse<400, types.UpdateWebhookResponse400> | DocumentedResponse<401, types.UpdateWebhookResponse401> | DocumentedResponse<404, types.UpdateWebhookResponse404> | DocumentedResponse<422, types.UpdateWebhookResponse422> | DocumentedResponse<429, types.UpdateWebhookResponse429> | DocumentedResponse<500, types.UpdateWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 404 | 422 | 429 | 500>>;
    "deleteWebhook": DocumentedResponse<200, types.DeleteWebhookResponse200> | DocumentedResponse<400, types.DeleteWebhookResponse400> | DocumentedResponse<401, types.DeleteWebhookResponse401> | DocumentedResponse<404, types.DeleteWebhookResponse404> | DocumentedResponse<422, types.DeleteWebhookResponse422> | DocumentedResponse<429, types.DeleteWebhookResponse429> | DocumentedResponse<500, types.DeleteWebhookResponse500> | UndocumentedResponse<Exclude<HttpStatus, 200 | 400 | 401 | 404 | 422 | 429 | 500>>;
}

/** What a call of operation `Name` takes. */
export type ClientInput<Name extends keyof ClientInputs> = ClientInputs[Name];
/** What a call of operation `Name` resolves to. */
export type ClientResult<Name extends keyof ClientResults> = ClientResults[Name];

/** The API, one method per operation. */
export interface Client {
    /** GET /v1/webhooks: List webhooks */
    "listWebhooks"(input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]>;
    /** POST /v1/webhooks: Create a webhook */
    "createWebhook"(input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]>;
    /** GET /v1/webhooks/{id}: Get a webhook */
    "getWebhook"(input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]>;
    /** PUT /v1/webhooks/{id}: Update a webhook */
    "updateWebhook"(input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]>;
    /** DELETE /v1/webhooks/{id}: Delete a webhook */
    "deleteWebhook"(input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]>;
}

/** A client of the API with one method per operation. Throws a `TypeError` naming the option at fault (a `baseUrl` that is not an absolute URL, say). */
export declare function createClient(options?: ClientOptions): Client;

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export declare function connect(options?: ClientOptions): Connection;

/**
 * GET /v1/webhooks: List webhooks
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export declare function listWebhooks(client: Connection, input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]>;

/**
 * POST /v1/webhooks: Create a webhook
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export declare function createWebhook(client: Connection, input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]>;

/**
 * GET /v1/webhooks/{id}: Get a webhook
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export declare function getWebhook(client: Connection, input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]>;

/**
 * PUT /v1/webhooks/{id}: Update a webhook
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export declare function updateWebhook(client: Connection, input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]>;

/**
 * DELETE /v1/webhooks/{id}: Delete a webhook
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export declare function deleteWebhook(client: Connection, input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]>;
