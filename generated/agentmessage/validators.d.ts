import type { ValidationError } from "./runtime/validation-runtime.js";

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksQuery(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateListWebhooksResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse201(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse409(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateCreateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateGetWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateDeleteWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookRequestBody(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse400(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateUpdateWebhookResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a request value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretPathParams(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse200(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse401(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse403(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse404(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse422(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse429(value: unknown, pointer: string, errors: ValidationError[]): boolean;

/** Validates a response value; pushes one error per failure to `errors`. */
export declare function validateRotateWebhookSecretResponse429Headers(value: unknown, pointer: string, errors: ValidationError[]): boolean;
