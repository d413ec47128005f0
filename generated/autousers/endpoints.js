import { checkRequest, checkResponse, } from "./runtime/endpoint-runtime.js";
import * as validators from "./validators.js";

const listWebhooksOperation = {
      parameters: [{ "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      header: validators.validateListWebhooksHeaders,
      responses: { "200": { body: validators.validateListWebhooksResponse200, headers: validators.validateListWebhooksResponse200Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateListWebhooksResponse400, headers: validators.validateListWebhooksResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateListWebhooksResponse401, headers: validators.validateListWebhooksResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateListWebhooksResponse403, headers: validators.validateListWebhooksResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateListWebhooksResponse429, headers: validators.validateListWebhooksResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateListWebhooksResponse500, headers: validators.validateListWebhooksResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const createWebhookOperation = {
      parameters: [{ "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      header: validators.validateCreateWebhookHeaders,
      body: { required: true, validate: validators.validateCreateWebhookRequestBody },
      responses: { "201": { body: validators.validateCreateWebhookResponse201, headers: validators.validateCreateWebhookResponse201Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateCreateWebhookResponse400, headers: validators.validateCreateWebhookResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateCreateWebhookResponse401, headers: validators.validateCreateWebhookResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateCreateWebhookResponse403, headers: validators.validateCreateWebhookResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "409": { body: validators.validateCreateWebhookResponse409, headers: validators.validateCreateWebhookResponse409Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateCreateWebhookResponse429, headers: validators.validateCreateWebhookResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateCreateWebhookResponse500, headers: validators.validateCreateWebhookResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const getWebhookOperation = {
      parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      path: validators.validateGetWebhookPathParams,
      header: validators.validateGetWebhookHeaders,
      responses: { "200": { body: validators.validateGetWebhookResponse200, headers: validators.validateGetWebhookResponse200Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateGetWebhookResponse400, headers: validators.validateGetWebhookResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateGetWebhookResponse401, headers: validators.validateGetWebhookResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateGetWebhookResponse403, headers: validators.validateGetWebhookResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "404": { body: validators.validateGetWebhookResponse404, headers: validators.validateGetWebhookResponse404Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateGetWebhookResponse429, headers: validators.validateGetWebhookResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateGetWebhookResponse500, headers: validators.validateGetWebhookResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const deleteWebhookOperation = {
      parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      path: validators.validateDeleteWebhookPathParams,
      header: validators.validateDeleteWebhookHeaders,
      responses: { "400": { body: validators.validateDeleteWebhookResponse400, headers: validators.validateDeleteWebhookResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateDeleteWebhookResponse401, headers: validators.validateDeleteWebhookResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateDeleteWebhookResponse403, headers: validators.validateDeleteWebhookResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "404": { body: validators.validateDeleteWebhookResponse404, headers: validators.validateDeleteWebhookResponse404Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateDeleteWebhookResponse429, headers: validators.validateDeleteWebhookResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateDeleteWebhookResponse500, headers: validators.validateDeleteWebhookResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "2XX": { headers: validators.validateDeleteWebhookResponse2XXHeaders, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const updateWebhookOperation = {
      parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      path: validators.validateUpdateWebhookPathParams,
      header: validators.validateUpdateWebhookHeaders,
      body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
      responses: { "200": { body: validators.validateUpdateWebhookResponse200, headers: validators.validateUpdateWebhookResponse200Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateUpdateWebhookResponse400, headers: validators.validateUpdateWebhookResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateUpdateWebhookResponse401, headers: validators.validateUpdateWebhookResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateUpdateWebhookResponse403, headers: validators.validateUpdateWebhookResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "404": { body: validators.validateUpdateWebhookResponse404, headers: validators.validateUpdateWebhookResponse404Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "409": { body: validators.validateUpdateWebhookResponse409, headers: validators.validateUpdateWebhookResponse409Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateUpdateWebhookResponse429, headers: validators.validateUpdateWebhookResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateUpdateWebhookResponse500, headers: validators.validateUpdateWebhookResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const rotateWebhookSecretOperation = {
      parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      path: validators.validateRotateWebhookSecretPathParams,
      header: validators.validateRotateWebhookSecretHeaders,
      responses: { "200": { body: validators.validateRotateWebhookSecretResponse200, headers: validators.validateRotateWebhookSecretResponse200Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateRotateWebhookSecretResponse400, headers: validators.validateRotateWebhookSecretResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateRotateWebhookSecretResponse401, headers: validators.validateRotateWebhookSecretResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateRotateWebhookSecretResponse403, headers: validators.validateRotateWebhookSecretResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "404": { body: validators.validateRotateWebhookSecretResponse404, headers: validators.validateRotateWebhookSecretResponse404Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "409": { body: validators.validateRotateWebhookSecretResponse409, headers: validators.validateRotateWebhookSecretResponse409Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateRotateWebhookSecretResponse429, headers: validators.validateRotateWebhookSecretResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateRotateWebhookSecretResponse500, headers: validators.validateRotateWebhookSecretResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const testWebhookOperation = {
      parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
      path: validators.validateTestWebhookPathParams,
      header: validators.validateTestWebhookHeaders,
      body: { required: false, validate: validators.validateTestWebhookRequestBody },
      responses: { "200": { body: validators.validateTestWebhookResponse200, headers: validators.validateTestWebhookResponse200Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateTestWebhookResponse400, headers: validators.validateTestWebhookResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateTestWebhookResponse401, headers: validators.validateTestWebhookResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateTestWebhookResponse403, headers: validators.validateTestWebhookResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "404": { body: validators.validateTestWebhookResponse404, headers: validators.validateTestWebhookResponse404Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "409": { body: validators.validateTestWebhookResponse409, headers: validators.validateTestWebhookResponse409Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateTestWebhookResponse429, headers: validators.validateTestWebhookResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateTestWebhookResponse500, headers: validators.validateTestWebhookResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };
const listWebhookDeliveriesOperation = {
      parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "limit", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "starting_after", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "status", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["string"] } }],
      path: validators.validateListWebhookDeliveriesPathParams,
      query: validators.validateListWebhookDeliveriesQuery,
      header: validators.validateListWebhookDeliveriesHeaders,
      responses: { "200": { body: validators.validateListWebhookDeliveriesResponse200, headers: validators.validateListWebhookDeliveriesResponse200Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "400": { body: validators.validateListWebhookDeliveriesResponse400, headers: validators.validateListWebhookDeliveriesResponse400Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "401": { body: validators.validateListWebhookDeliveriesResponse401, headers: validators.validateListWebhookDeliveriesResponse401Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "403": { body: validators.validateListWebhookDeliveriesResponse403, headers: validators.validateListWebhookDeliveriesResponse403Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "404": { body: validators.validateListWebhookDeliveriesResponse404, headers: validators.validateListWebhookDeliveriesResponse404Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "429": { body: validators.validateListWebhookDeliveriesResponse429, headers: validators.validateListWebhookDeliveriesResponse429Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] }, "500": { body: validators.validateListWebhookDeliveriesResponse500, headers: validators.validateListWebhookDeliveriesResponse500Headers, headerPlans: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }] } }
    };

/** Every operation of the API by operationId: its method, path and request/response validators. */



















































export const endpoints = {
    "listWebhooks": {
      method: "GET",
      path: "/api/v1/webhooks",
      validateRequest: (request) => checkRequest(listWebhooksOperation, request),
      validateResponse: (status, body, headers) => checkResponse(listWebhooksOperation, status, body, headers),
    },
    "createWebhook": {
      method: "POST",
      path: "/api/v1/webhooks",
      validateRequest: (request) => checkRequest(createWebhookOperation, request),
      validateResponse: (status, body, headers) => checkResponse(createWebhookOperation, status, body, headers),
    },
    "getWebhook": {
      method: "GET",
      path: "/api/v1/webhooks/{id}",
      validateRequest: (request) => checkRequest(getWebhookOperation, request),
      validateResponse: (status, body, headers) => checkResponse(getWebhookOperation, status, body, headers),
    },
    "deleteWebhook": {
      method: "DELETE",
      path: "/api/v1/webhooks/{id}",
      validateRequest: (request) => checkRequest(deleteWebhookOperation, request),
      validateResponse: (status, body, headers) => checkResponse(deleteWebhookOperation, status, body, headers),
    },
    "updateWebhook": {
      method: "PATCH",
      path: "/api/v1/webhooks/{id}",
      validateRequest: (request) => checkRequest(updateWebhookOperation, request),
      validateResponse: (status, body, headers) => checkResponse(updateWebhookOperation, status, body, headers),
    },
    "rotateWebhookSecret": {
      method: "POST",
      path: "/api/v1/webhooks/{id}/rotate-secret",
      validateRequest: (request) => checkRequest(rotateWebhookSecretOperation, request),
      validateResponse: (status, body, headers) => checkResponse(rotateWebhookSecretOperation, status, body, headers),
    },
    "testWebhook": {
      method: "POST",
      path: "/api/v1/webhooks/{id}/test",
      validateRequest: (request) => checkRequest(testWebhookOperation, request),
      validateResponse: (status, body, headers) => checkResponse(testWebhookOperation, status, body, headers),
    },
    "listWebhookDeliveries": {
      method: "GET",
      path: "/api/v1/webhooks/{id}/deliveries",
      validateRequest: (request) => checkRequest(listWebhookDeliveriesOperation, request),
      validateResponse: (status, body, headers) => checkResponse(listWebhookDeliveriesOperation, status, body, headers),
    }
    };
