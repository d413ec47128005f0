// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
export interface RouteTarget {
    /** The operation's name in code. */
    readonly operation: string;
    /** Path parameter names in the order their values are captured. */
    readonly parameters: readonly string[];
}
/** A segment made of literal text and parameters, such as `{name}.json`: the literals around each parameter. */
export interface TemplateSegment {
    readonly literals: readonly string[];
    readonly node: RouteNode;
}
export interface RouteNode {
    /** Children by literal segment (decoded). */
    readonly literal?: {
        readonly [segment: string]: RouteNode;
    };
    /** Children whose segment mixes literal text and parameters, tried after literals. */
    readonly template?: readonly TemplateSegment[];
    /** The child whose whole segment is one parameter, tried last. */
    readonly parameter?: RouteNode;
    /** Operations that end here, by upper-case method. */
    readonly methods?: {
        readonly [method: string]: RouteTarget;
    };
}
/**
 * The path's segments, decoded; undefined when a segment is not valid percent-encoding. A trailing slash is
 * dropped (`/webhooks/` is `/webhooks`); a doubled slash leaves an empty segment, which no route matches.
 */
export declare function splitPath(path: string): string[] | undefined;
/** The node at the end of `segments`, with the parameter values captured on the way; undefined if none. */
export declare function findRoute(root: RouteNode, segments: readonly string[], index?: number, captured?: string[]): {
    node: RouteNode;
    values: string[];
} | undefined;
