import { type ValidationError, getPrototypeOf, OBJECT_PROTOTYPE, isDate, joinPointer, hasOwn, codePointLength, isUri, escapePointerSegment, isDateTime } from "./runtime/validation-runtime.js";
const PATTERN = new RegExp("^https://", "u");
const PATTERN_1 = new RegExp("^whsec_", "u");
const PATTERN_2 = new RegExp("^c[a-z0-9]{24}$", "u");
const PATTERN_3 = new RegExp("^whsec_.{6}$", "u");
const VALUES: ReadonlySet<unknown> = new Set(["evaluation.created", "evaluation.status_changed", "evaluation.completed", "autouser_run.completed", "autouser_run.failed", "rating.created", "calibration.frozen", "*"]);

/** Validates # of validateListWebhooksHeaders. */
function validate_validateListWebhooksHeaders_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["Autousers-Version"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["Autousers-Version"] === undefined || hasOwn(o1, "Autousers-Version"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Autousers-Version", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDate(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Autousers-Version", keyword: "format", message: "must match format \"date\"" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookList. */
function validate_WebhookList(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    }
    return valid;
}

/** Validates # of validateListWebhooksResponse200Headers. */
function validate_validateListWebhooksResponse200Headers_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["X-Request-Id"] === undefined || !(p2 && OBJECT_PROTOTYPE["X-Request-Id"] === undefined || hasOwn(o1, "X-Request-Id"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'X-Request-Id'" });
            valid = false;
        }
        const x5 = o1["X-Request-Id"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["X-Request-Id"] === undefined || hasOwn(o1, "X-Request-Id"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/X-Request-Id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Error. */
function validate_Error(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["error"] === undefined || !(p2 && OBJECT_PROTOTYPE["error"] === undefined || hasOwn(o1, "error"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'error'" });
            valid = false;
        }
        const x5 = o1["error"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["error"] === undefined || hasOwn(o1, "error"))) {
            if (!validate_Error_error(x5, (here ??= joinPointer(parent, key)), "error", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates # of validateCreateWebhookHeaders. */
function validate_validateCreateWebhookHeaders_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["Idempotency-Key"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["Idempotency-Key"] === undefined || hasOwn(o1, "Idempotency-Key"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Idempotency-Key", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (x5.length > 255 && codePointLength(x5) > 255) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Idempotency-Key", keyword: "maxLength", message: "must be at most 255 characters" });
                    valid = false;
                }
            }
        }
        const x6 = o1["Autousers-Version"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["Autousers-Version"] === undefined || hasOwn(o1, "Autousers-Version"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Autousers-Version", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDate(x6)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Autousers-Version", keyword: "format", message: "must match format \"date\"" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/CreateWebhookRequest. */
function validate_CreateWebhookRequest(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["url"] === undefined || !(p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (o1["enabled_events"] === undefined || !(p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        let n4 = 0;
        const x5 = o1["url"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            n4++;
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https://\"" });
                    valid = false;
                }
                if (!isUri(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["description"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["description"] === undefined || hasOwn(o1, "description"))) {
            n4++;
            if (!((typeof x6 === "string") || (x6 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x6 === "string") {
                    if (x6.length > 500 && codePointLength(x6) > 500) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 500 characters" });
                        valid = false;
                    }
                }
            }
        }
        const x7 = o1["enabled_events"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            n4++;
            if (!(Array.isArray(x7))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a8 = x7 as readonly unknown[];
                if (a8.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                if (a8.length > 50) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "maxItems", message: "must have at most 50 items" });
                    valid = false;
                }
                for (let i9 = 0; i9 < a8.length; i9++) {
                    const x10 = a8[i9];
                    if (!validate_WebhookEvent(x10, (here ??= joinPointer(parent, key)) + "/enabled_events", i9, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x16 = o1["api_version"];
        if (x16 !== undefined && (p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            n4++;
            if (!((typeof x16 === "string") || (x16 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x16 === "string") {
                    if (x16.length > 32 && codePointLength(x16) > 32) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "maxLength", message: "must be at most 32 characters" });
                        valid = false;
                    }
                }
            }
        }
        const x17 = o1["status"];
        if (x17 !== undefined && (p2 && OBJECT_PROTOTYPE["status"] === undefined || hasOwn(o1, "status"))) {
            n4++;
            if (!validate_WebhookStatus(x17, (here ??= joinPointer(parent, key)), "status", errors)) {
                valid = false;
            }
        }
        let c26 = 0;
        for (const k27 in o1) c26++;
        if (c26 !== n4) {
            const k3 = Object.keys(o1);
            for (const k23 of k3) {
                if (k23 !== "url" && k23 !== "description" && k23 !== "enabled_events" && k23 !== "api_version" && k23 !== "status") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k23), keyword: "additionalProperties", message: "must not have additional property '" + k23 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/CreatedWebhook. */
function validate_CreatedWebhook(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!validate_Webhook(value, parent, key, errors)) {
        valid = false;
    }
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o11 = value as Record<string, unknown>;
        const p12 = getPrototypeOf(o11) === OBJECT_PROTOTYPE;
        if (o11["secret"] === undefined || !(p12 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o11, "secret"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret'" });
            valid = false;
        }
        const x15 = o11["secret"];
        if (x15 !== undefined && (p12 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o11, "secret"))) {
            if (!(typeof x15 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_1.test(x15)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "pattern", message: "must match pattern \"^whsec_\"" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates # of validateGetWebhookPathParams. */
function validate_validateGetWebhookPathParams_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["id"] === undefined || !(p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        const x5 = o1["id"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_2.test(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "pattern", message: "must match pattern \"^c[a-z0-9]{24}$\"" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Webhook. */
function validate_Webhook(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["id"] === undefined || !(p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (o1["url"] === undefined || !(p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (o1["secret_prefix"] === undefined || !(p2 && OBJECT_PROTOTYPE["secret_prefix"] === undefined || hasOwn(o1, "secret_prefix"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret_prefix'" });
            valid = false;
        }
        if (o1["enabled_events"] === undefined || !(p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        if (o1["status"] === undefined || !(p2 && OBJECT_PROTOTYPE["status"] === undefined || hasOwn(o1, "status"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'status'" });
            valid = false;
        }
        const x5 = o1["id"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_2.test(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "pattern", message: "must match pattern \"^c[a-z0-9]{24}$\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["url"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x6)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x7 = o1["secret_prefix"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["secret_prefix"] === undefined || hasOwn(o1, "secret_prefix"))) {
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret_prefix", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_3.test(x7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret_prefix", keyword: "pattern", message: "must match pattern \"^whsec_.{6}$\"" });
                    valid = false;
                }
            }
        }
        const x8 = o1["enabled_events"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            if (!(Array.isArray(x8))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a9 = x8 as readonly unknown[];
                for (let i10 = 0; i10 < a9.length; i10++) {
                    const x11 = a9[i10];
                    if (!validate_WebhookEvent(x11, (here ??= joinPointer(parent, key)) + "/enabled_events", i10, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x17 = o1["status"];
        if (x17 !== undefined && (p2 && OBJECT_PROTOTYPE["status"] === undefined || hasOwn(o1, "status"))) {
            if (!validate_WebhookStatus(x17, (here ??= joinPointer(parent, key)), "status", errors)) {
                valid = false;
            }
        }
        const x23 = o1["description"];
        if (x23 !== undefined && (p2 && OBJECT_PROTOTYPE["description"] === undefined || hasOwn(o1, "description"))) {
            if (!((typeof x23 === "string") || (x23 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        const x24 = o1["api_version"];
        if (x24 !== undefined && (p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            if (!((typeof x24 === "string") || (x24 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        const x25 = o1["created_at"];
        if (x25 !== undefined && (p2 && OBJECT_PROTOTYPE["created_at"] === undefined || hasOwn(o1, "created_at"))) {
            if (!(typeof x25 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x25)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x26 = o1["updated_at"];
        if (x26 !== undefined && (p2 && OBJECT_PROTOTYPE["updated_at"] === undefined || hasOwn(o1, "updated_at"))) {
            if (!(typeof x26 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x26)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x27 = o1["last_delivered_at"];
        if (x27 !== undefined && (p2 && OBJECT_PROTOTYPE["last_delivered_at"] === undefined || hasOwn(o1, "last_delivered_at"))) {
            if (!((typeof x27 === "string") || (x27 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_delivered_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x27 === "string") {
                    if (!isDateTime(x27)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_delivered_at", keyword: "format", message: "must match format \"date-time\"" });
                        valid = false;
                    }
                }
            }
        }
        const x28 = o1["last_failed_at"];
        if (x28 !== undefined && (p2 && OBJECT_PROTOTYPE["last_failed_at"] === undefined || hasOwn(o1, "last_failed_at"))) {
            if (!((typeof x28 === "string") || (x28 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_failed_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x28 === "string") {
                    if (!isDateTime(x28)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_failed_at", keyword: "format", message: "must match format \"date-time\"" });
                        valid = false;
                    }
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/UpdateWebhookRequest. */
function validate_UpdateWebhookRequest(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        let n4 = 0;
        const x5 = o1["url"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            n4++;
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["description"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["description"] === undefined || hasOwn(o1, "description"))) {
            n4++;
            if (!((typeof x6 === "string") || (x6 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x6 === "string") {
                    if (x6.length > 500 && codePointLength(x6) > 500) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 500 characters" });
                        valid = false;
                    }
                }
            }
        }
        const x7 = o1["enabled_events"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            n4++;
            if (!(Array.isArray(x7))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a8 = x7 as readonly unknown[];
                if (a8.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                if (a8.length > 50) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "maxItems", message: "must have at most 50 items" });
                    valid = false;
                }
                for (let i9 = 0; i9 < a8.length; i9++) {
                    const x10 = a8[i9];
                    if (!validate_WebhookEvent(x10, (here ??= joinPointer(parent, key)) + "/enabled_events", i9, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x16 = o1["api_version"];
        if (x16 !== undefined && (p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            n4++;
            if (!((typeof x16 === "string") || (x16 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x16 === "string") {
                    if (x16.length > 32 && codePointLength(x16) > 32) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "maxLength", message: "must be at most 32 characters" });
                        valid = false;
                    }
                }
            }
        }
        const x17 = o1["status"];
        if (x17 !== undefined && (p2 && OBJECT_PROTOTYPE["status"] === undefined || hasOwn(o1, "status"))) {
            n4++;
            if (!validate_WebhookStatus(x17, (here ??= joinPointer(parent, key)), "status", errors)) {
                valid = false;
            }
        }
        let c26 = 0;
        for (const k27 in o1) c26++;
        if (c26 !== n4) {
            const k3 = Object.keys(o1);
            for (const k23 of k3) {
                if (k23 !== "url" && k23 !== "description" && k23 !== "enabled_events" && k23 !== "api_version" && k23 !== "status") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k23), keyword: "additionalProperties", message: "must not have additional property '" + k23 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/RotateWebhookSecretResponse. */
function validate_RotateWebhookSecretResponse(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    }
    return valid;
}

/** Validates #/components/schemas/TestWebhookRequest. */
function validate_TestWebhookRequest(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        let n4 = 0;
        const x5 = o1["type"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["type"] === undefined || hasOwn(o1, "type"))) {
            n4++;
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/type", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        let c9 = 0;
        for (const k10 in o1) c9++;
        if (c9 !== n4) {
            const k3 = Object.keys(o1);
            for (const k6 of k3) {
                if (k6 !== "type") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k6), keyword: "additionalProperties", message: "must not have additional property '" + k6 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/TestWebhookResponse. */
function validate_TestWebhookResponse(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    }
    return valid;
}

/** Validates # of validateListWebhookDeliveriesQuery. */
function validate_validateListWebhookDeliveriesQuery_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["limit"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["limit"] === undefined || hasOwn(o1, "limit"))) {
            if (!(typeof x5 === "number" && Number.isInteger(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x5 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
                if (x5 > 100) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "maximum", message: "must be <= 100" });
                    valid = false;
                }
            }
        }
        const x6 = o1["starting_after"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["starting_after"] === undefined || hasOwn(o1, "starting_after"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/starting_after", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x7 = o1["status"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["status"] === undefined || hasOwn(o1, "status"))) {
            if (!validate_WebhookDeliveryStatus(x7, (here ??= joinPointer(parent, key)), "status", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookDeliveryList. */
function validate_WebhookDeliveryList(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["data"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!(Array.isArray(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a6 = x5 as readonly unknown[];
                for (let i7 = 0; i7 < a6.length; i7++) {
                    const x8 = a6[i7];
                    if (!validate_WebhookDelivery(x8, (here ??= joinPointer(parent, key)) + "/data", i7, errors)) {
                        valid = false;
                    }
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Error/properties/error. */
function validate_Error_error(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["message"] === undefined || !(p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        if (o1["type"] === undefined || !(p2 && OBJECT_PROTOTYPE["type"] === undefined || hasOwn(o1, "type"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'type'" });
            valid = false;
        }
        const x5 = o1["message"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x6 = o1["type"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["type"] === undefined || hasOwn(o1, "type"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/type", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x7 = o1["code"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["code"] === undefined || hasOwn(o1, "code"))) {
            if (!((typeof x7 === "string") || (x7 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        const x8 = o1["param"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["param"] === undefined || hasOwn(o1, "param"))) {
            if (!((typeof x8 === "string") || (x8 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/param", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        const x9 = o1["doc_url"];
        if (x9 !== undefined && (p2 && OBJECT_PROTOTYPE["doc_url"] === undefined || hasOwn(o1, "doc_url"))) {
            if (!((typeof x9 === "string") || (x9 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/doc_url", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x9 === "string") {
                    if (!isUri(x9)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/doc_url", keyword: "format", message: "must match format \"uri\"" });
                        valid = false;
                    }
                }
            }
        }
        const x10 = o1["request_id"];
        if (x10 !== undefined && (p2 && OBJECT_PROTOTYPE["request_id"] === undefined || hasOwn(o1, "request_id"))) {
            if (!(typeof x10 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/request_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x11 = o1["details"];
        if (x11 !== undefined && (p2 && OBJECT_PROTOTYPE["details"] === undefined || hasOwn(o1, "details"))) {
            if (!((typeof x11 === "object" && x11 !== null && !Array.isArray(x11)) || (x11 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/details", keyword: "type", message: "must be object or null" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookEvent. */
function validate_WebhookEvent(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let valid = true;
    if (!(typeof value === "string")) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be string" });
        valid = false;
    }
    if (!VALUES.has(value)) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "enum", message: "must be equal to one of the allowed values" });
        valid = false;
    }
    return valid;
}

/** Validates #/components/schemas/WebhookStatus. */
function validate_WebhookStatus(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let valid = true;
    if (!(typeof value === "string")) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be string" });
        valid = false;
    }
    if (value !== "enabled" && value !== "disabled") {
        errors.push({ pointer: joinPointer(parent, key), keyword: "enum", message: "must be equal to one of the allowed values" });
        valid = false;
    }
    return valid;
}

/** Validates #/components/schemas/WebhookDeliveryStatus. */
function validate_WebhookDeliveryStatus(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let valid = true;
    if (!(typeof value === "string")) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be string" });
        valid = false;
    }
    if (value !== "pending" && value !== "delivered" && value !== "failed" && value !== "abandoned") {
        errors.push({ pointer: joinPointer(parent, key), keyword: "enum", message: "must be equal to one of the allowed values" });
        valid = false;
    }
    return valid;
}

/** Validates #/components/schemas/WebhookDelivery. */
function validate_WebhookDelivery(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["status"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["status"] === undefined || hasOwn(o1, "status"))) {
            if (!validate_WebhookDeliveryStatus(x5, (here ??= joinPointer(parent, key)), "status", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateListWebhooksHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_WebhookList(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateCreateWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateCreateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_CreateWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse201(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_CreatedWebhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse201Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateGetWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateGetWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse2XXHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_UpdateWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_RotateWebhookSecretResponse(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateTestWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateTestWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateTestWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_TestWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_TestWebhookResponse(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateTestWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesQuery(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhookDeliveriesQuery_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_WebhookDeliveryList(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhookDeliveriesResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
}
