import { checkRequest, checkResponse, type Endpoint, type OperationDescriptor } from "./runtime/endpoint-runtime.js";
import type { ParameterPlan } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
import type * as types from "./types.js";
const plans1: readonly ParameterPlan[] = [{ "name": "isActive", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["boolean"] } }, { "name": "page", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }, { "name": "limit", "in": "query", "style": "form", "explode": true, "shape": { "kind": "primitive", "types": ["integer"] } }];
const plans2: readonly ParameterPlan[] = [];
const plans3: readonly ParameterPlan[] = [{ "name": "id", "in": "path", "style": "simple", "explode": false, "shape": { "kind": "primitive", "types": ["string"] } }];
const listWebhooksOperation: OperationDescriptor = {
  parameters: plans1,
  query: validators.validateListWebhooksQuery,
  responses: { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "429": { body: validators.validateListWebhooksResponse429 } },
};
const createWebhookOperation: OperationDescriptor = {
  parameters: plans2,
  body: { required: true, validate: validators.validateCreateWebhookRequestBody },
  responses: { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "429": { body: validators.validateCreateWebhookResponse429 } },
};
const getWebhookOperation: OperationDescriptor = {
  parameters: plans3,
  path: validators.validateGetWebhookPathParams,
  responses: { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "429": { body: validators.validateGetWebhookResponse429 } },
};
const updateWebhookOperation: OperationDescriptor = {
  parameters: plans3,
  path: validators.validateUpdateWebhookPathParams,
  body: { required: true, validate: validators.validateUpdateWebhookRequestBody },
  responses: { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "429": { body: validators.validateUpdateWebhookResponse429 } },
};
const deleteWebhookOperation: OperationDescriptor = {
  parameters: plans3,
  path: validators.validateDeleteWebhookPathParams,
  responses: { "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "2XX": {  } },
};

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
