// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The web platform the server runtime uses (`Request`, `Response`, text coding, random ids), reached through
 * `globalThis` and described here by the little of it used, so that the package type-checks under any consumer
 * settings: with or without the DOM library or Node's types. Where a consumer has the real classes, `WebRequest`
 * and `WebResponse` are them. Part of every generated package that serves; depends on nothing.
 */
export interface HeadersLike {
    get(name: string): string | null;
    forEach(callback: (value: string, name: string) => void): void;
}
export interface ByteReader {
    read(): Promise<{
        done: boolean;
        value?: Uint8Array | undefined;
    }>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
}
export interface RequestLike {
    readonly method: string;
    readonly url: string;
    readonly headers: HeadersLike;
    readonly body: {
        getReader(): ByteReader;
    } | null;
}
export interface ResponseLike {
    readonly status: number;
    readonly headers: HeadersLike;
    text(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
}
/** The instances of the platform's class `Name` where the consumer's settings declare it; else `Fallback`. */
export type GlobalInstance<Name extends string, Fallback> = typeof globalThis extends {
    readonly [K in Name]: {
        readonly prototype: infer T;
    };
} ? T : Fallback;
/** The platform's `Request` where the consumer's settings declare it; else the part of it the runtime reads. */
export type WebRequest = GlobalInstance<'Request', RequestLike>;
/** The platform's `Response` where the consumer's settings declare it. */
export type WebResponse = GlobalInstance<'Response', ResponseLike>;
export type ResponseBody = string | Uint8Array | null;
interface Platform {
    Request: new (url: string, init: {
        method: string;
        headers: [string, string][];
        body?: Uint8Array | null;
    }) => RequestLike;
    Response: new (body: ResponseBody, init: {
        status: number;
        headers: [string, string][];
    }) => ResponseLike;
    TextEncoder: new () => {
        encode(text: string): Uint8Array;
    };
    TextDecoder: new (label: string, options: {
        fatal: boolean;
    }) => {
        decode(bytes: Uint8Array): string;
    };
    crypto?: {
        randomUUID?(): string;
    };
    atob(text: string): string;
}
/** The platform's globals, looked up when first needed (importing the runtime only defines things). */
export declare function platform(): Platform;
export declare function utf8Bytes(text: string): Uint8Array;
/** UTF-8 text of `bytes`; throws on bytes that are not UTF-8. */
export declare function utf8Text(bytes: Uint8Array): string;
/** A request id: a random UUID where the platform has one, else a process-unique counter. */
export declare function newRequestId(): string;
export {};
