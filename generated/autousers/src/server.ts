import { createServerCore, webHandler, type AnswerHeaders, type HandlerAuth, type HandlerOptions, type ServerDescriptor, type Status1XX, type Status2XX, type Status3XX, type Status4XX, type Status5XX, type WebHandler, type WebRequest } from "./runtime/server-runtime.js";
import { endpoints } from "./endpoints.js";
import type * as types from "../types.js";
import type { ErrorAnswer, ErrorAnswers } from "./runtime/error-answers.js";
/** Error answers of the spec, each written once. */
const answers = {
  a1: { "status": 400, "contentType": "application/json", "body": "{\"error\":{\"message\":\"validation failed\",\"type\":\"invalid_request_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "param"], "field"], [["error", "request_id"], "requestId"]] },
  a2: { "status": 401, "contentType": "application/json", "body": "{\"error\":{\"message\":\"Invalid API key provided.\",\"type\":\"authentication_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"]] },
  a3: { "status": 403, "contentType": "application/json", "body": "{\"error\":{\"message\":\"This API key is missing the required scope.\",\"type\":\"authorization_error\",\"code\":\"missing_required_scope\",\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "request_id"], "requestId"]] },
  a4: { "status": 404, "contentType": "application/json", "body": "{\"error\":{\"message\":\"No such webhook endpoint.\",\"type\":\"not_found_error\",\"code\":null,\"param\":\"id\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"]] },
  a5: { "status": 404, "contentType": "application/json", "body": "{\"error\":{\"message\":\"Unrecognized request URL.\",\"type\":\"not_found_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "request_id"], "requestId"]] },
  a6: { "status": 405, "contentType": "application/json", "body": "{\"error\":{\"message\":\"validation failed\",\"type\":\"invalid_request_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "param"], "field"], [["error", "request_id"], "requestId"]] },
  a7: { "status": 413, "contentType": "application/json", "body": "{\"error\":{\"message\":\"validation failed\",\"type\":\"invalid_request_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "param"], "field"], [["error", "request_id"], "requestId"]] },
  a8: { "status": 415, "contentType": "application/json", "body": "{\"error\":{\"message\":\"validation failed\",\"type\":\"invalid_request_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "param"], "field"], [["error", "request_id"], "requestId"]] },
  a9: { "status": 500, "contentType": "application/json", "body": "{\"error\":{\"message\":\"Something went wrong on our side.\",\"type\":\"api_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"]] },
  a10: { "status": 501, "contentType": "application/json", "body": "{\"error\":{\"message\":\"validation failed\",\"type\":\"invalid_request_error\",\"code\":null,\"param\":null,\"request_id\":\"\"}}", "fill": [[["error", "message"], "message"], [["error", "param"], "field"], [["error", "request_id"], "requestId"]] },
} satisfies { readonly [key: string]: ErrorAnswer };
/** The error answer of every kind, for the operations that share them. */
const answerSets = {
  s1: { invalidRequest: answers.a1, malformedRequest: answers.a1, unauthenticated: answers.a2, missingScope: answers.a3, notFound: answers.a4, routeNotFound: answers.a5, methodNotAllowed: answers.a6, payloadTooLarge: answers.a7, unsupportedMediaType: answers.a8, internalError: answers.a9, notImplemented: answers.a10 },
} satisfies { readonly [key: string]: ErrorAnswers };
const server: ServerDescriptor = {
  basePath: "",
  routes: { "literal": { "api": { "literal": { "v1": { "literal": { "webhooks": { "methods": { "GET": { "operation": "listWebhooks", "parameters": [] }, "POST": { "operation": "createWebhook", "parameters": [] } }, "parameter": { "methods": { "GET": { "operation": "getWebhook", "parameters": ["id"] }, "DELETE": { "operation": "deleteWebhook", "parameters": ["id"] }, "PATCH": { "operation": "updateWebhook", "parameters": ["id"] } }, "literal": { "rotate-secret": { "methods": { "POST": { "operation": "rotateWebhookSecret", "parameters": ["id"] } } }, "test": { "methods": { "POST": { "operation": "testWebhook", "parameters": ["id"] } } }, "deliveries": { "methods": { "GET": { "operation": "listWebhookDeliveries", "parameters": ["id"] } } } } } } } } } } } },
  schemes: { "bearerAuth": { "type": "http", "scheme": "bearer" } },
  errors: answerSets.s1,
  requestIdHeader: "X-Request-Id",
  operations: {
    "listWebhooks": {
      endpoint: endpoints["listWebhooks"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:read"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "createWebhook": {
      endpoint: endpoints["createWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "201": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "409": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "getWebhook": {
      endpoint: endpoints["getWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:read"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "deleteWebhook": {
      endpoint: endpoints["deleteWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      errors: answerSets.s1,
      media: { "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "updateWebhook": {
      endpoint: endpoints["updateWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "409": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "rotateWebhookSecret": {
      endpoint: endpoints["rotateWebhookSecret"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "409": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "testWebhook": {
      endpoint: endpoints["testWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "409": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
    "listWebhookDeliveries": {
      endpoint: endpoints["listWebhookDeliveries"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:read"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "429": "application/json", "500": "application/json" },
      requestIdHeader: "X-Request-Id",
    },
  },
};

/** The API's operations, by name: each receives the parsed, validated request and answers a documented status. */
export interface Handlers {
    /** GET /api/v1/webhooks: List webhook endpoints */
    "listWebhooks": (input: HandlerInputs["listWebhooks"]) => Promise<HandlerResults["listWebhooks"]>;
    /** POST /api/v1/webhooks: Create a webhook endpoint */
    "createWebhook": (input: HandlerInputs["createWebhook"]) => Promise<HandlerResults["createWebhook"]>;
    /** GET /api/v1/webhooks/{id}: Get a webhook endpoint */
    "getWebhook": (input: HandlerInputs["getWebhook"]) => Promise<HandlerResults["getWebhook"]>;
    /** DELETE /api/v1/webhooks/{id}: Delete a webhook endpoint */
    "deleteWebhook": (input: HandlerInputs["deleteWebhook"]) => Promise<HandlerResults["deleteWebhook"]>;
    /** PATCH /api/v1/webhooks/{id}: Update a webhook endpoint */
    "updateWebhook": (input: HandlerInputs["updateWebhook"]) => Promise<HandlerResults["updateWebhook"]>;
    /** POST /api/v1/webhooks/{id}/rotate-secret: Rotate the signing secret */
    "rotateWebhookSecret": (input: HandlerInputs["rotateWebhookSecret"]) => Promise<HandlerResults["rotateWebhookSecret"]>;
    /** POST /api/v1/webhooks/{id}/test: Send a synthetic test event */
    "testWebhook": (input: HandlerInputs["testWebhook"]) => Promise<HandlerResults["testWebhook"]>;
    /** GET /api/v1/webhooks/{id}/deliveries: List deliveries for an endpoint */
    "listWebhookDeliveries": (input: HandlerInputs["listWebhookDeliveries"]) => Promise<HandlerResults["listWebhookDeliveries"]>;
}

/** What each operation's handler receives: parameters and body parsed, validated, with the schemas' defaults. */
export interface HandlerInputs {
    "listWebhooks": { path: Record<string, never>; query: Record<string, never>; headers: types.ListWebhooksHeaders; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "createWebhook": { path: Record<string, never>; query: Record<string, never>; headers: types.CreateWebhookHeaders; cookies: Record<string, never>; body: types.CreateWebhookRequestBody; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "getWebhook": { path: types.GetWebhookPathParams; query: Record<string, never>; headers: types.GetWebhookHeaders; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "deleteWebhook": { path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: types.DeleteWebhookHeaders; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "updateWebhook": { path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: types.UpdateWebhookHeaders; cookies: Record<string, never>; body: types.UpdateWebhookRequestBody; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "rotateWebhookSecret": { path: types.RotateWebhookSecretPathParams; query: Record<string, never>; headers: types.RotateWebhookSecretHeaders; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "testWebhook": { path: types.TestWebhookPathParams; query: Record<string, never>; headers: types.TestWebhookHeaders; cookies: Record<string, never>; body: types.TestWebhookRequestBodyReceived | undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
    "listWebhookDeliveries": { path: types.ListWebhookDeliveriesPathParams; query: types.ListWebhookDeliveriesQueryReceived; headers: types.ListWebhookDeliveriesHeaders; cookies: Record<string, never>; body: undefined; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest };
}

/** What each operation's handler may answer: a documented status with that status's body. */
export interface HandlerResults {
    "listWebhooks": { status: 200; body: types.ListWebhooksResponse200; headers?: AnswerHeaders } | { status: 400; body: types.ListWebhooksResponse400; headers?: AnswerHeaders } | { status: 401; body: types.ListWebhooksResponse401; headers?: AnswerHeaders } | { status: 403; body: types.ListWebhooksResponse403; headers?: AnswerHeaders } | { status: 429; body: types.ListWebhooksResponse429; headers?: AnswerHeaders } | { status: 500; body: types.ListWebhooksResponse500; headers?: AnswerHeaders };
    "createWebhook": { status: 201; body: types.CreateWebhookResponse201; headers?: AnswerHeaders } | { status: 400; body: types.CreateWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.CreateWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.CreateWebhookResponse403; headers?: AnswerHeaders } | { status: 409; body: types.CreateWebhookResponse409; headers?: AnswerHeaders } | { status: 429; body: types.CreateWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.CreateWebhookResponse500; headers?: AnswerHeaders };
    "getWebhook": { status: 200; body: types.GetWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.GetWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.GetWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.GetWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.GetWebhookResponse404; headers?: AnswerHeaders } | { status: 429; body: types.GetWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.GetWebhookResponse500; headers?: AnswerHeaders };
    "deleteWebhook": { status: 400; body: types.DeleteWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.DeleteWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.DeleteWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.DeleteWebhookResponse404; headers?: AnswerHeaders } | { status: 429; body: types.DeleteWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.DeleteWebhookResponse500; headers?: AnswerHeaders } | { status: Status2XX; body?: undefined; headers?: AnswerHeaders };
    "updateWebhook": { status: 200; body: types.UpdateWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.UpdateWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.UpdateWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.UpdateWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.UpdateWebhookResponse404; headers?: AnswerHeaders } | { status: 409; body: types.UpdateWebhookResponse409; headers?: AnswerHeaders } | { status: 429; body: types.UpdateWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.UpdateWebhookResponse500; headers?: AnswerHeaders };
    "rotateWebhookSecret": { status: 200; body: types.RotateWebhookSecretResponse200; headers?: AnswerHeaders } | { status: 400; body: types.RotateWebhookSecretResponse400; headers?: AnswerHeaders } | { status: 401; body: types.RotateWebhookSecretResponse401; headers?: AnswerHeaders } | { status: 403; body: types.RotateWebhookSecretResponse403; headers?: AnswerHeaders } | { status: 404; body: types.RotateWebhookSecretResponse404; headers?: AnswerHeaders } | { status: 409; body: types.RotateWebhookSecretResponse409; headers?: AnswerHeaders } | { status: 429; body: types.RotateWebhookSecretResponse429; headers?: AnswerHeaders } | { status: 500; body: types.RotateWebhookSecretResponse500; headers?: AnswerHeaders };
    "testWebhook": { status: 200; body: types.TestWebhookResponse200; headers?: AnswerHeaders } | { status: 400; body: types.TestWebhookResponse400; headers?: AnswerHeaders } | { status: 401; body: types.TestWebhookResponse401; headers?: AnswerHeaders } | { status: 403; body: types.TestWebhookResponse403; headers?: AnswerHeaders } | { status: 404; body: types.TestWebhookResponse404; headers?: AnswerHeaders } | { status: 409; body: types.TestWebhookResponse409; headers?: AnswerHeaders } | { status: 429; body: types.TestWebhookResponse429; headers?: AnswerHeaders } | { status: 500; body: types.TestWebhookResponse500; headers?: AnswerHeaders };
    "listWebhookDeliveries": { status: 200; body: types.ListWebhookDeliveriesResponse200; headers?: AnswerHeaders } | { status: 400; body: types.ListWebhookDeliveriesResponse400; headers?: AnswerHeaders } | { status: 401; body: types.ListWebhookDeliveriesResponse401; headers?: AnswerHeaders } | { status: 403; body: types.ListWebhookDeliveriesResponse403; headers?: AnswerHeaders } | { status: 404; body: types.ListWebhookDeliveriesResponse404; headers?: AnswerHeaders } | { status: 429; body: types.ListWebhookDeliveriesResponse429; headers?: AnswerHeaders } | { status: 500; body: types.ListWebhookDeliveriesResponse500; headers?: AnswerHeaders };
}

/** What the handler of operation `Name` receives. */
export type HandlerInput<Name extends keyof Handlers> = HandlerInputs[Name];
/** What the handler of operation `Name` may answer. */
export type HandlerResult<Name extends keyof Handlers> = HandlerResults[Name];

/** The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec's error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have. */
export function createHandler(handlers: Partial<Handlers>, options?: HandlerOptions): WebHandler {
    return webHandler(createServerCore(server, handlers as never, options));
}
