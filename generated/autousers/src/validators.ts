import { type ValidationError, type SchemaValidator, hasOwn, isDate, joinPointer, codePointLength, isUri, escapePointerSegment, isDateTime } from "./runtime/validation-runtime.js";
const PATTERN = new RegExp("^https://", "u");
const VALUES: ReadonlySet<unknown> = new Set(["evaluation.created", "evaluation.status_changed", "evaluation.completed", "autouser_run.completed", "autouser_run.failed", "rating.created", "calibration.frozen", "*"]);
const PATTERN_1 = new RegExp("^whsec_", "u");
const PATTERN_2 = new RegExp("^c[a-z0-9]{24}$", "u");
const PATTERN_3 = new RegExp("^whsec_.{6}$", "u");

/** Validates # of validateListWebhooksHeaders. */
function validate_validateListWebhooksHeaders_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
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
                case "Autousers-Version": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Autousers-Version", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDate(v3)) {
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "X-Request-Id": v3 = o1[k7]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'X-Request-Id'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "error": v3 = o1[k7]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'error'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!validate_Error_error(v3, (here ??= joinPointer(parent, key)), "error", errors)) {
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
        let v3: unknown, v4: unknown;
        for (const k8 in o1) {
            if (!hasOwn(o1, k8)) continue;
            switch (k8) {
                case "Idempotency-Key": v3 = o1[k8]; break;
                case "Autousers-Version": v4 = o1[k8]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Idempotency-Key", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (v3.length > 255 && codePointLength(v3) > 255) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Idempotency-Key", keyword: "maxLength", message: "must be at most 255 characters" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/Autousers-Version", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDate(v4)) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown;
        let c10 = 0;
        for (const k11 in o1) {
            if (!hasOwn(o1, k11)) continue;
            switch (k11) {
                case "url": v3 = o1[k11]; break;
                case "description": v4 = o1[k11]; break;
                case "enabled_events": v5 = o1[k11]; break;
                case "api_version": v6 = o1[k11]; break;
                case "status": v7 = o1[k11]; break;
                default: c10++;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
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
            if (!((typeof v4 === "string") || (v4 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v4 === "string") {
                    if (v4.length > 500 && codePointLength(v4) > 500) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 500 characters" });
                        valid = false;
                    }
                }
            }
        }
        if (v5 !== undefined) {
            if (!(Array.isArray(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a13 = v5 as readonly unknown[];
                if (a13.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                if (a13.length > 50) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "maxItems", message: "must have at most 50 items" });
                    valid = false;
                }
                for (let i14 = 0; i14 < a13.length; i14++) {
                    const x15 = a13[i14];
                    if (!(typeof x15 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events" + "/" + i14, keyword: "type", message: "must be string" });
                        valid = false;
                    }
                    if (!VALUES.has(x15)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events" + "/" + i14, keyword: "enum", message: "must be equal to one of the allowed values: \"evaluation.created\", \"evaluation.status_changed\", \"evaluation.completed\", \"autouser_run.completed\", \"autouser_run.failed\", \"rating.created\", \"calibration.frozen\", \"*\"" });
                        valid = false;
                    }
                }
            }
        }
        if (v6 !== undefined) {
            if (!((typeof v6 === "string") || (v6 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v6 === "string") {
                    if (v6.length > 32 && codePointLength(v6) > 32) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "maxLength", message: "must be at most 32 characters" });
                        valid = false;
                    }
                }
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v7 !== "enabled" && v7 !== "disabled") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "enum", message: "must be equal to one of the allowed values: \"enabled\", \"disabled\"" });
                valid = false;
            }
        }
        if (c10 !== 0) {
            const k8 = Object.keys(o1);
            for (const k30 of k8) {
                if (k30 !== "url" && k30 !== "description" && k30 !== "enabled_events" && k30 !== "api_version" && k30 !== "status") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k30), keyword: "additionalProperties", message: "must not have additional property '" + k30 + "'" });
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
        const o15 = value as Record<string, unknown>;
        let v17: unknown;
        for (const k21 in o15) {
            if (!hasOwn(o15, k21)) continue;
            switch (k21) {
                case "secret": v17 = o15[k21]; break;
            }
        }
        if (v17 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret'" });
            valid = false;
        }
        if (v17 !== undefined) {
            if (!(typeof v17 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_1.test(v17)) {
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
                if (!PATTERN_2.test(v3)) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown, v12: unknown, v13: unknown;
        for (const k17 in o1) {
            if (!hasOwn(o1, k17)) continue;
            switch (k17) {
                case "id": v3 = o1[k17]; break;
                case "url": v4 = o1[k17]; break;
                case "secret_prefix": v5 = o1[k17]; break;
                case "enabled_events": v6 = o1[k17]; break;
                case "status": v7 = o1[k17]; break;
                case "description": v8 = o1[k17]; break;
                case "api_version": v9 = o1[k17]; break;
                case "created_at": v10 = o1[k17]; break;
                case "updated_at": v11 = o1[k17]; break;
                case "last_delivered_at": v12 = o1[k17]; break;
                case "last_failed_at": v13 = o1[k17]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'secret_prefix'" });
            valid = false;
        }
        if (v6 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        if (v7 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'status'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_2.test(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "pattern", message: "must match pattern \"^c[a-z0-9]{24}$\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v4)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret_prefix", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN_3.test(v5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret_prefix", keyword: "pattern", message: "must match pattern \"^whsec_.{6}$\"" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!(Array.isArray(v6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a19 = v6 as readonly unknown[];
                for (let i20 = 0; i20 < a19.length; i20++) {
                    const x21 = a19[i20];
                    if (!(typeof x21 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events" + "/" + i20, keyword: "type", message: "must be string" });
                        valid = false;
                    }
                    if (!VALUES.has(x21)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events" + "/" + i20, keyword: "enum", message: "must be equal to one of the allowed values: \"evaluation.created\", \"evaluation.status_changed\", \"evaluation.completed\", \"autouser_run.completed\", \"autouser_run.failed\", \"rating.created\", \"calibration.frozen\", \"*\"" });
                        valid = false;
                    }
                }
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v7 !== "enabled" && v7 !== "disabled") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "enum", message: "must be equal to one of the allowed values: \"enabled\", \"disabled\"" });
                valid = false;
            }
        }
        if (v8 !== undefined) {
            if (!((typeof v8 === "string") || (v8 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        if (v9 !== undefined) {
            if (!((typeof v9 === "string") || (v9 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string or null" });
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
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_delivered_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v12 === "string") {
                    if (!isDateTime(v12)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_delivered_at", keyword: "format", message: "must match format \"date-time\"" });
                        valid = false;
                    }
                }
            }
        }
        if (v13 !== undefined) {
            if (!((typeof v13 === "string") || (v13 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/last_failed_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v13 === "string") {
                    if (!isDateTime(v13)) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown;
        let c10 = 0;
        for (const k11 in o1) {
            if (!hasOwn(o1, k11)) continue;
            switch (k11) {
                case "url": v3 = o1[k11]; break;
                case "description": v4 = o1[k11]; break;
                case "enabled_events": v5 = o1[k11]; break;
                case "api_version": v6 = o1[k11]; break;
                case "status": v7 = o1[k11]; break;
                default: c10++;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!((typeof v4 === "string") || (v4 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v4 === "string") {
                    if (v4.length > 500 && codePointLength(v4) > 500) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/description", keyword: "maxLength", message: "must be at most 500 characters" });
                        valid = false;
                    }
                }
            }
        }
        if (v5 !== undefined) {
            if (!(Array.isArray(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a13 = v5 as readonly unknown[];
                if (a13.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                if (a13.length > 50) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events", keyword: "maxItems", message: "must have at most 50 items" });
                    valid = false;
                }
                for (let i14 = 0; i14 < a13.length; i14++) {
                    const x15 = a13[i14];
                    if (!(typeof x15 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events" + "/" + i14, keyword: "type", message: "must be string" });
                        valid = false;
                    }
                    if (!VALUES.has(x15)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/enabled_events" + "/" + i14, keyword: "enum", message: "must be equal to one of the allowed values: \"evaluation.created\", \"evaluation.status_changed\", \"evaluation.completed\", \"autouser_run.completed\", \"autouser_run.failed\", \"rating.created\", \"calibration.frozen\", \"*\"" });
                        valid = false;
                    }
                }
            }
        }
        if (v6 !== undefined) {
            if (!((typeof v6 === "string") || (v6 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v6 === "string") {
                    if (v6.length > 32 && codePointLength(v6) > 32) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/api_version", keyword: "maxLength", message: "must be at most 32 characters" });
                        valid = false;
                    }
                }
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v7 !== "enabled" && v7 !== "disabled") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "enum", message: "must be equal to one of the allowed values: \"enabled\", \"disabled\"" });
                valid = false;
            }
        }
        if (c10 !== 0) {
            const k8 = Object.keys(o1);
            for (const k30 of k8) {
                if (k30 !== "url" && k30 !== "description" && k30 !== "enabled_events" && k30 !== "api_version" && k30 !== "status") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k30), keyword: "additionalProperties", message: "must not have additional property '" + k30 + "'" });
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
        let v3: unknown;
        let c6 = 0;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "type": v3 = o1[k7]; break;
                default: c6++;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/type", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (c6 !== 0) {
            const k4 = Object.keys(o1);
            for (const k9 of k4) {
                if (k9 !== "type") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k9), keyword: "additionalProperties", message: "must not have additional property '" + k9 + "'" });
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
        let v3: unknown, v4: unknown, v5: unknown;
        for (const k9 in o1) {
            if (!hasOwn(o1, k9)) continue;
            switch (k9) {
                case "limit": v3 = o1[k9]; break;
                case "starting_after": v4 = o1[k9]; break;
                case "status": v5 = o1[k9]; break;
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
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/starting_after", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v5 !== "pending" && v5 !== "delivered" && v5 !== "failed" && v5 !== "abandoned") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "enum", message: "must be equal to one of the allowed values: \"pending\", \"delivered\", \"failed\", \"abandoned\"" });
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "data": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(Array.isArray(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a9 = v3 as readonly unknown[];
                for (let i10 = 0; i10 < a9.length; i10++) {
                    const x11 = a9[i10];
                    if (!validate_WebhookDelivery(x11, (here ??= joinPointer(parent, key)) + "/data", i10, errors)) {
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown;
        for (const k13 in o1) {
            if (!hasOwn(o1, k13)) continue;
            switch (k13) {
                case "message": v3 = o1[k13]; break;
                case "type": v4 = o1[k13]; break;
                case "code": v5 = o1[k13]; break;
                case "param": v6 = o1[k13]; break;
                case "doc_url": v7 = o1[k13]; break;
                case "request_id": v8 = o1[k13]; break;
                case "details": v9 = o1[k13]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'type'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/type", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!((typeof v5 === "string") || (v5 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        if (v6 !== undefined) {
            if (!((typeof v6 === "string") || (v6 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/param", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
        if (v7 !== undefined) {
            if (!((typeof v7 === "string") || (v7 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/doc_url", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v7 === "string") {
                    if (!isUri(v7)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/doc_url", keyword: "format", message: "must match format \"uri\"" });
                        valid = false;
                    }
                }
            }
        }
        if (v8 !== undefined) {
            if (!(typeof v8 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/request_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v9 !== undefined) {
            if (!((typeof v9 === "object" && v9 !== null && !Array.isArray(v9)) || (v9 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/details", keyword: "type", message: "must be object or null" });
                valid = false;
            }
        }
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
        let v3: unknown;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "status": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v3 !== "pending" && v3 !== "delivered" && v3 !== "failed" && v3 !== "abandoned") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/status", keyword: "enum", message: "must be equal to one of the allowed values: \"pending\", \"delivered\", \"failed\", \"abandoned\"" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates a request value; pushes one error per failure to `errors`. */
export const validateListWebhooksHeaders: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse200: SchemaValidator = (value, pointer, errors) => validate_WebhookList(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse200Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateCreateWebhookHeaders: SchemaValidator = (value, pointer, errors) => validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateCreateWebhookRequestBody: SchemaValidator = (value, pointer, errors) => validate_CreateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse201: SchemaValidator = (value, pointer, errors) => validate_CreatedWebhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse201Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse409: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse409Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateGetWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateGetWebhookHeaders: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse200Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse404Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookHeaders: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse404Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse2XXHeaders: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookHeaders: SchemaValidator = (value, pointer, errors) => validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookRequestBody: SchemaValidator = (value, pointer, errors) => validate_UpdateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse200Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse404Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse409: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse409Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretHeaders: SchemaValidator = (value, pointer, errors) => validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse200: SchemaValidator = (value, pointer, errors) => validate_RotateWebhookSecretResponse(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse200Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse404Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse409: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse409Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateRotateWebhookSecretResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateTestWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateTestWebhookHeaders: SchemaValidator = (value, pointer, errors) => validate_validateCreateWebhookHeaders_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateTestWebhookRequestBody: SchemaValidator = (value, pointer, errors) => validate_TestWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_TestWebhookResponse(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse200Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse404Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse409: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse409Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateTestWebhookResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesQuery: SchemaValidator = (value, pointer, errors) => validate_validateListWebhookDeliveriesQuery_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesHeaders: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksHeaders_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse200: SchemaValidator = (value, pointer, errors) => validate_WebhookDeliveryList(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse200Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse400Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse401Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse403: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse403Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse404Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse429Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhookDeliveriesResponse500Headers: SchemaValidator = (value, pointer, errors) => validate_validateListWebhooksResponse200Headers_schema(value, pointer, undefined, errors);
