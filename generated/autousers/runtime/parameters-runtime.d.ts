// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Parameters as they arrive on the wire (strings; repeated query keys as arrays) parsed into values by their
 * OpenAPI style and schema, before validation. Part of every generated package; depends on nothing.
 */
export type WireValue = string | readonly string[] | undefined;
export type WireRecord = {
    readonly [name: string]: WireValue;
};
/** The JSON types a schema allows for a value, in the order parsing tries them. */
export type ValueTypes = readonly ('string' | 'integer' | 'number' | 'boolean' | 'null')[];
export type ParameterShape = {
    readonly kind: 'primitive';
    readonly types: ValueTypes;
} | {
    readonly kind: 'array';
    readonly items: ValueTypes;
} | {
    readonly kind: 'object';
    readonly properties: {
        readonly [name: string]: ValueTypes;
    };
} | {
    readonly kind: 'json';
};
export interface ParameterPlan {
    readonly name: string;
    readonly in: 'path' | 'query' | 'header' | 'cookie';
    readonly style: 'simple' | 'form' | 'matrix' | 'label' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
    readonly explode: boolean;
    readonly shape: ParameterShape;
}
/** A wire string as the first of `types` it reads as; the string itself when none fits (validation then says why). */
export declare function parsePrimitive(text: string, types: ValueTypes): unknown;
/** Header names compared case-insensitively; repeated headers joined with `, ` as HTTP allows. */
export declare function lowerCaseHeaders(headers: WireRecord | undefined): Record<string, string>;
export interface RawRequestParts {
    readonly path?: WireRecord;
    readonly query?: WireRecord;
    readonly headers?: WireRecord;
}
/** Parses every planned parameter present in the request; absent ones are left out (validation checks `required`). */
export declare function parseParameters(plans: readonly ParameterPlan[], request: RawRequestParts): Record<ParameterPlan['in'], Record<string, unknown>>;
