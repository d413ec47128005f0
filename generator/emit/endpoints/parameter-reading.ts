import { toLiteral } from '../literal.js';
import { assignOwn, typed, type Lines, type Locals, type RuntimeImports, type SharedCode } from './code.js';
import type { ParameterPlanData, Primitive, Shape } from './parameter-plan.js';

/**
 * The code that reads one parameter from the wire into the value its validator checks, written for the parameter's
 * style and the JSON types its schema allows (see parameter-plan.ts): a path, header or cookie value is one text; a
 * query parameter is read from the whole query, since exploded objects and deepObject span several keys. A value
 * that is absent reads as undefined; text that reads as none of the allowed types stays a string, for validation to
 * report.
 */

/** Where the request's parts are, as locals of the generated function. */
export interface WireLocals {
  path: string;
  query: string;
  headers: string;
  /** The `Cookie` header's text (a local), when the operation has cookie parameters. */
  cookie: string;
}

export interface ReadingContext {
  locals: Locals;
  runtime: RuntimeImports;
  shared: SharedCode;
}

/** The statements that leave `plan`'s value (or undefined) in a new local, and that local. */
export function readParameter(plan: ParameterPlanData, wire: WireLocals, context: ReadingContext): { lines: Lines; value: string } {
  return plan.in === 'query' ? readQueryParameter(plan, wire.query, context) : readSingleParameter(plan, wire, context);
}

const DELIMITER: Record<string, string> = { form: ',', simple: ',', spaceDelimited: ' ', pipeDelimited: '|', label: ',', matrix: ',' };

const READER: Partial<Record<Primitive, string>> = { integer: 'asInteger', number: 'asNumber', boolean: 'asBoolean', null: 'asNull' };

/**
 * The function reading one text as the first of `types` it reads as (the text itself when none fits); undefined when
 * that is always the text. A string is the fallback whatever its place, and a number reads every integer, so a
 * single reading is a runtime function and a combination a shared one.
 */
function primitiveReader(types: readonly Primitive[], context: ReadingContext): string | undefined {
  const readings = types.filter((t) => t !== 'string' && !(t === 'integer' && types.includes('number')));
  if (readings.length === 0) return undefined;
  if (readings.length === 1) return context.runtime.use(READER[readings[0]!]!);
  const tests = readings.map((type) => {
    switch (type) {
      case 'integer':
        return `${context.runtime.use('isIntegerText')}(text) ? Number(text)`;
      case 'number':
        return `${context.runtime.use('isNumberText')}(text) ? Number(text)`;
      case 'boolean':
        return 'text === "true" ? true : text === "false" ? false';
      default:
        return 'text === "" || text === "null" ? null';
    }
  });
  return context.shared.function('read', [typed(`(text: string): unknown => ${tests.join(' : ')} : text`, `(text) => ${tests.join(' : ')} : text`)]);
}

/** The function giving an object's declared properties their types in place (its values are strings); undefined when all are strings. */
function propertiesReader(properties: Record<string, Primitive[]>, context: ReadingContext): string | undefined {
  const body: string[] = [];
  for (const name of Object.keys(properties)) {
    const reader = primitiveReader(properties[name]!, context);
    if (reader === undefined) continue;
    const local = `v${body.length / 2 + 1}`;
    body.push(`const ${local} = ${context.runtime.use('own')}(object, ${toLiteral(name)});`);
    body.push(`if (typeof ${local} === "string") ${assignOwn('object', name, `${reader}(${local})`, context.runtime)}`);
  }
  if (body.length === 0) return undefined;
  return context.shared.function('properties', [
    typed('(object: Record<string, unknown>): Record<string, unknown> => {', '(object) => {'),
    ...body.map((line) => `  ${line}`),
    '  return object;',
    '}',
  ]);
}

function call(fn: string | undefined, argument: string): string {
  return fn === undefined ? argument : `${fn}(${argument})`;
}

/** The text of a path, header or cookie value without its style's prefix (label `.`, matrix `;name=`). */
function plainText(text: string, plan: ParameterPlanData, context: ReadingContext): string {
  if (plan.style === 'label') return `${context.runtime.use('unlabel')}(${text})`;
  if (plan.style !== 'matrix') return text;
  const prefix = toLiteral(`;${plan.name}=`);
  if (plan.explode && plan.shape.kind === 'array') return `${context.runtime.use('matrixItems')}(${text}, ${prefix})`;
  if (plan.explode && plan.shape.kind === 'object') return `${context.runtime.use('matrixPairs')}(${text})`;
  return `${context.runtime.use('unmatrix')}(${text}, ${prefix})`;
}

/** The value of one text (an expression that reads `text` once), by the parameter's shape. */
function singleValue(text: string, plan: ParameterPlanData, context: ReadingContext): string {
  const plain = plainText(text, plan, context);
  const shape: Shape = plan.shape;
  switch (shape.kind) {
    case 'json':
      return `${context.runtime.use('parseJson')}(${plain})`;
    case 'primitive':
      return call(primitiveReader(shape.types, context), plain);
    case 'array': {
      const items = plan.style === 'label' && plan.explode ? `${plain}.split(".")` : `${context.runtime.use('splitItems')}(${plain}, ${toLiteral(DELIMITER[plan.style] ?? ',')})`;
      const reader = primitiveReader(shape.items, context);
      return reader === undefined ? items : `${items}.map(${reader})`;
    }
    case 'object': {
      // spaceDelimited and pipeDelimited objects are `R 100 G 200`, `R|100|G|200` (OpenAPI's style table).
      const separator = plan.style === 'label' && plan.explode ? '.' : DELIMITER[plan.style] ?? ',';
      return call(propertiesReader(shape.properties, context), `${context.runtime.use('pairsOf')}(${plain}, ${plan.explode}, ${toLiteral(separator)})`);
    }
  }
}

/** A path, header or cookie parameter: one text. */
function readSingleParameter(plan: ParameterPlanData, wire: WireLocals, context: ReadingContext): { lines: Lines; value: string } {
  const { runtime } = context;
  let text: string;
  if (plan.in === 'path') text = `${runtime.use('first')}(${runtime.use('own')}(${wire.path}, ${toLiteral(plan.name)}))`;
  else if (plan.in === 'header') text = `${runtime.use('headerValue')}(${wire.headers}, ${toLiteral(plan.name.toLowerCase())})`;
  else text = `${runtime.use('cookieValue')}(${wire.cookie}, ${toLiteral(plan.name)})`;
  const local = context.locals.local(plan.in === 'path' ? 'p' : plan.in === 'header' ? 'h' : 'c');
  const value = singleValue('t', plan, context);
  if (value === 't') return { lines: [`const ${local} = ${text};`], value: local };
  const raw = context.locals.local('t');
  return {
    lines: [`const ${raw} = ${text};`, `const ${local} = ${raw} === undefined ? undefined : ${singleValue(raw, plan, context)};`],
    value: local,
  };
}

/** A query parameter, as the old interpretation read it branch for branch: deepObject, exploded form object, or by its own key. */
function readQueryParameter(plan: ParameterPlanData, query: string, context: ReadingContext): { lines: Lines; value: string } {
  const { runtime, locals } = context;
  const local = locals.local('q');
  const shape = plan.shape;
  const name = toLiteral(plan.name);
  if (shape.kind === 'object' && plan.style === 'deepObject') {
    const reader = propertiesReader(shape.properties, context);
    const found = `${runtime.use('deepObjectOf')}(${query}, ${name})`;
    if (reader === undefined) return { lines: [`const ${local} = ${found};`], value: local };
    const raw = locals.local('o');
    return { lines: [`const ${raw} = ${found};`, `const ${local} = ${raw} === undefined ? undefined : ${reader}(${raw});`], value: local };
  }
  if (shape.kind === 'object' && plan.style === 'form' && plan.explode) {
    const properties = Object.keys(shape.properties);
    if (properties.length === 0) return { lines: [typed(`const ${local}: Record<string, unknown> | undefined = undefined;`, `const ${local} = undefined;`)], value: local };
    const texts = properties.map((property) => ({ property, text: locals.local('t'), reader: primitiveReader(shape.properties[property]!, context) }));
    const object = locals.local('o');
    return {
      lines: [
        ...texts.map(({ property, text }) => `const ${text} = ${runtime.use('first')}(${runtime.use('own')}(${query}, ${toLiteral(property)}));`),
        typed(`let ${local}: Record<string, unknown> | undefined;`, `let ${local};`),
        `if (${texts.map(({ text }) => `${text} !== undefined`).join(' || ')}) {`,
        typed(`  const ${object}: Record<string, unknown> = {};`, `  const ${object} = {};`),
        ...texts.map(({ property, text, reader }) => `  if (${text} !== undefined) ${assignOwn(object, property, call(reader, text), runtime)}`),
        `  ${local} = ${object};`,
        '}',
      ],
      value: local,
    };
  }
  const raw = locals.local('w');
  const lines: Lines = [`const ${raw} = ${runtime.use('own')}(${query}, ${name});`];
  if (shape.kind === 'array') {
    const reader = primitiveReader(shape.items, context);
    if (plan.explode && plan.style === 'form') {
      const one = `[${call(reader, raw)}]`;
      const many = reader === undefined ? `${raw}.slice()` : `${raw}.map(${reader})`;
      lines.push(`const ${local} = ${raw} === undefined ? undefined : typeof ${raw} === "string" ? ${one} : ${many};`);
    } else {
      const items = `${runtime.use('splitEach')}(${raw}, ${toLiteral(DELIMITER[plan.style] ?? ',')})`;
      lines.push(`const ${local} = ${raw} === undefined ? undefined : ${reader === undefined ? items : `${items}.map(${reader})`};`);
    }
    return { lines, value: local };
  }
  // An object sent under its own key is read as unexploded pairs when sent once; each copy by its style when more often.
  const once =
    shape.kind === 'object'
      ? call(propertiesReader(shape.properties, context), `${runtime.use('pairsOf')}(${raw}, false, ${toLiteral(DELIMITER[plan.style] ?? ',')})`)
      : singleValue(raw, plan, context);
  const each = singleValue('text', plan, context);
  const read = each === 'text' ? '' : `, ${singleReader(plan, context) ?? `(text) => ${each}`}`;
  lines.push(`const ${local} = typeof ${raw} === "string" ? ${once} : ${raw} === undefined ? undefined : ${runtime.use('eachText')}(${raw}${read});`);
  return { lines, value: local };
}

/** The function that reads one text as `singleValue` does, when there is one already (no prefix to take off); undefined otherwise. */
function singleReader(plan: ParameterPlanData, context: ReadingContext): string | undefined {
  if (plan.style === 'label' || plan.style === 'matrix') return undefined;
  if (plan.shape.kind === 'json') return context.runtime.use('parseJson');
  return plan.shape.kind === 'primitive' ? primitiveReader(plan.shape.types, context) : undefined;
}
