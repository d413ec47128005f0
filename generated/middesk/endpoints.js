import { checkRequest, checkResponse } from "./runtime/endpoint-runtime.js";
import * as validators from "./validators.js";
const plans1 = [{ "name": "page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "per_page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }];
const plans2 = [];
const plans3 = [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }];
const listWebhooksOperation = {
  parameters: plans1,
  query: validators.validateListWebhooksQuery,
  responses: { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429 }, "500": { body: validators.validateListWebhooksResponse500 } },
};
const createWebhookOperation = {
  parameters: plans2,
  body: { required: true, validate: validators.validateCreateWebhookRequestBody },
  responses: { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429 }, "500": { body: validators.validateCreateWebhookResponse500 } },
};
const getWebhookOperation = {
  parameters: plans3,
  path: validators.validateGetWebhookPathParams,
  responses: { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429 }, "500": { body: validators.validateGetWebhookResponse500 } },
};
const updateWebhookOperation = {
  parameters: plans3,
  path: validators.validateUpdateWebhookPathParams,
  body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
  responses: { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429 }, "500": { body: validators.validateUpdateWebhookResponse500 } },
};
const deleteWebhookOperation = {
  parameters: plans3,
  path: validators.validateDeleteWebhookPathParams,
  responses: { "200": { body: validators.validateDeleteWebhookResponse200 }, "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "500": { body: validators.validateDeleteWebhookResponse500 } },
};
export const endpoints = {
  "listWebhooks": {
    method: "GET",
    path: "/v1/webhooks",
    validateRequest: (request) => checkRequest(listWebhooksOperation, request),
    validateResponse: (status, body, headers) => checkResponse(listWebhooksOperation, status, body, headers),
  },
  "createWebhook": {
    method: "POST",
    path: "/v1/webhooks",
    validateRequest: (request) => checkRequest(createWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(createWebhookOperation, status, body, headers),
  },
  "getWebhook": {
    method: "GET",
    path: "/v1/webhooks/{id}",
    validateRequest: (request) => checkRequest(getWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(getWebhookOperation, status, body, headers),
  },
  "updateWebhook": {
    method: "PUT",
    path: "/v1/webhooks/{id}",
    validateRequest: (request) => checkRequest(updateWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(updateWebhookOperation, status, body, headers),
  },
  "deleteWebhook": {
    method: "DELETE",
    path: "/v1/webhooks/{id}",
    validateRequest: (request) => checkRequest(deleteWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(deleteWebhookOperation, status, body, headers),
  },
};
