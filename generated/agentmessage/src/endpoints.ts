import { endpoint, isPlainObject, located, type Endpoint, type RequestError, type RequestInput, type RequestResult } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asInteger, eachText, first, headerValue, own, type WireRecord } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
import type * as types from "../types.js";
/** Generated code the operations call: readers of parameter values and response headers, and body defaults. */
const shared = {
  headers1: (headers: WireRecord): Record<string, unknown> => {
    const t2 = headerValue(headers, "retry-after");
    const h1 = t2 === undefined ? undefined : asInteger(t2);
    const out: Record<string, unknown> = {};
    if (h1 !== undefined) out["Retry-After"] = h1;
    return out;
  },
  blank1: (value: Record<string, unknown>): Record<string, unknown> => {
    let out = value;
    const v1 = own(value, "description");
    if (typeof v1 === "string" && v1.trim() === "") {
      if (out === value) out = { ...value };
      out["description"] = null;
    }
    return out;
  },
};

/** Every operation of the API by operationId: its method, path and request/response validators. */
export interface Endpoints {
    /**
     * List your webhook endpoints
     *
     * Page over the webhook endpoints owned by your organization. Deleted endpoints are excluded. An organization holds at most 50 endpoints and the full set is returned in one page, so `meta.next_cursor` is currently always null. Requires the `webhooks:read` scope.
     */
    readonly "listWebhooks": Endpoint<{ path: Record<string, never>; query: types.ListWebhooksQueryReceived; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Create a webhook endpoint
     *
     * Subscribe a URL to one or more organization-level events. The endpoint's signing secret is returned base64-encoded in `secret` exactly once; no endpoint reads it back (rotate to mint a new one). `url` must use HTTPS; `events` must hold 1 to 50 distinct known event names; `description` is at most 200 characters; `api_version` must be a supported version. Each violation is 422 VALIDATION_FAILED with the field in `details`. An organization holds up to 50 active endpoints; exceeding the cap is 409 LIMIT_EXCEEDED. Requires the `webhooks:write` scope.
     */
    readonly "createWebhook": Endpoint<{ path: Record<string, never>; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.CreateWebhookRequestBodyReceived }>;
    /**
     * Get a webhook endpoint
     *
     * Read one endpoint of your organization. The secret is never returned. An id that belongs to another organization answers 404, exactly like an unknown id. Requires the `webhooks:read` scope.
     */
    readonly "getWebhook": Endpoint<{ path: types.GetWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Delete a webhook endpoint
     *
     * Soft-delete the endpoint. It stops receiving deliveries and in-flight deliveries targeting it are abandoned; historical delivery records are kept for audit. There is no undelete: re-creating an endpoint at the same URL makes a new endpoint with a new signing secret. Requires the `webhooks:write` scope.
     */
    readonly "deleteWebhook": Endpoint<{ path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Update a webhook endpoint
     *
     * Apply a partial update; omitting a field leaves it unchanged. `url` must use HTTPS, the same rule as create. `description`: an empty string after trimming clears the label; a non-empty value updates it; values longer than 200 characters are rejected. `events`, when present, replaces the entire subscription set (to add one event, read the current events, append, and send the full set back). `active` turns delivery on or off without deleting the endpoint. `api_version` is immutable: to change the envelope version, create a new endpoint at the new version and delete the old one once the cutover is verified. Requires the `webhooks:write` scope.
     */
    readonly "updateWebhook": Endpoint<{ path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.UpdateWebhookRequestBodyReceived }>;
    /**
     * Rotate an endpoint's signing secret
     *
     * Mint a fresh signing secret for one endpoint, returned base64-encoded in `secret` exactly once. The previous secret is replaced immediately: there is no grace window on per-endpoint rotation (unlike the per-organization secret at `POST /v1/webhook-secret/rotate`, which is not part of this resource). Requires the `webhooks:write` scope.
     */
    readonly "rotateWebhookSecret": Endpoint<{ path: types.RotateWebhookSecretPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
}

export const endpoints: Endpoints = {
  "listWebhooks": endpoint("GET", "/v1/webhooks", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wireQuery = request.query ?? NO_VALUES;
    const w2 = own(wireQuery, "limit");
    const q1 = typeof w2 === "string" ? asInteger(w2) : w2 === undefined ? undefined : eachText(w2, asInteger);
    const query: Record<string, unknown> = {};
    if (q1 !== undefined) query["limit"] = q1;
    let marked = 0;
    validators.validateListWebhooksQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    if (errors.length > 0) return { ok: false, errors };
    if (q1 === undefined) query["limit"] = 50;
    return { ok: true, value: { path: NO_VALUES, query, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200 }, "401": { body: validators.validateListWebhooksResponse401 }, "403": { body: validators.validateListWebhooksResponse403 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429, headers: validators.validateListWebhooksResponse429Headers, readHeaders: shared.headers1 } }),
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
    return { ok: true, value: { path: NO_VALUES, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: isPlainObject(body) ? shared.blank1(body) : body } };
  }, { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "403": { body: validators.validateCreateWebhookResponse403 }, "409": { body: validators.validateCreateWebhookResponse409 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429, headers: validators.validateCreateWebhookResponse429Headers, readHeaders: shared.headers1 } }),
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
  }, { "200": { body: validators.validateGetWebhookResponse200 }, "401": { body: validators.validateGetWebhookResponse401 }, "403": { body: validators.validateGetWebhookResponse403 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429, headers: validators.validateGetWebhookResponse429Headers, readHeaders: shared.headers1 } }),
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
  }, { "204": {}, "401": { body: validators.validateDeleteWebhookResponse401 }, "403": { body: validators.validateDeleteWebhookResponse403 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429, headers: validators.validateDeleteWebhookResponse429Headers, readHeaders: shared.headers1 } }),
  "updateWebhook": endpoint("PATCH", "/v1/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
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
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: isPlainObject(body) ? shared.blank1(body) : body } };
  }, { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "403": { body: validators.validateUpdateWebhookResponse403 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429, headers: validators.validateUpdateWebhookResponse429Headers, readHeaders: shared.headers1 } }),
  "rotateWebhookSecret": endpoint("POST", "/v1/webhooks/{id}/rotate-secret", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path: Record<string, unknown> = { "id": p1 };
    let marked = 0;
    validators.validateRotateWebhookSecretPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateRotateWebhookSecretResponse200 }, "401": { body: validators.validateRotateWebhookSecretResponse401 }, "403": { body: validators.validateRotateWebhookSecretResponse403 }, "404": { body: validators.validateRotateWebhookSecretResponse404 }, "422": { body: validators.validateRotateWebhookSecretResponse422 }, "429": { body: validators.validateRotateWebhookSecretResponse429, headers: validators.validateRotateWebhookSecretResponse429Headers, readHeaders: shared.headers1 } }),
};
