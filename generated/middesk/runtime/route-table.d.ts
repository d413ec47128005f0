// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The router of a generated server: a tree of path segments compiled at generation time, walked one segment at a
 * time, so matching costs the length of the path, not the number of operations (as find-my-way's radix tree).
 * Segments are percent-decoded after the path is split, so `%2F` stays inside one parameter. Part of every
 * generated package that serves; depends on its sibling runtime modules.
 */
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
/**
 * The tree as the router walks it, made once by `compileRoutes` when a handler is created: children and methods in
 * `Map`s, so that a segment cut from the request's path is found by its hash, not first made a property name.
 */
export interface RouteMatcher {
    readonly literal: Map<string, RouteMatcher> | undefined;
    readonly template: readonly {
        readonly literals: readonly string[];
        readonly node: RouteMatcher;
    }[] | undefined;
    readonly parameter: RouteMatcher | undefined;
    readonly methods: Map<string, RouteTarget> | undefined;
    /** The methods by name, for `Allow`. */
    readonly allowed: readonly string[];
}
export declare function compileRoutes(node: RouteNode): RouteMatcher;
/** The node at the end of `segments`, with the parameter values captured on the way; undefined if none. */
export declare function findRoute(root: RouteMatcher, segments: readonly string[], index?: number, captured?: string[]): {
    node: RouteMatcher;
    values: string[];
} | undefined;
