import type { Collection } from '../../../templates/package/contract-model.js';
import type { ApiIR, OperationIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { PackageNames } from '../../naming/package-names.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import { escapePointerSegment } from '../../util/json-pointer.js';
import { operationNames } from './operation-names.js';
import { flatten, typesOf, type SchemaObject } from './schema-shape.js';

/** Collections recognised from paths: `/things` with POST and/or GET beside `/things/{id}` with GET. */
export function findCollections(ir: ApiIR, names?: PackageNames): Collection[] {
  const byId = operationNames(ir, names);
  const byPath = new Map<string, Map<string, OperationIR>>();
  for (const op of ir.operations) {
    if (!byPath.has(op.path)) byPath.set(op.path, new Map());
    byPath.get(op.path)!.set(op.method, op);
  }
  const out: Collection[] = [];
  for (const [itemPath, itemOps] of byPath) {
    const match = /^(.*)\/\{([^}/]+)\}$/.exec(itemPath);
    const read = itemOps.get('get');
    if (!match || !read) continue;
    const [, path, idParameter] = match as unknown as [string, string, string];
    const collectionOps = byPath.get(path);
    const create = collectionOps?.get('post');
    const list = collectionOps?.get('get');
    if (!create && !list) continue;
    const readSchema = successSchema(read);
    if (readSchema === undefined) continue;
    const found = locateResource(readSchema, ir, [idParameter, 'id']);
    if (!found) continue;
    const { idField } = found;
    const named = (op: OperationIR | undefined) => (op ? byId.get(op.id)! : undefined);
    const resourceAt: Record<string, string> = {};
    const fields: Record<string, string[]> = {};
    const members: [OperationIR | undefined, 'one' | 'list'][] = [[create, 'one'], [list, 'list'], [read, 'one'], [itemOps.get('patch'), 'one'], [itemOps.get('put'), 'one']];
    for (const [op, shape] of members) {
      if (!op) continue;
      const schema = successSchema(op);
      if (schema === undefined) continue;
      const at = shape === 'list' ? locateList(schema, ir, idField) : locateResource(schema, ir, [idField]);
      if (!at) continue;
      resourceAt[byId.get(op.id)!] = at.pointer;
      const closed = at.resource['additionalProperties'] === false || at.resource['unevaluatedProperties'] === false;
      if (closed) fields[byId.get(op.id)!] = Object.keys((at.resource['properties'] ?? {}) as object);
    }
    const properties = (found.resource['properties'] ?? {}) as Record<string, JsonSchema>;
    const createBody = create?.requestBody && jsonMedia(create.requestBody.content)?.schema;
    const createProperties = createBody !== undefined && createBody !== false ? ((flatten(createBody, ir.schemas)['properties'] ?? {}) as Record<string, JsonSchema>) : {};
    const readOnly: string[] = [];
    const writeOnly: string[] = [];
    const timestamps: string[] = [];
    for (const [name, schema] of Object.entries({ ...createProperties, ...properties })) {
      const flat = flatten(schema, ir.schemas);
      if (flat['readOnly'] === true) {
        readOnly.push(name);
        if (flat['format'] === 'date-time') timestamps.push(name);
      }
      if (flat['writeOnly'] === true) writeOnly.push(name);
    }
    out.push({
      path,
      itemPath,
      idParameter,
      idField,
      ...(create ? { create: named(create)! } : {}),
      ...(list ? { list: named(list)! } : {}),
      read: named(read)!,
      ...(itemOps.get('patch') ? { update: named(itemOps.get('patch'))! } : {}),
      ...(itemOps.get('put') ? { replace: named(itemOps.get('put'))! } : {}),
      ...(itemOps.get('delete') ? { remove: named(itemOps.get('delete'))! } : {}),
      resourceAt,
      fields,
      readOnly,
      writeOnly,
      timestamps,
    });
  }
  return out;
}

/** The JSON schema of the operation's first documented 2xx. */
export function successSchema(op: OperationIR): JsonSchema | undefined {
  const response = op.responses.find((r) => /^2(\d\d|XX)$/i.test(r.status));
  return response && jsonMedia(response.content)?.schema;
}

interface Located {
  pointer: string;
  resource: SchemaObject;
  idField: string;
}

/** How far into an envelope a resource is looked for: `/data/webhook` is two properties down. */
const ENVELOPE_DEPTH = 2;

/** Where an object with one of `idFields` sits: the body itself, or inside an envelope (`/data`, `/data/webhook`). */
function locateResource(schema: JsonSchema, ir: ApiIR, idFields: string[], pointer = '', depth = 0): Located | undefined {
  const flat = flatten(schema, ir.schemas);
  const own = idFields.find((f) => Object.hasOwn((flat['properties'] ?? {}) as object, f));
  if (own && (pointer === '' || typesOf(flat).includes('object') || flat['properties'])) return { pointer, resource: flat, idField: own };
  if (depth >= ENVELOPE_DEPTH) return undefined;
  for (const [name, sub] of Object.entries((flat['properties'] ?? {}) as Record<string, JsonSchema>)) {
    const found = locateResource(sub, ir, idFields, `${pointer}/${escapePointerSegment(name)}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Where the array of resources sits in a list's body: the body itself, or inside an envelope. */
function locateList(schema: JsonSchema, ir: ApiIR, idField: string, pointer = '', depth = 0): Located | undefined {
  const flat = flatten(schema, ir.schemas);
  const items = typesOf(flat).includes('array') && flat['items'] !== undefined ? flatten(flat['items'] as JsonSchema, ir.schemas) : undefined;
  if (items !== undefined && Object.hasOwn((items['properties'] ?? {}) as object, idField)) return { pointer, resource: items, idField };
  if (depth >= ENVELOPE_DEPTH) return undefined;
  for (const [name, sub] of Object.entries((flat['properties'] ?? {}) as Record<string, JsonSchema>)) {
    const found = locateList(sub, ir, idField, `${pointer}/${escapePointerSegment(name)}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
