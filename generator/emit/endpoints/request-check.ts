import type { HeaderIR, OperationIR, ParameterIR, ParameterLocation } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import { receivedParts } from '../../ir/received.js';
import { defaultOf } from '../../ir/schema-defaults.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import type { OperationNames } from '../../naming/package-names.js';
import { toLiteral } from '../literal.js';
import { assignOwn, indent, Locals, objectLiteral, typed, type Lines } from './code.js';
import { parameterPlan } from './parameter-plan.js';
import { readParameter, type ReadingContext, type WireLocals } from './parameter-reading.js';
import { blankAsNullFunction } from './blank-as-null.js';
import { BodyDefaults } from './schema-defaults.js';

/**
 * An operation's `validateRequest`, generated as Fastify compiles a validator per request part once, at route
 * registration: straight-line code that reads the operation's own parameters from the request's parts (by name,
 * style and schema, settled here), validates each part with its generated validator and the body with its own, and
 * once the request is valid applies the schemas' defaults. Parts the operation has no parameters in are not read.
 */

export interface RequestCheckContext extends Omit<ReadingContext, 'locals'> {
  schemas: ReadonlyMap<string, JsonSchema>;
  bodyDefaults: BodyDefaults;
}

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
/** The local of each part's parsed parameters, and its key in the value returned. */
const PART_LOCAL: Record<ParameterLocation, string> = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' };
const WIRE: WireLocals = { path: 'wirePath', query: 'wireQuery', headers: 'wireHeaders', cookie: 'wireCookie' };
const MARKED = 'marked';

interface ReadParameter {
  parameter: ParameterIR;
  value: string;
}

/** The statements building a part's object from its read parameters, in the spec's order, absent ones left out. */
function partObject(local: string, read: readonly ReadParameter[], context: Pick<ReadingContext, 'runtime'>): Lines {
  // The leading required parameters go in the literal: where one is absent, the request is refused anyway.
  let literal = 0;
  while (literal < read.length && read[literal]!.parameter.required) literal++;
  const entries = read.slice(0, literal).map(({ parameter, value }) => [parameter.name, value] as const);
  const lines: Lines = [typed(`const ${local}: Record<string, unknown> = ${objectLiteral(entries)};`, `const ${local} = ${objectLiteral(entries)};`)];
  for (const { parameter, value } of read.slice(literal)) {
    const assignment = assignOwn(local, parameter.name, value, context.runtime);
    lines.push(parameter.required ? assignment : `if (${value} !== undefined) ${assignment}`);
  }
  return lines;
}

/** Validates `value` with a part's validator into the request's errors, which then say which part they are in. */
function validation(validator: string, value: string, part: string, context: RequestCheckContext): Lines {
  return [
    `validators.${validator}(${value}, "", errors);`,
    `if (errors.length > ${MARKED}) ${MARKED} = ${context.runtime.use('located')}(errors, ${MARKED}, ${toLiteral(part)});`,
  ];
}

/** The arrow function checking one operation's requests (its first line the arrow's head). */
export function requestCheck(op: OperationIR, opNames: OperationNames, context: RequestCheckContext): Lines {
  const { runtime } = context;
  const reading: ReadingContext = { runtime, shared: context.shared, locals: new Locals() };
  const lines: Lines = [typed(`const errors: ${runtime.useType('RequestError')}[] = [];`, 'const errors = [];')];
  const present = new Set(op.parameters.map((p) => p.in));
  if (present.has('path')) lines.push(`const ${WIRE.path} = request.path ?? ${runtime.use('NO_VALUES')};`);
  if (present.has('query')) lines.push(`const ${WIRE.query} = request.query ?? ${runtime.use('NO_VALUES')};`);
  if (present.has('header') || present.has('cookie')) lines.push(`const ${WIRE.headers} = request.headers ?? ${runtime.use('NO_VALUES')};`);
  if (present.has('cookie')) lines.push(`const ${WIRE.cookie} = ${runtime.use('headerValue')}(${WIRE.headers}, "cookie");`);

  const parts = new Map<ParameterLocation, ReadParameter[]>();
  for (const location of LOCATIONS) {
    const parameters = op.parameters.filter((p) => p.in === location);
    if (parameters.length === 0) continue;
    const read: ReadParameter[] = [];
    for (const parameter of parameters) {
      const { lines: reads, value } = readParameter(parameterPlan(parameter, context.schemas), WIRE, reading);
      lines.push(...reads);
      read.push({ parameter, value });
    }
    lines.push(...partObject(PART_LOCAL[location], read, context));
    parts.set(location, read);
  }

  const checks: Lines = [];
  for (const location of LOCATIONS) {
    const validator = opNames.parameterValidators[location];
    if (validator && parts.has(location)) checks.push(...validation(validator, PART_LOCAL[location], location, context));
  }
  const validatesParts = checks.length > 0;
  const body = bodyCheck(op, opNames, context);
  if (validatesParts || body.validates) lines.push(`let ${MARKED} = 0;`);
  lines.push(...checks, ...body.lines, 'if (errors.length > 0) return { ok: false, errors };');

  for (const [location, read] of parts) {
    for (const { parameter, value } of read) {
      const found = parameter.required ? undefined : defaultOf(parameter.schema, context.schemas);
      if (found) lines.push(`if (${value} === undefined) ${assignOwn(PART_LOCAL[location], parameter.name, toLiteral(found.value), runtime)}`);
    }
  }
  // A part the operation has no parameters in is one shared frozen empty record, not an object made per request.
  const value = LOCATIONS.map((location) => `${PART_LOCAL[location]}${parts.has(location) ? '' : `: ${runtime.use('NO_VALUES')}`}`);
  lines.push(`return { ok: true, value: { ${value.join(', ')}, ${body.value === 'body' ? 'body' : `body: ${body.value}`} } };`);
  const head = `(request: ${runtime.useType('RequestInput')}): ${runtime.useType('RequestResult')}<unknown> => {`;
  return [typed(head, '(request) => {'), ...indent(lines), '}'];
}

/** The body's checks (required, its validator) and the body the value holds, its defaults applied. */
function bodyCheck(op: OperationIR, opNames: OperationNames, context: RequestCheckContext): { lines: Lines; value: string; validates: boolean } {
  const requestBody = op.requestBody;
  // A body in a media type specforge does not validate (form data, binary) is passed through unchecked.
  if (!requestBody || (jsonMedia(requestBody.content) === undefined && requestBody.content.length > 0)) return { lines: [], value: 'request.body', validates: false };
  const lines: Lines = ['const body = request.body;'];
  const validator = opNames.requestBodyValidator;
  const missing = 'errors.push({ in: "body", pointer: "", keyword: "required", message: "request body is required" });';
  const validate = validator ? validation(validator, 'body', 'body', context) : [];
  if (requestBody.required) {
    if (validate.length > 0) lines.push('if (body === undefined) {', `  ${missing}`, '} else {', ...indent(validate), '}');
    else lines.push(`if (body === undefined) ${missing}`);
  } else if (validate.length > 0) {
    lines.push('if (body !== undefined) {', ...indent(validate), '}');
  }
  // Blank strings become null before the defaults are applied: a blank sent clears its field, a blank default does not.
  let received = 'body';
  const blankAsNull = validator ? receivedParts(op, context.schemas).get('body')?.blankAsNull ?? [] : [];
  if (blankAsNull.length > 0) received = `${blankAsNullFunction(blankAsNull, context.shared, context.runtime)}(${received})`;
  // In a PATCH, an absent field means unchanged: it gets no default.
  const schema = validator && op.method !== 'patch' ? jsonMedia(requestBody.content)?.schema : undefined;
  const applier = schema === undefined ? undefined : context.bodyDefaults.applier(schema);
  if (applier !== undefined) received = `${applier}(${received})`;
  const value = received === 'body' ? 'body' : `${context.runtime.use('isPlainObject')}(body) ? ${received} : body`;
  return { lines, value, validates: validate.length > 0 };
}

/** The shared function reading a response's declared headers from the wire, for its headers' validator. */
export function responseHeadersReader(headers: readonly HeaderIR[], context: RequestCheckContext): string {
  const plans = headers.map((header) => {
    const parameter: ParameterIR = { name: header.name, in: 'header', required: false, deprecated: false, description: undefined, style: 'simple', explode: false, allowReserved: false, schema: header.schema, contentType: undefined, examples: [] };
    return { parameter, plan: parameterPlan(parameter, context.schemas) };
  });
  // The same headers (a `Link` on every list) are read by one function, found by their plans before it is written.
  return context.shared.function('headers', () => {
    const reading: ReadingContext = { runtime: context.runtime, shared: context.shared, locals: new Locals() };
    const wire: WireLocals = { ...WIRE, headers: 'headers' };
    const lines: Lines = [];
    const read: ReadParameter[] = [];
    for (const { parameter, plan } of plans) {
      const { lines: reads, value } = readParameter(plan, wire, reading);
      lines.push(...reads);
      read.push({ parameter, value });
    }
    lines.push(...partObject('out', read, context), 'return out;');
    const head = `(headers: ${context.runtime.useType('WireRecord')}): Record<string, unknown> => {`;
    return [typed(head, '(headers) => {'), ...indent(lines), '}'];
  }, `headers ${toLiteral(plans.map(({ plan }) => plan))}`);
}
