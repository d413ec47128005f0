import type { InterfaceDeclarationStructure } from 'ts-morph';
import { StructureKind } from '../../util/ts-morph.js';
import type { OperationIR, ResponseIR } from '../../ir/ir.js';
import type { OperationNames } from '../../naming/package-names.js';
import { jsonMedia } from '../../ir/media.js';
import { operationComment } from '../comments.js';
import { propertyKey } from '../literal.js';
import { requestValueMembers } from '../endpoints/request-value-type.js';

/** The status type of a response key: `200` → `200`, `4XX` → `Status4XX`, `default` → `number`. */
function statusType(key: string): string {
  if (/^\d{3}$/.test(key)) return key;
  if (/^[1-5]XX$/i.test(key)) return `Status${key.charAt(0)}XX`;
  return 'number';
}

function answerType(response: ResponseIR, opNames: OperationNames): string {
  const named = opNames.responseTypes.get(response.status);
  const body = named
    ? `body: types.${named}`
    : response.content.length === 0
      ? 'body?: undefined'
      : jsonMedia(response.content)
        ? 'body: unknown'
        : 'body: string | Uint8Array';
  return `{ status: ${statusType(response.status)}; ${body}; headers?: AnswerHeaders }`;
}

function inputType(op: OperationIR, opNames: OperationNames): string {
  return `{ ${requestValueMembers(op, opNames)}; auth: HandlerAuth | null; requestId: string; readonly request: WebRequest }`;
}


/**
 * `Handlers` (one async function per operation, by its name in code), `HandlerInputs` (what each receives) and
 * `HandlerResults` (what each may answer: one member per documented status, with that status's body type). Three
 * interfaces keyed alike, so that a consumer's compiler looks up only the operations it uses.
 */
export function handlerInterfaces(entries: readonly { op: OperationIR; opNames: OperationNames }[]): InterfaceDeclarationStructure[] {
  return [
    {
      kind: StructureKind.Interface,
      name: 'Handlers',
      isExported: true,
      docs: ["The API's operations, by name: each receives the parsed, validated request and answers a documented status."],
      properties: entries.map(({ op, opNames }) => ({
        name: propertyKey(opNames.name),
        type: `(input: HandlerInputs[${propertyKey(opNames.name)}]) => Promise<HandlerResults[${propertyKey(opNames.name)}]>`,
        docs: operationComment(op),
      })),
    },
    {
      kind: StructureKind.Interface,
      name: 'HandlerInputs',
      isExported: true,
      docs: ["What each operation's handler receives: parameters and body parsed, validated, with the schemas' defaults."],
      properties: entries.map(({ op, opNames }) => ({ name: propertyKey(opNames.name), type: inputType(op, opNames) })),
    },
    {
      kind: StructureKind.Interface,
      name: 'HandlerResults',
      isExported: true,
      docs: ["What each operation's handler may answer: a documented status with that status's body."],
      properties: entries.map(({ op, opNames }) => ({
        name: propertyKey(opNames.name),
        type: op.responses.length ? op.responses.map((response) => answerType(response, opNames)).join(' | ') : 'never',
      })),
    },
  ];
}
