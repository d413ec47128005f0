import { getPrototypeOf, OBJECT_PROTOTYPE, joinPointer, hasOwn, isUri, escapePointerSegment, isDateTime } from "./runtime/validation-runtime.js";
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["isActive"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["isActive"] === undefined || hasOwn(o1, "isActive"))) {
            if (!(typeof x5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/isActive", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x6 = o1["page"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["page"] === undefined || hasOwn(o1, "page"))) {
            if (!(typeof x6 === "number" && Number.isInteger(x6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        const x7 = o1["limit"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["limit"] === undefined || hasOwn(o1, "limit"))) {
            if (!(typeof x7 === "number" && Number.isInteger(x7))) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["success"] === undefined || !(p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (o1["data"] === undefined || !(p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        const x5 = o1["success"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            if (!(typeof x5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x6 = o1["data"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!validate_WebhookListResponse_data(x6, (here ??= joinPointer(parent, key)), "data", errors)) {
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
            if (!(typeof x5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
                valid = false;
            }
            if (x5 !== false) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "const", message: "must be equal to constant" });
                valid = false;
            }
        }
        const x6 = o1["error"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["error"] === undefined || hasOwn(o1, "error"))) {
            if (!validate_Error_error(x6, (here ??= joinPointer(parent, key)), "error", errors)) {
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
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https?://\"" });
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
            if (!(Array.isArray(x6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a7 = x6;
                if (a7.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i8 = 0; i8 < a7.length; i8++) {
                    const x9 = a7[i8];
                    if (!validate_WebhookEvent(x9, (here ??= joinPointer(parent, key)) + "/events", i8, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x15 = o1["metadata"];
        if (x15 !== undefined && (p2 && OBJECT_PROTOTYPE["metadata"] === undefined || hasOwn(o1, "metadata"))) {
            n4++;
            if (!(typeof x15 === "object" && x15 !== null && !Array.isArray(x15))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/metadata", keyword: "type", message: "must be object" });
                valid = false;
            }
        }
        let c23 = 0;
        for (const k24 in o1) c23++;
        if (c23 !== n4) {
            const k3 = Object.keys(o1);
            for (const k20 of k3) {
                if (k20 !== "url" && k20 !== "events" && k20 !== "metadata") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k20), keyword: "additionalProperties", message: "must not have additional property '" + k20 + "'" });
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["success"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            if (!(typeof x5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
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
        const x7 = o1["data"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!validate_CreateWebhookResponse_data(x7, (here ??= joinPointer(parent, key)), "data", errors)) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["success"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            if (!(typeof x5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x6 = o1["data"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!validate_GetWebhookResponse_data(x6, (here ??= joinPointer(parent, key)), "data", errors)) {
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
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/url", keyword: "pattern", message: "must match pattern \"^https?://\"" });
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
            if (!(Array.isArray(x6))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a7 = x6;
                if (a7.length < 1) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "minItems", message: "must have at least 1 item" });
                    valid = false;
                }
                for (let i8 = 0; i8 < a7.length; i8++) {
                    const x9 = a7[i8];
                    if (!validate_WebhookEvent(x9, (here ??= joinPointer(parent, key)) + "/events", i8, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x15 = o1["isActive"];
        if (x15 !== undefined && (p2 && OBJECT_PROTOTYPE["isActive"] === undefined || hasOwn(o1, "isActive"))) {
            n4++;
            if (!(typeof x15 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/isActive", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x16 = o1["secret"];
        if (x16 !== undefined && (p2 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o1, "secret"))) {
            n4++;
            {
                const e22 = errors.length;
                let b23 = true;
                if (errors.length > e22) errors.length = e22;
                if (b23) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "not", message: "must not match the schema in not" });
                    valid = false;
                }
            }
        }
        let c32 = 0;
        for (const k33 in o1) c32++;
        if (c32 !== n4) {
            const k3 = Object.keys(o1);
            for (const k29 of k3) {
                if (k29 !== "url" && k29 !== "events" && k29 !== "isActive" && k29 !== "secret") {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/" + escapePointerSegment(k29), keyword: "additionalProperties", message: "must not have additional property '" + k29 + "'" });
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["success"] === undefined || !(p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'success'" });
            valid = false;
        }
        if (o1["data"] === undefined || !(p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'data'" });
            valid = false;
        }
        const x5 = o1["success"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["success"] === undefined || hasOwn(o1, "success"))) {
            if (!(typeof x5 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/success", keyword: "type", message: "must be boolean" });
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
        const x7 = o1["data"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["data"] === undefined || hasOwn(o1, "data"))) {
            if (!validate_UpdateWebhookResponse_data(x7, (here ??= joinPointer(parent, key)), "data", errors)) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["webhooks"] === undefined || !(p2 && OBJECT_PROTOTYPE["webhooks"] === undefined || hasOwn(o1, "webhooks"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'webhooks'" });
            valid = false;
        }
        if (o1["total"] === undefined || !(p2 && OBJECT_PROTOTYPE["total"] === undefined || hasOwn(o1, "total"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'total'" });
            valid = false;
        }
        if (o1["page"] === undefined || !(p2 && OBJECT_PROTOTYPE["page"] === undefined || hasOwn(o1, "page"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'page'" });
            valid = false;
        }
        if (o1["limit"] === undefined || !(p2 && OBJECT_PROTOTYPE["limit"] === undefined || hasOwn(o1, "limit"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'limit'" });
            valid = false;
        }
        if (o1["totalPages"] === undefined || !(p2 && OBJECT_PROTOTYPE["totalPages"] === undefined || hasOwn(o1, "totalPages"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'totalPages'" });
            valid = false;
        }
        const x5 = o1["webhooks"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["webhooks"] === undefined || hasOwn(o1, "webhooks"))) {
            if (!(Array.isArray(x5))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/webhooks", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a6 = x5;
                for (let i7 = 0; i7 < a6.length; i7++) {
                    const x8 = a6[i7];
                    if (!validate_Webhook(x8, (here ??= joinPointer(parent, key)) + "/webhooks", i7, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x14 = o1["total"];
        if (x14 !== undefined && (p2 && OBJECT_PROTOTYPE["total"] === undefined || hasOwn(o1, "total"))) {
            if (!(typeof x14 === "number" && Number.isInteger(x14))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/total", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        const x15 = o1["page"];
        if (x15 !== undefined && (p2 && OBJECT_PROTOTYPE["page"] === undefined || hasOwn(o1, "page"))) {
            if (!(typeof x15 === "number" && Number.isInteger(x15))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/page", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        const x16 = o1["limit"];
        if (x16 !== undefined && (p2 && OBJECT_PROTOTYPE["limit"] === undefined || hasOwn(o1, "limit"))) {
            if (!(typeof x16 === "number" && Number.isInteger(x16))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/limit", keyword: "type", message: "must be integer" });
                valid = false;
            }
        }
        const x17 = o1["totalPages"];
        if (x17 !== undefined && (p2 && OBJECT_PROTOTYPE["totalPages"] === undefined || hasOwn(o1, "totalPages"))) {
            if (!(typeof x17 === "number" && Number.isInteger(x17))) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["message"] === undefined || !(p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'message'" });
            valid = false;
        }
        if (o1["code"] === undefined || !(p2 && OBJECT_PROTOTYPE["code"] === undefined || hasOwn(o1, "code"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'code'" });
            valid = false;
        }
        const x5 = o1["message"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["message"] === undefined || hasOwn(o1, "message"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/message", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x6 = o1["code"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["code"] === undefined || hasOwn(o1, "code"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/code", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
    }
    return valid;
}

/** Validates #/components/schemas/WebhookEvent. */
function validate_WebhookEvent(value, parent, key, errors) {
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

/** Validates #/components/schemas/CreateWebhookResponse/properties/data. */
function validate_CreateWebhookResponse_data(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["webhook"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["webhook"] === undefined || hasOwn(o1, "webhook"))) {
            if (!validate_CreatedWebhook(x5, (here ??= joinPointer(parent, key)), "webhook", errors)) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["webhook"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["webhook"] === undefined || hasOwn(o1, "webhook"))) {
            if (!validate_Webhook(x5, (here ??= joinPointer(parent, key)), "webhook", errors)) {
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
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        if (o1["webhook"] === undefined || !(p2 && OBJECT_PROTOTYPE["webhook"] === undefined || hasOwn(o1, "webhook"))) {
            errors.push({ pointer: joinPointer(parent, key), keyword: "required", message: "must have required property 'webhook'" });
            valid = false;
        }
        const x5 = o1["webhook"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["webhook"] === undefined || hasOwn(o1, "webhook"))) {
            if (!validate_Webhook(x5, (here ??= joinPointer(parent, key)), "webhook", errors)) {
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
        const o11 = value;
        const p12 = getPrototypeOf(o11) === OBJECT_PROTOTYPE;
        const x15 = o11["secret"];
        if (x15 !== undefined && (p12 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o11, "secret"))) {
            if (x15 !== "***hidden***") {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "const", message: "must be equal to constant" });
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
        const o11 = value;
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

/** Validates #/components/schemas/WebhookBase. */
function validate_WebhookBase(value, parent, key, errors) {
    let here;
    let valid = true;
    if (!(typeof value === "object" && value !== null && !Array.isArray(value))) {
        errors.push({ pointer: joinPointer(parent, key), keyword: "type", message: "must be object" });
        valid = false;
    } else {
        const o1 = value;
        const p2 = getPrototypeOf(o1) === OBJECT_PROTOTYPE;
        const x5 = o1["id"];
        if (x5 !== undefined && (p2 && OBJECT_PROTOTYPE["id"] === undefined || hasOwn(o1, "id"))) {
            if (!(typeof x5 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/id", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x6 = o1["organizationId"];
        if (x6 !== undefined && (p2 && OBJECT_PROTOTYPE["organizationId"] === undefined || hasOwn(o1, "organizationId"))) {
            if (!(typeof x6 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/organizationId", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x7 = o1["projectId"];
        if (x7 !== undefined && (p2 && OBJECT_PROTOTYPE["projectId"] === undefined || hasOwn(o1, "projectId"))) {
            if (!(typeof x7 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/projectId", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x8 = o1["url"];
        if (x8 !== undefined && (p2 && OBJECT_PROTOTYPE["url"] === undefined || hasOwn(o1, "url"))) {
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
        const x9 = o1["secret"];
        if (x9 !== undefined && (p2 && OBJECT_PROTOTYPE["secret"] === undefined || hasOwn(o1, "secret"))) {
            if (!(typeof x9 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/secret", keyword: "type", message: "must be string" });
                valid = false;
            }
        }
        const x10 = o1["events"];
        if (x10 !== undefined && (p2 && OBJECT_PROTOTYPE["events"] === undefined || hasOwn(o1, "events"))) {
            if (!(Array.isArray(x10))) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/events", keyword: "type", message: "must be array" });
                valid = false;
            } else {
                const a11 = x10;
                for (let i12 = 0; i12 < a11.length; i12++) {
                    const x13 = a11[i12];
                    if (!validate_WebhookEvent(x13, (here ??= joinPointer(parent, key)) + "/events", i12, errors)) {
                        valid = false;
                    }
                }
            }
        }
        const x19 = o1["isActive"];
        if (x19 !== undefined && (p2 && OBJECT_PROTOTYPE["isActive"] === undefined || hasOwn(o1, "isActive"))) {
            if (!(typeof x19 === "boolean")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/isActive", keyword: "type", message: "must be boolean" });
                valid = false;
            }
        }
        const x20 = o1["createdAt"];
        if (x20 !== undefined && (p2 && OBJECT_PROTOTYPE["createdAt"] === undefined || hasOwn(o1, "createdAt"))) {
            if (!(typeof x20 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/createdAt", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x20)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/createdAt", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
        }
        const x21 = o1["updatedAt"];
        if (x21 !== undefined && (p2 && OBJECT_PROTOTYPE["updatedAt"] === undefined || hasOwn(o1, "updatedAt"))) {
            if (!(typeof x21 === "string")) {
                errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updatedAt", keyword: "type", message: "must be string" });
                valid = false;
            } else {
                if (!isDateTime(x21)) {
                    errors.push({ pointer: (here ??= joinPointer(parent, key)) + "/updatedAt", keyword: "format", message: "must match format \"date-time\"" });
                    valid = false;
                }
            }
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
    return validate_WebhookListResponse(value, pointer, undefined, errors);
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
export function validateListWebhooksResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateCreateWebhookRequestBody(value, pointer, errors) {
    return validate_CreateWebhookRequest(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateCreateWebhookResponse201(value, pointer, errors) {
    return validate_CreateWebhookResponse(value, pointer, undefined, errors);
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
export function validateCreateWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateGetWebhookPathParams(value, pointer, errors) {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
}

/** Validates a response value; pushes one error per failure to `errors`. */
export function validateGetWebhookResponse200(value, pointer, errors) {
    return validate_GetWebhookResponse(value, pointer, undefined, errors);
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
export function validateGetWebhookResponse429(value, pointer, errors) {
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
    return validate_UpdateWebhookResponse(value, pointer, undefined, errors);
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
export function validateUpdateWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}

/** Validates a request value; pushes one error per failure to `errors`. */
export function validateDeleteWebhookPathParams(value, pointer, errors) {
    return validate_validateGetWebhookPathParams_schema(value, pointer, undefined, errors);
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
export function validateDeleteWebhookResponse429(value, pointer, errors) {
    return validate_Error(value, pointer, undefined, errors);
}
