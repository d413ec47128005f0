import { checkRequest, checkResponse } from "./runtime/endpoint-runtime.js";
import * as validators from "./validators.js";
const plans1 = [{ "name": "isActive", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["boolean"] } }, { "name": "page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "limit", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }];
const plans2 = [];
const plans3 = [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }];
const listWebhooksOperation = {
  parameters: plans1,
  query: validators.validateListWebhooksQuery,
  responses: { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "429": { body: validators.validateListWebhooksResponse429 } },
};
const createWebhookOperation = {
  parameters: plans2,
  body: { required: true, validate: validators.validateCreateWebhookRequestBody },
  responses: { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "429": { body: validators.validateCreateWebhookResponse429 } },
};
const getWebhookOperation = {
  parameters: plans3,
  path: validators.validateGetWebhookPathParams,
  responses: { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "429": { body: validators.validateGetWebhookResponse429 } },
};
const updateWebhookOperation = {
  parameters: plans3,
  path: validators.validateUpdateWebhookPathParams,
  body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
  responses: { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "429": { body: validators.validateUpdateWebhookResponse429 } },
};
const deleteWebhookOperation = {
  parameters: plans3,
  path: validators.validateDeleteWebhookPathParams,
  responses: { "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "2XX": {  } },
};
export const endpoints = {
  "listWebhooks": {
    method: "GET",
    path: "/webhooks",
    validateRequest: (request) => checkRequest(listWebhooksOperation, request),
    validateResponse: (status, body, headers) => checkResponse(listWebhooksOperation, status, body, headers),
  },
  "createWebhook": {
    method: "POST",
    path: "/webhooks",
    validateRequest: (request) => checkRequest(createWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(createWebhookOperation, status, body, headers),
  },
  "getWebhook": {
    method: "GET",
    path: "/webhooks/{id}",
    validateRequest: (request) => checkRequest(getWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(getWebhookOperation, status, body, headers),
  },
  "updateWebhook": {
    method: "PUT",
    path: "/webhooks/{id}",
    validateRequest: (request) => checkRequest(updateWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(updateWebhookOperation, status, body, headers),
  },
  "deleteWebhook": {
    method: "DELETE",
    path: "/webhooks/{id}",
    validateRequest: (request) => checkRequest(deleteWebhookOperation, request),
    validateResponse: (status, body, headers) => checkResponse(deleteWebhookOperation, status, body, headers),
  },
};
