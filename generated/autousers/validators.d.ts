import type { SchemaValidator } from "./runtime/validation-runtime.js";

/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksHeaders: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse200Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhooksResponse500Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookHeaders: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookRequestBody: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse201: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse201Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse409: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse409Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateCreateWebhookResponse500Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookHeaders: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse200Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse404Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateGetWebhookResponse500Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookHeaders: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse404Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse500Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateDeleteWebhookResponse2XXHeaders: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookHeaders: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookRequestBody: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse200Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse404Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse409: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse409Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateUpdateWebhookResponse500Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretHeaders: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse200Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse404Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse409: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse409Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateRotateWebhookSecretResponse500Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookHeaders: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookRequestBody: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse200Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse404Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse409: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse409Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateTestWebhookResponse500Headers: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesPathParams: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesQuery: SchemaValidator;
/** Validates a request value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesHeaders: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse200: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse200Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse400: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse400Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse401: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse401Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse403: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse403Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse404: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse404Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse429: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse429Headers: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse500: SchemaValidator;
/** Validates a response value; pushes one error per failure to `errors`. */
export declare const validateListWebhookDeliveriesResponse500Headers: SchemaValidator;
