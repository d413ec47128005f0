import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Emitter } from '../emit/emitter.js';
import type { ApiIR, ParameterLocation } from '../ir/ir.js';
import { toIdentifier } from '../naming/identifiers.js';
import type { PackageNames } from '../naming/package-names.js';
import { packageRoot } from '../util/package-root.js';
import { firstSentence } from '../util/first-sentence.js';
import type { GeneratedFile } from './package-layout.js';

/**
 * The package README: what the package is, each emitter's section (its declared `readme`, a partial), every
 * operation and every exported type. The data is made here, one pass over the operations and schemas (GitHub's
 * 1,223 operations and 4,000 types); the template (templates/package/README.md.hbs) only lays it out.
 *
 * Spec text is data: the template escapes it (`{{ }}`, never `{{{ }}}`), and the cells are made safe for a
 * markdown table here first (one line, `|` escaped), so that no summary or name can break a table.
 */

export interface ReadmeInput {
  ir: ApiIR;
  names: PackageNames;
  packageName: string;
  /** specforge's version. */
  version: string;
}

/** One operation's row: its name in code, method, path and summary. */
interface OperationRow {
  name: string;
  /** The spec's operationId (what `endpoints` is keyed by) when it is not the name in code; null otherwise. */
  operationId: Span | null;
  method: string;
  path: Span;
  summary: string;
  deprecated: boolean;
}

/** One friendly type of a schema. */
interface SchemaTypeRow {
  type: string;
  schema: Span;
  /** `as requests send it` / `as responses give it` for a schema with read-only or write-only fields; null otherwise. */
  direction: string | null;
  /** The identifier the type would have had, when another name took it (`Error`, a global, gives `Error2`); null otherwise. */
  taken: string | null;
}

interface PartType {
  type: string;
  /** What a handler receives, when it differs (defaults applied). */
  received: string | null;
}

/** The types of one operation. */
interface OperationTypesRow {
  name: string;
  parameters: (PartType & { in: string })[];
  body: PartType | null;
  responses: { status: string; type: string }[];
}

export interface ReadmeData {
  title: string;
  apiVersion: string;
  packageName: string;
  version: string;
  operationCount: number;
  schemaCount: number;
  /** A real operationId and validator for the sections' examples, when there are ones fit for code. */
  example: { operationId: string | null; validator: string | null };
  sections: { partial: string }[];
  operations: OperationRow[];
  /** Whether some operationId differs from its name in code (the table then says so). */
  renamedOperations: boolean;
  schemaTypes: SchemaTypeRow[];
  operationTypes: OperationTypesRow[];
}

const LOCATION_NAME: Record<ParameterLocation, string> = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' };

/** Text for a markdown table cell: one line, `\` and `|` escaped (the template escapes HTML). */
export function tableCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * Spec text shown as code in a table cell (a path, a schema's name): a code span, one line with `|` escaped (GitHub
 * unescapes `\|` in a table's code spans), when the template's HTML escaping leaves it as it is; otherwise (a quote,
 * `=`, a backtick) plain text with markdown's emphasis, link and table characters escaped, where the template's
 * HTML escapes (`&#x60;`) show as the characters they stand for.
 */
export interface Span {
  code: boolean;
  text: string;
}

function span(text: string): Span {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!/[&<>"'`=]/.test(line)) return { code: true, text: line.replace(/\|/g, '\\|') };
  return { code: false, text: line.replace(/[\\*_[\]|~]/g, '\\$&') };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function readmeData(emitters: readonly Emitter[], { ir, names, packageName, version }: ReadmeInput): ReadmeData {
  const operations: OperationRow[] = [];
  const operationTypes: OperationTypesRow[] = [];
  let exampleOperation: string | null = null;
  let exampleValidator: string | null = null;
  for (const op of ir.operations) {
    const opNames = names.operations.get(op.id)!;
    const summary = op.summary ?? (op.description === undefined ? '' : firstSentence(op.description));
    operations.push({
      name: opNames.name,
      operationId: op.id === opNames.name ? null : span(op.id),
      method: op.method.toUpperCase(),
      path: span(op.path),
      summary: tableCell(summary),
      deprecated: op.deprecated,
    });
    if (exampleOperation === null && IDENTIFIER.test(op.id)) exampleOperation = op.id;
    exampleValidator ??= opNames.requestBodyValidator ?? null;

    const parameters = (Object.entries(opNames.parameterTypes) as [ParameterLocation, string][]).map(([location, type]) => ({
      in: LOCATION_NAME[location],
      type,
      received: opNames.receivedTypes[location] ?? null,
    }));
    const body = opNames.requestBodyType === undefined ? null : { type: opNames.requestBodyType, received: opNames.receivedTypes.body ?? null };
    const responses = [...opNames.responseTypes].map(([status, type]) => ({ status: tableCell(status), type }));
    if (parameters.length > 0 || body !== null || responses.length > 0) operationTypes.push({ name: opNames.name, parameters, body, responses });
  }

  const schemaTypes: SchemaTypeRow[] = [];
  for (const [schemaName, { type, inputType }] of names.schemas) {
    const schema = span(schemaName);
    const wanted = toIdentifier(schemaName, 'pascal');
    schemaTypes.push({ type, schema, direction: inputType === undefined ? null : 'as responses give it', taken: type === wanted ? null : wanted });
    if (inputType !== undefined) {
      schemaTypes.push({ type: inputType, schema, direction: 'as requests send it', taken: inputType === `${wanted}Input` ? null : `${wanted}Input` });
    }
  }

  return {
    title: ir.title,
    apiVersion: ir.version,
    packageName,
    version,
    operationCount: ir.operations.length,
    schemaCount: ir.schemas.size,
    example: { operationId: exampleOperation, validator: exampleValidator },
    sections: emitters.map((emitter) => ({ partial: partialName(emitter) })),
    operations,
    renamedOperations: operations.some((row) => row.operationId !== null),
    schemaTypes,
    operationTypes,
  };
}

/** The README template with the emitters' sections as partials, compiled once per list of emitters. */
const readmeTemplates = new WeakMap<readonly Emitter[], Handlebars.TemplateDelegate>();

function readmeTemplate(emitters: readonly Emitter[]): Handlebars.TemplateDelegate {
  let template = readmeTemplates.get(emitters);
  if (template === undefined) {
    const hbs = Handlebars.create();
    // A Span (see above): as code, or as escaped text.
    hbs.registerPartial('span', '{{#if code}}`{{text}}`{{else}}{{text}}{{/if}}');
    for (const emitter of emitters) hbs.registerPartial(partialName(emitter), emitter.readme);
    template = hbs.compile(readFileSync(join(packageRoot(), 'templates', 'package', 'README.md.hbs'), 'utf8'), { strict: true, knownHelpersOnly: true });
    readmeTemplates.set(emitters, template);
  }
  return template;
}

export function packageReadme(emitters: readonly Emitter[], input: ReadmeInput): GeneratedFile {
  return { path: 'README.md', contents: readmeTemplate(emitters)(readmeData(emitters, input)) };
}

function partialName(emitter: Emitter): string {
  return `emitter-${emitter.name}`;
}
