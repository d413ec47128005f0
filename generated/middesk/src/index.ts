export * from "../types.js";
export * as validators from "./validators.js";
export type { ValidationError } from "./runtime/validation-runtime.js";
export { endpoints, type Endpoints } from "./endpoints.js";
export type { Endpoint, RequestInput, RequestResult, ResponseResult, RequestError, ResponseError } from "./runtime/endpoint-runtime.js";
export { createHandler, type Handlers, type HandlerInputs, type HandlerResults, type HandlerInput, type HandlerResult } from "./server.js";
export { notImplemented, NotImplementedError, ResponseValidationError, type HandlerOptions, type ErrorContext, type HandlerAuth, type Authenticate, type AuthResult, type SecurityCredentials, type WebHandler, type AnswerHeaders } from "./runtime/server-runtime.js";
export { createNodeListener, type NodeListenerOptions } from "./runtime/node-listener.js";
export { createClient, ClientError, type Client, type ClientInputs, type ClientResults, type ClientInput, type ClientResult, type ClientOptions, type RetryOptions, type CallOptions, type ClientErrorKind, type Connection, type DocumentedResponse, type UndocumentedResponse, type FetchFunction, type BinaryBody } from "./client.js";
