import { isJsonMediaType } from '../spec/media-types.js';
import type { MediaIR } from './ir.js';


/** The JSON media type of a body, preferring `application/json`; undefined when the body is not JSON. */
export function jsonMedia(content: readonly MediaIR[]): MediaIR | undefined {
  return content.find((m) => m.mediaType.split(';')[0]!.trim().toLowerCase() === 'application/json') ?? content.find((m) => isJsonMediaType(m.mediaType));
}
