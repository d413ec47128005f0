import type { Endpoint } from "./runtime/endpoint-runtime.js";
import type * as types from "./types.js";

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

export declare const endpoints: Endpoints;
