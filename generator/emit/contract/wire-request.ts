import type { CaseCredentials, CaseRequest } from '../../../templates/package/contract-model.js';
import type { OperationIR, ParameterIR } from '../../ir/ir.js';
import { setOwn } from '../../util/is-object.js';

/** A request as values, before it is written: parameters by location and name, and the body. */
export interface RequestValues {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
  /** Absent: no body sent. */
  body?: { value: unknown } | { text: string; contentType: string };
}

export type Location = 'path' | 'query' | 'headers' | 'cookies';

export const LOCATION_OF: Record<ParameterIR['in'], Location> = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' };

export function cloneValues(values: RequestValues): RequestValues {
  const copy: RequestValues = { path: byName(values.path), query: byName(values.query), headers: byName(values.headers), cookies: byName(values.cookies) };
  if (values.body !== undefined) copy.body = structuredClone(values.body);
  return copy;
}

/** No values yet: one record per location, by the parameter's name. */
export function emptyValues(): RequestValues {
  return { path: byName(), query: byName(), headers: byName(), cookies: byName() };
}

/**
 * A record of parameter values by name, without a prototype: a parameter named `__proto__` or `constructor` is a
 * key like any other, read back as undefined when absent and set as an own property.
 */
function byName(from: Record<string, unknown> = {}): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(from)) record[name] = structuredClone(from[name]);
  return record;
}

/** The exact wire request: path filled per style, query per style and explode, lower-case headers, JSON text. */
export function wireRequest(op: OperationIR, values: RequestValues, bodyMediaType: string | undefined, credentials: CaseCredentials = 'valid'): CaseRequest {
  let path = op.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const p of op.parameters) {
    const value = values[LOCATION_OF[p.in]][p.name];
    if (value === undefined) continue;
    if (p.in === 'path') path = path.split(`{${p.name}}`).join(pathText(p, value));
    else if (p.in === 'query') query.push(...queryPairs(p, value));
    else if (p.in === 'header') setOwn(headers, p.name.toLowerCase(), p.contentType ? JSON.stringify(value) : simpleText(value, p.explode, (s) => s));
    else cookies.push(`${p.name}=${encodeURIComponent(p.contentType ? JSON.stringify(value) : simpleText(value, p.explode, (s) => s))}`);
  }
  if (cookies.length) headers['cookie'] = cookies.join('; ');
  let body: string | undefined;
  if (values.body !== undefined) {
    if ('text' in values.body) {
      body = values.body.text;
      headers['content-type'] = values.body.contentType;
    } else {
      body = JSON.stringify(values.body.value);
      headers['content-type'] = bodyMediaType ?? 'application/json';
    }
  }
  return {
    method: op.method.toUpperCase(),
    path,
    ...(query.length ? { query: query.join('&') } : {}),
    headers,
    ...(body !== undefined ? { body } : {}),
    credentials,
  };
}

function scalarText(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const encode = (text: string) => encodeURIComponent(text);
/** `allowReserved`: RFC 3986 reserved characters go as they are; everything else is still encoded. */
const encodeReserved = (text: string) => encodeURI(text).replace(/[#&=+]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function simpleText(value: unknown, explode: boolean, enc: (s: string) => string): string {
  if (Array.isArray(value)) return value.map((item) => enc(scalarText(item))).join(',');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return explode ? entries.map(([k, v]) => `${enc(k)}=${enc(scalarText(v))}`).join(',') : entries.flatMap(([k, v]) => [enc(k), enc(scalarText(v))]).join(',');
  }
  return enc(scalarText(value));
}

function pathText(p: ParameterIR, value: unknown): string {
  if (p.contentType) return encode(JSON.stringify(value));
  switch (p.style) {
    case 'label': {
      if (Array.isArray(value)) return '.' + value.map((v) => encode(scalarText(v))).join(p.explode ? '.' : ',');
      if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        return '.' + (p.explode ? entries.map(([k, v]) => `${encode(k)}=${encode(scalarText(v))}`).join('.') : entries.flatMap(([k, v]) => [encode(k), encode(scalarText(v))]).join(','));
      }
      return '.' + encode(scalarText(value));
    }
    case 'matrix': {
      const name = encode(p.name);
      if (Array.isArray(value)) {
        return p.explode ? value.map((v) => `;${name}=${encode(scalarText(v))}`).join('') : `;${name}=${value.map((v) => encode(scalarText(v))).join(',')}`;
      }
      if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        return p.explode ? entries.map(([k, v]) => `;${encode(k)}=${encode(scalarText(v))}`).join('') : `;${name}=${entries.flatMap(([k, v]) => [encode(k), encode(scalarText(v))]).join(',')}`;
      }
      return `;${name}=${encode(scalarText(value))}`;
    }
    default:
      return simpleText(value, p.explode, encode);
  }
}

function queryPairs(p: ParameterIR, value: unknown): string[] {
  const enc = p.allowReserved ? encodeReserved : encode;
  const name = encode(p.name);
  if (p.contentType) return [`${name}=${enc(JSON.stringify(value))}`];
  if (p.style === 'deepObject' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).map(([k, v]) => `${name}%5B${encode(k)}%5D=${enc(scalarText(v))}`);
  }
  if (Array.isArray(value)) {
    if (p.style === 'spaceDelimited') return [`${name}=${value.map((v) => enc(scalarText(v))).join('%20')}`];
    if (p.style === 'pipeDelimited') return [`${name}=${value.map((v) => enc(scalarText(v))).join('|')}`];
    return p.explode ? value.map((v) => `${name}=${enc(scalarText(v))}`) : [`${name}=${value.map((v) => enc(scalarText(v))).join(',')}`];
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return p.explode ? entries.map(([k, v]) => `${encode(k)}=${enc(scalarText(v))}`) : [`${name}=${entries.flatMap(([k, v]) => [enc(k), enc(scalarText(v))]).join(',')}`];
  }
  return [`${name}=${enc(scalarText(value))}`];
}
