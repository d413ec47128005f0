// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
import { type WireRecord, type WireValue } from './parameters-runtime.js';
/** How one operation parameter is sent; the generator emits one per parameter as a literal. */
export interface ParameterEncoding {
    /** The name as the spec writes it. */
    readonly name: string;
    readonly in: 'path' | 'query' | 'header' | 'cookie';
    readonly style: 'simple' | 'form' | 'matrix' | 'label' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
    readonly explode: boolean;
    /** A query value may carry RFC 3986 reserved characters unencoded (those that mean nothing to a query). */
    readonly allowReserved?: true;
    /** A `content`-encoded parameter: its value sent as this media type's text (JSON for JSON types, else as text). */
    readonly contentType?: string;
}
/** A request's parameter values by location, each by the parameter's name as the spec writes it. */
export interface ParameterValues {
    readonly path?: object | undefined;
    readonly query?: object | undefined;
    readonly headers?: object | undefined;
    readonly cookies?: object | undefined;
}
/** The request's parameters as the generated request check (`validateRequest`) takes them: what the server reads. */
export interface WireRequest {
    readonly path: WireRecord;
    readonly query: WireRecord;
    /** By lower-case name, the `cookie` header included. */
    readonly headers: WireRecord;
}
/** One request's parameters on the wire. */
export interface EncodedParameters {
    /** The path and query to append to the base URL: `/webhooks/abc%2F..%2Fadmin?limit=5&tags=a,b`. */
    readonly target: string;
    /** Header parameters by the names the spec writes, and one `cookie` header when cookies are given. */
    readonly headers: [string, string][];
    readonly wire: WireRequest;
}
/** The platform's `BodyInit`, as its `Request` takes it, where the consumer's settings declare one. */
export type RequestBody = typeof globalThis extends {
    readonly Request: new (input: never, init: {
        body?: infer B;
    }) => unknown;
} ? NonNullable<B> : unknown;
/** A request body ready for `fetch`. */
export interface EncodedBody {
    readonly body: RequestBody;
    /** The `content-type` to send; undefined for multipart, whose boundary `fetch` sets. */
    readonly contentType: string | undefined;
    /** The body as the server's request check reads it; undefined when it is not read before sending (multipart, binary). */
    readonly wire: unknown;
}
/** Where the encoders of the locations other than the path put what they make. */
export interface EncodedParts {
    readonly query: string[];
    readonly headers: [string, string][];
    readonly cookies: string[];
    readonly wire: WireRequest;
}
/** Puts one parameter's value on the wire. */
export type LocationEncoder = (parameter: ParameterEncoding, value: unknown, parts: EncodedParts) => void;
/** Fills a path template's parameters in. */
export type PathEncoder = (template: string, byName: Map<string, ParameterEncoding>, values: Record<string, unknown>, wire: Record<string, WireValue>) => string;
/**
 * The encoders of the locations an operation has parameters in. Each generated operation names only its own, so that
 * a bundle that calls a few operations carries only the encoding they need.
 */
export interface ParameterEncoders {
    readonly path?: PathEncoder;
    readonly query?: LocationEncoder;
    readonly header?: LocationEncoder;
    readonly cookie?: LocationEncoder;
}
/** Fills in path parameters of any style. */
export declare const encodePath: PathEncoder;
/** Fills in simple-style path parameters only: most operations', without the other styles' code. */
export declare const encodeSimplePath: PathEncoder;
export declare const encodeQuery: LocationEncoder;
export declare const encodeHeader: LocationEncoder;
export declare const encodeCookie: LocationEncoder;
/**
 * One request's parameters on the wire, by their encodings: the path (`pathTemplate` as the spec writes it, such as
 * `/webhooks/{id}`) filled in and the query appended, the headers, and the request as the server reads it. Values
 * that are undefined or absent are left out (a path parameter must have one). Throws a TypeError naming the
 * parameter when a value cannot be sent by its style so that it reads back as given.
 */
export declare function encodeParameters(pathTemplate: string, parameters: readonly ParameterEncoding[], values: ParameterValues): EncodedParameters;
/** `encodeParameters` with only the given locations' encoders: a parameter elsewhere is an error of the generator's. */
export declare function encodeParametersWith(encoders: ParameterEncoders, pathTemplate: string, parameters: readonly ParameterEncoding[], values: ParameterValues): EncodedParameters;
/**
 * A request body as `fetch` sends it, by its media type: JSON (`application/json`, `+json`) as its text;
 * `application/x-www-form-urlencoded` from an object of fields (an array repeats its key; a string or
 * URLSearchParams is sent as it is); `multipart/form-data` as a FormData (Blobs and bytes as files, primitives as
 * text, objects as JSON text, an array as the part repeated; no content type, so that `fetch` sets the boundary);
 * `text/*` as text; anything else as binary (Blob, ArrayBuffer, typed arrays, ReadableStream, or a string).
 */
export declare function encodeBody(mediaType: string, value: unknown): EncodedBody;
/** Encodes a body of one kind of media type; each generated operation names the ones its media types need. */
export type BodyEncoder = (mediaType: string, value: unknown) => EncodedBody;
export declare const jsonBody: BodyEncoder;
export declare const formBody: BodyEncoder;
export declare const multipartBody: BodyEncoder;
export declare const textBody: BodyEncoder;
export declare const binaryBody: BodyEncoder;
