// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * JSON pointers (RFC 6901) over plain JSON values: where the mock puts a resource in its envelope and where the
 * contract runner finds one. Own properties only, so `__proto__` and `constructor` are ordinary names. Part of every
 * generated package that carries the mock or the contract runner; depends on nothing.
 */
/** The value at `pointer` in `root`, or undefined when there is none. */
export declare function valueAt(root: unknown, pointer: string): unknown;
/** An own property's value, or undefined: `toString` of a plain object is not its property. */
export declare function ownValue<T>(record: {
    readonly [key: string]: T;
}, key: string): T | undefined;
/** Sets an own property, even one named `__proto__`. */
export declare function setOwn(target: Record<string, unknown>, key: string, value: unknown): void;
/** A deep copy of a JSON value, with `__proto__` keys kept as own properties. */
export declare function copyJson<T>(value: T): T;
/** A copy of `root` with `value` at `pointer`; undefined when the pointer's parent is not there. */
export declare function withValueAt(root: unknown, pointer: string, value: unknown): {
    value: unknown;
} | undefined;
/** `/data` and `id` → `/data/id`. */
export declare function childPointer(pointer: string, key: string): string;
