// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/** The value at `pointer` in `root`, or undefined when there is none. */
export declare function valueAt(root: unknown, pointer: string): unknown;
/** A deep copy of a JSON value, with `__proto__` keys kept as own properties. */
export declare function copyJson<T>(value: T): T;
/** A copy of `root` with `value` at `pointer`; undefined when the pointer's parent is not there. */
export declare function withValueAt(root: unknown, pointer: string, value: unknown): {
    value: unknown;
} | undefined;
/** `/data` and `id` → `/data/id`. */
export declare function childPointer(pointer: string, key: string): string;
