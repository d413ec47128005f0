import { endpoint, located, type Endpoint, type RequestError, type RequestInput, type RequestResult } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asBoolean, asInteger, eachText, first, own } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
import type * as types from "../types.js";

/** Every operation of the API by operationId: its method, path and request/response validators. */
export interface Endpoints {
    /**
     * List webhooks
     *
     * Lists the project's webhooks, optionally only active or inactive ones, a page at a time. The secret is masked in every webhook.
     */
    readonly "listWebhooks": Endpoint<{ path: Record<string, never>; query: types.ListWebhooksQuery; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Create a webhook
     *
     * Creates a webhook for the project from `url`, `events` and `metadata`. Answers 201; the signing secret (`whsec_…`) is shown in this answer only.
     */
    readonly "createWebhook": Endpoint<{ path: Record<string, never>; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.CreateWebhookRequestBody }>;
    /**
     * Get a webhook
     *
     * Returns one webhook of the project, with its secret masked.
     */
    readonly "getWebhook": Endpoint<{ path: types.GetWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
    /**
     * Update a webhook
     *
     * All fields are optional: only the fields supplied are updated. `url` must include the http or https protocol; `events` replaces the subscribed list and must contain at least one valid event; `isActive` enables or disables delivery without deleting the webhook. The signing secret is immutable (create a new webhook to rotate it): supplying a `secret` field returns 400. An id that names no webhook in the project returns 404. Accepts a project API key (`AS_` prefix).
     */
    readonly "updateWebhook": Endpoint<{ path: types.UpdateWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: types.UpdateWebhookRequestBody }>;
    /**
     * Delete a webhook
     *
     * Deletes a webhook of the project.
     */
    readonly "deleteWebhook": Endpoint<{ path: types.DeleteWebhookPathParams; query: Record<string, never>; headers: Record<string, never>; cookies: Record<string, never>; body: undefined }>;
}

export const endpoints: Endpoints = {
  "listWebhooks": endpoint("GET", "/webhooks", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wireQuery = request.query ?? NO_VALUES;
    const w2 = own(wireQuery, "isActive");
    const q1 = typeof w2 === "string" ? asBoolean(w2) : w2 === undefined ? undefined : eachText(w2, asBoolean);
    const w4 = own(wireQuery, "page");
    const q3 = typeof w4 === "string" ? asInteger(w4) : w4 === undefined ? undefined : eachText(w4, asInteger);
    const w6 = own(wireQuery, "limit");
    const q5 = typeof w6 === "string" ? asInteger(w6) : w6 === undefined ? undefined : eachText(w6, asInteger);
    const query: Record<string, unknown> = {};
    if (q1 !== undefined) query["isActive"] = q1;
    if (q3 !== undefined) query["page"] = q3;
    if (q5 !== undefined) query["limit"] = q5;
    let marked = 0;
    validators.validateListWebhooksQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path: NO_VALUES, query, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "429": { body: validators.validateListWebhooksResponse429 } }),
  "createWebhook": endpoint("POST", "/webhooks", (request: RequestInput): RequestResult<unknown> => {
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
  }, { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "429": { body: validators.validateCreateWebhookResponse429 } }),
  "getWebhook": endpoint("GET", "/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path: Record<string, unknown> = { "id": p1 };
    let marked = 0;
    validators.validateGetWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "429": { body: validators.validateGetWebhookResponse429 } }),
  "updateWebhook": endpoint("PUT", "/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
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
  }, { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "429": { body: validators.validateUpdateWebhookResponse429 } }),
  "deleteWebhook": endpoint("DELETE", "/webhooks/{id}", (request: RequestInput): RequestResult<unknown> => {
    const errors: RequestError[] = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path: Record<string, unknown> = { "id": p1 };
    let marked = 0;
    validators.validateDeleteWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "2XX": {} }),
};
