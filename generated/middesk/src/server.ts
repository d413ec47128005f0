import { createServerCore, webHandler, type AnswerHeaders, type HandlerAuth, type HandlerOptions, type ServerDescriptor, type Status1XX, type Status2XX, type Status3XX, type Status4XX, type Status5XX, type WebHandler, type WebRequest } from "./runtime/server-runtime.js";
import { endpoints } from "./endpoints.js";
import type * as types from "../types.js";
import type { ErrorAnswer, ErrorAnswers } from "./runtime/error-answers.js";
/** Error answers of the spec, each written once. */
const answers = {
  a1: { "status": 422, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"A parameter was not formatted correctly\",\"parameter\":\"url\"}]}", "fill": [[["errors"], { "keys": { "message": "message", "parameter": "field" } }]] },
  a2: { "status": 400, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a3: { "status": 401, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"Invalid API key\"}]}", "fill": [] },
  a4: { "status": 403, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a5: { "status": 404, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"Webhook not found\"}]}", "fill": [] },
  a6: { "status": 404, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a7: { "status": 405, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a8: { "status": 413, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a9: { "status": 415, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a10: { "status": 500, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
  a11: { "status": 501, "contentType": "application/json", "body": "{\"errors\":[{\"message\":\"The request was unacceptable\"}]}", "fill": [[["errors", "0", "message"], "message"]] },
} satisfies { readonly [key: string]: ErrorAnswer };
/** The error answer of every kind, for the operations that share them. */
const answerSets = {
  s1: { invalidRequest: answers.a1, malformedRequest: answers.a2, unauthenticated: answers.a3, missingScope: answers.a4, notFound: answers.a5, routeNotFound: answers.a6, methodNotAllowed: answers.a7, payloadTooLarge: answers.a8, unsupportedMediaType: answers.a9, internalError: answers.a10, notImplemented: answers.a11 },
} satisfies { readonly [key: string]: ErrorAnswers };
const server: ServerDescriptor = {
  basePath: "",
  routes: { "literal": { "v1": { "literal": { "webhooks": { "methods": { "GET": { "operation": "listWebhooks", "parameters": [] }, "POST": { "operation": "createWebhook", "parameters": [] } }, "parameter": { "methods": { "GET": { "operation": "getWebhook", "parameters": ["id"] }, "PUT": { "operation": "updateWebhook", "parameters": ["id"] }, "DELETE": { "operation": "deleteWebhook", "parameters": ["id"] } } } } } } } },
  schemes: { "bearerAuth": { "type": "http", "scheme": "bearer" } },
  errors: answerSets.s1,
  operations: {
    "listWebhooks": {
      endpoint: endpoints["listWebhooks"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "422": "application/json", "429": "application/json", "500": "application/json" },
    },
    "createWebhook": {
      endpoint: endpoints["createWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "201": "application/json", "400": "application/json", "401": "application/json", "422": "application/json", "429": "application/json", "500": "application/json" },
    },
    "getWebhook": {
      endpoint: endpoints["getWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "404": "application/json", "422": "application/json", "429": "application/json", "500": "application/json" },
    },
    "updateWebhook": {
      endpoint: endpoints["updateWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "404": "application/json", "422": "application/json", "429": "application/json", "500": "application/json" },
    },
    "deleteWebhook": {
      endpoint: endpoints["deleteWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "404": "application/json", "422": "application/json", "429": "application/json", "500": "application/json" },
    },
  },
};

/** The API's operations, by name: each receives the parsed, validated request and answers a documented status. */
export interface Handlers {
    /** GET /v1/webhooks: List webhooks */
    "listWebhooks": (input: HandlerInputs["listWebhooks"]) => Promise<HandlerResults["listWebhooks"]>;
    /** POST /v1/webhooks: Create a webhook */
    "createWebhook": (input: HandlerInputs["createWebhook"]) => Promise<HandlerResults["createWebhook"]>;
    /** GET /v1/webhooks/{id}: Get a webhook */
    "getWebhook": (input: HandlerInputs["getWebhook"]) => Promise<HandlerResults["getWebhook"]>;
    /** PUT /v1/webhooks/{id}: Update a webhook */
    "updateWebhook": (input: HandlerInputs["updateWebhook"]) => Promise<HandlerResults["updateWebhook"]>;
    /** DELETE /v1/webhooks/{id}: Delete a webhook */
    "deleteWebhook": (input: HandlerInputs["deleteWebhook"]) => Promise<HandlerResults["deleteWebhook"]>;
}

/** What each operation's handler receives: parameters and body parsed, validated, with the schemas' defaults. */
export interface HandlerInputs {
    "listWebhooks": { path: Record<string, never>; query: types.ListWebhooksQueryReceived; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "createWebhook": { path: Record<string, never>; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.CreateWebhookRequestBody; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "getWebhook": { path: types.GetWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "updateWebhook": { path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.UpdateWebhookRequestBody; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "deleteWebhook": { path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
}

/** What each operation's handler may answer: a documented status with that status's body. */
export interface HandlerResults {
    "listWebhooks": { status: 200; body: types.ListWebhooksResponse200; headers?: AnswerHeaders } | { status: 400; body: types.ListWebhooksResponse400; headers?: AnswerHeaders } | { status: 401; body: types.ListWebhooksResponse401; headers?: AnswerHeaders } | { status: 422; body: types.ListWebhooksResponse422; headers?: AnswerHeaders } | { status: 429; body: types.ListWebhooksResponse429; headers?: AnswerHeaders } | { status: 500; body: types.ListWebhooksResponse500; headers?: AnswerHeaders };
    "createWebhook": { status: 201; body: types.CreateWebhookResponse201; headers?: AnswerHeaders } | { status: 400; body: types.CreateWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.CreateWebhookResponse401; headers?: AnswerHeaders } | { status: 422; body: types.CreateWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.CreateWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.CreateWebhookResponse500; headers?: AnswerHeaders };
    "getWebhook": { status: 200; body: types.GetWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.GetWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.GetWebhookResponse401; headers?: AnswerHeaders } | { status: 404; body: types.GetWebhookResponse404; headers?: AnswerHeaders } | { status: 422; body: types.GetWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.GetWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.GetWebhookResponse500; headers?: AnswerHeaders };
    "updateWebhook": { status: 200; body: types.UpdateWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.UpdateWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.UpdateWebhookResponse401; headers?: AnswerHeaders } | { status: 404; body: types.UpdateWebhookResponse404; headers?: AnswerHeaders } | { status: 422; body: types.UpdateWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.UpdateWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.UpdateWebhookResponse500; headers?: AnswerHeaders };
    "deleteWebhook": { status: 200; body: types.DeleteWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.DeleteWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.DeleteWebhookResponse401; headers?: AnswerHeaders } | { status: 404; body: types.DeleteWebhookResponse404; headers?: AnswerHeaders } | { status: 422; body: types.DeleteWebhookResponse422; headers?: AnswerHeaders } | { status: 429; body: types.DeleteWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.DeleteWebhookResponse500; headers?: AnswerHeaders };
}

/** What the handler of operation `Name` receives. */
export type HandlerInput<Name extends keyof Handlers> = HandlerInputs[Name];
/** What the handler of operation `Name` may answer. */
export type HandlerResult<Name extends keyof Handlers> = HandlerResults[Name];

/** The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec's error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have. */
export function createHandler(handlers: Partial<Handlers>, options?: HandlerOptions): WebHandler {
    return webHandler(createServerCore(server, handlers as never, options));
}
