import { createServerCore, webHandler } from "./runtime/server-runtime.js";
import { endpoints } from "./endpoints.js";
/** Error answers of the spec, each written once. */
const answers = {
  a1: { "status": 422, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"validation failed\",\"request_id\":\"\",\"details\":{}}}", "fill": [[["error", "request_id"], "requestId"], [["error", "details"], "fieldMessages"]] },
  a2: { "status": 400, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"invalid input\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
  a3: { "status": 401, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication failed\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"]] },
  a4: { "status": 403, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"missing required scope\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"]] },
  a5: { "status": 404, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"not found\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"]] },
  a6: { "status": 404, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"not found\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
  a7: { "status": 405, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"invalid input\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
  a8: { "status": 413, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"invalid input\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
  a9: { "status": 415, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"invalid input\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
  a10: { "status": 500, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"invalid input\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
  a11: { "status": 501, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"invalid input\",\"request_id\":\"\"}}", "fill": [[["error", "request_id"], "requestId"], [["error", "message"], "message"]] },
};
/** The error answer of every kind, for the operations that share them. */
const answerSets = {
  s1: { invalidRequest: answers.a1, malformedRequest: answers.a2, unauthenticated: answers.a3, missingScope: answers.a4, notFound: answers.a5, routeNotFound: answers.a6, methodNotAllowed: answers.a7, payloadTooLarge: answers.a8, unsupportedMediaType: answers.a9, internalError: answers.a10, notImplemented: answers.a11 },
};
const server = {
  basePath: "",
  routes: { "literal": { "v1": { "literal": { "webhooks": { "methods": { "GET": { "operation": "listWebhooks", "parameters": [] }, "POST": { "operation": "createWebhook", "parameters": [] } }, "parameter": { "methods": { "GET": { "operation": "getWebhook", "parameters": ["id"] }, "DELETE": { "operation": "deleteWebhook", "parameters": ["id"] }, "PATCH": { "operation": "updateWebhook", "parameters": ["id"] } }, "literal": { "rotate-secret": { "methods": { "POST": { "operation": "rotateWebhookSecret", "parameters": ["id"] } } } } } } } } } },
  schemes: { "bearerAuth": { "type": "http", "scheme": "bearer" } },
  errors: answerSets.s1,
  operations: {
    "listWebhooks": {
      endpoint: endpoints["listWebhooks"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:read"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "401": "application/json", "403": "application/json", "422": "application/json", "429": "application/json" },
    },
    "createWebhook": {
      endpoint: endpoints["createWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "201": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "409": "application/json", "422": "application/json", "429": "application/json" },
    },
    "getWebhook": {
      endpoint: endpoints["getWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:read"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "422": "application/json", "429": "application/json" },
    },
    "deleteWebhook": {
      endpoint: endpoints["deleteWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      errors: answerSets.s1,
      media: { "401": "application/json", "403": "application/json", "404": "application/json", "422": "application/json", "429": "application/json" },
    },
    "updateWebhook": {
      endpoint: endpoints["updateWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "422": "application/json", "429": "application/json" },
    },
    "rotateWebhookSecret": {
      endpoint: endpoints["rotateWebhookSecret"],
      security: [[{ "scheme": "bearerAuth", "scopes": ["webhooks:write"] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "401": "application/json", "403": "application/json", "404": "application/json", "422": "application/json", "429": "application/json" },
    },
  },
};

/** The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec's error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have. */
export function createHandler(handlers, options) {
    return webHandler(createServerCore(server, handlers, options));
}
