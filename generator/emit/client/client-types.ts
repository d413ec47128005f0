import type { ApiIR, MediaIR, OperationIR, ParameterLocation, ResponseIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import { reachesReadWrite } from '../../ir/read-write.js';
import type { OperationNames } from '../../naming/package-names.js';
import { isJsonMediaType, mediaTypeEssence } from '../../spec/media-types.js';
import { propertyKey } from '../literal.js';
import { idempotencyKeyOf } from './client-operations.js';

const PART_KEYS: Record<ParameterLocation, string> = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' };
const TYPE_KEYS: Record<ParameterLocation, string> = { path: 'path', query: 'query', header: 'header', cookie: 'cookie' };

const index = (...keys: string[]): string => keys.map((key) => `[${JSON.stringify(key)}]`).join('');

/**
 * What a client call of the operation takes: each parameter location's type (required when a parameter there is),
 * the body by media type (required when the spec says so; `contentType` chooses among several), and the call
 * options. The request types leave read-only fields out and type forbidden ones `never` (types emitter).
 */
export function clientInputType(ir: ApiIR, op: OperationIR, opNames: OperationNames): { type: string; optional: boolean } {
  const members: string[] = [];
  let optional = true;
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const name = opNames.parameterTypes[location];
    if (name === undefined) continue;
    const idempotencyKey = location === 'header' ? idempotencyKeyOf(op) : undefined;
    const keyRequired = idempotencyKey !== undefined && op.parameters.some((p) => p.in === 'header' && p.name === idempotencyKey && p.required);
    const required = op.parameters.some((p) => p.in === location && p.required && !(keyRequired && p.name === idempotencyKey));
    // The client sets an idempotency key itself when the call gives none.
    const type = keyRequired ? `Omit<types.${name}, ${JSON.stringify(idempotencyKey)}> & { ${propertyKey(idempotencyKey!)}?: types.${name}${index(idempotencyKey!)} | undefined }` : `types.${name}`;
    members.push(`${PART_KEYS[location]}${required ? '' : '?'}: ${type}${required ? '' : ' | undefined'}`);
    if (required) optional = false;
  }
  const head = members.length > 0 ? `{ ${members.join('; ')} } & CallOptions` : 'CallOptions';
  const body = op.requestBody;
  if (!body || body.content.length === 0) return { type: head, optional };
  if (body.required) optional = false;
  const mark = body.required ? '' : '?';
  const alternatives = body.content.map((media, i) => {
    const type = requestBodyType(ir, op, opNames, media);
    const contentType = `contentType${i === 0 ? '?' : ''}: ${JSON.stringify(media.mediaType)}${i === 0 ? ' | undefined' : ''}`;
    return body.content.length === 1 ? `{ body${mark}: ${type}${body.required ? '' : ' | undefined'} }` : `{ ${contentType}; body${mark}: ${type}${body.required ? '' : ' | undefined'} }`;
  });
  return { type: `${head} & ${alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`}`, optional };
}

function requestBodyType(ir: ApiIR, op: OperationIR, opNames: OperationNames, media: MediaIR): string {
  const essence = mediaTypeEssence(media.mediaType);
  const preferred = jsonMedia(op.requestBody!.content);
  if (media === preferred && opNames.requestBodyType) return `types.${opNames.requestBodyType}`;
  const indexed = (): string => {
    const at = `NonNullable<types.paths${index(op.path, op.method)}["requestBody"]>["content"]${index(media.mediaType)}`;
    return media.schema !== undefined && reachesReadWrite(ir, media.schema) ? `types.Writable<${at}>` : at;
  };
  if (isJsonMediaType(media.mediaType) || essence === 'application/x-www-form-urlencoded') return media.schema === undefined ? 'unknown' : indexed();
  if (essence === 'multipart/form-data') return media.schema === undefined ? 'WebFormData' : `${indexed()} | WebFormData`;
  if (essence.startsWith('text/')) return 'string';
  return 'BinaryBody';
}

/** The status type of a response key: `200` → `200`; `4XX` → its statuses but the ones listed alone; `default` → the rest. */
function statusType(key: string, exact: readonly string[], ranges: readonly string[]): string {
  if (/^\d{3}$/.test(key)) return key;
  if (/^[1-5]XX$/i.test(key)) {
    const range = `Status${key.charAt(0)}XX`;
    const inside = exact.filter((status) => status.charAt(0) === key.charAt(0));
    return inside.length > 0 ? `Exclude<${range}, ${inside.join(' | ')}>` : range;
  }
  return rest([...exact, ...ranges.map((range) => `Status${range.charAt(0)}XX`)]);
}

function rest(covered: readonly string[]): string {
  return covered.length > 0 ? `Exclude<HttpStatus, ${covered.join(' | ')}>` : 'HttpStatus';
}

function responseBodyType(ir: ApiIR, op: OperationIR, opNames: OperationNames, response: ResponseIR): string {
  if (response.content.length === 0) return 'undefined';
  const preferred = jsonMedia(response.content);
  const types = response.content.map((media) => {
    const essence = mediaTypeEssence(media.mediaType);
    if (media === preferred) {
      const named = opNames.responseTypes.get(response.status);
      if (named) return `types.${named}`;
    }
    if (isJsonMediaType(media.mediaType)) {
      if (media.schema === undefined) return 'unknown';
      const at = `types.paths${index(op.path, op.method)}["responses"]${index(response.status)}["content"]${index(media.mediaType)}`;
      return reachesReadWrite(ir, media.schema) ? `types.Readable<${at}>` : at;
    }
    if (essence.startsWith('text/') || essence === 'application/xml' || essence.endsWith('+xml') || essence === 'application/x-www-form-urlencoded') return 'string';
    return 'Uint8Array';
  });
  return [...new Set(types)].join(' | ');
}

/**
 * Every response the operation may resolve with: one member per documented status with that status's body, ranges
 * (`4XX`) and `default` as the statuses no other member has, so that comparing `status` narrows to one body; and,
 * when there is no `default`, the statuses the spec does not document, with `documented: false`.
 */
export function clientResultType(ir: ApiIR, op: OperationIR, opNames: OperationNames): string {
  const exact = op.responses.map((r) => r.status).filter((status) => /^\d{3}$/.test(status));
  const ranges = op.responses.map((r) => r.status).filter((status) => /^[1-5]XX$/i.test(status));
  const members = op.responses.map((response) => `DocumentedResponse<${statusType(response.status, exact, ranges)}, ${responseBodyType(ir, op, opNames, response)}>`);
  if (!op.responses.some((response) => response.status === 'default')) {
    members.push(`UndocumentedResponse<${rest([...exact, ...ranges.map((range) => `Status${range.charAt(0)}XX`)])}>`);
  }
  return members.join(' | ');
}
