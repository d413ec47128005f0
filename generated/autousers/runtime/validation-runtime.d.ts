// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Validation runtime for specforge's compiled validators. Copied verbatim into every generated package:
 * self-contained, dependency-free, and importing it only defines things.
 */
/** One failure: where (RFC 6901 JSON pointer), which JSON Schema keyword, and a sentence for people. */
export interface ValidationError {
    pointer: string;
    keyword: string;
    message: string;
}
/** Every compiled validator has this shape: it returns validity and pushes one error per failure found. */
export type SchemaValidator = (value: unknown, pointer: string, errors: ValidationError[]) => boolean;
/** Object.prototype and getPrototypeOf, as they were when the runtime loaded (see hasOwn). */
export declare const OBJECT_PROTOTYPE: Readonly<Record<string, unknown>>;
export declare const getPrototypeOf: (value: object) => object | null;
/**
 * Whether `key` is an own property of `object` (so `__proto__`, `constructor`, `toString` are ordinary names, and
 * a polluted `Object.prototype` adds none). Validators look the value up first: an undefined one is no JSON value,
 * so a property holding it counts as absent, and most absent properties cost no call.
 */
export declare function hasOwn(object: object, key: string): boolean;
/** Escapes one JSON pointer segment: `~` becomes `~0`, `/` becomes `~1`. */
export declare function escapePointerSegment(segment: string): string;
/**
 * The pointer of `key` inside the value at `parent`; the value at `parent` itself when `key` is undefined. A
 * string key is a pointer segment, escaped already (compiled validators escape names when they are compiled).
 */
export declare function joinPointer(parent: string, key: string | number | undefined): string;
/** Length in Unicode code points (a surrogate pair counts once), as JSON Schema counts characters. */
export declare function codePointLength(text: string): number;
/** Equality with JSON semantics: objects by own keys regardless of order, arrays by items, numbers by value. */
export declare function deepEqual(a: unknown, b: unknown): boolean;
/** Whether `values` holds a value deep-equal to `value`. */
export declare function includesDeep(values: readonly unknown[], value: unknown): boolean;
/**
 * The indices `[first, second]` of the first pair of deep-equal items, or `undefined` when all items are unique.
 */
export declare function findDuplicateItems(items: readonly unknown[]): [number, number] | undefined;
/**
 * Whether `value` is an integer multiple of `divisor`, exactly, with both read as the decimals they are written as
 * (so 0.3 is a multiple of 0.1, which floating-point division gets wrong).
 */
export declare function isMultipleOf(value: number, divisor: number): boolean;
/** RFC 3339 `full-date`, with month and day ranges checked (29 February only in leap years). */
export declare function isDate(text: string): boolean;
/** RFC 3339 `full-time` (offset required); second 60 only where it is 23:59:60 in UTC (a leap second). */
export declare function isTime(text: string): boolean;
/** RFC 3339 `date-time`. */
export declare function isDateTime(text: string): boolean;
/** RFC 3339 appendix A `duration` (ISO 8601). */
export declare function isDuration(text: string): boolean;
/** Dotted-quad IPv4 address (no leading zeros). */
export declare function isIpv4(text: string): boolean;
/** RFC 4291 IPv6 address text (no zone identifier). */
export declare function isIpv6(text: string): boolean;
/** RFC 1123 host name: dot-separated labels of 1 to 63 letters, digits and inner hyphens, 253 characters at most. */
export declare function isHostname(text: string): boolean;
/** RFC 5321 mailbox: dot-atom or quoted local part; host name, `[IPv4]` or `[IPv6:…]` domain. */
export declare function isEmail(text: string): boolean;
/** RFC 4122 UUID in its hyphenated text form. */
export declare function isUuid(text: string): boolean;
/** RFC 6901 JSON pointer (`~` only as `~0` or `~1`). */
export declare function isJsonPointer(text: string): boolean;
/** Whether `text` is an ECMA-262 regular expression (compiled in Unicode mode, never run). */
export declare function isRegex(text: string): boolean;
/** RFC 3986 absolute URI (a scheme is required; a fragment is allowed). */
export declare function isUri(text: string): boolean;
/** RFC 3986 URI reference: a URI or a relative reference. */
export declare function isUriReference(text: string): boolean;
/** Rewords the errors a property name caused (from index `from` on) as `propertyNames` errors about that name. */
export declare function markPropertyNameErrors(errors: ValidationError[], from: number): void;
/**
 * What the keywords applied in place to one object or array have evaluated of it, for `unevaluatedProperties`
 * and `unevaluatedItems`: property names, and item indices (the first `items`, and some others).
 */
export interface Evaluated {
    properties: Set<string>;
    allProperties: boolean;
    items: number;
    itemSet: Set<number>;
    allItems: boolean;
}
export declare function newEvaluated(): Evaluated;
/** Adds what `from` evaluated (a subschema that matched) to `into`. */
export declare function mergeEvaluated(into: Evaluated, from: Evaluated): void;
/** Records the names of `properties` that `object` has. */
export declare function evaluateProperties(evaluated: Evaluated, object: object, names: readonly string[]): void;
/** Records the first `count` items. */
export declare function evaluateItems(evaluated: Evaluated, count: number): void;
export declare function isEvaluatedProperty(evaluated: Evaluated, name: string): boolean;
export declare function isEvaluatedItem(evaluated: Evaluated, index: number): boolean;
/** A function a `$dynamicRef` may call: a compiled schema that records what it evaluated. */
export type DynamicTarget = (value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[], dynamic: DynamicScope, evaluated: Evaluated) => boolean;
/**
 * The dynamic scope of JSON Schema 2020-12: for each `$dynamicAnchor` name, the schema of the outermost resource
 * evaluation has entered that declares it.
 */
export type DynamicScope = ReadonlyMap<string, DynamicTarget>;
export declare function newDynamicScope(): DynamicScope;
/** The scope after entering a resource that declares `anchors`: names already in scope keep their outer schema. */
export declare function enterDynamicScope(scope: DynamicScope, anchors: readonly (readonly [string, DynamicTarget])[]): DynamicScope;
