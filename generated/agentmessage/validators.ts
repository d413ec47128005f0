import { type ValidationError, getPrototypeOf, OBJECT_PROTOTYPE, joinPointer, hasOwn, isUri, codePointLength, escapePointerSegment, isUuid, isDateTime, findDuplicateItems } from "./runtime/validation-runtime.js";
const PATTERN = new RegExp("^https://", "u");
const PATTERN_1 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");
const VALUES: ReadonlySet<unknown> = new Set(["INVALID_INPUT", "VALIDATION_FAILED", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "LIMIT_EXCEEDED", "RATE_LIMITED"]);
const VALUES_1: ReadonlySet<unknown> = new Set(["brand.vetted", "brand.vetting_failed", "campaign.approved", "campaign.rejected", "campaign.shared", "wallet.balance_low", "wallet.balance_zero", "subscription.past_due", "subscription.canceled", "api_key.created", "api_key.rotated", "api_key.revoked", "phone_number.bulk_order.completed", "phone_number.campaign.assigned", "consent_pending.confirmed", "consent_pending.expired", "lookup.completed"]);

/** Validates # of validateListWebhooksQuery. */
function validate_validateListWebhooksQuery_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
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
    }
    return valid;
}

/** Validates #/components/schemas/WebhookList. */
function validate_WebhookList(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["success"] === undefined || !(p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (o1["data"] === undefined || !(p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        if (o1["meta"] === undefined || !(p2 && OBJECT_PROTOTYPE["meta"] === undefined || hasOwn(o1, "meta"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'meta'" });
            valid = false;
        }
        const x5 = o1["success"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            if (x5 !== true) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x11 = o1["data"];
        if (x11 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!(Array.isArray(x11))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a12 = x11 as readonly unknown[];
                for (let i13 = 0; i13 < a12.length; i13++) {
                    const x14 = a12[i13];
                    if (!validate_Webhook(x14, (here ??= joinPointer(parent, key)) + "/data", i13, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x20 = o1["meta"];
        if (x20 !== undefined && (p2 && OBJECT_PROTOTYPE["meta"] === undefined || hasOwn(o1, "meta"))) {
            if (!validate_WebhookList_meta(x20, (here ??= joinPointer(parent, key)), "meta", errors)) {
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
        if (o1["success"] === undefined || !(p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (o1["error"] === undefined || !(p2 && OBJECT_PROTOTYPE["error"] === undefined || hasOwn(o1, "error"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'error'" });
            valid = false;
        }
        const x5 = o1["success"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            if (x5 !== false) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x11 = o1["error"];
        if (x11 !== undefined && (p2 && OBJECT_PROTOTYPE["error"] === undefined || hasOwn(o1, "error"))) {
            if (!validate_Error_error(x11, (here ??= joinPointer(parent, key)), "error", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates # of validateListWebhooksResponse429Headers. */
function validate_validateListWebhooksResponse429Headers_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["Retry-After"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["Retry-After"] === undefined || hasOwn(o1, "Retry-After"))) {
            if (!(typeof x5 === "number" && Number.isInteger(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Retry-After", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x5 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Retry-After", keyword: "minimum", message: "must be >= 0" });
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
        if (o1["events"] === undefined || !(p2 && OBJECT_PROTOTYPE["events"] === undefined || hasOwn(o1, "events"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'events'" });
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
        const x6 = o1["events"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["events"] === undefined || hasOwn(o1, "events"))) {
            n4++;
            if (!validate_WebhookEvents(x6, (here ??= joinPointer(parent, key)), "events", errors)) {
                valid = false;
            }
        }
        const x12 = o1["description"];
        if (x12 !== undefined && (p2 && OBJECT_PROTOTYPE["description"] === undefined || hasOwn(o1, "description"))) {
            n4++;
            if (!(typeof x12 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (x12.length > 200 && codePointLength(x12) > 200) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 200 characters" });
                    valid = false;
                }
            }
        }
        const x13 = o1["api_version"];
        if (x13 !== undefined && (p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            n4++;
            if (!(typeof x13 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        let c17 = 0;
        for (const k18 in o1) c17++;
        if (c17 !== n4) {
            const k3 = Object.keys(o1);
            for (const k14 of k3) {
                if (k14 !== "url" && k14 !== "events" && k14 !== "description" && k14 !== "api_version") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k14), keyword: "additionalProperties", message: "must not have additional property '" + k14 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookWithSecret. */
function validate_WebhookWithSecret(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
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
        if (o11["secret_displayed_once"] === undefined || !(p12 && OBJECT_PROTOTYPE["secret_displayed_once"] === undefined || hasOwn(o11, "secret_displayed_once"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret_displayed_once'" });
            valid = false;
        }
        const x15 = o11["secret"];
        if (x15 !== undefined && (p12 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o11, "secret"))) {
            if (!(typeof x15 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_1.test(x15)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "pattern", message: "must match pattern \"^[A-Za-z0-9+/]+={0,2}$\"" });
                    valid = false;
                }
            }
        }
        const x16 = o11["secret_displayed_once"];
        if (x16 !== undefined && (p12 && OBJECT_PROTOTYPE["secret_displayed_once"] === undefined || hasOwn(o11, "secret_displayed_once"))) {
            if (x16 !== true) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret_displayed_once", keyword: "const", message: "must be equal to constant" });
                valid = false;
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
                if (!isUuid(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
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
        if (o1["org_id"] === undefined || !(p2 && OBJECT_PROTOTYPE["org_id"] === undefined || hasOwn(o1, "org_id"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'org_id'" });
            valid = false;
        }
        if (o1["url"] === undefined || !(p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (o1["events"] === undefined || !(p2 && OBJECT_PROTOTYPE["events"] === undefined || hasOwn(o1, "events"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'events'" });
            valid = false;
        }
        if (o1["active"] === undefined || !(p2 && OBJECT_PROTOTYPE["active"] === undefined || hasOwn(o1, "active"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'active'" });
            valid = false;
        }
        if (o1["api_version"] === undefined || !(p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'api_version'" });
            valid = false;
        }
        if (o1["created_at"] === undefined || !(p2 && OBJECT_PROTOTYPE["created_at"] === undefined || hasOwn(o1, "created_at"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'created_at'" });
            valid = false;
        }
        if (o1["updated_at"] === undefined || !(p2 && OBJECT_PROTOTYPE["updated_at"] === undefined || hasOwn(o1, "updated_at"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'updated_at'" });
            valid = false;
        }
        if (o1["deleted_at"] === undefined || !(p2 && OBJECT_PROTOTYPE["deleted_at"] === undefined || hasOwn(o1, "deleted_at"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'deleted_at'" });
            valid = false;
        }
        const x5 = o1["id"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["org_id"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["org_id"] === undefined || hasOwn(o1, "org_id"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/org_id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(x6)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/org_id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        const x7 = o1["url"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(x7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https://\"" });
                    valid = false;
                }
                if (!isUri(x7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x8 = o1["description"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["description"] === undefined || hasOwn(o1, "description"))) {
            if (!((typeof x8 === "string") || (x8 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x8 === "string") {
                    if (x8.length > 200 && codePointLength(x8) > 200) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 200 characters" });
                        valid = false;
                    }
                }
            }
        }
        const x9 = o1["events"];
        if (x9 !== undefined && (p2 && OBJECT_PROTOTYPE["events"] === undefined || hasOwn(o1, "events"))) {
            if (!validate_WebhookEvents(x9, (here ??= joinPointer(parent, key)), "events", errors)) {
                valid = false;
            }
        }
        const x15 = o1["active"];
        if (x15 !== undefined && (p2 && OBJECT_PROTOTYPE["active"] === undefined || hasOwn(o1, "active"))) {
            if (!(typeof x15 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/active", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x16 = o1["api_version"];
        if (x16 !== undefined && (p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            if (!(typeof x16 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x17 = o1["created_at"];
        if (x17 !== undefined && (p2 && OBJECT_PROTOTYPE["created_at"] === undefined || hasOwn(o1, "created_at"))) {
            if (!(typeof x17 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x17)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x18 = o1["updated_at"];
        if (x18 !== undefined && (p2 && OBJECT_PROTOTYPE["updated_at"] === undefined || hasOwn(o1, "updated_at"))) {
            if (!(typeof x18 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x18)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x19 = o1["deleted_at"];
        if (x19 !== undefined && (p2 && OBJECT_PROTOTYPE["deleted_at"] === undefined || hasOwn(o1, "deleted_at"))) {
            if (!((typeof x19 === "string") || (x19 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/deleted_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x19 === "string") {
                    if (!isDateTime(x19)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/deleted_at", keyword: "format", message: "must match format \"date-time\"" });
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
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (x6.length > 200 && codePointLength(x6) > 200) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 200 characters" });
                    valid = false;
                }
            }
        }
        const x7 = o1["events"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["events"] === undefined || hasOwn(o1, "events"))) {
            n4++;
            if (!validate_WebhookEvents(x7, (here ??= joinPointer(parent, key)), "events", errors)) {
                valid = false;
            }
        }
        const x13 = o1["active"];
        if (x13 !== undefined && (p2 && OBJECT_PROTOTYPE["active"] === undefined || hasOwn(o1, "active"))) {
            n4++;
            if (!(typeof x13 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/active", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x14 = o1["api_version"];
        if (x14 !== undefined && (p2 && OBJECT_PROTOTYPE["api_version"] === undefined || hasOwn(o1, "api_version"))) {
            n4++;
            {
                const e20 = errors.length;
                let b21 = true;
                if (errors.length > e20) errors.length = e20;
                if (b21) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "not", message: "must not match the schema in not" });
                    valid = false;
                }
            }
        }
        let c30 = 0;
        for (const k31 in o1) c30++;
        if (c30 !== n4) {
            const k3 = Object.keys(o1);
            for (const k27 of k3) {
                if (k27 !== "url" && k27 !== "description" && k27 !== "events" && k27 !== "active" && k27 !== "api_version") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k27), keyword: "additionalProperties", message: "must not have additional property '" + k27 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookList/properties/meta. */
function validate_WebhookList_meta(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["total"] === undefined || !(p2 && OBJECT_PROTOTYPE["total"] === undefined || hasOwn(o1, "total"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'total'" });
            valid = false;
        }
        if (o1["limit"] === undefined || !(p2 && OBJECT_PROTOTYPE["limit"] === undefined || hasOwn(o1, "limit"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'limit'" });
            valid = false;
        }
        if (o1["offset"] === undefined || !(p2 && OBJECT_PROTOTYPE["offset"] === undefined || hasOwn(o1, "offset"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'offset'" });
            valid = false;
        }
        if (o1["next_cursor"] === undefined || !(p2 && OBJECT_PROTOTYPE["next_cursor"] === undefined || hasOwn(o1, "next_cursor"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'next_cursor'" });
            valid = false;
        }
        const x5 = o1["total"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["total"] === undefined || hasOwn(o1, "total"))) {
            if (!(typeof x5 === "number" && Number.isInteger(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x5 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        const x6 = o1["limit"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["limit"] === undefined || hasOwn(o1, "limit"))) {
            if (!(typeof x6 === "number" && Number.isInteger(x6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x6 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
                if (x6 > 100) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "maximum", message: "must be <= 100" });
                    valid = false;
                }
            }
        }
        const x7 = o1["offset"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["offset"] === undefined || hasOwn(o1, "offset"))) {
            if (!(typeof x7 === "number" && Number.isInteger(x7))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/offset", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x7 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/offset", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        const x8 = o1["next_cursor"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["next_cursor"] === undefined || hasOwn(o1, "next_cursor"))) {
            if (!((typeof x8 === "string") || (x8 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/next_cursor", keyword: "type", message: "must be string or null" });
                valid = false;
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
        if (o1["code"] === undefined || !(p2 && OBJECT_PROTOTYPE["code"] === undefined || hasOwn(o1, "code"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'code'" });
            valid = false;
        }
        if (o1["message"] === undefined || !(p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        if (o1["request_id"] === undefined || !(p2 && OBJECT_PROTOTYPE["request_id"] === undefined || hasOwn(o1, "request_id"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'request_id'" });
            valid = false;
        }
        const x5 = o1["code"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["code"] === undefined || hasOwn(o1, "code"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (!VALUES.has(x5)) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "enum", message: "must be equal to one of the allowed values" });
                valid = false;
            }
        }
        const x6 = o1["message"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x7 = o1["request_id"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["request_id"] === undefined || hasOwn(o1, "request_id"))) {
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/request_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x8 = o1["details"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["details"] === undefined || hasOwn(o1, "details"))) {
            if (!(typeof x8 === "object" && x8 !== null && !Array.isArray(x8))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/details", keyword: "type", message: "must be object" });
                valid = false;
            } else {
                const o9 = x8 as Record<string, unknown>;
                const k11 = Object.keys(o9);
                for (const k13 of k11) {
                    const x14 = o9[k13];
                    if (!(typeof x14 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/details" + "/" + escapePointerSegment(k13), keyword: "type", message: "must be string" });
                        valid = false;
                    }
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookEvents. */
function validate_WebhookEvents(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be array" });
        valid = false;
    } else {
        const a1 = value as readonly unknown[];
        if (a1.length < 1) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "minItems", message: "must have at least 1 item" });
            valid = false;
        }
        if (a1.length > 50) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "maxItems", message: "must have at most 50 items" });
            valid = false;
        }
        const d2 = findDuplicateItems(a1);
        if (d2 !== undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "uniqueItems", message: "must not have duplicate items (items " + d2[0] + " and " + d2[1] + " are identical)" });
            valid = false;
        }
        for (let i3 = 0; i3 < a1.length; i3++) {
            const x4 = a1[i3];
            if (!validate_WebhookEvent(x4, (here ??= joinPointer(parent, key)), i3, errors)) {
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
    if (!VALUES_1.has(value)) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "enum", message: "must be equal to one of the allowed values" });
        valid = false;
    }
    return valid;
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateListWebhooksQuery(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksQuery_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_WebhookList(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateCreateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_CreateWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse201(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_WebhookWithSecret(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateGetWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
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
export function validateUpdateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_WebhookWithSecret(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateRotateWebhookSecretResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean {
    return validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
}
