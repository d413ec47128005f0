export * from "./types.js";
export * as validators from "./validators.js";
export type { ValidationError } from "./runtime/validation-runtime.js";
export { endpoints, type Endpoints } from "./endpoints.js";
export type { Endpoint, RequestInput, RequestResult, ResponseResult, RequestError, ResponseError } from "./runtime/endpoint-runtime.js";
