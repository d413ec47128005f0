import type { ContractOperation, CredentialPlacement } from '../../../templates/package/contract-model.js';
import type { ApiIR, OperationIR } from '../../ir/ir.js';
import type { PackageNames } from '../../naming/package-names.js';
import { mediaTypeEssence } from '../../spec/media-types.js';
import { operationNames } from './operation-names.js';

/** What the checks know of each operation beyond its endpoint's validators, by its name in code. */
export function contractOperations(ir: ApiIR, names?: PackageNames): Record<string, ContractOperation> {
  const byId = operationNames(ir, names);
  const out: Record<string, ContractOperation> = {};
  for (const op of ir.operations) {
    const media: Record<string, string[]> = {};
    const headers: Record<string, string[]> = {};
    for (const response of op.responses) {
      media[response.status] = [...new Set(response.content.map((m) => mediaTypeEssence(m.mediaType)))];
      headers[response.status] = response.headers.filter((h) => h.required).map((h) => h.name.toLowerCase());
    }
    const credentials = credentialPlacement(ir, op);
    out[byId.get(op.id)!] = {
      method: op.method.toUpperCase(),
      path: op.path,
      statuses: op.responses.map((r) => r.status),
      media,
      headers,
      ...(credentials ? { credentials } : {}),
      scoped: isScoped(op),
    };
  }
  return out;
}

/** Whether the operation requires credentials at all (no empty requirement among its alternatives). */
export function isSecured(op: OperationIR): boolean {
  return op.security.length > 0 && op.security.every((r) => r.length > 0);
}

/** Whether every alternative requirement names scopes: a token without them must get 403. */
export function isScoped(op: OperationIR): boolean {
  return isSecured(op) && op.security.every((r) => r.some((s) => s.scopes.length > 0));
}

function credentialPlacement(ir: ApiIR, op: OperationIR): CredentialPlacement | undefined {
  if (!isSecured(op)) return undefined;
  const first = op.security[0]![0]!;
  const scheme = ir.securitySchemes.get(first.scheme);
  if (!scheme) return undefined;
  const kind = scheme.scheme?.toLowerCase();
  // OAuth 2 and OpenID Connect access tokens go as bearer tokens, as the generated server reads them.
  if ((scheme.type === 'http' && kind === 'bearer') || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return { kind: 'bearer' };
  if (scheme.type === 'http' && kind === 'basic') return { kind: 'basic' };
  if (scheme.type === 'apiKey' && scheme.name && (scheme.in === 'header' || scheme.in === 'query' || scheme.in === 'cookie')) {
    return { kind: 'apiKey', in: scheme.in, name: scheme.name };
  }
  return undefined;
}
