import { type ValidationError, type SchemaValidator, hasOwn, joinPointer, isUri, codePointLength, escapePointerSegment, isUuid, isDateTime, findDuplicateItems } from "./runtime/validation-runtime.js";
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "limit": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "number" && Number.isInteger(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v3 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
                if (v3 > 100) {
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
        let v3: unknown, v4: unknown, v5: unknown;
        for (const k9 in o1) {
            if (!hasOwn(o1, k9)) continue;
            switch (k9) {
                case "success": v3 = o1[k9]; break;
                case "data": v4 = o1[k9]; break;
                case "meta": v5 = o1[k9]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'meta'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (v3 !== true) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "const", message: "must be equal to constant true" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(Array.isArray(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a18 = v4 as readonly unknown[];
                for (let i19 = 0; i19 < a18.length; i19++) {
                    const x20 = a18[i19];
                    if (!validate_Webhook(x20, (here ??= joinPointer(parent, key)) + "/data", i19, errors)) {
                        valid = false;
                    }
                }
            }
        }
        if (v5 !== undefined) {
            if (!validate_WebhookList_meta(v5, (here ??= joinPointer(parent, key)), "meta", errors)) {
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
        let v3: unknown, v4: unknown;
        for (const k8 in o1) {
            if (!hasOwn(o1, k8)) continue;
            switch (k8) {
                case "success": v3 = o1[k8]; break;
                case "error": v4 = o1[k8]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'error'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (v3 !== false) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "const", message: "must be equal to constant false" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!validate_Error_error(v4, (here ??= joinPointer(parent, key)), "error", errors)) {
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "Retry-After": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "number" && Number.isInteger(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Retry-After", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v3 < 0) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown;
        let c9 = 0;
        for (const k10 in o1) {
            if (!hasOwn(o1, k10)) continue;
            switch (k10) {
                case "url": v3 = o1[k10]; break;
                case "events": v4 = o1[k10]; break;
                case "description": v5 = o1[k10]; break;
                case "api_version": v6 = o1[k10]; break;
                default: c9++;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'events'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https://\"" });
                    valid = false;
                }
                if (!isUri(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!validate_WebhookEvents(v4, (here ??= joinPointer(parent, key)), "events", errors)) {
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (v5.length > 200 && codePointLength(v5) > 200) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 200 characters" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!(typeof v6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (c9 !== 0) {
            const k7 = Object.keys(o1);
            for (const k19 of k7) {
                if (k19 !== "url" && k19 !== "events" && k19 !== "description" && k19 !== "api_version") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k19), keyword: "additionalProperties", message: "must not have additional property '" + k19 + "'" });
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
        const o15 = value as Record<string, unknown>;
        let v17: unknown, v18: unknown;
        for (const k22 in o15) {
            if (!hasOwn(o15, k22)) continue;
            switch (k22) {
                case "secret": v17 = o15[k22]; break;
                case "secret_displayed_once": v18 = o15[k22]; break;
            }
        }
        if (v17 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret'" });
            valid = false;
        }
        if (v18 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret_displayed_once'" });
            valid = false;
        }
        if (v17 !== undefined) {
            if (!(typeof v17 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_1.test(v17)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "pattern", message: "must match pattern \"^[A-Za-z0-9+/]+={0,2}$\"" });
                    valid = false;
                }
            }
        }
        if (v18 !== undefined) {
            if (v18 !== true) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret_displayed_once", keyword: "const", message: "must be equal to constant true" });
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "id": v3 = o1[k7]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(v3)) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown, v12: unknown;
        for (const k16 in o1) {
            if (!hasOwn(o1, k16)) continue;
            switch (k16) {
                case "id": v3 = o1[k16]; break;
                case "org_id": v4 = o1[k16]; break;
                case "url": v5 = o1[k16]; break;
                case "description": v6 = o1[k16]; break;
                case "events": v7 = o1[k16]; break;
                case "active": v8 = o1[k16]; break;
                case "api_version": v9 = o1[k16]; break;
                case "created_at": v10 = o1[k16]; break;
                case "updated_at": v11 = o1[k16]; break;
                case "deleted_at": v12 = o1[k16]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'org_id'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (v7 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'events'" });
            valid = false;
        }
        if (v8 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'active'" });
            valid = false;
        }
        if (v9 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'api_version'" });
            valid = false;
        }
        if (v10 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'created_at'" });
            valid = false;
        }
        if (v11 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'updated_at'" });
            valid = false;
        }
        if (v12 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'deleted_at'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/org_id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(v4)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/org_id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(v5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https://\"" });
                    valid = false;
                }
                if (!isUri(v5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!((typeof v6 === "string") || (v6 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v6 === "string") {
                    if (v6.length > 200 && codePointLength(v6) > 200) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 200 characters" });
                        valid = false;
                    }
                }
            }
        }
        if (v7 !== undefined) {
            if (!validate_WebhookEvents(v7, (here ??= joinPointer(parent, key)), "events", errors)) {
                valid = false;
            }
        }
        if (v8 !== undefined) {
            if (!(typeof v8 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/active", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v9 !== undefined) {
            if (!(typeof v9 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v10 !== undefined) {
            if (!(typeof v10 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v10)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v11 !== undefined) {
            if (!(typeof v11 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v11)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v12 !== undefined) {
            if (!((typeof v12 === "string") || (v12 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/deleted_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v12 === "string") {
                    if (!isDateTime(v12)) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown;
        let c10 = 0;
        for (const k11 in o1) {
            if (!hasOwn(o1, k11)) continue;
            switch (k11) {
                case "url": v3 = o1[k11]; break;
                case "description": v4 = o1[k11]; break;
                case "events": v5 = o1[k11]; break;
                case "active": v6 = o1[k11]; break;
                case "api_version": v7 = o1[k11]; break;
                default: c10++;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https://\"" });
                    valid = false;
                }
                if (!isUri(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (v4.length > 200 && codePointLength(v4) > 200) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 200 characters" });
                    valid = false;
                }
            }
        }
        if (v5 !== undefined) {
            if (!validate_WebhookEvents(v5, (here ??= joinPointer(parent, key)), "events", errors)) {
                valid = false;
            }
        }
        if (v6 !== undefined) {
            if (!(typeof v6 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/active", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v7 !== undefined) {
            {
                const e27 = errors.length;
                let b28 = true;
                if (errors.length > e27) errors.length = e27;
                if (b28) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "not", message: "must not match the schema in not" });
                    valid = false;
                }
            }
        }
        if (c10 !== 0) {
            const k8 = Object.keys(o1);
            for (const k36 of k8) {
                if (k36 !== "url" && k36 !== "description" && k36 !== "events" && k36 !== "active" && k36 !== "api_version") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k36), keyword: "additionalProperties", message: "must not have additional property '" + k36 + "'" });
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown;
        for (const k10 in o1) {
            if (!hasOwn(o1, k10)) continue;
            switch (k10) {
                case "total": v3 = o1[k10]; break;
                case "limit": v4 = o1[k10]; break;
                case "offset": v5 = o1[k10]; break;
                case "next_cursor": v6 = o1[k10]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'total'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'limit'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'offset'" });
            valid = false;
        }
        if (v6 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'next_cursor'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "number" && Number.isInteger(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v3 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "number" && Number.isInteger(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v4 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
                if (v4 > 100) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "maximum", message: "must be <= 100" });
                    valid = false;
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "number" && Number.isInteger(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/offset", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v5 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/offset", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!((typeof v6 === "string") || (v6 === null))) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown;
        for (const k10 in o1) {
            if (!hasOwn(o1, k10)) continue;
            switch (k10) {
                case "code": v3 = o1[k10]; break;
                case "message": v4 = o1[k10]; break;
                case "request_id": v5 = o1[k10]; break;
                case "details": v6 = o1[k10]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'code'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'request_id'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (!VALUES.has(v3)) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "enum", message: "must be equal to one of the allowed values: \"INVALID_INPUT\", \"VALIDATION_FAILED\", \"UNAUTHORIZED\", \"FORBIDDEN\", \"NOT_FOUND\", \"LIMIT_EXCEEDED\", \"RATE_LIMITED\"" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/request_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v6 !== undefined) {
            if (!(typeof v6 === "object" && v6 !== null && !Array.isArray(v6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/details", keyword: "type", message: "must be object" });
                valid = false;
            } else {
                const o12 = v6 as Record<string, unknown>;
                const k14 = Object.keys(o12);
                for (const k18 of k14) {
                    const x19 = o12[k18];
                    if (!(typeof x19 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/details" + "/" + escapePointerSegment(k18), keyword: "type", message: "must be string" });
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
            if (!(typeof x4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i3, keyword: "type", message: "must be string" });
                valid = false;
            }
            if (!VALUES_1.has(x4)) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i3, keyword: "enum", message: "must be equal to one of the allowed values: \"brand.vetted\", \"brand.vetting_failed\", \"campaign.approved\", \"campaign.rejected\", \"campaign.shared\", \"wallet.balance_low\", \"wallet.balance_zero\", \"subscription.past_due\", \"subscription.canceled\", \"api_key.created\", and 7 more" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates a request value; pushes one error per failure to `errors`. */
export const validateListWebhooksQuery: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksQuery_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse200: SchemaValidator = (value, pointer, errors) => validate_WebhookList(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateCreateWebhookRequestBody: SchemaValidator = (value, pointer, errors) => validate_CreateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse201: SchemaValidator = (value, pointer, errors) => validate_WebhookWithSecret(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse409: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateGetWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookRequestBody: SchemaValidator = (value, pointer, errors) => validate_UpdateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse200: SchemaValidator = (value, pointer, errors) => validate_WebhookWithSecret(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse429Headers_schema(value, pointer, undefined, errors);
