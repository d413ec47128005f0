import type { JsonSchema } from '../json-schema.js';
import { readWriteReach } from '../read-write-reach.js';
import { InlineLeaves, pureRefTarget } from '../vocabularies/core/ref.js';
import { Vocabularies } from '../vocabularies/core/vocabularies.js';
import { HERE_DECLARATION, type Lines } from './body-lines.js';
import type { CompileValidatorsInput, CompiledValidators, ValidationDirection, ValidatorModule } from './contract.js';
import { FunctionBody, FunctionScope } from './function-scope.js';
import { oneLineComment, stringLiteral } from './literals.js';
import { ModuleNames } from './module-names.js';
import { schemaCode } from './schema-code.js';
import { locationKey, schemaPointer, SchemaDocuments, unsupportedAt, type SchemaDocument, type SchemaLocation } from './schema-documents.js';
import type { SiteContext } from './schema-site.js';
import { ASSERTING_KEYWORDS, isTrivial } from './trivial.js';

export { UnsupportedSchemaError } from './unsupported-schema-error.js';

/**
 * Compiles JSON Schema 2020-12 into standalone validator functions (see contract.ts).
 *
 * Every schema becomes straight-line code; each named schema and each `$ref` target becomes one function, shared by
 * every reference (two variants when readOnly/writeOnly make request and response differ), so recursion compiles to
 * mutually recursive functions. Every string that comes from a schema reaches the code through `JSON.stringify`.
 * The code of each keyword is in vocabularies/, behind the contract of keyword.ts; schema-code.ts puts them in order.
 */
export function compileValidators(input: CompileValidatorsInput): CompiledValidators {
  return new ValidatorCompiler(input).compile();
}

/** A function of the module: the schema at `location`, checked in `direction`. */
interface QueuedFunction {
  name: string;
  location: SchemaLocation;
  direction: ValidationDirection;
  /** Whether it also records what it evaluated of its value (a 5th parameter), for an `unevaluated…` keyword. */
  collects: boolean;
}

/** The compilation of one module: its documents, names and functions, queued as references name them. */
export class ValidatorCompiler {
  readonly documents: SchemaDocuments;
  readonly names: ModuleNames;
  readonly vocabularies: Vocabularies;
  readonly inlineLeaves = new InlineLeaves();
  private readonly functions = new Map<string, QueuedFunction>();
  private readonly queue: QueuedFunction[] = [];
  /** Functions holding a slice of another function's property checks (see check-blocks.ts). */
  private readonly checkFunctions: ValidatorModule['functions'] = [];
  private readOnlyDocuments: ReadonlySet<SchemaDocument> = new Set();
  private writeOnlyDocuments: ReadonlySet<SchemaDocument> = new Set();
  private validationErrorType = 'ValidationError';

  constructor(private readonly input: CompileValidatorsInput) {
    this.names = new ModuleNames(input.roots.map((root) => root.exportName));
    this.documents = new SchemaDocuments(input.schemas, input.remotes, input.roots);
    this.vocabularies = new Vocabularies(this.documents);
  }

  get dynamic(): boolean {
    return this.documents.hasDynamicRef;
  }

  get formats(): 'assert' | 'annotate' {
    return this.input.formats;
  }

  get valuesInMessages(): boolean {
    return this.input.valuesInMessages === true;
  }

  compile(): CompiledValidators {
    this.validationErrorType = this.names.runtimeHelper('ValidationError');
    this.analyseDirections();
    // Exported validators are constants, an arrow to the internal function (see validatorStatements).
    this.names.runtimeHelper('SchemaValidator');
    const exports: ValidatorModule['exports'] = [];
    this.input.roots.forEach((root, index) => {
      const document = this.documents.roots[index];
      if (document === undefined) return;
      const location: SchemaLocation = { document, path: [] };
      let arrow: string;
      const target = pureRefTarget(this, root.schema, location, ASSERTING_KEYWORDS);
      if (root.schema === true || (target === undefined && isTrivial(root.schema))) {
        arrow = '() => true';
      } else {
        const fn = this.functionFor(target ?? location, root.direction);
        arrow = `(value, pointer, errors) => ${fn}(value, pointer, undefined, errors${this.dynamic ? `, ${this.names.runtimeHelper('newDynamicScope')}()` : ''})`;
      }
      exports.push({ name: root.exportName, doc: `Validates a ${root.direction} value; pushes one error per failure to \`errors\`.`, arrow });
    });
    const functions: ValidatorModule['functions'] = [];
    for (let fn = this.queue.shift(); fn !== undefined; fn = this.queue.shift()) {
      const body = this.functionBody(fn);
      const { location } = fn;
      functions.push({
        name: fn.name,
        doc: oneLineComment(
          `Validates ${schemaPointer(location)}${location.document.root === undefined ? '' : ` of ${location.document.root}`}` + (fn.direction === 'neutral' ? '.' : ` (${fn.direction}).`),
        ),
        parameters: [
          { name: 'value', type: 'unknown' },
          { name: 'parent', type: 'string' },
          { name: 'key', type: 'string | number | undefined' },
          { name: 'errors', type: `${this.validationErrorType}[]` },
          ...(this.dynamic ? [{ name: 'dynamic', type: this.names.runtimeHelper('DynamicScope') }] : []),
          ...(fn.collects ? [{ name: 'evaluated', type: this.names.runtimeHelper('Evaluated') }] : []),
        ],
        body,
      });
      functions.push(...this.checkFunctions.splice(0));
    }
    return { module: { runtimeModule: this.input.runtimeModule, imports: this.names.imports(), constants: this.names.constants, functions, exports } };
  }

  /** Marks the documents whose reachable schemas use readOnly / writeOnly: only those need per-direction variants. */
  private analyseDirections(): void {
    const given = this.input.readWriteReach;
    const namedDocuments = (names: ReadonlySet<string>): Set<SchemaDocument> => new Set([...names].flatMap((name) => this.documents.named.get(name) ?? []));
    const known = given === undefined ? undefined : { readOnly: namedDocuments(given.readOnly), writeOnly: namedDocuments(given.writeOnly) };
    const documents = [...(known === undefined ? this.documents.named.values() : []), ...this.documents.remotes, ...new Set(this.documents.roots)];
    const reach = readWriteReach(
      documents.map((document) => [document, document.schema] as const),
      (ref, document, path) => this.documents.tryResolve(ref, { document, path })?.document,
      known,
    );
    this.readOnlyDocuments = reach.readOnly;
    this.writeOnlyDocuments = reach.writeOnly;
  }

  /** The code of a schema (see schema-code.ts), for sites to compile their subschemas with. */
  schemaCode(scope: FunctionScope, schema: JsonSchema, location: SchemaLocation, context: SiteContext): Lines {
    return schemaCode(scope, schema, location, context);
  }

  /** The direction a function for `document` is compiled in: `neutral` where readOnly/writeOnly change nothing. */
  private effectiveDirection(document: SchemaDocument, direction: ValidationDirection): ValidationDirection {
    if (direction === 'request' && this.readOnlyDocuments.has(document)) return 'request';
    if (direction === 'response' && this.writeOnlyDocuments.has(document)) return 'response';
    return 'neutral';
  }

  /** The name of the function validating the schema at `location` in `direction`, queued for compilation on first use. */
  functionFor(location: SchemaLocation, direction: ValidationDirection, collects = false): string {
    const effective = this.effectiveDirection(location.document, direction);
    const key = `${locationKey(location)}@${effective}${collects ? '+evaluated' : ''}`;
    const existing = this.functions.get(key);
    if (existing !== undefined) return existing.name;
    const label = location.document.name ?? `${location.document.root ?? 'root'}_schema`;
    const suffix = location.path.length === 0 ? '' : '_' + location.path.filter((s) => s !== '$defs' && s !== 'properties').join('_');
    const base = `validate_${label}${suffix}`.slice(0, 60);
    const name = this.names.allocate(`${effective === 'neutral' ? base : `${base}_${effective}`}${collects ? '_evaluated' : ''}`);
    const fn: QueuedFunction = { name, location, direction: effective, collects };
    this.functions.set(key, fn);
    this.queue.push(fn);
    return name;
  }

  private functionBody(fn: QueuedFunction): Lines {
    const schema = this.documents.schemaAt(fn.location);
    if (schema === undefined) throw unsupportedAt('$ref', fn.location, 'does not point to a schema');
    const scope = new FunctionScope(this, fn.location, fn.name);
    const body = new FunctionBody();
    const lines = schemaCode(scope, schema, fn.location, {
      value: 'value',
      path: [],
      valid: 'valid',
      direction: fn.direction,
      forbiddenAround: new Set(),
      silent: false,
      evaluated: fn.collects ? 'evaluated' : undefined,
      discriminator: this.input.discriminator === true,
      body,
    });
    const head: Lines = [];
    const anchors = this.dynamic ? this.documents.resourceDynamicAnchors(fn.location) : undefined;
    if (anchors !== undefined && anchors.size > 0) {
      const entries = [...anchors].map(([name, location]) => `[${stringLiteral(name)}, ${this.functionFor(location, fn.direction, true)}]`);
      head.push(`dynamic = ${this.names.runtimeHelper('enterDynamicScope')}(dynamic, [${entries.join(', ')}]);`);
    }
    if (body.usesHere) head.push(HERE_DECLARATION);
    if (lines.length === 0) return [...head, 'return true;'];
    return [...head, 'let valid = true;', ...lines, 'return valid;'];
  }

  /** A function holding a slice of the property checks of the object `objectVar` (see check-blocks.ts), named from `base`. */
  checksFunction(base: string, location: SchemaLocation, what: string, objectVar: string, body: Lines): string {
    const name = this.names.allocate(base);
    this.checkFunctions.push({
      name,
      doc: oneLineComment(`Checks ${what} of ${schemaPointer(location)}${location.document.root === undefined ? '' : ` of ${location.document.root}`}.`),
      parameters: [
        { name: objectVar, type: 'Record<string, unknown>' },
        { name: 'parent', type: 'string' },
        { name: 'key', type: 'string | number | undefined' },
        { name: 'errors', type: `${this.validationErrorType}[]` },
        ...(this.dynamic ? [{ name: 'dynamic', type: this.names.runtimeHelper('DynamicScope') }] : []),
      ],
      body,
    });
    return name;
  }
}
