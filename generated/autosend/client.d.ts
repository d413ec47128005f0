import type { BinaryBody, CallOptions, ClientOptions, Connection, DocumentedResponse, UndocumentedResponse } from "./runtime/client-runtime.js";
import type { HttpStatus, Status2XX } from "./runtime/http-status.js";
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
export declare function createClient(options?: ClientOptions): Client;

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export declare function connect(options?: ClientOptions): Connection;

/**
 * GET /webhooks: List webhooks
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export declare function listWebhooks(client: Connection, input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]>;

/**
 * POST /webhooks: Create a webhook
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export declare function createWebhook(client: Connection, input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]>;

/**
 * GET /webhooks/{id}: Get a webhook
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export declare function getWebhook(client: Connection, input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]>;

/**
 * PUT /webhooks/{id}: Update a webhook
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export declare function updateWebhook(client: Connection, input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]>;

/**
 * DELETE /webhooks/{id}: Delete a webhook
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export declare function deleteWebhook(client: Connection, input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]>;
