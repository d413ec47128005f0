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
         * List webhooks
         * @description List the account's webhooks, a page at a time (`page`, `per_page`).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Register a URL to receive notifications. `url` and `enabled_events` are required; send `["*"]` to receive every event. A secret set here signs notifications in the `X-Middesk-Signature-256` header; it is never returned. OIDC: see UpdateWebhookRequest. Bad input is 422.
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
                /** @description Webhook ID. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Read one webhook. The secret and the OIDC client secret are never returned. Unknown id is 404.
         */
        get: operations["getWebhook"];
        /**
         * Update a webhook
         * @description Change a webhook's settings. Every field is optional. `include` is a comma-delimited list of associations to include in payloads: omit it or send `*` for all, or send `identifiers` to receive only top-level scalar fields (id, external_id, name, status, …) with no associations. OIDC: `oidc_auth_method` is required when configuring OIDC. `private_key_jwt` requires `oidc_client_id`, `oidc_token_endpoint` and `oidc_access_token_ttl_seconds`; `client_secret` requires those and `oidc_client_secret`. Both methods optionally accept `oidc_scope` and `oidc_resource_uri`. `oidc_client_secret` is write-only. Unknown id is 404.
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete a webhook
         * @description Delete a webhook; it stops receiving notifications. Unknown id is 404.
         */
        delete: operations["deleteWebhook"];
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
         * An event notification sent to a webhook
         * @description Middesk POSTs an Event object to the webhook's `url` for each subscribed event. The `X-Middesk-Signature-256` header carries the hex HMAC-SHA256 of the raw body keyed with the webhook's secret; compare it in constant time before parsing the body. Webhooks configured for OIDC also carry an access token from your identity provider.
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
         * @description An event name: a lower-case dotted name such as `business.created`. Names documented so far: business.created, business.updated, tin.retried, address.created, address.deleted, name.created, name.deleted, person.created, person.deleted, registration.created, registration.updated, monitor.created, monitor.updated, bankruptcy.created.
         * @example business.created
         * @example business.updated
         * @example tin.retried
         * @example address.created
         * @example address.deleted
         * @example name.created
         * @example name.deleted
         * @example person.created
         * @example person.deleted
         * @example registration.created
         * @example registration.updated
         * @example monitor.created
         * @example monitor.updated
         * @example bankruptcy.created
         */
        WebhookEvent: string;
        /** @description Event types to subscribe to; `["*"]` subscribes to every event. */
        EnabledEvents: (components["schemas"]["WebhookEvent"] | "*")[];
        /** @description Comma-delimited list of associations to include in webhook payloads. Omit or set to `*` for all. Use `identifiers` to receive only top-level scalar fields (id, external_id, name, status, etc.) with no associations. */
        Include: string;
        /**
         * @description OIDC authentication method for obtaining access tokens. Required when configuring OIDC. `private_key_jwt` requires oidc_client_id, oidc_token_endpoint, oidc_access_token_ttl_seconds; `client_secret` requires oidc_client_id, oidc_client_secret, oidc_token_endpoint, oidc_access_token_ttl_seconds. Both methods optionally accept oidc_scope and oidc_resource_uri.
         * @enum {string}
         */
        OidcAuthMethod: "private_key_jwt" | "client_secret";
        /** @description A webhook as the API returns it. Its secret and OIDC client secret are never returned. */
        Webhook: {
            /**
             * @description Always `webhook`.
             * @constant
             */
            object: "webhook";
            /**
             * Format: uuid
             * @description Webhook ID.
             */
            id: $Read<string>;
            /**
             * Format: uri
             * @description Webhook endpoint URL.
             */
            url: string;
            enabled_events: components["schemas"]["EnabledEvents"];
            /**
             * Format: date-time
             * @description When the webhook was created.
             */
            created_at: $Read<string>;
            /**
             * Format: date-time
             * @description When the webhook was last changed.
             */
            updated_at?: $Read<string>;
            /**
             * Format: date-time
             * @description When the webhook was disabled; null while it is enabled.
             */
            disabled_at?: string | null;
            /** @description The OIDC client id the webhook authenticates with, or null. */
            oauth_client_id?: string | null;
        };
        /** @description The body of createWebhook. */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Webhook endpoint URL.
             */
            url: string;
            /** @description Secret for webhook signature verification. Never returned. */
            secret?: $Write<string>;
            /**
             * Format: date-time
             * @description Timestamp when webhook was disabled.
             */
            disabled_at?: string;
            enabled_events: components["schemas"]["EnabledEvents"];
            include?: components["schemas"]["Include"];
            oidc_auth_method?: components["schemas"]["OidcAuthMethod"];
            /** @description OIDC client ID. Required for both auth methods. */
            oidc_client_id?: string;
            /** @description OIDC client secret. Required when oidc_auth_method is `client_secret`. Write-only; never returned in responses. */
            oidc_client_secret?: $Write<string>;
            /**
             * Format: uri
             * @description OIDC token endpoint URL. Required for both auth methods.
             */
            oidc_token_endpoint?: string;
            /**
             * Format: uri
             * @description Optional. OIDC resource URI (Microsoft-specific; use oidc_scope for standard OAuth 2.0).
             */
            oidc_resource_uri?: string;
            /** @description Optional. OAuth 2.0 scope for the token request (e.g. `api://<app-id>/.default`). */
            oidc_scope?: string;
            /** @description OIDC access token TTL in seconds. Required for both auth methods. */
            oidc_access_token_ttl_seconds?: number;
        } & (unknown & unknown);
        /** @description The body of updateWebhook. Every field is optional. OIDC fields travel together: `oidc_auth_method` is required with any `oidc_*` field, and each method requires its fields. */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description Webhook endpoint URL.
             */
            url?: string;
            /** @description Secret for webhook signature verification. Never returned. */
            secret?: $Write<string>;
            /**
             * Format: date-time
             * @description Timestamp when webhook was disabled.
             */
            disabled_at?: string;
            enabled_events?: components["schemas"]["EnabledEvents"];
            include?: components["schemas"]["Include"];
            oidc_auth_method?: components["schemas"]["OidcAuthMethod"];
            /** @description OIDC client ID. Required for both auth methods. */
            oidc_client_id?: string;
            /** @description OIDC client secret. Required when oidc_auth_method is `client_secret`. Write-only; never returned in responses. */
            oidc_client_secret?: $Write<string>;
            /**
             * Format: uri
             * @description OIDC token endpoint URL. Required for both auth methods.
             */
            oidc_token_endpoint?: string;
            /**
             * Format: uri
             * @description Optional. OIDC resource URI (Microsoft-specific; use oidc_scope for standard OAuth 2.0).
             */
            oidc_resource_uri?: string;
            /** @description Optional. OAuth 2.0 scope for the token request (e.g. `api://<app-id>/.default`). */
            oidc_scope?: string;
            /** @description OIDC access token TTL in seconds. Required for both auth methods. */
            oidc_access_token_ttl_seconds?: number;
        } & (unknown & unknown);
        /** @description A page of webhooks. */
        WebhookList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object?: "list";
            /** @description The webhooks in this page. */
            data: components["schemas"]["Webhook"][];
            /** @description How many webhooks there are in all. */
            total_count?: number;
            /** @description Whether later pages exist. */
            has_more?: boolean;
        };
        /** @description An Event object. */
        WebhookDelivery: {
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /** @description The Middesk-defined id of the event. */
            id: string;
            /** @description The event name, e.g. `business.created`. */
            type: string;
            /** @description When the event was created. */
            created_at: string;
            /** @description A container for the data associated with the notification; `data.object` is the object concerned. */
            data: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Middesk's error envelope. */
        Error: {
            /** @description One or more errors. */
            errors: {
                /** @description Explains the error. */
                message: string;
                /** @description The field that caused the error, when one did; absent otherwise. */
                parameter?: string;
            }[];
        };
    };
    responses: {
        /** @description Bad Request — the request was unacceptable (for example, the body is not JSON). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized — an invalid API key was provided. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found — no webhook with this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Validation — a parameter was not formatted correctly. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests — more than 20 requests per second. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal Server Error — a problem with Middesk's servers. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Webhook ID. */
        WebhookId: string;
        /** @description The page to return, starting at 1. */
        Page: number;
        /** @description How many webhooks a page holds. */
        PerPage: number;
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
                /** @description The page to return, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description How many webhooks a page holds. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
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
            /** @description The webhook was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook ID. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook ID. */
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
            /** @description webhook updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook ID. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the webhook's secret. */
                "X-Middesk-Signature-256": string;
                /** @description The id of the event's main object, for relating notifications by headers alone. */
                "X-Correlation-Id"?: string;
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
            /** @description Any 2xx status acknowledges the notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejects a notification whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** An event name: a lower-case dotted name such as `business.created`. Names documented so far: business.created, business.updated, tin.retried, address.created, address.deleted, name.created, name.deleted, person.created, person.deleted, registration.created, registration.updated, monitor.created, monitor.updated, bankruptcy.created. */
export type WebhookEvent = components["schemas"]["WebhookEvent"];
/** Event types to subscribe to; `["*"]` subscribes to every event. */
export type EnabledEvents = components["schemas"]["EnabledEvents"];
/** Comma-delimited list of associations to include in webhook payloads. Omit or set to `*` for all. Use `identifiers` to receive only top-level scalar fields (id, external_id, name, status, etc.) with no associations. */
export type Include = components["schemas"]["Include"];
/** OIDC authentication method for obtaining access tokens. Required when configuring OIDC. `private_key_jwt` requires oidc_client_id, oidc_token_endpoint, oidc_access_token_ttl_seconds; `client_secret` requires oidc_client_id, oidc_client_secret, oidc_token_endpoint, oidc_access_token_ttl_seconds. Both methods optionally accept oidc_scope and oidc_resource_uri. */
export type OidcAuthMethod = components["schemas"]["OidcAuthMethod"];
/** A webhook as the API returns it. Its secret and OIDC client secret are never returned. */
export type Webhook = Readable<components["schemas"]["Webhook"]>;
/** A webhook as the API returns it. Its secret and OIDC client secret are never returned. */
export type WebhookInput = Writable<components["schemas"]["Webhook"]>;
/** The body of createWebhook. */
export type CreateWebhookRequest = Readable<components["schemas"]["CreateWebhookRequest"]>;
/** The body of createWebhook. */
export type CreateWebhookRequestInput = Writable<components["schemas"]["CreateWebhookRequest"]>;
/** The body of updateWebhook. Every field is optional. OIDC fields travel together: `oidc_auth_method` is required with any `oidc_*` field, and each method requires its fields. */
export type UpdateWebhookRequest = Readable<components["schemas"]["UpdateWebhookRequest"]>;
/** The body of updateWebhook. Every field is optional. OIDC fields travel together: `oidc_auth_method` is required with any `oidc_*` field, and each method requires its fields. */
export type UpdateWebhookRequestInput = Writable<components["schemas"]["UpdateWebhookRequest"]>;
/** A page of webhooks. */
export type WebhookList = Readable<components["schemas"]["WebhookList"]>;
/** A page of webhooks. */
export type WebhookListInput = Writable<components["schemas"]["WebhookList"]>;
/** An Event object. */
export type WebhookDelivery = components["schemas"]["WebhookDelivery"];
/** Middesk's error envelope. */
export type Error2 = components["schemas"]["Error"];
export type ListWebhooksQuery = NonNullable<paths["/v1/webhooks"]["get"]["parameters"]["query"]>;
export type ListWebhooksQueryReceived = $Defaulted<ListWebhooksQuery, "page">;
/** A page of webhooks. */
export type ListWebhooksResponse200 = Readable<paths["/v1/webhooks"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** Bad Request — the request was unacceptable (for example, the body is not JSON). */
export type ListWebhooksResponse400 = paths["/v1/webhooks"]["get"]["responses"]["400"]["content"]["application/json"];
/** Unauthorized — an invalid API key was provided. */
export type ListWebhooksResponse401 = paths["/v1/webhooks"]["get"]["responses"]["401"]["content"]["application/json"];
/** Validation — a parameter was not formatted correctly. */
export type ListWebhooksResponse422 = paths["/v1/webhooks"]["get"]["responses"]["422"]["content"]["application/json"];
/** Too many requests — more than 20 requests per second. */
export type ListWebhooksResponse429 = paths["/v1/webhooks"]["get"]["responses"]["429"]["content"]["application/json"];
/** Internal Server Error — a problem with Middesk's servers. */
export type ListWebhooksResponse500 = paths["/v1/webhooks"]["get"]["responses"]["500"]["content"]["application/json"];
export type CreateWebhookRequestBody = Writable<NonNullable<paths["/v1/webhooks"]["post"]["requestBody"]>["content"]["application/json"]>;
/** The webhook was created. */
export type CreateWebhookResponse201 = Readable<paths["/v1/webhooks"]["post"]["responses"]["201"]["content"]["application/json"]>;
/** Bad Request — the request was unacceptable (for example, the body is not JSON). */
export type CreateWebhookResponse400 = paths["/v1/webhooks"]["post"]["responses"]["400"]["content"]["application/json"];
/** Unauthorized — an invalid API key was provided. */
export type CreateWebhookResponse401 = paths["/v1/webhooks"]["post"]["responses"]["401"]["content"]["application/json"];
/** Validation — a parameter was not formatted correctly. */
export type CreateWebhookResponse422 = paths["/v1/webhooks"]["post"]["responses"]["422"]["content"]["application/json"];
/** Too many requests — more than 20 requests per second. */
export type CreateWebhookResponse429 = paths["/v1/webhooks"]["post"]["responses"]["429"]["content"]["application/json"];
/** Internal Server Error — a problem with Middesk's servers. */
export type CreateWebhookResponse500 = paths["/v1/webhooks"]["post"]["responses"]["500"]["content"]["application/json"];
export type GetWebhookPathParams = NonNullable<paths["/v1/webhooks/{id}"]["get"]["parameters"]["path"]>;
/** The webhook. */
export type GetWebhookResponse200 = Readable<paths["/v1/webhooks/{id}"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** Bad Request — the request was unacceptable (for example, the body is not JSON). */
export type GetWebhookResponse400 = paths["/v1/webhooks/{id}"]["get"]["responses"]["400"]["content"]["application/json"];
/** Unauthorized — an invalid API key was provided. */
export type GetWebhookResponse401 = paths["/v1/webhooks/{id}"]["get"]["responses"]["401"]["content"]["application/json"];
/** Not Found — no webhook with this id. */
export type GetWebhookResponse404 = paths["/v1/webhooks/{id}"]["get"]["responses"]["404"]["content"]["application/json"];
/** Validation — a parameter was not formatted correctly. */
export type GetWebhookResponse422 = paths["/v1/webhooks/{id}"]["get"]["responses"]["422"]["content"]["application/json"];
/** Too many requests — more than 20 requests per second. */
export type GetWebhookResponse429 = paths["/v1/webhooks/{id}"]["get"]["responses"]["429"]["content"]["application/json"];
/** Internal Server Error — a problem with Middesk's servers. */
export type GetWebhookResponse500 = paths["/v1/webhooks/{id}"]["get"]["responses"]["500"]["content"]["application/json"];
export type UpdateWebhookPathParams = NonNullable<paths["/v1/webhooks/{id}"]["put"]["parameters"]["path"]>;
export type UpdateWebhookRequestBody = Writable<NonNullable<paths["/v1/webhooks/{id}"]["put"]["requestBody"]>["content"]["application/json"]>;
/** webhook updated */
export type UpdateWebhookResponse200 = Readable<paths["/v1/webhooks/{id}"]["put"]["responses"]["200"]["content"]["application/json"]>;
/** Bad Request — the request was unacceptable (for example, the body is not JSON). */
export type UpdateWebhookResponse400 = paths["/v1/webhooks/{id}"]["put"]["responses"]["400"]["content"]["application/json"];
/** Unauthorized — an invalid API key was provided. */
export type UpdateWebhookResponse401 = paths["/v1/webhooks/{id}"]["put"]["responses"]["401"]["content"]["application/json"];
/** Not Found — no webhook with this id. */
export type UpdateWebhookResponse404 = paths["/v1/webhooks/{id}"]["put"]["responses"]["404"]["content"]["application/json"];
/** Validation — a parameter was not formatted correctly. */
export type UpdateWebhookResponse422 = paths["/v1/webhooks/{id}"]["put"]["responses"]["422"]["content"]["application/json"];
/** Too many requests — more than 20 requests per second. */
export type UpdateWebhookResponse429 = paths["/v1/webhooks/{id}"]["put"]["responses"]["429"]["content"]["application/json"];
/** Internal Server Error — a problem with Middesk's servers. */
export type UpdateWebhookResponse500 = paths["/v1/webhooks/{id}"]["put"]["responses"]["500"]["content"]["application/json"];
export type DeleteWebhookPathParams = NonNullable<paths["/v1/webhooks/{id}"]["delete"]["parameters"]["path"]>;
/** The deleted webhook. */
export type DeleteWebhookResponse200 = Readable<paths["/v1/webhooks/{id}"]["delete"]["responses"]["200"]["content"]["application/json"]>;
/** Bad Request — the request was unacceptable (for example, the body is not JSON). */
export type DeleteWebhookResponse400 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["400"]["content"]["application/json"];
/** Unauthorized — an invalid API key was provided. */
export type DeleteWebhookResponse401 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["401"]["content"]["application/json"];
/** Not Found — no webhook with this id. */
export type DeleteWebhookResponse404 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["404"]["content"]["application/json"];
/** Validation — a parameter was not formatted correctly. */
export type DeleteWebhookResponse422 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["422"]["content"]["application/json"];
/** Too many requests — more than 20 requests per second. */
export type DeleteWebhookResponse429 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["429"]["content"]["application/json"];
/** Internal Server Error — a problem with Middesk's servers. */
export type DeleteWebhookResponse500 = paths["/v1/webhooks/{id}"]["delete"]["responses"]["500"]["content"]["application/json"];
/** `T` with its properties `K` present: a request may leave them out, and their schemas' defaults fill them in. */
export type $Defaulted<T, K extends PropertyKey> = T & { [P in keyof T as P extends K ? P : never]-?: T[P] };
