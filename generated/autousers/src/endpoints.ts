import { endpoint, type Endpoint } from "./runtime/endpoint-runtime.js";
import type { ParameterPlan } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
import type * as types from "../types.js";
/** Parameter plans that several operations share. */
const sharedPlans = {
  p1: [{ "name": "X-Request-Id", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
  p2: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
  p3: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
} satisfies { readonly [name: string]: readonly ParameterPlan[] };

/** Every operation of the API by operationId: its method, path and request/response validators. */
export interface Endpoints {
    /**
     * List webhook endpoints
     *
     * Lists the team's webhook endpoints. Requires the `webhooks:read` scope.
     */
    readonly "listWebhooks": Endpoint<{ path: Record<string, never>; query: Record<string, never>; headers: types.ListWebhooksHeaders; cookies: Record<string, never>; body: undefined }>;
    /**
     * Create a webhook endpoint
     *
     * Creates a webhook endpoint. `url` must be an https URL; `description` is at most 500 characters or null; `enabled_events` holds 1 to 50 allowlisted event names or `*` for all events; `api_version` is at most 32 characters or null; `status` is `enabled` or `disabled`. Answers 201 with the endpoint and its full signing secret (`whsec_…`), which is shown only this once. Requires the `webhooks:write` scope.
     */
    readonly "createWebhook": Endpoint<{ path: Record<string, never>; query: Record<string, never>; headers: types.CreateWebhookHeaders; cookies: Record<string, never>; body: types.CreateWebhookRequestBody }>;
    /**
     * Get a webhook endpoint
     *
     * Returns one webhook endpoint by its cuid. The signing secret is not returned, only its prefix. Requires the `webhooks:read` scope.
     */
    readonly "getWebhook": Endpoint<{ path: types.GetWebhookPathParams; query: Record<string, never>; headers: types.GetWebhookHeaders; cookies: Record<string, never>; body: undefined }>;
    /**
     * Delete a webhook endpoint
     *
     * Deletes a webhook endpoint. Requires the `webhooks:write` scope.
     */
    readonly "deleteWebhook": Endpoint<{ path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: types.DeleteWebhookHeaders; cookies: Record<string, never>; body: undefined }>;
    /**
     * Update a webhook endpoint
     *
     * Updates the fields supplied; fields left out are unchanged. `url` must be a URI; `description` is at most 500 characters or null; `enabled_events` holds 1 to 50 allowlisted event names or `*`; `api_version` is at most 32 characters or null; `status` is `enabled` or `disabled`. `Idempotency-Key` (at most 255 characters) replays the cached answer when the same key sees an identical body within 24 hours and answers 409 `idempotency_key_reused` when the body differs. `Autousers-Version` pins the API version by date. Requires the `webhooks:write` scope.
     */
    readonly "updateWebhook": Endpoint<{ path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: types.UpdateWebhookHeaders; cookies: Record<string, never>; body: types.UpdateWebhookRequestBody }>;
    /**
     * Rotate the signing secret
     *
     * Replaces the endpoint's signing secret. Requires the `webhooks:write` scope.
     */
    readonly "rotateWebhookSecret": Endpoint<{ path: types.RotateWebhookSecretPathParams; query: Record<string, never>; headers: types.RotateWebhookSecretHeaders; cookies: Record<string, never>; body: undefined }>;
    /**
     * Send a synthetic test event
     *
     * Sends a synthetic event of the given `type` (default `webhook.test`) to the endpoint. Requires the `webhooks:write` scope.
     */
    readonly "testWebhook": Endpoint<{ path: types.TestWebhookPathParams; query: Record<string, never>; headers: types.TestWebhookHeaders; cookies: Record<string, never>; body: types.TestWebhookRequestBody | undefined }>;
    /**
     * List deliveries for an endpoint
     *
     * Lists the endpoint's deliveries, at most `limit` (1 to 100, default 25) per page, starting after the cursor `starting_after`, optionally only those with the given `status`. Requires the `webhooks:read` scope.
     */
    readonly "listWebhookDeliveries": Endpoint<{ path: types.ListWebhookDeliveriesPathParams; query: types.ListWebhookDeliveriesQuery; headers: types.ListWebhookDeliveriesHeaders; cookies: Record<string, never>; body: undefined }>;
}

export const endpoints: Endpoints = {
  "listWebhooks": endpoint("GET", "/api/v1/webhooks", {
    parameters: [{ "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
    header: validators.validateListWebhooksHeaders,
    responses: { "200": { body: validators.validateListWebhooksResponse200, headers: validators.validateListWebhooksResponse200Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateListWebhooksResponse400, headers: validators.validateListWebhooksResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateListWebhooksResponse401, headers: validators.validateListWebhooksResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateListWebhooksResponse403, headers: validators.validateListWebhooksResponse403Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateListWebhooksResponse429, headers: validators.validateListWebhooksResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateListWebhooksResponse500, headers: validators.validateListWebhooksResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
  "createWebhook": endpoint("POST", "/api/v1/webhooks", {
    parameters: [{ "name": "Idempotency-Key", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
    header: validators.validateCreateWebhookHeaders,
    body: { required: true, validate: validators.validateCreateWebhookRequestBody },
    responses: { "201": { body: validators.validateCreateWebhookResponse201, headers: validators.validateCreateWebhookResponse201Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateCreateWebhookResponse400, headers: validators.validateCreateWebhookResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateCreateWebhookResponse401, headers: validators.validateCreateWebhookResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateCreateWebhookResponse403, headers: validators.validateCreateWebhookResponse403Headers, headerPlans: sharedPlans.p1 }, "409": { body: validators.validateCreateWebhookResponse409, headers: validators.validateCreateWebhookResponse409Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateCreateWebhookResponse429, headers: validators.validateCreateWebhookResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateCreateWebhookResponse500, headers: validators.validateCreateWebhookResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
  "getWebhook": endpoint("GET", "/api/v1/webhooks/{id}", {
    parameters: sharedPlans.p2,
    path: validators.validateGetWebhookPathParams,
    header: validators.validateGetWebhookHeaders,
    responses: { "200": { body: validators.validateGetWebhookResponse200, headers: validators.validateGetWebhookResponse200Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateGetWebhookResponse400, headers: validators.validateGetWebhookResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateGetWebhookResponse401, headers: validators.validateGetWebhookResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateGetWebhookResponse403, headers: validators.validateGetWebhookResponse403Headers, headerPlans: sharedPlans.p1 }, "404": { body: validators.validateGetWebhookResponse404, headers: validators.validateGetWebhookResponse404Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateGetWebhookResponse429, headers: validators.validateGetWebhookResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateGetWebhookResponse500, headers: validators.validateGetWebhookResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
  "deleteWebhook": endpoint("DELETE", "/api/v1/webhooks/{id}", {
    parameters: sharedPlans.p2,
    path: validators.validateDeleteWebhookPathParams,
    header: validators.validateDeleteWebhookHeaders,
    responses: { "400": { body: validators.validateDeleteWebhookResponse400, headers: validators.validateDeleteWebhookResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateDeleteWebhookResponse401, headers: validators.validateDeleteWebhookResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateDeleteWebhookResponse403, headers: validators.validateDeleteWebhookResponse403Headers, headerPlans: sharedPlans.p1 }, "404": { body: validators.validateDeleteWebhookResponse404, headers: validators.validateDeleteWebhookResponse404Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateDeleteWebhookResponse429, headers: validators.validateDeleteWebhookResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateDeleteWebhookResponse500, headers: validators.validateDeleteWebhookResponse500Headers, headerPlans: sharedPlans.p1 }, "2XX": { headers: validators.validateDeleteWebhookResponse2XXHeaders, headerPlans: sharedPlans.p1 } },
  }),
  "updateWebhook": endpoint("PATCH", "/api/v1/webhooks/{id}", {
    parameters: sharedPlans.p3,
    path: validators.validateUpdateWebhookPathParams,
    header: validators.validateUpdateWebhookHeaders,
    body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
    responses: { "200": { body: validators.validateUpdateWebhookResponse200, headers: validators.validateUpdateWebhookResponse200Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateUpdateWebhookResponse400, headers: validators.validateUpdateWebhookResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateUpdateWebhookResponse401, headers: validators.validateUpdateWebhookResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateUpdateWebhookResponse403, headers: validators.validateUpdateWebhookResponse403Headers, headerPlans: sharedPlans.p1 }, "404": { body: validators.validateUpdateWebhookResponse404, headers: validators.validateUpdateWebhookResponse404Headers, headerPlans: sharedPlans.p1 }, "409": { body: validators.validateUpdateWebhookResponse409, headers: validators.validateUpdateWebhookResponse409Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateUpdateWebhookResponse429, headers: validators.validateUpdateWebhookResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateUpdateWebhookResponse500, headers: validators.validateUpdateWebhookResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
  "rotateWebhookSecret": endpoint("POST", "/api/v1/webhooks/{id}/rotate-secret", {
    parameters: sharedPlans.p3,
    path: validators.validateRotateWebhookSecretPathParams,
    header: validators.validateRotateWebhookSecretHeaders,
    responses: { "200": { body: validators.validateRotateWebhookSecretResponse200, headers: validators.validateRotateWebhookSecretResponse200Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateRotateWebhookSecretResponse400, headers: validators.validateRotateWebhookSecretResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateRotateWebhookSecretResponse401, headers: validators.validateRotateWebhookSecretResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateRotateWebhookSecretResponse403, headers: validators.validateRotateWebhookSecretResponse403Headers, headerPlans: sharedPlans.p1 }, "404": { body: validators.validateRotateWebhookSecretResponse404, headers: validators.validateRotateWebhookSecretResponse404Headers, headerPlans: sharedPlans.p1 }, "409": { body: validators.validateRotateWebhookSecretResponse409, headers: validators.validateRotateWebhookSecretResponse409Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateRotateWebhookSecretResponse429, headers: validators.validateRotateWebhookSecretResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateRotateWebhookSecretResponse500, headers: validators.validateRotateWebhookSecretResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
  "testWebhook": endpoint("POST", "/api/v1/webhooks/{id}/test", {
    parameters: sharedPlans.p3,
    path: validators.validateTestWebhookPathParams,
    header: validators.validateTestWebhookHeaders,
    body: { required: false, validate: validators.validateTestWebhookRequestBody },
    responses: { "200": { body: validators.validateTestWebhookResponse200, headers: validators.validateTestWebhookResponse200Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateTestWebhookResponse400, headers: validators.validateTestWebhookResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateTestWebhookResponse401, headers: validators.validateTestWebhookResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateTestWebhookResponse403, headers: validators.validateTestWebhookResponse403Headers, headerPlans: sharedPlans.p1 }, "404": { body: validators.validateTestWebhookResponse404, headers: validators.validateTestWebhookResponse404Headers, headerPlans: sharedPlans.p1 }, "409": { body: validators.validateTestWebhookResponse409, headers: validators.validateTestWebhookResponse409Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateTestWebhookResponse429, headers: validators.validateTestWebhookResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateTestWebhookResponse500, headers: validators.validateTestWebhookResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
  "listWebhookDeliveries": endpoint("GET", "/api/v1/webhooks/{id}/deliveries", {
    parameters: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "Autousers-Version", "in": "header", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "limit", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "starting_after", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["string"] } }, { "name": "status", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["string"] } }],
    path: validators.validateListWebhookDeliveriesPathParams,
    query: validators.validateListWebhookDeliveriesQuery,
    header: validators.validateListWebhookDeliveriesHeaders,
    responses: { "200": { body: validators.validateListWebhookDeliveriesResponse200, headers: validators.validateListWebhookDeliveriesResponse200Headers, headerPlans: sharedPlans.p1 }, "400": { body: validators.validateListWebhookDeliveriesResponse400, headers: validators.validateListWebhookDeliveriesResponse400Headers, headerPlans: sharedPlans.p1 }, "401": { body: validators.validateListWebhookDeliveriesResponse401, headers: validators.validateListWebhookDeliveriesResponse401Headers, headerPlans: sharedPlans.p1 }, "403": { body: validators.validateListWebhookDeliveriesResponse403, headers: validators.validateListWebhookDeliveriesResponse403Headers, headerPlans: sharedPlans.p1 }, "404": { body: validators.validateListWebhookDeliveriesResponse404, headers: validators.validateListWebhookDeliveriesResponse404Headers, headerPlans: sharedPlans.p1 }, "429": { body: validators.validateListWebhookDeliveriesResponse429, headers: validators.validateListWebhookDeliveriesResponse429Headers, headerPlans: sharedPlans.p1 }, "500": { body: validators.validateListWebhookDeliveriesResponse500, headers: validators.validateListWebhookDeliveriesResponse500Headers, headerPlans: sharedPlans.p1 } },
  }),
};
