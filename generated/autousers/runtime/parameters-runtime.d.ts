// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * What generated request parsing calls. Each operation's `validateRequest` is code generated for its own parameters
 * (their names, styles and schemas are settled when the package is made); these are the small readings it shares:
 * values as they arrive on the wire (strings; repeated query keys as arrays) by name, texts split by a style's
 * delimiters, header names in any case. Part of every generated package; depends on nothing.
 */
export type WireValue = string | readonly string[] | undefined;
export type WireRecord = {
    readonly [name: string]: WireValue;
};
/** The record of a request part the caller left out. */
export declare const NO_VALUES: WireRecord;
/** The own value of `name` (`__proto__`, `constructor` are names like any other; inherited values are not there). */
export declare function own<TValue>(record: {
    readonly [name: string]: TValue;
}, name: string): TValue | undefined;
/** The first text of a wire value: a path or deepObject value sent more than once counts once. */
export declare function first(value: WireValue): string | undefined;
/** Defines an own property, for keys that would otherwise set the prototype (`__proto__`) or are not known in advance. */
export declare function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void;
export declare function isIntegerText(text: string): boolean;
export declare function isNumberText(text: string): boolean;
export declare function asInteger(text: string): string | number;
export declare function asNumber(text: string): string | number;
export declare function asBoolean(text: string): string | boolean;
export declare function asNull(text: string): string | null;
/** A `content`-encoded (JSON) value; text that is not JSON stays a string, for validation to report. */
export declare function parseJson(text: string): unknown;
/** The items of a delimited array value (`1,2,3`); none in an empty text. */
export declare function splitItems(text: string, delimiter: string): string[];
/** The items of a query array sent as delimited text, possibly under the key more than once. */
export declare function splitEach(value: string | readonly string[], delimiter: string): string[];
/** An object value as text: `a,1,b,2`, or exploded, `a=1,b=2`; the values stay strings. */
export declare function pairsOf(text: string, explode: boolean, separator: string): Record<string, unknown>;
/** A deepObject query parameter (`filter[name]=ada&filter[age]=36`), its values as strings; undefined when none is sent. */
export declare function deepObjectOf(query: WireRecord, name: string): Record<string, unknown> | undefined;
/** A label-style path value without its leading `.`. */
export declare function unlabel(text: string): string;
/** A matrix-style path value (`;id=5`) without its prefix (`;id=`). */
export declare function unmatrix(text: string, prefix: string): string;
/** An exploded matrix array (`;id=3;id=4`) as delimited text (`3,4`). */
export declare function matrixItems(text: string, prefix: string): string;
/** An exploded matrix object (`;r=1;g=2`) as exploded pairs (`r=1,g=2`). */
export declare function matrixPairs(text: string): string;
/** A value sent under one query key more than once: each copy read, so validation reports a list rather than one copy winning silently. */
export declare function eachText(texts: readonly string[], read?: (text: string) => unknown): unknown;
/**
 * A header by its lower-case name, as Node's `req.headers` has them: looked up directly; only when absent so,
 * in any case among the names given (the last wins). Repeated headers are joined with `, `, as HTTP allows.
 */
export declare function headerValue(headers: WireRecord, lowerCaseName: string): string | undefined;
/** A cookie's value from the `Cookie` header (`theme=dark; session=abc`); the last of the same name wins. */
export declare function cookieValue(header: string | undefined, name: string): string | undefined;
/**
 * A query (or `application/x-www-form-urlencoded` text) as a record with no prototype, repeated keys as lists, `+`
 * as a space; throws URIError on bad percent-encoding.
 */
export declare function parseQuery(text: string): Record<string, string | string[]>;
