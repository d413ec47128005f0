import type { Location, UserContext } from '@redocly/openapi-core';
import type { JsonSchema } from '../../schema/json-schema.js';
import { normalizeSchema } from '../../schema/normalize-schema.js';
import { forEachSubschema, subschemaShape } from '../../schema/subschemas.js';
import type { OpenApiVersion } from '../../load/read-spec.js';
import { isObject, setOwn } from '../../util/is-object.js';
import { escapePointerSegment, segmentsOf } from '../../util/json-pointer.js';

/**
 * How strictly an example's objects are checked against the properties their schemas declare. `closed`: a schema
 * that lists its properties (`properties`, `patternProperties`) admits no other property: it gets
 * `unevaluatedProperties: false`, as with Redocly's `allowAdditionalProperties: false`. An `allOf` member is left
 * open, since its siblings declare the rest; the schema holding the `allOf` closes the whole when it or one of the
 * members lists properties (Redocly's rule leaves such compositions open unless the holder lists properties itself).
 * `open`: schemas as written.
 */
export type Strictness = 'closed' | 'open';

/** Keywords that check nothing: left out of the copies, so that schemas which differ only in them are merged. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'externalDocs', 'xml', '$comment']);

/** `member`: a closed schema's `allOf` member, open at its own level and closed below. */
type Variant = Strictness | 'member';

interface Pending {
  node: unknown;
  file: string;
  /** The resource's URI. */
  resource: string;
  /** A component's name, which an OpenAPI discriminator without a mapping picks it by. */
  name: string | undefined;
  variant: Variant;
}

/**
 * The schemas that lint's example checks compile, as one registry of JSON Schema 2020-12 resources: every schema a
 * check names, and every schema those reach through `$ref` (in any file), each under a URI of its own, with its
 * `$ref`s and discriminator mappings rewritten to those URIs and OpenAPI 3.0's keywords normalized as the IR does.
 * One validator module compiled from the registry checks every example in the spec, sharing what their schemas share.
 */
export class ExampleSchemas {
  private readonly uris = new Map<string, string>();
  private readonly pending: Pending[] = [];
  private readonly settled = new Map<string, JsonSchema>();
  private readonly mergedInto = new Map<string, string>();

  constructor(
    private readonly resolve: UserContext['resolve'],
    private readonly version: OpenApiVersion,
  ) {}

  /** The URI of the schema `node`, found at `location`, checked with `strictness`. */
  uriOf(node: unknown, location: Location, strictness: Strictness): string {
    return this.register(node, location, strictness);
  }

  /**
   * Every registered schema, converted: the registry the checks' validators are compiled with. Schemas that check
   * the same (most of a spec's property schemas with examples are one of a few shapes, `{ type: string }` say) are
   * merged into one, so that each is compiled once; `canonical` gives the URI a registered one was merged into.
   */
  resources(): ReadonlyMap<string, JsonSchema> {
    for (let next = this.pending.pop(); next; next = this.pending.pop()) {
      const schema = normalizeSchema(this.copy(next.node, next.file, next.variant), this.version, (ref) => ref);
      // A component is `$defs/<name>` of its resource, so that the validator compiler knows it by its name.
      this.settled.set(next.resource, next.name === undefined ? schema : { $defs: { [next.name]: schema } });
    }
    this.mergeAlike();
    return this.settled;
  }

  /** The URI a registered schema's URI now stands for (see `resources`). */
  canonical(uri: string): string {
    const hash = uri.indexOf('#');
    const resource = hash === -1 ? uri : uri.slice(0, hash);
    const merged = this.mergedInto.get(resource);
    return merged === undefined ? uri : merged + uri.slice(resource.length);
  }

  /** Merges resources that are alike, then those whose references now name the same resources, until none are. */
  private mergeAlike(): void {
    const slots = [...this.settled.values()].flatMap(refSlots);
    for (;;) {
      let merged = false;
      const byShape = new Map<string, string>();
      for (const [uri, schema] of this.settled) {
        const shape = JSON.stringify(schema);
        const first = byShape.get(shape);
        if (first === undefined) {
          byShape.set(shape, uri);
        } else {
          this.mergedInto.set(uri, first);
          this.settled.delete(uri);
          merged = true;
        }
      }
      if (!merged) return;
      for (const [uri, into] of this.mergedInto) if (this.mergedInto.has(into)) this.mergedInto.set(uri, this.canonical(into));
      for (const [holder, key] of slots) holder[key] = this.canonical(holder[key] as string);
    }
  }

  private register(node: unknown, location: Location, variant: Variant): string {
    const key = `${variant} ${location.absolutePointer}`;
    let uri = this.uris.get(key);
    if (uri === undefined) {
      const resource = `urn:specforge:example-schema:${this.uris.size}`;
      const name = componentName(location.pointer);
      uri = name === undefined ? resource : `${resource}#/$defs/${encodeURIComponent(escapePointerSegment(name))}`;
      this.uris.set(key, uri);
      this.pending.push({ node, file: location.source.absoluteRef, resource, name, variant });
    }
    return uri;
  }

  /** The URI of what `ref` (written in `file`) names, or undefined when it resolves to nothing (reported elsewhere). */
  private target(ref: string, file: string, variant: Variant): string | undefined {
    const resolved = this.resolve({ $ref: ref }, file);
    return resolved.location ? this.register(resolved.node, resolved.location, variant) : undefined;
  }

  private copy(node: unknown, file: string, variant: Variant): unknown {
    if (!isObject(node)) return typeof node === 'boolean' ? node : {};
    const below: Variant = variant === 'open' ? 'open' : 'closed';
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
      if (key === '$ref' && typeof value === 'string') {
        // An unresolved reference accepts anything here: no-unresolved-refs reports it.
        setOwn(out, key, this.target(value, file, variant) ?? 'urn:specforge:example-schema:anything');
      } else if (subschemaShape(key, value, { legacy: true }) === 'schema') {
        setOwn(out, key, this.copy(value, file, below));
      } else if (subschemaShape(key, value, { legacy: true }) === 'list' && Array.isArray(value)) {
        const member: Variant = key === 'allOf' && variant !== 'open' ? 'member' : below;
        setOwn(out, key, value.map((item) => this.copy(item, file, member)));
      } else if (subschemaShape(key, value) === 'map' && isObject(value)) {
        const map: Record<string, unknown> = {};
        for (const name of Object.keys(value)) setOwn(map, name, this.copy(value[name], file, below));
        setOwn(out, key, map);
      } else if (key === 'discriminator' && isObject(value) && isObject(value.mapping)) {
        setOwn(out, key, { ...value, mapping: this.mapping(value.mapping, file, below) });
      } else {
        setOwn(out, key, value);
      }
    }
    if (out.$ref === 'urn:specforge:example-schema:anything') return {};
    if (variant === 'closed' && out.unevaluatedProperties === undefined && this.declaresProperties(node, file)) {
      out.unevaluatedProperties = false;
    }
    return out;
  }

  /** Whether a schema lists its properties: itself, or through the members of its `allOf` (via `$ref` too). */
  private declaresProperties(node: unknown, file: string, depth = 0): boolean {
    if (!isObject(node) || depth > 16) return false;
    if (isObject(node.properties) || isObject(node.patternProperties)) return true;
    if (typeof node.$ref === 'string' && depth > 0) {
      const resolved = this.resolve({ $ref: node.$ref }, file);
      if (resolved.location && this.declaresProperties(resolved.node, resolved.location.source.absoluteRef, depth + 1)) return true;
    }
    return Array.isArray(node.allOf) && node.allOf.some((member) => this.declaresProperties(member, file, depth + 1));
  }

  /** A discriminator's mapping with each value (a `$ref`, or a bare schema name) rewritten to its target's URI. */
  private mapping(mapping: Record<string, unknown>, file: string, variant: Variant): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(mapping)) {
      const value = mapping[name];
      if (typeof value !== 'string') continue;
      const ref = value.includes('/') || value.includes('#') ? value : `#/components/schemas/${value}`;
      const uri = this.target(ref, file, variant);
      if (uri !== undefined) setOwn(out, name, uri);
    }
    return out;
  }
}

/** The name of the schema component at `pointer` (`#/components/schemas/<name>`), if it is one. */
function componentName(pointer: string): string | undefined {
  const segments = segmentsOf(pointer);
  return segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas' ? segments[2] : undefined;
}

/** Where a converted schema names other schemas: its `$ref`s and discriminator mappings, as holder and key. */
function refSlots(schema: JsonSchema): [Record<string, unknown>, string][] {
  const slots: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown): void => {
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') slots.push([node, '$ref']);
    const mapping = isObject(node.discriminator) ? node.discriminator.mapping : undefined;
    if (isObject(mapping)) for (const name of Object.keys(mapping)) if (typeof mapping[name] === 'string') slots.push([mapping, name]);
    forEachSubschema(node, walk, { legacy: true });
  };
  walk(schema);
  return slots;
}
