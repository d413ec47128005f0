import { getPrototypeOf, OBJECT_PROTOTYPE, joinPointer, hasOwn, isUri, isDateTime, escapePointerSegment, isUuid } from "./runtime/validation-runtime.js";
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["page"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["page"] === undefined || hasOwn(o1, "page"))) {
            if (!(typeof x5 === "number" && Number.isInteger(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x5 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        const x6 = o1["per_page"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["per_page"] === undefined || hasOwn(o1, "per_page"))) {
            if (!(typeof x6 === "number" && Number.isInteger(x6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/per_page", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x6 < 1) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["data"] === undefined || !(p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        const x5 = o1["object"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["object"] === undefined || hasOwn(o1, "object"))) {
            if (x5 !== "list") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/object", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x11 = o1["data"];
        if (x11 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!(Array.isArray(x11))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a12 = x11;
                for (let i13 = 0; i13 < a12.length; i13++) {
                    const x14 = a12[i13];
                    if (!validate_Webhook(x14, (here ??= joinPointer(parent, key)) + "/data", i13, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x20 = o1["total_count"];
        if (x20 !== undefined && (p2 && OBJECT_PROTOTYPE["total_count"] === undefined || hasOwn(o1, "total_count"))) {
            if (!(typeof x20 === "number" && Number.isInteger(x20))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total_count", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x20 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total_count", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        const x21 = o1["has_more"];
        if (x21 !== undefined && (p2 && OBJECT_PROTOTYPE["has_more"] === undefined || hasOwn(o1, "has_more"))) {
            if (!(typeof x21 === "boolean")) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["errors"] === undefined || !(p2 && OBJECT_PROTOTYPE["errors"] === undefined || hasOwn(o1, "errors"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'errors'" });
            valid = false;
        }
        const x5 = o1["errors"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["errors"] === undefined || hasOwn(o1, "errors"))) {
            if (!(Array.isArray(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/errors", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a6 = x5;
                if (a6.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/errors", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i7 = 0; i7 < a6.length; i7++) {
                    const x8 = a6[i7];
                    if (!validate_Error_errors_items(x8, (here ??= joinPointer(parent, key)) + "/errors", i7, errors)) {
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
                if (!isUri(x5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x6 = o1["secret"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o1, "secret"))) {
            n4++;
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x7 = o1["disabled_at"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["disabled_at"] === undefined || hasOwn(o1, "disabled_at"))) {
            n4++;
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x8 = o1["enabled_events"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            n4++;
            if (!validate_EnabledEvents(x8, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        const x14 = o1["include"];
        if (x14 !== undefined && (p2 && OBJECT_PROTOTYPE["include"] === undefined || hasOwn(o1, "include"))) {
            n4++;
            if (!validate_Include(x14, (here ??= joinPointer(parent, key)), "include", errors)) {
                valid = false;
            }
        }
        const x20 = o1["oidc_auth_method"];
        if (x20 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
            n4++;
            if (!validate_OidcAuthMethod(x20, (here ??= joinPointer(parent, key)), "oidc_auth_method", errors)) {
                valid = false;
            }
        }
        const x26 = o1["oidc_client_id"];
        if (x26 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o1, "oidc_client_id"))) {
            n4++;
            if (!(typeof x26 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x27 = o1["oidc_client_secret"];
        if (x27 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o1, "oidc_client_secret"))) {
            n4++;
            if (!(typeof x27 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x28 = o1["oidc_token_endpoint"];
        if (x28 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o1, "oidc_token_endpoint"))) {
            n4++;
            if (!(typeof x28 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x28)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x29 = o1["oidc_resource_uri"];
        if (x29 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_resource_uri"] === undefined || hasOwn(o1, "oidc_resource_uri"))) {
            n4++;
            if (!(typeof x29 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x29)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x30 = o1["oidc_scope"];
        if (x30 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_scope"] === undefined || hasOwn(o1, "oidc_scope"))) {
            n4++;
            if (!(typeof x30 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_scope", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x31 = o1["oidc_access_token_ttl_seconds"];
        if (x31 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o1, "oidc_access_token_ttl_seconds"))) {
            n4++;
            if (!(typeof x31 === "number" && Number.isInteger(x31))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x31 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        let c35 = 0;
        for (const k36 in o1) c35++;
        if (c35 !== n4) {
            const k3 = Object.keys(o1);
            for (const k32 of k3) {
                if (!VALUES.has(k32)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k32), keyword: "additionalProperties", message: "must not have additional property '" + k32 + "'" });
                    valid = false;
                }
            }
        }
        if (o1["oidc_client_id"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o1, "oidc_client_id"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_id' is present" });
                valid = false;
            }
        }
        if (o1["oidc_client_secret"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o1, "oidc_client_secret"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_secret' is present" });
                valid = false;
            }
        }
        if (o1["oidc_token_endpoint"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o1, "oidc_token_endpoint"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_token_endpoint' is present" });
                valid = false;
            }
        }
        if (o1["oidc_resource_uri"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_resource_uri"] === undefined || hasOwn(o1, "oidc_resource_uri"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_resource_uri' is present" });
                valid = false;
            }
        }
        if (o1["oidc_scope"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_scope"] === undefined || hasOwn(o1, "oidc_scope"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_scope' is present" });
                valid = false;
            }
        }
        if (o1["oidc_access_token_ttl_seconds"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o1, "oidc_access_token_ttl_seconds"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_access_token_ttl_seconds' is present" });
                valid = false;
            }
        }
    }
    {
        const e47 = errors.length;
        let b48 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o50 = value;
            const p51 = getPrototypeOf(o50) === OBJECT_PROTOTYPE;
            if (o50["oidc_auth_method"] === undefined || !(p51 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o50, "oidc_auth_method"))) {
                b48 = false;
            }
            const x54 = o50["oidc_auth_method"];
            if (x54 !== undefined && (p51 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o50, "oidc_auth_method"))) {
                if (x54 !== "private_key_jwt") {
                    b48 = false;
                }
            }
        }
        if (errors.length > e47) errors.length = e47;
        if (b48) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o43 = value;
                const p44 = getPrototypeOf(o43) === OBJECT_PROTOTYPE;
                if (o43["oidc_client_id"] === undefined || !(p44 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o43, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o43["oidc_token_endpoint"] === undefined || !(p44 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o43, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o43["oidc_access_token_ttl_seconds"] === undefined || !(p44 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o43, "oidc_access_token_ttl_seconds"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    {
        const e70 = errors.length;
        let b71 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o73 = value;
            const p74 = getPrototypeOf(o73) === OBJECT_PROTOTYPE;
            if (o73["oidc_auth_method"] === undefined || !(p74 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o73, "oidc_auth_method"))) {
                b71 = false;
            }
            const x77 = o73["oidc_auth_method"];
            if (x77 !== undefined && (p74 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o73, "oidc_auth_method"))) {
                if (x77 !== "client_secret") {
                    b71 = false;
                }
            }
        }
        if (errors.length > e70) errors.length = e70;
        if (b71) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o66 = value;
                const p67 = getPrototypeOf(o66) === OBJECT_PROTOTYPE;
                if (o66["oidc_client_id"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o66, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o66["oidc_client_secret"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o66, "oidc_client_secret"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_secret'" });
                    valid = false;
                }
                if (o66["oidc_token_endpoint"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o66, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o66["oidc_access_token_ttl_seconds"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o66, "oidc_access_token_ttl_seconds"))) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["object"] === undefined || !(p2 && OBJECT_PROTOTYPE["object"] === undefined || hasOwn(o1, "object"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'object'" });
            valid = false;
        }
        if (o1["id"] === undefined || !(p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (o1["url"] === undefined || !(p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (o1["enabled_events"] === undefined || !(p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        if (o1["created_at"] === undefined || !(p2 && OBJECT_PROTOTYPE["created_at"] === undefined || hasOwn(o1, "created_at"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'created_at'" });
            valid = false;
        }
        const x5 = o1["object"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["object"] === undefined || hasOwn(o1, "object"))) {
            if (x5 !== "webhook") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/object", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x11 = o1["id"];
        if (x11 !== undefined && (p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            if (!(typeof x11 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(x11)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        const x12 = o1["url"];
        if (x12 !== undefined && (p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
            if (!(typeof x12 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x12)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x13 = o1["enabled_events"];
        if (x13 !== undefined && (p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            if (!validate_EnabledEvents(x13, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        const x19 = o1["created_at"];
        if (x19 !== undefined && (p2 && OBJECT_PROTOTYPE["created_at"] === undefined || hasOwn(o1, "created_at"))) {
            if (!(typeof x19 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x19)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x20 = o1["updated_at"];
        if (x20 !== undefined && (p2 && OBJECT_PROTOTYPE["updated_at"] === undefined || hasOwn(o1, "updated_at"))) {
            if (!(typeof x20 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x20)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x21 = o1["disabled_at"];
        if (x21 !== undefined && (p2 && OBJECT_PROTOTYPE["disabled_at"] === undefined || hasOwn(o1, "disabled_at"))) {
            if (!((typeof x21 === "string") || (x21 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof x21 === "string") {
                    if (!isDateTime(x21)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                        valid = false;
                    }
                }
            }
        }
        const x22 = o1["oauth_client_id"];
        if (x22 !== undefined && (p2 && OBJECT_PROTOTYPE["oauth_client_id"] === undefined || hasOwn(o1, "oauth_client_id"))) {
            if (!((typeof x22 === "string") || (x22 === null))) {
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

/** Validates #/components/schemas/UpdateWebhookRequest. */
function validate_UpdateWebhookRequest(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
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
        const x6 = o1["secret"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o1, "secret"))) {
            n4++;
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x7 = o1["disabled_at"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["disabled_at"] === undefined || hasOwn(o1, "disabled_at"))) {
            n4++;
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x8 = o1["enabled_events"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["enabled_events"] === undefined || hasOwn(o1, "enabled_events"))) {
            n4++;
            if (!validate_EnabledEvents(x8, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        const x14 = o1["include"];
        if (x14 !== undefined && (p2 && OBJECT_PROTOTYPE["include"] === undefined || hasOwn(o1, "include"))) {
            n4++;
            if (!validate_Include(x14, (here ??= joinPointer(parent, key)), "include", errors)) {
                valid = false;
            }
        }
        const x20 = o1["oidc_auth_method"];
        if (x20 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
            n4++;
            if (!validate_OidcAuthMethod(x20, (here ??= joinPointer(parent, key)), "oidc_auth_method", errors)) {
                valid = false;
            }
        }
        const x26 = o1["oidc_client_id"];
        if (x26 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o1, "oidc_client_id"))) {
            n4++;
            if (!(typeof x26 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x27 = o1["oidc_client_secret"];
        if (x27 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o1, "oidc_client_secret"))) {
            n4++;
            if (!(typeof x27 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x28 = o1["oidc_token_endpoint"];
        if (x28 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o1, "oidc_token_endpoint"))) {
            n4++;
            if (!(typeof x28 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x28)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x29 = o1["oidc_resource_uri"];
        if (x29 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_resource_uri"] === undefined || hasOwn(o1, "oidc_resource_uri"))) {
            n4++;
            if (!(typeof x29 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(x29)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        const x30 = o1["oidc_scope"];
        if (x30 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_scope"] === undefined || hasOwn(o1, "oidc_scope"))) {
            n4++;
            if (!(typeof x30 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_scope", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x31 = o1["oidc_access_token_ttl_seconds"];
        if (x31 !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o1, "oidc_access_token_ttl_seconds"))) {
            n4++;
            if (!(typeof x31 === "number" && Number.isInteger(x31))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (x31 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        let c35 = 0;
        for (const k36 in o1) c35++;
        if (c35 !== n4) {
            const k3 = Object.keys(o1);
            for (const k32 of k3) {
                if (!VALUES.has(k32)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k32), keyword: "additionalProperties", message: "must not have additional property '" + k32 + "'" });
                    valid = false;
                }
            }
        }
        if (o1["oidc_client_id"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o1, "oidc_client_id"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_id' is present" });
                valid = false;
            }
        }
        if (o1["oidc_client_secret"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o1, "oidc_client_secret"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_secret' is present" });
                valid = false;
            }
        }
        if (o1["oidc_token_endpoint"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o1, "oidc_token_endpoint"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_token_endpoint' is present" });
                valid = false;
            }
        }
        if (o1["oidc_resource_uri"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_resource_uri"] === undefined || hasOwn(o1, "oidc_resource_uri"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_resource_uri' is present" });
                valid = false;
            }
        }
        if (o1["oidc_scope"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_scope"] === undefined || hasOwn(o1, "oidc_scope"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_scope' is present" });
                valid = false;
            }
        }
        if (o1["oidc_access_token_ttl_seconds"] !== undefined && (p2 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o1, "oidc_access_token_ttl_seconds"))) {
            if (o1["oidc_auth_method"] === undefined || !(p2 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o1, "oidc_auth_method"))) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_access_token_ttl_seconds' is present" });
                valid = false;
            }
        }
    }
    {
        const e47 = errors.length;
        let b48 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o50 = value;
            const p51 = getPrototypeOf(o50) === OBJECT_PROTOTYPE;
            if (o50["oidc_auth_method"] === undefined || !(p51 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o50, "oidc_auth_method"))) {
                b48 = false;
            }
            const x54 = o50["oidc_auth_method"];
            if (x54 !== undefined && (p51 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o50, "oidc_auth_method"))) {
                if (x54 !== "private_key_jwt") {
                    b48 = false;
                }
            }
        }
        if (errors.length > e47) errors.length = e47;
        if (b48) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o43 = value;
                const p44 = getPrototypeOf(o43) === OBJECT_PROTOTYPE;
                if (o43["oidc_client_id"] === undefined || !(p44 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o43, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o43["oidc_token_endpoint"] === undefined || !(p44 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o43, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o43["oidc_access_token_ttl_seconds"] === undefined || !(p44 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o43, "oidc_access_token_ttl_seconds"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    {
        const e70 = errors.length;
        let b71 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o73 = value;
            const p74 = getPrototypeOf(o73) === OBJECT_PROTOTYPE;
            if (o73["oidc_auth_method"] === undefined || !(p74 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o73, "oidc_auth_method"))) {
                b71 = false;
            }
            const x77 = o73["oidc_auth_method"];
            if (x77 !== undefined && (p74 && OBJECT_PROTOTYPE["oidc_auth_method"] === undefined || hasOwn(o73, "oidc_auth_method"))) {
                if (x77 !== "client_secret") {
                    b71 = false;
                }
            }
        }
        if (errors.length > e70) errors.length = e70;
        if (b71) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o66 = value;
                const p67 = getPrototypeOf(o66) === OBJECT_PROTOTYPE;
                if (o66["oidc_client_id"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o66, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o66["oidc_client_secret"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o66, "oidc_client_secret"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_secret'" });
                    valid = false;
                }
                if (o66["oidc_token_endpoint"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o66, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o66["oidc_access_token_ttl_seconds"] === undefined || !(p67 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o66, "oidc_access_token_ttl_seconds"))) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["message"] === undefined || !(p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        const x5 = o1["message"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x6 = o1["parameter"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["parameter"] === undefined || hasOwn(o1, "parameter"))) {
            if (!(typeof x6 === "string")) {
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
            const e9 = errors.length;
            let m10 = false;
            {
                let b11 = true;
                if (!validate_WebhookEvent(x3, (here ??= joinPointer(parent, key)), i2, errors)) {
                    b11 = false;
                }
                if (b11) {
                    m10 = true;
                }
            }
            if (!m10) {
                let b17 = true;
                if (x3 !== "*") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "const", message: "must be equal to constant" });
                    b17 = false;
                }
                if (b17) {
                    m10 = true;
                }
            }
            if (m10) {
                if (errors.length > e9) errors.length = e9;
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
