import type { ApiIR, ErrorAnswerIR, OperationIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { ErrorKind } from '../../spec/extensions.js';
import { mediaTypeEssence } from '../../spec/media-types.js';
import { segmentsOf } from '../../util/json-pointer.js';
import { propertyKey, toLiteral } from '../literal.js';
import { securitySchemeData } from '../security-schemes.js';
import { buildRouteTree } from './route-tree.js';

/** Response headers that carry the request id: the server sets them to the id its error bodies give. */
const REQUEST_ID_HEADERS = new Set(['x-request-id', 'request-id']);

/** The path of a server URL (`https://api.autosend.com/v1` → `/v1`); `` when it has none or uses variables. */
export function basePathOf(url: string | undefined): string {
  if (!url) return '';
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path.includes('{') || !path.startsWith('/') ? '' : path;
}

/** The runtime's `ErrorAnswer` of an answer: its body as JSON text, its fills as pointer segments. */
function errorAnswerData(answer: ErrorAnswerIR): unknown {
  return {
    status: answer.status,
    contentType: answer.contentType,
    // An empty text: no body (the operation documents the status without content).
    body: answer.body === undefined && answer.contentType === '' ? '' : JSON.stringify(answer.body ?? null),
    fill: Object.keys(answer.fill).map((pointer) => {
      const source = answer.fill[pointer]!;
      return [segmentsOf(pointer), typeof source === 'string' ? source : { keys: source.keys }];
    }),
  };
}

/** Literals used more than once, written once in a table and referenced by key. */
class SharedLiterals {
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly table: string,
    private readonly prefix: string,
  ) {}

  reference(literal: string): string {
    let key = this.keys.get(literal);
    if (!key) {
      key = `${this.prefix}${this.keys.size + 1}`;
      this.keys.set(literal, key);
    }
    return `${this.table}.${key}`;
  }

  literal(): string {
    return `{\n${[...this.keys].map(([literal, key]) => `  ${key}: ${literal},`).join('\n')}\n}`;
  }
}

function requestIdHeaderOf(op: OperationIR): string | undefined {
  for (const response of op.responses) {
    for (const header of response.headers) if (REQUEST_ID_HEADERS.has(header.name.toLowerCase())) return header.name;
  }
  return undefined;
}

export interface ServerDescriptorCode {
  /** The shared error answers, then the shared sets of them by kind. */
  answers: string;
  answerSets: string;
  server: string;
}

export const ANSWERS = 'answers';
export const ANSWER_SETS = 'answerSets';

/**
 * The server descriptor of the package (the runtime's `ServerDescriptor`) as code: routes, security schemes, and per
 * operation its endpoint, security, accepted media types, error answers and response media types. Spec values
 * reach it only through `toLiteral` and `propertyKey`.
 */
export function serverDescriptorCode(ir: ApiIR, operationNames: ReadonlyMap<string, string>): ServerDescriptorCode {
  const answers = new SharedLiterals(ANSWERS, 'a');
  const sets = new SharedLiterals(ANSWER_SETS, 's');
  const answerSet = (kinds: ReadonlyMap<ErrorKind, ErrorAnswerIR>) =>
    sets.reference(`{ ${[...kinds].map(([kind, answer]) => `${kind}: ${answers.reference(toLiteral(errorAnswerData(answer)))}`).join(', ')} }`);

  const usedSchemes = new Set<string>();
  const operations = ir.operations.map((op) => {
    const fields: string[] = [`endpoint: endpoints[${toLiteral(op.id)}]`];
    fields.push(`security: ${toLiteral(op.security.map((requirement) => requirement.map(({ scheme, scopes }) => ({ scheme, scopes }))))}`);
    for (const requirement of op.security) for (const { scheme } of requirement) usedSchemes.add(scheme);
    if (op.requestBody) {
      const media = op.requestBody.content.length > 0 ? [...new Set(op.requestBody.content.map((m) => mediaTypeEssence(m.mediaType)))] : ['*/*'];
      fields.push(`body: ${toLiteral(media)}`);
    }
    fields.push(`errors: ${answerSet(op.errorKinds)}`);
    const forbidden = (ir.errors?.forbiddenFields ?? []).filter((entry) => entry.operationId === op.id);
    if (forbidden.length > 0) {
      fields.push(`forbidden: [${forbidden.map((entry) => `{ pointer: ${toLiteral(entry.pointer)}, answer: ${answers.reference(toLiteral(errorAnswerData(entry)))} }`).join(', ')}]`);
    }
    const media: Record<string, string> = Object.create(null);
    for (const response of op.responses) {
      const chosen = jsonMedia(response.content) ?? response.content[0];
      if (chosen) media[response.status] = chosen.mediaType;
    }
    fields.push(`media: ${toLiteral(media)}`);
    const requestIdHeader = requestIdHeaderOf(op);
    if (requestIdHeader) fields.push(`requestIdHeader: ${toLiteral(requestIdHeader)}`);
    return `    ${propertyKey(operationNames.get(op.id)!)}: {\n      ${fields.join(',\n      ')},\n    }`;
  });

  const schemes: Record<string, unknown> = Object.create(null);
  for (const [name, scheme] of ir.securitySchemes) {
    if (!usedSchemes.has(name)) continue;
    schemes[name] = securitySchemeData(scheme);
  }
  const routes = buildRouteTree(ir.operations.map((op) => ({ op, name: operationNames.get(op.id)! })));
  const documentRequestId = ir.operations.map(requestIdHeaderOf).find((header) => header !== undefined);
  const serverFields = [
    `basePath: ${toLiteral(basePathOf(ir.servers[0]?.url))}`,
    `routes: ${toLiteral(routes)}`,
    `schemes: ${toLiteral(schemes)}`,
    `errors: ${answerSet(ir.errorAnswers)}`,
    ...(documentRequestId ? [`requestIdHeader: ${toLiteral(documentRequestId)}`] : []),
    `operations: {\n${operations.join(',\n')}${operations.length ? ',' : ''}\n  }`,
  ];
  return { answers: answers.literal(), answerSets: sets.literal(), server: `{\n  ${serverFields.join(',\n  ')},\n}` };
}
