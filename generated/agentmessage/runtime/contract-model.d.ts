// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The data of a package's mock and contract suite, as the generator derives it from the spec (generator/emit/contract/)
 * and the runtime reads it (mock-runtime.ts answers from it, contract-runtime.ts sends and checks it). Plain JSON
 * values: the generator writes them as literals. Besides the types, the credentials the runner sends when it has not
 * been given any, which the mock knows too. Part of every generated package that carries the mock or the contract
 * runner; depends on nothing.
 */
/**
 * What the runner sends as a wrong credential: no mock ever accepts it, so that a mock accepting any non-empty token
 * still answers the runner's bad-credential cases 401.
 */
export declare const INVALID_CREDENTIAL: string;
/** What the runner sends as a valid credential when given no token: a mock without `--token` accepts any non-empty one. */
export declare const PLACEHOLDER_CREDENTIAL: string;
/** The user name the runner sends a basic credential with when its token names none (`user:pass`). */
export declare const BASIC_USER: string;
/** How an operation's credentials are sent: its first security requirement's first scheme. */
export type CredentialPlacement = {
    readonly kind: 'bearer';
} | {
    readonly kind: 'basic';
} | {
    readonly kind: 'apiKey';
    readonly in: 'header' | 'query' | 'cookie';
    readonly name: string;
};
/** Which credentials the runner puts on a case's request. */
export type CaseCredentials = 'valid' | 'none' | 'invalid' | 'withoutScopes';
/** One request, exactly as sent after the base URL (`http://127.0.0.1:4010/v1`). */
export interface CaseRequest {
    /** Upper case. */
    readonly method: string;
    /** From the base path on, percent-encoded: `/webhooks/0190a1b2`. */
    readonly path: string;
    /** Encoded, without the `?`; absent for none. */
    readonly query?: string;
    /** Lower-case names; `content-type` for a body. Credentials are not here: the runner adds them (`credentials`). */
    readonly headers: {
        readonly [name: string]: string;
    };
    /** The body's exact text. */
    readonly body?: string;
    readonly credentials: CaseCredentials;
}
/**
 * What a case expects, and the check that judges it:
 * - `accepted`: a documented 2xx (`positive_data_acceptance`); a documented 404 also passes for an operation with
 *   path parameters (the resource may not exist on a real server);
 * - `rejected`: a documented 4xx (`negative_data_rejection`);
 * - `unauthorized`: 401 (`ignored_auth`); `forbidden`: 403 (`ignored_auth`).
 */
export type CaseExpectation = 'accepted' | 'rejected' | 'unauthorized' | 'forbidden';
export interface ContractCase {
    /** Stable and unique within the package: `updateWebhook/negative/body/url/pattern`. */
    readonly id: string;
    /** The operation's name in code (the handlers' key). */
    readonly operation: string;
    readonly kind: 'example' | 'positive' | 'negative' | 'auth';
    /** What the case is, in words, for reports: "body /description: 200 characters, its maxLength". */
    readonly title: string;
    readonly request: CaseRequest;
    readonly expect: CaseExpectation;
    /**
     * The spec names no answer to this fault (a content type the operation does not take, where it documents no 415;
     * missing credentials, where it documents no 401): any 4xx passes, documented or not, as HTTP's own answer to it.
     * The spec decides every other case's status.
     */
    readonly anyRejection?: boolean;
    /** For `example` cases: the same request as the typed client's input, for the package's own suite. */
    readonly input?: {
        readonly path?: {
            readonly [name: string]: unknown;
        };
        readonly query?: {
            readonly [name: string]: unknown;
        };
        readonly headers?: {
            readonly [name: string]: unknown;
        };
        readonly cookies?: {
            readonly [name: string]: unknown;
        };
        readonly body?: unknown;
    };
}
/** What the checks know of one operation beyond its endpoint's response validator. */
export interface ContractOperation {
    readonly method: string;
    /** From the base path on, as a template: `/webhooks/{id}`. */
    readonly path: string;
    /** Documented status keys as written: `200`, `4XX`, `default`. */
    readonly statuses: readonly string[];
    /** Documented content types (lower-case essence) by status key; empty for a response without a body. */
    readonly media: {
        readonly [status: string]: readonly string[];
    };
    /** Required response headers (lower case) by status key. */
    readonly headers: {
        readonly [status: string]: readonly string[];
    };
    /** How credentials go; absent for an operation that allows anonymous access. */
    readonly credentials?: CredentialPlacement;
    /** Whether every alternative requirement names scopes (so a token without them must get 403). */
    readonly scoped: boolean;
}
/**
 * A collection recognised from paths: `/webhooks` (with `POST` and/or `GET`) and `/webhooks/{id}` (with `GET`, and
 * any of `PATCH`, `PUT`, `DELETE`). Operations by their name in code.
 */
export interface Collection {
    /** From the base path on: `/webhooks`; a parent's parameters stay as `{name}`. */
    readonly path: string;
    readonly itemPath: string;
    /** The item path's parameter that names the resource. */
    readonly idParameter: string;
    /** The resource's property holding that id. */
    readonly idField: string;
    readonly create?: string;
    readonly list?: string;
    readonly read: string;
    readonly update?: string;
    readonly replace?: string;
    readonly remove?: string;
    /**
     * Where the resource sits in each operation's success body, as a JSON pointer: `` for the body itself, `/data` in
     * an envelope; for `list`, where the array of resources is.
     */
    readonly resourceAt: {
        readonly [operation: string]: string;
    };
    /**
     * The properties each operation's success resource may have (its schema's `properties`, when the schema allows no
     * others); absent for one that allows any. The mock keeps a stored resource to these when answering.
     */
    readonly fields: {
        readonly [operation: string]: readonly string[];
    };
    /** Top-level properties of the resource marked `readOnly` (set by the mock) and `writeOnly` (never returned). */
    readonly readOnly: readonly string[];
    readonly writeOnly: readonly string[];
    /** Date-time properties among `readOnly` the mock stamps: on create all of them, on update those named like `updated…`. */
    readonly timestamps: readonly string[];
}
/** One documented response of an operation, as the mock answers it. */
export interface MockAnswer {
    /** The status key as documented: `200`, `4XX`, `default`. */
    readonly status: string;
    /** The status answered: the key itself, or a concrete one for a range or `default` (`4XX` → 400, `default` → 500). */
    readonly code: number;
    /** Absent for a response without a body. */
    readonly contentType?: string;
    /**
     * The response's named examples in document order; where the spec has none but the response has a body, one
     * named `generated`, built from the schema and checked against it at generation.
     */
    readonly examples: readonly {
        readonly name: string;
        readonly value: unknown;
    }[];
    /** A value for every documented response header (from its example, else built from its schema). */
    readonly headers: {
        readonly [name: string]: string;
    };
}
export interface MockOperation {
    /** Every documented response in document order. */
    readonly answers: readonly MockAnswer[];
    /** The `status` of the first documented 2xx, what the mock answers by default; absent when none is documented. */
    readonly success?: string;
}
export interface MockData {
    readonly operations: {
        readonly [operation: string]: MockOperation;
    };
    readonly collections: readonly Collection[];
    /** Declared scopes by security scheme name: what the mock grants an accepted token. */
    readonly scopes: {
        readonly [scheme: string]: readonly string[];
    };
}
export interface ContractData {
    readonly operations: {
        readonly [operation: string]: ContractOperation;
    };
    readonly cases: readonly ContractCase[];
    readonly collections: readonly Collection[];
    /** The spec's server base path (`/v1`, or `` for none), which `serve` serves under and `test` appends to a bare base URL. */
    readonly basePath: string;
}
