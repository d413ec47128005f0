import type { ApiIR, OperationIR } from '../../ir/ir.js';
import { toLiteral } from '../literal.js';
import { securitySchemeData } from '../security-schemes.js';

/** The header parameter a client may set once and repeat on every attempt, which makes a POST safe to retry. */
const IDEMPOTENCY_KEY = 'idempotency-key';

export function idempotencyKeyOf(op: OperationIR): string | undefined {
  return op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === IDEMPOTENCY_KEY)?.name;
}

/** The runtime's `ClientOperation` of an operation, as a literal: what the client needs to put it on the wire. */
export function clientOperationLiteral(op: OperationIR, name: string): string {
  const idempotencyKey = idempotencyKeyOf(op);
  const operation = {
    name,
    ...(op.id === name ? {} : { id: op.id }),
    method: op.method.toUpperCase(),
    path: op.path,
    parameters: op.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      style: p.style,
      explode: p.explode,
      ...(p.allowReserved ? { allowReserved: true } : {}),
      ...(p.contentType === undefined ? {} : { contentType: p.contentType }),
    })),
    ...(op.requestBody ? { body: op.requestBody.content.map((media) => media.mediaType) } : {}),
    security: op.security.map((requirement) => requirement.map((entry) => entry.scheme)),
    statuses: op.responses.map((response) => response.status),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  };
  return toLiteral(operation);
}

/**
 * The runtime's `ClientDescriptor` as a literal: the spec's first server URL when it is absolute and has no
 * variables (the client then needs no `baseUrl`), and the security schemes by name.
 */
export function clientDescriptorLiteral(ir: ApiIR): string {
  const url = ir.servers[0]?.url;
  const baseUrl = url !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.includes('{') ? url : undefined;
  const schemes: Record<string, unknown> = Object.create(null);
  for (const [name, scheme] of ir.securitySchemes) {
    schemes[name] = securitySchemeData(scheme);
  }
  return toLiteral({ baseUrl, schemes });
}
