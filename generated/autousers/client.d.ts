import type { BinaryBody, CallOptions, ClientOptions, Connection, DocumentedResponse, UndocumentedResponse } from "./runtime/client-runtime.js";
import type { HttpStatus, Status2XX } from "./runtime/http-status.js";
import type * as types from "./types.js";

export { ClientError, type ClientOptions, type RetryOptions, type CallOptions, type ClientErrorKind, type Connection, type DocumentedResponse, type UndocumentedResponse, type FetchFunction, type BinaryBody } from "./runtime/client-runtime.js";

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
export declare function createClient(options?: ClientOptions): Client;

/** A connection for the functions of this module, one per operation: a bundle keeps only those it uses. It makes no checks (`validateRequests`, `validateResponses`): `createClient` does. */
export declare function connect(options?: ClientOptions): Connection;

/**
 * GET /api/v1/webhooks: List webhook endpoints
 *
 * Sends listWebhooks through a connection made by `connect`.
 */
export declare function listWebhooks(client: Connection, input?: ClientInputs["listWebhooks"]): Promise<ClientResults["listWebhooks"]>;

/**
 * POST /api/v1/webhooks: Create a webhook endpoint
 *
 * Sends createWebhook through a connection made by `connect`.
 */
export declare function createWebhook(client: Connection, input: ClientInputs["createWebhook"]): Promise<ClientResults["createWebhook"]>;

/**
 * GET /api/v1/webhooks/{id}: Get a webhook endpoint
 *
 * Sends getWebhook through a connection made by `connect`.
 */
export declare function getWebhook(client: Connection, input: ClientInputs["getWebhook"]): Promise<ClientResults["getWebhook"]>;

/**
 * DELETE /api/v1/webhooks/{id}: Delete a webhook endpoint
 *
 * Sends deleteWebhook through a connection made by `connect`.
 */
export declare function deleteWebhook(client: Connection, input: ClientInputs["deleteWebhook"]): Promise<ClientResults["deleteWebhook"]>;

/**
 * PATCH /api/v1/webhooks/{id}: Update a webhook endpoint
 *
 * Sends updateWebhook through a connection made by `connect`.
 */
export declare function updateWebhook(client: Connection, input: ClientInputs["updateWebhook"]): Promise<ClientResults["updateWebhook"]>;

/**
 * POST /api/v1/webhooks/{id}/rotate-secret: Rotate the signing secret
 *
 * Sends rotateWebhookSecret through a connection made by `connect`.
 */
export declare function rotateWebhookSecret(client: Connection, input: ClientInputs["rotateWebhookSecret"]): Promise<ClientResults["rotateWebhookSecret"]>;

/**
 * POST /api/v1/webhooks/{id}/test: Send a synthetic test event
 *
 * Sends testWebhook through a connection made by `connect`.
 */
export declare function testWebhook(client: Connection, input: ClientInputs["testWebhook"]): Promise<ClientResults["testWebhook"]>;

/**
 * GET /api/v1/webhooks/{id}/deliveries: List deliveries for an endpoint
 *
 * Sends listWebhookDeliveries through a connection made by `connect`.
 */
export declare function listWebhookDeliveries(client: Connection, input: ClientInputs["listWebhookDeliveries"]): Promise<ClientResults["listWebhookDeliveries"]>;
