export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your webhook endpoints
         * @description Page over the webhook endpoints owned by your organization. Deleted endpoints are excluded. An organization holds at most 50 endpoints and the full set is returned in one page, so `meta.next_cursor` is currently always null. Requires the `webhooks:read` scope.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribe a URL to one or more organization-level events. The endpoint's signing secret is returned base64-encoded in `secret` exactly once; no endpoint reads it back (rotate to mint a new one). `url` must use HTTPS; `events` must hold 1 to 50 distinct known event names; `description` is at most 200 characters; `api_version` must be a supported version. Each violation is 422 VALIDATION_FAILED with the field in `details`. An organization holds up to 50 active endpoints; exceeding the cap is 409 LIMIT_EXCEEDED. Requires the `webhooks:write` scope.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Read one endpoint of your organization. The secret is never returned. An id that belongs to another organization answers 404, exactly like an unknown id. Requires the `webhooks:read` scope.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Soft-delete the endpoint. It stops receiving deliveries and in-flight deliveries targeting it are abandoned; historical delivery records are kept for audit. There is no undelete: re-creating an endpoint at the same URL makes a new endpoint with a new signing secret. Requires the `webhooks:write` scope.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Apply a partial update; omitting a field leaves it unchanged. `url` must use HTTPS, the same rule as create. `description`: an empty string after trimming clears the label; a non-empty value updates it; values longer than 200 characters are rejected. `events`, when present, replaces the entire subscription set (to add one event, read the current events, append, and send the full set back). `active` turns delivery on or off without deleting the endpoint. `api_version` is immutable: to change the envelope version, create a new endpoint at the new version and delete the old one once the cutover is verified. Requires the `webhooks:write` scope.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint's signing secret
         * @description Mint a fresh signing secret for one endpoint, returned base64-encoded in `secret` exactly once. The previous secret is replaced immediately: there is no grace window on per-endpoint rotation (unlike the per-organization secret at `POST /v1/webhook-secret/rotate`, which is not part of this resource). Requires the `webhooks:write` scope.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    webhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event delivered to a webhook endpoint
         * @description AgentMessage POSTs each subscribed event to the endpoint's `url`, signed with the endpoint's secret. The `X-AmCore-Signature` header is `t=<unix seconds>,v1=<hex HMAC>`, the HMAC computed over the timestamp, a newline and the raw body. Verify it against the raw body before parsing.
         */
        post: operations["receiveWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description An organization-level event an endpoint can subscribe to.
         * @enum {string}
         */
        WebhookEvent: "brand.vetted" | "brand.vetting_failed" | "campaign.approved" | "campaign.rejected" | "campaign.shared" | "wallet.balance_low" | "wallet.balance_zero" | "subscription.past_due" | "subscription.canceled" | "api_key.created" | "api_key.rotated" | "api_key.revoked" | "phone_number.bulk_order.completed" | "phone_number.campaign.assigned" | "consent_pending.confirmed" | "consent_pending.expired" | "lookup.completed";
        /** @description The subscription set: 1 to 50 distinct known event names. Duplicates and unknown names are rejected. */
        WebhookEvents: components["schemas"]["WebhookEvent"][];
        /** @description A webhook endpoint as the API returns it. The signing secret is never included. */
        Webhook: {
            /**
             * Format: uuid
             * @description The endpoint's id.
             */
            id: $Read<string>;
            /**
             * Format: uuid
             * @description The organization that owns the endpoint.
             */
            org_id: $Read<string>;
            /**
             * Format: uri
             * @description The HTTPS URL deliveries are POSTed to.
             */
            url: string;
            /** @description The endpoint's label, or null when it has none. */
            description?: string | null;
            events: components["schemas"]["WebhookEvents"];
            /** @description Whether deliveries are on. */
            active: boolean;
            /** @description The envelope version of deliveries, fixed when the endpoint is created. */
            api_version: $Read<string>;
            /**
             * Format: date-time
             * @description When the endpoint was created.
             */
            created_at: $Read<string>;
            /**
             * Format: date-time
             * @description When the endpoint was last changed.
             */
            updated_at: $Read<string>;
            /**
             * Format: date-time
             * @description When the endpoint was soft-deleted; null while it exists.
             */
            deleted_at: $Read<string | null>;
        };
        /** @description A webhook endpoint with its signing secret, returned once by create and rotate. */
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description The base64-encoded signing secret. It is shown this once; store it securely. */
            secret: $Read<string>;
            /**
             * @description Always true; a reminder that the secret is never shown again.
             * @constant
             */
            secret_displayed_once: $Read<true>;
        };
        /** @description The body of createWebhook. */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description The URL deliveries are POSTed to. It must use HTTPS.
             */
            url: string;
            events: components["schemas"]["WebhookEvents"];
            /** @description A label for the endpoint, 200 characters or fewer. */
            description?: string;
            /** @description The envelope version deliveries use; it must be a supported version (unknown or deprecated versions are 422). It cannot be changed later. */
            api_version?: string;
        };
        /** @description The body of updateWebhook, a partial update: omitting a field leaves it unchanged, so an empty object is accepted and changes nothing. */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description The URL deliveries are POSTed to. It must use HTTPS, the same rule as create.
             */
            url?: string;
            /** @description The endpoint's label. An empty string after trimming clears the label; a non-empty value updates it. Values longer than 200 characters are rejected. */
            description?: string;
            /** @description Replaces the entire subscription set. To add an event, read the current events, append, and send the full set back. */
            events?: components["schemas"]["WebhookEvents"];
            /** @description Turns delivery on or off without deleting the endpoint. */
            active?: boolean;
            /** @description May not be sent: `api_version` is fixed at creation. To change the envelope version, create a new endpoint at the new version and delete the old one. */
            api_version?: never;
        };
        /** @description A page of webhook endpoints. */
        WebhookList: {
            /**
             * @description Always true on success.
             * @constant
             */
            success: true;
            /** @description The endpoints, deleted ones excluded. */
            data: components["schemas"]["Webhook"][];
            /** @description Paging information. */
            meta: {
                /** @description The number of endpoints. */
                total: number;
                /** @description The page size that was applied. */
                limit: number;
                /** @description The offset of the first endpoint in this page. */
                offset: number;
                /** @description Cursor of the next page. Currently always null: the full set (at most 50 endpoints) fits in one page. */
                next_cursor: string | null;
            };
        };
        /** @description The event payload. Its envelope follows the endpoint's `api_version`; the webhook pages read for this spec do not describe its fields. */
        WebhookDelivery: {
            [key: string]: unknown;
        };
        /** @description AgentMessage's error envelope. */
        Error: {
            /**
             * @description Always false on an error.
             * @constant
             */
            success: false;
            /** @description What went wrong. */
            error: {
                /**
                 * @description Machine-readable code: INVALID_INPUT (400), VALIDATION_FAILED (422), UNAUTHORIZED (401), FORBIDDEN (403), NOT_FOUND (404), LIMIT_EXCEEDED (409), RATE_LIMITED (429).
                 * @enum {string}
                 */
                code: "INVALID_INPUT" | "VALIDATION_FAILED" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "LIMIT_EXCEEDED" | "RATE_LIMITED";
                /** @description A human-readable summary. */
                message: string;
                /** @description Identifies the request, for support. */
                request_id: string;
                /** @description Maps a field name to the message about it (validation failures). */
                details?: {
                    [key: string]: string;
                };
            };
        };
    };
    responses: {
        /** @description INVALID_INPUT — the request could not be read (for example, the body is not JSON). */
        InvalidInput: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description UNAUTHORIZED — the API key is missing or not accepted. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description FORBIDDEN — the API key lacks the operation's scope. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description NOT_FOUND — no endpoint with this id in your organization. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description LIMIT_EXCEEDED — the organization already holds 50 active endpoints. */
        LimitExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
        RateLimited: {
            headers: {
                /** @description How long to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The webhook endpoint's id. */
        WebhookId: string;
        /** @description Maximum number of endpoints to return. */
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Maximum number of endpoints to return. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's webhook endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The endpoint was created; its signing secret is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["InvalidInput"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["LimitExceeded"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint was deleted. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["InvalidInput"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new signing secret, shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC over "<t>\n<raw body>">`. */
                "X-AmCore-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDelivery"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejects a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** An organization-level event an endpoint can subscribe to. */
export type WebhookEvent = components["schemas"]["WebhookEvent"];
/** The subscription set: 1 to 50 distinct known event names. Duplicates and unknown names are rejected. */
export type WebhookEvents = components["schemas"]["WebhookEvents"];
/** A webhook endpoint as the API returns it. The signing secret is never included. */
export type Webhook = Readable<components["schemas"]["Webhook"]>;
/** A webhook endpoint as the API returns it. The signing secret is never included. */
export type WebhookInput = Writable<components["schemas"]["Webhook"]>;
/** A webhook endpoint with its signing secret, returned once by create and rotate. */
export type WebhookWithSecret = Readable<components["schemas"]["WebhookWithSecret"]>;
/** A webhook endpoint with its signing secret, returned once by create and rotate. */
export type WebhookWithSecretInput = Writable<components["schemas"]["WebhookWithSecret"]>;
/** The body of createWebhook. */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];
/** The body of updateWebhook, a partial update: omitting a field leaves it unchanged, so an empty object is accepted and changes nothing. */
export type UpdateWebhookRequest = components["schemas"]["UpdateWebhookRequest"];
/** A page of webhook endpoints. */
export type WebhookList = Readable<components["schemas"]["WebhookList"]>;
/** A page of webhook endpoints. */
export type WebhookListInput = Writable<components["schemas"]["WebhookList"]>;
/** The event payload. Its envelope follows the endpoint's `api_version`; the webhook pages read for this spec do not describe its fields. */
export type WebhookDelivery = components["schemas"]["WebhookDelivery"];
/** AgentMessage's error envelope. */
export type Error2 = components["schemas"]["Error"];
export type ListWebhooksQuery = NonNullable<paths["/v1/webhooks"]["get"]["parameters"]["query"]>;
export type ListWebhooksQueryReceived = $Defaulted<ListWebhooksQuery, "limit">;
/** The organization's webhook endpoints. */
export type ListWebhooksResponse200 = Readable<paths["/v1/webhooks"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** UNAUTHORIZED — the API key is missing or not accepted. */
export type ListWebhooksResponse401 = paths["/v1/webhooks"]["get"]["responses"]["401"]["content"]["application/json"];
/** FORBIDDEN — the API key lacks the operation's scope. */
export type ListWebhooksResponse403 = paths["/v1/webhooks"]["get"]["responses"]["403"]["content"]["application/json"];
/** VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
export type ListWebhooksResponse422 = paths["/v1/webhooks"]["get"]["responses"]["422"]["content"]["application/json"];
/** RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
export type ListWebhooksResponse429 = paths["/v1/webhooks"]["get"]["responses"]["429"]["content"]["application/json"];
export type CreateWebhookRequestBody = NonNullable<paths["/v1/webhooks"]["post"]["requestBody"]>["content"]["application/json"];
export type CreateWebhookRequestBodyReceived = $BlankAsNull<CreateWebhookRequestBody, "description">;
/** The endpoint was created; its signing secret is shown this once. */
export type CreateWebhookResponse201 = Readable<paths["/v1/webhooks"]["post"]["responses"]["201"]["content"]["application/json"]>;
/** INVALID_INPUT — the request could not be read (for example, the body is not JSON). */
export type CreateWebhookResponse400 = paths["/v1/webhooks"]["post"]["responses"]["400"]["content"]["application/json"];
/** UNAUTHORIZED — the API key is missing or not accepted. */
export type CreateWebhookResponse401 = paths["/v1/webhooks"]["post"]["responses"]["401"]["content"]["application/json"];
/** FORBIDDEN — the API key lacks the operation's scope. */
export type CreateWebhookResponse403 = paths["/v1/webhooks"]["post"]["responses"]["403"]["content"]["application/json"];
/** LIMIT_EXCEEDED — the organization already holds 50 active endpoints. */
export type CreateWebhookResponse409 = paths["/v1/webhooks"]["post"]["responses"]["409"]["content"]["application/json"];
/** VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
export type CreateWebhookResponse422 = paths["/v1/webhooks"]["post"]["responses"]["422"]["content"]["application/json"];
/** RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
export type CreateWebhookResponse429 = paths["/v1/webhooks"]["post"]["responses"]["429"]["content"]["application/json"];
export type GetWebhookPathParams = NonNullable<paths["/v1/webhooks/{id}"]["get"]["parameters"]["path"]>;
/** The endpoint. */
export type GetWebhookResponse200 = Readable<paths["/v1/webhooks/{id}"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** UNAUTHORIZED — the API key is missing or not accepted. */
export type GetWebhookResponse401 = paths["/v1/webhooks/{id}"]["get"]["responses"]["401"]["content"]["application/json"];
/** FORBIDDEN — the API key lacks the operation's scope. */
export type GetWebhookResponse403 = paths["/v1/webhooks/{id}"]["get"]["responses"]["403"]["content"]["application/json"];
/** NOT_FOUND — no endpoint with this id in your organization. */
export type GetWebhookResponse404 = paths["/v1/webhooks/{id}"]["get"]["responses"]["404"]["content"]["application/json"];
/** VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
export type GetWebhookResponse422 = paths["/v1/webhooks/{id}"]["get"]["responses"]["422"]["content"]["application/json"];
/** RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
export type GetWebhookResponse429 = paths["/v1/webhooks/{id}"]["get"]["responses"]["429"]["content"]["application/json"];
export type DeleteWebhookPathParams = NonNullable<paths["/v1/webhooks/{id}"]["delete"]["parameters"]["path"]>;
/** UNAUTHORIZED — the API key is missing or not accepted. */
export type DeleteWebhookResponse401 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["401"]["content"]["application/json"];
/** FORBIDDEN — the API key lacks the operation's scope. */
export type DeleteWebhookResponse403 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["403"]["content"]["application/json"];
/** NOT_FOUND — no endpoint with this id in your organization. */
export type DeleteWebhookResponse404 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["404"]["content"]["application/json"];
/** VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
export type DeleteWebhookResponse422 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["422"]["content"]["application/json"];
/** RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
export type DeleteWebhookResponse429 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["429"]["content"]["application/json"];
export type UpdateWebhookPathParams = NonNullable<paths["/v1/webhooks/{id}"]["patch"]["parameters"]["path"]>;
export type UpdateWebhookRequestBody = NonNullable<paths["/v1/webhooks/{id}"]["patch"]["requestBody"]>["content"]["application/json"];
export type UpdateWebhookRequestBodyReceived = $BlankAsNull<UpdateWebhookRequestBody, "description">;
/** The updated endpoint. */
export type UpdateWebhookResponse200 = Readable<paths["/v1/webhooks/{id}"]["patch"]["responses"]["200"]["content"]["application/json"]>;
/** INVALID_INPUT — the request could not be read (for example, the body is not JSON). */
export type UpdateWebhookResponse400 = paths["/v1/webhooks/{id}"]["patch"]["responses"]["400"]["content"]["application/json"];
/** UNAUTHORIZED — the API key is missing or not accepted. */
export type UpdateWebhookResponse401 = paths["/v1/webhooks/{id}"]["patch"]["responses"]["401"]["content"]["application/json"];
/** FORBIDDEN — the API key lacks the operation's scope. */
export type UpdateWebhookResponse403 = paths["/v1/webhooks/{id}"]["patch"]["responses"]["403"]["content"]["application/json"];
/** NOT_FOUND — no endpoint with this id in your organization. */
export type UpdateWebhookResponse404 = paths["/v1/webhooks/{id}"]["patch"]["responses"]["404"]["content"]["application/json"];
/** VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
export type UpdateWebhookResponse422 = paths["/v1/webhooks/{id}"]["patch"]["responses"]["422"]["content"]["application/json"];
/** RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
export type UpdateWebhookResponse429 = paths["/v1/webhooks/{id}"]["patch"]["responses"]["429"]["content"]["application/json"];
export type RotateWebhookSecretPathParams = NonNullable<paths["/v1/webhooks/{id}/rotate-secret"]["post"]["parameters"]["path"]>;
/** The endpoint with its new signing secret, shown this once. */
export type RotateWebhookSecretResponse200 = Readable<paths["/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["200"]["content"]["application/json"]>;
/** UNAUTHORIZED — the API key is missing or not accepted. */
export type RotateWebhookSecretResponse401 = paths["/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["401"]["content"]["application/json"];
/** FORBIDDEN — the API key lacks the operation's scope. */
export type RotateWebhookSecretResponse403 = paths["/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["403"]["content"]["application/json"];
/** NOT_FOUND — no endpoint with this id in your organization. */
export type RotateWebhookSecretResponse404 = paths["/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["404"]["content"]["application/json"];
/** VALIDATION_FAILED — parameters or body break the documented rules; `details` names the fields. */
export type RotateWebhookSecretResponse422 = paths["/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["422"]["content"]["application/json"];
/** RATE_LIMITED — too many requests; retry after the time in `Retry-After`. */
export type RotateWebhookSecretResponse429 = paths["/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["429"]["content"]["application/json"];
/** `T` with its properties `K` present: a request may leave them out, and their schemas' defaults fill them in. */
export type $Defaulted<T, K extends PropertyKey> = T & { [P in keyof T as P extends K ? P : never]-?: T[P] };
/** `T` with its properties `K` possibly null: a blank string sent in one arrives as null (`x-specforge-blank-as-null`). */
export type $BlankAsNull<T, K extends PropertyKey> = { [P in keyof T]: P extends K ? T[P] | null : T[P] };
