import type { JsonSchema } from '../schema/json-schema.js';
import { BLANK_AS_NULL_EXTENSION } from '../spec/extensions.js';
import { isObject } from '../util/is-object.js';
import type { OperationIR, ParameterLocation } from './ir.js';
import { jsonMedia } from './media.js';
import { defaultOf, MAX_DEPTH, propertyDefault, schemaParts } from './schema-defaults.js';

/**
 * Where a valid request, as `validateRequest` gives it to a handler, differs from what its request types say a
 * client sends: fields a request may leave out that arrive with their schemas' defaults; fields of a PATCH body that
 * the request type has present (openapi-typescript types a property with a default of its own as present) but that
 * arrive only when sent, since an absent field there means unchanged and gets no default; and string fields whose
 * blank value arrives as null (`x-specforge-blank-as-null`). A part's own fields only: parameters, and a JSON body's
 * properties through `$ref` and `allOf`. Deeper properties arrive as their types say: defaults below the top are
 * applied but typed optional, and blank strings below the top arrive as sent.
 */
export interface ReceivedFields {
  /** Fields a request may leave out that always arrive, their defaults filled in. */
  present: string[];
  /** Fields the request type has present that may be absent. */
  optional: string[];
  /** String fields whose blank value (empty after trimming white space) arrives as null. */
  blankAsNull: string[];
}

export type ReceivedPart = ParameterLocation | 'body';

/** Each operation's parts, worked out once: the names, the types and the endpoints emitter all ask for them. */
const computed = new WeakMap<OperationIR, { schemas: ReadonlyMap<string, JsonSchema>; parts: Map<ReceivedPart, ReceivedFields> }>();

/** The parts of an operation's requests whose received fields differ from their request types, in a fixed order. */
export function receivedParts(op: OperationIR, schemas: ReadonlyMap<string, JsonSchema>): ReadonlyMap<ReceivedPart, ReceivedFields> {
  const known = computed.get(op);
  if (known !== undefined && known.schemas === schemas) return known.parts;
  const parts = partsOf(op, schemas);
  computed.set(op, { schemas, parts });
  return parts;
}

function partsOf(op: OperationIR, schemas: ReadonlyMap<string, JsonSchema>): Map<ReceivedPart, ReceivedFields> {
  const parts = new Map<ReceivedPart, ReceivedFields>();
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const present = op.parameters.filter((p) => p.in === location && !p.required && defaultOf(p.schema, schemas) !== undefined).map((p) => p.name);
    if (present.length > 0) parts.set(location, { present, optional: [], blankAsNull: [] });
  }
  const schema = op.requestBody && jsonMedia(op.requestBody.content)?.schema;
  if (schema !== undefined) {
    const body = bodyFields(schema, op.method === 'patch', schemas);
    if (body.present.length + body.optional.length + body.blankAsNull.length > 0) parts.set('body', body);
  }
  return parts;
}

/** A body property as declared in one of the schemas the body is made of. */
interface Declared {
  schema: JsonSchema;
  required: boolean;
}

/** A body's own properties, each with every declaration of it, in the order the schemas declare them. */
function ownProperties(root: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>): Map<string, Declared[]> {
  const found = new Map<string, Declared[]>();
  const seen = new Set<object>();
  const visit = (schema: JsonSchema, depth: number): void => {
    if (!isObject(schema) || seen.has(schema) || depth > MAX_DEPTH) return;
    seen.add(schema);
    const required = new Set(Array.isArray(schema.required) ? schema.required.filter((name) => typeof name === 'string') : []);
    if (isObject(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) {
        let list = found.get(name);
        if (list === undefined) found.set(name, (list = []));
        list.push({ schema: property as JsonSchema, required: required.has(name) });
      }
    }
    for (const name of required) {
      if (!found.has(name)) found.set(name, []);
      found.get(name)!.push({ schema: true, required: true });
    }
    for (const part of schemaParts(schema, schemas)) visit(part, depth + 1);
  };
  visit(root, 0);
  return found;
}

function bodyFields(schema: JsonSchema, patch: boolean, schemas: ReadonlyMap<string, JsonSchema>): ReceivedFields {
  const fields: ReceivedFields = { present: [], optional: [], blankAsNull: [] };
  for (const [name, declarations] of ownProperties(schema, schemas)) {
    const required = declarations.some((d) => d.required);
    const defaulted = declarations.some((d) => propertyDefault(d.schema, schemas) !== undefined);
    if (!required && defaulted) {
      if (!patch) fields.present.push(name);
      else if (declarations.some((d) => hasOwnDefault(d.schema))) fields.optional.push(name);
    }
    if (declarations.some((d) => isBlankAsNull(d.schema, schemas))) fields.blankAsNull.push(name);
  }
  return fields;
}

/** openapi-typescript's test for a property it types as present in a component schema. */
function hasOwnDefault(schema: JsonSchema): boolean {
  return isObject(schema) && Object.hasOwn(schema, 'default') && schema.default !== undefined;
}

/** Whether a schema, or one it is made of through `$ref` and `allOf`, is marked `x-specforge-blank-as-null`. */
function isBlankAsNull(schema: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>, depth = 0): boolean {
  if (!isObject(schema) || depth > MAX_DEPTH) return false;
  return schema[BLANK_AS_NULL_EXTENSION] === true || schemaParts(schema, schemas).some((part) => isBlankAsNull(part, schemas, depth + 1));
}
