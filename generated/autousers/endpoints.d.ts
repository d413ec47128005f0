import type { Endpoint } from "./runtime/endpoint-runtime.js";
import type * as types from "./types.js";

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
    readonly "testWebhook": Endpoint<{ path: types.TestWebhookPathParams; query: Record<string, never>; headers: types.TestWebhookHeaders; cookies: Record<string, never>; body: types.TestWebhookRequestBodyReceived | undefined }>;
    /**
     * List deliveries for an endpoint
     *
     * Lists the endpoint's deliveries, at most `limit` (1 to 100, default 25) per page, starting after the cursor `starting_after`, optionally only those with the given `status`. Requires the `webhooks:read` scope.
     */
    readonly "listWebhookDeliveries": Endpoint<{ path: types.ListWebhookDeliveriesPathParams; query: types.ListWebhookDeliveriesQueryReceived; headers: types.ListWebhookDeliveriesHeaders; cookies: Record<string, never>; body: undefined }>;
}

export declare const endpoints: Endpoints;
