import { setOwn } from '../../util/is-object.js';
import type { CaseCredentials, ContractCase } from '../../../templates/package/contract-model.js';
import type { ApiIR, OperationIR, ParameterIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { PackageNames } from '../../naming/package-names.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import { segmentsOf, unescapePointerSegment } from '../../util/json-pointer.js';
import { boundaryValues } from './boundary-cases.js';
import { mutatedValues } from './mutations.js';
import { operationNames } from './operation-names.js';
import { seededRandom, type Random } from './random.js';
import { bodyFields, type BodyField } from './request-fields.js';
import { isScoped, isSecured } from './contract-operations.js';
import { checkerFor, type SchemaChecker } from './schema-check.js';
import { sampleValue, ValueBuilder } from './schema-values.js';
import { cloneValues, emptyValues, LOCATION_OF, wireRequest, type RequestValues } from './wire-request.js';
import { REMOVE, type Variant } from './variants.js';

export interface DeriveOptions {
  /** The same seed gives the same cases (default 0). */
  seed?: number;
  /** The package's names, when the caller has them; planned here otherwise. */
  names?: PackageNames;
  /** Told why an operation has fewer cases than it might (an example that fails its schema, a value that cannot be built). */
  warnings?: string[];
}

/** Contract cases for every operation, in document order: examples, positive boundaries, negatives, then auth. */
export function deriveCases(ir: ApiIR, options: DeriveOptions = {}): ContractCase[] {
  const names = operationNames(ir, options.names);
  const checker = checkerFor(ir.schemas, ir.readWriteReach);
  const cases: ContractCase[] = [];
  const ids = new Set<string>();
  checker.prepare(
    ir.operations.flatMap((op): JsonSchema[] => {
      const schema = op.requestBody && jsonMedia(op.requestBody.content)?.schema;
      return [...op.parameters.map((p) => p.schema), ...(schema === undefined ? [] : [schema])];
    }),
    'request',
  );
  for (const op of ir.operations) {
    const deriver = new OperationCases(ir, op, names.get(op.id)!, checker, seededRandom(options.seed ?? 0), options.seed ?? 0, options.warnings ?? []);
    for (const c of deriver.cases()) {
      let id = c.id;
      for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
      ids.add(id);
      cases.push(id === c.id ? c : { ...c, id });
    }
  }
  return cases;
}

const PLACE_WORDS: Record<ParameterIR['in'], string> = { path: 'path', query: 'query', header: 'header', cookie: 'cookie' };

class OperationCases {
  private readonly out: ContractCase[] = [];
  private readonly bodyMedia;
  private readonly builder: ValueBuilder;

  constructor(
    private readonly ir: ApiIR,
    private readonly op: OperationIR,
    private readonly name: string,
    private readonly checker: SchemaChecker,
    private readonly random: Random,
    private readonly seed: number,
    private readonly warnings: string[],
  ) {
    this.bodyMedia = op.requestBody ? jsonMedia(op.requestBody.content) : undefined;
    this.builder = new ValueBuilder(ir.schemas, checker, random, { direction: 'request', all: false, useExamples: true });
  }

  cases(): ContractCase[] {
    const base = this.baseRequest();
    if (base) {
      this.exampleCases(base);
      this.add('positive', 'base', 'the smallest valid request: required parameters and fields only', base, 'accepted');
      for (const p of this.op.parameters) this.parameterCases(base, p);
      this.bodyCases(base);
    }
    this.authCases(base ?? emptyValues());
    return this.out;
  }

  private warn(message: string): void {
    this.warnings.push(`${this.name}: ${message}`);
  }

  private sample(schema: JsonSchema, properties: 'required' | 'all' = 'required'): unknown {
    const result = sampleValue(schema, this.ir.schemas, { direction: 'request', seed: this.seed, properties, readWriteReach: this.ir.readWriteReach });
    return result.ok ? result.value : undefined;
  }

  private parameterValue(p: ParameterIR): unknown {
    for (const example of p.examples) if (this.checker.isValid(p.schema, example.value, 'request')) return structuredClone(example.value);
    const value = this.sample(p.schema);
    // An empty path segment would route elsewhere.
    if (p.in === 'path' && value === '') return undefined;
    return value;
  }

  /** Required parameters from their examples or built values; the body from its first valid example or built. */
  private baseRequest(): RequestValues | undefined {
    const values = emptyValues();
    for (const p of this.op.parameters) {
      if (!p.required) continue;
      const value = this.parameterValue(p);
      if (value === undefined) {
        this.warn(`no valid value for the ${p.in} parameter ${p.name}: no positive or negative cases`);
        return undefined;
      }
      values[LOCATION_OF[p.in]][p.name] = value;
    }
    const body = this.op.requestBody;
    if (body && !this.bodyMedia) {
      if (body.required) {
        this.warn(`its body is not JSON (${body.content.map((m) => m.mediaType).join(', ')}): no positive or negative cases`);
        return undefined;
      }
    } else if (this.bodyMedia?.schema !== undefined) {
      const schema = this.bodyMedia.schema;
      const example = this.bodyMedia.examples.find((e) => this.checker.isValid(schema, e.value, 'request'));
      const value = example ? structuredClone(example.value) : this.sample(schema);
      if (value === undefined && body!.required) {
        this.warn('no valid request body could be built: no positive or negative cases');
        return undefined;
      }
      if (value !== undefined) values.body = { value };
    }
    return values;
  }

  private exampleCases(base: RequestValues): void {
    const withParameterExamples = cloneValues(base);
    let parameterExamples = false;
    for (const p of this.op.parameters) {
      const example = p.examples.find((e) => this.checker.isValid(p.schema, e.value, 'request'));
      if (example) {
        withParameterExamples[LOCATION_OF[p.in]][p.name] = structuredClone(example.value);
        parameterExamples = true;
      } else if (p.examples.length) this.warn(`no example of the ${p.in} parameter ${p.name} is valid for its schema`);
    }
    const schema = this.bodyMedia?.schema;
    let bodyExamples = 0;
    for (const example of this.bodyMedia?.examples ?? []) {
      if (schema !== undefined && !this.checker.isValid(schema, example.value, 'request')) {
        this.warn(`the request example ${example.name} fails its schema; no case made of it`);
        continue;
      }
      const values = { ...cloneValues(withParameterExamples), body: { value: structuredClone(example.value) } };
      this.add('example', example.name, `the documented request example ${example.name}`, values, 'accepted', true);
      bodyExamples++;
    }
    if (bodyExamples === 0 && parameterExamples) {
      this.add('example', 'parameters', "the parameters' documented examples", withParameterExamples, 'accepted', true);
    }
  }

  private parameterCases(base: RequestValues, p: ParameterIR): void {
    const location = LOCATION_OF[p.in];
    const flat = this.flat(p.schema);
    const where = `${PLACE_WORDS[p.in]} ${p.name}`;
    const idBase = `${PLACE_WORDS[p.in]}/${p.name}`;
    const valid = base[location][p.name] ?? this.parameterValue(p);
    const apply = (value: unknown): RequestValues => {
      const values = cloneValues(base);
      if (value === REMOVE) delete values[location][p.name];
      else values[location][p.name] = value;
      return values;
    };
    for (const variant of boundaryValues(flat, 'parameter', this.builder, this.random)) {
      if (p.in === 'path' && (variant.value === '' || (Array.isArray(variant.value) && variant.value.length === 0))) continue;
      if (!this.checker.isValid(p.schema, variant.value, 'request')) continue;
      this.add('positive', `${idBase}/${variant.rule}`, `${where}: ${variant.words}`, apply(variant.value), 'accepted');
    }
    if (valid === undefined) return;
    for (const variant of mutatedValues(flat, 'parameter', this.builder, valid)) {
      if (p.in === 'path' && variant.value === '') continue;
      if (!this.failsFor(p.schema, variant.value, variant)) continue;
      this.add('negative', `${idBase}/${variant.rule}`, `${where}: ${variant.words}`, apply(variant.value), 'rejected');
    }
    if (p.required && p.in !== 'path') this.add('negative', `${idBase}/required`, `${where}: left out, though required`, apply(REMOVE), 'rejected');
  }

  private bodyCases(base: RequestValues): void {
    const schema = this.bodyMedia?.schema;
    if (schema === undefined || !this.bodyMedia) return;
    const baseBody = base.body && 'value' in base.body ? base.body.value : undefined;
    for (const field of bodyFields(schema, this.ir.schemas)) {
      const where = `body ${field.pointer || '(root)'}`;
      const idBase = `body/${field.pointer ? segmentsOf(field.pointer).join('/') : '(root)'}`;
      const at = (value: unknown) => this.bodyWith(baseBody, field, value);
      if (field.forbidden) {
        const body = at('forbidden');
        if (body !== undefined && this.failsFor(schema, body, { rule: 'forbidden', words: '', value: 'forbidden' })) {
          this.add('negative', `${idBase}/forbidden`, `${where}: present, though the schema forbids it (not: {})`, { ...cloneValues(base), body: { value: body } }, 'rejected');
        }
        continue;
      }
      if (this.builder.skipped(field.schema)) {
        const value = this.sample(field.schema);
        const body = value === undefined ? undefined : at(value);
        if (body !== undefined && this.failsFor(schema, body, { rule: 'readOnly', words: '', value })) {
          this.add('negative', `${idBase}/readOnly`, `${where}: sent, though it is readOnly`, { ...cloneValues(base), body: { value: body } }, 'rejected');
        }
        continue;
      }
      for (const variant of boundaryValues(field.flat, 'body', this.builder, this.random)) {
        const body = at(variant.value);
        if (body === undefined || !this.checker.isValid(schema, body, 'request')) continue;
        this.add('positive', `${idBase}/${variant.rule}`, `${where}: ${variant.words}`, { ...cloneValues(base), body: { value: body } }, 'accepted');
      }
      const current = valueAtPointer(baseBody, field.pointer);
      const valid = current !== undefined ? current : this.sample(field.schema);
      for (const variant of mutatedValues(field.flat, 'body', this.builder, valid)) {
        const body = at(variant.value);
        if (body === undefined || !this.failsFor(schema, body, variant)) continue;
        this.add('negative', `${idBase}/${variant.rule}`, `${where}: ${variant.words}`, { ...cloneValues(base), body: { value: body } }, 'rejected');
      }
      if (field.required && field.parent) {
        const body = at(REMOVE);
        if (body !== undefined && this.failsFor(schema, body, { rule: 'required', words: '', value: REMOVE, keywords: ['required'] })) {
          this.add('negative', `${idBase}/required`, `${where}: left out, though required`, { ...cloneValues(base), body: { value: body } }, 'rejected');
        }
      }
    }
    const full = this.sample(schema, 'all');
    if (full !== undefined && JSON.stringify(full) !== JSON.stringify(baseBody)) {
      this.add('positive', 'body/(root)/all-fields', 'body: every optional field present', { ...cloneValues(base), body: { value: full } }, 'accepted');
    }
    const mediaType = this.bodyMedia.mediaType;
    this.add('negative', 'body/not-json', 'body: text that is not JSON', { ...cloneValues(base), body: { text: '{"unterminated', contentType: mediaType } }, 'rejected');
    if (!this.op.requestBody!.content.some((m) => /^(text\/plain|text\/\*|\*\/\*)/i.test(m.mediaType))) {
      const text = baseBody === undefined ? '{}' : JSON.stringify(baseBody);
      this.add('negative', 'body/content-type', 'body: sent as text/plain, a content type the operation does not take', { ...cloneValues(base), body: { text, contentType: 'text/plain' } }, 'rejected');
      this.anyRejectionUnless('415');
    }
    if (this.op.requestBody!.required) {
      const values = cloneValues(base);
      delete values.body;
      this.add('negative', 'body/missing', 'body: left out, though required', values, 'rejected');
    }
  }

  /**
   * Marks the case just added as one the spec gives no answer for when the operation does not document `status`
   * (exactly, by its range or by `default`): any 4xx then passes, as HTTP's own answer to the fault.
   */
  private anyRejectionUnless(status: string): void {
    const range = `${status.charAt(0)}XX`;
    if (this.op.responses.some((r) => r.status === status || r.status.toUpperCase() === range || r.status === 'default')) return;
    this.out.push({ ...this.out.pop()!, anyRejection: true });
  }

  private authCases(base: RequestValues): void {
    if (!isSecured(this.op)) return;
    this.add('auth', 'auth/none', 'no credentials', base, 'unauthorized', false, 'none');
    this.anyRejectionUnless('401');
    this.add('auth', 'auth/invalid', 'a credential the server does not accept', base, 'unauthorized', false, 'invalid');
    this.anyRejectionUnless('401');
    if (isScoped(this.op)) {
      const scopes = [...new Set(this.op.security.flatMap((r) => r.flatMap((s) => s.scopes)))];
      this.add('auth', 'auth/without-scopes', `a credential without the scopes it requires (${scopes.join(', ')})`, base, 'forbidden', false, 'withoutScopes');
      this.anyRejectionUnless('403');
    }
  }

  /** The body with the field set (or removed), its missing parents built; undefined when a parent cannot be built. */
  private bodyWith(baseBody: unknown, field: BodyField, value: unknown): unknown {
    if (field.pointer === '') return value === REMOVE ? undefined : value === KEEP ? baseBody : value;
    const segments = segmentsOf(field.pointer);
    const body = structuredClone(baseBody);
    const parent = field.parent!;
    let container = parent.pointer === '' ? body : valueAtPointer(body, parent.pointer);
    let root = body;
    if (container === null || typeof container !== 'object') {
      const built = this.sample(parent.schema);
      if (built === null || typeof built !== 'object') return undefined;
      if (parent.pointer === '') root = container = built;
      else {
        const grand = valueAtPointer(body, parentOf(parent.pointer));
        if (grand === null || typeof grand !== 'object') return undefined;
        setOwn(grand as Record<string, unknown>, lastSegment(parent.pointer), built);
        container = built;
      }
    }
    const key = segments[segments.length - 1]!;
    const target = container as Record<string, unknown>;
    if (value === KEEP) return root;
    if (value === REMOVE) {
      if (Array.isArray(target)) return undefined;
      delete target[key];
    } else if (Array.isArray(target)) {
      if (target.length === 0) target.push(value);
      else target[0] = value;
    } else setOwn(target, key, value);
    return root;
  }

  private flat(schema: JsonSchema) {
    return bodyFields(schema, this.ir.schemas)[0]!.flat;
  }

  /** Whether the value fails its schema, for the variant's own rule when it names one. */
  private failsFor(schema: JsonSchema, value: unknown, variant: Variant): boolean {
    const result = this.checker.check(schema, value, 'request');
    if (result.ok) return false;
    if (result.errors.some((e) => e.keyword === 'unsupported')) return false;
    return !variant.keywords || result.errors.some((e) => variant.keywords!.includes(e.keyword));
  }

  private add(kind: ContractCase['kind'], rule: string, title: string, values: RequestValues, expect: ContractCase['expect'], withInput = false, credentials: CaseCredentials = 'valid'): void {
    const request = wireRequest(this.op, values, this.bodyMedia?.mediaType, credentials);
    const id = kind === 'example' ? `${this.name}/example/${rule}` : kind === 'auth' ? `${this.name}/${rule}` : `${this.name}/${kind}/${rule}`;
    const c: ContractCase = { id, operation: this.name, kind, title, request, expect, ...(withInput ? { input: inputOf(values) } : {}) };
    this.out.push(c);
  }
}

const KEEP = Symbol('keep');

function inputOf(values: RequestValues): NonNullable<ContractCase['input']> {
  const input: Record<string, unknown> = {};
  for (const location of ['path', 'query', 'headers', 'cookies'] as const) {
    if (Object.keys(values[location]).length) input[location] = values[location];
  }
  if (values.body && 'value' in values.body) input['body'] = values.body.value;
  return input;
}

function valueAtPointer(root: unknown, pointer: string): unknown {
  let at = root;
  for (const segment of segmentsOf(pointer)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = Array.isArray(at) ? at[Number(segment)] : Object.hasOwn(at, segment) ? (at as Record<string, unknown>)[segment] : undefined;
  }
  return at;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function lastSegment(pointer: string): string {
  return unescapePointerSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

