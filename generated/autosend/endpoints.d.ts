import type { Endpoint } from "./runtime/endpoint-runtime.js";
import type * as types from "./types.js";

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

export declare const endpoints: Endpoints;
