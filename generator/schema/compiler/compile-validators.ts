import { commentText } from '../../util/comment-text.js';
import { isObject, setOwn } from '../../util/is-object.js';
import { escapePointerSegment, unescapePointerSegment } from '../../util/json-pointer.js';
import { readWriteReach } from '../read-write-reach.js';
import { forEachSubschema, subschemaShape } from '../subschemas.js';
import type { BodyLine, CompileValidatorsInput, CompiledValidators, Direction, JsonSchema, ValidatorModule } from './contract.js';

/**
 * Compiles JSON Schema 2020-12 into standalone validator functions (see contract.ts).
 *
 * Every schema becomes straight-line code; each named schema and each `$ref` target becomes one function, shared by
 * every reference (two variants when readOnly/writeOnly make request and response differ), so recursion compiles to
 * mutually recursive functions. Every string that comes from a schema reaches the code through `JSON.stringify`.
 */

/** A schema uses a keyword (or a form of one) this compiler cannot check exactly: it refuses rather than guess. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
  constructor(
    /** The keyword at fault. */
    readonly keyword: string,
    /** JSON pointer of the schema holding it: `#/components/schemas/Pet/properties/tags`, or `#/…` inside a root. */
    readonly pointer: string,
    /** The validator being compiled when the schema is inline in a root rather than named. */
    readonly root: string | undefined,
    /** Why the keyword cannot be checked. */
    readonly reason: string,
  ) {
    super(`Unsupported JSON Schema: "${keyword}" at ${pointer}${root === undefined ? '' : ` (validator ${root})`}: ${reason}`);
  }
}

export function compileValidators(input: CompileValidatorsInput): CompiledValidators {
  return new ValidatorCompiler(input).compile();
}

// ---------------------------------------------------------------------------------------------------------------
// Schema documents and locations

interface Doc {
  id: string;
  /** Named schema name, or undefined for an inline root. */
  name: string | undefined;
  /** For roots: the export name (used in messages). */
  root: string | undefined;
  schema: JsonSchema;
  /** The URI the document is retrieved from: a remote's, or one specforge gives it (before its own `$id`). */
  uri: string;
}

/** The base URI of the OpenAPI document: named schemas live in it, at `#/components/schemas/<name>`. */
const OPENAPI_DOCUMENT_URI = 'specforge:/openapi';

interface Loc {
  doc: Doc;
  path: readonly string[];
}

type Effective = Direction | 'neutral';

function pointerOf(loc: Loc): string {
  const base =
    loc.doc.name !== undefined ? `#/components/schemas/${escapePointerSegment(loc.doc.name)}` : loc.doc.uri.startsWith('specforge:') ? '#' : `${loc.doc.uri}#`;
  return base + loc.path.map((segment) => '/' + escapePointerSegment(segment)).join('');
}

function child(loc: Loc, ...segments: string[]): Loc {
  return { doc: loc.doc, path: [...loc.path, ...segments] };
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
function absoluteUri(uri: string): string {
  return (resolveUri(uri, 'specforge:/') ?? uri).replace(/#$/, '');
}

function own(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A JS literal for a string, through JSON.stringify (line separators escaped too, for tools that split on them). */
function lit(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A JS expression for a JSON value; a `__proto__` key is written computed, so it stays an own property. */
function jsonLiteral(value: unknown): string {
  if (typeof value === 'string') return lit(value);
  if (typeof value === 'number') return value < 0 ? `(${JSON.stringify(value)})` : JSON.stringify(value);
  if (typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.keys(value).map((key) => {
      const name = key === '__proto__' ? `[${lit(key)}]` : lit(key);
      return `${name}: ${jsonLiteral(value[key])}`;
    });
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  throw new Error(`not a JSON value: ${typeof value}`);
}

function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (isObject(value)) return Object.keys(value).every((key) => isJsonValue(value[key]));
  return false;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Text for a one-line block comment: line terminators written as escapes, the rest as for every comment. */
function oneLineComment(text: string): string {
  return commentText(text.replace(/[\r\n\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

function numberText(value: number): string {
  return JSON.stringify(value);
}

/** The keywords of JSON Schema 2020-12's validation vocabulary. */
const VALIDATION_VOCABULARY = new Set([
  'type', 'const', 'enum', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength',
  'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties',
  'minProperties', 'required', 'dependentRequired',
]);

/** Keywords this compiler checks; a schema with none of them accepts everything. */
const ASSERTING_KEYWORDS = new Set([
  'type', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'items', 'prefixItems', 'contains',
  'minProperties', 'maxProperties', 'required', 'properties', 'patternProperties', 'additionalProperties',
  'propertyNames', 'dependentRequired', 'dependentSchemas', 'if', 'allOf', 'anyOf', 'oneOf', 'not', '$ref',
  '$dynamicRef', 'unevaluatedItems', 'unevaluatedProperties',
]);

function isTrivial(schema: JsonSchema): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  return !Object.keys(schema).some((key) => ASSERTING_KEYWORDS.has(key));
}

const FORMAT_CHECKERS: Readonly<Record<string, string>> = {
  'date-time': 'isDateTime',
  date: 'isDate',
  time: 'isTime',
  email: 'isEmail',
  uri: 'isUri',
  'uri-reference': 'isUriReference',
  uuid: 'isUuid',
  ipv4: 'isIpv4',
  ipv6: 'isIpv6',
  hostname: 'isHostname',
  duration: 'isDuration',
  'json-pointer': 'isJsonPointer',
  regex: 'isRegex',
};

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
const JSON_TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
type TypeGroup = 'string' | 'number' | 'array' | 'object';

// ---------------------------------------------------------------------------------------------------------------
// Pointers inside a compiled function: the function's own value is at (parent, key); descendants add segments.
// Strings are built only where an error is reported (or where a child function needs its parent's pointer).

type Segment =
  | { kind: 'name'; name: string }
  | { kind: 'index'; expr: string }
  | { kind: 'key'; expr: string };
type Ptr = readonly Segment[];

type Lines = BodyLine[];

function indent(lines: Lines): Lines {
  return lines.map((line) =>
    typeof line === 'string' ? '  ' + line : { typescript: '  ' + line.typescript, javascript: '  ' + line.javascript },
  );
}

/** `const name = value as type;` in TypeScript, without the assertion in JavaScript. */
function typedConst(name: string, value: string, type: string): BodyLine {
  return { typescript: `const ${name} = ${value} as ${type};`, javascript: `const ${name} = ${value};` };
}

/** `const name: type = value;` in TypeScript, without the annotation in JavaScript. */
function annotatedConst(name: string, type: string, value: string): BodyLine {
  return { typescript: `const ${name}: ${type} = ${value};`, javascript: `const ${name} = ${value};` };
}

function block(head: string, body: Lines): Lines {
  return [head === '' ? '{' : `${head} {`, ...indent(body), '}'];
}

interface CompiledFunction {
  name: string;
  loc: Loc;
  effective: Effective;
  /** Whether it also records what it evaluated of its value (a 5th parameter), for an `unevaluated…` keyword. */
  collects: boolean;
  body: Lines | undefined;
}

/** One check of an object's property (see FunctionScope.checkBlocks): its lines, given the name of the `valid` flag. */
interface CheckBlock {
  name: string;
  lines: (valid: string) => Lines;
}

/** Property checks per function: well under where TypeScript's control-flow analysis gives up. */
const CHECKS_PER_FUNCTION = 64;

/** The largest `$ref` target (as JSON) compiled in place rather than called. */
const INLINE_LEAF_MAX_CHARS = 1_000;
/** Keywords (as JSON keys) that keep a `$ref` target a function: references, resources, annotations read later, direction. */
const INLINE_BLOCKERS = /"(?:\$ref|\$dynamicRef|\$recursiveRef|\$id|\$anchor|\$dynamicAnchor|\$recursiveAnchor|\$schema|\$vocabulary|unevaluatedProperties|unevaluatedItems|readOnly|writeOnly|discriminator|properties|patternProperties|dependentSchemas)":/;

/** The runtime's exports that are types: imported as types. */
const TYPE_EXPORTS = new Set(['ValidationError', 'Evaluated', 'DynamicScope', 'SchemaValidator']);

const RESERVED_LOCALS = ['value', 'parent', 'key', 'errors', 'pointer', 'valid', 'here', 'evaluated', 'dynamic'];

class ValidatorCompiler {
  private readonly named = new Map<string, Doc>();
  private readonly roots: Doc[] = [];
  private readonly usedNames = new Set<string>(RESERVED_LOCALS);
  private readonly helperAliases = new Map<string, string>();
  private readonly constants: ValidatorModule['constants'] = [];
  private readonly constantByKey = new Map<string, string>();
  private readonly functions = new Map<string, CompiledFunction>();
  private readonly queue: CompiledFunction[] = [];
  private readOnlyDocs: ReadonlySet<Doc> = new Set();
  private writeOnlyDocs: ReadonlySet<Doc> = new Set();
  /** Functions holding a slice of another function's property checks (see FunctionScope.checkBlocks). */
  private readonly checkFunctions: ValidatorModule['functions'] = [];
  private readonly remotes: Doc[] = [];
  private readonly resources = new Map<string, Loc>();
  private readonly anchors = new Map<string, Loc>();
  /** Each resource's `$dynamicAnchor`s, by the resource's URI (see DynamicScope in the runtime). */
  private readonly dynamicAnchors = new Map<string, Map<string, Loc>>();
  /**
   * Whether any schema has a `$dynamicRef`: then every function takes the dynamic scope (the `$dynamicAnchor`s of
   * the resources evaluation has entered, outermost first) and passes it on.
   */
  private hasDynamicRef = false;
  /** Whether any schema declares a `$vocabulary` (a metaschema): only then may a vocabulary be turned off. */
  private hasVocabulary = false;

  get dynamic(): boolean {
    return this.hasDynamicRef;
  }
  private validationErrorType = 'ValidationError';

  constructor(private readonly input: CompileValidatorsInput) {
    for (const root of input.roots) this.usedNames.add(root.exportName);
    for (const [name, schema] of input.schemas) {
      this.named.set(name, { id: `named:${name}`, name, root: undefined, schema, uri: OPENAPI_DOCUMENT_URI });
    }
    [...(input.remotes ?? [])].forEach(([uri, schema], index) => {
      this.remotes.push({ id: `remote:${index}`, name: undefined, root: undefined, schema, uri: absoluteUri(uri) });
    });
    // Roots with the same schema (every response's `X-Request-Id` header, say) share one compiled function.
    const byText = new Map<string, Doc>();
    input.roots.forEach((root, index) => {
      const text = JSON.stringify(root.schema);
      const shared = byText.get(text);
      if (shared) {
        this.roots.push(shared);
        return;
      }
      const doc = { id: `root:${index}`, name: undefined, root: root.exportName, schema: root.schema, uri: `specforge:/root/${index}` };
      byText.set(text, doc);
      this.roots.push(doc);
    });
    for (const doc of [...new Set(this.roots), ...this.remotes, ...this.named.values()]) this.registerResources(doc);
  }

  /**
   * The `$dynamicAnchor`s of the resource `loc` is in. A function enters its resource's anchors into the dynamic
   * scope, whether it is the resource's root or a `$ref` into it; entering one already entered changes nothing.
   */
  private resourceDynamicAnchors(loc: Loc): Map<string, Loc> | undefined {
    return this.dynamicAnchors.get(this.baseUri(loc));
  }

  /**
   * The schema without the keywords of vocabularies its metaschema leaves out: a resource whose `$schema` names a
   * metaschema with a `$vocabulary` that lacks JSON Schema's validation vocabulary is not checked by `type`,
   * `minimum`, `required` and the like (its applicators still apply).
   */
  /** @internal */ withoutDisabledVocabularies(schema: Record<string, unknown>, loc: Loc): Record<string, unknown> {
    if (!this.hasVocabulary || this.validationVocabulary(loc)) return schema;
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(schema)) if (!VALIDATION_VOCABULARY.has(key)) setOwn(kept, key, schema[key]);
    return kept;
  }

  private readonly validationByResource = new Map<string, boolean>();

  private validationVocabulary(loc: Loc): boolean {
    const base = this.baseUri(loc);
    let enabled = this.validationByResource.get(base);
    if (enabled === undefined) {
      enabled = true;
      const resource = this.resources.get(base);
      const root = resource === undefined ? undefined : this.schemaAt(resource);
      const metaschemaUri = isObject(root) && typeof root['$schema'] === 'string' ? absoluteUri(root['$schema']) : undefined;
      const metaschema = metaschemaUri === undefined ? undefined : this.resources.get(metaschemaUri);
      const declared = metaschema === undefined ? undefined : this.schemaAt(metaschema);
      const vocabulary = isObject(declared) ? declared['$vocabulary'] : undefined;
      if (isObject(vocabulary)) enabled = own(vocabulary, 'https://json-schema.org/draft/2020-12/vocab/validation');
      this.validationByResource.set(base, enabled);
    }
    return enabled;
  }

  /** @internal */ dynamicRef(ref: unknown, loc: Loc, direction: Effective): { fn: string; anchor: string | undefined } {
    const target = this.resolveRef(ref, loc, '$dynamicRef');
    const fn = this.functionFor(target, direction, true);
    // Dynamic only when the fragment is a plain name that the initial target declares as its $dynamicAnchor.
    const fragment = typeof ref === 'string' && ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : '';
    const schema = this.schemaAt(target);
    const anchor = fragment !== '' && !fragment.startsWith('/') && isObject(schema) && schema['$dynamicAnchor'] === fragment ? fragment : undefined;
    return { fn, anchor };
  }

  // ---- schema resources: what `$id`, `$anchor` and `$dynamicAnchor` name ---------------------------------------

  /** Every schema resource by its absolute URI (no fragment), and every anchor by its URI with the fragment. */
  private registerResources(doc: Doc): void {
    if (doc.name === undefined) this.resources.set(doc.uri, { doc, path: [] });
    const walk = (schema: JsonSchema, path: string[], base: string): void => {
      if (!isObject(schema)) return;
      const id = schema['$id'];
      if (typeof id === 'string') {
        const uri = resolveUri(id, base);
        if (uri !== undefined) {
          base = uri.replace(/#.*$/, '');
          if (!this.resources.has(base)) this.resources.set(base, { doc, path });
        }
      }
      for (const keyword of ['$anchor', '$dynamicAnchor']) {
        const anchor = schema[keyword];
        if (typeof anchor === 'string' && !this.anchors.has(`${base}#${anchor}`)) this.anchors.set(`${base}#${anchor}`, { doc, path });
      }
      const dynamicAnchor = schema['$dynamicAnchor'];
      if (typeof dynamicAnchor === 'string') {
        let anchors = this.dynamicAnchors.get(base);
        if (anchors === undefined) this.dynamicAnchors.set(base, (anchors = new Map()));
        if (!anchors.has(dynamicAnchor)) anchors.set(dynamicAnchor, { doc, path });
      }
      if (typeof schema['$dynamicRef'] === 'string') this.hasDynamicRef = true;
      if (isObject(schema['$vocabulary'])) this.hasVocabulary = true;
      forEachSubschema(schema, (subschema, segments) => walk(subschema, [...path, ...segments], base));
    };
    walk(doc.schema, [], doc.uri);
  }

  /** The base URI in effect at `loc`: its document's, changed by each `$id` on the way (its own included). */
  private baseUri(loc: Loc): string {
    let base = loc.doc.uri;
    let schema: unknown = loc.doc.schema;
    const apply = (): void => {
      if (isObject(schema) && typeof schema['$id'] === 'string') base = resolveUri(schema['$id'], base)?.replace(/#.*$/, '') ?? base;
    };
    apply();
    for (let i = 0; i < loc.path.length; ) {
      const keyword = loc.path[i]!;
      if (!isObject(schema)) return base;
      const shape = subschemaShape(keyword, undefined);
      const width = shape === 'schema' ? 1 : shape === undefined ? 0 : 2;
      // A pointer into something that is not a subschema (an unknown keyword's value): no `$id` there counts.
      if (width === 0 || i + width > loc.path.length) return base;
      schema = width === 1 ? schema[keyword] : (schema[keyword] as Record<string, unknown> | undefined)?.[loc.path[i + 1]!];
      i += width;
      apply();
    }
    return base;
  }

  compile(): CompiledValidators {
    this.validationErrorType = this.helper('ValidationError');
    this.analyseDirections();
    // Exported validators are constants, an arrow to the internal function (see validatorStatements).
    this.helper('SchemaValidator');
    const exports: ValidatorModule['exports'] = [];
    this.input.roots.forEach((root, index) => {
      const doc = this.roots[index];
      if (doc === undefined) return;
      const loc: Loc = { doc, path: [] };
      let arrow: string;
      const target = this.pureRefTarget(root.schema, loc);
      if (root.schema === true || (target === undefined && isTrivial(root.schema))) {
        arrow = '() => true';
      } else {
        const fn = this.functionFor(target ?? loc, root.direction);
        arrow = `(value, pointer, errors) => ${fn}(value, pointer, undefined, errors${this.dynamic ? `, ${this.helper('newDynamicScope')}()` : ''})`;
      }
      exports.push({ name: root.exportName, doc: `Validates a ${root.direction} value; pushes one error per failure to \`errors\`.`, arrow });
    });
    const functions: ValidatorModule['functions'] = [];
    for (let fn = this.queue.shift(); fn !== undefined; fn = this.queue.shift()) {
      fn.body = this.compileFunctionBody(fn);
      functions.push({
        name: fn.name,
        doc: oneLineComment(
          `Validates ${pointerOf(fn.loc)}${fn.loc.doc.root === undefined ? '' : ` of ${fn.loc.doc.root}`}` + (fn.effective === 'neutral' ? '.' : ` (${fn.effective}).`),
        ),
        parameters: [
          { name: 'value', type: 'unknown' },
          { name: 'parent', type: 'string' },
          { name: 'key', type: 'string | number | undefined' },
          { name: 'errors', type: `${this.validationErrorType}[]` },
          ...(this.dynamic ? [{ name: 'dynamic', type: this.helper('DynamicScope') }] : []),
          ...(fn.collects ? [{ name: 'evaluated', type: this.helper('Evaluated') }] : []),
        ],
        body: fn.body,
      });
      functions.push(...this.checkFunctions.splice(0));
    }
    const imports = [...this.helperAliases].map(([name, alias]) => ({ name, alias: alias === name ? undefined : alias, typeOnly: TYPE_EXPORTS.has(name) }));
    return { module: { runtimeModule: this.input.runtimeModule, imports, constants: this.constants, functions, exports } };
  }

  // ---- names ------------------------------------------------------------------------------------------------

  private readonly nextSuffix = new Map<string, number>();

  private allocate(base: string): string {
    let name = base.replace(/[^A-Za-z0-9_$]/g, '_');
    if (!/^[A-Za-z_$]/.test(name)) name = '_' + name;
    if (/^[a-z]\d+$/.test(name)) name = name + '_';
    let candidate = name;
    // Where the last name made from this base left off: many functions share a base (remote schemas, say).
    let n = this.nextSuffix.get(name) ?? 1;
    for (; this.usedNames.has(candidate); n++) candidate = `${name}_${n}`;
    this.nextSuffix.set(name, n);
    this.usedNames.add(candidate);
    return candidate;
  }

  /** The local name of a runtime export, imported on first use. */
  private helper(name: string): string {
    let alias = this.helperAliases.get(name);
    if (alias === undefined) {
      alias = this.allocate(name);
      this.helperAliases.set(name, alias);
    }
    return alias;
  }

  private constant(key: string, base: string, initializer: string, type?: string): string {
    const existing = this.constantByKey.get(key);
    if (existing !== undefined) return existing;
    const name = this.allocate(base);
    this.constantByKey.set(key, name);
    this.constants.push({ name, type, initializer });
    return name;
  }

  // ---- errors ------------------------------------------------------------------------------------------------

  private unsupported(keyword: string, loc: Loc, reason: string): UnsupportedSchemaError {
    return new UnsupportedSchemaError(keyword, pointerOf(loc), loc.doc.root, reason);
  }

  // ---- $ref resolution ------------------------------------------------------------------------------------------

  private resolveRef(ref: unknown, loc: Loc, keyword: '$ref' | '$dynamicRef' = '$ref'): Loc {
    if (typeof ref !== 'string') throw this.unsupported(keyword, loc, 'the reference is not a string');
    const uri = resolveUri(ref, this.baseUri(loc));
    if (uri === undefined) throw this.unsupported(keyword, loc, `malformed reference ${JSON.stringify(ref)}`);
    const hash = uri.indexOf('#');
    const resourceUri = hash === -1 ? uri : uri.slice(0, hash);
    let fragment: string;
    try {
      fragment = hash === -1 ? '' : decodeURIComponent(uri.slice(hash + 1));
    } catch {
      throw this.unsupported(keyword, loc, `malformed reference ${JSON.stringify(ref)}`);
    }
    const resource = this.resources.get(resourceUri);
    let target: Loc;
    if (fragment !== '' && !fragment.startsWith('/')) {
      const anchored = this.anchors.get(`${resourceUri}#${fragment}`);
      if (anchored === undefined) throw this.unsupported(keyword, loc, `no schema has the anchor of ${JSON.stringify(ref)}`);
      target = anchored;
    } else {
      const segments = fragment === '' ? [] : fragment.slice(1).split('/').map(unescapePointerSegment);
      const inOpenApiDocument = resource === undefined ? resourceUri === OPENAPI_DOCUMENT_URI : resource.path.length === 0 && resource.doc.uri.startsWith('specforge:');
      if (inOpenApiDocument && segments[0] === 'components' && segments[1] === 'schemas' && segments.length >= 3 && (resource === undefined || this.named.size > 0)) {
        const doc = this.named.get(segments[2] ?? '');
        if (doc === undefined) throw this.unsupported(keyword, loc, `no schema named by ${JSON.stringify(ref)}`);
        target = { doc, path: segments.slice(3) };
      } else if (resource === undefined) {
        throw this.unsupported(keyword, loc, `no schema is known by ${JSON.stringify(resourceUri)} (a remote schema must be given to the compiler)`);
      } else {
        target = { doc: resource.doc, path: [...resource.path, ...segments] };
      }
    }
    if (this.schemaAt(target) === undefined) {
      throw this.unsupported(keyword, loc, `${JSON.stringify(ref)} does not point to a schema`);
    }
    return target;
  }

  private schemaAt(loc: Loc): JsonSchema | undefined {
    let current: unknown = loc.doc.schema;
    for (const segment of loc.path) {
      if (Array.isArray(current)) {
        if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
        current = current[Number(segment)];
      } else if (isObject(current) && own(current, segment)) {
        current = current[segment];
      } else {
        return undefined;
      }
    }
    return isObject(current) || typeof current === 'boolean' ? current : undefined;
  }

  /** Resolves a reference without throwing (for analysis of schemas that may never be compiled). */
  private tryResolve(ref: unknown, loc: Loc): Loc | undefined {
    try {
      return this.resolveRef(ref, loc);
    } catch {
      return undefined;
    }
  }

  /** The `$ref` target when `schema` is only a `$ref` (plus annotations). */
  private pureRefTarget(schema: JsonSchema, loc: Loc): Loc | undefined {
    if (!isObject(schema) || !own(schema, '$ref')) return undefined;
    const asserting = Object.keys(schema).filter((key) => ASSERTING_KEYWORDS.has(key));
    if (asserting.length !== 1) return undefined;
    // An `$id` changes what the `$ref` means, and entering a resource may add to the dynamic scope.
    if (own(schema, '$id') || this.dynamic) return undefined;
    return this.resolveRef(schema['$ref'], loc);
  }

  // ---- readOnly / writeOnly ------------------------------------------------------------------------------------

  /** Marks the documents whose reachable schemas use readOnly / writeOnly: only those need per-direction variants. */
  private analyseDirections(): void {
    const given = this.input.readWriteReach;
    const namedDocs = (names: ReadonlySet<string>): Set<Doc> => new Set([...names].flatMap((name) => this.named.get(name) ?? []));
    const known = given === undefined ? undefined : { readOnly: namedDocs(given.readOnly), writeOnly: namedDocs(given.writeOnly) };
    const docs = [...(known === undefined ? this.named.values() : []), ...this.remotes, ...new Set(this.roots)];
    const reach = readWriteReach(
      docs.map((doc) => [doc, doc.schema] as const),
      (ref, doc, path) => this.tryResolve(ref, { doc, path })?.doc,
      known,
    );
    this.readOnlyDocs = reach.readOnly;
    this.writeOnlyDocs = reach.writeOnly;
  }

  private effective(doc: Doc, direction: Effective): Effective {
    if (direction === 'request' && this.readOnlyDocs.has(doc)) return 'request';
    if (direction === 'response' && this.writeOnlyDocs.has(doc)) return 'response';
    return 'neutral';
  }

  /** Whether a property's schema is marked `keyword` (readOnly/writeOnly), directly, via `$ref` or via `allOf`. */
  private isMarked(schema: JsonSchema, loc: Loc, keyword: 'readOnly' | 'writeOnly', seen = new Set<string>()): boolean {
    if (!isObject(schema)) return false;
    if (schema[keyword] === true) return true;
    if (own(schema, '$ref')) {
      const target = this.tryResolve(schema['$ref'], loc);
      if (target !== undefined) {
        const id = `${target.doc.id}${pointerOf(target)}`;
        if (!seen.has(id)) {
          seen.add(id);
          const targetSchema = this.schemaAt(target);
          if (targetSchema !== undefined && this.isMarked(targetSchema, target, keyword, seen)) return true;
        }
      }
    }
    const allOf = schema['allOf'];
    if (Array.isArray(allOf)) {
      return allOf.some(
        (member: unknown, index) =>
          (isObject(member) || typeof member === 'boolean') &&
          this.isMarked(member, child(loc, 'allOf', String(index)), keyword, seen),
      );
    }
    return false;
  }

  /** Names of properties marked `keyword` in this schema's `properties` and (through `$ref`) its `allOf` members. */
  private markedNames(schema: JsonSchema, loc: Loc, keyword: 'readOnly' | 'writeOnly', seen = new Set<string>()): Set<string> {
    const names = new Set<string>();
    if (!isObject(schema)) return names;
    const properties = schema['properties'];
    if (isObject(properties)) {
      for (const name of Object.keys(properties)) {
        const property = properties[name];
        if ((isObject(property) || typeof property === 'boolean') && this.isMarked(property, child(loc, 'properties', name), keyword)) {
          names.add(name);
        }
      }
    }
    const members: Array<[JsonSchema, Loc]> = [];
    if (own(schema, '$ref')) {
      const target = this.tryResolve(schema['$ref'], loc);
      const targetSchema = target === undefined ? undefined : this.schemaAt(target);
      if (target !== undefined && targetSchema !== undefined) members.push([targetSchema, target]);
    }
    const allOf = schema['allOf'];
    if (Array.isArray(allOf)) {
      allOf.forEach((member: unknown, index) => {
        if (isObject(member)) members.push([member, child(loc, 'allOf', String(index))]);
      });
    }
    for (const [member, memberLoc] of members) {
      const id = `${memberLoc.doc.id}${pointerOf(memberLoc)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const name of this.markedNames(member, memberLoc, keyword, seen)) names.add(name);
    }
    return names;
  }

  // ---- functions --------------------------------------------------------------------------------------------

  /** The name of the function validating the schema at `loc` in `direction`, queued for compilation on first use. */
  private functionFor(loc: Loc, direction: Effective, collects = false): string {
    const effective = this.effective(loc.doc, direction);
    const key = `${loc.doc.id}${pointerOf(loc)}@${effective}${collects ? '+evaluated' : ''}`;
    const existing = this.functions.get(key);
    if (existing !== undefined) return existing.name;
    const label = loc.doc.name ?? `${loc.doc.root ?? 'root'}_schema`;
    const suffix = loc.path.length === 0 ? '' : '_' + loc.path.filter((s) => s !== '$defs' && s !== 'properties').join('_');
    const base = `validate_${label}${suffix}`.slice(0, 60);
    const name = this.allocate(`${effective === 'neutral' ? base : `${base}_${effective}`}${collects ? '_evaluated' : ''}`);
    const fn: CompiledFunction = { name, loc, effective, collects, body: undefined };
    this.functions.set(key, fn);
    this.queue.push(fn);
    return name;
  }

  private compileFunctionBody(fn: CompiledFunction): Lines {
    const schema = this.schemaAt(fn.loc);
    if (schema === undefined) throw this.unsupported('$ref', fn.loc, 'does not point to a schema');
    const scope = new FunctionScope(this, fn.loc, fn.name);
    const ptr: Ptr = [];
    if (fn.collects) scope.collectInto('evaluated', ptr);
    const lines = scope.schema(schema, fn.loc, 'value', ptr, 'valid', fn.effective, new Set());
    const head: Lines = [];
    const anchors = this.dynamic ? this.resourceDynamicAnchors(fn.loc) : undefined;
    if (anchors !== undefined && anchors.size > 0) {
      const entries = [...anchors].map(([name, loc]) => `[${lit(name)}, ${this.functionFor(loc, fn.effective, true)}]`);
      head.push(`dynamic = ${this.helper('enterDynamicScope')}(dynamic, [${entries.join(', ')}]);`);
    }
    if (scope.usesHere) head.push({ typescript: 'let here: string | undefined;', javascript: 'let here;' });
    if (lines.length === 0) return [...head, 'return true;'];
    return [...head, 'let valid = true;', ...lines, 'return valid;'];
  }

  // ---- shared services for FunctionScope -------------------------------------------------------------------------

  /** @internal */ helperName(name: string): string {
    return this.helper(name);
  }
  /** @internal */ regex(pattern: string): string {
    return this.constant(`re:${pattern}`, 'PATTERN', `new RegExp(${lit(pattern)}, ${lit(regexFlags(pattern) ?? 'u')})`);
  }
  /** @internal */ primitiveSet(values: readonly unknown[]): string {
    const literal = `new Set([${values.map(jsonLiteral).join(', ')}])`;
    return this.constant(`set:${literal}`, 'VALUES', literal, 'ReadonlySet<unknown>');
  }
  /** @internal */ jsonConstant(value: unknown, type: string): string {
    const literal = jsonLiteral(value);
    return this.constant(`json:${type}:${literal}`, 'CONSTANT', literal, type);
  }
  /** @internal */ outline(loc: Loc, direction: Effective, collects = false): string {
    return this.functionFor(loc, direction, collects);
  }
  /** @internal */ checksFunction(base: string, loc: Loc, what: string, objectVar: string, body: Lines, usesHere: boolean): string {
    const name = this.allocate(base);
    const head: Lines = usesHere ? [{ typescript: 'let here: string | undefined;', javascript: 'let here;' }] : [];
    this.checkFunctions.push({
      name,
      doc: oneLineComment(`Checks ${what} of ${pointerOf(loc)}${loc.doc.root === undefined ? '' : ` of ${loc.doc.root}`}.`),
      parameters: [
        { name: objectVar, type: 'Record<string, unknown>' },
        { name: 'parent', type: 'string' },
        { name: 'key', type: 'string | number | undefined' },
        { name: 'errors', type: `${this.validationErrorType}[]` },
        ...(this.dynamic ? [{ name: 'dynamic', type: this.helper('DynamicScope') }] : []),
      ],
      body: [...head, 'let valid = true;', ...body, 'return valid;'],
    });
    return name;
  }
  /** @internal */ fail(keyword: string, loc: Loc, reason: string): UnsupportedSchemaError {
    return this.unsupported(keyword, loc, reason);
  }
  /**
   * What a `$ref` compiles to: a call of its target's function; nothing for a target that is `true`; or, for a small
   * leaf target (`inline`), the target itself, compiled in place. A function call per value costs more than the
   * checks of an enum or a string format, and an array of them makes a pointer per item for the call.
   */
  /** @internal */ ref(ref: unknown, loc: Loc, direction: Effective, collects = false): { target: Loc; fn: string | undefined; inline?: Record<string, unknown> } {
    const target = this.resolveRef(ref, loc);
    const targetSchema = this.schemaAt(target);
    if (targetSchema === true && !collects) return { target, fn: undefined };
    if (!collects && !this.dynamic && isObject(targetSchema) && this.isInlineLeaf(target, targetSchema)) return { target, fn: undefined, inline: targetSchema };
    return { target, fn: this.functionFor(target, direction, collects) };
  }

  private readonly inlineLeaves = new Map<string, boolean>();

  /**
   * A target small enough to compile in place, and safe to: nothing in it refers anywhere or sets a base URI or an
   * anchor, it lists no properties (object schemas keep functions of their own), reads nothing evaluated and holds
   * no readOnly/writeOnly (whose context a function carries).
   */
  private isInlineLeaf(target: Loc, schema: Record<string, unknown>): boolean {
    const key = `${target.doc.id}${pointerOf(target)}`;
    let leaf = this.inlineLeaves.get(key);
    if (leaf === undefined) {
      const text = JSON.stringify(schema);
      leaf = text.length <= INLINE_LEAF_MAX_CHARS && !own(schema, 'properties') && !own(schema, 'patternProperties') && !INLINE_BLOCKERS.test(text);
      this.inlineLeaves.set(key, leaf);
    }
    return leaf;
  }
  /** @internal */ marked(schema: JsonSchema, loc: Loc, keyword: 'readOnly' | 'writeOnly'): boolean {
    return this.isMarked(schema, loc, keyword);
  }
  /** @internal */ markedIn(schema: JsonSchema, loc: Loc, keyword: 'readOnly' | 'writeOnly'): Set<string> {
    return this.markedNames(schema, loc, keyword);
  }
  private discriminatorOff = false;
  /** @internal */ get discriminator(): boolean {
    return this.input.discriminator === true && !this.discriminatorOff;
  }
  /** @internal */ withoutDiscriminator<T>(compile: () => T): T {
    const saved = this.discriminatorOff;
    this.discriminatorOff = true;
    try {
      return compile();
    } finally {
      this.discriminatorOff = saved;
    }
  }
  /**
   * The branch each discriminator value picks: the mapping's, then each `$ref` branch by its schema's name. Undefined
   * when the discriminator cannot pick (no branch is a `$ref` the values name).
   */
  /** @internal */ discriminatorBranches(schema: Record<string, unknown>, keyword: 'oneOf' | 'anyOf', loc: Loc): Map<string, number> | undefined {
    const discriminator = schema['discriminator'];
    const members = schema[keyword];
    if (!isObject(discriminator) || typeof discriminator['propertyName'] !== 'string' || !Array.isArray(members)) return undefined;
    const targetKey = (target: Loc): string => `${target.doc.id}${pointerOf(target)}`;
    const targets = members.map((member: unknown, index) =>
      isObject(member) && typeof member['$ref'] === 'string' ? this.tryResolve(member['$ref'], child(loc, keyword, String(index))) : undefined,
    );
    const branchByTarget = new Map<string, number>();
    targets.forEach((target, index) => {
      if (target !== undefined && !branchByTarget.has(targetKey(target))) branchByTarget.set(targetKey(target), index);
    });
    const branches = new Map<string, number>();
    const mapping = isObject(discriminator['mapping']) ? discriminator['mapping'] : {};
    for (const value of Object.keys(mapping)) {
      const ref = mapping[value];
      if (typeof ref !== 'string') continue;
      const target = this.tryResolve(ref.includes('/') || ref.startsWith('#') ? ref : `#/components/schemas/${escapePointerSegment(ref)}`, loc);
      const index = target === undefined ? undefined : branchByTarget.get(targetKey(target));
      if (index === undefined) throw this.unsupported('discriminator', loc, `the mapping of ${JSON.stringify(value)} names no ${keyword} branch`);
      branches.set(value, index);
    }
    const mapped = new Set(branches.values());
    targets.forEach((target, index) => {
      if (mapped.has(index) || target === undefined) return;
      // The schema's name: a component's, or the last segment of `#/$defs/<name>`.
      const path = target.path;
      const name =
        target.doc.name !== undefined && path.length === 0
          ? target.doc.name
          : path.length >= 2 && ['$defs', 'definitions'].includes(path[path.length - 2]!) ? path[path.length - 1] : undefined;
      if (name !== undefined && !branches.has(name)) branches.set(name, index);
    });
    return branches.size > 0 ? branches : undefined;
  }
  /** @internal */ get formats(): 'assert' | 'annotate' {
    return this.input.formats;
  }
}


const TYPE_CONDITIONS: Readonly<Record<JsonType, (x: string) => string>> = {
  string: (x) => `typeof ${x} === "string"`,
  number: (x) => `typeof ${x} === "number" && Number.isFinite(${x})`,
  integer: (x) => `typeof ${x} === "number" && Number.isInteger(${x})`,
  boolean: (x) => `typeof ${x} === "boolean"`,
  null: (x) => `${x} === null`,
  array: (x) => `Array.isArray(${x})`,
  object: (x) => `typeof ${x} === "object" && ${x} !== null && !Array.isArray(${x})`,
};

const GROUP_CONDITIONS: Readonly<Record<TypeGroup, (x: string) => string>> = {
  string: (x) => `typeof ${x} === "string"`,
  number: (x) => `typeof ${x} === "number"`,
  array: (x) => `Array.isArray(${x})`,
  object: (x) => `typeof ${x} === "object" && ${x} !== null && !Array.isArray(${x})`,
};

const TYPE_GROUP: Readonly<Record<JsonType, TypeGroup | undefined>> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: undefined,
  null: undefined,
  array: 'array',
  object: 'object',
};

/** Compiles the code of one function: locals are numbered, and every schema value is emitted through `lit`. */
class FunctionScope {
  private counter = 0;
  usesHere = false;

  /** `root`: where the function's own schema is; nested object schemas below it get functions of their own. */
  constructor(
    private readonly compiler: ValidatorCompiler,
    private readonly root: Loc,
    private readonly functionName: string,
  ) {}

  /**
   * The checks of single properties of an object (`required`, each property's schema), each a block of its own.
   * TypeScript gives up on control flow in a function of several hundred of them (TS2563, DocuSign's
   * `accountSettingsInformation` has 700 properties), so past CHECKS_PER_FUNCTION they go, that many at a time,
   * into functions of their own, each given the object and the same `parent, key`.
   */
  private checkBlocks(checks: readonly CheckBlock[], o: string, loc: Loc, valid: string, prelude: () => Lines = () => []): Lines {
    if (checks.length <= CHECKS_PER_FUNCTION) return checks.flatMap((check) => check.lines(valid));
    const out: Lines = [];
    for (let start = 0; start < checks.length; start += CHECKS_PER_FUNCTION) {
      const slice = checks.slice(start, start + CHECKS_PER_FUNCTION);
      const outerUsesHere = this.usesHere;
      this.usesHere = false;
      const body = slice.flatMap((check) => check.lines('valid'));
      const usesHere = this.usesHere;
      this.usesHere = outerUsesHere;
      const first = slice[0]!.name;
      const last = slice[slice.length - 1]!.name;
      const what = `${JSON.stringify(first)} to ${JSON.stringify(last)}`;
      const fn = this.compiler.checksFunction(`${this.functionName}_${start / CHECKS_PER_FUNCTION + 1}`.slice(0, 64), loc, what, o, [...prelude(), ...body], usesHere);
      out.push(...block(`if (!${fn}(${o}, parent, key, errors${this.dynamicArg()}))`, [`${valid} = false;`]));
    }
    return out;
  }

  private local(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }

  private rt(name: string): string {
    return this.compiler.helperName(name);
  }

  /** `, dynamic` when functions take the dynamic scope. */
  private dynamicArg(): string {
    return this.compiler.dynamic ? ', dynamic' : '';
  }

  private base(): string {
    this.usesHere = true;
    return `(here ??= ${this.rt('joinPointer')}(parent, key))`;
  }

  private pointer(ptr: Ptr): string {
    if (ptr.length === 0) return `${this.rt('joinPointer')}(parent, key)`;
    let text = this.base();
    for (const segment of ptr) {
      if (segment.kind === 'name') text += ` + ${lit('/' + escapePointerSegment(segment.name))}`;
      else if (segment.kind === 'index') text += ` + "/" + ${segment.expr}`;
      else text += ` + "/" + ${this.rt('escapePointerSegment')}(${segment.expr})`;
    }
    return text;
  }

  /** `parent, key` arguments for a function validating the value at `ptr`. */
  /**
   * An object schema nested under a property or an item gets a function of its own instead of being inlined:
   * it keeps each function small (TypeScript gives up on control flow in very large ones, as GitHub's
   * `pull-request` made) and readable. Not when a sibling's read-only/write-only context must travel with it.
   */
  private outlines(schema: Record<string, unknown>, loc: Loc, inheritedMarked: ReadonlySet<string>): boolean {
    if (loc.doc !== this.root.doc || loc.path.length <= this.root.path.length || inheritedMarked.size > 0) return false;
    const last = loc.path[loc.path.length - 1];
    const before = loc.path[loc.path.length - 2];
    const nested = last === 'items' || last === 'additionalProperties' || before === 'properties' || before === 'patternProperties' || before === 'prefixItems';
    if (!nested) return false;
    return isObject(schema['properties']) && Object.keys(schema['properties']).length > 0 && !own(schema, '$ref');
  }

  private callArgs(ptr: Ptr): string {
    const last = ptr[ptr.length - 1];
    if (last === undefined) return 'parent, key';
    const parent = ptr.length === 1 ? this.base() : this.pointer(ptr.slice(0, -1));
    // The key goes as its pointer segment, escaped already: at compile time when it is a name.
    const keyExpr = last.kind === 'name' ? lit(escapePointerSegment(last.name)) : last.kind === 'key' ? `${this.rt('escapePointerSegment')}(${last.expr})` : last.expr;
    return `${parent}, ${keyExpr}`;
  }

  /**
   * Whether the errors of the code being compiled are never read: an `if` condition's, a `not`'s, the items
   * `contains` tries. Its failures then only clear the flag: no error is made to be thrown away.
   */
  private silent = false;

  private silently<T>(compile: () => T): T {
    const saved = this.silent;
    this.silent = true;
    try {
      return compile();
    } finally {
      this.silent = saved;
    }
  }

  private error(ptr: Ptr, keyword: string, message: string, valid: string): Lines {
    if (this.silent) return [`${valid} = false;`];
    return [
      `errors.push({ pointer: ${this.pointer(ptr)}, keyword: ${lit(keyword)}, message: ${lit(message)} });`,
      `${valid} = false;`,
    ];
  }

  private errorExpr(ptr: Ptr, keyword: string, messageExpr: string, valid: string): Lines {
    if (this.silent) return [`${valid} = false;`];
    return [
      `errors.push({ pointer: ${this.pointer(ptr)}, keyword: ${lit(keyword)}, message: ${messageExpr} });`,
      `${valid} = false;`,
    ];
  }

  /**
   * Code checking `x` (an `unknown` variable) against `schema`, pushing errors and setting `valid` to false on failure.
   */
  schema(
    schema: JsonSchema,
    loc: Loc,
    x: string,
    ptr: Ptr,
    valid: string,
    direction: Effective,
    inheritedMarked: ReadonlySet<string>,
  ): Lines {
    if (schema === true) return [];
    if (schema === false) return this.error(ptr, 'false', 'is not allowed', valid);
    if (!isObject(schema)) throw this.compiler.fail('schema', loc, 'a schema must be an object or a boolean');
    schema = this.compiler.withoutDisabledVocabularies(schema, loc);
    // An embedded resource is a function of its own when resources matter: entering it may add to the dynamic scope.
    if (this.compiler.dynamic && own(schema, '$id') && (loc.doc !== this.root.doc || loc.path.length !== this.root.path.length)) {
      const ev = this.collectorAt(ptr);
      const fn = this.compiler.outline(loc, direction, ev !== undefined);
      return block(`if (!${fn}(${x}, ${this.callArgs(ptr)}, errors, dynamic${ev === undefined ? '' : `, ${ev}`}))`, [`${valid} = false;`]);
    }
    if (this.outlines(schema, loc, inheritedMarked)) {
      const fn = this.compiler.outline(loc, direction);
      return block(`if (!${fn}(${x}, ${this.callArgs(ptr)}, errors${this.dynamicArg()}))`, [`${valid} = false;`]);
    }
    const out: Lines = [];
    // What in-place keywords evaluate of this value: recorded for an `unevaluated…` keyword here or around it.
    const outer = this.collectorAt(ptr);
    const unevaluated = own(schema, 'unevaluatedProperties') || own(schema, 'unevaluatedItems');
    const saved = this.collector;
    let ev = outer;
    if (unevaluated) {
      ev = this.local('ev');
      out.push(`const ${ev} = ${this.rt('newEvaluated')}();`);
      this.collectInto(ev, ptr);
    }

    // type, then the keywords of each type (only those the type allows), cheap before costly
    const types = own(schema, 'type') ? this.types(schema['type'], loc) : undefined;
    const allowedGroups = new Set<TypeGroup | undefined>(types === undefined ? ['string', 'number', 'array', 'object'] : types.map((type) => TYPE_GROUP[type]));
    const groups = new Map<TypeGroup, Lines>();
    const addGroup = (group: TypeGroup, compile: () => Lines): void => {
      if (!allowedGroups.has(group)) return;
      const lines = compile();
      if (lines.length > 0) groups.set(group, lines);
    };
    addGroup('string', () => this.stringKeywords(schema, loc, x, ptr, valid));
    addGroup('number', () => this.numberKeywords(schema, loc, x, ptr, valid));
    addGroup('array', () => this.arrayKeywords(schema, loc, x, ptr, valid, direction));
    addGroup('object', () => this.objectKeywords(schema, loc, x, ptr, valid, direction, inheritedMarked));

    if (types !== undefined) {
      const condition = types.map((type) => (types.length === 1 ? TYPE_CONDITIONS[type](x) : `(${TYPE_CONDITIONS[type](x)})`)).join(' || ');
      const inner: Lines = [];
      for (const [group, lines] of groups) {
        if (allowedGroups.size === 1) inner.push(...lines);
        else inner.push(...block(`if (${GROUP_CONDITIONS[group](x)})`, lines));
      }
      const failure = this.error(ptr, 'type', `must be ${listWords(types)}`, valid);
      out.push(...block(`if (!(${condition}))`, failure));
      if (inner.length > 0) {
        out[out.length - 1] = '} else {';
        out.push(...indent(inner), '}');
      }
    } else {
      for (const [group, lines] of groups) out.push(...block(`if (${GROUP_CONDITIONS[group](x)})`, lines));
    }

    out.push(...this.constAndEnum(schema, loc, x, ptr, valid));
    out.push(...this.applicators(schema, loc, x, ptr, valid, direction, inheritedMarked));
    if (unevaluated && ev !== undefined) {
      this.collector = saved;
      out.push(...this.unevaluatedKeywords(schema, loc, x, ptr, valid, direction, ev));
      if (outer !== undefined) out.push(`${this.rt('mergeEvaluated')}(${outer}, ${ev});`);
    }
    return out;
  }

  /** The collector of what is evaluated of the value at `ptr`, if an `unevaluated…` keyword needs it. */
  private collector: { name: string; ptr: Ptr } | undefined;

  collectInto(name: string, ptr: Ptr): void {
    this.collector = { name, ptr };
  }

  private collectorAt(ptr: Ptr): string | undefined {
    return this.collector !== undefined && this.collector.ptr === ptr ? this.collector.name : undefined;
  }

  /** Compiles `compile` with annotations collected into `name` (a fresh collector), or dropped (`undefined`). */
  private withCollector<T>(name: string | undefined, ptr: Ptr, compile: () => T): T {
    const saved = this.collector;
    this.collector = name === undefined ? undefined : { name, ptr };
    try {
      return compile();
    } finally {
      this.collector = saved;
    }
  }

  /**
   * `unevaluatedProperties` and `unevaluatedItems`: the properties (items) no in-place keyword evaluated, which
   * `ev` has recorded, are checked against the keyword's schema; after it, every one of them is evaluated.
   */
  private unevaluatedKeywords(schema: Record<string, unknown>, loc: Loc, x: string, ptr: Ptr, valid: string, direction: Effective, ev: string): Lines {
    const out: Lines = [];
    if (own(schema, 'unevaluatedProperties')) {
      const subschema = this.subschema(schema['unevaluatedProperties'], 'unevaluatedProperties', loc);
      const o = this.local('o');
      const k = this.local('k');
      const v = this.local('x');
      const keyPtr: Ptr = [...ptr, { kind: 'key', expr: k }];
      const lines =
        subschema === false
          ? this.errorExpr(keyPtr, 'unevaluatedProperties', `"must not have unevaluated property '" + ${k} + "'"`, valid)
          : [`const ${v} = ${o}[${k}];`, ...this.schema(subschema, child(loc, 'unevaluatedProperties'), v, keyPtr, valid, direction, new Set())];
      if (subschema !== true) {
        out.push(
          ...block(`if (${GROUP_CONDITIONS.object(x)})`, [
            typedConst(o, x, 'Record<string, unknown>'),
            ...block(`for (const ${k} of Object.keys(${o}))`, block(`if (!${this.rt('isEvaluatedProperty')}(${ev}, ${k}))`, lines)),
          ]),
        );
      }
      out.push(`${ev}.allProperties = true;`);
    }
    if (own(schema, 'unevaluatedItems')) {
      const subschema = this.subschema(schema['unevaluatedItems'], 'unevaluatedItems', loc);
      const a = this.local('a');
      const i = this.local('i');
      const v = this.local('x');
      const itemPtr: Ptr = [...ptr, { kind: 'index', expr: i }];
      const lines =
        subschema === false
          ? this.errorExpr(itemPtr, 'unevaluatedItems', `"must not have unevaluated item " + ${i}`, valid)
          : [`const ${v} = ${a}[${i}];`, ...this.schema(subschema, child(loc, 'unevaluatedItems'), v, itemPtr, valid, direction, new Set())];
      if (subschema !== true) {
        out.push(
          ...block(`if (Array.isArray(${x}))`, [
            typedConst(a, x, 'readonly unknown[]'),
            ...block(`for (let ${i} = 0; ${i} < ${a}.length; ${i}++)`, block(`if (!${this.rt('isEvaluatedItem')}(${ev}, ${i}))`, lines)),
          ]),
        );
      }
      out.push(`${ev}.allItems = true;`);
    }
    return out;
  }

  private types(value: unknown, loc: Loc): JsonType[] {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || !list.every((type) => typeof type === 'string' && JSON_TYPES.has(type))) {
      throw this.compiler.fail('type', loc, 'type must be a JSON type name or a non-empty array of them');
    }
    const types = [...new Set(list as JsonType[])];
    if (types.includes('number') && types.includes('integer')) return types.filter((type) => type !== 'integer');
    return types;
  }

  private nonNegativeInteger(schema: Record<string, unknown>, keyword: string, loc: Loc): number | undefined {
    if (!own(schema, keyword)) return undefined;
    const value = schema[keyword];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw this.compiler.fail(keyword, loc, `${keyword} must be a non-negative integer`);
    }
    return value;
  }

  private finiteNumber(schema: Record<string, unknown>, keyword: string, loc: Loc): number | undefined {
    if (!own(schema, keyword)) return undefined;
    const value = schema[keyword];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this.compiler.fail(keyword, loc, `${keyword} must be a number`);
    }
    return value;
  }

  private subschema(value: unknown, keyword: string, loc: Loc): JsonSchema {
    if (isObject(value) || typeof value === 'boolean') return value;
    throw this.compiler.fail(keyword, loc, `${keyword} must hold a schema (an object or a boolean)`);
  }

  private stringKeywords(schema: Record<string, unknown>, loc: Loc, x: string, ptr: Ptr, valid: string): Lines {
    const minLength = this.nonNegativeInteger(schema, 'minLength', loc);
    const maxLength = this.nonNegativeInteger(schema, 'maxLength', loc);
    const tail: Lines = [];
    if (own(schema, 'pattern')) {
      const pattern = schema['pattern'];
      if (typeof pattern !== 'string') throw this.compiler.fail('pattern', loc, 'pattern must be a string');
      if (regexFlags(pattern) === undefined) {
        throw this.compiler.fail('pattern', loc, `${JSON.stringify(pattern)} is not a valid ECMA-262 regular expression`);
      }
      const regex = this.compiler.regex(pattern);
      tail.push(...block(`if (!${regex}.test(${x}))`, this.error(ptr, 'pattern', `must match pattern ${JSON.stringify(pattern)}`, valid)));
    }
    if (own(schema, 'format')) {
      const format = schema['format'];
      if (typeof format !== 'string') throw this.compiler.fail('format', loc, 'format must be a string');
      const checker = FORMAT_CHECKERS[format];
      if (this.compiler.formats === 'assert' && checker !== undefined && Object.prototype.hasOwnProperty.call(FORMAT_CHECKERS, format)) {
        tail.push(...block(`if (!${this.rt(checker)}(${x}))`, this.error(ptr, 'format', `must match format ${JSON.stringify(format)}`, valid)));
      }
    }
    const out: Lines = [];
    if (minLength !== undefined && minLength > 0) {
      const condition = minLength === 1 ? `${x}.length === 0` : `${x}.length < ${2 * minLength} && ${this.rt('codePointLength')}(${x}) < ${minLength}`;
      out.push(...block(`if (${condition})`, this.error(ptr, 'minLength', `must be at least ${plural(minLength, 'character')}`, valid)));
    }
    if (maxLength !== undefined) {
      out.push(
        ...block(
          `if (${x}.length > ${maxLength} && ${this.rt('codePointLength')}(${x}) > ${maxLength})`,
          this.error(ptr, 'maxLength', `must be at most ${plural(maxLength, 'character')}`, valid),
        ),
      );
      if (tail.length > 0) {
        out[out.length - 1] = '} else {';
        out.push(...indent(tail), '}');
      }
    } else {
      out.push(...tail);
    }
    return out;
  }

  private numberKeywords(schema: Record<string, unknown>, loc: Loc, x: string, ptr: Ptr, valid: string): Lines {
    const out: Lines = [];
    for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum'] as const) {
      if (own(schema, keyword) && typeof schema[keyword] === 'boolean') {
        throw this.compiler.fail(keyword, loc, `the boolean form of ${keyword} (OpenAPI 3.0 / draft 4) is not JSON Schema 2020-12`);
      }
    }
    const bounds: Array<[string, string, string]> = [
      ['minimum', '<', '>='],
      ['maximum', '>', '<='],
      ['exclusiveMinimum', '<=', '>'],
      ['exclusiveMaximum', '>=', '<'],
    ];
    for (const [keyword, failing, wording] of bounds) {
      const bound = this.finiteNumber(schema, keyword, loc);
      if (bound === undefined) continue;
      out.push(...block(`if (${x} ${failing} ${jsonLiteral(bound)})`, this.error(ptr, keyword, `must be ${wording} ${numberText(bound)}`, valid)));
    }
    const divisor = this.finiteNumber(schema, 'multipleOf', loc);
    if (divisor !== undefined) {
      if (divisor <= 0) throw this.compiler.fail('multipleOf', loc, 'multipleOf must be greater than 0');
      const condition = Number.isInteger(divisor)
        ? `${x} % ${jsonLiteral(divisor)} !== 0`
        : `!${this.rt('isMultipleOf')}(${x}, ${jsonLiteral(divisor)})`;
      out.push(...block(`if (${condition})`, this.error(ptr, 'multipleOf', `must be a multiple of ${numberText(divisor)}`, valid)));
    }
    return out;
  }

  private arrayKeywords(schema: Record<string, unknown>, loc: Loc, x: string, ptr: Ptr, valid: string, direction: Effective): Lines {
    const out: Lines = [];
    const a = this.local('a');
    const ev = this.collectorAt(ptr);
    const minItems = this.nonNegativeInteger(schema, 'minItems', loc);
    const maxItems = this.nonNegativeInteger(schema, 'maxItems', loc);
    if (minItems !== undefined && minItems > 0) {
      out.push(...block(`if (${a}.length < ${minItems})`, this.error(ptr, 'minItems', `must have at least ${plural(minItems, 'item')}`, valid)));
    }
    if (maxItems !== undefined) {
      out.push(...block(`if (${a}.length > ${maxItems})`, this.error(ptr, 'maxItems', `must have at most ${plural(maxItems, 'item')}`, valid)));
    }
    if (own(schema, 'uniqueItems')) {
      const unique = schema['uniqueItems'];
      if (typeof unique !== 'boolean') throw this.compiler.fail('uniqueItems', loc, 'uniqueItems must be a boolean');
      if (unique) {
        const d = this.local('d');
        out.push(`const ${d} = ${this.rt('findDuplicateItems')}(${a});`);
        out.push(
          ...block(
            `if (${d} !== undefined)`,
            this.errorExpr(ptr, 'uniqueItems', `"must not have duplicate items (items " + ${d}[0] + " and " + ${d}[1] + " are identical)"`, valid),
          ),
        );
      }
    }
    let prefixLength = 0;
    if (own(schema, 'prefixItems')) {
      const prefixItems = schema['prefixItems'];
      if (!Array.isArray(prefixItems)) throw this.compiler.fail('prefixItems', loc, 'prefixItems must be an array of schemas');
      prefixLength = prefixItems.length;
      prefixItems.forEach((item: unknown, index) => {
        const itemLoc = child(loc, 'prefixItems', String(index));
        const subschema = this.subschema(item, 'prefixItems', loc);
        if (isTrivial(subschema)) return;
        const v = this.local('x');
        const itemPtr: Ptr = [...ptr, { kind: 'index', expr: String(index) }];
        const lines = this.schema(subschema, itemLoc, v, itemPtr, valid, direction, new Set());
        out.push(...block(`if (${a}.length > ${index})`, [`const ${v} = ${a}[${index}];`, ...lines]));
      });
      if (ev !== undefined && prefixLength > 0) out.push(`${this.rt('evaluateItems')}(${ev}, Math.min(${a}.length, ${prefixLength}));`);
    }
    if (own(schema, 'items')) {
      const items = schema['items'];
      if (Array.isArray(items)) {
        throw this.compiler.fail('items', loc, 'the array form of items (draft 2019-09 and earlier) is not JSON Schema 2020-12; use prefixItems');
      }
      const subschema = this.subschema(items, 'items', loc);
      if (subschema === false) {
        out.push(...block(`if (${a}.length > ${prefixLength})`, this.error(ptr, 'items', `must have at most ${plural(prefixLength, 'item')}`, valid)));
      } else if (!isTrivial(subschema)) {
        const i = this.local('i');
        const v = this.local('x');
        const lines = this.schema(subschema, child(loc, 'items'), v, [...ptr, { kind: 'index', expr: i }], valid, direction, new Set());
        out.push(...block(`for (let ${i} = ${prefixLength}; ${i} < ${a}.length; ${i}++)`, [`const ${v} = ${a}[${i}];`, ...lines]));
      }
      if (ev !== undefined) out.push(`${ev}.allItems = true;`);
    }
    if (own(schema, 'contains')) {
      const subschema = this.subschema(schema['contains'], 'contains', loc);
      const minContains = this.nonNegativeInteger(schema, 'minContains', loc) ?? 1;
      const maxContains = this.nonNegativeInteger(schema, 'maxContains', loc);
      if (minContains > 0 || maxContains !== undefined || ev !== undefined) {
        const count = this.local('c');
        const mark = this.local('e');
        const i = this.local('i');
        const v = this.local('x');
        const b = this.local('b');
        const lines = this.silently(() => this.schema(subschema, child(loc, 'contains'), v, [...ptr, { kind: 'index', expr: i }], b, direction, new Set()));
        // Every matching item is an evaluated one; otherwise the search may stop at enough of them.
        const onMatch =
          ev !== undefined ? [`${count}++;`, `${ev}.itemSet.add(${i});`] : maxContains === undefined ? [`if (++${count} >= ${minContains}) break;`] : [`${count}++;`];
        out.push(`let ${count} = 0;`);
        out.push(`const ${mark} = errors.length;`);
        out.push(...block(`for (let ${i} = 0; ${i} < ${a}.length; ${i}++)`, [`const ${v} = ${a}[${i}];`, `let ${b} = true;`, ...lines, ...block(`if (${b})`, onMatch)]));
        out.push(`if (errors.length > ${mark}) errors.length = ${mark};`);
        if (minContains > 0) {
          const keyword = own(schema, 'minContains') ? 'minContains' : 'contains';
          out.push(...block(`if (${count} < ${minContains})`, this.error(ptr, keyword, `must contain at least ${plural(minContains, 'matching item')}`, valid)));
        }
        if (maxContains !== undefined) {
          out.push(...block(`if (${count} > ${maxContains})`, this.error(ptr, 'maxContains', `must contain at most ${plural(maxContains, 'matching item')}`, valid)));
        }
      }
    }
    if (out.length === 0) return out;
    return [typedConst(a, x, 'readonly unknown[]'), ...out];
  }

  private objectKeywords(
    schema: Record<string, unknown>,
    loc: Loc,
    x: string,
    ptr: Ptr,
    valid: string,
    direction: Effective,
    inheritedMarked: ReadonlySet<string>,
  ): Lines {
    const out: Lines = [];
    const o = this.local('o');
    const hasOwn = (name: string): string => `${this.rt('hasOwn')}(${o}, ${lit(name)})`;
    const ev = this.collectorAt(ptr);
    // Whether the object's value for a name is its own: a plain object (JSON's) has no other unless
    // Object.prototype has one by that name, a cheap look-up; otherwise hasOwn says.
    const plain = this.local('p');
    let plainUsed = false;
    // A function given a slice of the checks works out the same for itself.
    const plainPrelude = (): Lines => [`const ${plain} = ${this.rt('getPrototypeOf')}(${o}) === ${this.rt('OBJECT_PROTOTYPE')};`];
    const owns = (name: string): string => {
      plainUsed = true;
      return `(${plain} && ${this.rt('OBJECT_PROTOTYPE')}[${lit(name)}] === undefined || ${hasOwn(name)})`;
    };
    const forbidden: 'readOnly' | 'writeOnly' | undefined =
      direction === 'request' ? 'readOnly' : direction === 'response' ? 'writeOnly' : undefined;

    // properties that may not be sent in this direction: not required, and an error when present
    let marked: ReadonlySet<string> = new Set();
    if (forbidden !== undefined) {
      const own_ = this.compiler.markedIn(schema, loc, forbidden);
      for (const name of inheritedMarked) own_.add(name);
      marked = own_;
    }

    const properties = own(schema, 'properties') ? schema['properties'] : undefined;
    if (properties !== undefined && !isObject(properties)) throw this.compiler.fail('properties', loc, 'properties must be an object');
    const propertyNames = properties === undefined ? [] : Object.keys(properties);
    const patternProperties = own(schema, 'patternProperties') ? schema['patternProperties'] : undefined;
    if (patternProperties !== undefined && !isObject(patternProperties)) {
      throw this.compiler.fail('patternProperties', loc, 'patternProperties must be an object');
    }
    const patterns = patternProperties === undefined ? [] : Object.keys(patternProperties);
    const requiredCount = Array.isArray(schema['required']) ? schema['required'].length : 0;
    // Scanning: one for…in over the object finds the declared properties it owns, each into a local, and counts the
    // other keys. V8 all but removes a hasOwn inside a for…in over the same object, where Object.getPrototypeOf and a
    // look-up per name cost more than the checks of a small body. Not with patternProperties or propertyNames, which
    // look at every key anyway, nor when the checks are spread over functions (past CHECKS_PER_FUNCTION).
    const scanning =
      propertyNames.length > 0 &&
      propertyNames.length <= CHECKS_PER_FUNCTION &&
      requiredCount <= CHECKS_PER_FUNCTION &&
      patterns.length === 0 &&
      !own(schema, 'propertyNames');
    const slots = new Map<string, string>();
    if (scanning) for (const name of propertyNames) slots.set(name, this.local('v'));
    /** Whether the object has its own `name` (its scanned local, or a look-up), and whether it has not. */
    const present = (name: string): string => {
      const slot = slots.get(name);
      return slot !== undefined ? `${slot} !== undefined` : `${o}[${lit(name)}] !== undefined && ${owns(name)}`;
    };
    const absent = (name: string): string => {
      const slot = slots.get(name);
      return slot !== undefined ? `${slot} === undefined` : `${o}[${lit(name)}] === undefined || !${owns(name)}`;
    };

    const requiredChecks: CheckBlock[] = [];
    if (own(schema, 'required')) {
      const required = schema['required'];
      if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) {
        throw this.compiler.fail('required', loc, 'required must be an array of strings');
      }
      for (const name of new Set(required as string[])) {
        if (marked.has(name)) continue;
        requiredChecks.push({
          name,
          lines: (v) => block(`if (${absent(name)})`, this.error(ptr, 'required', `must have required property '${name}'`, v)),
        });
      }
    }
    // The scan (below) goes before the checks that read what it finds.
    const scanAt = out.length;
    out.push(...this.checkBlocks(requiredChecks, o, loc, valid, plainPrelude));

    const minProperties = this.nonNegativeInteger(schema, 'minProperties', loc);
    const maxProperties = this.nonNegativeInteger(schema, 'maxProperties', loc);

    // the key loop: patternProperties, additionalProperties, propertyNames
    const additional = own(schema, 'additionalProperties')
      ? this.subschema(schema['additionalProperties'], 'additionalProperties', loc)
      : undefined;
    const names = own(schema, 'propertyNames') ? this.subschema(schema['propertyNames'], 'propertyNames', loc) : undefined;
    const needsAdditional = additional !== undefined && !isTrivial(additional);
    const needsNames = names !== undefined && !isTrivial(names);
    const needsLoop = needsAdditional || needsNames || patterns.length > 0;
    const keys = this.local('k');
    const countKeys = minProperties !== undefined || maxProperties !== undefined;
    // Counting the declared properties present (see below) needs no list of keys unless the counts differ.
    const countedWithoutKeys =
      !scanning && needsAdditional && !needsNames && patterns.length === 0 && !countKeys && propertyNames.length > 0 && propertyNames.length <= CHECKS_PER_FUNCTION;
    const total = this.local('c');
    const others = this.local('c');
    if (scanning) {
      const k = this.local('k');
      const cases = propertyNames.map((name) => `case ${lit(name)}: ${slots.get(name)} = ${o}[${k}]; break;`);
      if (needsAdditional) cases.push(`default: ${others}++;`);
      const scan: Lines = [{ typescript: `let ${[...slots.values()].map((slot) => `${slot}: unknown`).join(', ')};`, javascript: `let ${[...slots.values()].join(', ')};` }];
      if (countKeys) scan.push(`let ${total} = 0;`);
      if (needsAdditional) scan.push(`let ${others} = 0;`);
      const each = [`if (!${this.rt('hasOwn')}(${o}, ${k})) continue;`, ...(countKeys ? [`${total}++;`] : []), ...block(`switch (${k})`, cases)];
      scan.push(...block(`for (const ${k} in ${o})`, each));
      out.splice(scanAt, 0, ...scan);
    } else if (countKeys || (needsLoop && !countedWithoutKeys)) out.push(`const ${keys} = Object.keys(${o});`);
    const keyCount = scanning ? total : `${keys}.length`;
    if (minProperties !== undefined && minProperties > 0) {
      out.push(
        ...block(`if (${keyCount} < ${minProperties})`, this.error(ptr, 'minProperties', `must have at least ${plural(minProperties, 'property').replace(/propertys$/, 'properties')}`, valid)),
      );
    }
    if (maxProperties !== undefined) {
      out.push(
        ...block(`if (${keyCount} > ${maxProperties})`, this.error(ptr, 'maxProperties', `must have at most ${plural(maxProperties, 'property').replace(/propertys$/, 'properties')}`, valid)),
      );
    }

    // When only additionalProperties looks at the other keys, the declared ones present are counted: as many keys
    // as those means no other key, and the key loop is skipped.
    const counted = !scanning && needsAdditional && !needsNames && patterns.length === 0 && propertyNames.length > 0 && propertyNames.length <= CHECKS_PER_FUNCTION;
    const presentCount = this.local('n');
    const count: Lines = counted ? [`${presentCount}++;`] : [];
    const propertyChecks: CheckBlock[] = [];
    for (const name of propertyNames) {
      const propertyLoc = child(loc, 'properties', name);
      const subschema = this.subschema(properties![name], 'properties', loc);
      const propertyPtr: Ptr = [...ptr, { kind: 'name', name }];
      if (forbidden !== undefined && this.compiler.marked(subschema, propertyLoc, forbidden)) {
        const message = forbidden === 'readOnly' ? 'is read-only and may not be sent' : 'is write-only and may not be returned';
        const slot = slots.get(name);
        const sent = slot !== undefined ? `${slot} !== undefined` : hasOwn(name);
        propertyChecks.push({ name, lines: (v) => block(`if (${sent})`, [...count, ...this.error(propertyPtr, forbidden, message, v)]) });
        continue;
      }
      if (isTrivial(subschema)) {
        if (counted) propertyChecks.push({ name, lines: () => block(`if (${o}[${lit(name)}] !== undefined && ${owns(name)})`, count) });
        continue;
      }
      propertyChecks.push({
        name,
        lines: (v) => {
          const slot = slots.get(name);
          if (slot !== undefined) return block(`if (${slot} !== undefined)`, this.schema(subschema, propertyLoc, slot, propertyPtr, v, direction, new Set()));
          const x = this.local('x');
          const lines = this.schema(subschema, propertyLoc, x, propertyPtr, v, direction, new Set());
          return [`const ${x} = ${o}[${lit(name)}];`, ...block(`if (${x} !== undefined && ${owns(name)})`, [...count, ...lines])];
        },
      });
    }
    if (counted) out.push(`let ${presentCount} = 0;`);
    out.push(...this.checkBlocks(propertyChecks, o, loc, valid, plainPrelude));
    if (ev !== undefined && own(schema, 'additionalProperties')) {
      out.push(`${ev}.allProperties = true;`);
    } else if (ev !== undefined && propertyNames.length > 0) {
      out.push(`${this.rt('evaluateProperties')}(${ev}, ${o}, ${this.compiler.jsonConstant(propertyNames, 'readonly string[]')});`);
    }

    if (needsLoop) {
      const k = this.local('k');
      const body: Lines = [];
      const keyPtr: Ptr = [...ptr, { kind: 'key', expr: k }];
      const v = this.local('x');
      const needsValue = patterns.length > 0 || (needsAdditional && additional !== false);
      if (needsValue) body.push(`const ${v} = ${o}[${k}];`);
      if (needsNames && names !== undefined) {
        const mark = this.local('e');
        const b = this.local('b');
        const name = this.local('x');
        const lines = this.schema(names, child(loc, 'propertyNames'), name, keyPtr, b, direction, new Set());
        body.push(`const ${mark} = errors.length;`, annotatedConst(name, 'unknown', k), `let ${b} = true;`, ...lines);
        body.push(...block(`if (!${b})`, [`${this.rt('markPropertyNameErrors')}(errors, ${mark});`, `${valid} = false;`]));
      }
      const matched = this.local('m');
      if (needsAdditional && patterns.length > 0) body.push(`let ${matched} = false;`);
      patterns.forEach((pattern) => {
        const subschema = this.subschema(patternProperties?.[pattern], 'patternProperties', loc);
        if (regexFlags(pattern) === undefined) {
          throw this.compiler.fail('patternProperties', loc, `${JSON.stringify(pattern)} is not a valid ECMA-262 regular expression`);
        }
        const regex = this.compiler.regex(pattern);
        const lines = this.schema(subschema, child(loc, 'patternProperties', pattern), v, keyPtr, valid, direction, new Set());
        const evaluated = ev !== undefined && !own(schema, 'additionalProperties') ? [`${ev}.properties.add(${k});`] : [];
        const inner = needsAdditional ? [`${matched} = true;`, ...evaluated, ...lines] : [...evaluated, ...lines];
        if (inner.length > 0) body.push(...block(`if (${regex}.test(${k}))`, inner));
      });
      if (needsAdditional && additional !== undefined) {
        const conditions: string[] = [];
        if (propertyNames.length > 8) {
          const set = this.compiler.primitiveSet(propertyNames);
          conditions.push(`!${set}.has(${k})`);
        } else {
          for (const name of propertyNames) conditions.push(`${k} !== ${lit(name)}`);
        }
        if (patterns.length > 0) conditions.push(`!${matched}`);
        const lines =
          additional === false
            ? this.errorExpr(keyPtr, 'additionalProperties', `"must not have additional property '" + ${k} + "'"`, valid)
            : this.schema(additional, child(loc, 'additionalProperties'), v, keyPtr, valid, direction, new Set());
        body.push(...(conditions.length === 0 ? lines : block(`if (${conditions.join(' && ')})`, lines)));
      }
      const loop = block(`for (const ${k} of ${keys})`, body);
      if (countedWithoutKeys) {
        // for…in counts inherited enumerable keys too (only a polluted Object.prototype has them): then the
        // counts differ and the loop, over own keys, finds nothing more.
        const counter = this.local('c');
        const name = this.local('k');
        out.push(`let ${counter} = 0;`, `for (const ${name} in ${o}) ${counter}++;`);
        out.push(...block(`if (${counter} !== ${presentCount})`, [`const ${keys} = Object.keys(${o});`, ...loop]));
      } else if (scanning) {
        out.push(...block(`if (${others} !== 0)`, [`const ${keys} = Object.keys(${o});`, ...loop]));
      } else {
        out.push(...(counted ? block(`if (${keys}.length !== ${presentCount})`, loop) : loop));
      }
    }

    if (own(schema, 'dependentRequired')) {
      const dependentRequired = schema['dependentRequired'];
      if (!isObject(dependentRequired)) throw this.compiler.fail('dependentRequired', loc, 'dependentRequired must be an object');
      for (const name of Object.keys(dependentRequired)) {
        const list = dependentRequired[name];
        if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
          throw this.compiler.fail('dependentRequired', loc, 'dependentRequired values must be arrays of strings');
        }
        const checks: Lines = [];
        for (const dependency of new Set(list as string[])) {
          checks.push(
            ...block(
              `if (${absent(dependency)})`,
              this.error(ptr, 'dependentRequired', `must have property '${dependency}' when property '${name}' is present`, valid),
            ),
          );
        }
        if (checks.length > 0) out.push(...block(`if (${present(name)})`, checks));
      }
    }

    if (own(schema, 'dependentSchemas')) {
      const dependentSchemas = schema['dependentSchemas'];
      if (!isObject(dependentSchemas)) throw this.compiler.fail('dependentSchemas', loc, 'dependentSchemas must be an object');
      for (const name of Object.keys(dependentSchemas)) {
        const subschema = this.subschema(dependentSchemas[name], 'dependentSchemas', loc);
        if (isTrivial(subschema)) continue;
        const v = this.local('x');
        const lines = this.schema(subschema, child(loc, 'dependentSchemas', name), v, ptr, valid, direction, new Set());
        out.push(...block(`if (${present(name)})`, [annotatedConst(v, 'unknown', o), ...lines]));
      }
    }

    if (out.length === 0) return out;
    const head: Lines = [typedConst(o, x, 'Record<string, unknown>')];
    if (plainUsed) head.push(...plainPrelude());
    return [...head, ...out];
  }

  private constAndEnum(schema: Record<string, unknown>, loc: Loc, x: string, ptr: Ptr, valid: string): Lines {
    const out: Lines = [];
    if (own(schema, 'const')) {
      const value = schema['const'];
      if (!isJsonValue(value)) throw this.compiler.fail('const', loc, 'const must be a JSON value');
      const condition = isPrimitive(value)
        ? `${x} !== ${jsonLiteral(value)}`
        : `!${this.rt('deepEqual')}(${x}, ${this.compiler.jsonConstant(value, 'unknown')})`;
      out.push(...block(`if (${condition})`, this.error(ptr, 'const', 'must be equal to constant', valid)));
    }
    if (own(schema, 'enum')) {
      const values = schema['enum'];
      if (!Array.isArray(values) || !isJsonValue(values)) throw this.compiler.fail('enum', loc, 'enum must be an array of JSON values');
      let condition: string;
      if (values.length === 0) condition = 'true';
      else if (values.every(isPrimitive)) {
        condition =
          values.length <= 4
            ? values.map((item) => `${x} !== ${jsonLiteral(item)}`).join(' && ')
            : `!${this.compiler.primitiveSet(values)}.has(${x})`;
      } else {
        condition = `!${this.rt('includesDeep')}(${this.compiler.jsonConstant(values, 'readonly unknown[]')}, ${x})`;
      }
      out.push(...block(`if (${condition})`, this.error(ptr, 'enum', 'must be equal to one of the allowed values', valid)));
    }
    return out;
  }

  private schemaList(schema: Record<string, unknown>, keyword: string, loc: Loc): JsonSchema[] {
    const value = schema[keyword];
    if (!Array.isArray(value) || value.length === 0) throw this.compiler.fail(keyword, loc, `${keyword} must be a non-empty array of schemas`);
    return value.map((item: unknown) => this.subschema(item, keyword, loc));
  }

  /**
   * A `oneOf`/`anyOf` with an OpenAPI discriminator: the value of its property picks one branch, which alone is
   * checked, so its errors are the errors. A missing or unmapped value is an error of its own; a value that is no
   * object is checked against every branch, as without a discriminator.
   */
  private discriminatedBranches(
    schema: Record<string, unknown>,
    keyword: 'oneOf' | 'anyOf',
    branches: ReadonlyMap<string, number>,
    loc: Loc,
    x: string,
    ptr: Ptr,
    valid: string,
    direction: Effective,
    inheritedMarked: ReadonlySet<string>,
  ): Lines {
    const members = this.schemaList(schema, keyword, loc);
    const property = (schema['discriminator'] as { propertyName: string }).propertyName;
    const o = this.local('o');
    const tag = this.local('t');
    const cases: Lines = [];
    const byBranch = new Map<number, string[]>();
    for (const [value, index] of branches) byBranch.set(index, [...(byBranch.get(index) ?? []), value]);
    for (const [index, values] of byBranch) {
      const member = members[index];
      if (member === undefined) continue;
      const lines = this.schema(member, child(loc, keyword, String(index)), x, ptr, valid, direction, inheritedMarked);
      cases.push(...values.map((value) => `case ${lit(value)}:`), ...indent([...lines, 'break;']));
    }
    const known = [...branches.keys()].map((value) => JSON.stringify(value)).join(', ');
    const tagPtr: Ptr = [...ptr, { kind: 'name', name: property }];
    cases.push('default:', ...indent([...this.error(tagPtr, 'discriminator', `must be one of ${known}`, valid), 'break;']));
    const dispatch = [
      typedConst(o, x, 'Record<string, unknown>'),
      `const ${tag} = ${o}[${lit(property)}];`,
      ...block(
        `if (${tag} === undefined || !${this.rt('hasOwn')}(${o}, ${lit(property)}))`,
        this.error(ptr, 'discriminator', `must have the discriminator property '${property}'`, valid),
      ),
    ];
    dispatch[dispatch.length - 1] = '} else {';
    dispatch.push(...indent(block(`switch (${tag})`, cases)), '}');
    // Not an object: the branches as they are.
    const plain = this.compiler.withoutDiscriminator(() => this.applicators({ [keyword]: schema[keyword] }, loc, x, ptr, valid, direction, inheritedMarked));
    const out = block(`if (${GROUP_CONDITIONS.object(x)})`, dispatch);
    if (plain.length > 0) {
      out[out.length - 1] = '} else {';
      out.push(...indent(plain), '}');
    }
    return out;
  }

  private applicators(
    schema: Record<string, unknown>,
    loc: Loc,
    x: string,
    ptr: Ptr,
    valid: string,
    direction: Effective,
    inheritedMarked: ReadonlySet<string>,
  ): Lines {
    const out: Lines = [];
    const ev = this.collectorAt(ptr);
    if (own(schema, '$ref')) {
      const { fn, target, inline } = this.compiler.ref(schema['$ref'], loc, direction, ev !== undefined);
      const evArg = ev === undefined ? '' : `, ${ev}`;
      if (inline !== undefined) out.push(...this.schema(inline, target, x, ptr, valid, direction, new Set()));
      else if (fn !== undefined) out.push(...block(`if (!${fn}(${x}, ${this.callArgs(ptr)}, errors${this.dynamicArg()}${evArg}))`, [`${valid} = false;`]));
    }
    if (own(schema, '$dynamicRef')) {
      const { fn, anchor } = this.compiler.dynamicRef(schema['$dynamicRef'], loc, direction);
      // The target takes what it evaluated in a collector: this one, or a fresh one nobody reads.
      const evArg = ev ?? `${this.rt('newEvaluated')}()`;
      const target = anchor === undefined ? fn : `(dynamic.get(${lit(anchor)}) ?? ${fn})`;
      out.push(...block(`if (!${target}(${x}, ${this.callArgs(ptr)}, errors, dynamic, ${evArg}))`, [`${valid} = false;`]));
    }
    // A branch's annotations count only when it matches: it collects into its own, merged then.
    const branch = (compile: () => Lines, b: string): { lines: Lines; merge: Lines } => {
      if (ev === undefined) return { lines: compile(), merge: [] };
      const own_ = this.local('ev');
      const lines = this.withCollector(own_, ptr, compile);
      return { lines: [`const ${own_} = ${this.rt('newEvaluated')}();`, ...lines], merge: block(`if (${b})`, [`${this.rt('mergeEvaluated')}(${ev}, ${own_});`]) };
    };
    if (own(schema, 'allOf')) {
      const members = this.schemaList(schema, 'allOf', loc);
      const marked = new Set(inheritedMarked);
      const forbidden = direction === 'request' ? 'readOnly' : direction === 'response' ? 'writeOnly' : undefined;
      if (forbidden !== undefined) for (const name of this.compiler.markedIn(schema, loc, forbidden)) marked.add(name);
      members.forEach((member, index) => {
        out.push(...this.schema(member, child(loc, 'allOf', String(index)), x, ptr, valid, direction, marked));
      });
    }
    const discriminated = this.compiler.discriminator ? (['oneOf', 'anyOf'] as const).find((keyword) => own(schema, keyword)) : undefined;
    const branches = discriminated === undefined ? undefined : this.compiler.discriminatorBranches(schema, discriminated, loc);
    if (discriminated !== undefined && branches !== undefined) {
      out.push(...this.discriminatedBranches(schema, discriminated, branches, loc, x, ptr, valid, direction, inheritedMarked));
    }
    if (own(schema, 'anyOf') && !(discriminated === 'anyOf' && branches !== undefined)) {
      const members = this.schemaList(schema, 'anyOf', loc);
      const mark = this.local('e');
      const matched = this.local('m');
      out.push(`const ${mark} = errors.length;`, `let ${matched} = false;`);
      members.forEach((member, index) => {
        const b = this.local('b');
        const { lines, merge } = branch(() => this.schema(member, child(loc, 'anyOf', String(index)), x, ptr, b, direction, inheritedMarked), b);
        const body = [`let ${b} = true;`, ...lines, ...block(`if (${b})`, [`${matched} = true;`]), ...merge];
        // Once one matched, the rest need not run, unless their annotations are collected.
        out.push(...(index === 0 || ev !== undefined ? block('', body) : block(`if (!${matched})`, body)));
      });
      out.push(...block(`if (${matched})`, [`if (errors.length > ${mark}) errors.length = ${mark};`]));
      out[out.length - 1] = '} else {';
      out.push(...indent(this.error(ptr, 'anyOf', 'must match a schema in anyOf', valid)), '}');
    }
    if (own(schema, 'oneOf') && !(discriminated === 'oneOf' && branches !== undefined)) {
      const members = this.schemaList(schema, 'oneOf', loc);
      const mark = this.local('e');
      const count = this.local('c');
      out.push(`const ${mark} = errors.length;`, `let ${count} = 0;`);
      members.forEach((member, index) => {
        const b = this.local('b');
        const { lines, merge } = branch(() => this.schema(member, child(loc, 'oneOf', String(index)), x, ptr, b, direction, inheritedMarked), b);
        out.push(...block('', [`let ${b} = true;`, ...lines, `if (${b}) ${count}++;`, ...merge]));
      });
      out.push(...block(`if (${count} === 1)`, [`if (errors.length > ${mark}) errors.length = ${mark};`]));
      out[out.length - 1] = '} else {';
      out.push(...indent([`if (${count} > 1 && errors.length > ${mark}) errors.length = ${mark};`, ...this.error(ptr, 'oneOf', 'must match exactly one schema in oneOf', valid)]), '}');
    }
    if (own(schema, 'not')) {
      const subschema = this.subschema(schema['not'], 'not', loc);
      const mark = this.local('e');
      const b = this.local('b');
      const lines = this.withCollector(undefined, ptr, () => this.silently(() => this.schema(subschema, child(loc, 'not'), x, ptr, b, direction, new Set())));
      out.push(...block('', [`const ${mark} = errors.length;`, `let ${b} = true;`, ...lines, `if (errors.length > ${mark}) errors.length = ${mark};`, ...block(`if (${b})`, this.error(ptr, 'not', 'must not match the schema in not', valid))]));
    }
    if (own(schema, 'if')) {
      const condition = this.subschema(schema['if'], 'if', loc);
      const then = own(schema, 'then') ? this.subschema(schema['then'], 'then', loc) : undefined;
      const otherwise = own(schema, 'else') ? this.subschema(schema['else'], 'else', loc) : undefined;
      const thenLines = then === undefined ? [] : this.schema(then, child(loc, 'then'), x, ptr, valid, direction, inheritedMarked);
      const elseLines = otherwise === undefined ? [] : this.schema(otherwise, child(loc, 'else'), x, ptr, valid, direction, inheritedMarked);
      if (thenLines.length > 0 || elseLines.length > 0 || ev !== undefined) {
        const mark = this.local('e');
        const b = this.local('b');
        const { lines, merge } = branch(() => this.silently(() => this.schema(condition, child(loc, 'if'), x, ptr, b, direction, new Set())), b);
        const inner: Lines = [`const ${mark} = errors.length;`, `let ${b} = true;`, ...lines, `if (errors.length > ${mark}) errors.length = ${mark};`, ...merge];
        if (thenLines.length > 0) {
          inner.push(...block(`if (${b})`, thenLines));
          if (elseLines.length > 0) {
            inner[inner.length - 1] = '} else {';
            inner.push(...indent(elseLines), '}');
          }
        } else if (elseLines.length > 0) {
          inner.push(...block(`if (!${b})`, elseLines));
        }
        out.push(...block('', inner));
      }
    }
    return out;
  }
}

/**
 * The flags a spec's pattern compiles with: `u` (code points, as JSON Schema means) when it is a valid Unicode
 * expression; none when it is only valid as a legacy one (`\-` outside a class, common in real specs);
 * undefined when it is not a regular expression at all.
 */
export function regexFlags(pattern: string): 'u' | '' | undefined {
  for (const flags of ['u', ''] as const) {
    try {
      new RegExp(pattern, flags);
      return flags;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}
