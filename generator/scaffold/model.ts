import type { ApiIR, HttpMethod } from '../ir/ir.js';
import type { PackageNames } from '../naming/package-names.js';

/** What the scaffold needs of a spec: its operations as the package names them, and what its security asks for. */
export interface ScaffoldModel {
  title: string;
  /** The package the project depends on, as `import` names it. */
  packageName: string;
  operations: ScaffoldOperation[];
  /**
   * Whether an operation names a security scheme (as its only requirement or as one alternative): then
   * `createHandler` needs `authenticate`, and the project has one.
   */
  secured: boolean;
  /** The kinds of credentials the security schemes take, in the order `Authenticate` names them. */
  credentials: CredentialKind[];
  /** Every scope the spec declares or an operation requires, in document order. */
  scopes: string[];
}

export interface ScaffoldOperation {
  /** The operation's name in code, from the name planner: the handler's key, function and module name. */
  name: string;
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string | undefined;
}

export type CredentialKind = 'bearer' | 'apiKey' | 'basic';

const CREDENTIAL_ORDER: readonly CredentialKind[] = ['bearer', 'apiKey', 'basic'];

export function scaffoldModel(ir: ApiIR, names: PackageNames, packageName: string): ScaffoldModel {
  const operations = ir.operations.map((op) => {
    const planned = names.operations.get(op.id);
    if (planned === undefined) throw new Error(`the name planner gave operation ${op.id} no name`);
    return { name: planned.name, operationId: op.id, method: op.method, path: op.path, summary: op.summary };
  });
  const secured = ir.operations.some((op) => op.security.some((requirement) => requirement.length > 0));
  const kinds = new Set<CredentialKind>();
  const scopes = new Set<string>();
  for (const scheme of ir.securitySchemes.values()) {
    const kind = credentialKind(scheme.type, scheme.scheme);
    if (kind !== undefined) kinds.add(kind);
    scheme.scopes.forEach((scope) => scopes.add(scope));
  }
  for (const op of ir.operations) for (const requirement of op.security) for (const { scopes: required } of requirement) required.forEach((scope) => scopes.add(scope));
  return {
    title: ir.title,
    packageName,
    operations,
    secured,
    credentials: CREDENTIAL_ORDER.filter((kind) => kinds.has(kind)),
    scopes: [...scopes],
  };
}

/** How credentials of a security scheme arrive: OAuth 2 and OpenID Connect access tokens come as bearer tokens. */
function credentialKind(type: string, scheme: string | undefined): CredentialKind | undefined {
  if (type === 'apiKey') return 'apiKey';
  if (type === 'oauth2' || type === 'openIdConnect') return 'bearer';
  if (type === 'http') {
    const name = scheme?.toLowerCase();
    if (name === 'bearer') return 'bearer';
    if (name === 'basic') return 'basic';
  }
  return undefined;
}
