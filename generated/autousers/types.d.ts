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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Lists the team's webhook endpoints. Requires the `webhooks:read` scope.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Creates a webhook endpoint. `url` must be an https URL; `description` is at most 500 characters or null; `enabled_events` holds 1 to 50 allowlisted event names or `*` for all events; `api_version` is at most 32 characters or null; `status` is `enabled` or `disabled`. Answers 201 with the endpoint and its full signing secret (`whsec_…`), which is shown only this once. Requires the `webhooks:write` scope.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Returns one webhook endpoint by its cuid. The signing secret is not returned, only its prefix. Requires the `webhooks:read` scope.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes a webhook endpoint. Requires the `webhooks:write` scope.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Updates the fields supplied; fields left out are unchanged. `url` must be a URI; `description` is at most 500 characters or null; `enabled_events` holds 1 to 50 allowlisted event names or `*`; `api_version` is at most 32 characters or null; `status` is `enabled` or `disabled`. `Idempotency-Key` (at most 255 characters) replays the cached answer when the same key sees an identical body within 24 hours and answers 409 `idempotency_key_reused` when the body differs. `Autousers-Version` pins the API version by date. Requires the `webhooks:write` scope.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Replaces the endpoint's signing secret. Requires the `webhooks:write` scope.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a synthetic test event
         * @description Sends a synthetic event of the given `type` (default `webhook.test`) to the endpoint. Requires the `webhooks:write` scope.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries for an endpoint
         * @description Lists the endpoint's deliveries, at most `limit` (1 to 100, default 25) per page, starting after the cursor `starting_after`, optionally only those with the given `status`. Requires the `webhooks:read` scope.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
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
         * @description autousers.ai POSTs each event an endpoint subscribes to (and synthetic test events) to the endpoint's `url`. Each delivery is signed: `Autousers-Signature` is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` computed with the endpoint's signing secret; receivers should reject a timestamp more than 300 seconds from their clock.
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
         * @description An allowlisted event name, or `*` to subscribe to all events.
         * @enum {string}
         */
        WebhookEvent: "evaluation.created" | "evaluation.status_changed" | "evaluation.completed" | "autouser_run.completed" | "autouser_run.failed" | "rating.created" | "calibration.frozen" | "*";
        /**
         * @description Whether the endpoint receives deliveries.
         * @enum {string}
         */
        WebhookStatus: "enabled" | "disabled";
        /** @description A webhook endpoint. The object may carry further keys beyond those listed (the reference shows `{key} any`). */
        Webhook: {
            /** @description cuid of the endpoint (a `c` followed by 24 lower-case letters or digits). */
            id: $Read<string>;
            /**
             * Format: uri
             * @description Where deliveries are POSTed.
             */
            url: string;
            /** @description whsec_ + 6 chars of entropy; the start of the signing secret, for recognising it. */
            secret_prefix: $Read<string>;
            /** @description Allowlisted event names or * to subscribe to all events. */
            enabled_events: components["schemas"]["WebhookEvent"][];
            status: components["schemas"]["WebhookStatus"];
            /** @description Free text describing the endpoint. */
            description?: string | null;
            /** @description The API version the endpoint's payloads are rendered with. */
            api_version?: string | null;
            /**
             * Format: date-time
             * @description When the endpoint was created.
             */
            created_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the endpoint was last changed.
             */
            updated_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When a delivery last succeeded, or null.
             */
            last_delivered_at?: $Read<string | null>;
            /**
             * Format: date-time
             * @description When a delivery last failed, or null.
             */
            last_failed_at?: $Read<string | null>;
        } & {
            [key: string]: unknown;
        };
        /** @description The endpoint just created, with its full signing secret, which is returned only this once. */
        CreatedWebhook: components["schemas"]["Webhook"] & {
            /** @description The full signing secret (`whsec_…`), shown once. */
            secret: $Read<string>;
        };
        /** @description A new webhook endpoint. */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed; https only.
             */
            url: string;
            /** @description Free text describing the endpoint, or null. */
            description?: string | null;
            /** @description Allowlisted event names or * to subscribe to all events; 1 to 50 items. */
            enabled_events: components["schemas"]["WebhookEvent"][];
            /** @description The API version to render payloads with, or null. */
            api_version?: string | null;
            status?: components["schemas"]["WebhookStatus"];
        };
        /** @description The fields to change; fields left out are unchanged. */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description Where deliveries are POSTed.
             */
            url?: string;
            /** @description Free text describing the endpoint, or null to clear it. Maximum 500 characters. */
            description?: string | null;
            /** @description Allowlisted event names or * to subscribe to all events; 1 to 50 items. */
            enabled_events?: components["schemas"]["WebhookEvent"][];
            /** @description The API version to render payloads with, or null. Maximum 32 characters. */
            api_version?: string | null;
            status?: components["schemas"]["WebhookStatus"];
        };
        /** @description The synthetic event to send. */
        TestWebhookRequest: {
            /**
             * @description The event type of the synthetic event.
             * @default webhook.test
             */
            type: string;
        };
        /** @description The answer to a test send (shape not documented). */
        TestWebhookResponse: {
            [key: string]: unknown;
        };
        /** @description The answer to a secret rotation (shape not documented). */
        RotateWebhookSecretResponse: {
            [key: string]: unknown;
        };
        /** @description The team's webhook endpoints (shape not documented; the reference page was not found). */
        WebhookList: {
            [key: string]: unknown;
        };
        /**
         * @description Where a delivery stands.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed" | "abandoned";
        /** @description One delivery of an event to the endpoint (fields beyond `status` not documented). */
        WebhookDelivery: {
            status?: components["schemas"]["WebhookDeliveryStatus"];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of deliveries (shape not documented). */
        WebhookDeliveryList: {
            /** @description The deliveries on this page. */
            data?: components["schemas"]["WebhookDelivery"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The event delivered (shape not documented). */
        WebhookEventPayload: {
            [key: string]: unknown;
        };
        /** @description The error envelope every failure answers with. */
        Error: {
            /** @description What went wrong. */
            error: {
                /** @description A human-readable description of the error. */
                message: string;
                /**
                 * @description The error category: invalid_request_error (400), authentication_error (401), authorization_error (403), not_found_error (404), rate_limit_error (429), api_error (500).
                 * @example invalid_request_error
                 * @example authentication_error
                 * @example authorization_error
                 * @example not_found_error
                 * @example rate_limit_error
                 * @example api_error
                 */
                type: string;
                /** @description A machine-readable code, such as missing_required_scope or idempotency_key_reused. */
                code?: string | null;
                /** @description The parameter the error is about, if any. */
                param?: string | null;
                /**
                 * Format: uri
                 * @description A link to documentation about the error.
                 */
                doc_url?: string | null;
                /** @description Identifies the request (as X-Request-Id does). */
                request_id?: string;
                /** @description Further details (shape not documented). */
                details?: Record<string, never> | null;
            };
        };
    };
    responses: {
        /** @description invalid_request_error. The parameters or body are not valid. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description authentication_error. The API key is missing or not accepted. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description authorization_error. The API key lacks the operation's scope. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description not_found_error. No webhook endpoint has this id. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The Idempotency-Key was already used within 24 hours with a different request body (code `idempotency_key_reused`). */
        IdempotencyKeyReused: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description rate_limit_error. Too many requests. */
        RateLimited: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description api_error. Something went wrong on autousers.ai's side. */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
        WebhookId: string;
        /** @description Client-generated idempotency key (≤255 chars). Replays the cached response when the same (team, key) pair sees an identical request body within 24h; returns 409 idempotency_key_reused if the body differs. */
        IdempotencyKey: string;
        /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
        AutousersVersion: string;
        /** @description How many deliveries to return, 1 to 100. */
        DeliveriesLimit: number;
        /** @description Cursor for pagination; returns the deliveries after this one. */
        StartingAfter: string;
        /** @description Only deliveries with this status. */
        DeliveryStatusFilter: components["schemas"]["WebhookDeliveryStatus"];
    };
    requestBodies: never;
    headers: {
        /** @description Identifies the request; carried by every response. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's webhook endpoints (shape not documented). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated idempotency key (≤255 chars). Replays the cached response when the same (team, key) pair sees an identical request body within 24h; returns 409 idempotency_key_reused if the body differs. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The endpoint was created; the full signing secret is returned this once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path: {
                /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path: {
                /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            /** @description The endpoint was deleted (status and body not documented). */
            "2XX": {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated idempotency key (≤255 chars). Replays the cached response when the same (team, key) pair sees an identical request body within 24h; returns 409 idempotency_key_reused if the body differs. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path: {
                /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
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
            /** @description OK. The updated endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated idempotency key (≤255 chars). Replays the cached response when the same (team, key) pair sees an identical request body within 24h; returns 409 idempotency_key_reused if the body differs. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path: {
                /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret was rotated (shape of the answer not documented). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotateWebhookSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated idempotency key (≤255 chars). Replays the cached response when the same (team, key) pair sees an identical request body within 24h; returns 409 idempotency_key_reused if the body differs. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path: {
                /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TestWebhookRequest"];
            };
        };
        responses: {
            /** @description The test event was sent (shape of the answer not documented). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestWebhookResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description How many deliveries to return, 1 to 100. */
                limit?: components["parameters"]["DeliveriesLimit"];
                /** @description Cursor for pagination; returns the deliveries after this one. */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description Only deliveries with this status. */
                status?: components["parameters"]["DeliveryStatusFilter"];
            };
            header?: {
                /** @description Date-pinned API version (e.g. 2026-05-04). Omit to receive the latest stable version. Pinning a version freezes payload shapes against breaking changes during the 12-month sunset window. */
                "Autousers-Version"?: components["parameters"]["AutousersVersion"];
            };
            path: {
                /** @description cuid of the resource (a `c` followed by 24 lower-case letters or digits). */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries (shape not documented). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with the endpoint's signing secret. Tolerance 300 seconds. */
                "Autousers-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery (for example a bad signature); it counts as failed. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** An allowlisted event name, or `*` to subscribe to all events. */
export type WebhookEvent = components["schemas"]["WebhookEvent"];
/** Whether the endpoint receives deliveries. */
export type WebhookStatus = components["schemas"]["WebhookStatus"];
/** A webhook endpoint. The object may carry further keys beyond those listed (the reference shows `{key} any`). */
export type Webhook = Readable<components["schemas"]["Webhook"]>;
/** A webhook endpoint. The object may carry further keys beyond those listed (the reference shows `{key} any`). */
export type WebhookInput = Writable<components["schemas"]["Webhook"]>;
/** The endpoint just created, with its full signing secret, which is returned only this once. */
export type CreatedWebhook = Readable<components["schemas"]["CreatedWebhook"]>;
/** The endpoint just created, with its full signing secret, which is returned only this once. */
export type CreatedWebhookInput = Writable<components["schemas"]["CreatedWebhook"]>;
/** A new webhook endpoint. */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];
/** The fields to change; fields left out are unchanged. */
export type UpdateWebhookRequest = components["schemas"]["UpdateWebhookRequest"];
/** The synthetic event to send. */
export type TestWebhookRequest = components["schemas"]["TestWebhookRequest"];
/** The answer to a test send (shape not documented). */
export type TestWebhookResponse = components["schemas"]["TestWebhookResponse"];
/** The answer to a secret rotation (shape not documented). */
export type RotateWebhookSecretResponse = components["schemas"]["RotateWebhookSecretResponse"];
/** The team's webhook endpoints (shape not documented; the reference page was not found). */
export type WebhookList = components["schemas"]["WebhookList"];
/** Where a delivery stands. */
export type WebhookDeliveryStatus = components["schemas"]["WebhookDeliveryStatus"];
/** One delivery of an event to the endpoint (fields beyond `status` not documented). */
export type WebhookDelivery = components["schemas"]["WebhookDelivery"];
/** A page of deliveries (shape not documented). */
export type WebhookDeliveryList = components["schemas"]["WebhookDeliveryList"];
/** The event delivered (shape not documented). */
export type WebhookEventPayload = components["schemas"]["WebhookEventPayload"];
/** The error envelope every failure answers with. */
export type Error2 = components["schemas"]["Error"];
export type ListWebhooksHeaders = NonNullable<paths["/api/v1/webhooks"]["get"]["parameters"]["header"]>;
/** The team's webhook endpoints (shape not documented). */
export type ListWebhooksResponse200 = paths["/api/v1/webhooks"]["get"]["responses"]["200"]["content"]["application/json"];
/** invalid_request_error. The parameters or body are not valid. */
export type ListWebhooksResponse400 = paths["/api/v1/webhooks"]["get"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type ListWebhooksResponse401 = paths["/api/v1/webhooks"]["get"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type ListWebhooksResponse403 = paths["/api/v1/webhooks"]["get"]["responses"]["403"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type ListWebhooksResponse429 = paths["/api/v1/webhooks"]["get"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type ListWebhooksResponse500 = paths["/api/v1/webhooks"]["get"]["responses"]["500"]["content"]["application/json"];
export type CreateWebhookHeaders = NonNullable<paths["/api/v1/webhooks"]["post"]["parameters"]["header"]>;
export type CreateWebhookRequestBody = NonNullable<paths["/api/v1/webhooks"]["post"]["requestBody"]>["content"]["application/json"];
/** The endpoint was created; the full signing secret is returned this once. */
export type CreateWebhookResponse201 = Readable<paths["/api/v1/webhooks"]["post"]["responses"]["201"]["content"]["application/json"]>;
/** invalid_request_error. The parameters or body are not valid. */
export type CreateWebhookResponse400 = paths["/api/v1/webhooks"]["post"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type CreateWebhookResponse401 = paths["/api/v1/webhooks"]["post"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type CreateWebhookResponse403 = paths["/api/v1/webhooks"]["post"]["responses"]["403"]["content"]["application/json"];
/** The Idempotency-Key was already used within 24 hours with a different request body (code `idempotency_key_reused`). */
export type CreateWebhookResponse409 = paths["/api/v1/webhooks"]["post"]["responses"]["409"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type CreateWebhookResponse429 = paths["/api/v1/webhooks"]["post"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type CreateWebhookResponse500 = paths["/api/v1/webhooks"]["post"]["responses"]["500"]["content"]["application/json"];
export type GetWebhookPathParams = NonNullable<paths["/api/v1/webhooks/{id}"]["get"]["parameters"]["path"]>;
export type GetWebhookHeaders = NonNullable<paths["/api/v1/webhooks/{id}"]["get"]["parameters"]["header"]>;
/** The webhook endpoint. */
export type GetWebhookResponse200 = Readable<paths["/api/v1/webhooks/{id}"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** invalid_request_error. The parameters or body are not valid. */
export type GetWebhookResponse400 = paths["/api/v1/webhooks/{id}"]["get"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type GetWebhookResponse401 = paths["/api/v1/webhooks/{id}"]["get"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type GetWebhookResponse403 = paths["/api/v1/webhooks/{id}"]["get"]["responses"]["403"]["content"]["application/json"];
/** not_found_error. No webhook endpoint has this id. */
export type GetWebhookResponse404 = paths["/api/v1/webhooks/{id}"]["get"]["responses"]["404"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type GetWebhookResponse429 = paths["/api/v1/webhooks/{id}"]["get"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type GetWebhookResponse500 = paths["/api/v1/webhooks/{id}"]["get"]["responses"]["500"]["content"]["application/json"];
export type DeleteWebhookPathParams = NonNullable<paths["/api/v1/webhooks/{id}"]["delete"]["parameters"]["path"]>;
export type DeleteWebhookHeaders = NonNullable<paths["/api/v1/webhooks/{id}"]["delete"]["parameters"]["header"]>;
/** invalid_request_error. The parameters or body are not valid. */
export type DeleteWebhookResponse400 = paths["/api/v1/webhooks/{id}"]["delete"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type DeleteWebhookResponse401 = paths["/api/v1/webhooks/{id}"]["delete"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type DeleteWebhookResponse403 = paths["/api/v1/webhooks/{id}"]["delete"]["responses"]["403"]["content"]["application/json"];
/** not_found_error. No webhook endpoint has this id. */
export type DeleteWebhookResponse404 = paths["/api/v1/webhooks/{id}"]["delete"]["responses"]["404"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type DeleteWebhookResponse429 = paths["/api/v1/webhooks/{id}"]["delete"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type DeleteWebhookResponse500 = paths["/api/v1/webhooks/{id}"]["delete"]["responses"]["500"]["content"]["application/json"];
export type UpdateWebhookPathParams = NonNullable<paths["/api/v1/webhooks/{id}"]["patch"]["parameters"]["path"]>;
export type UpdateWebhookHeaders = NonNullable<paths["/api/v1/webhooks/{id}"]["patch"]["parameters"]["header"]>;
export type UpdateWebhookRequestBody = NonNullable<paths["/api/v1/webhooks/{id}"]["patch"]["requestBody"]>["content"]["application/json"];
/** OK. The updated endpoint. */
export type UpdateWebhookResponse200 = Readable<paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["200"]["content"]["application/json"]>;
/** invalid_request_error. The parameters or body are not valid. */
export type UpdateWebhookResponse400 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type UpdateWebhookResponse401 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type UpdateWebhookResponse403 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["403"]["content"]["application/json"];
/** not_found_error. No webhook endpoint has this id. */
export type UpdateWebhookResponse404 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["404"]["content"]["application/json"];
/** The Idempotency-Key was already used within 24 hours with a different request body (code `idempotency_key_reused`). */
export type UpdateWebhookResponse409 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["409"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type UpdateWebhookResponse429 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type UpdateWebhookResponse500 = paths["/api/v1/webhooks/{id}"]["patch"]["responses"]["500"]["content"]["application/json"];
export type RotateWebhookSecretPathParams = NonNullable<paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["parameters"]["path"]>;
export type RotateWebhookSecretHeaders = NonNullable<paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["parameters"]["header"]>;
/** The secret was rotated (shape of the answer not documented). */
export type RotateWebhookSecretResponse200 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["200"]["content"]["application/json"];
/** invalid_request_error. The parameters or body are not valid. */
export type RotateWebhookSecretResponse400 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type RotateWebhookSecretResponse401 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type RotateWebhookSecretResponse403 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["403"]["content"]["application/json"];
/** not_found_error. No webhook endpoint has this id. */
export type RotateWebhookSecretResponse404 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["404"]["content"]["application/json"];
/** The Idempotency-Key was already used within 24 hours with a different request body (code `idempotency_key_reused`). */
export type RotateWebhookSecretResponse409 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["409"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type RotateWebhookSecretResponse429 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type RotateWebhookSecretResponse500 = paths["/api/v1/webhooks/{id}/rotate-secret"]["post"]["responses"]["500"]["content"]["application/json"];
export type TestWebhookPathParams = NonNullable<paths["/api/v1/webhooks/{id}/test"]["post"]["parameters"]["path"]>;
export type TestWebhookHeaders = NonNullable<paths["/api/v1/webhooks/{id}/test"]["post"]["parameters"]["header"]>;
export type TestWebhookRequestBody = NonNullable<paths["/api/v1/webhooks/{id}/test"]["post"]["requestBody"]>["content"]["application/json"];
export type TestWebhookRequestBodyReceived = $Defaulted<TestWebhookRequestBody, "type">;
/** The test event was sent (shape of the answer not documented). */
export type TestWebhookResponse200 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["200"]["content"]["application/json"];
/** invalid_request_error. The parameters or body are not valid. */
export type TestWebhookResponse400 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type TestWebhookResponse401 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type TestWebhookResponse403 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["403"]["content"]["application/json"];
/** not_found_error. No webhook endpoint has this id. */
export type TestWebhookResponse404 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["404"]["content"]["application/json"];
/** The Idempotency-Key was already used within 24 hours with a different request body (code `idempotency_key_reused`). */
export type TestWebhookResponse409 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["409"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type TestWebhookResponse429 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type TestWebhookResponse500 = paths["/api/v1/webhooks/{id}/test"]["post"]["responses"]["500"]["content"]["application/json"];
export type ListWebhookDeliveriesPathParams = NonNullable<paths["/api/v1/webhooks/{id}/deliveries"]["get"]["parameters"]["path"]>;
export type ListWebhookDeliveriesQuery = NonNullable<paths["/api/v1/webhooks/{id}/deliveries"]["get"]["parameters"]["query"]>;
export type ListWebhookDeliveriesHeaders = NonNullable<paths["/api/v1/webhooks/{id}/deliveries"]["get"]["parameters"]["header"]>;
export type ListWebhookDeliveriesQueryReceived = $Defaulted<ListWebhookDeliveriesQuery, "limit">;
/** A page of deliveries (shape not documented). */
export type ListWebhookDeliveriesResponse200 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["200"]["content"]["application/json"];
/** invalid_request_error. The parameters or body are not valid. */
export type ListWebhookDeliveriesResponse400 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["400"]["content"]["application/json"];
/** authentication_error. The API key is missing or not accepted. */
export type ListWebhookDeliveriesResponse401 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["401"]["content"]["application/json"];
/** authorization_error. The API key lacks the operation's scope. */
export type ListWebhookDeliveriesResponse403 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["403"]["content"]["application/json"];
/** not_found_error. No webhook endpoint has this id. */
export type ListWebhookDeliveriesResponse404 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["404"]["content"]["application/json"];
/** rate_limit_error. Too many requests. */
export type ListWebhookDeliveriesResponse429 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["429"]["content"]["application/json"];
/** api_error. Something went wrong on autousers.ai's side. */
export type ListWebhookDeliveriesResponse500 = paths["/api/v1/webhooks/{id}/deliveries"]["get"]["responses"]["500"]["content"]["application/json"];
/** `T` with its properties `K` present: a request may leave them out, and their schemas' defaults fill them in. */
export type $Defaulted<T, K extends PropertyKey> = T & { [P in keyof T as P extends K ? P : never]-?: T[P] };
