import { endpoint } from "./runtime/endpoint-runtime.js";
import * as validators from "./validators.js";
/** Parameter plans that several operations share. */
const sharedPlans = {
  p1: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
};
export const endpoints = {
  "listWebhooks": endpoint("GET", "/v1/webhooks", {
    parameters: [{ "name": "page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "per_page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }],
    query: validators.validateListWebhooksQuery,
    responses: { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429 }, "500": { body: validators.validateListWebhooksResponse500 } },
  }),
  "createWebhook": endpoint("POST", "/v1/webhooks", {
    parameters: [],
    body: { required: true, validate: validators.validateCreateWebhookRequestBody },
    responses: { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429 }, "500": { body: validators.validateCreateWebhookResponse500 } },
  }),
  "getWebhook": endpoint("GET", "/v1/webhooks/{id}", {
    parameters: sharedPlans.p1,
    path: validators.validateGetWebhookPathParams,
    responses: { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429 }, "500": { body: validators.validateGetWebhookResponse500 } },
  }),
  "updateWebhook": endpoint("PUT", "/v1/webhooks/{id}", {
    parameters: sharedPlans.p1,
    path: validators.validateUpdateWebhookPathParams,
    body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
    responses: { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429 }, "500": { body: validators.validateUpdateWebhookResponse500 } },
  }),
  "deleteWebhook": endpoint("DELETE", "/v1/webhooks/{id}", {
    parameters: sharedPlans.p1,
    path: validators.validateDeleteWebhookPathParams,
    responses: { "200": { body: validators.validateDeleteWebhookResponse200 }, "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "500": { body: validators.validateDeleteWebhookResponse500 } },
  }),
};
