import type { ValidationError } from "./runtime/validation-runtime.js";

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse201(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse201Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse2XXHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse409Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateTestWebhookResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesQuery(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesHeaders(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse200Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse400Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse401Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse403Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse404Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse500(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhookDeliveriesResponse500Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;
