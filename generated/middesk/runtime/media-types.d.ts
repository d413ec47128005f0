// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Media types as the runtime reads them, the same for a server reading a request and a client writing one or reading
 * a response. Part of every generated package; depends on nothing.
 */
/** `application/json; charset=utf-8` → `application/json`. */
export declare function essence(contentType: string): string;
/** Whether a media type's essence is JSON: `application/json` or a `+json` type. */
export declare function isJsonMediaType(type: string): boolean;
