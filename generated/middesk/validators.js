import { joinPointer, hasOwn, isUri, isDateTime, escapePointerSegment, isUuid } from "./runtime/validation-runtime.js";
const VALUES = new Set(["url", "secret", "disabled_at", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_client_secret", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds"]);
const PATTERN = new RegExp("^(\\*|[a-z][a-z0-9_]*(\\s*,\\s*[a-z][a-z0-9_]*)*)$", "u");
const PATTERN_1 = new RegExp("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$", "u");

/** Validates # of validateListWebhooksQuery. */
function validate_validateListWebhooksQuery_schema(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        const x3 = o1["page"];
        if (x3 !== undefined && hasOwn(o1, "page")) {
            if (!(typeof x3 === "number" && Number.isInteger(x3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x3 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        const x4 = o1["per_page"];
        if (x4 !== undefined && hasOwn(o1, "per_page")) {
            if (!(typeof x4 === "number" && Number.isInteger(x4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/per_page", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x4 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/per_page", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookList. */
function validate_WebhookList(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        if (o1["data"] === undefined || !hasOwn(o1, "data")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        const x3 = o1["object"];
        if (x3 !== undefined && hasOwn(o1, "object")) {
            if (x3 !== "list") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/object", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x7 = o1["data"];
        if (x7 !== undefined && hasOwn(o1, "data")) {
            if (!(Array.isArray(x7))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a8 = x7;
                for (let i9 = 0; i9 < a8.length; i9++) {
                    const x10 = a8[i9];
                    if (!validate_Webhook(x10, (here ??= joinPointer(parent, key)) + "/data", i9, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x14 = o1["total_count"];
        if (x14 !== undefined && hasOwn(o1, "total_count")) {
            if (!(typeof x14 === "number" && Number.isInteger(x14))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total_count", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x14 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total_count", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        const x15 = o1["has_more"];
        if (x15 !== undefined && hasOwn(o1, "has_more")) {
            if (!(typeof x15 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/has_more", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Error. */
function validate_Error(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        if (o1["errors"] === undefined || !hasOwn(o1, "errors")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'errors'" });
            valid = false;
        }
        const x3 = o1["errors"];
        if (x3 !== undefined && hasOwn(o1, "errors")) {
            if (!(Array.isArray(x3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/errors", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a4 = x3;
                if (a4.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/errors", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i5 = 0; i5 < a4.length; i5++) {
                    const x6 = a4[i5];
                    if (!validate_Error_errors_items(x6, (here ??= joinPointer(parent, key)) + "/errors", i5, errors)) {
                        valid = false;
                    }
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/CreateWebhookRequest. */
function validate_CreateWebhookRequest(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        if (o1["url"] === undefined || !hasOwn(o1, "url")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (o1["enabled_events"] === undefined || !hasOwn(o1, "enabled_events")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        const k2 = Object.keys(o1);
        const x3 = o1["url"];
        if (x3 !== undefined && hasOwn(o1, "url")) {
            if (!(typeof x3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x4 = o1["secret"];
        if (x4 !== undefined && hasOwn(o1, "secret")) {
            if (!(typeof x4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x5 = o1["disabled_at"];
        if (x5 !== undefined && hasOwn(o1, "disabled_at")) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["enabled_events"];
        if (x6 !== undefined && hasOwn(o1, "enabled_events")) {
            if (!validate_EnabledEvents(x6, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        const x10 = o1["include"];
        if (x10 !== undefined && hasOwn(o1, "include")) {
            if (!validate_Include(x10, (here ??= joinPointer(parent, key)), "include", errors)) {
                valid = false;
            }
        }
        const x14 = o1["oidc_auth_method"];
        if (x14 !== undefined && hasOwn(o1, "oidc_auth_method")) {
            if (!validate_OidcAuthMethod(x14, (here ??= joinPointer(parent, key)), "oidc_auth_method", errors)) {
                valid = false;
            }
        }
        const x18 = o1["oidc_client_id"];
        if (x18 !== undefined && hasOwn(o1, "oidc_client_id")) {
            if (!(typeof x18 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x19 = o1["oidc_client_secret"];
        if (x19 !== undefined && hasOwn(o1, "oidc_client_secret")) {
            if (!(typeof x19 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x20 = o1["oidc_token_endpoint"];
        if (x20 !== undefined && hasOwn(o1, "oidc_token_endpoint")) {
            if (!(typeof x20 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x20)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x21 = o1["oidc_resource_uri"];
        if (x21 !== undefined && hasOwn(o1, "oidc_resource_uri")) {
            if (!(typeof x21 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x21)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x22 = o1["oidc_scope"];
        if (x22 !== undefined && hasOwn(o1, "oidc_scope")) {
            if (!(typeof x22 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_scope", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x23 = o1["oidc_access_token_ttl_seconds"];
        if (x23 !== undefined && hasOwn(o1, "oidc_access_token_ttl_seconds")) {
            if (!(typeof x23 === "number" && Number.isInteger(x23))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x23 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        for (const k24 of k2) {
            if (!VALUES.has(k24)) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k24), keyword: "additionalProperties", message: "must not have additional property '" + k24 + "'" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_client_id")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_id' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_client_secret")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_secret' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_token_endpoint")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_token_endpoint' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_resource_uri")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_resource_uri' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_scope")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_scope' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_access_token_ttl_seconds")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_access_token_ttl_seconds' is present" });
                valid = false;
            }
        }
    }
    {
        const e33 = errors.length;
        let b34 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o36 = value;
            if (o36["oidc_auth_method"] === undefined || !hasOwn(o36, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_auth_method'" });
                b34 = false;
            }
            const x38 = o36["oidc_auth_method"];
            if (x38 !== undefined && hasOwn(o36, "oidc_auth_method")) {
                if (x38 !== "private_key_jwt") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "const", message: "must be equal to constant" });
                    b34 = false;
                }
            }
        }
        if (errors.length > e33) errors.length = e33;
        if (b34) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o31 = value;
                if (o31["oidc_client_id"] === undefined || !hasOwn(o31, "oidc_client_id")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o31["oidc_token_endpoint"] === undefined || !hasOwn(o31, "oidc_token_endpoint")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o31["oidc_access_token_ttl_seconds"] === undefined || !hasOwn(o31, "oidc_access_token_ttl_seconds")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    {
        const e48 = errors.length;
        let b49 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o51 = value;
            if (o51["oidc_auth_method"] === undefined || !hasOwn(o51, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_auth_method'" });
                b49 = false;
            }
            const x53 = o51["oidc_auth_method"];
            if (x53 !== undefined && hasOwn(o51, "oidc_auth_method")) {
                if (x53 !== "client_secret") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "const", message: "must be equal to constant" });
                    b49 = false;
                }
            }
        }
        if (errors.length > e48) errors.length = e48;
        if (b49) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o46 = value;
                if (o46["oidc_client_id"] === undefined || !hasOwn(o46, "oidc_client_id")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o46["oidc_client_secret"] === undefined || !hasOwn(o46, "oidc_client_secret")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_secret'" });
                    valid = false;
                }
                if (o46["oidc_token_endpoint"] === undefined || !hasOwn(o46, "oidc_token_endpoint")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o46["oidc_access_token_ttl_seconds"] === undefined || !hasOwn(o46, "oidc_access_token_ttl_seconds")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Webhook. */
function validate_Webhook(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        if (o1["object"] === undefined || !hasOwn(o1, "object")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'object'" });
            valid = false;
        }
        if (o1["id"] === undefined || !hasOwn(o1, "id")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (o1["url"] === undefined || !hasOwn(o1, "url")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (o1["enabled_events"] === undefined || !hasOwn(o1, "enabled_events")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        if (o1["created_at"] === undefined || !hasOwn(o1, "created_at")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'created_at'" });
            valid = false;
        }
        const x3 = o1["object"];
        if (x3 !== undefined && hasOwn(o1, "object")) {
            if (x3 !== "webhook") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/object", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x7 = o1["id"];
        if (x7 !== undefined && hasOwn(o1, "id")) {
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(x7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        const x8 = o1["url"];
        if (x8 !== undefined && hasOwn(o1, "url")) {
            if (!(typeof x8 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x8)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x9 = o1["enabled_events"];
        if (x9 !== undefined && hasOwn(o1, "enabled_events")) {
            if (!validate_EnabledEvents(x9, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        const x13 = o1["created_at"];
        if (x13 !== undefined && hasOwn(o1, "created_at")) {
            if (!(typeof x13 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x13)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x14 = o1["updated_at"];
        if (x14 !== undefined && hasOwn(o1, "updated_at")) {
            if (!(typeof x14 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x14)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x15 = o1["disabled_at"];
        if (x15 !== undefined && hasOwn(o1, "disabled_at")) {
            if (!((typeof x15 === "string") || (x15 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x15 === "string") {
                    if (!isDateTime(x15)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                        valid = false;
                    }
                }
            }
        }
        const x16 = o1["oauth_client_id"];
        if (x16 !== undefined && hasOwn(o1, "oauth_client_id")) {
            if (!((typeof x16 === "string") || (x16 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oauth_client_id", keyword: "type", message: "must be string or null" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates # of validateGetWebhookPathParams. */
function validate_validateGetWebhookPathParams_schema(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        if (o1["id"] === undefined || !hasOwn(o1, "id")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        const x3 = o1["id"];
        if (x3 !== undefined && hasOwn(o1, "id")) {
            if (!(typeof x3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(x3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/UpdateWebhookRequest. */
function validate_UpdateWebhookRequest(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        const k2 = Object.keys(o1);
        const x3 = o1["url"];
        if (x3 !== undefined && hasOwn(o1, "url")) {
            if (!(typeof x3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x4 = o1["secret"];
        if (x4 !== undefined && hasOwn(o1, "secret")) {
            if (!(typeof x4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x5 = o1["disabled_at"];
        if (x5 !== undefined && hasOwn(o1, "disabled_at")) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["enabled_events"];
        if (x6 !== undefined && hasOwn(o1, "enabled_events")) {
            if (!validate_EnabledEvents(x6, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        const x10 = o1["include"];
        if (x10 !== undefined && hasOwn(o1, "include")) {
            if (!validate_Include(x10, (here ??= joinPointer(parent, key)), "include", errors)) {
                valid = false;
            }
        }
        const x14 = o1["oidc_auth_method"];
        if (x14 !== undefined && hasOwn(o1, "oidc_auth_method")) {
            if (!validate_OidcAuthMethod(x14, (here ??= joinPointer(parent, key)), "oidc_auth_method", errors)) {
                valid = false;
            }
        }
        const x18 = o1["oidc_client_id"];
        if (x18 !== undefined && hasOwn(o1, "oidc_client_id")) {
            if (!(typeof x18 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x19 = o1["oidc_client_secret"];
        if (x19 !== undefined && hasOwn(o1, "oidc_client_secret")) {
            if (!(typeof x19 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x20 = o1["oidc_token_endpoint"];
        if (x20 !== undefined && hasOwn(o1, "oidc_token_endpoint")) {
            if (!(typeof x20 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x20)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x21 = o1["oidc_resource_uri"];
        if (x21 !== undefined && hasOwn(o1, "oidc_resource_uri")) {
            if (!(typeof x21 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x21)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x22 = o1["oidc_scope"];
        if (x22 !== undefined && hasOwn(o1, "oidc_scope")) {
            if (!(typeof x22 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_scope", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x23 = o1["oidc_access_token_ttl_seconds"];
        if (x23 !== undefined && hasOwn(o1, "oidc_access_token_ttl_seconds")) {
            if (!(typeof x23 === "number" && Number.isInteger(x23))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x23 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        for (const k24 of k2) {
            if (!VALUES.has(k24)) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k24), keyword: "additionalProperties", message: "must not have additional property '" + k24 + "'" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_client_id")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_id' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_client_secret")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_secret' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_token_endpoint")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_token_endpoint' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_resource_uri")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_resource_uri' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_scope")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_scope' is present" });
                valid = false;
            }
        }
        if (hasOwn(o1, "oidc_access_token_ttl_seconds")) {
            if (!hasOwn(o1, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_access_token_ttl_seconds' is present" });
                valid = false;
            }
        }
    }
    {
        const e33 = errors.length;
        let b34 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o36 = value;
            if (o36["oidc_auth_method"] === undefined || !hasOwn(o36, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_auth_method'" });
                b34 = false;
            }
            const x38 = o36["oidc_auth_method"];
            if (x38 !== undefined && hasOwn(o36, "oidc_auth_method")) {
                if (x38 !== "private_key_jwt") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "const", message: "must be equal to constant" });
                    b34 = false;
                }
            }
        }
        if (errors.length > e33) errors.length = e33;
        if (b34) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o31 = value;
                if (o31["oidc_client_id"] === undefined || !hasOwn(o31, "oidc_client_id")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o31["oidc_token_endpoint"] === undefined || !hasOwn(o31, "oidc_token_endpoint")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o31["oidc_access_token_ttl_seconds"] === undefined || !hasOwn(o31, "oidc_access_token_ttl_seconds")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    {
        const e48 = errors.length;
        let b49 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o51 = value;
            if (o51["oidc_auth_method"] === undefined || !hasOwn(o51, "oidc_auth_method")) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_auth_method'" });
                b49 = false;
            }
            const x53 = o51["oidc_auth_method"];
            if (x53 !== undefined && hasOwn(o51, "oidc_auth_method")) {
                if (x53 !== "client_secret") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "const", message: "must be equal to constant" });
                    b49 = false;
                }
            }
        }
        if (errors.length > e48) errors.length = e48;
        if (b49) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o46 = value;
                if (o46["oidc_client_id"] === undefined || !hasOwn(o46, "oidc_client_id")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o46["oidc_client_secret"] === undefined || !hasOwn(o46, "oidc_client_secret")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_secret'" });
                    valid = false;
                }
                if (o46["oidc_token_endpoint"] === undefined || !hasOwn(o46, "oidc_token_endpoint")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o46["oidc_access_token_ttl_seconds"] === undefined || !hasOwn(o46, "oidc_access_token_ttl_seconds")) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Error/properties/errors/items. */
function validate_Error_errors_items(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        if (o1["message"] === undefined || !hasOwn(o1, "message")) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        const x3 = o1["message"];
        if (x3 !== undefined && hasOwn(o1, "message")) {
            if (!(typeof x3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x4 = o1["parameter"];
        if (x4 !== undefined && hasOwn(o1, "parameter")) {
            if (!(typeof x4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/parameter", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/EnabledEvents. */
function validate_EnabledEvents(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be array" });
        valid = false;
    } else {
        const a1 = value;
        for (let i2 = 0; i2 < a1.length; i2++) {
            const x3 = a1[i2];
            const e7 = errors.length;
            let m8 = false;
            {
                let b9 = true;
                if (!validate_WebhookEvent(x3, (here ??= joinPointer(parent, key)), i2, errors)) {
                    b9 = false;
                }
                if (b9) {
                    m8 = true;
                }
            }
            if (!m8) {
                let b13 = true;
                if (x3 !== "*") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "const", message: "must be equal to constant" });
                    b13 = false;
                }
                if (b13) {
                    m8 = true;
                }
            }
            if (m8) {
                if (errors.length > e7) errors.length = e7;
            } else {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "anyOf", message: "must match a schema in anyOf" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Include. */
function validate_Include(value, parent, key, errors) {
    let valid = true;
    if (!(typeof value === "string")) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be string" });
        valid = false;
    } else {
        if (!PATTERN.test(value)) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "pattern", message: "must match pattern \"^(\\\\*|[a-z][a-z0-9_]*(\\\\s*,\\\\s*[a-z][a-z0-9_]*)*)$\"" });
            valid = false;
        }
    }
    return valid;
}

/** Validates #/components/schemas/OidcAuthMethod. */
function validate_OidcAuthMethod(value, parent, key, errors) {
    let valid = true;
    if (!(typeof value === "string")) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be string" });
        valid = false;
    }
    if (value !== "private_key_jwt" && value !== "client_secret") {
        errors.push({ pointer: joinPointer(parent, key), keyword: "enum", message: "must be equal to one of the allowed values" });
        valid = false;
    }
    return valid;
}

/** Validates #/components/schemas/WebhookEvent. */
function validate_WebhookEvent(value, parent, key, errors) {
    let valid = true;
    if (!(typeof value === "string")) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be string" });
        valid = false;
    } else {
        if (!PATTERN_1.test(value)) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "pattern", message: "must match pattern \"^[a-z][a-z0-9_]*(\\\\.[a-z][a-z0-9_]*)+$\"" });
            valid = false;
        }
    }
    return valid;
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateListWebhooksQuery(value, pointer, errors) {
    return validate_validateListWebhooksQuery_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse200(value, pointer, errors) {
    return validate_WebhookList(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse400(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse401(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse422(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateListWebhooksResponse500(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateCreateWebhookRequestBody(value, pointer, errors) {
    return validate_CreateWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse201(value, pointer, errors) {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse400(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse401(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse422(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse500(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateGetWebhookPathParams(value, pointer, errors) {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse200(value, pointer, errors) {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse400(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse401(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse404(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse422(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse500(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookPathParams(value, pointer, errors) {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookRequestBody(value, pointer, errors) {
    return validate_UpdateWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse200(value, pointer, errors) {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse400(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse401(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse404(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse422(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateUpdateWebhookResponse500(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookPathParams(value, pointer, errors) {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse200(value, pointer, errors) {
    return validate_Webhook(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse400(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse401(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse404(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse422(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookResponse500(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}
