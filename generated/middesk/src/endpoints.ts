import { endpoint, located, type Endpoint, type RequestError, type RequestInput, type RequestResult } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asInteger, eachText, first, own } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
import type * as types from "../types.js";

/** Every operation of the API by operationId: its method, path and request/response validators. */
export interface Endpoints {
    /**
     * List webhooks
     *
     * List the account's webhooks, a page at a time (`page`, `per_page`).
     */
    readonly "listWebhooks": Endpoint<{ path: Record<string, never>; query: types.ListWebhooksQueryReceived; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
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
  "listWebhooks": endpoint("GET", "/v1/webhooks", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wireQuery = request.query ?? NO_VALUES;
    const w2 = own(wireQuery, "page");
    const q1 = typeof w2 === "string" ? asInteger(w2) : w2 === undefined ? undefined : eachText(w2, asInteger);
    const w4 = own(wireQuery, "per_page");
    const q3 = typeof w4 === "string" ? asInteger(w4) : w4 === undefined ? undefined : eachText(w4, asInteger);
    const query: Record<string, unknown> = {};
    if (q1 !== undefined) query["page"] = q1;
    if (q3 !== undefined) query["per_page"] = q3;
    let marked = 0;
    validators.validateListWebhooksQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    if (errors.length > 0) return { ok: false, errors };
    if (q1 === undefined) query["page"] = 1;
    return { ok: true, value: { path: NO_VALUES, query, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429 }, "500": { body: validators.validateListWebhooksResponse500 } }),
  "createWebhook": endpoint("POST", "/v1/webhooks", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    let marked = 0;
    const body = request.body;
    if (body === undefined) {
      errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });
    } else {
      validators.validateCreateWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path: NO_VALUES, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body } };
  }, { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429 }, "500": { body: validators.validateCreateWebhookResponse500 } }),
  "getWebhook": endpoint("GET", "/v1/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path: Record<string, unknown> = { "id": p1 };
    let marked = 0;
    validators.validateGetWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429 }, "500": { body: validators.validateGetWebhookResponse500 } }),
  "updateWebhook": endpoint("PUT", "/v1/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path: Record<string, unknown> = { "id": p1 };
    let marked = 0;
    validators.validateUpdateWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    const body = request.body;
    if (body === undefined) {
      errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });
    } else {
      validators.validateUpdateWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body } };
  }, { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429 }, "500": { body: validators.validateUpdateWebhookResponse500 } }),
  "deleteWebhook": endpoint("DELETE", "/v1/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path: Record<string, unknown> = { "id": p1 };
    let marked = 0;
    validators.validateDeleteWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateDeleteWebhookResponse200 }, "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "500": { body: validators.validateDeleteWebhookResponse500 } }),
};
