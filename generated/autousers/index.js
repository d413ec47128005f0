export * from "./types.js";
export * as validators from "./validators.js";
export { endpoints } from "./endpoints.js";
export { createHandler } from "./server.js";
export { notImplemented, NotImplementedError, ResponseValidationError } from "./runtime/server-runtime.js";
export { createNodeListener } from "./runtime/node-listener.js";
export { createClient, ClientError } from "./client.js";
