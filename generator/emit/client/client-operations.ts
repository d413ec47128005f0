import type { ApiIR, OperationIR, SecuritySchemeIR } from '../../ir/ir.js';
import { mediaTypeEssence } from '../../spec/media-types.js';
import { propertyKey, toLiteral } from '../literal.js';
import { securitySchemeData } from '../security-schemes.js';

/** The header parameter a client may set once and repeat on every attempt, which makes a POST safe to retry. */
const IDEMPOTENCY_KEY = 'idempotency-key';

export function idempotencyKeyOf(op: OperationIR): string | undefined {
  return op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === IDEMPOTENCY_KEY)?.name;
}

/**
 * The runtime's request encoders (request-encoding.ts) by what they encode, and the names the client module imports
 * them under. An operation's literal names only the ones it needs, so that a bundle of a few calls carries no more.
 */
export const ENCODERS = {
  path: { runtime: 'encodePath', local: '$encodePath' },
  simplePath: { runtime: 'encodeSimplePath', local: '$encodeSimplePath' },
  query: { runtime: 'encodeQuery', local: '$encodeQuery' },
  header: { runtime: 'encodeHeader', local: '$encodeHeader' },
  cookie: { runtime: 'encodeCookie', local: '$encodeCookie' },
  json: { runtime: 'jsonBody', local: '$jsonBody' },
  form: { runtime: 'formBody', local: '$formBody' },
  multipart: { runtime: 'multipartBody', local: '$multipartBody' },
  text: { runtime: 'textBody', local: '$textBody' },
  binary: { runtime: 'binaryBody', local: '$binaryBody' },
} as const;

export type EncoderKind = keyof typeof ENCODERS;

/** The body encoder of a media type, by the runtime's own reading of it (request-encoding.ts `encodeBody`). */
function bodyEncoderOf(mediaType: string): EncoderKind {
  const type = mediaTypeEssence(mediaType);
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'multipart/form-data') return 'multipart';
  return type.startsWith('text/') ? 'text' : 'binary';
}

/**
 * The runtime's `ClientOperation` of an operation, as code: what the client needs to put it on the wire, with the
 * encoders it names, which are added to `uses`.
 */
export function clientOperationCode(op: OperationIR, name: string, uses: Set<EncoderKind>): string {
  const idempotencyKey = idempotencyKeyOf(op);
  const data = {
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
    security: op.security.map((requirement) => requirement.map((entry) => entry.scheme)),
    statuses: op.responses.map((response) => response.status),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  };
  const use = (kind: EncoderKind): string => {
    uses.add(kind);
    return ENCODERS[kind].local;
  };
  const locations = (['path', 'query', 'header', 'cookie'] as const).filter((location) => op.parameters.some((p) => p.in === location) || (location === 'path' && op.path.includes('{')));
  const fields = Object.entries(data).map(([key, value]) => `${propertyKey(key)}: ${toLiteral(value)}`);
  const pathEncoder = (): string => use(op.parameters.every((p) => p.in !== 'path' || p.style === 'simple') ? 'simplePath' : 'path');
  fields.push(`encoders: { ${locations.map((location) => `${location}: ${location === 'path' ? pathEncoder() : use(location)}`).join(', ')} }`);
  if (op.requestBody) fields.push(`body: [${op.requestBody.content.map((media) => `[${toLiteral(media.mediaType)}, ${use(bodyEncoderOf(media.mediaType))}]`).join(', ')}]`);
  return `{ ${fields.join(', ')} }`;
}

/** The runtime's ways of sending a scheme's credential (client-runtime.ts), and the names the client module imports. */
export const CREDENTIALS = {
  bearer: { runtime: 'bearerCredential', local: '$bearerCredential' },
  basic: { runtime: 'basicCredential', local: '$basicCredential' },
  apiKey: { runtime: 'apiKeyCredential', local: '$apiKeyCredential' },
} as const;

export type CredentialKind = keyof typeof CREDENTIALS;

function credentialOf(scheme: SecuritySchemeIR): CredentialKind | undefined {
  const httpScheme = scheme.scheme?.toLowerCase();
  if (scheme.type === 'apiKey') return 'apiKey';
  if (scheme.type === 'http') return httpScheme === 'bearer' ? 'bearer' : httpScheme === 'basic' ? 'basic' : undefined;
  return scheme.type === 'oauth2' || scheme.type === 'openIdConnect' ? 'bearer' : undefined;
}

/**
 * The runtime's `ClientDescriptor` as code: the spec's first server URL when it is absolute and has no variables (the
 * client then needs no `baseUrl`), and the security schemes by name, each with the way its credential is sent (added
 * to `uses`).
 */
export function clientDescriptorCode(ir: ApiIR, uses: Set<CredentialKind>): string {
  const url = ir.servers[0]?.url;
  const baseUrl = url !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.includes('{') ? url : undefined;
  const schemes = [...ir.securitySchemes].map(([name, scheme]) => {
    const fields = Object.entries(securitySchemeData(scheme)).map(([key, value]) => `${propertyKey(key)}: ${toLiteral(value)}`);
    const credential = credentialOf(scheme);
    if (credential !== undefined) {
      uses.add(credential);
      fields.push(`credential: ${CREDENTIALS[credential].local}`);
    }
    return `${propertyKey(name)}: { ${fields.join(', ')} }`;
  });
  return `{ baseUrl: ${toLiteral(baseUrl)}, schemes: { ${schemes.join(', ')} } }`;
}
