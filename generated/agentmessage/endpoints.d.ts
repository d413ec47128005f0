import type { Endpoint } from "./runtime/endpoint-runtime.js";
import type * as types from "./types.js";

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

export declare const endpoints: Endpoints;
