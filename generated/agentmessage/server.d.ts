import type { AnswerHeaders, HandlerAuth, HandlerOptions, WebHandler, WebRequest } from "./runtime/server-runtime.js";
import type * as types from "./types.js";

/** The API's operations, by name: each receives the parsed, validated request and answers a documented status. */
export interface Handlers {
    /** GET /v1/webhooks: List your webhook endpoints */
    "listWebhooks": (input: HandlerInputs["listWebhooks"]) => Promise<HandlerResults["listWebhooks"]>;
    /** POST /v1/webhooks: Create a webhook endpoint */
    "createWebhook": (input: HandlerInputs["createWebhook"]) => Promise<HandlerResults["createWebhook"]>;
    /** GET /v1/webhooks/{id}: Get a webhook endpoint */
    "getWebhook": (input: HandlerInputs["getWebhook"]) => Promise<HandlerResults["getWebhook"]>;
    /** DELETE /v1/webhooks/{id}: Delete a webhook endpoint */
    "deleteWebhook": (input: HandlerInputs["deleteWebhook"]) => Promise<HandlerResults["deleteWebhook"]>;
    /** PATCH /v1/webhooks/{id}: Update a webhook endpoint */
    "updateWebhook": (input: HandlerInputs["updateWebhook"]) => Promise<HandlerResults["updateWebhook"]>;
    /** POST /v1/webhooks/{id}/rotate-secret: Rotate an endpoint's signing secret */
    "rotateWebhookSecret": (input: HandlerInputs["rotateWebhookSecret"]) => Promise<HandlerResults["rotateWebhookSecret"]>;
}

/** What each operation's handler receives: parameters and body parsed, validated, with the schemas' defaults. */
export interface HandlerInputs {
    "listWebhooks": { path: Record<string, never>; query: types.ListWebhooksQueryReceived; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "createWebhook": { path: Record<string, never>; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.CreateWebhookRequestBodyReceived; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "getWebhook": { path: types.GetWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "deleteWebhook": { path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "updateWebhook": { path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.UpdateWebhookRequestBodyReceived; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "rotateWebhookSecret": { path: types.RotateWebhookSecretPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
}

/** What each operation's handler may answer: a documented status with that status's body. */
export interface HandlerResults {
    "listWebhooks": { status: 200; body: types.ListWebhooksResponse200; headers?: AnswerHeaders } | { status: 401; body: types.ListWebhooksResponse401; headers?: AnswerHeaders } | { status: 403; body: types.ListWebhooksResponse403; headers?: AnswerHeaders } | { status: 422; body: types.ListWebhooksResponse422; headers?: AnswerHeaders } | { status: 429; body: types.ListWebhooksResponse429; headers?: AnswerHeaders };
    "createWebhook": { status: 201; body: types.CreateWebhookResponse201; headers?: AnswerHeaders } | { status: 400; body: types.CreateWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.CreateWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.CreateWebhookResponse403; headers?: AnswerHeaders } | { status: 409; body: types.CreateWebhookResponse409; headers?: AnswerHeaders } | { status: 422; body: types.CreateWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.CreateWebhookResponse429; headers?: AnswerHeaders };
    "getWebhook": { status: 200; body: types.GetWebhookResponse200; headers?: AnswerHeaders } | { status: 401; body: types.GetWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.GetWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.GetWebhookResponse404; headers?: AnswerHeaders } | { status: 422; body: types.GetWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.GetWebhookResponse429; headers?: AnswerHeaders };
    "deleteWebhook": { status: 204; body?: undefined; headers?: AnswerHeaders } | { status: 401; body: types.DeleteWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.DeleteWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.DeleteWebhookResponse404; headers?: AnswerHeaders } | { status: 422; body: types.DeleteWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.DeleteWebhookResponse429; headers?: AnswerHeaders };
    "updateWebhook": { status: 200; body: types.UpdateWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.UpdateWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.UpdateWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.UpdateWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.UpdateWebhookResponse404; headers?: AnswerHeaders } | { status: 422; body: types.UpdateWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.UpdateWebhookResponse429; headers?: AnswerHeaders };
    "rotateWebhookSecret": { status: 200; body: types.RotateWebhookSecretResponse200; headers?: AnswerHeaders } | { status: 401; body: types.RotateWebhookSecretResponse401; headers?: AnswerHeaders } | { status: 403; body: types.RotateWebhookSecretResponse403; headers?: AnswerHeaders } | { status: 404; body: types.RotateWebhookSecretResponse404; headers?: AnswerHeaders } | { status: 422; body: types.RotateWebhookSecretResponse422; headers?: AnswerHeaders } | { status: 429; body: types.RotateWebhookSecretResponse429; headers?: AnswerHeaders };
}

/** What the handler of operation `Name` receives. */
export type HandlerInput<Name extends keyof Handlers> = HandlerInputs[Name];
/** What the handler of operation `Name` may answer. */
export type HandlerResult<Name extends keyof Handlers> = HandlerResults[Name];

/** The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec's error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have. */
export declare function createHandler(handlers: Partial<Handlers>, options?: HandlerOptions): WebHandler;
