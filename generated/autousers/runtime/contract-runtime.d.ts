// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The contract runner behind `specforge test` and every package's contract suite: it sends each case of the
 * contract data to a base URL (or to an in-process handler through `fetch`), and checks every answer against the
 * spec with checks of stable names. A spec rule decides every failure: only documented operations are sent, and
 * only what the spec says of them is checked. Part of every generated package that carries the contract suite;
 * depends on its sibling runtime modules.
 */
import { type ContractCase, type ContractData, type ContractOperation } from './contract-model.js';
import { type ResponseResult } from './endpoint-runtime.js';
import { type WireRecord } from './parameters-runtime.js';
import type { SchemaValidator } from './validation-runtime.js';
import { type WebRequest, type WebResponse } from './web-platform.js';
/** The checks, by their stable names. */
export declare const CONTRACT_CHECKS: readonly ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "response_headers_conformance", "error_envelope_conformance", "positive_data_acceptance", "negative_data_rejection", "ignored_auth", "use_after_delete", "ensure_resource_availability"];
export type ContractCheck = (typeof CONTRACT_CHECKS)[number];
/** What the runner needs of an operation beyond its data: the package's endpoint, and the error envelope's validator. */
export interface ContractOperationRuntime extends ContractOperation {
    readonly endpoint: {
        validateResponse(status: number, body: unknown, headers?: WireRecord): ResponseResult;
    };
    /** The generated validator of the spec's error envelope, as the package's validators module exports it. */
    readonly envelope?: SchemaValidator;
}
export interface ContractSuite extends Omit<ContractData, 'operations'> {
    readonly operations: {
        readonly [operation: string]: ContractOperationRuntime;
    };
}
export type ContractFetch = (request: WebRequest) => Promise<WebResponse>;
export interface ContractProgress {
    readonly id: string;
    readonly operation: string;
    readonly title: string;
    readonly failures: readonly ContractFailure[];
    /** Cases done, of `total`. */
    readonly done: number;
    readonly total: number;
}
export interface ContractOptions {
    /** The API's root, its base path included: `http://127.0.0.1:4010/v1`. */
    readonly baseUrl: string;
    /** Default `globalThis.fetch`; a package's suite passes its handler. */
    readonly fetch?: ContractFetch;
    /**
     * The valid credential (a bearer token, an API key, or `user:pass` for basic; a basic token without `:` is sent as
     * the password of user `specforge`). Without one, valid-credential cases send a placeholder, which a mock accepts.
     */
    readonly token?: string;
    /** A credential without the operations' scopes; without one, the cases expecting 403 are skipped. */
    readonly tokenWithoutScopes?: string;
    /** Only these operations (by name in code). */
    readonly operations?: readonly string[];
    /** Instead of the contract's cases. */
    readonly cases?: readonly ContractCase[];
    /** Also run create → read → update → read → delete → read on each collection. */
    readonly stateful?: boolean;
    /** Stop after this many requests (default 5000). */
    readonly maxRequests?: number;
    /** Per request, in milliseconds (default 10000). */
    readonly timeout?: number;
    /** For the whole run, in milliseconds; none by default. */
    readonly deadline?: number;
    readonly onCase?: (progress: ContractProgress) => void;
}
export interface ContractFailure {
    readonly check: ContractCheck;
    readonly operation: string;
    /** The case's id. */
    readonly case: string;
    readonly title: string;
    readonly reason: string;
    readonly status?: number;
    /** One shell-safe line that sends the request again. */
    readonly curl: string;
}
export interface ContractReport {
    /** Operations selected. */
    readonly operations: number;
    /** Cases run (a stateful sequence counts as one). */
    readonly cases: number;
    readonly requests: number;
    /** Cases run without a failure. */
    readonly passed: number;
    readonly failures: readonly ContractFailure[];
    readonly skipped: readonly {
        readonly case: string;
        readonly reason: string;
    }[];
    readonly stopped?: 'maxRequests' | 'deadline';
}
/** The first request got no answer: the server is not there. A CLI exits 2 on it. */
export declare class ContractUnreachableError extends Error {
    readonly url: string;
    readonly cause: unknown;
    constructor(url: string, cause: unknown);
}
/** A request as sent, with how to show it in a `curl` line. */
interface Outgoing {
    readonly method: string;
    readonly url: string;
    readonly headers: [string, string][];
    readonly body?: string;
    /** `user:pass` of a basic credential, shown with `-u`. */
    readonly basic?: string;
}
/** One line of POSIX shell that sends `outgoing` again with curl. */
export declare function curlLine(outgoing: Outgoing): string;
/**
 * Runs the contract's cases (then, with `stateful`, a sequence per collection) against `options.baseUrl`, in their
 * order, and reports every failure. Rejects with ContractUnreachableError when the first request gets no answer.
 */
export declare function runContract(suite: ContractSuite, options: ContractOptions): Promise<ContractReport>;
export {};
