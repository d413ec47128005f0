import type { OperationIR } from '../../ir/ir.js';
import type { OperationNames } from '../../naming/package-names.js';

/**
 * The parts of a valid request as `validateRequest` gives them, and so as a handler receives them: each part's
 * received type where it differs from the request type (a parameter with a default is present, say), else the
 * request type. Members of an object type, without the braces.
 */
export function requestValueMembers(op: OperationIR, opNames: OperationNames): string {
  const { parameterTypes, receivedTypes } = opNames;
  const part = (name: string | undefined) => (name ? `types.${name}` : 'Record<string, never>');
  const bodyType = receivedTypes.body ?? opNames.requestBodyType;
  const body = op.requestBody ? `${bodyType ? `types.${bodyType}` : 'unknown'}${op.requestBody.required ? '' : ' | undefined'}` : 'undefined';
  const path = part(receivedTypes.path ?? parameterTypes.path);
  const query = part(receivedTypes.query ?? parameterTypes.query);
  const headers = part(receivedTypes.header ?? parameterTypes.header);
  const cookies = part(receivedTypes.cookie ?? parameterTypes.cookie);
  return `path: ${path}; query: ${query}; headers: ${headers}; cookies: ${cookies}; body: ${body}`;
}
