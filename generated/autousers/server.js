import { createServerCore, webHandler } from "./runtime/server-runtime.js";
import { endpoints } from "./endpoints.js";
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
};
/** The error answer of every kind, for the operations that share them. */
const answerSets = {
  s1: { invalidRequest: answers.a1, malformedRequest: answers.a1, unauthenticated: answers.a2, missingScope: answers.a3, notFound: answers.a4, routeNotFound: answers.a5, methodNotAllowed: answers.a6, payloadTooLarge: answers.a7, unsupportedMediaType: answers.a8, internalError: answers.a9, notImplemented: answers.a10 },
};
const server = {
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

/** The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec's error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have. */
export function createHandler(handlers, options) {
    return webHandler(createServerCore(server, handlers, options));
}
