import type { OperationIR } from '../ir/ir.js';
import { commentText } from '../util/comment-text.js';

/** A JSDoc structure for ts-morph, or none when there is nothing to say. */
export function docComment(text: string | undefined): string[] | undefined {
  if (!text || !text.trim()) return undefined;
  return [commentText(text)];
}

/** An operation's JSDoc: `PUT /webhooks/{id}: Update a webhook`, then `more` as a paragraph of its own. */
export function operationComment(op: OperationIR, more?: string): string[] | undefined {
  return docComment([[`${op.method.toUpperCase()} ${op.path}`, op.summary].filter(Boolean).join(': '), more].filter(Boolean).join('\n\n'));
}
