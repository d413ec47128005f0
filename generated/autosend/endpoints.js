import { endpoint, located } from "./runtime/endpoint-runtime.js";
import { NO_VALUES, asBoolean, asInteger, eachText, first, own } from "./runtime/parameters-runtime.js";
import * as validators from "./validators.js";
export const endpoints = {
  "listWebhooks": endpoint("GET", "/webhooks", (request) => {
    const errors = [];
    const wireQuery = request.query ?? NO_VALUES;
    const w2 = own(wireQuery, "isActive");
    const q1 = typeof w2 === "string" ? asBoolean(w2) : w2 === undefined ? undefined : eachText(w2, asBoolean);
    const w4 = own(wireQuery, "page");
    const q3 = typeof w4 === "string" ? asInteger(w4) : w4 === undefined ? undefined : eachText(w4, asInteger);
    const w6 = own(wireQuery, "limit");
    const q5 = typeof w6 === "string" ? asInteger(w6) : w6 === undefined ? undefined : eachText(w6, asInteger);
    const query = {};
    if (q1 !== undefined) query["isActive"] = q1;
    if (q3 !== undefined) query["page"] = q3;
    if (q5 !== undefined) query["limit"] = q5;
    let marked = 0;
    validators.validateListWebhooksQuery(query, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "query");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path: NO_VALUES, query, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateListWebhooksResponse200 }, "400": { body: validators.validateListWebhooksResponse400 }, "401": { body: validators.validateListWebhooksResponse401 }, "429": { body: validators.validateListWebhooksResponse429 } }),
  "createWebhook": endpoint("POST", "/webhooks", (request) => {
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
  }, { "201": { body: validators.validateCreateWebhookResponse201 }, "400": { body: validators.validateCreateWebhookResponse400 }, "401": { body: validators.validateCreateWebhookResponse401 }, "429": { body: validators.validateCreateWebhookResponse429 } }),
  "getWebhook": endpoint("GET", "/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    let marked = 0;
    validators.validateGetWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "200": { body: validators.validateGetWebhookResponse200 }, "400": { body: validators.validateGetWebhookResponse400 }, "401": { body: validators.validateGetWebhookResponse401 }, "404": { body: validators.validateGetWebhookResponse404 }, "429": { body: validators.validateGetWebhookResponse429 } }),
  "updateWebhook": endpoint("PUT", "/webhooks/{id}", (request) => {
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
  }, { "200": { body: validators.validateUpdateWebhookResponse200 }, "400": { body: validators.validateUpdateWebhookResponse400 }, "401": { body: validators.validateUpdateWebhookResponse401 }, "404": { body: validators.validateUpdateWebhookResponse404 }, "429": { body: validators.validateUpdateWebhookResponse429 } }),
  "deleteWebhook": endpoint("DELETE", "/webhooks/{id}", (request) => {
    const errors = [];
    const wirePath = request.path ?? NO_VALUES;
    const p1 = first(own(wirePath, "id"));
    const path = { "id": p1 };
    let marked = 0;
    validators.validateDeleteWebhookPathParams(path, "", errors);
    if (errors.length > marked) marked = located(errors, marked, "path");
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { path, query: NO_VALUES, headers: NO_VALUES, cookies: NO_VALUES, body: request.body } };
  }, { "400": { body: validators.validateDeleteWebhookResponse400 }, "401": { body: validators.validateDeleteWebhookResponse401 }, "404": { body: validators.validateDeleteWebhookResponse404 }, "429": { body: validators.validateDeleteWebhookResponse429 }, "2XX": {} }),
};
