import { endpoint } from "./runtime/endpoint-runtime.js";
import * as validators from "./validators.js";
/** Parameter plans that several operations share. */
const sharedPlans = {
  p1: [{ "name": "Retry-After", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["integer"] } }],
  p2: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
};
export const endpoints = {
  "listWebhooks": endpoint("GET", "/v1/webhooks", {
    parameters: [{ "name": "limit", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }],
    query: validators.validateListWebhooksQuery,
    responses: { "200": { body: validators.validateListWebhooksResponse200 }, "401": { body: validators.validateListWebhooksResponse401 }, "403": { body: validators.validateListWebhooksResponse403 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429, headers: validators.validateListWebhooksResponse429Headers, headerPlans: sharedPlans.p1 } },
  }),
  "createWebhook": endpoint("POST", "/v1/webhooks", {
    parameters: [],
    body: { required: true, validate: validators.validateCreateWebhookRequestBody },
    responses: { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "403": { body: validators.validateCreateWebhookResponse403 }, "409": { body: validators.validateCreateWebhookResponse409 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429, headers: validators.validateCreateWebhookResponse429Headers, headerPlans: sharedPlans.p1 } },
  }),
  "getWebhook": endpoint("GET", "/v1/webhooks/{id}", {
    parameters: sharedPlans.p2,
    path: validators.validateGetWebhookPathParams,
    responses: { "200": { body: validators.validateGetWebhookResponse200 }, "401": { body: validators.validateGetWebhookResponse401 }, "403": { body: validators.validateGetWebhookResponse403 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429, headers: validators.validateGetWebhookResponse429Headers, headerPlans: sharedPlans.p1 } },
  }),
  "deleteWebhook": endpoint("DELETE", "/v1/webhooks/{id}", {
    parameters: sharedPlans.p2,
    path: validators.validateDeleteWebhookPathParams,
    responses: { "204": {  }, "401": { body: validators.validateDeleteWebhookResponse401 }, "403": { body: validators.validateDeleteWebhookResponse403 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429, headers: validators.validateDeleteWebhookResponse429Headers, headerPlans: sharedPlans.p1 } },
  }),
  "updateWebhook": endpoint("PATCH", "/v1/webhooks/{id}", {
    parameters: sharedPlans.p2,
    path: validators.validateUpdateWebhookPathParams,
    body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
    responses: { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "403": { body: validators.validateUpdateWebhookResponse403 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429, headers: validators.validateUpdateWebhookResponse429Headers, headerPlans: sharedPlans.p1 } },
  }),
  "rotateWebhookSecret": endpoint("POST", "/v1/webhooks/{id}/rotate-secret", {
    parameters: sharedPlans.p2,
    path: validators.validateRotateWebhookSecretPathParams,
    responses: { "200": { body: validators.validateRotateWebhookSecretResponse200 }, "401": { body: validators.validateRotateWebhookSecretResponse401 }, "403": { body: validators.validateRotateWebhookSecretResponse403 }, "404": { body: validators.validateRotateWebhookSecretResponse404 }, "422": { body: validators.validateRotateWebhookSecretResponse422 }, "429": { body: validators.validateRotateWebhookSecretResponse429, headers: validators.validateRotateWebhookSecretResponse429Headers, headerPlans: sharedPlans.p1 } },
  }),
};
