import { isObject } from '../../util/is-object.js';
import { escapePointerSegment, unescapePointerSegment } from '../../util/json-pointer.js';
import type { JsonSchema } from '../json-schema.js';
import { forEachSubschema, subschemaShape } from '../subschemas.js';
import { UnsupportedSchemaError } from './unsupported-schema-error.js';

/** A schema document the compiler reads: a named schema, a root's inline schema, or a remote. */
export interface SchemaDocument {
  id: string;
  /** Named schema name, or undefined for an inline root. */
  name: string | undefined;
  /** For roots: the export name (used in messages). */
  root: string | undefined;
  schema: JsonSchema;
  /** The URI the document is retrieved from: a remote's, or one specforge gives it (before its own `$id`). */
  uri: string;
}

/** A place in a schema document: the segments of the JSON pointer from the document's root. */
export interface SchemaLocation {
  document: SchemaDocument;
  path: readonly string[];
}

/** The base URI of the OpenAPI document: named schemas live in it, at `#/components/schemas/<name>`. */
const OPENAPI_DOCUMENT_URI = 'specforge:/openapi';

/** The JSON pointer (with the document's URI before the `#` for a remote) messages and doc comments give. */
export function schemaPointer(location: SchemaLocation): string {
  const { document } = location;
  const base = document.name !== undefined ? `#/components/schemas/${escapePointerSegment(document.name)}` : document.uri.startsWith('specforge:') ? '#' : `${document.uri}#`;
  return base + location.path.map((segment) => '/' + escapePointerSegment(segment)).join('');
}

/** A key for a location, unique across documents. */
export function locationKey(location: SchemaLocation): string {
  return `${location.document.id}${schemaPointer(location)}`;
}

export function childLocation(location: SchemaLocation, ...segments: string[]): SchemaLocation {
  return { document: location.document, path: [...location.path, ...segments] };
}

/** `reference` resolved against `base` (RFC 3986), or undefined when it is not a URI reference. */
function resolveUri(reference: string, base: string): string | undefined {
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

/** A remote's URI as a key: absolute and normalized, without an empty fragment. */
export function absoluteUri(uri: string): string {
  return (resolveUri(uri, 'specforge:/') ?? uri).replace(/#$/, '');
}

export function unsupportedAt(keyword: string, location: SchemaLocation, reason: string): UnsupportedSchemaError {
  return new UnsupportedSchemaError(keyword, schemaPointer(location), location.document.root, reason);
}

/**
 * Every schema document of one compilation, and what `$id`, `$anchor` and `$dynamicAnchor` name in them: what
 * `$ref`s resolve against.
 */
export class SchemaDocuments {
  readonly named = new Map<string, SchemaDocument>();
  /** One per root, in the roots' order; roots with the same schema share one document. */
  readonly roots: SchemaDocument[] = [];
  readonly remotes: SchemaDocument[] = [];
  private readonly resources = new Map<string, SchemaLocation>();
  private readonly anchors = new Map<string, SchemaLocation>();
  /** Each resource's `$dynamicAnchor`s, by the resource's URI (see DynamicScope in the runtime). */
  private readonly dynamicAnchors = new Map<string, Map<string, SchemaLocation>>();
  /**
   * Whether any schema has a `$dynamicRef`: then every function takes the dynamic scope (the `$dynamicAnchor`s of
   * the resources evaluation has entered, outermost first) and passes it on.
   */
  hasDynamicRef = false;
  /** Whether any schema declares a `$vocabulary` (a metaschema): only then may a vocabulary be turned off. */
  hasVocabulary = false;

  constructor(named: ReadonlyMap<string, JsonSchema>, remotes: ReadonlyMap<string, JsonSchema> | undefined, roots: readonly { exportName: string; schema: JsonSchema }[]) {
    for (const [name, schema] of named) {
      this.named.set(name, { id: `named:${name}`, name, root: undefined, schema, uri: OPENAPI_DOCUMENT_URI });
    }
    [...(remotes ?? [])].forEach(([uri, schema], index) => {
      this.remotes.push({ id: `remote:${index}`, name: undefined, root: undefined, schema, uri: absoluteUri(uri) });
    });
    // Roots with the same schema (every response's `X-Request-Id` header, say) share one compiled function.
    const byText = new Map<string, SchemaDocument>();
    roots.forEach((root, index) => {
      const text = JSON.stringify(root.schema);
      const shared = byText.get(text);
      if (shared) {
        this.roots.push(shared);
        return;
      }
      const document = { id: `root:${index}`, name: undefined, root: root.exportName, schema: root.schema, uri: `specforge:/root/${index}` };
      byText.set(text, document);
      this.roots.push(document);
    });
    for (const document of [...new Set(this.roots), ...this.remotes, ...this.named.values()]) this.registerResources(document);
  }

  /** Every schema resource by its absolute URI (no fragment), and every anchor by its URI with the fragment. */
  private registerResources(document: SchemaDocument): void {
    if (document.name === undefined) this.resources.set(document.uri, { document, path: [] });
    const walk = (schema: JsonSchema, path: string[], base: string): void => {
      if (!isObject(schema)) return;
      const id = schema['$id'];
      if (typeof id === 'string') {
        const uri = resolveUri(id, base);
        if (uri !== undefined) {
          base = uri.replace(/#.*$/, '');
          if (!this.resources.has(base)) this.resources.set(base, { document, path });
        }
      }
      for (const keyword of ['$anchor', '$dynamicAnchor']) {
        const anchor = schema[keyword];
        if (typeof anchor === 'string' && !this.anchors.has(`${base}#${anchor}`)) this.anchors.set(`${base}#${anchor}`, { document, path });
      }
      const dynamicAnchor = schema['$dynamicAnchor'];
      if (typeof dynamicAnchor === 'string') {
        let anchors = this.dynamicAnchors.get(base);
        if (anchors === undefined) this.dynamicAnchors.set(base, (anchors = new Map()));
        if (!anchors.has(dynamicAnchor)) anchors.set(dynamicAnchor, { document, path });
      }
      if (typeof schema['$dynamicRef'] === 'string') this.hasDynamicRef = true;
      if (isObject(schema['$vocabulary'])) this.hasVocabulary = true;
      forEachSubschema(schema, (subschema, segments) => walk(subschema, [...path, ...segments], base));
    };
    walk(document.schema, [], document.uri);
  }

  /** The base URI in effect at `location`: its document's, changed by each `$id` on the way (its own included). */
  baseUri(location: SchemaLocation): string {
    let base = location.document.uri;
    let schema: unknown = location.document.schema;
    const apply = (): void => {
      if (isObject(schema) && typeof schema['$id'] === 'string') base = resolveUri(schema['$id'], base)?.replace(/#.*$/, '') ?? base;
    };
    apply();
    for (let i = 0; i < location.path.length; ) {
      const keyword = location.path[i]!;
      if (!isObject(schema)) return base;
      const shape = subschemaShape(keyword, undefined);
      const width = shape === 'schema' ? 1 : shape === undefined ? 0 : 2;
      // A pointer into something that is not a subschema (an unknown keyword's value): no `$id` there counts.
      if (width === 0 || i + width > location.path.length) return base;
      schema = width === 1 ? schema[keyword] : (schema[keyword] as Record<string, unknown> | undefined)?.[location.path[i + 1]!];
      i += width;
      apply();
    }
    return base;
  }

  /** The root of the resource `uri` names, if a document has it. */
  resource(uri: string): SchemaLocation | undefined {
    return this.resources.get(uri);
  }

  /**
   * The `$dynamicAnchor`s of the resource `location` is in. A function enters its resource's anchors into the dynamic
   * scope, whether it is the resource's root or a `$ref` into it; entering one already entered changes nothing.
   */
  resourceDynamicAnchors(location: SchemaLocation): Map<string, SchemaLocation> | undefined {
    return this.dynamicAnchors.get(this.baseUri(location));
  }

  /** Where `ref`, written at `location`, points; throws UnsupportedSchemaError when it points to no schema. */
  resolveRef(ref: unknown, location: SchemaLocation, keyword: '$ref' | '$dynamicRef' = '$ref'): SchemaLocation {
    if (typeof ref !== 'string') throw unsupportedAt(keyword, location, 'the reference is not a string');
    const uri = resolveUri(ref, this.baseUri(location));
    if (uri === undefined) throw unsupportedAt(keyword, location, `malformed reference ${JSON.stringify(ref)}`);
    const hash = uri.indexOf('#');
    const resourceUri = hash === -1 ? uri : uri.slice(0, hash);
    let fragment: string;
    try {
      fragment = hash === -1 ? '' : decodeURIComponent(uri.slice(hash + 1));
    } catch {
      throw unsupportedAt(keyword, location, `malformed reference ${JSON.stringify(ref)}`);
    }
    const resource = this.resources.get(resourceUri);
    let target: SchemaLocation;
    if (fragment !== '' && !fragment.startsWith('/')) {
      const anchored = this.anchors.get(`${resourceUri}#${fragment}`);
      if (anchored === undefined) throw unsupportedAt(keyword, location, `no schema has the anchor of ${JSON.stringify(ref)}`);
      target = anchored;
    } else {
      const segments = fragment === '' ? [] : fragment.slice(1).split('/').map(unescapePointerSegment);
      const inOpenApiDocument = resource === undefined ? resourceUri === OPENAPI_DOCUMENT_URI : resource.path.length === 0 && resource.document.uri.startsWith('specforge:');
      if (inOpenApiDocument && segments[0] === 'components' && segments[1] === 'schemas' && segments.length >= 3 && (resource === undefined || this.named.size > 0)) {
        const document = this.named.get(segments[2] ?? '');
        if (document === undefined) throw unsupportedAt(keyword, location, `no schema named by ${JSON.stringify(ref)}`);
        target = { document, path: segments.slice(3) };
      } else if (resource === undefined) {
        throw unsupportedAt(keyword, location, `no schema is known by ${JSON.stringify(resourceUri)} (a remote schema must be given to the compiler)`);
      } else {
        target = { document: resource.document, path: [...resource.path, ...segments] };
      }
    }
    if (this.schemaAt(target) === undefined) {
      throw unsupportedAt(keyword, location, `${JSON.stringify(ref)} does not point to a schema`);
    }
    return target;
  }

  /** Resolves a reference without throwing (for analysis of schemas that may never be compiled). */
  tryResolve(ref: unknown, location: SchemaLocation): SchemaLocation | undefined {
    try {
      return this.resolveRef(ref, location);
    } catch {
      return undefined;
    }
  }

  schemaAt(location: SchemaLocation): JsonSchema | undefined {
    let current: unknown = location.document.schema;
    for (const segment of location.path) {
      if (Array.isArray(current)) {
        if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
        current = current[Number(segment)];
      } else if (isObject(current) && Object.hasOwn(current, segment)) {
        current = current[segment];
      } else {
        return undefined;
      }
    }
    return isObject(current) || typeof current === 'boolean' ? current : undefined;
  }
}
