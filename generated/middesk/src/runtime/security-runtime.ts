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
  readonly request: () => WebRequest;
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
 * Judges a request against an operation's alternatives: any one requirement met admits it; an empty one admits
 * anyone. Credentials accepted but short of a scope give `missingScope` (403), none accepted `unauthenticated`
 * (401). `authenticate` is asked at most once per scheme per request.
 */
export async function checkSecurity(
  requirements: readonly SecurityRequirement[],
  schemes: { readonly [name: string]: SecurityScheme },
  source: CredentialSource,
  authenticate: Authenticate | undefined,
): Promise<SecurityOutcome> {
  if (requirements.length === 0) return { ok: true, auth: null };
  const results = new Map<string, AuthResult | null>();
  const resultFor = async (name: string): Promise<AuthResult | null> => {
    if (results.has(name)) return results.get(name)!;
    const scheme = Object.prototype.hasOwnProperty.call(schemes, name) ? schemes[name] : undefined;
    const credentials = scheme ? credentialsFor(scheme, source) : undefined;
    let result: AuthResult | null = null;
    if (credentials && authenticate) {
      // The web request is made only if `authenticate` reads it: building one costs more than the rest of a request.
      const answer = await authenticate({
        scheme: name,
        credentials,
        get request() {
          return source.request();
        },
      });
      result = answer && Array.isArray(answer.scopes) ? answer : answer ? { scopes: [], principal: answer.principal } : null;
    }
    results.set(name, result);
    return result;
  };
  let authenticated = false;
  for (const requirement of requirements) {
    if (requirement.length === 0) return { ok: true, auth: null };
    let met = true;
    let accepted = true;
    const scopes = new Set<string>();
    for (const { scheme, scopes: needed } of requirement) {
      const result = await resultFor(scheme);
      if (!result) {
        accepted = false;
        met = false;
        break;
      }
      for (const scope of result.scopes) scopes.add(scope);
      if (!needed.every((scope) => result.scopes.includes(scope))) met = false;
    }
    if (met) {
      const first = results.get(requirement[0]!.scheme)!;
      return { ok: true, auth: { scheme: requirement[0]!.scheme, scopes: [...scopes], principal: first.principal } };
    }
    if (accepted) authenticated = true;
  }
  return authenticated ? { ok: false, kind: 'missingScope', challenge: undefined } : { ok: false, kind: 'unauthenticated', challenge: challengeOf(requirements, schemes) };
}
