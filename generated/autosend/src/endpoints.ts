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
  "listWebhooks": endpoint("GET", "/webhooks", {
    parameters: [{ "name": "isActive", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["boolean"] } }, { "name": "page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "limit", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }],
    query: validators.validateListWebhooksQuery,
    responses: { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "429": { body: validators.validateListWebhooksResponse429 } },
  }),
  "createWebhook": endpoint("POST", "/webhooks", {
    parameters: [],
    body: { required: true, validate: validators.validateCreateWebhookRequestBody },
    responses: { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "429": { body: validators.validateCreateWebhookResponse429 } },
  }),
  "getWebhook": endpoint("GET", "/webhooks/{id}", {
    parameters: sharedPlans.p1,
    path: validators.validateGetWebhookPathParams,
    responses: { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "429": { body: validators.validateGetWebhookResponse429 } },
  }),
  "updateWebhook": endpoint("PUT", "/webhooks/{id}", {
    parameters: sharedPlans.p1,
    path: validators.validateUpdateWebhookPathParams,
    body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
    responses: { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "429": { body: validators.validateUpdateWebhookResponse429 } },
  }),
  "deleteWebhook": endpoint("DELETE", "/webhooks/{id}", {
    parameters: sharedPlans.p1,
    path: validators.validateDeleteWebhookPathParams,
    responses: { "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "2XX": {  } },
  }),
};
