import type { TypeAliasDeclarationStructure } from 'ts-morph';
import { StructureKind } from '../../util/ts-morph.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import { jsonMedia } from '../../ir/media.js';
import { receivedParts } from '../../ir/received.js';
import type { EmitContext, EmittedModule, Emitter } from '../emitter.js';
import { docComment } from '../comments.js';
import { printModule } from '../print-module.js';
import { isReadWriteMarked, reachesReadWrite } from '../../ir/read-write.js';
import { openapiTypes } from './openapi-types.js';
import { receivedType, receivedTypeHelpers, type ReceivedTypeHelper } from './received-types.js';

export const TYPES_MODULE = 'types';

const LOCATION_KEY = { path: 'path', query: 'query', header: 'header', cookie: 'cookie' } as const;

/**
 * Types: openapi-typescript's `paths`, `components` and `operations` for the whole document, then friendly aliases:
 * one per schema and one per operation's parameters, request body and response bodies. Response types are
 * `Readable<…>` (no write-only fields) and request types `Writable<…>` (no read-only fields) when their schema has
 * `readOnly` or `writeOnly` somewhere inside it, through `$ref`s; otherwise the type itself, which is what
 * `Readable`/`Writable` of it would come to. Either mapping recurses through every property of the type in every
 * consumer's compiler: for a strict consumer of GitHub's package that uses twenty operations, wrapping all 4,200
 * aliases cost 0.45 s of its 2.0 s of check time with `skipLibCheck` off (86,548 instantiations against 8,520) and
 * half of its 0.16 s with it on (`bench/consumer.mjs`). GitHub has 60 marked schemas among 890.
 */
export const typesEmitter: Emitter = {
  name: 'types',
  // types.d.ts imports nothing
  requires: [],
  modules: [{ id: TYPES_MODULE, kind: 'types' }],
  runtime: [],
  index: [{ from: TYPES_MODULE, all: { names: ['paths', 'components', 'operations', 'webhooks', '$defs', '$Read', '$Write', 'Readable', 'Writable', ...Object.keys(receivedTypeHelpers)] } }],
  readme: `- Types: \`paths\`, \`components\` and \`operations\` (openapi-typescript), plus a type per schema and per
  operation's parameters, request body and responses, and \`…Received\` types for the parts a handler receives
  otherwise than a client sends them (a parameter with a default, say, always arrives).
`,
  // openapi-typescript's syntax tree (80 MB for GitHub's spec): see collectGarbage
  leavesLargeGarbage: true,
  emit({ ir, names, document }: EmitContext): EmittedModule[] {
    const base = openapiTypes(document);

    const index = (...keys: string[]) => keys.map((k) => `[${JSON.stringify(k)}]`).join('');
    const aliases: TypeAliasDeclarationStructure[] = [];
    const alias = (name: string, type: string, description?: string): void => {
      aliases.push({ kind: StructureKind.TypeAlias, name, type, isExported: true, docs: docComment(description) });
    };

    const wrapped = (wrapper: 'Readable' | 'Writable', type: string, schema: JsonSchema | undefined): string =>
      schema !== undefined && reachesReadWrite(ir, schema) ? `${wrapper}<${type}>` : type;

    for (const [schemaName, { type, inputType }] of names.schemas) {
      const schema = ir.schemas.get(schemaName);
      const description = describe(schema);
      const at = `components${index('schemas', schemaName)}`;
      alias(type, isReadWriteMarked(ir, schemaName) ? `Readable<${at}>` : at, description);
      if (inputType) alias(inputType, `Writable<${at}>`, description);
    }

    const helpers = new Set<ReceivedTypeHelper>();
    for (const op of ir.operations) {
      const opNames = names.operations.get(op.id)!;
      const at = `paths${index(op.path, op.method)}`;
      for (const [location, name] of Object.entries(opNames.parameterTypes)) {
        alias(name, `NonNullable<${at}["parameters"]${index(LOCATION_KEY[location as keyof typeof LOCATION_KEY])}>`);
      }
      const body = op.requestBody && jsonMedia(op.requestBody.content);
      if (opNames.requestBodyType && body) {
        alias(opNames.requestBodyType, wrapped('Writable', `NonNullable<${at}["requestBody"]>["content"]${index(body.mediaType)}`, body.schema), op.requestBody?.description);
      }
      for (const [part, fields] of receivedParts(op, ir.schemas)) {
        const name = opNames.receivedTypes[part];
        const requestType = part === 'body' ? opNames.requestBodyType : opNames.parameterTypes[part];
        if (name === undefined || requestType === undefined) continue;
        const { type, uses } = receivedType(requestType, fields);
        uses.forEach((helper) => helpers.add(helper));
        alias(name, type);
      }
      for (const response of op.responses) {
        const name = opNames.responseTypes.get(response.status);
        const media = jsonMedia(response.content);
        if (name && media) alias(name, wrapped('Readable', `${at}["responses"]${index(response.status)}["content"]${index(media.mediaType)}`, media.schema), response.description);
      }
    }

    // The helpers only where used: a package without defaults or blank-as-null fields is as it was.
    for (const [name, helper] of Object.entries(receivedTypeHelpers)) {
      if (helpers.has(name as ReceivedTypeHelper)) aliases.push(helper);
    }

    const contents = `${base}\n${printModule(aliases)}`;
    // Types only: the declarations are the source, and the JavaScript is empty.
    return [{ id: TYPES_MODULE, declarations: contents, javascript: 'export {};\n' }];
  },
};

function describe(schema: JsonSchema | undefined): string | undefined {
  if (typeof schema !== 'object') return undefined;
  const text = schema.description ?? schema.title;
  return typeof text === 'string' ? text : undefined;
}
