// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Security as the spec declares it: the credentials each scheme names, found where the scheme says (bearer and
 * basic in `Authorization`, API keys in a header, the query or a cookie), given to the server's `authenticate`,
 * and judged against the operation's alternatives of requirements. Part of every generated package that serves;
 * depends on its sibling runtime modules.
 */
import { platform, utf8Text, type WebRequest } from './web-platform.js';

export interface SecurityScheme {
  readonly type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS' | string;
  /** `http` schemes: `bearer`, `basic`, … (lower case). */
  readonly scheme?: string;
  /** `apiKey` schemes: where the key is sent, and its name there. */
  readonly in?: 'header' | 'query' | 'cookie' | string;
  readonly name?: string;
}

/** One requirement: every scheme it names must accept the request, with the scopes listed. */
export type SecurityRequirement = readonly { readonly scheme: string; readonly scopes: readonly string[] }[];

export type SecurityCredentials =
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | { readonly type: 'apiKey'; readonly key: string }
  | { readonly type: 'http'; readonly scheme: string; readonly value: string }
  | { readonly type: 'mutualTLS' };

/** What `authenticate` says of accepted credentials. */
export interface AuthResult {
  readonly scopes: readonly string[];
  readonly principal: unknown;
}

export type Authenticate = (attempt: { scheme: string; credentials: SecurityCredentials; request: WebRequest }) => AuthResult | null | undefined | Promise<AuthResult | null | undefined>;

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

export type SecurityOutcome = { readonly ok: true; readonly auth: HandlerAuth | null } | { readonly ok: false; readonly kind: 'unauthenticated' | 'missingScope'; readonly challenge: string | undefined };

function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

function authorization(source: CredentialSource, scheme: string): string | undefined {
  const header = source.header('authorization');
  if (!header) return undefined;
  const space = header.indexOf(' ');
  if (space === -1 || header.slice(0, space).toLowerCase() !== scheme) return undefined;
  const value = header.slice(space + 1).trim();
  return value === '' ? undefined : value;
}

function basicCredentials(encoded: string): SecurityCredentials | undefined {
  try {
    const binary = platform().atob(encoded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const text = utf8Text(bytes);
    const colon = text.indexOf(':');
    return colon === -1 ? undefined : { type: 'basic', username: text.slice(0, colon), password: text.slice(colon + 1) };
  } catch {
    return undefined;
  }
}

/** The credentials a scheme names, when the request carries them. */
export function credentialsFor(scheme: SecurityScheme, source: CredentialSource): SecurityCredentials | undefined {
  switch (scheme.type) {
    case 'http': {
      const kind = (scheme.scheme ?? 'bearer').toLowerCase();
      const value = authorization(source, kind);
      if (value === undefined) return undefined;
      if (kind === 'bearer') return { type: 'bearer', token: value };
      if (kind === 'basic') return basicCredentials(value);
      return { type: 'http', scheme: kind, value };
    }
    case 'apiKey': {
      const name = scheme.name ?? '';
      const key = scheme.in === 'query' ? source.queryValue(name) : scheme.in === 'cookie' ? cookie(source.header('cookie'), name) : source.header(name.toLowerCase());
      return key === undefined || key === '' ? undefined : { type: 'apiKey', key };
    }
    case 'oauth2':
    case 'openIdConnect': {
      const token = authorization(source, 'bearer');
      return token === undefined ? undefined : { type: 'bearer', token };
    }
    case 'mutualTLS':
      return { type: 'mutualTLS' };
    default:
      return undefined;
  }
}

/** The `WWW-Authenticate` challenge for a 401 (RFC 9110), from the first http scheme of the requirements. */
function challengeOf(requirements: readonly SecurityRequirement[], schemes: { readonly [name: string]: SecurityScheme }): string | undefined {
  for (const requirement of requirements) {
    for (const { scheme: name } of requirement) {
      const scheme = schemes[name];
      if (!scheme) continue;
      if (scheme.type === 'http' && scheme.scheme) return scheme.scheme.toLowerCase() === 'basic' ? 'Basic' : scheme.scheme.charAt(0).toUpperCase() + scheme.scheme.slice(1).toLowerCase();
      if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'Bearer';
    }
  }
  return undefined;
}

/**
 * What `authenticate` is given. The web request is made only if it is read: building one costs more than the rest
 * of a request. The getter is on a class, not on an object literal: a literal's getter gives every object its own
 * hidden class, and each one kept its request alive past young-generation collections (measured in bench/server:
 * request objects promoted to the old space, scavenges of 5 ms, a mark-compact every 300 ms, p99 4× Fastify's).
 */
class AuthAttempt {
  readonly #source: CredentialSource;

  constructor(
    readonly scheme: string,
    readonly credentials: SecurityCredentials,
    source: CredentialSource,
  ) {
    this.#source = source;
  }

  get request(): WebRequest {
    return this.#source.request();
  }
}

const ANONYMOUS: SecurityOutcome = { ok: true, auth: null };
const MISSING_SCOPE: SecurityOutcome = { ok: false, kind: 'missingScope', challenge: undefined };

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function normalise(answer: AuthResult | null | undefined): AuthResult | null {
  if (!answer) return null;
  return Array.isArray(answer.scopes) ? answer : { scopes: [], principal: answer.principal };
}

/**
 * One request's judgement, resumable where `authenticate` answers with a promise: an `authenticate` that answers
 * at once costs no promise and no turn of the event loop.
 */
class SecurityCheck {
  // The first scheme's answer in fields, any others in lists: most operations name one scheme.
  private firstName: string | undefined = undefined;
  private firstResult: AuthResult | null = null;
  private names: string[] | undefined = undefined;
  private results: (AuthResult | null)[] | undefined = undefined;
  private requirementIndex = 0;
  private schemeIndex = 0;
  private authenticated = false;

  constructor(
    private readonly requirements: readonly SecurityRequirement[],
    private readonly schemes: { readonly [name: string]: SecurityScheme },
    private readonly source: CredentialSource,
    private readonly authenticate: Authenticate | undefined,
  ) {}

  private resultOf(name: string): AuthResult | null | undefined {
    if (name === this.firstName) return this.firstResult;
    const at = this.names ? this.names.indexOf(name) : -1;
    return at === -1 ? undefined : this.results![at];
  }

  /** Asks `authenticate` about one scheme: undefined once the answer is recorded, a promise of it otherwise. */
  private ask(name: string): Promise<void> | undefined {
    const scheme = Object.prototype.hasOwnProperty.call(this.schemes, name) ? this.schemes[name] : undefined;
    const credentials = scheme ? credentialsFor(scheme, this.source) : undefined;
    if (!credentials || !this.authenticate) {
      this.record(name, null);
      return undefined;
    }
    const answer = this.authenticate(new AuthAttempt(name, credentials, this.source));
    if (!isPromiseLike(answer)) {
      this.record(name, normalise(answer));
      return undefined;
    }
    return Promise.resolve(answer).then((settled) => this.record(name, normalise(settled)));
  }

  private record(name: string, result: AuthResult | null): void {
    if (this.firstName === undefined) {
      this.firstName = name;
      this.firstResult = result;
      return;
    }
    (this.names ??= []).push(name);
    (this.results ??= []).push(result);
  }

  run(): SecurityOutcome | Promise<SecurityOutcome> {
    const requirements = this.requirements;
    for (; this.requirementIndex < requirements.length; this.requirementIndex++, this.schemeIndex = 0) {
      const requirement = requirements[this.requirementIndex]!;
      if (requirement.length === 0) return ANONYMOUS;
      for (; this.schemeIndex < requirement.length; this.schemeIndex++) {
        const name = requirement[this.schemeIndex]!.scheme;
        let result = this.resultOf(name);
        if (result === undefined) {
          const pending = this.ask(name);
          if (pending) return pending.then(() => this.run());
          result = this.resultOf(name);
        }
        if (!result) break;
      }
      if (this.schemeIndex < requirement.length) continue;
      this.authenticated = true;
      const met = requirement.every(({ scheme, scopes }) => {
        const granted = this.resultOf(scheme)!.scopes;
        return scopes.every((scope) => granted.includes(scope));
      });
      if (met) return { ok: true, auth: this.authOf(requirement) };
    }
    return this.authenticated ? MISSING_SCOPE : { ok: false, kind: 'unauthenticated', challenge: challengeOf(requirements, this.schemes) };
  }

  private authOf(requirement: SecurityRequirement): HandlerAuth {
    const first = this.resultOf(requirement[0]!.scheme)!;
    let scopes: readonly string[] = first.scopes;
    if (requirement.length > 1) {
      const union = new Set<string>();
      for (const { scheme } of requirement) for (const scope of this.resultOf(scheme)!.scopes) union.add(scope);
      scopes = [...union];
    }
    return { scheme: requirement[0]!.scheme, scopes, principal: first.principal };
  }
}

/**
 * Judges a request against an operation's alternatives: any one requirement met admits it; an empty one admits
 * anyone. Credentials accepted but short of a scope give `missingScope` (403), none accepted `unauthenticated`
 * (401). `authenticate` is asked at most once per scheme per request. The outcome is a promise only when
 * `authenticate` answered with one.
 */
export function checkSecurity(
  requirements: readonly SecurityRequirement[],
  schemes: { readonly [name: string]: SecurityScheme },
  source: CredentialSource,
  authenticate: Authenticate | undefined,
): SecurityOutcome | Promise<SecurityOutcome> {
  if (requirements.length === 0) return ANONYMOUS;
  return new SecurityCheck(requirements, schemes, source, authenticate).run();
}
