// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Security as the spec declares it: the credentials each scheme names, found where the scheme says (bearer and
 * basic in `Authorization`, API keys in a header, the query or a cookie), given to the server's `authenticate`,
 * and judged against the operation's alternatives of requirements. Part of every generated package that serves;
 * depends on its sibling runtime modules.
 */
import { type WebRequest } from './web-platform.js';
export interface SecurityScheme {
    readonly type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS' | string;
    /** `http` schemes: `bearer`, `basic`, … (lower case). */
    readonly scheme?: string;
    /** `apiKey` schemes: where the key is sent, and its name there. */
    readonly in?: 'header' | 'query' | 'cookie' | string;
    readonly name?: string;
}
/** One requirement: every scheme it names must accept the request, with the scopes listed. */
export type SecurityRequirement = readonly {
    readonly scheme: string;
    readonly scopes: readonly string[];
}[];
export type SecurityCredentials = {
    readonly type: 'bearer';
    readonly token: string;
} | {
    readonly type: 'basic';
    readonly username: string;
    readonly password: string;
} | {
    readonly type: 'apiKey';
    readonly key: string;
} | {
    readonly type: 'http';
    readonly scheme: string;
    readonly value: string;
} | {
    readonly type: 'mutualTLS';
};
/** What `authenticate` says of accepted credentials. */
export interface AuthResult {
    readonly scopes: readonly string[];
    readonly principal: unknown;
}
export type Authenticate = (attempt: {
    scheme: string;
    credentials: SecurityCredentials;
    request: WebRequest;
}) => AuthResult | null | undefined | Promise<AuthResult | null | undefined>;
/** What an operation's handler is told of who called: null when the operation allowed anonymous access. */
export interface HandlerAuth {
    /** The security scheme that accepted the request (the first, when a requirement names several). */
    readonly scheme: string;
    readonly scopes: readonly string[];
    readonly principal: unknown;
}
/** The parts of a request credentials are found in; header names in lower case. */
export interface CredentialSource {
    header(name: string): string | undefined;
    queryValue(name: string): string | undefined;
    request(): WebRequest;
}
export type SecurityOutcome = {
    readonly ok: true;
    readonly auth: HandlerAuth | null;
} | {
    readonly ok: false;
    readonly kind: 'unauthenticated' | 'missingScope';
    readonly challenge: string | undefined;
};
/** The credentials a scheme names, when the request carries them. */
export declare function credentialsFor(scheme: SecurityScheme, source: CredentialSource): SecurityCredentials | undefined;
/**
 * Judges a request against an operation's alternatives: any one requirement met admits it; an empty one admits
 * anyone. Credentials accepted but short of a scope give `missingScope` (403), none accepted `unauthenticated`
 * (401). `authenticate` is asked at most once per scheme per request. The outcome is a promise only when
 * `authenticate` answered with one.
 */
export declare function checkSecurity(requirements: readonly SecurityRequirement[], schemes: {
    readonly [name: string]: SecurityScheme;
}, source: CredentialSource, authenticate: Authenticate | undefined): SecurityOutcome | Promise<SecurityOutcome>;
