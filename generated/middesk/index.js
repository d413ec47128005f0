export * from './types.js';
export { endpoints, } from './endpoints.js';
export * as validators from './validators.js';
;
;
