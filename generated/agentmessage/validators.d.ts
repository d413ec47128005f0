import type { SchemaValidator } from "./runtime/validation-runtime.js";

/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksQuery: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse422: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse429Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookRequestBody: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse201: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse409: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse422: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse429Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookPathParams: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse422: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse429Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookPathParams: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse422: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse429Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookRequestBody: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse422: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse429Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretPathParams: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse422: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse429Headers: SchemaValidator;
