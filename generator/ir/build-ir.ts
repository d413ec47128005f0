import type { JsonSchema } from '../schema/json-schema.js';
import { namedSchemaReach } from './read-write.js';
import { ERRORS_EXTENSION, SCOPES_EXTENSION, isErrorKind, type ErrorKind } from '../spec/extensions.js';
import { isObject } from '../util/is-object.js';
import { escapePointerSegment, pointerOf, segmentsOf, valueAt } from '../util/json-pointer.js';
import type {
  ApiIR,
  ErrorAnswerIR,
  ErrorMappingIR,
  HeaderIR,
  HttpMethod,
  ExampleIR,
  MediaIR,
  OperationIR,
  ParameterIR,
  ParameterLocation,
  RequestBodyIR,
  ResponseIR,
  SecurityRequirementIR,
  SecuritySchemeIR,
} from './ir.js';
import { normalizeSchema } from '../schema/normalize-schema.js';
import { COMPONENT_SCHEMA_REF, schemaRef } from './schema-ref.js';
import { deriveOperationId } from './operation-id.js';
import { UnsupportedConstructError } from './unsupported.js';
import { completeErrorAnswers } from './error-answers.js';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Doc = Record<string, unknown>;

/** Builds the IR from a bundled document (every `$ref` local). */
export function buildIR(doc: Doc, version: '3.0' | '3.1'): ApiIR {
  const schemas = new Map<string, JsonSchema>();
  const componentSchemas = isObject(valueAt(doc, '#/components/schemas')) ? (valueAt(doc, '#/components/schemas') as Doc) : {};
  // A `$ref` into anything but a whole component schema gets a named schema of its own, keyed by its pointer.
  const extraRefs = new Map<string, string>();
  const pendingRefs: [name: string, ref: string][] = [];
  const rewriteRef = (ref: string): string => {
    if (!ref.startsWith('#')) throw new UnsupportedConstructError(`external reference ${JSON.stringify(ref)} was not bundled`, '');
    const segments = segmentsOf(ref);
    if (segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas' && Object.hasOwn(componentSchemas, segments[2]!)) {
      return schemaRef(segments[2]!);
    }
    let name = extraRefs.get(ref);
    if (!name) {
      name = pointerOf(segments);
      extraRefs.set(ref, name);
      if (valueAt(doc, ref) === undefined) throw new UnsupportedConstructError(`$ref ${JSON.stringify(ref)} does not resolve`, '');
      pendingRefs.push([name, ref]);
    }
    return schemaRef(name);
  };
  const schema = (node: unknown): JsonSchema => normalizeSchema(node, version, rewriteRef);

  for (const name of Object.keys(componentSchemas)) schemas.set(name, schema(componentSchemas[name]));

  const deref = (node: unknown, pointer: string): { node: Doc; pointer: string } => {
    let current = node;
    let at = pointer;
    for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
      if (hops > 32) throw new UnsupportedConstructError('a chain of references loops', at);
      at = current.$ref;
      current = valueAt(doc, current.$ref);
      if (current === undefined) throw new UnsupportedConstructError(`$ref ${JSON.stringify(at)} does not resolve`, pointer);
    }
    if (!isObject(current)) throw new UnsupportedConstructError('expected an object here', at);
    return { node: current, pointer: at };
  };

  const securitySchemes = buildSecuritySchemes(doc);
  const documentErrors = buildErrorMapping(doc);
  const explicitIds = new Set<string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  // Keys of the Paths Object that start with `x-` are specification extensions, not paths.
  const pathKeys = Object.keys(paths).filter((key) => !key.startsWith('x-'));
  for (const path of pathKeys) {
    const item = isObject(paths[path]) ? deref(paths[path], pointerOf(['paths', path])).node : {};
    for (const method of METHODS) {
      const op = item[method];
      if (isObject(op) && typeof op.operationId === 'string') explicitIds.add(op.operationId);
    }
  }

  const operations: OperationIR[] = [];
  const usedIds = new Set<string>();
  for (const path of pathKeys) {
    const itemAt = pointerOf(['paths', path]);
    const { node: item, pointer: itemPointer } = deref(paths[path], itemAt);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const at = `${itemPointer}/${method}`;
      const idDerived = typeof op.operationId !== 'string';
      const id = idDerived ? deriveOperationId(method, path, (candidate) => explicitIds.has(candidate) || usedIds.has(candidate)) : (op.operationId as string);
      if (usedIds.has(id)) throw new UnsupportedConstructError(`operationId ${JSON.stringify(id)} is used twice`, `${at}/operationId`);
      usedIds.add(id);

      const parameters = mergeParameters(
        shared.map((p, i) => ({ raw: p, at: `${itemPointer}/parameters/${i}` })),
        (Array.isArray(op.parameters) ? op.parameters : []).map((p, i) => ({ raw: p, at: `${at}/parameters/${i}` })),
        deref,
        schema,
      );
      const requestBody = op.requestBody === undefined ? undefined : buildRequestBody(deref(op.requestBody, `${at}/requestBody`), deref, schema);
      const declared = isObject(op.responses) ? op.responses : {};
      const responses = Object.keys(declared).map((status) =>
        buildResponse(status, deref(declared[status], `${at}/responses/${escapePointerSegment(status)}`), deref, schema),
      );
      const security = buildSecurity(Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : []);
      operations.push({
        id,
        idDerived,
        method,
        path,
        summary: text(op.summary),
        description: text(op.description),
        deprecated: op.deprecated === true,
        tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
        parameters,
        requestBody,
        responses,
        security,
        errorKinds: withoutUndocumentedBodies(operationErrorKinds(documentErrors, op), responses),
        pointer: at,
      });
    }
  }

  // Schemas named by `$ref`s into other places; resolving one may name more, so drain the queue.
  for (let i = 0; i < pendingRefs.length; i++) {
    const [name, ref] = pendingRefs[i]!;
    schemas.set(name, schema(valueAt(doc, ref)));
  }

  const info = isObject(doc.info) ? doc.info : {};
  return {
    openapi: version,
    title: text(info.title) ?? 'API',
    version: text(info.version) ?? '',
    description: text(info.description),
    servers: (Array.isArray(doc.servers) ? doc.servers : []).filter(isObject).map((s) => ({ url: String(s.url ?? '/'), description: text(s.description) })),
    schemas,
    readWriteReach: namedSchemaReach(schemas),
    operations,
    securitySchemes,
    errors: documentErrors,
    errorAnswers: completeErrorAnswers(documentErrors?.kinds ?? new Map()),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

type Deref = (node: unknown, pointer: string) => { node: Doc; pointer: string };
type SchemaOf = (node: unknown) => JsonSchema;

const DEFAULT_STYLE: Record<ParameterLocation, ParameterIR['style']> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };
const STYLES = new Set(['simple', 'form', 'matrix', 'label', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/** Path-item parameters, overridden by the operation's own of the same name and location. */
function mergeParameters(shared: { raw: unknown; at: string }[], own: { raw: unknown; at: string }[], deref: Deref, schema: SchemaOf): ParameterIR[] {
  const byKey = new Map<string, ParameterIR>();
  for (const { raw, at } of [...shared, ...own]) {
    const { node: p, pointer } = deref(raw, at);
    const location = p.in;
    if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') {
      throw new UnsupportedConstructError(`parameter location ${JSON.stringify(location)} is not one of path, query, header, cookie`, `${pointer}/in`);
    }
    const name = String(p.name);
    const style = p.style === undefined ? DEFAULT_STYLE[location] : String(p.style);
    if (!STYLES.has(style)) throw new UnsupportedConstructError(`parameter style ${JSON.stringify(style)} is not an OpenAPI style`, `${pointer}/style`);
    let valueSchema: JsonSchema;
    let contentType: string | undefined;
    if (p.schema !== undefined) valueSchema = schema(p.schema);
    else if (isObject(p.content) && Object.keys(p.content).length === 1) {
      contentType = Object.keys(p.content)[0]!;
      const media = p.content[contentType];
      valueSchema = schema(isObject(media) ? media.schema : undefined);
    } else throw new UnsupportedConstructError(`parameter ${JSON.stringify(name)} has neither a schema nor exactly one content entry`, pointer);
    const key = `${location}:${location === 'header' ? name.toLowerCase() : name}`;
    byKey.delete(key);
    byKey.set(key, {
      name,
      in: location,
      required: location === 'path' ? true : p.required === true,
      deprecated: p.deprecated === true,
      description: text(p.description),
      style: style as ParameterIR['style'],
      explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
      // OpenAPI: allowReserved applies only to query parameters.
      allowReserved: location === 'query' && p.allowReserved === true,
      schema: valueSchema,
      contentType,
      examples: contentType !== undefined && isObject(p.content) && isObject(p.content[contentType])
        ? buildExamples(p.content[contentType] as Doc, deref, `${pointer}/content/${escapePointerSegment(contentType)}`)
        : buildExamples(p, deref, pointer),
    });
  }
  return [...byKey.values()];
}

function buildContent(content: unknown, schema: SchemaOf, deref: Deref, pointer: string): MediaIR[] {
  if (!isObject(content)) return [];
  return Object.keys(content).map((mediaType) => {
    const media = content[mediaType];
    return {
      mediaType,
      schema: isObject(media) && media.schema !== undefined ? schema(media.schema) : undefined,
      examples: isObject(media) ? buildExamples(media, deref, `${pointer}/${escapePointerSegment(mediaType)}`) : [],
    };
  });
}

/** `examples` by name (each an Example Object or a `$ref` to one), else a lone `example`. */
function buildExamples(holder: Doc, deref: Deref, pointer: string): ExampleIR[] {
  if (isObject(holder.examples)) {
    const examples: ExampleIR[] = [];
    for (const name of Object.keys(holder.examples)) {
      const { node } = deref(holder.examples[name], `${pointer}/examples/${escapePointerSegment(name)}`);
      if (Object.prototype.hasOwnProperty.call(node, 'value')) examples.push({ name, value: node.value });
    }
    return examples;
  }
  return Object.prototype.hasOwnProperty.call(holder, 'example') ? [{ name: 'example', value: holder.example }] : [];
}

function buildRequestBody({ node, pointer }: { node: Doc; pointer: string }, deref: Deref, schema: SchemaOf): RequestBodyIR {
  return { required: node.required === true, description: text(node.description), content: buildContent(node.content, schema, deref, `${pointer}/content`) };
}

function buildResponse(status: string, { node, pointer }: { node: Doc; pointer: string }, deref: Deref, schema: SchemaOf): ResponseIR {
  const headers: HeaderIR[] = [];
  if (isObject(node.headers)) {
    for (const name of Object.keys(node.headers)) {
      // OpenAPI: a response header named Content-Type is ignored; the content map says it.
      if (name.toLowerCase() === 'content-type') continue;
      const { node: header } = deref(node.headers[name], `${pointer}/headers/${escapePointerSegment(name)}`);
      const media = isObject(header.content) ? Object.values(header.content)[0] : undefined;
      headers.push({ name, required: header.required === true, schema: schema(header.schema ?? (isObject(media) ? media.schema : undefined)) });
    }
  }
  return { status, description: text(node.description) ?? '', headers, content: buildContent(node.content, schema, deref, `${pointer}/content`) };
}

function buildSecurity(requirements: unknown[]): SecurityRequirementIR[] {
  return requirements.filter(isObject).map((requirement) =>
    Object.keys(requirement).map((scheme) => ({
      scheme,
      scopes: Array.isArray(requirement[scheme]) ? (requirement[scheme] as unknown[]).map(String) : [],
    })),
  );
}

function buildSecuritySchemes(doc: Doc): Map<string, SecuritySchemeIR> {
  const schemes = new Map<string, SecuritySchemeIR>();
  const declared = valueAt(doc, '#/components/securitySchemes');
  if (!isObject(declared)) return schemes;
  for (const name of Object.keys(declared)) {
    const scheme = declared[name];
    if (!isObject(scheme)) continue;
    const scopes = new Set<string>();
    if (isObject(scheme.flows)) {
      for (const flow of Object.values(scheme.flows)) if (isObject(flow) && isObject(flow.scopes)) Object.keys(flow.scopes).forEach((s) => scopes.add(s));
    }
    if (isObject(scheme[SCOPES_EXTENSION])) Object.keys(scheme[SCOPES_EXTENSION] as Doc).forEach((s) => scopes.add(s));
    schemes.set(name, {
      type: String(scheme.type),
      scheme: text(scheme.scheme),
      in: text(scheme.in),
      name: text(scheme.name),
      scopes: [...scopes],
    });
  }
  return schemes;
}

function answer(raw: unknown): ErrorAnswerIR | undefined {
  if (!isObject(raw) || typeof raw.status !== 'number') return undefined;
  return { status: raw.status, contentType: 'application/json', body: raw.body, fill: (isObject(raw.fill) ? raw.fill : {}) as ErrorAnswerIR['fill'] };
}

function kindsOf(raw: unknown): Map<ErrorKind, ErrorAnswerIR> {
  const kinds = new Map<ErrorKind, ErrorAnswerIR>();
  if (!isObject(raw)) return kinds;
  for (const name of Object.keys(raw)) {
    const parsed = answer(raw[name]);
    if (isErrorKind(name) && parsed) kinds.set(name, parsed);
  }
  return kinds;
}

function buildErrorMapping(doc: Doc): ErrorMappingIR | undefined {
  const raw = doc[ERRORS_EXTENSION];
  if (!isObject(raw)) return undefined;
  const envelope = typeof raw.envelope === 'string' && raw.envelope.startsWith(COMPONENT_SCHEMA_REF) ? segmentsOf(raw.envelope)[2] : undefined;
  const forbiddenFields = (Array.isArray(raw.forbiddenFields) ? raw.forbiddenFields : []).flatMap((entry) => {
    const parsed = answer(entry);
    return parsed && isObject(entry) && typeof entry.operationId === 'string' && typeof entry.pointer === 'string'
      ? [{ ...parsed, operationId: entry.operationId, pointer: entry.pointer }]
      : [];
  });
  return { envelope, kinds: kindsOf(raw.kinds), forbiddenFields };
}

/**
 * An error the operation documents at its status without content (a bare `401`) is answered without a body: the
 * envelope's body there would break the operation's own contract.
 */
function withoutUndocumentedBodies(kinds: Map<ErrorKind, ErrorAnswerIR>, responses: readonly ResponseIR[]): Map<ErrorKind, ErrorAnswerIR> {
  for (const [kind, answer] of kinds) {
    const documented = responses.find((response) => response.status === String(answer.status));
    if (documented !== undefined && documented.content.length === 0) kinds.set(kind, { status: answer.status, contentType: '', body: undefined, fill: {} });
  }
  return kinds;
}

function operationErrorKinds(document: ErrorMappingIR | undefined, op: Doc): Map<ErrorKind, ErrorAnswerIR> {
  const kinds = new Map(document?.kinds ?? []);
  const own = op[ERRORS_EXTENSION];
  if (isObject(own)) for (const [kind, value] of kindsOf(own.kinds)) kinds.set(kind, value);
  return completeErrorAnswers(kinds);
}

