import { endpoint, located } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asInteger, eachText, first, own } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
export const endpoints = {
  "listWebhooks": endpoint("GET", "/v1/webhooks", (request) => {
    const errors = [];
    const wireQuery = request.query ?? NO_VALUES;
    const w2 = own(wireQuery, "page");
    const q1 = typeof w2 === "string" ? asInteger(w2) : w2 === undefined ? undefined : eachText(w2, asInteger);
    const w4 = own(wireQuery, "per_page");
    const q3 = typeof w4 === "string" ? asInteger(w4) : w4 === undefined ? undefined : eachText(w4, asInteger);
    const query = {};
    if (q1 !== undefined) query["page"] = q1;
    if (q3 !== undefined) query["per_page"] = q3;
    let marked = 0;
    validators.validateListWebhooksQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    if (errors.length > 0) return { ok: false, errors };
    if (q1 === undefined) query["page"] = 1;
    return { ok: true, value: { path: NO_VALUES, query, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "422": { body: validators.validateListWebhooksResponse422 }, "429": { body: validators.validateListWebhooksResponse429 }, "500": { body: validators.validateListWebhooksResponse500 } }),
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
    return { ok: true, value: { path: NO_VALUES, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body } };
  }, { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "422": { body: validators.validateCreateWebhookResponse422 }, "429": { body: validators.validateCreateWebhookResponse429 }, "500": { body: validators.validateCreateWebhookResponse500 } }),
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
  }, { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "422": { body: validators.validateGetWebhookResponse422 }, "429": { body: validators.validateGetWebhookResponse429 }, "500": { body: validators.validateGetWebhookResponse500 } }),
  "updateWebhook": endpoint("PUT", "/v1/webhooks/{id}", (request) => {
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
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body } };
  }, { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "422": { body: validators.validateUpdateWebhookResponse422 }, "429": { body: validators.validateUpdateWebhookResponse429 }, "500": { body: validators.validateUpdateWebhookResponse500 } }),
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
  }, { "200": { body: validators.validateDeleteWebhookResponse200 }, "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "422": { body: validators.validateDeleteWebhookResponse422 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "500": { body: validators.validateDeleteWebhookResponse500 } }),
};
