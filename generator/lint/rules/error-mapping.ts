import type { Location, Oas3Rule, UserContext } from '@redocly/openapi-core';
import type { OpenApiVersion } from '../../load/read-spec.js';
import {
  ERROR_KINDS,
  ERROR_LIST_ITEM_KEYS,
  ERRORS_EXTENSION,
  type ErrorKind,
  isErrorKind,
  isFillSource,
  responsesCover,
} from '../../spec/extensions.js';
import { checkExample } from '../example-validator.js';
import { segmentsOf, valueAt } from '../../util/json-pointer.js';
import { inlineSchema } from './inline-schema.js';
import { followRef } from './refs.js';
import { isObject } from '../../util/is-object.js';

type Report = UserContext['report'];
interface Kind {
  status: number;
}
interface OperationFacts {
  location: Location;
  requestBody: { schema: unknown; file: string } | undefined;
}

/**
 * Checks the `x-specforge-errors` declaration: its envelope resolves, every kind and forbidden-field entry is well
 * formed with a body the envelope accepts, and every operation declares a response for each kind it can produce.
 * Generated servers build their error answers from this declaration alone, so a mistake here is a wrong server.
 */
export const ErrorMapping: Oas3Rule = () => {
  let declared = false;
  let kinds = new Map<ErrorKind, Kind>();
  let declarationLocation: Location | undefined;
  let forbiddenFields: unknown;
  const operations = new Map<string, OperationFacts>();
  const needed = new Set<ErrorKind>();
  let documentSecurity: unknown[] = [];

  return {
    Root: {
      enter(node: object, ctx: UserContext) {
        const root = node as Record<string, unknown>;
        kinds = new Map();
        operations.clear();
        needed.clear();
        documentSecurity = Array.isArray(root.security) ? root.security : [];
        const declaration = root[ERRORS_EXTENSION];
        declared = declaration !== undefined;
        if (!declared) return;
        const at = ctx.location.child(ERRORS_EXTENSION);
        declarationLocation = at;
        if (!isObject(declaration)) {
          ctx.report({ message: `\`${ERRORS_EXTENSION}\` must be an object.`, location: at });
          return;
        }
        const version: OpenApiVersion = String(root.openapi).startsWith('3.0') ? '3.0' : '3.1';
        const envelope = checkEnvelope(root, declaration.envelope, at.child('envelope'), ctx);
        const checkBody = (body: unknown, bodyAt: Location) => {
          if (envelope === undefined) return;
          for (const problem of checkExample(body, envelope, version)) {
            const path = segmentsOf(problem.pointer);
            ctx.report({
              message: `Error body does not match the envelope: ${problem.message}.`,
              location: bodyAt.child(path),
            });
          }
        };

        if (!isObject(declaration.kinds)) {
          ctx.report({ message: `\`${ERRORS_EXTENSION}.kinds\` must be an object of error kinds.`, location: at.child('kinds').key() });
        } else {
          for (const [name, raw] of Object.entries(declaration.kinds)) {
            const kindAt = at.child(['kinds', name]);
            if (!isErrorKind(name)) {
              ctx.report({
                message: `Unknown error kind \`${name}\`; the kinds are ${Object.keys(ERROR_KINDS).join(', ')}.`,
                location: kindAt.key(),
              });
              continue;
            }
            const kind = checkAnswer(raw, kindAt, ctx.report, checkBody);
            if (kind) kinds.set(name, kind);
          }
        }
        forbiddenFields = declaration.forbiddenFields;
        if (forbiddenFields !== undefined && !Array.isArray(forbiddenFields)) {
          ctx.report({ message: '`forbiddenFields` must be a list.', location: at.child('forbiddenFields').key() });
        } else if (Array.isArray(forbiddenFields)) {
          forbiddenFields.forEach((entry, index) => checkAnswer(entry, at.child(['forbiddenFields', index]), ctx.report, checkBody));
        }
      },
      leave(_root: object, ctx: UserContext) {
        if (!declared || !declarationLocation) return;
        for (const kind of needed) {
          // malformedRequest falls back to invalidRequest when not declared.
          if (kinds.has(kind) || kind === 'malformedRequest') continue;
          ctx.report({
            message: `Operations can fail with \`${kind}\` (${ERROR_KINDS[kind]}) but \`${ERRORS_EXTENSION}.kinds\` does not declare it.`,
            location: declarationLocation.child('kinds').key(),
          });
        }
        if (Array.isArray(forbiddenFields)) {
          forbiddenFields.forEach((entry, index) => checkForbiddenField(entry, declarationLocation!.child(['forbiddenFields', index]), operations, ctx));
        }
      },
    },
    Paths: {
      Operation(node: object, ctx: UserContext) {
        const operation = node as Record<string, unknown>;
        if (!declared) return;
        const pathItem = isObject(ctx.parent) ? ctx.parent : {};
        const parameters = [
          ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
          ...(Array.isArray(operation.parameters) ? operation.parameters : []),
        ].map((p) => followRef(p, ctx.location, ctx).node);
        const security = Array.isArray(operation.security) ? operation.security : documentSecurity;
        const requirements = security.filter(isObject);
        const canFail = new Set<ErrorKind>();
        if (parameters.length > 0 || operation.requestBody !== undefined) canFail.add('invalidRequest');
        if (requirements.length > 0 && requirements.every((r) => Object.keys(r).length > 0)) canFail.add('unauthenticated');
        if (requirements.some((r) => Object.values(r).some((scopes) => Array.isArray(scopes) && scopes.length > 0))) {
          canFail.add('missingScope');
        }
        if (parameters.some((p) => isObject(p) && p.in === 'path')) canFail.add('notFound');
        if (operation.requestBody !== undefined) canFail.add('malformedRequest');
        for (const kind of canFail) needed.add(kind);

        const own = isObject(operation[ERRORS_EXTENSION]) ? operation[ERRORS_EXTENSION] : {};
        const ownKinds = isObject(own.kinds) ? own.kinds : {};
        const responseKeys = isObject(operation.responses) ? Object.keys(operation.responses) : [];
        const name = typeof operation.operationId === 'string' ? `\`${operation.operationId}\`` : 'This operation';
        for (const kind of canFail) {
          const override = ownKinds[kind];
          const status = isObject(override) && typeof override.status === 'number' ? override.status : kinds.get(kind)?.status;
          if (status === undefined || responsesCover(responseKeys, status)) continue;
          ctx.report({
            message: `${name} can fail with \`${kind}\` (${ERROR_KINDS[kind]}), answered with ${status}, but declares no ${status} response.`,
            location: ctx.location.child('responses').key(),
          });
        }

        if (typeof operation.operationId === 'string') {
          const body = followRef(operation.requestBody, ctx.location.child('requestBody'), ctx);
          const content = isObject(body.node) && isObject(body.node.content) ? body.node.content : {};
          const json = Object.entries(content).find(([type]) => type.split(';')[0]!.trim().toLowerCase() === 'application/json');
          operations.set(operation.operationId, {
            location: ctx.location,
            requestBody:
              json && isObject(json[1]) && body.location ? { schema: json[1].schema, file: body.location.source.absoluteRef } : undefined,
          });
        }
      },
    },
  };
};

/** Resolves the envelope pointer; returns a self-contained envelope schema, or undefined after reporting why not. */
function checkEnvelope(root: Record<string, unknown>, pointer: unknown, at: Location, ctx: UserContext): unknown {
  if (typeof pointer !== 'string' || !pointer.startsWith('#/')) {
    ctx.report({ message: '`envelope` must be a local JSON pointer to a schema, such as `#/components/schemas/Error`.', location: at });
    return undefined;
  }
  const schema = valueAt(root, pointer);
  if (!isObject(schema) && typeof schema !== 'boolean') {
    ctx.report({ message: `\`envelope\` points at \`${pointer}\`, which is not a schema in this document.`, location: at });
    return undefined;
  }
  return inlineSchema(schema, ctx.location.source.absoluteRef, ctx);
}

/** Checks one answer (a kind or a forbidden field): status, body, fill. */
function checkAnswer(
  raw: unknown,
  at: Location,
  report: Report,
  checkBody: (body: unknown, at: Location) => void,
): Kind | undefined {
  if (!isObject(raw)) {
    report({ message: 'An error answer must be an object with `status` and `body`.', location: at });
    return undefined;
  }
  const status = raw.status;
  const statusOk = typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599;
  if (!statusOk) {
    report({ message: '`status` must be an HTTP error status, a whole number from 400 to 599.', location: status === undefined ? at.key() : at.child('status') });
  }
  if (raw.body === undefined) {
    report({ message: '`body` is required: a literal example of the error response.', location: at.key() });
  } else {
    checkBody(raw.body, at.child('body'));
  }
  if (raw.fill !== undefined) checkFill(raw.fill, raw.body, at.child('fill'), report);
  return statusOk ? { status: status as number } : undefined;
}

function checkFill(fill: unknown, body: unknown, at: Location, report: Report): void {
  if (!isObject(fill)) {
    report({ message: '`fill` must map JSON pointers in `body` to run-time values.', location: at });
    return;
  }
  for (const [pointer, source] of Object.entries(fill)) {
    const entryAt = at.child(pointer);
    if (!pointer.startsWith('/')) {
      report({ message: `\`${pointer}\` is not a JSON pointer into \`body\` (it must start with \`/\`).`, location: entryAt.key() });
      continue;
    }
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    if (valueAt(body, parent) === undefined) {
      report({ message: `\`${pointer}\` names a place that \`body\` does not have.`, location: entryAt.key() });
    }
    if (isFillSource(source)) continue;
    if (isObject(source) && source.source === 'errorList' && isObject(source.keys)) {
      for (const [key, value] of Object.entries(source.keys)) {
        if (!(ERROR_LIST_ITEM_KEYS as readonly unknown[]).includes(value)) {
          report({ message: `\`keys.${key}\` must be one of ${ERROR_LIST_ITEM_KEYS.join(', ')}.`, location: entryAt.child(['keys', key]) });
        }
      }
      continue;
    }
    report({
      message: 'A fill value must be one of requestId, message, field, fieldMessages, errorList, or { source: errorList, keys: {…} }.',
      location: entryAt,
    });
  }
}

function checkForbiddenField(entry: unknown, at: Location, operations: Map<string, OperationFacts>, ctx: UserContext): void {
  if (!isObject(entry)) return;
  const { operationId, pointer } = entry;
  if (typeof operationId !== 'string' || !operations.has(operationId)) {
    ctx.report({
      message: `\`operationId\` must name an operation of this spec; \`${String(operationId)}\` is not one.`,
      location: entry.operationId === undefined ? at.key() : at.child('operationId'),
    });
    return;
  }
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) {
    ctx.report({ message: '`pointer` must be a JSON pointer into the request body, such as `/secret`.', location: at.child('pointer') });
    return;
  }
  const body = operations.get(operationId)!.requestBody;
  if (!body) {
    ctx.report({ message: `\`${operationId}\` has no JSON request body for \`${pointer}\` to point into.`, location: at.child('pointer') });
    return;
  }
  const names = segmentsOf(pointer);
  let schema: unknown = inlineSchema(body.schema, body.file, ctx);
  for (const name of names) {
    const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : undefined;
    if (!properties || !Object.hasOwn(properties, name)) {
      ctx.report({
        message: `\`${pointer}\` is not a property of \`${operationId}\`'s request body; declare it (as \`{ not: {} }\` when it may not be sent).`,
        location: at.child('pointer'),
      });
      return;
    }
    schema = properties[name];
  }
}
