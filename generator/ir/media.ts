import type { MediaIR } from './ir.js';

/** `application/json`, `+json` types and `*\/*`, with or without parameters. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json') || essence === '*/*';
}

/** The JSON media type of a body, preferring `application/json`; undefined when the body is not JSON. */
export function jsonMedia(content: readonly MediaIR[]): MediaIR | undefined {
  return content.find((m) => m.mediaType.split(';')[0]!.trim().toLowerCase() === 'application/json') ?? content.find((m) => isJsonMediaType(m.mediaType));
}
