import { endpoint, isPlainObject, located } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asInteger, eachText, first, headerValue, own } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
/** Generated code the operations call: readers of parameter values and response headers, and body defaults. */
const shared = {
  headers1: (headers) => {
    const h1 = headerValue(headers, "x-request-id");
    const out = {};
    if (h1 !== undefined) out["X-Request-Id"] = h1;
    return out;
  },
  defaults1: (value) => {
    let out = value;
    if (own(out, "type") === undefined) {
      if (out === value) out = { ...value };
      out["type"] = "webhook.test";
    }
    return out;
  },
};
export const endpoints = {
  "listWebhooks": endpoint("GET", "/api/v1/webhooks", (request) => {
    const errors = [];
    const wireHeaders = request.headers ?? NO_VALUES;
    const h1 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h1 !== undefined) headers["Autousers-Version"] = h1;
    let marked = 0;
    validators.validateListWebhooksHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path: NO_VALUES, query: NO_VALUES, headers, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200, headers: validators.validateListWebhooksResponse200Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateListWebhooksResponse400, headers: validators.validateListWebhooksResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateListWebhooksResponse401, headers: validators.validateListWebhooksResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateListWebhooksResponse403, headers: validators.validateListWebhooksResponse403Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateListWebhooksResponse429, headers: validators.validateListWebhooksResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateListWebhooksResponse500, headers: validators.validateListWebhooksResponse500Headers, readHeaders: shared.headers1 } }),
  "createWebhook": endpoint("POST", "/api/v1/webhooks", (request) => {
    const errors = [];
    const wireHeaders = request.headers ?? NO_VALUES;
    const h1 = headerValue(wireHeaders, "idempotency-key");
    const h2 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h1 !== undefined) headers["Idempotency-Key"] = h1;
    if (h2 !== undefined) headers["Autousers-Version"] = h2;
    let marked = 0;
    validators.validateCreateWebhookHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    const body = request.body;
    if (body === undefined) {
      errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });
    } else {
      validators.validateCreateWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path: NO_VALUES, query: NO_VALUES, headers, cookies: NO_VALUES, body } };
  }, { "201": { body: validators.validateCreateWebhookResponse201, headers: validators.validateCreateWebhookResponse201Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateCreateWebhookResponse400, headers: validators.validateCreateWebhookResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateCreateWebhookResponse401, headers: validators.validateCreateWebhookResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateCreateWebhookResponse403, headers: validators.validateCreateWebhookResponse403Headers, readHeaders: shared.headers1 }, "409": { body: validators.validateCreateWebhookResponse409, headers: validators.validateCreateWebhookResponse409Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateCreateWebhookResponse429, headers: validators.validateCreateWebhookResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateCreateWebhookResponse500, headers: validators.validateCreateWebhookResponse500Headers, readHeaders: shared.headers1 } }),
  "getWebhook": endpoint("GET", "/api/v1/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const wireHeaders = request.headers ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    const h2 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h2 !== undefined) headers["Autousers-Version"] = h2;
    let marked = 0;
    validators.validateGetWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    validators.validateGetWebhookHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateGetWebhookResponse200, headers: validators.validateGetWebhookResponse200Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateGetWebhookResponse400, headers: validators.validateGetWebhookResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateGetWebhookResponse401, headers: validators.validateGetWebhookResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateGetWebhookResponse403, headers: validators.validateGetWebhookResponse403Headers, readHeaders: shared.headers1 }, "404": { body: validators.validateGetWebhookResponse404, headers: validators.validateGetWebhookResponse404Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateGetWebhookResponse429, headers: validators.validateGetWebhookResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateGetWebhookResponse500, headers: validators.validateGetWebhookResponse500Headers, readHeaders: shared.headers1 } }),
  "deleteWebhook": endpoint("DELETE", "/api/v1/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const wireHeaders = request.headers ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    const h2 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h2 !== undefined) headers["Autousers-Version"] = h2;
    let marked = 0;
    validators.validateDeleteWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    validators.validateDeleteWebhookHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers, cookies: NO_VALUES, body: request.body } };
  }, { "400": { body: validators.validateDeleteWebhookResponse400, headers: validators.validateDeleteWebhookResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateDeleteWebhookResponse401, headers: validators.validateDeleteWebhookResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateDeleteWebhookResponse403, headers: validators.validateDeleteWebhookResponse403Headers, readHeaders: shared.headers1 }, "404": { body: validators.validateDeleteWebhookResponse404, headers: validators.validateDeleteWebhookResponse404Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateDeleteWebhookResponse429, headers: validators.validateDeleteWebhookResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateDeleteWebhookResponse500, headers: validators.validateDeleteWebhookResponse500Headers, readHeaders: shared.headers1 }, "2XX": { headers: validators.validateDeleteWebhookResponse2XXHeaders, readHeaders: shared.headers1 } }),
  "updateWebhook": endpoint("PATCH", "/api/v1/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const wireHeaders = request.headers ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    const h2 = headerValue(wireHeaders, "idempotency-key");
    const h3 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h2 !== undefined) headers["Idempotency-Key"] = h2;
    if (h3 !== undefined) headers["Autousers-Version"] = h3;
    let marked = 0;
    validators.validateUpdateWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    validators.validateUpdateWebhookHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    const body = request.body;
    if (body === undefined) {
      errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });
    } else {
      validators.validateUpdateWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers, cookies: NO_VALUES, body } };
  }, { "200": { body: validators.validateUpdateWebhookResponse200, headers: validators.validateUpdateWebhookResponse200Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateUpdateWebhookResponse400, headers: validators.validateUpdateWebhookResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateUpdateWebhookResponse401, headers: validators.validateUpdateWebhookResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateUpdateWebhookResponse403, headers: validators.validateUpdateWebhookResponse403Headers, readHeaders: shared.headers1 }, "404": { body: validators.validateUpdateWebhookResponse404, headers: validators.validateUpdateWebhookResponse404Headers, readHeaders: shared.headers1 }, "409": { body: validators.validateUpdateWebhookResponse409, headers: validators.validateUpdateWebhookResponse409Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateUpdateWebhookResponse429, headers: validators.validateUpdateWebhookResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateUpdateWebhookResponse500, headers: validators.validateUpdateWebhookResponse500Headers, readHeaders: shared.headers1 } }),
  "rotateWebhookSecret": endpoint("POST", "/api/v1/webhooks/{id}/rotate-secret", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const wireHeaders = request.headers ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    const h2 = headerValue(wireHeaders, "idempotency-key");
    const h3 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h2 !== undefined) headers["Idempotency-Key"] = h2;
    if (h3 !== undefined) headers["Autousers-Version"] = h3;
    let marked = 0;
    validators.validateRotateWebhookSecretPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    validators.validateRotateWebhookSecretHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateRotateWebhookSecretResponse200, headers: validators.validateRotateWebhookSecretResponse200Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateRotateWebhookSecretResponse400, headers: validators.validateRotateWebhookSecretResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateRotateWebhookSecretResponse401, headers: validators.validateRotateWebhookSecretResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateRotateWebhookSecretResponse403, headers: validators.validateRotateWebhookSecretResponse403Headers, readHeaders: shared.headers1 }, "404": { body: validators.validateRotateWebhookSecretResponse404, headers: validators.validateRotateWebhookSecretResponse404Headers, readHeaders: shared.headers1 }, "409": { body: validators.validateRotateWebhookSecretResponse409, headers: validators.validateRotateWebhookSecretResponse409Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateRotateWebhookSecretResponse429, headers: validators.validateRotateWebhookSecretResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateRotateWebhookSecretResponse500, headers: validators.validateRotateWebhookSecretResponse500Headers, readHeaders: shared.headers1 } }),
  "testWebhook": endpoint("POST", "/api/v1/webhooks/{id}/test", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const wireHeaders = request.headers ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    const h2 = headerValue(wireHeaders, "idempotency-key");
    const h3 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h2 !== undefined) headers["Idempotency-Key"] = h2;
    if (h3 !== undefined) headers["Autousers-Version"] = h3;
    let marked = 0;
    validators.validateTestWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    validators.validateTestWebhookHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    const body = request.body;
    if (body !== undefined) {
      validators.validateTestWebhookRequestBody(body, "", errors);
      if (errors.length > marked) marked = located(errors, marked, "body");
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers, cookies: NO_VALUES, body: isPlainObject(body) ? shared.defaults1(body) : body } };
  }, { "200": { body: validators.validateTestWebhookResponse200, headers: validators.validateTestWebhookResponse200Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateTestWebhookResponse400, headers: validators.validateTestWebhookResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateTestWebhookResponse401, headers: validators.validateTestWebhookResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateTestWebhookResponse403, headers: validators.validateTestWebhookResponse403Headers, readHeaders: shared.headers1 }, "404": { body: validators.validateTestWebhookResponse404, headers: validators.validateTestWebhookResponse404Headers, readHeaders: shared.headers1 }, "409": { body: validators.validateTestWebhookResponse409, headers: validators.validateTestWebhookResponse409Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateTestWebhookResponse429, headers: validators.validateTestWebhookResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateTestWebhookResponse500, headers: validators.validateTestWebhookResponse500Headers, readHeaders: shared.headers1 } }),
  "listWebhookDeliveries": endpoint("GET", "/api/v1/webhooks/{id}/deliveries", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const wireQuery = request.query ?? NO_VALUES;
    const wireHeaders = request.headers ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    const w3 = own(wireQuery, "limit");
    const q2 = typeof w3 === "string" ? asInteger(w3) : w3 === undefined ? undefined : eachText(w3, asInteger);
    const w5 = own(wireQuery, "starting_after");
    const q4 = typeof w5 === "string" ? w5 : w5 === undefined ? undefined : eachText(w5);
    const w7 = own(wireQuery, "status");
    const q6 = typeof w7 === "string" ? w7 : w7 === undefined ? undefined : eachText(w7);
    const query = {};
    if (q2 !== undefined) query["limit"] = q2;
    if (q4 !== undefined) query["starting_after"] = q4;
    if (q6 !== undefined) query["status"] = q6;
    const h8 = headerValue(wireHeaders, "autousers-version");
    const headers = {};
    if (h8 !== undefined) headers["Autousers-Version"] = h8;
    let marked = 0;
    validators.validateListWebhookDeliveriesPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    validators.validateListWebhookDeliveriesQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    validators.validateListWebhookDeliveriesHeaders(headers, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "header");
    if (errors.length > 0) return { ok: false, errors };
    if (q2 === undefined) query["limit"] = 25;
    return { ok: true, value: { path, query, headers, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhookDeliveriesResponse200, headers: validators.validateListWebhookDeliveriesResponse200Headers, readHeaders: shared.headers1 }, "400": { body: validators.validateListWebhookDeliveriesResponse400, headers: validators.validateListWebhookDeliveriesResponse400Headers, readHeaders: shared.headers1 }, "401": { body: validators.validateListWebhookDeliveriesResponse401, headers: validators.validateListWebhookDeliveriesResponse401Headers, readHeaders: shared.headers1 }, "403": { body: validators.validateListWebhookDeliveriesResponse403, headers: validators.validateListWebhookDeliveriesResponse403Headers, readHeaders: shared.headers1 }, "404": { body: validators.validateListWebhookDeliveriesResponse404, headers: validators.validateListWebhookDeliveriesResponse404Headers, readHeaders: shared.headers1 }, "429": { body: validators.validateListWebhookDeliveriesResponse429, headers: validators.validateListWebhookDeliveriesResponse429Headers, readHeaders: shared.headers1 }, "500": { body: validators.validateListWebhookDeliveriesResponse500, headers: validators.validateListWebhookDeliveriesResponse500Headers, readHeaders: shared.headers1 } }),
};
