// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Error responses in the spec's own envelope (`x-specforge-errors`): a body written in the spec, with the parts
 * its `fill` names set per request (the request id, a message, the fields at fault). Part of every generated
 * package that serves; depends on its sibling runtime modules.
 */
import type { RequestError } from './endpoint-runtime.js';
export type FillSource = 'requestId' | 'message' | 'field' | 'fieldMessages' | 'errorList';
export interface ErrorAnswer {
    readonly status: number;
    readonly contentType: string;
    /**
     * The body as JSON text: parsed afresh for every answer, so no answer shares objects with another. Empty, with an
     * empty `contentType`, where the operation documents the status without content: the answer has no body.
     */
    readonly body: string;
    /** Pointer segments into the body, and what goes there. */
    readonly fill: readonly (readonly [readonly string[], FillSource | {
        readonly keys: {
            readonly [key: string]: 'message' | 'field';
        };
    }])[];
}
export type ErrorKind = 'invalidRequest' | 'malformedRequest' | 'unauthenticated' | 'missingScope' | 'notFound' | 'routeNotFound' | 'methodNotAllowed' | 'payloadTooLarge' | 'unsupportedMediaType' | 'internalError' | 'notImplemented';
export type ErrorAnswers = {
    readonly [kind in ErrorKind]: ErrorAnswer;
};
/** One failure as an error body tells it: the field at fault (null when none) and what is wrong. */
export interface FieldFailure {
    readonly field: string | null;
    readonly message: string;
}
export interface Failure {
    readonly message: string;
    readonly fields: readonly FieldFailure[];
}
/** The field a request error is about: the pointer's segments joined with `.`, the missing one for `required`. */
export declare function fieldOf(error: RequestError): string | null;
/** The failure of a request that broke the schema: one line naming the first field, and every field's message. */
export declare function invalidRequestFailure(errors: readonly RequestError[]): Failure;
/** The answer's body, as JSON text, with its fills set for this request; a pointer the body does not have is skipped. */
export declare function errorBodyText(answer: ErrorAnswer, failure: Failure, requestId: string): string;
