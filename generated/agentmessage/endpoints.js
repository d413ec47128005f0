import { endpoint, isPlainObject, located } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asInteger, eachText, first, headerValue, own } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
/** Generated code the operations call: readers of parameter values and response headers, and body defaults. */
const shared = {
  headers1: (headers) => {
    const t2 = headerValue(headers, "retry-after");
    const h1 = t2 === undefined ? undefined : asInteger(t2);
    const out = {};
    if (h1 !== undefined) out["Retry-After"] = h1;
    return out;
  },
  blank1: (value) => {
    let out = value;
    const v1 = own(value, "description");
    if (typeof v1 === "string" && v1.trim() === "") {
      if (out === value) out = { ...value };
      out["description"] = null;
    }
    return out;
  },
};
export const endpoints = {
  "listWebhooks": endpoint("GET", "/v1/webhooks", (request) => {
    const errors = [];
    const wireQuery = request.query ?? NO_VALUES;
    const w2 = own(wireQuery, "limit");
    const q1 = typeof w2 === "string" ? asInteger(w2) : w2 === undefined ? undefined : eachText(w2, asInteger);
    const query = {};
    if (q1 !== undefined) query["limit"] = q1;
    let marked = 0;
    validators.validateListWebhooksQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    if (errors.length > 0) return { ok: false, errors };
    if (q1 === undefined) query["limit"] = 50;
    return { ok: true, value: { path: NO_VALUES, query, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200 }, "401": { body: validators.validateListWebhooksResponse401 }, "403": { body: validators.validateListWebhooksResponse403 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429, headers: validators.validateListWebhooksResponse429Headers, readHeaders: shared.headers1 } }),
  "createWebhook": endpoint("POST", "/v1/webhooks", (request) => {
    const errors = [];
    let marked = 0;
    const body = request.body;
    if (body === undefined) {
      errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });
    } else {
      validators.validateCreateWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path: NO_VALUES, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: isPlainObject(body) ? shared.blank1(body) : body } };
  }, { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "403": { body: validators.validateCreateWebhookResponse403 }, "409": { body: validators.validateCreateWebhookResponse409 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429, headers: validators.validateCreateWebhookResponse429Headers, readHeaders: shared.headers1 } }),
  "getWebhook": endpoint("GET", "/v1/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    let marked = 0;
    validators.validateGetWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateGetWebhookResponse200 }, "401": { body: validators.validateGetWebhookResponse401 }, "403": { body: validators.validateGetWebhookResponse403 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429, headers: validators.validateGetWebhookResponse429Headers, readHeaders: shared.headers1 } }),
  "deleteWebhook": endpoint("DELETE", "/v1/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    let marked = 0;
    validators.validateDeleteWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "204": {}, "401": { body: validators.validateDeleteWebhookResponse401 }, "403": { body: validators.validateDeleteWebhookResponse403 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429, headers: validators.validateDeleteWebhookResponse429Headers, readHeaders: shared.headers1 } }),
  "updateWebhook": endpoint("PATCH", "/v1/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    let marked = 0;
    validators.validateUpdateWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    const body = request.body;
    if (body === undefined) {
      errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });
    } else {
      validators.validateUpdateWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: isPlainObject(body) ? shared.blank1(body) : body } };
  }, { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "403": { body: validators.validateUpdateWebhookResponse403 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429, headers: validators.validateUpdateWebhookResponse429Headers, readHeaders: shared.headers1 } }),
  "rotateWebhookSecret": endpoint("POST", "/v1/webhooks/{id}/rotate-secret", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    let marked = 0;
    validators.validateRotateWebhookSecretPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateRotateWebhookSecretResponse200 }, "401": { body: validators.validateRotateWebhookSecretResponse401 }, "403": { body: validators.validateRotateWebhookSecretResponse403 }, "404": { body: validators.validateRotateWebhookSecretResponse404 }, "422": { body: validators.validateRotateWebhookSecretResponse422 }, "429": { body: validators.validateRotateWebhookSecretResponse429, headers: validators.validateRotateWebhookSecretResponse429Headers, readHeaders: shared.headers1 } }),
};
