import { createServerCore, webHandler } from "./runtime/server-runtime.js";
import { endpoints } from "./endpoints.js";
/** Error answers of the spec, each written once. */
const answers = {
  a1: { "status": 400, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a2: { "status": 401, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"Invalid API key\",\"code\":\"UNAUTHORIZED\"}}", "fill": [[["error", "message"], "message"]] },
  a3: { "status": 403, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a4: { "status": 404, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"Webhook not found\",\"code\":\"WEBHOOK_NOT_FOUND\"}}", "fill": [] },
  a5: { "status": 404, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a6: { "status": 405, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a7: { "status": 413, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a8: { "status": 415, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a9: { "status": 500, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a10: { "status": 501, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"validation failed\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [[["error", "message"], "message"]] },
  a11: { "status": 400, "contentType": "application/json", "body": "{\"success\":false,\"error\":{\"message\":\"Secret cannot be updated. Create a new webhook instead.\",\"code\":\"VALIDATION_ERROR\"}}", "fill": [] },
};
/** The error answer of every kind, for the operations that share them. */
const answerSets = {
  s1: { invalidRequest: answers.a1, malformedRequest: answers.a1, unauthenticated: answers.a2, missingScope: answers.a3, notFound: answers.a4, routeNotFound: answers.a5, methodNotAllowed: answers.a6, payloadTooLarge: answers.a7, unsupportedMediaType: answers.a8, internalError: answers.a9, notImplemented: answers.a10 },
};
const server = {
  basePath: "/v1",
  routes: { "literal": { "webhooks": { "methods": { "GET": { "operation": "listWebhooks", "parameters": [] }, "POST": { "operation": "createWebhook", "parameters": [] } }, "parameter": { "methods": { "GET": { "operation": "getWebhook", "parameters": ["id"] }, "PUT": { "operation": "updateWebhook", "parameters": ["id"] }, "DELETE": { "operation": "deleteWebhook", "parameters": ["id"] } } } } } },
  schemes: { "bearerAuth": { "type": "http", "scheme": "bearer" } },
  errors: answerSets.s1,
  operations: {
    "listWebhooks": {
      endpoint: endpoints["listWebhooks"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "429": "application/json" },
    },
    "createWebhook": {
      endpoint: endpoints["createWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      media: { "201": "application/json", "400": "application/json", "401": "application/json", "429": "application/json" },
    },
    "getWebhook": {
      endpoint: endpoints["getWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      errors: answerSets.s1,
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "404": "application/json", "429": "application/json" },
    },
    "updateWebhook": {
      endpoint: endpoints["updateWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      body: ["application/json"],
      errors: answerSets.s1,
      forbidden: [{ pointer: "/secret", answer: answers.a11 }],
      media: { "200": "application/json", "400": "application/json", "401": "application/json", "404": "application/json", "429": "application/json" },
    },
    "deleteWebhook": {
      endpoint: endpoints["deleteWebhook"],
      security: [[{ "scheme": "bearerAuth", "scopes": [] }]],
      errors: answerSets.s1,
      media: { "400": "application/json", "401": "application/json", "404": "application/json", "429": "application/json" },
    },
  },
};

/** The API served behind its contract: `handlers` run only for requests the spec allows, and every failure is answered in the spec's error envelope. Throws when an operation requires security and `options.authenticate` is missing, or when `handlers` names an operation the API does not have. */
export function createHandler(handlers, options) {
    return webHandler(createServerCore(server, handlers, options));
}
