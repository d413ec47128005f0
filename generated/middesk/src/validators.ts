import { type ValidationError, type SchemaValidator, hasOwn, joinPointer, isUri, isDateTime, escapePointerSegment, OBJECT_PROTOTYPE, getPrototypeOf, isUuid } from "./runtime/validation-runtime.js";
const PATTERN = new RegExp("^(\\*|[a-z][a-z0-9_]*(\\s*,\\s*[a-z][a-z0-9_]*)*)$", "u");
const VALUES: ReadonlySet<unknown> = new Set(["url", "secret", "disabled_at", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_client_secret", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds"]);
const PATTERN_1 = new RegExp("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$", "u");

/** Validates # of validateListWebhooksQuery. */
function validate_validateListWebhooksQuery_schema(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
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
                case "page": v3 = o1[k8]; break;
                case "per_page": v4 = o1[k8]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "number" && Number.isInteger(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v3 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "number" && Number.isInteger(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/per_page", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v4 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/per_page", keyword: "minimum", message: "must be >= 1" });
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown;
        for (const k10 in o1) {
            if (!hasOwn(o1, k10)) continue;
            switch (k10) {
                case "object": v3 = o1[k10]; break;
                case "data": v4 = o1[k10]; break;
                case "total_count": v5 = o1[k10]; break;
                case "has_more": v6 = o1[k10]; break;
            }
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (v3 !== "list") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/object", keyword: "const", message: "must be equal to constant \"list\"" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(Array.isArray(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/data", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a19 = v4 as readonly unknown[];
                for (let i20 = 0; i20 < a19.length; i20++) {
                    const x21 = a19[i20];
                    if (!validate_Webhook(x21, (here ??= joinPointer(parent, key)) + "/data", i20, errors)) {
                        valid = false;
                    }
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "number" && Number.isInteger(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total_count", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v5 < 0) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total_count", keyword: "minimum", message: "must be >= 0" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!(typeof v6 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/has_more", keyword: "type", message: "must be boolean" });
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
                case "errors": v3 = o1[k7]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'errors'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(Array.isArray(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/errors", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a9 = v3 as readonly unknown[];
                if (a9.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/errors", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i10 = 0; i10 < a9.length; i10++) {
                    const x11 = a9[i10];
                    if (!validate_Error_errors_items(x11, (here ??= joinPointer(parent, key)) + "/errors", i10, errors)) {
                        valid = false;
                    }
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown, v12: unknown, v13: unknown, v14: unknown;
        let c17 = 0;
        for (const k18 in o1) {
            if (!hasOwn(o1, k18)) continue;
            switch (k18) {
                case "url": v3 = o1[k18]; break;
                case "secret": v4 = o1[k18]; break;
                case "disabled_at": v5 = o1[k18]; break;
                case "enabled_events": v6 = o1[k18]; break;
                case "include": v7 = o1[k18]; break;
                case "oidc_auth_method": v8 = o1[k18]; break;
                case "oidc_client_id": v9 = o1[k18]; break;
                case "oidc_client_secret": v10 = o1[k18]; break;
                case "oidc_token_endpoint": v11 = o1[k18]; break;
                case "oidc_resource_uri": v12 = o1[k18]; break;
                case "oidc_scope": v13 = o1[k18]; break;
                case "oidc_access_token_ttl_seconds": v14 = o1[k18]; break;
                default: c17++;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (v6 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
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
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!validate_EnabledEvents(v6, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/include", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(v7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/include", keyword: "pattern", message: "must match pattern \"^(\\\\*|[a-z][a-z0-9_]*(\\\\s*,\\\\s*[a-z][a-z0-9_]*)*)$\"" });
                    valid = false;
                }
            }
        }
        if (v8 !== undefined) {
            if (!(typeof v8 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v8 !== "private_key_jwt" && v8 !== "client_secret") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "enum", message: "must be equal to one of the allowed values: \"private_key_jwt\", \"client_secret\"" });
                valid = false;
            }
        }
        if (v9 !== undefined) {
            if (!(typeof v9 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v10 !== undefined) {
            if (!(typeof v10 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v11 !== undefined) {
            if (!(typeof v11 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v11)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v12 !== undefined) {
            if (!(typeof v12 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v12)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v13 !== undefined) {
            if (!(typeof v13 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_scope", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v14 !== undefined) {
            if (!(typeof v14 === "number" && Number.isInteger(v14))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v14 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        if (c17 !== 0) {
            const k15 = Object.keys(o1);
            for (const k41 of k15) {
                if (!VALUES.has(k41)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k41), keyword: "additionalProperties", message: "must not have additional property '" + k41 + "'" });
                    valid = false;
                }
            }
        }
        if (v9 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_id' is present" });
                valid = false;
            }
        }
        if (v10 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_secret' is present" });
                valid = false;
            }
        }
        if (v11 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_token_endpoint' is present" });
                valid = false;
            }
        }
        if (v12 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_resource_uri' is present" });
                valid = false;
            }
        }
        if (v13 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_scope' is present" });
                valid = false;
            }
        }
        if (v14 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_access_token_ttl_seconds' is present" });
                valid = false;
            }
        }
    }
    {
        const e58 = errors.length;
        let b59 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o61 = value as Record<string, unknown>;
            let v63: unknown;
            for (const k67 in o61) {
                if (!hasOwn(o61, k67)) continue;
                switch (k67) {
                    case "oidc_auth_method": v63 = o61[k67]; break;
                }
            }
            if (v63 === undefined) {
                b59 = false;
            }
            if (v63 !== undefined) {
                if (v63 !== "private_key_jwt") {
                    b59 = false;
                }
            }
        }
        if (errors.length > e58) errors.length = e58;
        if (b59) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o52 = value as Record<string, unknown>;
                const p53 = getPrototypeOf(o52) === OBJECT_PROTOTYPE;
                if (o52["oidc_client_id"] === undefined || !(p53 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o52, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o52["oidc_token_endpoint"] === undefined || !(p53 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o52, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o52["oidc_access_token_ttl_seconds"] === undefined || !(p53 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o52, "oidc_access_token_ttl_seconds"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    {
        const e90 = errors.length;
        let b91 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o93 = value as Record<string, unknown>;
            let v95: unknown;
            for (const k99 in o93) {
                if (!hasOwn(o93, k99)) continue;
                switch (k99) {
                    case "oidc_auth_method": v95 = o93[k99]; break;
                }
            }
            if (v95 === undefined) {
                b91 = false;
            }
            if (v95 !== undefined) {
                if (v95 !== "client_secret") {
                    b91 = false;
                }
            }
        }
        if (errors.length > e90) errors.length = e90;
        if (b91) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o84 = value as Record<string, unknown>;
                const p85 = getPrototypeOf(o84) === OBJECT_PROTOTYPE;
                if (o84["oidc_client_id"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o84, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o84["oidc_client_secret"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o84, "oidc_client_secret"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_secret'" });
                    valid = false;
                }
                if (o84["oidc_token_endpoint"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o84, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o84["oidc_access_token_ttl_seconds"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o84, "oidc_access_token_ttl_seconds"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
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
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown;
        for (const k14 in o1) {
            if (!hasOwn(o1, k14)) continue;
            switch (k14) {
                case "object": v3 = o1[k14]; break;
                case "id": v4 = o1[k14]; break;
                case "url": v5 = o1[k14]; break;
                case "enabled_events": v6 = o1[k14]; break;
                case "created_at": v7 = o1[k14]; break;
                case "updated_at": v8 = o1[k14]; break;
                case "disabled_at": v9 = o1[k14]; break;
                case "oauth_client_id": v10 = o1[k14]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'object'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'id'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'url'" });
            valid = false;
        }
        if (v6 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'enabled_events'" });
            valid = false;
        }
        if (v7 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'created_at'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (v3 !== "webhook") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/object", keyword: "const", message: "must be equal to constant \"webhook\"" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUuid(v4)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "format", message: "must match format \"uuid\"" });
                    valid = false;
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!validate_EnabledEvents(v6, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/created_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v8 !== undefined) {
            if (!(typeof v8 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v8)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updated_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v9 !== undefined) {
            if (!((typeof v9 === "string") || (v9 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string or null" });
                valid = false;
            } else {
                if (typeof v9 === "string") {
                    if (!isDateTime(v9)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                        valid = false;
                    }
                }
            }
        }
        if (v10 !== undefined) {
            if (!((typeof v10 === "string") || (v10 === null))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oauth_client_id", keyword: "type", message: "must be string or null" });
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

/** Validates #/components/schemas/UpdateWebhookRequest. */
function validate_UpdateWebhookRequest(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value as Record<string, unknown>;
        let v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown, v12: unknown, v13: unknown, v14: unknown;
        let c17 = 0;
        for (const k18 in o1) {
            if (!hasOwn(o1, k18)) continue;
            switch (k18) {
                case "url": v3 = o1[k18]; break;
                case "secret": v4 = o1[k18]; break;
                case "disabled_at": v5 = o1[k18]; break;
                case "enabled_events": v6 = o1[k18]; break;
                case "include": v7 = o1[k18]; break;
                case "oidc_auth_method": v8 = o1[k18]; break;
                case "oidc_client_id": v9 = o1[k18]; break;
                case "oidc_client_secret": v10 = o1[k18]; break;
                case "oidc_token_endpoint": v11 = o1[k18]; break;
                case "oidc_resource_uri": v12 = o1[k18]; break;
                case "oidc_scope": v13 = o1[k18]; break;
                case "oidc_access_token_ttl_seconds": v14 = o1[k18]; break;
                default: c17++;
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
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v5)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/disabled_at", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v6 !== undefined) {
            if (!validate_EnabledEvents(v6, (here ??= joinPointer(parent, key)), "enabled_events", errors)) {
                valid = false;
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/include", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(v7)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/include", keyword: "pattern", message: "must match pattern \"^(\\\\*|[a-z][a-z0-9_]*(\\\\s*,\\\\s*[a-z][a-z0-9_]*)*)$\"" });
                    valid = false;
                }
            }
        }
        if (v8 !== undefined) {
            if (!(typeof v8 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "type", message: "must be string" });
                valid = false;
            }
            if (v8 !== "private_key_jwt" && v8 !== "client_secret") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_auth_method", keyword: "enum", message: "must be equal to one of the allowed values: \"private_key_jwt\", \"client_secret\"" });
                valid = false;
            }
        }
        if (v9 !== undefined) {
            if (!(typeof v9 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v10 !== undefined) {
            if (!(typeof v10 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_client_secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v11 !== undefined) {
            if (!(typeof v11 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v11)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_token_endpoint", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v12 !== undefined) {
            if (!(typeof v12 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v12)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_resource_uri", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v13 !== undefined) {
            if (!(typeof v13 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_scope", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v14 !== undefined) {
            if (!(typeof v14 === "number" && Number.isInteger(v14))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "type", message: "must be integer" });
                valid = false;
            } else {
                if (v14 < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/oidc_access_token_ttl_seconds", keyword: "minimum", message: "must be >= 1" });
                    valid = false;
                }
            }
        }
        if (c17 !== 0) {
            const k15 = Object.keys(o1);
            for (const k41 of k15) {
                if (!VALUES.has(k41)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k41), keyword: "additionalProperties", message: "must not have additional property '" + k41 + "'" });
                    valid = false;
                }
            }
        }
        if (v9 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_id' is present" });
                valid = false;
            }
        }
        if (v10 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_client_secret' is present" });
                valid = false;
            }
        }
        if (v11 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_token_endpoint' is present" });
                valid = false;
            }
        }
        if (v12 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_resource_uri' is present" });
                valid = false;
            }
        }
        if (v13 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_scope' is present" });
                valid = false;
            }
        }
        if (v14 !== undefined) {
            if (v8 === undefined) {
                errors.push({ pointer: joinPointer(parent, key), keyword: "dependentRequired", message: "must have property 'oidc_auth_method' when property 'oidc_access_token_ttl_seconds' is present" });
                valid = false;
            }
        }
    }
    {
        const e58 = errors.length;
        let b59 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o61 = value as Record<string, unknown>;
            let v63: unknown;
            for (const k67 in o61) {
                if (!hasOwn(o61, k67)) continue;
                switch (k67) {
                    case "oidc_auth_method": v63 = o61[k67]; break;
                }
            }
            if (v63 === undefined) {
                b59 = false;
            }
            if (v63 !== undefined) {
                if (v63 !== "private_key_jwt") {
                    b59 = false;
                }
            }
        }
        if (errors.length > e58) errors.length = e58;
        if (b59) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o52 = value as Record<string, unknown>;
                const p53 = getPrototypeOf(o52) === OBJECT_PROTOTYPE;
                if (o52["oidc_client_id"] === undefined || !(p53 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o52, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o52["oidc_token_endpoint"] === undefined || !(p53 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o52, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o52["oidc_access_token_ttl_seconds"] === undefined || !(p53 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o52, "oidc_access_token_ttl_seconds"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    {
        const e90 = errors.length;
        let b91 = true;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            const o93 = value as Record<string, unknown>;
            let v95: unknown;
            for (const k99 in o93) {
                if (!hasOwn(o93, k99)) continue;
                switch (k99) {
                    case "oidc_auth_method": v95 = o93[k99]; break;
                }
            }
            if (v95 === undefined) {
                b91 = false;
            }
            if (v95 !== undefined) {
                if (v95 !== "client_secret") {
                    b91 = false;
                }
            }
        }
        if (errors.length > e90) errors.length = e90;
        if (b91) {
            if (typeof value === "object" && value !== null && !Array.isArray(value)) {
                const o84 = value as Record<string, unknown>;
                const p85 = getPrototypeOf(o84) === OBJECT_PROTOTYPE;
                if (o84["oidc_client_id"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_client_id"] === undefined || hasOwn(o84, "oidc_client_id"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_id'" });
                    valid = false;
                }
                if (o84["oidc_client_secret"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_client_secret"] === undefined || hasOwn(o84, "oidc_client_secret"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_client_secret'" });
                    valid = false;
                }
                if (o84["oidc_token_endpoint"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_token_endpoint"] === undefined || hasOwn(o84, "oidc_token_endpoint"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_token_endpoint'" });
                    valid = false;
                }
                if (o84["oidc_access_token_ttl_seconds"] === undefined || !(p85 && OBJECT_PROTOTYPE["oidc_access_token_ttl_seconds"] === undefined || hasOwn(o84, "oidc_access_token_ttl_seconds"))) {
                    errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'oidc_access_token_ttl_seconds'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Error/properties/errors/items. */
function validate_Error_errors_items(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
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
                case "message": v3 = o1[k8]; break;
                case "parameter": v4 = o1[k8]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
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
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/parameter", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/EnabledEvents. */
function validate_EnabledEvents(value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[]): boolean {
    let here: string | undefined;
    let valid = true;
    if (!(Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be array" });
        valid = false;
    } else {
        const a1 = value as readonly unknown[];
        for (let i2 = 0; i2 < a1.length; i2++) {
            const x3 = a1[i2];
            const e11 = errors.length;
            let m12 = false;
            {
                let b13 = true;
                if (!(typeof x3 === "string")) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "type", message: "must be string" });
                    b13 = false;
                } else {
                    if (!PATTERN_1.test(x3)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "pattern", message: "must match pattern \"^[a-z][a-z0-9_]*(\\\\.[a-z][a-z0-9_]*)+$\"" });
                        b13 = false;
                    }
                }
                if (b13) {
                    m12 = true;
                }
            }
            if (!m12) {
                let b21 = true;
                if (x3 !== "*") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "const", message: "must be equal to constant \"*\"" });
                    b21 = false;
                }
                if (b21) {
                    m12 = true;
                }
            }
            if (m12) {
                if (errors.length > e11) errors.length = e11;
            } else {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + i2, keyword: "anyOf", message: "must match a schema in anyOf" });
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
export const validateListWebhooksResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateCreateWebhookRequestBody: SchemaValidator = (value, pointer, errors) => validate_CreateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse201: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateGetWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
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
export const validateUpdateWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookPathParams: SchemaValidator = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse200: SchemaValidator = (value, pointer, errors) => validate_Webhook(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse400: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse401: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse404: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse422: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse429: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse500: SchemaValidator = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
