export * from "./types.js";
export * as validators from "./validators.js";
export { endpoints } from "./endpoints.js";
