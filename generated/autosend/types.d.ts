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
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Lists the project's webhooks, optionally only active or inactive ones, a page at a time. The secret is masked in every webhook.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Creates a webhook for the project from `url`, `events` and `metadata`. Answers 201; the signing secret (`whsec_…`) is shown in this answer only.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Returns one webhook of the project, with its secret masked.
         */
        get: operations["getWebhook"];
        /**
         * Update a webhook
         * @description All fields are optional: only the fields supplied are updated. `url` must include the http or https protocol; `events` replaces the subscribed list and must contain at least one valid event; `isActive` enables or disables delivery without deleting the webhook. The signing secret is immutable (create a new webhook to rotate it): supplying a `secret` field returns 400. An id that names no webhook in the project returns 404. Accepts a project API key (`AS_` prefix).
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes a webhook of the project.
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
         * An event delivered to a webhook
         * @description AutoSend POSTs each event a webhook subscribes to to its `url`. `X-Webhook-Signature` is the hex HMAC-SHA256 of the raw request body keyed with the webhook's secret; `X-Webhook-Event` names the event, `X-Webhook-Delivery-Id` identifies the delivery and `X-Webhook-Timestamp` is the send time in milliseconds since the Unix epoch.
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
         * @description An event a webhook can subscribe to.
         * @enum {string}
         */
        WebhookEvent: "email.sent" | "email.delivered" | "email.deferred" | "email.bounced" | "email.opened" | "email.clicked" | "email.spam_reported" | "email.unsubscribed" | "email.group_unsubscribed" | "email.group_resubscribed" | "contact.created" | "contact.updated" | "contact.deleted";
        /** @description The fields of a webhook as answered. The docs give them only by example, so none is marked required. */
        WebhookBase: {
            /** @description The unique identifier of the webhook. */
            id?: $Read<string>;
            /** @description The organisation the webhook belongs to. */
            organizationId?: $Read<string>;
            /** @description The project the webhook belongs to. */
            projectId?: $Read<string>;
            /**
             * Format: uri
             * @description The destination URL.
             */
            url?: string;
            /** @description The signing secret; masked except in the create answer. */
            secret?: $Read<string>;
            /** @description The subscribed events. */
            events?: components["schemas"]["WebhookEvent"][];
            /** @description Whether deliveries are enabled. */
            isActive?: boolean;
            /**
             * Format: date-time
             * @description When the webhook was created.
             */
            createdAt?: $Read<string>;
            /**
             * Format: date-time
             * @description When the webhook was last changed.
             */
            updatedAt?: $Read<string>;
        };
        /** @description A webhook, as every answer but create's shows it (secret masked). */
        Webhook: components["schemas"]["WebhookBase"] & {
            /**
             * @description Always masked as `***hidden***`.
             * @constant
             */
            secret?: "***hidden***";
        };
        /** @description A webhook as the create answer shows it, with its signing secret in full, this once. */
        CreatedWebhook: components["schemas"]["WebhookBase"] & {
            /** @description The signing secret (`whsec_…`), shown once. */
            secret: string;
        };
        /** @description A new webhook. */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description The destination URL (must include the http/https protocol).
             */
            url: string;
            /** @description The events to subscribe to; at least one valid event. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description Free-form metadata stored with the webhook (shape not documented). */
            metadata?: Record<string, never>;
        };
        /** @description All fields are optional — only the fields you supply are updated. */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description A new destination URL (must include the http/https protocol).
             */
            url?: string;
            /** @description Replaces the subscribed event list. Must contain at least one valid event. */
            events?: components["schemas"]["WebhookEvent"][];
            /** @description Enable or disable delivery without deleting the webhook. */
            isActive?: boolean;
            /** @description The signing secret is immutable — create a new webhook to rotate it. Supplying a secret field returns a 400 error. */
            secret?: never;
        };
        /** @description Webhook updated successfully. */
        UpdateWebhookResponse: {
            /** @description Indicates if the request was successful. */
            success: boolean;
            /** @description A human-readable summary. */
            message?: string;
            /** @description Wrapper containing the updated webhook object (secret masked). */
            data: {
                webhook: components["schemas"]["Webhook"];
            };
        };
        /** @description The webhook (shape not documented; assumed to follow update's answer). */
        GetWebhookResponse: {
            /** @description Indicates if the request was successful. */
            success?: boolean;
            /** @description Wrapper containing the webhook (secret masked). */
            data?: {
                webhook?: components["schemas"]["Webhook"];
            };
        };
        /** @description The new webhook (shape not documented; assumed to follow update's answer). */
        CreateWebhookResponse: {
            /** @description Indicates if the request was successful. */
            success?: boolean;
            /** @description A human-readable summary. */
            message?: string;
            /** @description Wrapper containing the new webhook with its secret in full. */
            data?: {
                webhook?: components["schemas"]["CreatedWebhook"];
            };
        };
        /** @description A page of the project's webhooks. */
        WebhookListResponse: {
            /** @description Indicates if the request was successful. */
            success: boolean;
            /** @description The page and its position. */
            data: {
                /** @description The webhooks on this page (secrets masked). */
                webhooks: components["schemas"]["Webhook"][];
                /** @description How many webhooks match in all. */
                total: number;
                /** @description This page's number. */
                page: number;
                /** @description Webhooks per page. */
                limit: number;
                /** @description How many pages there are. */
                totalPages: number;
            };
        };
        /** @description The event delivered (shape not documented). */
        WebhookEventPayload: {
            [key: string]: unknown;
        };
        /** @description The error envelope every failure answers with. */
        Error: {
            /**
             * @description Always false for an error.
             * @constant
             */
            success: false;
            /** @description What went wrong. The docs show further keys may appear (`...`). */
            error: {
                /** @description A human-readable description of the error. */
                message: string;
                /** @description A machine-readable code, such as VALIDATION_ERROR or WEBHOOK_NOT_FOUND. */
                code: string;
            } & {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description The parameters or body are not valid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or not accepted. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Webhook not found. No webhook with the given id exists in the project. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 2 requests per second with this API key. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The unique identifier of the webhook. */
        WebhookId: string;
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
                /** @description Only webhooks that are active (true) or inactive (false). */
                isActive?: boolean;
                /** @description The page to return. */
                page?: number;
                /** @description How many webhooks per page. */
                limit?: number;
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
                    "application/json": components["schemas"]["WebhookListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
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
            /** @description The webhook was created; its secret is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the webhook. */
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
                    "application/json": components["schemas"]["GetWebhookResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the webhook. */
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
            /** @description Webhook updated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWebhookResponse"];
                };
            };
            /** @description Secret update not allowed: a `secret` field was included in the request body. Also answered when the body breaks the schema. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the webhook. */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            /** @description The webhook was deleted (status and body not documented). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Hex HMAC-SHA256 of the raw body, keyed with the webhook's secret. */
                "X-Webhook-Signature": string;
                /** @description The event's name. */
                "X-Webhook-Event": components["schemas"]["WebhookEvent"];
                /** @description Identifies this delivery. */
                "X-Webhook-Delivery-Id": string;
                /** @description When the delivery was sent, in milliseconds since the Unix epoch. */
                "X-Webhook-Timestamp": string;
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
            /** @description The receiver refused the delivery (for example a bad signature). */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** An event a webhook can subscribe to. */
export type WebhookEvent = components["schemas"]["WebhookEvent"];
/** The fields of a webhook as answered. The docs give them only by example, so none is marked required. */
export type WebhookBase = Readable<components["schemas"]["WebhookBase"]>;
/** The fields of a webhook as answered. The docs give them only by example, so none is marked required. */
export type WebhookBaseInput = Writable<components["schemas"]["WebhookBase"]>;
/** A webhook, as every answer but create's shows it (secret masked). */
export type Webhook = Readable<components["schemas"]["Webhook"]>;
/** A webhook, as every answer but create's shows it (secret masked). */
export type WebhookInput = Writable<components["schemas"]["Webhook"]>;
/** A webhook as the create answer shows it, with its signing secret in full, this once. */
export type CreatedWebhook = Readable<components["schemas"]["CreatedWebhook"]>;
/** A webhook as the create answer shows it, with its signing secret in full, this once. */
export type CreatedWebhookInput = Writable<components["schemas"]["CreatedWebhook"]>;
/** A new webhook. */
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];
/** All fields are optional — only the fields you supply are updated. */
export type UpdateWebhookRequest = components["schemas"]["UpdateWebhookRequest"];
/** Webhook updated successfully. */
export type UpdateWebhookResponse = Readable<components["schemas"]["UpdateWebhookResponse"]>;
/** Webhook updated successfully. */
export type UpdateWebhookResponseInput = Writable<components["schemas"]["UpdateWebhookResponse"]>;
/** The webhook (shape not documented; assumed to follow update's answer). */
export type GetWebhookResponse = Readable<components["schemas"]["GetWebhookResponse"]>;
/** The webhook (shape not documented; assumed to follow update's answer). */
export type GetWebhookResponseInput = Writable<components["schemas"]["GetWebhookResponse"]>;
/** The new webhook (shape not documented; assumed to follow update's answer). */
export type CreateWebhookResponse = Readable<components["schemas"]["CreateWebhookResponse"]>;
/** The new webhook (shape not documented; assumed to follow update's answer). */
export type CreateWebhookResponseInput = Writable<components["schemas"]["CreateWebhookResponse"]>;
/** A page of the project's webhooks. */
export type WebhookListResponse = Readable<components["schemas"]["WebhookListResponse"]>;
/** A page of the project's webhooks. */
export type WebhookListResponseInput = Writable<components["schemas"]["WebhookListResponse"]>;
/** The event delivered (shape not documented). */
export type WebhookEventPayload = components["schemas"]["WebhookEventPayload"];
/** The error envelope every failure answers with. */
export type Error2 = components["schemas"]["Error"];
export type ListWebhooksQuery = NonNullable<paths["/webhooks"]["get"]["parameters"]["query"]>;
/** A page of webhooks. */
export type ListWebhooksResponse200 = Readable<paths["/webhooks"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** The parameters or body are not valid. */
export type ListWebhooksResponse400 = paths["/webhooks"]["get"]["responses"]["400"]["content"]["application/json"];
/** The API key is missing or not accepted. */
export type ListWebhooksResponse401 = paths["/webhooks"]["get"]["responses"]["401"]["content"]["application/json"];
/** More than 2 requests per second with this API key. */
export type ListWebhooksResponse429 = paths["/webhooks"]["get"]["responses"]["429"]["content"]["application/json"];
export type CreateWebhookRequestBody = NonNullable<paths["/webhooks"]["post"]["requestBody"]>["content"]["application/json"];
/** The webhook was created; its secret is shown this once. */
export type CreateWebhookResponse201 = Readable<paths["/webhooks"]["post"]["responses"]["201"]["content"]["application/json"]>;
/** The parameters or body are not valid. */
export type CreateWebhookResponse400 = paths["/webhooks"]["post"]["responses"]["400"]["content"]["application/json"];
/** The API key is missing or not accepted. */
export type CreateWebhookResponse401 = paths["/webhooks"]["post"]["responses"]["401"]["content"]["application/json"];
/** More than 2 requests per second with this API key. */
export type CreateWebhookResponse429 = paths["/webhooks"]["post"]["responses"]["429"]["content"]["application/json"];
export type GetWebhookPathParams = NonNullable<paths["/webhooks/{id}"]["get"]["parameters"]["path"]>;
/** The webhook. */
export type GetWebhookResponse200 = Readable<paths["/webhooks/{id}"]["get"]["responses"]["200"]["content"]["application/json"]>;
/** The parameters or body are not valid. */
export type GetWebhookResponse400 = paths["/webhooks/{id}"]["get"]["responses"]["400"]["content"]["application/json"];
/** The API key is missing or not accepted. */
export type GetWebhookResponse401 = paths["/webhooks/{id}"]["get"]["responses"]["401"]["content"]["application/json"];
/** Webhook not found. No webhook with the given id exists in the project. */
export type GetWebhookResponse404 = paths["/webhooks/{id}"]["get"]["responses"]["404"]["content"]["application/json"];
/** More than 2 requests per second with this API key. */
export type GetWebhookResponse429 = paths["/webhooks/{id}"]["get"]["responses"]["429"]["content"]["application/json"];
export type UpdateWebhookPathParams = NonNullable<paths["/webhooks/{id}"]["put"]["parameters"]["path"]>;
export type UpdateWebhookRequestBody = NonNullable<paths["/webhooks/{id}"]["put"]["requestBody"]>["content"]["application/json"];
/** Webhook updated successfully. */
export type UpdateWebhookResponse200 = Readable<paths["/webhooks/{id}"]["put"]["responses"]["200"]["content"]["application/json"]>;
/** Secret update not allowed: a `secret` field was included in the request body. Also answered when the body breaks the schema. */
export type UpdateWebhookResponse400 = paths["/webhooks/{id}"]["put"]["responses"]["400"]["content"]["application/json"];
/** The API key is missing or not accepted. */
export type UpdateWebhookResponse401 = paths["/webhooks/{id}"]["put"]["responses"]["401"]["content"]["application/json"];
/** Webhook not found. No webhook with the given id exists in the project. */
export type UpdateWebhookResponse404 = paths["/webhooks/{id}"]["put"]["responses"]["404"]["content"]["application/json"];
/** More than 2 requests per second with this API key. */
export type UpdateWebhookResponse429 = paths["/webhooks/{id}"]["put"]["responses"]["429"]["content"]["application/json"];
export type DeleteWebhookPathParams = NonNullable<paths["/webhooks/{id}"]["delete"]["parameters"]["path"]>;
/** The parameters or body are not valid. */
export type DeleteWebhookResponse400 = paths["/webhooks/{id}"]["delete"]["responses"]["400"]["content"]["application/json"];
/** The API key is missing or not accepted. */
export type DeleteWebhookResponse401 = paths["/webhooks/{id}"]["delete"]["responses"]["401"]["content"]["application/json"];
/** Webhook not found. No webhook with the given id exists in the project. */
export type DeleteWebhookResponse404 = paths["/webhooks/{id}"]["delete"]["responses"]["404"]["content"]["application/json"];
/** More than 2 requests per second with this API key. */
export type DeleteWebhookResponse429 = paths["/webhooks/{id}"]["delete"]["responses"]["429"]["content"]["application/json"];
