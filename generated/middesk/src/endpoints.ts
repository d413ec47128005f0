import { endpoint, type Endpoint } from "./runtime/endpoint-runtime.js";
import type { ParameterPlan } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
import type * as types from "../types.js";
/** Parameter plans that several operations share. */
const sharedPlans = {
  p1: [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }],
} satisfies { readonly [name: string]: readonly ParameterPlan[] };

/** Every operation of the API by operationId: its method, path and request/response validators. */
export interface Endpoints {
    /**
     * List webhooks
     *
     * List the account's webhooks, a page at a time (`page`, `per_page`).
     */
    readonly "listWebhooks": Endpoint<{ path: Record<string, never>; query: types.ListWebhooksQuery; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Create a webhook
     *
     * Register a URL to receive notifications. `url` and `enabled_events` are required; send `["*"]` to receive every event. A secret set here signs notifications in the `X-Middesk-Signature-256` header; it is never returned. OIDC: see UpdateWebhookRequest. Bad input is 422.
     */
    readonly "createWebhook": Endpoint<{ path: Record<string, never>; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.CreateWebhookRequestBody }>;
    /**
     * Get a webhook
     *
     * Read one webhook. The secret and the OIDC client secret are never returned. Unknown id is 404.
     */
    readonly "getWebhook": Endpoint<{ path: types.GetWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Update a webhook
     *
     * Change a webhook's settings. Every field is optional. `include` is a comma-delimited list of associations to include in payloads: omit it or send `*` for all, or send `identifiers` to receive only top-level scalar fields (id, external_id, name, status, …) with no associations. OIDC: `oidc_auth_method` is required when configuring OIDC. `private_key_jwt` requires `oidc_client_id`, `oidc_token_endpoint` and `oidc_access_token_ttl_seconds`; `client_secret` requires those and `oidc_client_secret`. Both methods optionally accept `oidc_scope` and `oidc_resource_uri`. `oidc_client_secret` is write-only. Unknown id is 404.
     */
    readonly "updateWebhook": Endpoint<{ path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.UpdateWebhookRequestBody }>;
    /**
     * Delete a webhook
     *
     * Delete a webhook; it stops receiving notifications. Unknown id is 404.
     */
    readonly "deleteWebhook": Endpoint<{ path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
}

export const endpoints: Endpoints = {
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
