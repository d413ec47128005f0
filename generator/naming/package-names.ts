import type { ApiIR, ParameterLocation } from '../ir/ir.js';
import { jsonMedia } from '../ir/media.js';
import { receivedParts, type ReceivedPart } from '../ir/received.js';
import { NameScope } from './identifiers.js';

export interface SchemaNames {
  /** The schema as read from responses (read-only fields in, write-only out). */
  type: string;
  /** The schema as sent in requests, when it differs (it has read-only or write-only fields). */
  inputType: string | undefined;
}

export interface OperationNames {
  /**
   * The operation's name in code: its operationId as a camelCase identifier (`updateWebhook`, `repos/get` →
   * `reposGet`). The server's handler keys, the client's methods and the scaffold's handler files all use it.
   */
  name: string;
  /** PascalCase stem of the operation's type names: `UpdateWebhook`. */
  stem: string;
  parameterTypes: Partial<Record<ParameterLocation, string>>;
  requestBodyType: string | undefined;
  /**
   * The types of the parts a handler receives otherwise than a client sends them (see ir/received.ts), by part:
   * `ListItemsQueryReceived`. A part without one is received as its request type says.
   */
  receivedTypes: Partial<Record<ReceivedPart, string>>;
  /** Response body types by status key. */
  responseTypes: Map<string, string>;
  parameterValidators: Partial<Record<ParameterLocation, string>>;
  requestBodyValidator: string | undefined;
  responseValidators: Map<string, string>;
  responseHeaderValidators: Map<string, string>;
}

export interface PackageNames {
  schemas: Map<string, SchemaNames>;
  operations: Map<string, OperationNames>;
}

/** Global types the generated modules use; a schema of the same name would shadow them. */
const GLOBAL_TYPES = [
  'Record', 'NonNullable', 'Partial', 'Required', 'Readonly', 'ReadonlyArray', 'Array', 'Omit', 'Pick', 'Exclude',
  'Extract', 'Promise', 'Date', 'Blob', 'File', 'Uint8Array', 'Object', 'String', 'Number', 'Boolean', 'Function',
  'Symbol', 'Error', 'Map', 'Set', 'JSON', 'Math', 'Never', 'Unknown',
];

const LOCATION_SUFFIX: Record<ParameterLocation, string> = { path: 'PathParams', query: 'Query', header: 'Headers', cookie: 'Cookies' };
const RECEIVED_SUFFIX: Record<ReceivedPart, string> = { ...LOCATION_SUFFIX, body: 'RequestBody' };

/**
 * Settles every name of a generated package once, in document order: friendly type names (types module),
 * validator function names (validators module) and each operation's name in code. Emitters ask here; none makes
 * a name of its own. `indexedNames` are what the package index exports besides the friendly types, which those
 * may not take.
 */
export function planPackageNames(ir: ApiIR, hasMarkers: (schemaName: string) => boolean, indexedNames: readonly string[]): PackageNames {
  const types = new NameScope([...indexedNames, ...GLOBAL_TYPES]);
  const validators = new NameScope();
  const operationNames = new NameScope([], { foldCase: true });

  const schemas = new Map<string, SchemaNames>();
  for (const name of ir.schemas.keys()) {
    // Names made up for `$ref`s into other places (they start with `/`) are internal: no friendly type.
    if (name.startsWith('/')) continue;
    const type = types.claim(name, 'pascal');
    schemas.set(name, { type, inputType: hasMarkers(name) ? types.claim(name, 'pascal', 'Input') : undefined });
  }

  const operations = new Map<string, OperationNames>();
  for (const op of ir.operations) {
    const stem = types.claim(op.id, 'pascal');
    const parameterTypes: OperationNames['parameterTypes'] = {};
    const parameterValidators: OperationNames['parameterValidators'] = {};
    for (const location of ['path', 'query', 'header', 'cookie'] as const) {
      if (!op.parameters.some((p) => p.in === location)) continue;
      parameterTypes[location] = types.claim(stem, 'pascal', LOCATION_SUFFIX[location]);
      parameterValidators[location] = validators.claim(`validate ${stem}`, 'camel', LOCATION_SUFFIX[location]);
    }
    const body = op.requestBody && jsonMedia(op.requestBody.content);
    const responseTypes = new Map<string, string>();
    const responseValidators = new Map<string, string>();
    const responseHeaderValidators = new Map<string, string>();
    for (const response of op.responses) {
      const status = response.status === 'default' ? 'Default' : response.status.toUpperCase();
      if (jsonMedia(response.content)?.schema !== undefined) {
        responseTypes.set(response.status, types.claim(stem, 'pascal', `Response${status}`));
        responseValidators.set(response.status, validators.claim(`validate ${stem}`, 'camel', `Response${status}`));
      }
      if (response.headers.length > 0) {
        responseHeaderValidators.set(response.status, validators.claim(`validate ${stem}`, 'camel', `Response${status}Headers`));
      }
    }
    operations.set(op.id, {
      name: operationNames.claim(op.id, 'camel'),
      stem,
      parameterTypes,
      requestBodyType: body?.schema !== undefined ? types.claim(stem, 'pascal', 'RequestBody') : undefined,
      responseTypes,
      parameterValidators,
      requestBodyValidator: body?.schema !== undefined ? validators.claim(`validate ${stem}`, 'camel', 'RequestBody') : undefined,
      responseValidators,
      responseHeaderValidators,
      receivedTypes: {},
    });
  }
  // Claimed after every other name, so that a spec's other names are the same whether or not it has these.
  for (const op of ir.operations) {
    const opNames = operations.get(op.id)!;
    for (const part of receivedParts(op, ir.schemas).keys()) {
      const requestType = part === 'body' ? opNames.requestBodyType : opNames.parameterTypes[part];
      if (requestType !== undefined) opNames.receivedTypes[part] = types.claim(opNames.stem, 'pascal', `${RECEIVED_SUFFIX[part]}Received`);
    }
  }
  return { schemas, operations };
}
