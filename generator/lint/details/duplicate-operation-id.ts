import type { LocationObject, NormalizedProblem } from '@redocly/openapi-core';
import { isObject } from '../../util/is-object.js';
import { pointerOf, segmentsOf, valueAt } from '../../util/json-pointer.js';
import { quoted } from '../../util/spec-text.js';
import type { SpecFiles } from './spec-files.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/**
 * Redocly's `operation-operationId-unique` reports the duplicate at the operation's pointer with the operationId
 * appended as a segment (`/paths/~1q/post/g`, a place that does not exist, shown at the operation or wherever the
 * lookup stops). The problem is moved to the duplicate's `operationId` key, and its message names the operation
 * that has it already (the first other one in the document: its paths, webhooks and components, callbacks within).
 */
export async function duplicateOperationId(problem: NormalizedProblem, files: SpecFiles): Promise<NormalizedProblem> {
  const location = problem.location[0];
  if (location?.pointer === undefined) return problem;
  const segments = segmentsOf(location.pointer.replace(/^#/, ''));
  const operationSegments = segments.slice(0, -1);
  const operation = valueAt(await files.parsed(location.source.absoluteRef), pointerOf(operationSegments));
  if (!isObject(operation) || typeof operation.operationId !== 'string' || operation.operationId !== segments[segments.length - 1]) return problem;
  const id = operation.operationId;
  const moved: LocationObject = { source: location.source, pointer: `#${pointerOf([...operationSegments, 'operationId'])}`, reportOnKey: true };
  const other = (await operationsOf(files)).find((entry) => entry.operation !== operation && entry.operation.operationId === id);
  const detail = other ? `${quoted(id)} is also the operationId of ${other.label}` : `${quoted(id)} is the operationId of another operation too`;
  return { ...problem, location: [moved, ...problem.location.slice(1)], message: `Every operation must have a unique \`operationId\`: ${detail}.` };
}

interface NamedOperation {
  operation: Record<string, unknown>;
  /** `GET /pets`, `POST webhook 'newPet'`, … */
  label: string;
}

const operationLists = new WeakMap<SpecFiles, Promise<NamedOperation[]>>();

/** The operations of the spec, in document order, each once (a path item two places `$ref` is one). */
function operationsOf(files: SpecFiles): Promise<NamedOperation[]> {
  let list = operationLists.get(files);
  if (!list) operationLists.set(files, (list = findOperations(files)));
  return list;
}

async function findOperations(files: SpecFiles): Promise<NamedOperation[]> {
  const found: NamedOperation[] = [];
  const seen = new Set<object>();
  const { parsed, absoluteRef } = files.root;
  if (!isObject(parsed)) return found;

  const pathItem = async (item: unknown, at: string, name: (method: string) => string, depth: number): Promise<void> => {
    const followed = await files.follow(item, at);
    if (!followed || !isObject(followed.node) || depth > 8) return;
    for (const method of METHODS) {
      const operation = followed.node[method];
      if (!isObject(operation) || seen.has(operation)) continue;
      seen.add(operation);
      found.push({ operation, label: name(method) });
      const callbacks = await files.follow(operation.callbacks, followed.absoluteRef);
      if (callbacks && isObject(callbacks.node)) {
        for (const callbackName of Object.keys(callbacks.node)) {
          await callback(callbacks.node[callbackName], callbacks.absoluteRef, `callback ${quoted(callbackName)} of ${name(method)}`, depth + 1);
        }
      }
    }
  };
  const callback = async (node: unknown, at: string, of: string, depth: number): Promise<void> => {
    const followed = await files.follow(node, at);
    if (!followed || !isObject(followed.node)) return;
    for (const expression of Object.keys(followed.node)) {
      if (expression.startsWith('x-')) continue;
      await pathItem(followed.node[expression], followed.absoluteRef, (method) => `${method.toUpperCase()} ${expression} (${of})`, depth);
    }
  };
  const each = async (map: unknown, visit: (key: string, value: unknown) => Promise<void>): Promise<void> => {
    if (!isObject(map)) return;
    for (const key of Object.keys(map)) if (!key.startsWith('x-')) await visit(key, map[key]);
  };

  await each(parsed.paths, (path, item) => pathItem(item, absoluteRef, (method) => `${method.toUpperCase()} ${path}`, 0));
  await each(parsed.webhooks, (name, item) => pathItem(item, absoluteRef, (method) => `${method.toUpperCase()} webhook ${quoted(name)}`, 0));
  const components = isObject(parsed.components) ? parsed.components : {};
  await each(components.pathItems, (name, item) =>
    pathItem(item, absoluteRef, (method) => `${method.toUpperCase()} of path item ${quoted(`#/components/pathItems/${name}`)}`, 0),
  );
  await each(components.callbacks, (name, node) => callback(node, absoluteRef, `callback ${quoted(`#/components/callbacks/${name}`)}`, 0));
  return found;
}
