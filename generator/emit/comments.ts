import { commentText } from '../util/comment-text.js';

/** A JSDoc structure for ts-morph, or none when there is nothing to say. */
export function docComment(text: string | undefined): string[] | undefined {
  if (!text || !text.trim()) return undefined;
  return [commentText(text)];
}
