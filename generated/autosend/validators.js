import { hasOwn, joinPointer, isUri, escapePointerSegment, isDateTime } from "./runtime/validation-runtime.js";
const PATTERN = new RegExp("^https?://", "u");
const VALUES = new Set(["email.sent", "email.delivered", "email.deferred", "email.bounced", "email.opened", "email.clicked", "email.spam_reported", "email.unsubscribed", "email.group_unsubscribed", "email.group_resubscribed", "contact.created", "contact.updated", "contact.deleted"]);
const PATTERN_1 = new RegExp("^whsec_", "u");

/** Validates # of validateListWebhooksQuery. */
function validate_validateListWebhooksQuery_schema(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4, v5;
        for (const k9 in o1) {
            if (!hasOwn(o1, k9)) continue;
            switch (k9) {
                case "isActive": v3 = o1[k9]; break;
                case "page": v4 = o1[k9]; break;
                case "limit": v5 = o1[k9]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/isActive", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "number" && Number.isInteger(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "number" && Number.isInteger(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookListResponse. */
function validate_WebhookListResponse(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4;
        for (const k8 in o1) {
            if (!hasOwn(o1, k8)) continue;
            switch (k8) {
                case "success": v3 = o1[k8]; break;
                case "data": v4 = o1[k8]; break;
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
        if (v3 !== undefined) {
            if (!(typeof v3 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!validate_WebhookListResponse_data(v4, (here ??= joinPointer(parent, key)), "data", errors)) {
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
        let v3, v4;
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
            if (!(typeof v3 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
                valid = false;
            }
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

/** Validates #/components/schemas/CreateWebhookRequest. */
function validate_CreateWebhookRequest(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4, v5;
        let c8 = 0;
        for (const k9 in o1) {
            if (!hasOwn(o1, k9)) continue;
            switch (k9) {
                case "url": v3 = o1[k9]; break;
                case "events": v4 = o1[k9]; break;
                case "metadata": v5 = o1[k9]; break;
                default: c8++;
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
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https?://\"" });
                    valid = false;
                }
                if (!isUri(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(Array.isArray(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a11 = v4;
                if (a11.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i12 = 0; i12 < a11.length; i12++) {
                    const x13 = a11[i12];
                    if (!(typeof x13 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events" + "/" + i12, keyword: "type", message: "must be string" });
                        valid = false;
                    }
                    if (!VALUES.has(x13)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events" + "/" + i12, keyword: "enum", message: "must be equal to one of the allowed values: \"email.sent\", \"email.delivered\", \"email.deferred\", \"email.bounced\", \"email.opened\", \"email.clicked\", \"email.spam_reported\", \"email.unsubscribed\", \"email.group_unsubscribed\", \"email.group_resubscribed\", and 3 more" });
                        valid = false;
                    }
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "object" && v5 !== null && !Array.isArray(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/metadata", keyword: "type", message: "must be object" });
                valid = false;
            }
        }
        if (c8 !== 0) {
            const k6 = Object.keys(o1);
            for (const k27 of k6) {
                if (k27 !== "url" && k27 !== "events" && k27 !== "metadata") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k27), keyword: "additionalProperties", message: "must not have additional property '" + k27 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/CreateWebhookResponse. */
function validate_CreateWebhookResponse(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4, v5;
        for (const k9 in o1) {
            if (!hasOwn(o1, k9)) continue;
            switch (k9) {
                case "success": v3 = o1[k9]; break;
                case "message": v4 = o1[k9]; break;
                case "data": v5 = o1[k9]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
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
            if (!validate_CreateWebhookResponse_data(v5, (here ??= joinPointer(parent, key)), "data", errors)) {
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
        let v3;
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
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/GetWebhookResponse. */
function validate_GetWebhookResponse(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4;
        for (const k8 in o1) {
            if (!hasOwn(o1, k8)) continue;
            switch (k8) {
                case "success": v3 = o1[k8]; break;
                case "data": v4 = o1[k8]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!validate_GetWebhookResponse_data(v4, (here ??= joinPointer(parent, key)), "data", errors)) {
                valid = false;
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
        let v3, v4, v5, v6;
        let c9 = 0;
        for (const k10 in o1) {
            if (!hasOwn(o1, k10)) continue;
            switch (k10) {
                case "url": v3 = o1[k10]; break;
                case "events": v4 = o1[k10]; break;
                case "isActive": v5 = o1[k10]; break;
                case "secret": v6 = o1[k10]; break;
                default: c9++;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!PATTERN.test(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https?://\"" });
                    valid = false;
                }
                if (!isUri(v3)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v4 !== undefined) {
            if (!(Array.isArray(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a12 = v4;
                if (a12.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i13 = 0; i13 < a12.length; i13++) {
                    const x14 = a12[i13];
                    if (!(typeof x14 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events" + "/" + i13, keyword: "type", message: "must be string" });
                        valid = false;
                    }
                    if (!VALUES.has(x14)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events" + "/" + i13, keyword: "enum", message: "must be equal to one of the allowed values: \"email.sent\", \"email.delivered\", \"email.deferred\", \"email.bounced\", \"email.opened\", \"email.clicked\", \"email.spam_reported\", \"email.unsubscribed\", \"email.group_unsubscribed\", \"email.group_resubscribed\", and 3 more" });
                        valid = false;
                    }
                }
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/isActive", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v6 !== undefined) {
            {
                const e29 = errors.length;
                let b30 = true;
                if (errors.length > e29) errors.length = e29;
                if (b30) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "not", message: "must not match the schema in not" });
                    valid = false;
                }
            }
        }
        if (c9 !== 0) {
            const k7 = Object.keys(o1);
            for (const k38 of k7) {
                if (k38 !== "url" && k38 !== "events" && k38 !== "isActive" && k38 !== "secret") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k38), keyword: "additionalProperties", message: "must not have additional property '" + k38 + "'" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/UpdateWebhookResponse. */
function validate_UpdateWebhookResponse(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4, v5;
        for (const k9 in o1) {
            if (!hasOwn(o1, k9)) continue;
            switch (k9) {
                case "success": v3 = o1[k9]; break;
                case "message": v4 = o1[k9]; break;
                case "data": v5 = o1[k9]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
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
            if (!validate_UpdateWebhookResponse_data(v5, (here ??= joinPointer(parent, key)), "data", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookListResponse/properties/data. */
function validate_WebhookListResponse_data(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4, v5, v6, v7;
        for (const k11 in o1) {
            if (!hasOwn(o1, k11)) continue;
            switch (k11) {
                case "webhooks": v3 = o1[k11]; break;
                case "total": v4 = o1[k11]; break;
                case "page": v5 = o1[k11]; break;
                case "limit": v6 = o1[k11]; break;
                case "totalPages": v7 = o1[k11]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'webhooks'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'total'" });
            valid = false;
        }
        if (v5 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'page'" });
            valid = false;
        }
        if (v6 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'limit'" });
            valid = false;
        }
        if (v7 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'totalPages'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!(Array.isArray(v3))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/webhooks", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a13 = v3;
                for (let i14 = 0; i14 < a13.length; i14++) {
                    const x15 = a13[i14];
                    if (!validate_Webhook(x15, (here ??= joinPointer(parent, key)) + "/webhooks", i14, errors)) {
                        valid = false;
                    }
                }
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "number" && Number.isInteger(v4))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "number" && Number.isInteger(v5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        if (v6 !== undefined) {
            if (!(typeof v6 === "number" && Number.isInteger(v6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "number" && Number.isInteger(v7))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/totalPages", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Error/properties/error. */
function validate_Error_error(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4;
        for (const k8 in o1) {
            if (!hasOwn(o1, k8)) continue;
            switch (k8) {
                case "message": v3 = o1[k8]; break;
                case "code": v4 = o1[k8]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        if (v4 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'code'" });
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
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/CreateWebhookResponse/properties/data. */
function validate_CreateWebhookResponse_data(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "webhook": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!validate_CreatedWebhook(v3, (here ??= joinPointer(parent, key)), "webhook", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/GetWebhookResponse/properties/data. */
function validate_GetWebhookResponse_data(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "webhook": v3 = o1[k7]; break;
            }
        }
        if (v3 !== undefined) {
            if (!validate_Webhook(v3, (here ??= joinPointer(parent, key)), "webhook", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/UpdateWebhookResponse/properties/data. */
function validate_UpdateWebhookResponse_data(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3;
        for (const k7 in o1) {
            if (!hasOwn(o1, k7)) continue;
            switch (k7) {
                case "webhook": v3 = o1[k7]; break;
            }
        }
        if (v3 === undefined) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'webhook'" });
            valid = false;
        }
        if (v3 !== undefined) {
            if (!validate_Webhook(v3, (here ??= joinPointer(parent, key)), "webhook", errors)) {
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/Webhook. */
function validate_Webhook(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!validate_WebhookBase(value, parent, key, errors)) {
        valid = false;
    }
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o15 = value;
        let v17;
        for (const k21 in o15) {
            if (!hasOwn(o15, k21)) continue;
            switch (k21) {
                case "secret": v17 = o15[k21]; break;
            }
        }
        if (v17 !== undefined) {
            if (v17 !== "***hidden***") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "const", message: "must be equal to constant \"***hidden***\"" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/CreatedWebhook. */
function validate_CreatedWebhook(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!validate_WebhookBase(value, parent, key, errors)) {
        valid = false;
    }
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o15 = value;
        let v17;
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

/** Validates #/components/schemas/WebhookBase. */
function validate_WebhookBase(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        let v3, v4, v5, v6, v7, v8, v9, v10, v11;
        for (const k15 in o1) {
            if (!hasOwn(o1, k15)) continue;
            switch (k15) {
                case "id": v3 = o1[k15]; break;
                case "organizationId": v4 = o1[k15]; break;
                case "projectId": v5 = o1[k15]; break;
                case "url": v6 = o1[k15]; break;
                case "secret": v7 = o1[k15]; break;
                case "events": v8 = o1[k15]; break;
                case "isActive": v9 = o1[k15]; break;
                case "createdAt": v10 = o1[k15]; break;
                case "updatedAt": v11 = o1[k15]; break;
            }
        }
        if (v3 !== undefined) {
            if (!(typeof v3 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v4 !== undefined) {
            if (!(typeof v4 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/organizationId", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v5 !== undefined) {
            if (!(typeof v5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/projectId", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v6 !== undefined) {
            if (!(typeof v6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isUri(v6)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "format", message: "must match format \"uri\"" });
                    valid = false;
                }
            }
        }
        if (v7 !== undefined) {
            if (!(typeof v7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        if (v8 !== undefined) {
            if (!(Array.isArray(v8))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a17 = v8;
                for (let i18 = 0; i18 < a17.length; i18++) {
                    const x19 = a17[i18];
                    if (!(typeof x19 === "string")) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events" + "/" + i18, keyword: "type", message: "must be string" });
                        valid = false;
                    }
                    if (!VALUES.has(x19)) {
                        errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events" + "/" + i18, keyword: "enum", message: "must be equal to one of the allowed values: \"email.sent\", \"email.delivered\", \"email.deferred\", \"email.bounced\", \"email.opened\", \"email.clicked\", \"email.spam_reported\", \"email.unsubscribed\", \"email.group_unsubscribed\", \"email.group_resubscribed\", and 3 more" });
                        valid = false;
                    }
                }
            }
        }
        if (v9 !== undefined) {
            if (!(typeof v9 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/isActive", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        if (v10 !== undefined) {
            if (!(typeof v10 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/createdAt", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v10)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/createdAt", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        if (v11 !== undefined) {
            if (!(typeof v11 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updatedAt", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(v11)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updatedAt", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
    }
    return valid;
}

/** Validates a request value; pushes one error per failure to `errors`. */
export const validateListWebhooksQuery = (value, pointer, errors) => validate_validateListWebhooksQuery_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse200 = (value, pointer, errors) => validate_WebhookListResponse(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse400 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse401 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateListWebhooksResponse429 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateCreateWebhookRequestBody = (value, pointer, errors) => validate_CreateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse201 = (value, pointer, errors) => validate_CreateWebhookResponse(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse400 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse401 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateCreateWebhookResponse429 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateGetWebhookPathParams = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse200 = (value, pointer, errors) => validate_GetWebhookResponse(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse400 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse401 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse404 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateGetWebhookResponse429 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookPathParams = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookRequestBody = (value, pointer, errors) => validate_UpdateWebhookRequest(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse200 = (value, pointer, errors) => validate_UpdateWebhookResponse(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse400 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse401 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse404 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateUpdateWebhookResponse429 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a request value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookPathParams = (value, pointer, errors) => validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse400 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse401 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse404 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
/** Validates a response value; pushes one error per failure to `errors`. */
export const validateDeleteWebhookResponse429 = (value, pointer, errors) => validate_Error(value, pointer, undefined, errors);
